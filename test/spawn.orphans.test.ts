/**
 * A Node process a test starts ends itself when orphaned (test/support/die-with-parent.mjs): vitest may end a
 * worker before its afterAll stops the bot it spawned, and such bots were seen eating CPU under later runs.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { cleanEnv } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a child left behind by its parent', () => {
  it('ends itself once its parent is gone', async () => {
    // bash starts a Node process that would run forever, waits until it runs (it writes a line into a FIFO) and
    // exits, leaving it orphaned.
    const { dir, cleanup } = tempDir('ssaem-orphans-');
    const script = `mkfifo "${dir}/up"; "${process.execPath}" -e 'console.log(1); setInterval(() => {}, 1000)' >"${dir}/up" 2>/dev/null & exec 3<"${dir}/up"; read -u 3 line; echo $!`;
    const shell = spawn('bash', ['-c', script], { env: cleanEnv() });
    let out = '';
    shell.stdout.on('data', (c) => {
      out += c;
    });
    await new Promise((resolve) => shell.once('exit', resolve));
    const pid = Number(out.trim());
    expect(pid).toBeGreaterThan(0);
    try {
      await vi.waitFor(() => expect(alive(pid)).toBe(false), { timeout: 5_000, interval: 50 });
    } finally {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      cleanup();
    }
  });
});
