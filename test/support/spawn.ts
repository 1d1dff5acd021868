import { spawnSync } from 'node:child_process';
import { devNull } from 'node:os';
import path from 'node:path';
import { configSchema } from '../../src/config.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/**
 * An environment with none of the developer's own settings leaking into a test: no ssaem key from the
 * shell, and `DOTENV_PATH` (dotenv's own setting) pointing away from the worktree's `.env`, so a
 * child started in the project root never reads the developer's token or port. The notes are the
 * fixture chapter unless `extra` says otherwise.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env))
    if (key in configSchema.shape || key.startsWith('DOTENV_')) delete env[key];
  return { ...env, DOTENV_PATH: devNull, LOG_LEVEL: 'warn', KNOWLEDGE_DIR: firstChapterDir, ...extra };
}

/** Runs an npm script the way a user does, with stdin from a string. */
export function npm(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: projectRoot,
    env: options.env ?? cleanEnv(),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** A copy of the user's first chapter, for tests: the shipped `knowledge/` may hold anything. */
export const firstChapterDir = path.join(projectRoot, 'test', 'fixtures', 'first-chapter');
