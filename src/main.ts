import { SetupError } from './app/errors.ts';
import { ConfigError, chooseDoor, loadConfig } from './config.ts';
import { boundHeapGrowth } from './heap-growth.ts';
import { createLogger } from './log.ts';
import { sqliteLocationProblem } from './store-location.ts';

/**
 * `npm start`: picks the door from the config (`chooseDoor`). DISCORD_TOKEN → the gateway bot (as
 * SHARD_COUNT shard processes when that is set); DISCORD_PUBLIC_KEY + INTERACTIONS_PORT → the HTTP
 * interactions endpoint; neither → the local terminal tutor on the embedded store.
 */
async function main(): Promise<void> {
  // Before anything is loaded: servers' note indexes are kept within NOTES_CACHE_MB of live heap, and this keeps
  // V8 from letting the heap grow to several times that (see heap-growth.ts).
  boundHeapGrowth();
  const config = loadConfig();
  const door = chooseDoor(config);
  const log = createLogger(config.LOG_LEVEL, {
    secrets: [config.DISCORD_TOKEN, config.DISCORD_CLIENT_SECRET, config.DISCORD_REST_TOKEN],
  });
  const storeProblem = sqliteLocationProblem(config.DATABASE_URL);
  if (storeProblem)
    throw new SetupError(`Cannot open the store at DATABASE_URL=${config.DATABASE_URL}: ${storeProblem}`);
  if (door === 'gateway' && config.SHARD_COUNT !== undefined && !process.env.SHARDING_MANAGER) {
    const { startShards } = await import('./transports/shards.ts');
    await startShards(config, log);
  } else if (door === 'gateway') {
    if (config.DISCORD_PUBLIC_KEY && config.INTERACTIONS_PORT !== undefined)
      log.warn(
        'DISCORD_TOKEN is set, so this process is the gateway bot; the HTTP endpoint settings are not used',
      );
    const { startGateway } = await import('./transports/gateway.ts');
    await startGateway(config, log);
  } else if (door === 'http') {
    const { isHttpWorker, startHttpCluster } = await import('./transports/http-cluster.ts');
    if (config.HTTP_WORKERS > 1 && !isHttpWorker()) {
      await startHttpCluster(config, log);
    } else {
      const { startHttpEndpoint } = await import('./transports/http-endpoint.ts');
      await startHttpEndpoint(config, log, { announce: !isHttpWorker() });
    }
  } else {
    const { localeOfSystem, runTerminal } = await import('./transports/terminal.ts');
    await runTerminal(config, {
      locale: localeOfSystem(process.env),
      secrets: [config.DISCORD_CLIENT_SECRET],
    });
    // Quiz timers of rounds still open would hold the process; the store keeps them for next time.
    process.exit(0);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError || error instanceof SetupError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
