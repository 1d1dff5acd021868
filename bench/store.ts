import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import type { AnswerInput, Store } from '../src/store/types.ts';
import { roundRecord, sessionRecord } from '../test/support/rounds.ts';
import { tempDir } from '../test/support/temp.ts';

/**
 * Store figures, SQLite beside PostgreSQL on the same work: answers per second and per-answer
 * latency with 1, 2 and 8 writers in flight, then leaderboard reads on a 100,000-user guild.
 */

const ANSWERS = 5000;
const USERS_PER_ROUND = 20;
/** Users come back round after round, so most answers update an existing score row. */
const USER_POOL = 1000;
const WRITERS = [1, 2, 8] as const;
const BOARD_USERS = 100_000;
const DEEP_OFFSET = 90_000;
const READS = 50;

const PG_URL =
  process.env.SSAEM_BENCH_POSTGRES_URL ??
  process.env.SSAEM_TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

const round2 = (n: number) => Math.round(n * 100) / 100;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Same points for user `i` in both databases: many ties, spread over 5,000 levels. */
const pointsOf = (i: number) => ((i * 7919) % 5000) * 10;
const userOf = (i: number) => `u${String(i).padStart(6, '0')}`;

/** Opens one shared session per round (each in its own channel, so all can be open at once). */
async function openRounds(store: Store, run: string, rounds: number): Promise<void> {
  for (let r = 0; r < rounds; r++) {
    const id = `${run}-s${r}`;
    const where = { scope: run, channelId: `${run}-c${r}` };
    await store.startSession(
      sessionRecord({ id, guildId: run, ownerId: 'owner', ...where }),
      roundRecord({
        id: `${run}-r${r}`,
        sessionId: id,
        topic: `topic${r % 7}`,
        cardKey: `card${r}`,
        closesAt: 1e15,
        ...where,
      }),
    );
  }
}

