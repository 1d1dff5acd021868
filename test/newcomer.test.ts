/**
 * The newcomer's path from the README, against a fake Discord: `cp .env.example .env`, fill in two
 * values, `npm run deploy-commands`, `npm start`. The `.env` lives in a temp folder (named by
 * dotenv's own `DOTENV_PATH`) so the test never touches or reads the worktree's `.env`. The doors start
 * through npm and tsx, as typed; the registration runs the compiled copy of the script `npm run deploy-commands`
 * runs (what is tested is the `.env`: the README test runs both of its `npm run deploy-commands` lines as written).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, command, keyPair, postSigned } from './fake-discord/interactions.ts';
import { FAKE_CLIENT_SECRET, type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { envFromExample, startNpm, stopAllDoors } from './support/door-process.ts';
import { cleanEnv, compiled, runScript } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
const tmp = tempDir('ssaem-newcomer-');
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await stopAllDoors();
  await fake?.close();
  tmp.cleanup();
});

/** What the test adds that a newcomer would not: the fake Discord and a store in the temp folder. */
const testEnv = (dotenv: string) =>
  cleanEnv({
    DOTENV_PATH: dotenv,
    DISCORD_API_BASE: fake.apiBase,
    DATABASE_URL: path.join(tmp.dir, `${path.basename(path.dirname(dotenv))}.db`),
    LOG_LEVEL: 'warn',
  });

// The two doors have .env files, stores and Discord credentials of their own: they start side by side.
describe.concurrent('the gateway door from a .env copied from .env.example', () => {
  it('registers the commands and starts: the empty SHARD_COUNT= line is "unset", not shard count 0', async () => {
    const folder = path.join(tmp.dir, 'gateway');
    mkdirSync(folder);
    const dotenv = envFromExample(folder, { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID });
    const deploy = await runScript('deploy-commands', [], { env: testEnv(dotenv) });
    expect(deploy.status, deploy.stderr).toBe(0);
    expect(deploy.stdout).toMatch(/^registered \d+ commands globally/);

    const bot = startNpm(['start'], testEnv(dotenv));
    // Identified, or the bot gone: whichever comes first.
    await Promise.race([fake.untilSessions(1, 45_000), bot.exited]).catch(() => undefined);
    expect(fake.sessions(), bot.output()).toBe(1);
    const raw = command('explain', { topic: 'CDN' });
    fake.pushInteraction(raw);
    const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`, 20_000);
    expect((cb.body as { type: number }).type).toBe(4);
    await bot.stop();
    expect(bot.output()).not.toMatch(/shardCount|ClientInvalidOption/);
  }, 90_000);
});

describe.concurrent('the HTTP door from a .env copied from .env.example', () => {
  it('registers the commands with the client secret (no bot token) and serves signed interactions', async () => {
    const discord = keyPair();
    const folder = path.join(tmp.dir, 'http');
    mkdirSync(folder);
    const dotenv = envFromExample(folder, {
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      DISCORD_PUBLIC_KEY: discord.publicKeyHex,
      INTERACTIONS_PORT: '0',
    });
    const deploy = await runScript('deploy-commands', [], { env: testEnv(dotenv) });
    expect(deploy.status, deploy.stderr).toBe(0);
    expect(deploy.stdout).toMatch(/^registered \d+ commands globally/);
    const put = await fake.waitFor((c) => c.method === 'PUT' && c.auth?.startsWith('Bearer ') === true);
    expect(put.path).toBe(`/applications/${APP_ID}/commands`);

    const bot = startNpm(['start'], testEnv(dotenv));
    const out = await bot.waitForOutput(/listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] ?? '';
    const r = await postSigned(url, discord.privateKey, command('explain', { topic: 'CDN' }));
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.json)).toContain('CDN');
    await bot.stop();
    // npm dies by the signal it forwards (no exit code to read): what matters is that nothing still listens.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 90_000);
});

describe('the test environment', () => {
  it("never lets a child read the developer's .env in the folder it starts in", () => {
    const dev = tempDir('ssaem-dev-env-');
    writeFileSync(
      path.join(dev.dir, '.env'),
      `DISCORD_TOKEN=${TOKEN}\nINTERACTIONS_PORT=8080\nKNOWLEDGE_DIR=/the/developers/notes\n`,
    );
    const config = compiled('src/config.ts');
    const run = spawnSync(
      process.execPath,
      ['-e', `import(${JSON.stringify(config)}).then((m) => console.log(JSON.stringify(m.loadConfig())))`],
      { cwd: dev.dir, env: cleanEnv(), encoding: 'utf8' },
    );
    dev.cleanup();
    expect(run.status, run.stderr).toBe(0);
    const seen = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(seen.DISCORD_TOKEN).toBeUndefined();
    expect(seen.INTERACTIONS_PORT).toBeUndefined();
    expect(seen.KNOWLEDGE_DIR).not.toBe('/the/developers/notes');
  });
});
