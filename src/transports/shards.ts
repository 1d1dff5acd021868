import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';

/**
 * Asks Discord how many shards the bot should run. discord.js's own 'auto' always asks discord.com,
 * so we ask through DISCORD_API_BASE like every other call.
 */
async function recommendedShards(config: Config): Promise<number> {
  const response = await fetch(`${config.DISCORD_API_BASE.replace(/\/$/, '')}/v10/gateway/bot`, {
    headers: { authorization: `Bot ${config.DISCORD_TOKEN}` },
  });
  if (!response.ok)
    throw new Error(`GET /gateway/bot answered ${response.status}; set SHARD_COUNT to a number`);
  const body = (await response.json()) as { shards?: unknown };
  return typeof body.shards === 'number' && body.shards >= 1 ? body.shards : 1;
}

/**
 * Runs the gateway bot as several shard processes with discord.js's ShardingManager. Each child is
 * `src/main.ts` again: discord.js sets SHARDING_MANAGER, SHARDS and SHARD_COUNT in its environment,
 * and its Client reads them, so a child is an ordinary gateway bot that serves its share of guilds.
 * All of them share the store named by DATABASE_URL (PostgreSQL when they run on several hosts).
 */
export async function startShards(config: Config, log: Logger): Promise<{ close(): Promise<void> }> {
  const totalShards =
    config.SHARD_COUNT === 'auto' ? await recommendedShards(config) : (config.SHARD_COUNT ?? 1);
  // A shard runs the code this process runs: the compiled main.js beside this module when it is compiled (no tsx:
  // its loader is about half a second of CPU per process), else the TypeScript through tsx.
  const compiled = import.meta.url.endsWith('.js');
  const manager = new ShardingManager(
    fileURLToPath(new URL(`../main.${compiled ? 'js' : 'ts'}`, import.meta.url)),
    {
      token: config.DISCORD_TOKEN,
      totalShards,
      mode: 'process',
      execArgv: compiled ? [] : ['--import', 'tsx'],
      respawn: true,
    },
  );
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id, totalShards }, 'shard started'));
  let stopping = false;
  const close = async () => {
    stopping = true;
    manager.respawn = false;
    // Each shard stops itself gracefully on SIGTERM (its own door finishes in-flight work).
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    log.info({ signal }, 'stopping shards');
    setTimeout(() => process.exit(1), 9800).unref();
    close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await manager.spawn({ amount: totalShards, delay: config.SHARD_SPAWN_DELAY_MS });
  return { close };
}
