import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, command, GUILD } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { cleanEnv, compiled, projectRoot } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
let fake: FakeDiscord;
let bot: ChildProcess;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  if (bot?.pid && bot.exitCode === null && bot.signalCode === null) process.kill(-bot.pid, 'SIGKILL');
  await fake?.close();
});

describe('SHARD_COUNT=2', () => {
  it('runs two shard processes that identify as shards 0 and 1, answer interactions, and stop on SIGTERM', async () => {
    bot = spawn(process.execPath, [compiled('src/main.ts')], {
      cwd: projectRoot,
      env: cleanEnv({
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_BASE: fake.apiBase,
        DATABASE_URL: path.join(tempDir().dir, 'store.db'),
        SHARD_COUNT: '2',
        SHARD_SPAWN_DELAY_MS: '0',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    bot.stdout?.on('data', (c) => {
      output += c;
    });
    bot.stderr?.on('data', (c) => {
      output += c;
    });
    await fake.untilSessions(2, 50_000).catch(() => undefined);
    expect(fake.sessions(), output).toBe(2);
    const shards = fake.gatewayReceived
      .filter((p) => p.op === 2)
      .map((p) => (p.d as { shard?: [number, number] }).shard)
      .sort();
    expect(shards).toEqual([
      [0, 2],
      [1, 2],
    ]);

    const raw = command('explain', { topic: 'CDN' }, { id: '700000000000000001', name: 'Ana', guild: GUILD });
    fake.pushInteraction(raw);
    const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`, 20_000);
    expect((cb.body as { type: number }).type).toBe(4);

    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    const started = Date.now();
    process.kill(bot.pid ?? 0, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
