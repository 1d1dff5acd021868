import { SetupError } from './app/errors.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './log.ts';

/**
 * `npm start`: picks the door from the config. DISCORD_TOKEN → the gateway bot (as SHARD_COUNT
 * shard processes when that is set);
 * DISCORD_PUBLIC_KEY + INTERACTIONS_PORT → the HTTP interactions endpoint; neither → the local
 * terminal tutor on the embedded store.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, { secrets: [config.DISCORD_TOKEN] });
  if (config.DISCORD_TOKEN && config.SHARD_COUNT !== undefined && !process.env.SHARDING_MANAGER) {
    const { startShards } = await import('./transports/shards.ts');
    await startShards(config, log);
  } else if (config.DISCORD_TOKEN) {
    const { startGateway } = await import('./transports/gateway.ts');
    await startGateway(config, log);
  } else if (config.DISCORD_PUBLIC_KEY && config.INTERACTIONS_PORT !== undefined) {
    const { isHttpWorker, startHttpCluster } = await import('./transports/http-cluster.ts');
    if (config.HTTP_WORKERS > 1 && !isHttpWorker()) {
      await startHttpCluster(config, log);
    } else {
      const { startHttpEndpoint } = await import('./transports/http-endpoint.ts');
      await startHttpEndpoint(config, log, { announce: !isHttpWorker() });
    }
  } else {
    const { runTerminal } = await import('./transports/terminal.ts');
    await runTerminal(config, log);
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
