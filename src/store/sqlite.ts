import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite from 'better-sqlite3';
import { answerRefusal } from './answer-rule.ts';
import { startCheckpointer } from './checkpointer.ts';
import { bucketOf, type Database, type HotPaths, sharedStore } from './core.ts';
import { migrations } from './migrations.ts';
import type { Row } from './rows.ts';
import { render, type Sql } from './sql.ts';
import type { AnswerInput, AnswerResult, Scope, Store } from './types.ts';
import { weekOf } from './week.ts';

/**
 * Applies the migrations a database has not seen yet, each in its own write transaction. Whether a
 * version is applied is read inside that transaction, so processes opening one file at once
 * (the HTTP door's workers) never apply a migration twice.
 */
function migrate(db: BetterSqlite.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)',
  );
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const markApplied = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  migrations.forEach((step, i) => {
    const version = i + 1;
    db.transaction(() => {
      if (isApplied.get(version)) return;
      db.exec(step.sqlite);
      markApplied.run(version, Date.now());
    }).immediate();
  });
}

export interface SqliteOptions {
  /** Checkpoint the WAL on a worker thread (default true for files). */
  checkpointer?: boolean;
  /** WAL pages before the writer checkpoints itself. */
  walPages?: number;
}

/**
 * The shared store's statements on one better-sqlite3 connection. Every call runs synchronously,
 * so a batch inside `transaction()` can never interleave with another caller's statements.
 */
function sqliteDatabase(db: BetterSqlite.Database, onClose: () => Promise<void>): Database {
  const prepared = new Map<string, BetterSqlite.Statement>();
  const statement = (query: Sql) => {
    const { text, values } = render(query, 'sqlite');
    let stmt = prepared.get(text);
    if (!stmt) {
      stmt = db.prepare(text);
      prepared.set(text, stmt);
    }
    return { stmt, values };
  };
  const run = (query: Sql) => {
    const { stmt, values } = statement(query);
    return stmt.run(values).changes;
  };
  return {
    dialect: 'sqlite',
    async all(query) {
      const { stmt, values } = statement(query);
      if (stmt.reader) return stmt.all(values) as Row[];
      stmt.run(values);
      return [];
    },
    async run(query) {
      return run(query);
    },
    async batch(queries) {
      db.transaction(() => {
        for (const query of queries) run(query);
      }).immediate();
    },
    isUniqueViolation(error) {
      return (
        error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT_UNIQUE')
      );
    },
    close: onClose,
  };
}

/** The answer path, tuned for SQLite: prepared once, run as one synchronous write transaction. */
function sqliteHotPaths(db: BetterSqlite.Database): HotPaths {
  const q = {
    round: db.prepare(
      'SELECT scope, status, closes_at, solo_user_id, channel_id, topic FROM rounds WHERE id = ?',
    ),
    season: db.prepare('SELECT season FROM seasons WHERE scope = ?'),
    insertAnswer: db.prepare(
      `INSERT INTO answers (round_id, user_id, name, scope, season, response, correct, points, answered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    scoreStreak: db.prepare(
      'SELECT streak, best_streak, points FROM scores WHERE scope = ? AND season = ? AND user_id = ?',
    ),
    bucketAdd: db.prepare(
      `INSERT INTO score_buckets (scope, season, bucket, n) VALUES (?, ?, ?, ?)
       ON CONFLICT (scope, season, bucket) DO UPDATE SET n = n + excluded.n`,
    ),
    upsertScore: db.prepare(
      `INSERT INTO scores (scope, season, user_id, name, points, answered, correct, streak, best_streak, updated_at)
       VALUES (@scope, @season, @userId, @name, @points, 1, @correct, @streak, @streak, @now)
       ON CONFLICT (scope, season, user_id) DO UPDATE SET
         name = excluded.name, points = points + excluded.points, answered = answered + 1,
         correct = correct + excluded.correct, streak = excluded.streak,
         best_streak = MAX(best_streak, excluded.streak), updated_at = excluded.updated_at`,
    ),
    upsertWeekly: db.prepare(
      `INSERT INTO weekly_scores (scope, season, week, user_id, name, points, answered, correct)
       VALUES (@scope, @season, @week, @userId, @name, @points, 1, @correct)
       ON CONFLICT (scope, season, week, user_id) DO UPDATE SET
         name = excluded.name, points = points + excluded.points, answered = answered + 1,
         correct = correct + excluded.correct`,
    ),
    upsertTopic: db.prepare(
      `INSERT INTO topic_stats (scope, user_id, topic, answered, correct) VALUES (?, ?, ?, 1, ?)
       ON CONFLICT (scope, user_id, topic) DO UPDATE SET answered = answered + 1, correct = correct + excluded.correct`,
    ),
  };
  const seasonOf = (scope: Scope): number =>
    (q.season.get(scope) as { season: number } | undefined)?.season ?? 1;

  const recordAnswer = db.transaction((a: AnswerInput): AnswerResult => {
    const row = q.round.get(a.roundId) as Row | undefined;
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
    const season = seasonOf(scope);
    const before = q.scoreStreak.get(scope, season, a.userId) as
      | { streak: number; best_streak: number; points: number }
      | undefined;
    const streakBefore = before?.streak ?? 0;
    const points = a.correct ? a.points(streakBefore) : 0;
    const correct = a.correct ? 1 : 0;
    const inserted = q.insertAnswer.run(
      a.roundId,
      a.userId,
      a.name,
      scope,
      season,
      a.response,
      correct,
      points,
      a.answeredAt,
    );
    // The primary key decides who was first; a losing racer changes nothing.
    if (inserted.changes !== 1) return { status: 'duplicate' };
    const streak = a.correct ? streakBefore + 1 : 0;
    const score = {
      scope,
      season,
      userId: a.userId,
      name: a.name,
      points,
      correct,
      streak,
      now: a.answeredAt,
    };
    q.upsertScore.run(score);
    const oldBucket = before ? bucketOf(before.points) : null;
    const newBucket = bucketOf((before?.points ?? 0) + points);
    if (oldBucket !== newBucket) {
      if (oldBucket !== null) q.bucketAdd.run(scope, season, oldBucket, -1);
      q.bucketAdd.run(scope, season, newBucket, 1);
    }
    q.upsertWeekly.run({ ...score, week: weekOf(a.answeredAt) });
    q.upsertTopic.run(scope, a.userId, row.topic, correct);
    return { status: 'recorded', points, streak, bestStreak: Math.max(before?.best_streak ?? 0, streak) };
  });
  return { recordAnswer: async (answer) => recordAnswer.immediate(answer) };
}

/** The SQLite store: one better-sqlite3 connection in WAL mode; other processes may share the file. */
export function openSqliteStore(path: string, options: SqliteOptions = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // An answer dirties about ten pages; with the default 1,000-page automatic checkpoint every
  // hundredth answer paid for a checkpoint's fsync. A worker thread checkpoints instead; the automatic
  // one stays as a backstop (≈80 MB of WAL) should the worker fall behind.
  db.pragma(`wal_autocheckpoint = ${options.walPages ?? 20000}`);
  db.pragma('journal_size_limit = 67108864');
  migrate(db);
  const stopCheckpointer =
    path === ':memory:' || options.checkpointer === false ? async () => {} : startCheckpointer(path);
  const close = async () => {
    await stopCheckpointer();
    if (db.open) db.close();
  };
  return sharedStore(sqliteDatabase(db, close), sqliteHotPaths(db));
}
