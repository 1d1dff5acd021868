import pg from 'pg';
import { answerRefusal } from './answer-rule.ts';
import { bucketOf, type Database, type HotPaths, sharedStore } from './core.ts';
import { migrations } from './migrations.ts';
import type { Row } from './rows.ts';
import { render, type Sql } from './sql.ts';
import type { AnswerInput, AnswerResult, Store } from './types.ts';
import { weekOf } from './week.ts';

type Queryable = Pick<pg.PoolClient, 'query'>;

/** How to reach the database beyond its URL. */
export interface PostgresStoreOptions {
  /**
   * Schema to keep ssaem's tables in (created if missing); defaults to a `schema` parameter in the
   * URL (`postgres://…/db?schema=ssaem`, so `DATABASE_URL` alone can name it), else the connection's
   * own `search_path`. Lower-case letters, digits and `_` only. Tests give each run its own.
   */
  schema?: string;
  /** Connections in the pool; defaults to 10. */
  max?: number;
  /** How long to wait for a connection before failing; defaults to 10 s. */
  connectionTimeoutMillis?: number;
}

const INT8 = 20;

/**
 * Counts and BIGINT millisecond timestamps arrive as text by default (they may exceed 2^53 in
 * general); ours never do, so this pool alone reads them as numbers without touching pg's globals.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** Lock key pair for migrations; the second half is per schema so separate schemas never wait. */
const MIGRATION_LOCK = 'ssaem:migrations';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Errors a transaction is safe to rerun after: nothing it did was kept. */
const RETRYABLE = new Set(['40001', '40P01']);
const UNIQUE_VIOLATION = '23505';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * Picks the schema (option first, then the URL's `schema` parameter, which the server must not see)
 * and adds `-c search_path=…` to whatever startup options the URL already carries.
 */
function withSchema(url: string, option: string | undefined): { url: string; schema: string | undefined } {
  // Other URLs go to pg untouched, whatever its parser accepts that WHATWG URL might not.
  if (option === undefined && !/[?&]schema=/.test(url)) return { url, schema: undefined };
  const parsed = new URL(url);
  const schema = option ?? parsed.searchParams.get('schema') ?? undefined;
  if (schema === undefined) return { url, schema };
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  parsed.searchParams.delete('schema');
  const options = parsed.searchParams.get('options');
  parsed.searchParams.set('options', `${options ? `${options} ` : ''}-c search_path=${schema}`);
  return { url: parsed.toString(), schema };
}

/**
 * The one place a PostgreSQL transaction is written: BEGIN, `fn`, COMMIT on one pooled connection,
 * rolled back on any error and rerun after a deadlock or serialisation failure. A connection whose
 * ROLLBACK failed is broken and is dropped from the pool, not reused.
 */
async function inTransaction<T>(pool: pg.Pool, fn: (client: Queryable) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: Error) => {
        broken = rollback;
      });
      if (attempt < 5 && RETRYABLE.has(errorCode(error) ?? '')) continue;
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/**
 * Applies the migrations a database has not seen yet, all in one transaction under a
 * transaction-level advisory lock, so two instances starting together take turns and the second
 * finds the work done; the lock goes away with the transaction even if the process dies.
 */
async function migrate(pool: pg.Pool, schema: string | undefined): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [
      MIGRATION_LOCK,
      schema ?? '',
    ]);
    // Looked up first: CREATE SCHEMA checks the right to create before IF NOT EXISTS, and a role
    // given only an existing schema must still start.
    if (
      schema !== undefined &&
      (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 0
    )
      await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
    );
    await renumberLegacy(client);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const [i, step] of migrations.entries()) {
      const version = i + 1;
      if (applied.has(version)) continue;
      await client.query(step.postgres);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        version,
        Date.now(),
      ]);
    }
  });
}

/**
 * PostgreSQL once had its own list, without the rank bands: its versions 2 and 3 are today's 3
 * and 4. A database that recorded versions past 1 but has no `score_buckets` was numbered that way;
 * its versions move up one, so the loop then applies the bands (filled from its scores).
 */
async function renumberLegacy(client: Queryable): Promise<void> {
  const { rows } = await client.query<{ legacy: boolean }>(
    `SELECT to_regclass('score_buckets') IS NULL AND EXISTS (SELECT 1 FROM schema_migrations WHERE version > 1)
       AS legacy`,
  );
  if (!rows[0]?.legacy) return;
  await client.query('UPDATE schema_migrations SET version = 4 WHERE version = 3');
  await client.query('UPDATE schema_migrations SET version = 3 WHERE version = 2');
}

/** The shared store's statements on a pool; each distinct text is a named statement, planned once per connection. */
function postgresDatabase(pool: pg.Pool): Database {
  const names = new Map<string, string>();
  const named = (query: Sql) => {
    const { text, values } = render(query, 'postgres');
    let name = names.get(text);
    if (!name) {
      name = `ssaem_${names.size + 1}`;
      names.set(text, name);
    }
    return { name, text, values };
  };
  const on = (client: Queryable, query: Sql) => client.query(named(query));
  return {
    dialect: 'postgres',
    async all(query) {
      return (await on(pool, query)).rows as Row[];
    },
    async run(query) {
      return (await on(pool, query)).rowCount ?? 0;
    },
    async batch(queries) {
      await inTransaction(pool, async (client) => {
        for (const query of queries) await on(client, query);
      });
    },
    isUniqueViolation: (error) => errorCode(error) === UNIQUE_VIOLATION,
    async close() {
      if (!pool.ended && !pool.ending) await pool.end();
    },
  };
}

