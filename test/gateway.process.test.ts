import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, command } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { cleanEnv, compiled, projectRoot } from './support/spawn.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-gw-proc-'));
let fake: FakeDiscord;
let bot: ChildProcess;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  if (bot?.pid && bot.exitCode === null && bot.signalCode === null) process.kill(-bot.pid, 'SIGKILL');
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('src/main.ts with DISCORD_TOKEN', () => {
  it('connects to the gateway, answers an interaction, and stops on SIGTERM within 10 s with exit 0', async () => {
    const env = cleanEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_BASE: fake.apiBase,
      DATABASE_URL: path.join(dir, 'store.db'),
    });
    // What `npm start` runs (compiled, as tsx runs it), minus npm: npm itself dies by the signal it forwards
    // (exit code null), so only the node process can show the exit code a process manager sees.
    bot = spawn(process.execPath, [compiled('src/main.ts')], {
      cwd: projectRoot,
      env,
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
    await fake.untilSessions(1, 40_000).catch(() => undefined);
    expect(fake.sessions(), output).toBe(1);

    const raw = command('explain', { topic: 'CDN' });
    // The client may still be waiting for GUILD_CREATE; raw dispatches are answered regardless.
    fake.pushInteraction(raw);
    const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`, 20_000);
    expect((cb.body as { type: number }).type).toBe(4);

    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    const started = Date.now();
    process.kill(-(bot.pid ?? 0), 'SIGTERM');
    const code = await exited;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(0);
  }, 60_000);
});
