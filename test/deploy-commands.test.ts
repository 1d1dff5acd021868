import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandModulesError, loadCommands } from '../src/app/load-commands.ts';
import { deployCommands } from '../src/cli/deploy-commands.ts';
import { ConfigError, parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { APP_ID, GUILD } from './fake-discord/interactions.ts';
import { FAKE_CLIENT_SECRET, type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { cleanEnv, projectRoot, runScript } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
/** Every command of `commands/`, named literally: one that silently failed to load would be missing. */
const COMMANDS = [
  'admin',
  'daily',
  'explain',
  'help',
  'leaderboard',
  'notes',
  'quiz',
  'remind',
  'stats',
  'topics',
];
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

/** Runs the deploy-commands script's command (the README test runs it through npm). */
const run = (args: string[], env: NodeJS.ProcessEnv) => runScript('deploy-commands', args, { env });

describe('deployCommands', () => {
  it('bulk-overwrites the global command set with the bot token', async () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_BASE: fake.apiBase,
    });
    const result = await deployCommands(config, silentLogger);
    const put = await fake.waitFor(
      (c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/commands`,
    );
    expect(put.auth).toBe(`Bot ${TOKEN}`);
    const expected = COMMANDS;
    expect(result).toEqual({ scope: 'global', names: expected });
    expect((put.body as { name: string }[]).map((c) => c.name)).toEqual(expected);
  });

  it('refuses to deploy, naming each one, when a module in commands/ does not load', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(
        path.join(dir, 'ping.ts'),
        `import { defineCommand } from ${JSON.stringify(pathToFileURL(path.join(projectRoot, 'src/app/command.ts')).href)};\n` +
          "export default defineCommand({ data: { name: 'ping', description: 'Ping' }, async execute() { return { type: 'message', message: {} }; } });\n",
      );
      writeFileSync(path.join(dir, 'broken.ts'), 'export default { data: 1 };\n');
      writeFileSync(path.join(dir, 'typo.ts'), 'export default {{;\n');
      const config = parseConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_BASE: fake.apiBase,
      });
      const puts = () => fake.calls.filter((c) => c.method === 'PUT').length;
      const before = puts();
      const refused = deployCommands(config, silentLogger, GUILD, dir);
      await expect(refused).rejects.toThrow(CommandModulesError);
      await expect(refused).rejects.toThrow(/2 do not:\n {2}broken\.ts: .*\n {2}typo\.ts: /s);
      expect(puts()).toBe(before);
      // The running bot still serves what loads, and says what it skipped.
      expect((await loadCommands(silentLogger, dir)).map((c) => c.data.name)).toEqual(['ping']);
    } finally {
      cleanup();
    }
  });

  it('registers with the client credentials when there is no bot token (an HTTP-only application)', async () => {
    const config = parseConfig({
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      DISCORD_API_BASE: fake.apiBase,
    });
    const from = fake.calls.length;
    const result = await deployCommands(config, silentLogger, GUILD);
    const calls = fake.calls.slice(from);
    const grant = calls.find((c) => c.method === 'POST' && c.path === '/oauth2/token');
    expect(grant?.auth).toBe(`Basic ${Buffer.from(`${APP_ID}:${FAKE_CLIENT_SECRET}`).toString('base64')}`);
    expect(Object.fromEntries(new URLSearchParams(String(grant?.body)))).toEqual({
      grant_type: 'client_credentials',
      scope: 'applications.commands.update',
    });
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/guilds/${GUILD}/commands`);
    expect(put?.auth).toMatch(/^Bearer fake-bearer-/);
    expect(result.names).toEqual(COMMANDS);
  });

  it('says which setting to check when Discord refuses the client secret', async () => {
    const config = parseConfig({
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_CLIENT_SECRET: 'not-the-secret-of-this-app',
      DISCORD_API_BASE: fake.apiBase,
    });
    await expect(deployCommands(config, silentLogger)).rejects.toThrow(
      /refused the client credentials \(401\): check DISCORD_APPLICATION_ID and DISCORD_CLIENT_SECRET/,
    );
  });

  it('refuses without credentials or application id, naming what to set', async () => {
    const config = parseConfig({ DISCORD_API_BASE: fake.apiBase });
    await expect(deployCommands(config, silentLogger)).rejects.toThrow(ConfigError);
    await expect(deployCommands(config, silentLogger)).rejects.toThrow(
      /needs DISCORD_APPLICATION_ID and DISCORD_TOKEN \(the bot token\) or DISCORD_CLIENT_SECRET/,
    );
  });
});

describe('npm run deploy-commands', () => {
  it('registers the full command set in one guild, with Korean localizations, and says so', async () => {
    const env = cleanEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_BASE: fake.apiBase,
    });
    const r = await run(['--guild', GUILD], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const put = await fake.waitFor(
      (c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/guilds/${GUILD}/commands`,
    );
    const body = put.body as {
      name: string;
      name_localizations?: Record<string, string>;
      description_localizations?: Record<string, string>;
    }[];
    const names = COMMANDS;
    expect(body.map((c) => c.name)).toEqual(names);
    for (const c of body) {
      expect(c.name_localizations?.ko, `/${c.name} has a Korean name`).toBeTruthy();
      expect(c.description_localizations?.ko, `/${c.name} has a Korean description`).toBeTruthy();
    }
    expect(r.stdout).toContain(`registered ${names.length} commands in guild ${GUILD}`);
    for (const n of names) expect(r.stdout).toContain(`/${n}`);
  });

  it('exits 1 with a clear message when neither the bot token nor the client secret is set', async () => {
    const r = await run([], cleanEnv({ DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE: fake.apiBase }));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'deploy-commands needs DISCORD_TOKEN (the bot token) or DISCORD_CLIENT_SECRET (OAuth2 → Client Secret, for an app without a bot) (set them in .env or the environment)',
    );
  });
});
