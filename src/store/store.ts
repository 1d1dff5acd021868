import { fileURLToPath } from 'node:url';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

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

/** Opens the store `DATABASE_URL` names. Only SQLite for now; PostgreSQL URLs are refused plainly. */
export async function openStore(url: string): Promise<Store> {
  if (/^postgres(ql)?:/.test(url))
    throw new Error('PostgreSQL is not supported yet; use a SQLite path for DATABASE_URL');
  return openSqliteStore(sqlitePathFrom(url));
}
