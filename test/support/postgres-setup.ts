import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const PG_URL = process.env.SSAEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the PostgreSQL tests are skipped, or null when PostgreSQL answered. */
    postgresMissing: string | null;
  }
}

/** Whether PostgreSQL answers within 2 s: the reason it does not, or null. */
async function probe(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Probes PostgreSQL once for the whole run and says in one line when its tests will be skipped. */
export default async function setup(project: TestProject): Promise<void> {
  const missing = await probe(PG_URL);
  if (missing !== null) {
    process.stderr.write(
      `postgres store tests skipped: no PostgreSQL at ${PG_URL} (${missing}); set SSAEM_TEST_POSTGRES_URL\n`,
    );
  }
  project.provide('postgresMissing', missing);
}
