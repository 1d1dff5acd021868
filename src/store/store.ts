import { fileURLToPath } from 'node:url';
import type { StoreLog } from './file-guard.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export { answerRefusal } from './answer-rule.ts';
export { isStoreUnavailable, type StoreLog, StoreUnavailableError } from './file-guard.ts';
export type * from './schedules.ts';
export type * from './types.ts';

/**
 * Turns `DATABASE_URL` into a SQLite path: a plain path, `sqlite:path`, `sqlite://path`,
 * `file:` URLs, or `sqlite::memory:`.
 */
export function sqlitePathFrom(url: string): string {
  if (url === 'sqlite::memory:' || url === ':memory:') return ':memory:';
  if (url.startsWith('file:')) return fileURLToPath(url);
  if (url.startsWith('sqlite://')) return url.slice('sqlite://'.length);
  if (url.startsWith('sqlite:')) return url.slice('sqlite:'.length);
  return url;
}

/**
 * Opens the store `DATABASE_URL` names: PostgreSQL for `postgres://` URLs, SQLite for anything else. The
 * PostgreSQL client is loaded only for a PostgreSQL URL: `pg` is 40 ms of CPU at every start of a SQLite bot,
 * terminal or CLI run.
 */
export async function openStore(url: string, options: { log?: StoreLog } = {}): Promise<Store> {
  if (/^postgres(ql)?:/.test(url)) return (await import('./postgres.ts')).openPostgresStore(url);
  return openSqliteStore(sqlitePathFrom(url), options);
}
