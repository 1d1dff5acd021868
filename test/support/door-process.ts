/**
 * A door started the way a user starts it (`npm start`, `npm run …`) as a real process group, for the
 * newcomer and README tests: its output is collected, and `stop()` ends the whole group so no
 * process is left listening whatever the test's outcome.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { whenOutput } from './output.ts';
import { projectRoot } from './spawn.ts';

/**
 * Writes `.env.example` to `dir/.env` with `values` filled in, as a newcomer does by hand: every
 * other line stays exactly as shipped, empty values included.
 */
export function envFromExample(dir: string, values: Record<string, string>): string {
  const left = new Set(Object.keys(values));
  const lines = readFileSync(path.join(projectRoot, '.env.example'), 'utf8')
    .split('\n')
    .map((line) => {
      const key = /^([A-Z_]+)=/.exec(line)?.[1];
      if (!key || !(key in values)) return line;
      left.delete(key);
      return `${key}=${values[key]}`;
    });
  if (left.size) throw new Error(`.env.example has no line for ${[...left].join(', ')}`);
  const file = path.join(dir, '.env');
  writeFileSync(file, lines.join('\n'));
  return file;
}

export interface DoorProcess {
  child: ChildProcess;
  output(): string;
  stdout(): string;
  /** Resolves once the output matches (or rejects with the output so far after `timeoutMs`). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
  /** SIGTERM to the group, SIGKILL after 10 s; resolves with the exit code. */
  stop(): Promise<number | null>;
}

const running = new Set<DoorProcess>();

/** Runs `npm run --silent <args>` in the project root as its own process group. */
export function startNpm(args: string[], env: NodeJS.ProcessEnv): DoorProcess {
  const child = spawn('npm', ['run', '--silent', ...args], {
    cwd: projectRoot,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let all = '';
  child.stdout?.on('data', (c) => {
    stdout += c;
    all += c;
  });
  child.stderr?.on('data', (c) => {
    all += c;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const signal = (s: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, s);
    } catch {
      // The group is already gone.
    }
  };
  const door: DoorProcess = {
    child,
    output: () => all,
    stdout: () => stdout,
    async waitForOutput(pattern, timeoutMs = 30_000) {
      return whenOutput(
        child,
        () => all,
        (out) => pattern.test(out),
        timeoutMs,
      ).catch(() => {
        throw new Error(`no ${pattern} in the output:\n${all}`);
      });
    },
    exited,
    async stop() {
      running.delete(door);
      // npm's children are in the group too: signal them all, then make sure.
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      signal('SIGKILL');
      return code;
    },
  };
  running.add(door);
  return door;
}

/** Stops every door a test left running (for `afterAll`). */
export async function stopAllDoors(): Promise<void> {
  await Promise.all([...running].map((d) => d.stop()));
}
