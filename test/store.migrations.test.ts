import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../src/store/migrations.ts';
import { openPostgresStore } from '../src/store/postgres.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import type { Store } from '../src/store/store.ts';
import { admin, PG_URL, pgMissing } from './support/postgres.ts';
import { answer, roundRecord, sessionRecord } from './support/rounds.ts';
import { tempDir } from './support/temp.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

const versions = migrations.map((_, i) => i + 1);

async function pgQuery<T>(schema: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${schema}`);
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function freshSchema(): Promise<string> {
  const schema = `ssaem_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE SCHEMA ${schema}`);
  cleanups.push(() => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  return schema;
}

describe('one migration list for both databases', () => {
  it('gives SQLite every version, once each, with the same tables as PostgreSQL', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const path = join(tmp.dir, 'ssaem.db');
    const store = openSqliteStore(path, { checkpointer: false });
    await store.close();
    const db = new Database(path, { readonly: true });
    try {
      const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      expect(applied.map((r) => (r as { version: number }).version)).toEqual(versions);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
      expect(tables.map((r) => (r as { name: string }).name)).toContain('score_buckets');
    } finally {
      db.close();
    }
  });

  describe.skipIf(pgMissing !== null)('postgres', () => {
    const tablesOf = async (schema: string) =>
      (
        await pgQuery<{ name: string }>(
          schema,
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = '${schema}' ORDER BY 1`,
        )
      ).map((r) => r.name);

    it('gives PostgreSQL the same versions and tables as SQLite', async () => {
      const schema = await freshSchema();
      const store = await openPostgresStore(PG_URL, { schema });
      await store.close();
      const applied = await pgQuery<{ version: number }>(
        schema,
        'SELECT version FROM schema_migrations ORDER BY 1',
      );
      expect(applied.map((r) => r.version)).toEqual(versions);

      const tmp = tempDir();
      cleanups.push(tmp.cleanup);
      const path = join(tmp.dir, 'ssaem.db');
      await openSqliteStore(path, { checkpointer: false }).close();
      const db = new Database(path, { readonly: true });
      const sqliteTables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all()
        .map((r) => (r as { name: string }).name);
      db.close();
      expect(await tablesOf(schema)).toEqual(sqliteTables);
    });

    it('brings a database of the old PostgreSQL-only numbering to the shared list, rank bands filled', async () => {
      const schema = await freshSchema();
      const legacy = readFileSync(new URL('./fixtures/postgres-legacy-schema.sql', import.meta.url), 'utf8');
      await admin(`SET search_path TO ${schema};\n${legacy}`);
      // Scores kept before the bands existed: 50, 250, 250 and 1,000 points.
      await pgQuery(
        schema,
        `INSERT INTO scores (scope, season, user_id, name, points, answered, correct, updated_at) VALUES
           ('g1', 1, 'a', 'a', 50, 1, 1, 0), ('g1', 1, 'b', 'b', 250, 3, 3, 0),
           ('g1', 1, 'c', 'c', 250, 3, 3, 0), ('g1', 1, 'd', 'd', 1000, 9, 9, 0)`,
      );
      let store: Store = await openPostgresStore(PG_URL, { schema });
      cleanups.push(() => store.close());
      const applied = await pgQuery<{ version: number }>(
        schema,
        'SELECT version FROM schema_migrations ORDER BY 1',
      );
      expect(applied.map((r) => r.version)).toEqual(versions);
      expect(await store.boardSize('g1', { period: 'all-time' })).toBe(4);
      expect((await store.rankOf('g1', 'a', { period: 'all-time' }))?.rank).toBe(4);
      expect((await store.rankOf('g1', 'c', { period: 'all-time' }))?.rank).toBe(3);
      // The rate-limit and one-session steps it had are not run twice, and the store keeps working.
      expect(await store.takeToken('user:x', { capacity: 1, perSecond: 1 }, 0)).toBe(true);
      await store.startSession(sessionRecord(), roundRecord());
      // 50 + 300 moves a up two bands, past b and c.
      expect((await store.recordAnswer({ ...answer('a', true), points: () => 300 })).status).toBe('recorded');
      expect((await store.rankOf('g1', 'a', { period: 'all-time' }))?.rank).toBe(2);
      await store.close();
      // Reopening finds nothing left to do.
      store = await openPostgresStore(PG_URL, { schema });
      expect(await store.boardSize('g1', { period: 'all-time' })).toBe(4);
    });
  });
});

/** A SQLite store opened after the first `steps` migrations and these rows, as an older version left it. */
async function sqliteStoreAfter(steps: number, rows: string): Promise<Store> {
  const tmp = tempDir();
  cleanups.push(tmp.cleanup);
  const path = join(tmp.dir, 'ssaem.db');
  const db = new Database(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
  migrations.slice(0, steps).forEach((step, i) => {
    db.exec(step.sqlite);
    db.prepare('INSERT INTO schema_migrations VALUES (?, 0)').run(i + 1);
  });
  db.exec(rows);
  db.close();
  const store = openSqliteStore(path, { checkpointer: false });
  cleanups.push(() => store.close());
  return store;
}

/** The same on PostgreSQL, in a fresh schema. */
async function postgresStoreAfter(steps: number, rows: string): Promise<Store> {
  const schema = await freshSchema();
  const applied = migrations
    .slice(0, steps)
    .map((step, i) => `${step.postgres};\nINSERT INTO schema_migrations VALUES (${i + 1}, 0);`);
  await admin(
    `SET search_path TO ${schema};
     CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL);
     ${applied.join('\n')}
     ${rows};`,
  );
  const store = await openPostgresStore(PG_URL, { schema });
  cleanups.push(() => store.close());
  return store;
}

describe('cards per fact', () => {
  const legacyCard =
    "INSERT INTO reviews (user_id, card_key, card, due, lapses) VALUES ('u1', 'notes.md#12', '{}', 5, 1)";
  // The store as it was just before cards moved per fact (later steps may follow it in the list).
  const before = migrations.findIndex((m) => m.name.startsWith('quiz play: one card per fact'));
  const expected = [{ cardKey: 'section:notes.md#12', card: '{}', due: 5, lapses: 1 }];

  it('moves a section card of SQLite under section: so each fact of it starts from it', async () => {
    const store = await sqliteStoreAfter(before, legacyCard);
    expect(await store.reviews('u1')).toEqual(expected);
  });

  it.skipIf(pgMissing !== null)('does the same on PostgreSQL', async () => {
    const store = await postgresStoreAfter(before, legacyCard);
    expect(await store.reviews('u1')).toEqual(expected);
  });
});

describe("servers' notes stamps", () => {
  const legacyNote = `INSERT INTO guild_notes (guild_id, name, version, body, hash, bytes, sections, added_by,
      added_by_name, added_at) VALUES ('g1', 'css', 1, '# CSS', 'h1', 5, 1, 'u1', '민지', 0)`;
  // The store as it was just before the stamps (later steps may follow it in the list).
  const before = migrations.findIndex((m) => m.name.startsWith('a stamp of each server'));

  it('gives a server that already had notes on SQLite a stamp, so an instance does not take it for one without', async () => {
    const store = await sqliteStoreAfter(before, legacyNote);
    expect(await store.guildNotesStamp('g1')).toBe(1);
    expect(await store.guildNotesStamp('g2')).toBeNull();
  });

  it.skipIf(pgMissing !== null)('does the same on PostgreSQL', async () => {
    const store = await postgresStoreAfter(before, legacyNote);
    expect(await store.guildNotesStamp('g1')).toBe(1);
    expect(await store.guildNotesStamp('g2')).toBeNull();
  });
});
