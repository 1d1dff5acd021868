import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS so the worker needs no TypeScript loader; it gets better-sqlite3's resolved path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const files = [workerData.path, workerData.path + '-wal', workerData.path + '-shm'];
const writable = (file) => {
  try { fs.accessSync(file, fs.constants.W_OK); return true; } catch (e) { return e.code === 'ENOENT'; }
};
const timer = setInterval(() => {
  // Touching the mapped -shm of a file made immutable or read-only ends the process with SIGBUS.
  if (!files.every(writable)) return;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Moves WAL checkpoints (and their fsync) onto a worker thread with its own connection, so no answer
 * on the main thread waits for one. Returns a stop function. A passive checkpoint never blocks writers.
 *
 * The thread starts `afterMs` after the store opens: its start costs ~35 ms of CPU (a V8 isolate, the driver, a
 * connection), which a store closed sooner (a tutor CLI run, the terminal piped a few commands, a test's app,
 * each taking over a second on a loaded machine) never needs to pay, since closing the last connection
 * checkpoints the WAL itself; a bot's first seconds of answers wait in the WAL (the automatic checkpoint stays
 * as a backstop).
 */
export function startCheckpointer(path: string, everyMs = 250, afterMs = 5000): () => Promise<void> {
  let worker: Worker | undefined;
  let exited = false;
  const start = setTimeout(() => {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, everyMs } });
    worker.unref();
    // A checkpoint that fails only costs WAL size; the automatic checkpoint remains as a backstop.
    worker.on('error', () => {});
    worker.on('exit', () => {
      exited = true;
    });
  }, afterMs);
  start.unref();
  let stopped: Promise<void> | undefined;
  return () => {
    clearTimeout(start);
    stopped ??= new Promise<void>((resolve) => {
      const w = worker;
      if (!w || exited) return resolve();
      // The worker closes its connection before exiting; terminate only if it does not within a second.
      const force = setTimeout(() => void w.terminate(), 1000);
      w.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      w.postMessage('stop');
    });
    return stopped;
  };
}
