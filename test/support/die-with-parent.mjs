/*
 * Preloaded (`NODE_OPTIONS=--import …`, see cleanEnv in spawn.ts) into every Node process a test starts: the bot,
 * npm, the CLI scripts, the bot's own shards and cluster workers. When the process that started it is gone (vitest
 * ended a worker on a timeout, or was killed, before an afterAll could stop the child), the child is re-parented
 * and this ends it: orphaned bots were seen eating CPU under later runs. Plain JavaScript, so no loader is needed.
 */
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  // Orphaned already (the parent ended while this one started) when init adopted it.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent || parent === 1) process.kill(process.pid, 'SIGKILL');
  }, 500).unref();
}
