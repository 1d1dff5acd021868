import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { devNull } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { configSchema } from '../../src/config.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The compiled copy of an app file (`src/main.ts` → `…/src/main.js`), which a child runs with plain `node`: what
 * tsx runs, without its second of loading (test/support/app-build.ts).
 */
export const compiled = (file: string): string => path.join(inject('appBuild'), file.replace(/\.ts$/, '.js'));

/**
 * An environment with none of the developer's own settings leaking into a test: no ssaem key from the
 * shell, and `DOTENV_PATH` (dotenv's own setting) pointing away from the worktree's `.env`, so a
 * child started in the project root never reads the developer's token or port. The notes are the
 * fixture chapter unless `extra` says otherwise, and the system locale neutral (the terminal speaks Korean).
 * Its Node processes end themselves when orphaned.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env))
    if (key in configSchema.shape || key.startsWith('DOTENV_') || key.startsWith('LC_')) delete env[key];
  return {
    ...env,
    LANG: 'C.UTF-8',
    DOTENV_PATH: devNull,
    LOG_LEVEL: 'warn',
    KNOWLEDGE_DIR: firstChapterDir,
    // Every Node process under the child dies with it when it is orphaned (see die-with-parent.mjs).
    NODE_OPTIONS: [env.NODE_OPTIONS, `--import=${pathToFileURL(dieWithParent).href}`]
      .filter(Boolean)
      .join(' '),
    ...extra,
  };
}

const dieWithParent = path.join(import.meta.dirname, 'die-with-parent.mjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const scripts: Record<string, string> = JSON.parse(
  readFileSync(path.join(projectRoot, 'package.json'), 'utf8'),
).scripts;

export interface RunOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
  /** Where it runs (its `.cache` is there); the project root by default. */
  cwd?: string;
  timeoutMs?: number;
}

/**
 * Runs an npm script's own file (`node --import tsx src/cli/tutor.ts`) with stdin from a string: its {@link compiled} copy,
 * without npm and tsx (two processes and about a second and a half of CPU each). The README test runs the
 * scripts through npm and tsx as a user types them.
 */
export function runScript(name: string, args: string[] = [], options: RunOptions = {}): Promise<Run> {
  const file = /^node --import tsx (\S+)$/.exec(scripts[name] ?? '')?.[1];
  if (!file)
    throw new Error(`package.json's "${name}" script is not "node --import tsx <file>": ${scripts[name]}`);
  return runNode([compiled(file), ...args], options);
}

/** Runs `node` with these arguments to its end, without blocking this process (other tests run meanwhile). */
export function runNode(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? projectRoot,
      env: options.env ?? cleanEnv(),
      uid: options.uid,
      gid: options.gid,
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('error', reject);
    child.stdin.end(options.input ?? '');
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A copy of the user's first chapter, for tests: the shipped `knowledge/` may hold anything. */
export const firstChapterDir = path.join(projectRoot, 'test', 'fixtures', 'first-chapter');
