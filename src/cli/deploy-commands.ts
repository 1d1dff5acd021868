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

/**
 * PUTs the full command set; throws with a clear message when token or application id is missing, or
 * when any module in `commands/` does not load (a bulk overwrite without it would delete it from Discord).
 */
export async function deployCommands(
  config: Config,
  log: Logger,
  guild?: string,
  dir = commandsDir,
): Promise<Deployed> {
  const missing = [
    !config.DISCORD_TOKEN && 'DISCORD_TOKEN',
    !config.DISCORD_APPLICATION_ID && 'DISCORD_APPLICATION_ID',
  ].filter(Boolean);
  if (missing.length > 0 || !config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new ConfigError(
      `deploy-commands needs ${missing.join(' and ')} (set them in .env or the environment)`,
    );
  }
  if (guild !== undefined && !/^\d{15,21}$/.test(guild))
    throw new ConfigError(`--guild must be a Discord id, got "${guild}"`);
  const commands = await loadCommands(log, dir, { strict: true });
  const rest = createRest(config.DISCORD_API_BASE, config.DISCORD_TOKEN);
  const route = guild
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, guild)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  const echoed = (await rest.put(route, { body: commands.map((c) => c.data) })) as { name: string }[];
  return { scope: guild ? { guild } : 'global', names: echoed.map((c) => c.name) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { guild: { type: 'string' } }, allowPositionals: false });
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, { secrets: [config.DISCORD_TOKEN] });
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