/** `ANSWERS` answers, one round per 20 users, shared by `writers` loops each awaiting its own. */
async function writeRun(store: Store, run: string, writers: number) {
  const rounds = Math.ceil(ANSWERS / USERS_PER_ROUND);
  await openRounds(store, run, rounds);
  const answers: AnswerInput[] = Array.from({ length: ANSWERS }, (_, i) => {
    const r = Math.floor(i / USERS_PER_ROUND);
    const u = (r * USERS_PER_ROUND + (i % USERS_PER_ROUND)) % USER_POOL;
    return {
      roundId: `${run}-r${r}`,
      userId: userOf(u),
      name: `user ${u}`,
      response: '0',
      correct: i % 3 !== 0,
      answeredAt: 1_700_000_000_000 + i,
      points: (streak: number) => 100 + 10 * streak,
    };
  });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < answers.length) {
        const answer = answers[next++] as AnswerInput;
        const t = performance.now();
        const result = await store.recordAnswer(answer);
        latencies.push(performance.now() - t);
        if (result.status !== 'recorded') throw new Error(`bench answer was ${result.status}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  return {
    answersPerSec: Math.round(ANSWERS / seconds),
    p50Ms: round2(quantile(latencies, 0.5)),
    p99Ms: round2(quantile(latencies, 0.99)),
  };
}

/** Median and p99 of `READS` calls. */
async function timeReads(fn: () => Promise<unknown>) {
  await fn(); // warm: first call prepares statements and pages in the index
  const times: number[] = [];
  for (let i = 0; i < READS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return { p50Ms: round2(quantile(times, 0.5)), p99Ms: round2(quantile(times, 0.99)) };
}

async function boardReads(store: Store, scope: string, loadMs: number) {
  const query = { period: 'all-time' as const };
  const page = await store.leaderboard(scope, { ...query, limit: 10, offset: 0 });
  const size = await store.boardSize(scope, query);
  if (size !== BOARD_USERS || page.length !== 10) throw new Error(`bench board has ${size} users`);
  return {
    users: BOARD_USERS,
    loadMs: Math.round(loadMs),
    firstPage: await timeReads(() => store.leaderboard(scope, { ...query, limit: 10, offset: 0 })),
    deepPage: {
      offset: DEEP_OFFSET,
      ...(await timeReads(() => store.leaderboard(scope, { ...query, limit: 10, offset: DEEP_OFFSET }))),
    },
    rankOfMiddle: await timeReads(() => store.rankOf(scope, userOf(BOARD_USERS / 2), query)),
    rankOfLast: await timeReads(async () => {
      // The user with the fewest points and the largest id among them is ranked last.
      const row = await store.rankOf(scope, userOf(BOARD_USERS), query);
      if (row === null) throw new Error('bench user missing');
    }),
    boardSize: await timeReads(() => store.boardSize(scope, query)),
  };
}

async function benchSqlite() {
  const tmp = tempDir('ssaem-bench-');
  const path = join(tmp.dir, 'bench.db');
  const store = openSqliteStore(path);
  try {
    const writes: Record<string, object> = {};
    for (const n of WRITERS) writes[`writers${n}`] = await writeRun(store, `w${n}`, n);

    // Bulk load through a second connection, as an import script would: one transaction.
    const t = performance.now();
    const db = new Database(path);
    const insert = db.prepare(
      `INSERT INTO scores (scope, season, user_id, name, points, answered, correct, streak, best_streak, updated_at)
       VALUES ('big', 1, ?, ?, ?, 10, 5, 0, 0, 0)`,
    );
    db.transaction(() => {
      for (let i = 1; i <= BOARD_USERS; i++) insert.run(userOf(i), `user ${i}`, pointsOf(i));
      // The rank bands must count the rows loaded behind the store's back.
      db.exec(`INSERT INTO score_buckets (scope, season, bucket, n)
                 SELECT scope, season, points / 100, COUNT(*) FROM scores WHERE scope = 'big'
                 GROUP BY scope, season, points / 100`);
    })();
    db.exec('ANALYZE');
    db.close();
    return { writes, board: await boardReads(store, 'big', performance.now() - t) };
  } finally {
    await store.close();
    tmp.cleanup();
  }
}

async function benchPostgres() {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  admin.on('error', () => {});
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => {});
    return `skipped: no PostgreSQL at ${PG_URL} (${error instanceof Error ? error.message : String(error)})`;
  }
  const schema = `ssaem_bench_${randomBytes(6).toString('hex')}`;
  const store = await openPostgresStore(PG_URL, { schema, max: 10 });
  try {
    const writes: Record<string, object> = {};
    for (const n of WRITERS) writes[`writers${n}`] = await writeRun(store, `w${n}`, n);

    // One INSERT … SELECT from generate_series: the server builds all 100k rows itself.
    const t = performance.now();
    await admin.query(
      `INSERT INTO ${schema}.scores (scope, season, user_id, name, points, answered, correct, streak, best_streak, updated_at)
       SELECT 'big', 1, 'u' || lpad(i::text, 6, '0'), 'user ' || i, ((i * 7919) % 5000) * 10, 10, 5, 0, 0, 0
       FROM generate_series(1, ${BOARD_USERS}) AS i`,
    );
    // The rank bands count the rows loaded behind the store's back, as the migration does.
    await admin.query(
      `INSERT INTO ${schema}.score_buckets (scope, season, bucket, n)
       SELECT scope, season, points / 100, COUNT(*) FROM ${schema}.scores WHERE scope = 'big'
       GROUP BY scope, season, points / 100`,
    );
    await admin.query(`ANALYZE ${schema}.scores`);
    await admin.query(`ANALYZE ${schema}.score_buckets`);
    return { writes, board: await boardReads(store, 'big', performance.now() - t) };
  } finally {
    await store.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin.end();
  }
}

/**
 * Measures both stores; PostgreSQL is reported as skipped (with the reason) when it cannot be
 * reached at `SSAEM_BENCH_POSTGRES_URL`, `SSAEM_TEST_POSTGRES_URL` or the local default. Writers are
 * concurrent `recordAnswer` calls on one Store; better-sqlite3 runs each synchronously, so SQLite's
 * figures show a single serialised writer however many are in flight.
 */
export async function benchStore(): Promise<object> {
  return {
    answersPerRun: ANSWERS,
    usersPerRound: USERS_PER_ROUND,
    sqlite: await benchSqlite(),
    postgres: await benchPostgres(),
  };
}
