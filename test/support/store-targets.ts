import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { admin, PG_URL } from './postgres.ts';
import { tempDir } from './temp.ts';

/** A place a store lives; `open` may be called again to reach the same data, as a restart would. */
export interface Target {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export const sqliteTarget = async (): Promise<Target> => {
  const tmp = tempDir();
  const url = `sqlite:${join(tmp.dir, 'ssaem.db')}`;
  return { open: () => openStore(url), cleanup: async () => tmp.cleanup() };
};

export const postgresTarget = async (): Promise<Target> => {
  // Its own schema per test: parallel files, reruns and leftovers of a killed run never meet.
  const schema = `ssaem_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE SCHEMA ${schema}`);
  return {
    open: () => openPostgresStore(PG_URL, { schema }),
    cleanup: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
};
