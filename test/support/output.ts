import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with `read()` once `ready` holds for it, looked at each time the child writes (no polling, no
 * sleeping); rejects when the child exits first or after `timeoutMs`. The caller's own `data` listeners must be
 * attached before this, so `read()` already holds the chunk that arrived.
 */
export function whenOutput(
  child: ChildProcess,
  read: () => string,
  ready: (output: string) => boolean,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!ready(read())) return false;
      finish();
      resolve(read());
      return true;
    };
    const exited = () => {
      if (check()) return;
      finish();
      reject(new Error(`the process exited before the expected output:\n${read()}`));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no expected output within ${timeoutMs} ms:\n${read()}`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', exited);
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', exited);
    if (child.exitCode !== null || child.signalCode !== null) exited();
    else check();
  });
}
