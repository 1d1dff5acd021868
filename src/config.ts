import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{15,21}$/, 'a Discord id (15–21 digits)');

/** Every setting ssaem reads, with its default. `.env.example` and the README list the same keys. */
export const configSchema = z.object({
  DISCORD_TOKEN: z.string().min(20, 'a bot token from the Developer Portal').optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  /** OAuth2 client secret: lets `deploy-commands` register without a bot token (the HTTP-only door). */
  DISCORD_CLIENT_SECRET: z
    .string()
    .min(16, 'the Client Secret from the Developer Portal (OAuth2)')
    .optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '64 hex characters (the Portal\'s "Public Key")')
    .optional(),
  /** Gateway shards: unset → one process; a number or `auto` → discord.js ShardingManager. */
  SHARD_COUNT: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1024)]).optional(),
  /** Pause between shard starts; Discord wants about 5 s between identifies. */
  SHARD_SPAWN_DELAY_MS: z.coerce.number().int().min(0).default(5500),
  INTERACTIONS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INTERACTIONS_HOST: z.string().default('127.0.0.1'),
  /** Processes serving the HTTP door on one port; one per core uses the whole machine. */
  HTTP_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  DISCORD_API_BASE: z.url().default('https://discord.com/api'),
  KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  DATABASE_URL: z
    .string()
    .superRefine((url, ctx) => {
      // A scheme we do not speak would otherwise become a SQLite file named `mysql:/x`.
      const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1]?.toLowerCase();
      if (scheme && !['sqlite', 'file', 'postgres', 'postgresql'].includes(scheme))
        ctx.addIssue({
          code: 'custom',
          message: `${scheme}: is not a store ssaem speaks; use a SQLite file path (data/ssaem.db), sqlite:PATH, or postgres://user@host/db`,
        });
    })
    .default('data/ssaem.db'),
  QUIZ_SECONDS: z.coerce.number().int().min(5).max(600).default(30),
  /** The bot token for the HTTP door's own messages (reminder DMs, the question of the day). */
  DISCORD_REST_TOKEN: z.string().min(20, 'a bot token from the Developer Portal').optional(),
  /** The bot's global REST limit (Discord's default is 50 a second per bot). */
  DISCORD_REST_RPS: z.coerce.number().int().min(1).max(10_000).default(50),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Memory for servers' note indexes; beyond it the least recently used are dropped (and rebuilt on use). */
  NOTES_CACHE_MB: z.coerce.number().int().min(1).max(65536).default(256),
  /**
   * Where note attachments may be fetched from: Discord's attachment hosts unless set (tests point it at the
   * fake Discord). Only https is accepted, except for a loopback address.
   */
  DISCORD_CDN_BASE: z.url().optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown with every bad key at once, so one run tells the user everything to fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Never echoed in a message, even when they are the bad value. */
const SECRET_KEYS = ['DISCORD_TOKEN', 'DISCORD_CLIENT_SECRET', 'DISCORD_REST_TOKEN'];

/** `.env.example` leaves most keys empty (`SHARD_COUNT=`): an empty value means "not set", here as in a shell. */
const isBlank = (value: string | undefined) => value === undefined || value.trim() === '';

/** Parses settings from an environment (process.env after `.env` by default). */
export function parseConfig(env: Env): Config {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => !isBlank(value)));
  const result = configSchema.safeParse(given);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.');
    const shown = SECRET_KEYS.includes(key) ? '(hidden)' : JSON.stringify(env[key] ?? '');
    return `  ${key}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration (fix these in .env or the environment):\n${lines.join('\n')}`);
}

/**
 * Reads `.env` (or the file `DOTENV_PATH` names; real environment variables win) and parses it once at
 * start. Our keys left empty are removed from `env` too: discord.js reads `SHARD_COUNT` from the
 * environment itself, and an empty one there is shard count 0, a crash.
 */
export function loadConfig(options: { env?: Env; path?: string } = {}): Config {
  const env = options.env ?? process.env;
  const fromFile: Record<string, string> = {};
  loadDotenv({ quiet: true, processEnv: fromFile, ...(options.path ? { path: options.path } : {}) });
  for (const [key, value] of Object.entries(fromFile))
    if (env[key] === undefined && !isBlank(value)) env[key] = value;
  for (const key of Object.keys(configSchema.shape)) if (isBlank(env[key])) delete env[key];
  return parseConfig(env);
}

/** The door `npm start` opens: the gateway, the HTTP interactions endpoint, or the terminal tutor. */
export type Door = 'gateway' | 'http' | 'terminal';

/**
 * Picks the door from the config. Half of the HTTP door's settings is a mistake, not a wish for the
 * terminal: it is refused with what is missing.
 */
export function chooseDoor(config: Config): Door {
  if (config.DISCORD_TOKEN) return 'gateway';
  const key = config.DISCORD_PUBLIC_KEY !== undefined;
  const port = config.INTERACTIONS_PORT !== undefined;
  if (key && port) return 'http';
  if (key)
    throw new ConfigError(
      'DISCORD_PUBLIC_KEY is set but INTERACTIONS_PORT is not: the HTTP interactions endpoint needs a port to listen on (0 picks a free one). Empty DISCORD_PUBLIC_KEY to open the terminal tutor instead.',
    );
  if (port)
    throw new ConfigError(
      'INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY is not: the HTTP interactions endpoint needs the Public Key from the Developer Portal (General Information) to check that requests come from Discord. Empty INTERACTIONS_PORT to open the terminal tutor instead.',
    );
  return 'terminal';
}
