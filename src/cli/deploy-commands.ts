/**
 * `npm run deploy-commands [-- --guild ID]`: registers every command in `commands/` with Discord by
 * bulk overwrite (globally, or in one guild, where changes show at once). Run it when commands
 * change; the bot itself never registers anything at start.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Routes } from 'discord-api-types/v10';
import { CommandModulesError, commandsDir, loadCommands } from '../app/load-commands.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';
import { createRest } from '../transports/rest-outbox.ts';

/** What was registered, as Discord echoed it back. */
export interface Deployed {
  scope: 'global' | { guild: string };
  names: string[];
}

/** The OAuth2 scope that lets a client credentials token overwrite the application's commands. */
export const COMMANDS_SCOPE = 'applications.commands.update';

/**
 * Trades the application's client id and secret for a Bearer token (the client credentials grant), so
 * an HTTP-only application, which may have no bot at all, can register its commands.
 */
async function clientCredentialsToken(
  config: Config,
  applicationId: string,
  secret: string,
): Promise<string> {
  const response = await fetch(`${config.DISCORD_API_BASE.replace(/\/+$/, '')}/v10/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${applicationId}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: COMMANDS_SCOPE }),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; error?: unknown };
  if (response.status === 401)
    throw new ConfigError(
      'Discord refused the client credentials (401): check DISCORD_APPLICATION_ID and DISCORD_CLIENT_SECRET (Developer Portal → OAuth2 → Client Secret)',
    );
  if (!response.ok || typeof body.access_token !== 'string')
    throw new Error(`POST /oauth2/token answered ${response.status} ${JSON.stringify(body.error ?? '')}`);
  return body.access_token;
}

/**
 * PUTs the full command set, with the bot token when there is one, else with a client credentials
 * token; throws with a clear message when neither (or the application id) is set, or when any module in
 * `commands/` does not load (a bulk overwrite without it would delete it from Discord).
 */
export async function deployCommands(
  config: Config,
  log: Logger,
  guild?: string,
  dir = commandsDir,
): Promise<Deployed> {
  const applicationId = config.DISCORD_APPLICATION_ID;
  const token = config.DISCORD_TOKEN;
  const secret = config.DISCORD_CLIENT_SECRET;
  const missing = [
    !applicationId && 'DISCORD_APPLICATION_ID',
    !token &&
      !secret &&
      'DISCORD_TOKEN (the bot token) or DISCORD_CLIENT_SECRET (OAuth2 → Client Secret, for an app without a bot)',
  ].filter(Boolean);
  if (missing.length > 0 || !applicationId) {
    throw new ConfigError(
      `deploy-commands needs ${missing.join(' and ')} (set them in .env or the environment)`,
    );
  }
  if (guild !== undefined && !/^\d{15,21}$/.test(guild))
    throw new ConfigError(`--guild must be a Discord id, got "${guild}"`);
  const commands = await loadCommands(log, dir, { strict: true });
  const rest = token
    ? createRest(config.DISCORD_API_BASE, token)
    : createRest(
        config.DISCORD_API_BASE,
        await clientCredentialsToken(config, applicationId, secret ?? ''),
        'Bearer',
      );
  const route = guild
    ? Routes.applicationGuildCommands(applicationId, guild)
    : Routes.applicationCommands(applicationId);
  const echoed = (await rest.put(route, { body: commands.map((c) => c.data) })) as { name: string }[];
  return { scope: guild ? { guild } : 'global', names: echoed.map((c) => c.name) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { guild: { type: 'string' } }, allowPositionals: false });
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, {
    secrets: [config.DISCORD_TOKEN, config.DISCORD_CLIENT_SECRET],
  });
  const result = await deployCommands(config, log, values.guild);
  const where =
    result.scope === 'global'
      ? 'globally (may take up to an hour to show)'
      : `in guild ${result.scope.guild}`;
  process.stdout.write(
    `registered ${result.names.length} commands ${where}: ${result.names.map((n) => `/${n}`).join(', ')}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(
      error instanceof ConfigError || error instanceof CommandModulesError
        ? error.message
        : `deploy-commands failed: ${String(error)}`,
    );
    process.exit(1);
  });
}
