import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** An environment with none of the developer's own Discord settings leaking into a test. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const key of [
    'DISCORD_TOKEN',
    'DISCORD_PUBLIC_KEY',
    'INTERACTIONS_PORT',
    'KNOWLEDGE_DIR',
    'DATABASE_URL',
  ])
    delete env[key];
  return { ...env, ...extra };
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
