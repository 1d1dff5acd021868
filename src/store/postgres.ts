import pg from 'pg';
import { postgresMigrations } from './postgres-migrations.ts';
import { type Row, toAnswer, toRound, toSession } from './rows.ts';
import type {
  AnswerInput,
  AnswerResult,
  LeaderboardQuery,
  LeaderboardRow,
  NewRound,
  ReviewRecord,
  Scope,
  Store,
  UserStats,
} from './types.ts';
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

/** The current season of scope `$1`, inlined so reads need one round trip like SQLite's. */
const SEASON = '(SELECT COALESCE(MAX(season), 1) FROM seasons WHERE scope = $1)';

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
 * Applies the migrations a database has not seen yet, all in one transaction under a
 * transaction-level advisory lock, so two instances starting together take turns and the second
 * finds the work done; the lock goes away with the transaction even if the process dies.
 */
async function migrate(pool: pg.Pool, schema: string | undefined): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
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
    const { rows } = await client.query<{ v: number }>(
      'SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations',
    );
    const applied = rows[0]?.v ?? 0;
    for (const [i, sql] of postgresMigrations.entries()) {
      const version = i + 1;
      if (version <= applied) continue;
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        version,
        Date.now(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: Error) => {
      broken = rollback;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

const BOARD_COLUMNS = 'user_id AS "userId", name, points, answered, correct';

/**
 * Statements on the hot paths, named so each pooled connection parses and plans them once. They
 * rely on the connection's fixed `search_path`, which is why the schema is a startup option.
 */
const sql = {
  recordAnswer: {
    name: 'ssaem_record_answer',
    // One round trip for the checks, the insert and the score-row lock:
    // - FOR SHARE on the round: a concurrent closeRound waits for answers already under way, and an
    //   answer that starts after a close committed sees the round closed, as SQLite's serialised
    //   writers would.
    // - The answers primary key decides who was first; a losing racer inserts nothing, so gets no
    //   score row back.
    // - The winner creates or locks its score row (the upsert takes the row lock), so the streak it
    //   reads is the one its update builds on even when the same user answers other rounds at once.
    // The round's row comes back whatever happened, so the caller can tell why nothing was recorded.
    text: `WITH r AS (
             SELECT r.scope, r.status, r.closes_at, r.solo_user_id, r.topic,
               (SELECT COALESCE(MAX(s.season), 1) FROM seasons s WHERE s.scope = r.scope) AS season
             FROM rounds r WHERE r.id = $1 FOR SHARE OF r
           ), ins AS (
             INSERT INTO answers (round_id, user_id, name, scope, season, response, correct, points, answered_at)
             SELECT $1, $2, $3, r.scope, r.season, $4, $5, 0, $6::bigint FROM r
             WHERE r.status = 'open' AND $6::bigint < r.closes_at AND (r.solo_user_id IS NULL OR r.solo_user_id = $2)
             ON CONFLICT DO NOTHING RETURNING scope, season
           ), sc AS (
             INSERT INTO scores (scope, season, user_id, name, updated_at)
             SELECT scope, season, $2, $3, $6::bigint FROM ins
             ON CONFLICT (scope, season, user_id) DO UPDATE SET name = excluded.name
             RETURNING streak, best_streak
           )
           SELECT r.*, sc.streak, sc.best_streak FROM r LEFT JOIN sc ON true`,
  },
  applyScore: {
    name: 'ssaem_apply_score',
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
           )
           UPDATE scores SET name = $4, points = points + $5::int, answered = answered + 1,
             correct = correct + $6::int, streak = $7::int, best_streak = GREATEST(best_streak, $7::int),
             updated_at = $8::bigint
           WHERE scope = $1 AND season = $2::int AND user_id = $3`,
  },
  boardAll: {
    name: 'ssaem_board_all',
    text: `SELECT ${BOARD_COLUMNS} FROM scores WHERE scope = $1 AND season = ${SEASON}
           ORDER BY points DESC, user_id LIMIT $2 OFFSET $3`,
  },
  boardWeek: {
    name: 'ssaem_board_week',
    text: `SELECT ${BOARD_COLUMNS} FROM weekly_scores WHERE scope = $1 AND season = ${SEASON} AND week = $2
           ORDER BY points DESC, user_id LIMIT $3 OFFSET $4`,
  },
  // Ahead = more points, or as many and a smaller id: the board's own order, counted as two index
  // ranges rather than one OR the planner would scan the whole board for.
  rankAll: {
    name: 'ssaem_rank_all',
    text: `SELECT ${BOARD_COLUMNS},
             1 + (SELECT COUNT(*) FROM scores o WHERE o.scope = m.scope AND o.season = m.season AND o.points > m.points)
               + (SELECT COUNT(*) FROM scores o WHERE o.scope = m.scope AND o.season = m.season
                    AND o.points = m.points AND o.user_id < m.user_id) AS rank
           FROM scores m WHERE m.scope = $1 AND m.season = ${SEASON} AND m.user_id = $2`,
  },
  rankWeek: {
    name: 'ssaem_rank_week',
    text: `SELECT ${BOARD_COLUMNS},
             1 + (SELECT COUNT(*) FROM weekly_scores o WHERE o.scope = m.scope AND o.season = m.season
                    AND o.week = m.week AND o.points > m.points)
               + (SELECT COUNT(*) FROM weekly_scores o WHERE o.scope = m.scope AND o.season = m.season
                    AND o.week = m.week AND o.points = m.points AND o.user_id < m.user_id) AS rank
           FROM weekly_scores m WHERE m.scope = $1 AND m.season = ${SEASON} AND m.week = $3 AND m.user_id = $2`,
  },
} as const;

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

  /** Runs `fn` in a transaction, rerunning it after a deadlock or serialisation failure. */
  const transaction = async <T>(fn: (client: Queryable) => Promise<T>): Promise<T> => {
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
  };

  const rows = async (text: string | { name: string; text: string }, values: unknown[] = []) =>
    (typeof text === 'string' ? await pool.query(text, values) : await pool.query({ ...text, values }))
      .rows as Row[];

  const seasonOf = async (db: Queryable, scope: Scope): Promise<number> =>
    ((await db.query(`SELECT ${SEASON} AS season`, [scope])).rows[0] as { season: number }).season;

  const insertRound = (db: Queryable, round: NewRound) =>
    db.query(
      `INSERT INTO rounds (id, session_id, position, scope, channel_id, solo_user_id, question, topic, card_key,
         status, opened_at, closes_at, message)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $11, $12)`,
      [
        round.id,
        round.sessionId,
        round.position,
        round.scope,
        round.channelId,
        round.soloUserId,
        round.question,
        round.topic,
        round.cardKey,
        round.openedAt,
        round.closesAt,
        round.message ? JSON.stringify(round.message) : null,
      ],
    );

  // Mirrors SQLite: any unique violation while creating rounds reads as a busy channel (the partial
  // indexes are the expected cause); the transaction has rolled back, so nothing was kept.
  const busyOr = async (run: () => Promise<void>): Promise<'started' | 'channel-busy'> => {
    try {
      await run();
      return 'started';
    } catch (error) {
      if (errorCode(error) === UNIQUE_VIOLATION) return 'channel-busy';
      throw error;
    }
  };

  const recordAnswer = (a: AnswerInput): Promise<AnswerResult> =>
    transaction(async (db): Promise<AnswerResult> => {
      const round = (
        await db.query({
          ...sql.recordAnswer,
          values: [a.roundId, a.userId, a.name, a.response, a.correct, a.answeredAt],
        })
      ).rows[0] as Row | undefined;
      if (!round) return { status: 'missing' };
      if (round.solo_user_id !== null && round.solo_user_id !== a.userId) return { status: 'not-allowed' };
      if (round.status !== 'open' || a.answeredAt >= (round.closes_at as number)) return { status: 'closed' };
      if (round.streak === null) return { status: 'duplicate' };
      const scope = round.scope as string;
      const season = round.season as number;
      const before = { streak: round.streak as number, best_streak: round.best_streak as number };
      const streakBefore = before.streak;
      const points = a.correct ? a.points(streakBefore) : 0;
      const streak = a.correct ? streakBefore + 1 : 0;
      const correct = a.correct ? 1 : 0;
      await db.query({
        ...sql.applyScore,
        values: [
          scope,
          season,
          a.userId,
          a.name,
          points,
          correct,
          streak,
          a.answeredAt,
          weekOf(a.answeredAt),
          round.topic,
          a.roundId,
        ],
      });
      return { status: 'recorded', points, streak, bestStreak: Math.max(before.best_streak, streak) };
    });

  const board = async (scope: Scope, query: LeaderboardQuery): Promise<LeaderboardRow[]> => {
    const offset = query.offset ?? 0;
    const found =
      query.period === 'weekly'
        ? await rows(sql.boardWeek, [scope, weekOf(query.now ?? Date.now()), query.limit, offset])
        : await rows(sql.boardAll, [scope, query.limit, offset]);
    return found.map((row, i) => ({ rank: offset + i + 1, ...(row as Omit<LeaderboardRow, 'rank'>) }));
  };

  return {
    async startSession(session, first, staleBefore = Number.MAX_SAFE_INTEGER) {
      return busyOr(() =>
        transaction(async (db) => {
          if (!session.solo) {
            await db.query(
              `UPDATE sessions SET status = 'done'
               WHERE channel_id = $1 AND status = 'active' AND NOT solo
                 AND NOT EXISTS (SELECT 1 FROM rounds r WHERE r.session_id = sessions.id
                                   AND (r.status = 'open' OR r.closed_at >= $2))`,
              [session.channelId, staleBefore],
            );
          }
          await db.query(
            `INSERT INTO sessions (id, scope, guild_id, channel_id, owner_id, solo, locale, questions, total,
               position, status, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
            [
              session.id,
              session.scope,
              session.guildId,
              session.channelId,
              session.ownerId,
              session.solo,
              session.locale,
              session.questions,
              session.total,
              session.position,
              session.status,
              session.createdAt,
            ],
          );
          await insertRound(db, first);
        }),
      );
    },
    async getSession(id) {
      const [row] = await rows('SELECT * FROM sessions WHERE id = $1', [id]);
      return row ? toSession(row) : null;
    },
    async addRound(round) {
      return busyOr(() =>
        transaction(async (db) => {
          await insertRound(db, round);
          await db.query('UPDATE sessions SET position = $1 WHERE id = $2', [
            round.position,
            round.sessionId,
          ]);
        }),
      );
    },
    async finishSession(id) {
      await pool.query("UPDATE sessions SET status = 'done' WHERE id = $1", [id]);
    },
    async getRound(id) {
      const [row] = await rows('SELECT * FROM rounds WHERE id = $1', [id]);
      return row ? toRound(row) : null;
    },
    async setRoundMessage(id, message) {
      await pool.query('UPDATE rounds SET message = $1 WHERE id = $2', [JSON.stringify(message), id]);
    },
    async openRoundInChannel(channelId) {
      const [row] = await rows(
        "SELECT * FROM rounds WHERE channel_id = $1 AND status = 'open' AND solo_user_id IS NULL LIMIT 1",
        [channelId],
      );
      return row ? toRound(row) : null;
    },
    async openRounds() {
      return (await rows("SELECT * FROM rounds WHERE status = 'open' ORDER BY closes_at, id")).map(toRound);
    },
    async closeRound(id, now) {
      const result = await pool.query(
        "UPDATE rounds SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open'",
        [now, id],
      );
      return result.rowCount === 1;
    },
    recordAnswer,
    async takeToken(key, rule, now) {
      // Same statement as SQLite's: refill by elapsed time, pay one token, or change nothing.
      const result = await pool.query(
        `INSERT INTO rate_buckets (key, tokens, updated_at) VALUES ($1, $2 - 1, $3)
         ON CONFLICT (key) DO UPDATE SET
           tokens = LEAST($2, rate_buckets.tokens + GREATEST(0, $3 - rate_buckets.updated_at) / 1000.0 * $4) - 1,
           updated_at = GREATEST(rate_buckets.updated_at, $3)
         WHERE LEAST($2, rate_buckets.tokens + GREATEST(0, $3 - rate_buckets.updated_at) / 1000.0 * $4) >= 1`,
        [key, rule.capacity, now, rule.perSecond],
      );
      return result.rowCount === 1;
    },
    async hasAnswered(roundId, userId) {
      return (
        (await rows('SELECT 1 FROM answers WHERE round_id = $1 AND user_id = $2', [roundId, userId])).length >
        0
      );
    },
    async roundAnswers(roundId) {
      return (
        await rows('SELECT * FROM answers WHERE round_id = $1 ORDER BY answered_at, user_id', [roundId])
      ).map(toAnswer);
    },
    async sessionTotals(sessionId) {
      return (await rows(
        `SELECT a.user_id AS "userId", MAX(a.name) AS name, SUM(a.points) AS points,
           SUM(a.correct::int) AS correct
         FROM answers a JOIN rounds r ON r.id = a.round_id WHERE r.session_id = $1
         GROUP BY a.user_id ORDER BY points DESC, "userId"`,
        [sessionId],
      )) as { userId: string; name: string; points: number; correct: number }[];
    },
    async leaderboard(scope, query) {
      return board(scope, query);
    },
    async rankOf(scope, userId, query) {
      const [row] =
        query.period === 'weekly'
          ? await rows(sql.rankWeek, [scope, userId, weekOf(query.now ?? Date.now())])
          : await rows(sql.rankAll, [scope, userId]);
      if (!row) return null;
      const { rank, ...mine } = row as unknown as LeaderboardRow;
      return { rank, ...mine };
    },
    async boardSize(scope, query) {
      const [row] =
        query.period === 'weekly'
          ? await rows(
              `SELECT COUNT(*) AS n FROM weekly_scores WHERE scope = $1 AND season = ${SEASON} AND week = $2`,
              [scope, weekOf(query.now ?? Date.now())],
            )
          : await rows(`SELECT COUNT(*) AS n FROM scores WHERE scope = $1 AND season = ${SEASON}`, [scope]);
      return (row as { n: number }).n;
    },
    async userStats(scope, userId): Promise<UserStats> {
      const [[score], topics] = await Promise.all([
        rows(
          `SELECT s.season, sc.name, sc.points, sc.answered, sc.correct, sc.streak, sc.best_streak
           FROM (SELECT ${SEASON} AS season) s
           LEFT JOIN scores sc ON sc.scope = $1 AND sc.season = s.season AND sc.user_id = $2`,
          [scope, userId],
        ),
        rows(
          'SELECT topic, answered, correct FROM topic_stats WHERE scope = $1 AND user_id = $2 ORDER BY topic',
          [scope, userId],
        ),
      ]);
      const s = score as Row;
      return {
        userId,
        name: (s.name as string | null) ?? null,
        season: s.season as number,
        points: (s.points as number | null) ?? 0,
        answered: (s.answered as number | null) ?? 0,
        correct: (s.correct as number | null) ?? 0,
        streak: (s.streak as number | null) ?? 0,
        bestStreak: (s.best_streak as number | null) ?? 0,
        topics: topics as unknown as UserStats['topics'],
      };
    },
    async currentSeason(scope) {
      return seasonOf(pool, scope);
    },
    async resetBoard(scope, now) {
      await transaction(async (db) => {
        const season = await seasonOf(db, scope);
        await db.query('DELETE FROM scores WHERE scope = $1 AND season = $2', [scope, season]);
        await db.query('DELETE FROM weekly_scores WHERE scope = $1 AND season = $2', [scope, season]);
        await db.query('DELETE FROM answers WHERE scope = $1 AND season = $2', [scope, season]);
        await db.query('DELETE FROM topic_stats WHERE scope = $1', [scope]);
        await db.query(
          "UPDATE rounds SET status = 'closed', closed_at = $2 WHERE scope = $1 AND status = 'open'",
          [scope, now],
        );
        await db.query("UPDATE sessions SET status = 'done' WHERE scope = $1 AND status = 'active'", [scope]);
      });
    },
    async newSeason(scope, now) {
      const [row] = await rows(
        `INSERT INTO seasons (scope, season, started_at) VALUES ($1, 2, $2)
         ON CONFLICT (scope) DO UPDATE SET season = seasons.season + 1, started_at = excluded.started_at
         RETURNING season`,
        [scope, now],
      );
      return (row as { season: number }).season;
    },
    async reviews(userId) {
      // SQLite returns them in primary-key order; say so here rather than rely on a plan.
      return (await rows(
        'SELECT card_key AS "cardKey", card, due, lapses FROM reviews WHERE user_id = $1 ORDER BY card_key',
        [userId],
      )) as unknown as ReviewRecord[];
    },
    async saveReview(userId, review) {
      await pool.query(
        `INSERT INTO reviews (user_id, card_key, card, due, lapses) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, card_key) DO UPDATE SET card = excluded.card, due = excluded.due,
           lapses = excluded.lapses`,
        [userId, review.cardKey, review.card, review.due, review.lapses],
      );
    },
    async close() {
      if (!pool.ended && !pool.ending) await pool.end();
    },
  };
}