/** The answer path, tuned for PostgreSQL: three named statements in one transaction. */
function postgresHotPaths(pool: pg.Pool): HotPaths {
  const statements = {
    // FOR SHARE: a concurrent closeRound waits for answers already under way, and an answer that
    // starts after a close committed sees the round closed, as SQLite's serialised writers would.
    round: {
      name: 'ssaem_answer_round',
      text: `SELECT r.scope, r.status, r.closes_at, r.solo_user_id, r.channel_id, r.topic,
               (SELECT COALESCE(MAX(s.season), 1) FROM seasons s WHERE s.scope = r.scope) AS season
             FROM rounds r WHERE r.id = $1 FOR SHARE OF r`,
    },
    // The answers primary key decides who was first: a losing racer inserts nothing, so gets no score
    // row back. The winner creates or locks its score row (the upsert takes the row lock), so the
    // streak it reads is the one its update builds on even when the same user answers rounds at once.
    claim: {
      name: 'ssaem_answer_claim',
      text: `WITH ins AS (
               INSERT INTO answers (round_id, user_id, name, scope, season, response, correct, points, answered_at)
               VALUES ($1, $2, $3, $4, $5::int, $6, $7, 0, $8::bigint)
               ON CONFLICT DO NOTHING RETURNING scope, season
             )
             INSERT INTO scores (scope, season, user_id, name, updated_at)
             SELECT scope, season, $2, $3, $8::bigint FROM ins
             ON CONFLICT (scope, season, user_id) DO UPDATE SET name = excluded.name
             RETURNING streak, best_streak, points, (xmax = 0) AS created`,
    },
    // Band counts move with the score: the player joins the new band and leaves the old, the higher
    // band first in every transaction (points only grow), so two answers never wait on each other
    // in opposite orders.
    apply: {
      name: 'ssaem_answer_apply',
      text: `WITH a AS (
               UPDATE answers SET points = $5::int WHERE round_id = $11 AND user_id = $3 AND $5::int <> 0
             ), w AS (
               INSERT INTO weekly_scores (scope, season, week, user_id, name, points, answered, correct)
               VALUES ($1, $2::int, $9::int, $3, $4, $5::int, 1, $6::int)
               ON CONFLICT (scope, season, week, user_id) DO UPDATE SET
                 name = excluded.name, points = weekly_scores.points + excluded.points,
                 answered = weekly_scores.answered + 1, correct = weekly_scores.correct + excluded.correct
             ), t AS (
               INSERT INTO topic_stats (scope, user_id, topic, answered, correct) VALUES ($1, $3, $10, 1, $6::int)
               ON CONFLICT (scope, user_id, topic) DO UPDATE SET
                 answered = topic_stats.answered + 1, correct = topic_stats.correct + excluded.correct
             ), b AS (
               INSERT INTO score_buckets (scope, season, bucket, n)
               SELECT $1, $2::int, v.bucket, v.n FROM (VALUES ($12::bigint, 1), ($13::bigint, -1)) v(bucket, n)
               WHERE v.bucket IS NOT NULL AND $14::boolean
               ON CONFLICT (scope, season, bucket) DO UPDATE SET n = score_buckets.n + excluded.n
             )
             UPDATE scores SET name = $4, points = points + $5::int, answered = answered + 1,
               correct = correct + $6::int, streak = $7::int, best_streak = GREATEST(best_streak, $7::int),
               updated_at = $8::bigint
             WHERE scope = $1 AND season = $2::int AND user_id = $3`,
    },
  } as const;

  const recordAnswer = (a: AnswerInput): Promise<AnswerResult> =>
    inTransaction(pool, async (db): Promise<AnswerResult> => {
      const row = (await db.query({ ...statements.round, values: [a.roundId] })).rows[0] as Row | undefined;
      const refusal = answerRefusal(
        row
          ? {
              status: row.status as 'open' | 'closed',
              closesAt: row.closes_at as number,
              soloUserId: row.solo_user_id as string | null,
              channelId: row.channel_id as string,
            }
          : null,
        a,
      );
      if (refusal || !row) return { status: refusal ?? 'missing' };
      const scope = row.scope as string;
      const season = row.season as number;
      const claimed = (
        await db.query({
          ...statements.claim,
          values: [a.roundId, a.userId, a.name, scope, season, a.response, a.correct, a.answeredAt],
        })
      ).rows[0] as { streak: number; best_streak: number; points: number; created: boolean } | undefined;
      if (!claimed) return { status: 'duplicate' };
      const points = a.correct ? a.points(claimed.streak) : 0;
      const streak = a.correct ? claimed.streak + 1 : 0;
      const oldBucket = claimed.created ? null : bucketOf(claimed.points);
      const newBucket = bucketOf(claimed.points + points);
      await db.query({
        ...statements.apply,
        values: [
          scope,
          season,
          a.userId,
          a.name,
          points,
          a.correct ? 1 : 0,
          streak,
          a.answeredAt,
          weekOf(a.answeredAt),
          row.topic,
          a.roundId,
          newBucket,
          oldBucket,
          oldBucket !== newBucket,
        ],
      });
      return { status: 'recorded', points, streak, bestStreak: Math.max(claimed.best_streak, streak) };
    });
  return { recordAnswer };
}

/**
 * Opens the PostgreSQL store: a `pg` pool, migrated on open under an advisory lock so several
 * instances may share one database. The rules the interface promises are enforced by constraints
 * and row locks exactly as the SQLite store's are, so both pass the same contract tests.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const target = withSchema(url, options.schema);
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    types,
  });
  // An idle connection that dies (server restart, network) must not crash the bot; the pool drops
  // it and the next query reports the problem if it persists.
  pool.on('error', () => {});
  try {
    await migrate(pool, target.schema);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return sharedStore(postgresDatabase(pool), postgresHotPaths(pool));
}
