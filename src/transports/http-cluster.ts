import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';

/**
 * Runs the HTTP door as `HTTP_WORKERS` processes sharing one port (node:cluster). Each worker is a
 * whole, stateless endpoint — its own notes index, its own store connection — exactly like the
 * separate instances of a scale-out deployment, so nothing here is special: the store already keeps
 * answers, rounds and rate limits consistent across processes. The primary only starts, restarts and
 * stops workers, and announces the port once.
 */
export async function startHttpCluster(config: Config, log: Logger): Promise<void> {
  const workers = config.HTTP_WORKERS;
  let stopping = false;
  let announced = false;
  const fork = () => cluster.fork({ SSAEM_HTTP_WORKER: '1' });

  let listening = 0;
  // Announce once every worker takes connections, so a client never finds the door half open.
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (announced || listening < workers) return;
    announced = true;
    process.stdout.write(`listening on http://${config.INTERACTIONS_HOST}:${address.port}\n`);
    log.info({ port: address.port, workers }, 'interactions endpoint ready');
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    log.error({ pid: worker.process.pid, code, signal }, 'endpoint worker died; starting another');
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping workers');
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    let left = alive.length;
    if (!left) process.exit(0);
    for (const w of alive) {
      w.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      w.process.kill('SIGTERM');
    }
    setTimeout(() => process.exit(1), 9800).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  for (let i = 0; i < workers; i++) fork();
}

/** True in a process that `startHttpCluster` started. */
export const isHttpWorker = () => cluster.isWorker && process.env.SSAEM_HTTP_WORKER === '1';
