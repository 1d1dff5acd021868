import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{15,21}$/, 'a Discord id (15–21 digits)');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Every setting ssaem reads, with its default. `.env.example` and the README list the same keys. */
export const configSchema = z.object({
  DISCORD_TOKEN: optional(z.string().min(20, 'a bot token from the Developer Portal')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_PUBLIC_KEY: optional(
    z.string().regex(/^[0-9a-fA-F]{64}$/, '64 hex characters (the Portal\'s "Public Key")'),
  ),
  /** Gateway shards: unset → one process; a number or `auto` → discord.js ShardingManager. */
  SHARD_COUNT: optional(z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1024)])),
  /** Pause between shard starts; Discord wants about 5 s between identifies. */
  SHARD_SPAWN_DELAY_MS: z.coerce.number().int().min(0).default(5500),
  INTERACTIONS_PORT: optional(z.coerce.number().int().min(0).max(65535)),
  INTERACTIONS_HOST: z.string().default('127.0.0.1'),
  /** Processes serving the HTTP door on one port; one per core uses the whole machine. */
  HTTP_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  DISCORD_API_BASE: z.url().default('https://discord.com/api'),
  KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  DATABASE_URL: z.string().min(1).default('data/ssaem.db'),
  QUIZ_SECONDS: z.coerce.number().int().min(5).max(600).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown with every bad key at once, so one run tells the user everything to fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses settings from an environment (process.env after `.env` by default). */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.');
    const shown = key === 'DISCORD_TOKEN' ? '(hidden)' : JSON.stringify(env[key] ?? '');
    return `  ${key}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration (fix these in .env or the environment):\n${lines.join('\n')}`);
}

/** Reads `.env` (without overriding real environment variables) and parses it once at start. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}
