import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command, keyPair, postSigned } from './fake-discord/interactions.ts';
import { whenOutput } from './support/output.ts';
import { cleanEnv, compiled, projectRoot } from './support/spawn.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-ep-proc-'));
let bot: ChildProcess;

afterAll(() => {
  if (bot?.pid && bot.exitCode === null && bot.signalCode === null) process.kill(-bot.pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('src/main.ts with DISCORD_PUBLIC_KEY and INTERACTIONS_PORT=0', () => {
  it('prints exactly one "listening on" line on stdout, serves, and exits 0 on SIGTERM within 10 s', async () => {
    const { publicKeyHex, privateKey } = keyPair();
    const env = cleanEnv({
      DISCORD_PUBLIC_KEY: publicKeyHex,
      INTERACTIONS_PORT: '0',
      // Nothing listens here: this test never needs a later edit.
      DISCORD_API_BASE: 'http://127.0.0.1:9/api',
      DATABASE_URL: path.join(dir, 'store.db'),
    });
    // The node process behind `npm start` (npm dies by the signal it forwards, hiding the exit code), on the
    // compiled copy of what it runs through tsx.
    bot = spawn(process.execPath, [compiled('src/main.ts')], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    bot.stdout?.on('data', (c) => {
      stdout += c;
    });
    bot.stderr?.on('data', (c) => {
      stderr += c;
    });
    await whenOutput(
      bot,
      () => stdout,
      (out) => out.includes('\n'),
      40_000,
    ).catch(() => undefined);
    expect(stdout, stderr).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    const url = stdout.trim().slice('listening on '.length);

    const r = await postSigned(url, privateKey, command('explain', { topic: 'CDN' }));
    expect(r.status).toBe(200);

    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    const started = Date.now();
    process.kill(-(bot.pid ?? 0), 'SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
  }, 60_000);
});
