import pg from 'pg';
import { inject } from 'vitest';
import { PG_URL } from './postgres-setup.ts';

export { PG_URL };

/** Non-null (the reason) when this run has no PostgreSQL: its tests skip. */
export const pgMissing = inject('postgresMissing');

/** Runs one statement on its own connection (schema create/drop live outside any store). */
export async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
