import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { startCheckpointer } from './checkpointer.ts';
import { migrations } from './migrations.ts';
import { type Row, toAnswer, toRound, toSession } from './rows.ts';
import type {
  AnswerInput,
  AnswerResult,
  LeaderboardQuery,
  LeaderboardRow,
  NewRound,
  ReviewRecord,
  Scope,
  SessionRecord,
  Store,
  UserStats,
} from './types.ts';
import { weekOf } from './week.ts';

/** Width of a rank band (see the `score_buckets` migration). */
const BUCKET = 100;
const bucketOf = (points: number) => Math.floor(points / BUCKET);

/**
 * Applies the migrations a database has not seen yet, each in its own write transaction. Whether a
 * version is applied is read inside that transaction, so processes opening one file at once
 * (the HTTP door's workers) never apply a migration twice.
 */
function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)',
  );
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const markApplied = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  migrations.forEach((sql, i) => {
    const version = i + 1;
    db.transaction(() => {
      if (isApplied.get(version)) return;
      db.exec(sql);
      markApplied.run(version, Date.now());
    }).immediate();
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT_UNIQUE')
  );
}

export interface SqliteOptions {
  /** Checkpoint the WAL on a worker thread (default true for files). */
  checkpointer?: boolean;
  /** WAL pages before the writer checkpoints itself. */
  walPages?: number;
}

/** The SQLite store: one better-sqlite3 connection in WAL mode; other processes may share the file. */
export function openSqliteStore(path: string, options: SqliteOptions = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
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

  const q = {
    insertSession: db.prepare(
      `INSERT INTO sessions (id, scope, guild_id, channel_id, owner_id, solo, locale, questions, total, position, status, created_at)
       VALUES (@id, @scope, @guildId, @channelId, @ownerId, @solo, @locale, @questions, @total, @position, @status, @createdAt)`,
    ),
    getSession: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    retireStale: db.prepare(
      `UPDATE sessions SET status = 'done'
       WHERE channel_id = ? AND status = 'active' AND solo = 0
         AND NOT EXISTS (SELECT 1 FROM rounds r WHERE r.session_id = sessions.id
                           AND (r.status = 'open' OR r.closed_at >= ?))`,
    ),
    moveSession: db.prepare('UPDATE sessions SET position = ? WHERE id = ?'),
    finishSession: db.prepare("UPDATE sessions SET status = 'done' WHERE id = ?"),
    insertRound: db.prepare(
      `INSERT INTO rounds (id, session_id, position, scope, channel_id, solo_user_id, question, topic, card_key, status, opened_at, closes_at, message)
       VALUES (@id, @sessionId, @position, @scope, @channelId, @soloUserId, @question, @topic, @cardKey, 'open', @openedAt, @closesAt, @message)`,
    ),
    getRound: db.prepare('SELECT * FROM rounds WHERE id = ?'),
    setRoundMessage: db.prepare('UPDATE rounds SET message = ? WHERE id = ?'),
    openInChannel: db.prepare(
      "SELECT * FROM rounds WHERE channel_id = ? AND status = 'open' AND solo_user_id IS NULL LIMIT 1",
    ),
    openRounds: db.prepare("SELECT * FROM rounds WHERE status = 'open' ORDER BY closes_at"),
    closeRound: db.prepare(
      "UPDATE rounds SET status = 'closed', closed_at = ? WHERE id = ? AND status = 'open'",
    ),
    // The bucket refills by elapsed time, then pays one token; when it cannot pay, nothing changes.
    takeToken: db.prepare(`
      INSERT INTO rate_buckets (key, tokens, updated_at) VALUES (@key, @capacity - 1, @now)
      ON CONFLICT (key) DO UPDATE SET
        tokens = min(@capacity, tokens + max(0, @now - updated_at) / 1000.0 * @perSecond) - 1,
        updated_at = max(updated_at, @now)
      WHERE min(@capacity, tokens + max(0, @now - updated_at) / 1000.0 * @perSecond) >= 1`),
    roundForAnswer: db.prepare(
      'SELECT scope, status, closes_at, solo_user_id, topic FROM rounds WHERE id = ?',
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
    bucketsAbove: db.prepare(
      'SELECT COALESCE(SUM(n), 0) AS n FROM score_buckets WHERE scope = ? AND season = ? AND bucket > ?',
    ),
    bucketsTotal: db.prepare(
      'SELECT COALESCE(SUM(n), 0) AS n FROM score_buckets WHERE scope = ? AND season = ?',
    ),
    aheadInBucket: db.prepare(
      'SELECT COUNT(*) AS n FROM scores WHERE scope = ? AND season = ? AND points > ? AND points < ?',
    ),
    tiedAhead: db.prepare(
      'SELECT COUNT(*) AS n FROM scores WHERE scope = ? AND season = ? AND points = ? AND user_id < ?',
    ),
    deleteBuckets: db.prepare('DELETE FROM score_buckets WHERE scope = ? AND season = ?'),
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
    hasAnswered: db.prepare('SELECT 1 FROM answers WHERE round_id = ? AND user_id = ?'),
    roundAnswers: db.prepare('SELECT * FROM answers WHERE round_id = ? ORDER BY answered_at, user_id'),
    sessionTotals: db.prepare(
      `SELECT a.user_id AS userId, MAX(a.name) AS name, SUM(a.points) AS points, SUM(a.correct) AS correct
       FROM answers a JOIN rounds r ON r.id = a.round_id WHERE r.session_id = ?
       GROUP BY a.user_id ORDER BY points DESC, userId`,
    ),
    boardAll: db.prepare(
      `SELECT user_id AS userId, name, points, answered, correct FROM scores
       WHERE scope = ? AND season = ? ORDER BY points DESC, user_id LIMIT ? OFFSET ?`,
    ),
    boardWeek: db.prepare(
      `SELECT user_id AS userId, name, points, answered, correct FROM weekly_scores
       WHERE scope = ? AND season = ? AND week = ? ORDER BY points DESC, user_id LIMIT ? OFFSET ?`,
    ),
    mineAll: db.prepare(
      'SELECT user_id AS userId, name, points, answered, correct FROM scores WHERE scope = ? AND season = ? AND user_id = ?',
    ),
    mineWeek: db.prepare(
      `SELECT user_id AS userId, name, points, answered, correct FROM weekly_scores
       WHERE scope = ? AND season = ? AND week = ? AND user_id = ?`,
    ),
    aheadWeek: db.prepare(
      `SELECT COUNT(*) AS n FROM weekly_scores WHERE scope = @scope AND season = @season AND week = @week
       AND (points > @points OR (points = @points AND user_id < @userId))`,
    ),
    sizeWeek: db.prepare(
      'SELECT COUNT(*) AS n FROM weekly_scores WHERE scope = ? AND season = ? AND week = ?',
    ),
    topics: db.prepare(
      'SELECT topic, answered, correct FROM topic_stats WHERE scope = ? AND user_id = ? ORDER BY topic',
    ),
    deleteScores: db.prepare('DELETE FROM scores WHERE scope = ? AND season = ?'),
    deleteWeekly: db.prepare('DELETE FROM weekly_scores WHERE scope = ? AND season = ?'),
    deleteAnswers: db.prepare('DELETE FROM answers WHERE scope = ? AND season = ?'),
    deleteTopics: db.prepare('DELETE FROM topic_stats WHERE scope = ?'),
    closeScopeRounds: db.prepare(
      "UPDATE rounds SET status = 'closed', closed_at = ? WHERE scope = ? AND status = 'open'",
    ),
    finishScopeSessions: db.prepare(
      "UPDATE sessions SET status = 'done' WHERE scope = ? AND status = 'active'",
    ),
    bumpSeason: db.prepare(
      `INSERT INTO seasons (scope, season, started_at) VALUES (?, 2, ?)
       ON CONFLICT (scope) DO UPDATE SET season = season + 1, started_at = excluded.started_at RETURNING season`,
    ),
    reviews: db.prepare('SELECT card_key AS cardKey, card, due, lapses FROM reviews WHERE user_id = ?'),
    saveReview: db.prepare(
      `INSERT INTO reviews (user_id, card_key, card, due, lapses) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (user_id, card_key) DO UPDATE SET card = excluded.card, due = excluded.due, lapses = excluded.lapses`,
    ),
  };

  const seasonOf = (scope: Scope): number =>
    (q.season.get(scope) as { season: number } | undefined)?.season ?? 1;

  const insertRound = (round: NewRound) =>
    q.insertRound.run({ ...round, message: round.message ? JSON.stringify(round.message) : null });

  const startSession = db.transaction((session: SessionRecord, first: NewRound, staleBefore: number) => {
    if (!session.solo) q.retireStale.run(session.channelId, staleBefore);
    q.insertSession.run({ ...session, solo: session.solo ? 1 : 0 });
    insertRound(first);
  });

  const addRound = db.transaction((round: NewRound) => {
    insertRound(round);
    q.moveSession.run(round.position, round.sessionId);
  });

  const recordAnswer = db.transaction((a: AnswerInput): AnswerResult => {
    const round = q.roundForAnswer.get(a.roundId) as Row | undefined;
    if (!round) return { status: 'missing' };
    if (round.solo_user_id !== null && round.solo_user_id !== a.userId) return { status: 'not-allowed' };
    if (round.status !== 'open' || a.answeredAt >= (round.closes_at as number)) return { status: 'closed' };
    const scope = round.scope as string;
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
    const row = { scope, season, userId: a.userId, name: a.name, points, correct, streak, now: a.answeredAt };
    q.upsertScore.run(row);
    const oldBucket = before ? bucketOf(before.points) : null;
    const newBucket = bucketOf((before?.points ?? 0) + points);
    if (oldBucket !== newBucket) {
      if (oldBucket !== null) q.bucketAdd.run(scope, season, oldBucket, -1);
      q.bucketAdd.run(scope, season, newBucket, 1);
    }
    q.upsertWeekly.run({ ...row, week: weekOf(a.answeredAt) });
    q.upsertTopic.run(scope, a.userId, round.topic, correct);
    return { status: 'recorded', points, streak, bestStreak: Math.max(before?.best_streak ?? 0, streak) };
  });

  const resetBoard = db.transaction((scope: Scope, now: number) => {
    const season = seasonOf(scope);
    q.deleteScores.run(scope, season);
    q.deleteWeekly.run(scope, season);
    q.deleteAnswers.run(scope, season);
    q.deleteBuckets.run(scope, season);
    q.deleteTopics.run(scope);
    q.closeScopeRounds.run(now, scope);
    q.finishScopeSessions.run(scope);
  });

  const busyOr = (run: () => void): 'started' | 'channel-busy' => {
    try {
      run();
      return 'started';
    } catch (error) {
      if (isUniqueViolation(error)) return 'channel-busy';
      throw error;
    }
  };

  const board = (scope: Scope, query: LeaderboardQuery) => {
    const season = seasonOf(scope);
    const offset = query.offset ?? 0;
    const rows = (
      query.period === 'weekly'
        ? q.boardWeek.all(scope, season, weekOf(query.now ?? Date.now()), query.limit, offset)
        : q.boardAll.all(scope, season, query.limit, offset)
    ) as Omit<LeaderboardRow, 'rank'>[];
    return rows.map((row, i) => ({ rank: offset + i + 1, ...row }));
  };

  return {
    async startSession(session, first, staleBefore = Number.MAX_SAFE_INTEGER) {
      return busyOr(() => startSession.immediate(session, first, staleBefore));
    },
    async getSession(id) {
      const row = q.getSession.get(id) as Row | undefined;
      return row ? toSession(row) : null;
    },
    async addRound(round) {
      return busyOr(() => addRound.immediate(round));
    },
    async finishSession(id) {
      q.finishSession.run(id);
    },
    async getRound(id) {
      const row = q.getRound.get(id) as Row | undefined;
      return row ? toRound(row) : null;
    },
    async setRoundMessage(id, message) {
      q.setRoundMessage.run(JSON.stringify(message), id);
    },
    async openRoundInChannel(channelId) {
      const row = q.openInChannel.get(channelId) as Row | undefined;
      return row ? toRound(row) : null;
    },
    async openRounds() {
      return (q.openRounds.all() as Row[]).map(toRound);
    },
    async closeRound(id, now) {
      return q.closeRound.run(now, id).changes === 1;
    },
    async takeToken(key, rule, now) {
      return q.takeToken.run({ key, now, ...rule }).changes === 1;
    },
    async recordAnswer(answer) {
      return recordAnswer.immediate(answer);
    },
    async hasAnswered(roundId, userId) {
      return q.hasAnswered.get(roundId, userId) !== undefined;
    },
    async roundAnswers(roundId) {
      return (q.roundAnswers.all(roundId) as Row[]).map(toAnswer);
    },
    async sessionTotals(sessionId) {
      return q.sessionTotals.all(sessionId) as {
        userId: string;
        name: string;
        points: number;
        correct: number;
      }[];
    },
    async leaderboard(scope, query) {
      return board(scope, query);
    },
    async rankOf(scope, userId, query) {
      const season = seasonOf(scope);
      const week = weekOf(query.now ?? Date.now());
      const weekly = query.period === 'weekly';
      const mine = (
        weekly ? q.mineWeek.get(scope, season, week, userId) : q.mineAll.get(scope, season, userId)
      ) as Omit<LeaderboardRow, 'rank'> | undefined;
      if (!mine) return null;
      if (weekly) {
        const ahead = q.aheadWeek.get({ scope, season, week, points: mine.points, userId: mine.userId }) as {
          n: number;
        };
        return { rank: ahead.n + 1, ...mine };
      }
      const bucket = bucketOf(mine.points);
      const count = (stmt: Database.Statement, ...args: unknown[]) => (stmt.get(...args) as { n: number }).n;
      const ahead =
        count(q.bucketsAbove, scope, season, bucket) +
        count(q.aheadInBucket, scope, season, mine.points, (bucket + 1) * BUCKET) +
        count(q.tiedAhead, scope, season, mine.points, userId);
      return { rank: ahead + 1, ...mine };
    },
    async boardSize(scope, query) {
      const season = seasonOf(scope);
      const row =
        query.period === 'weekly'
          ? q.sizeWeek.get(scope, season, weekOf(query.now ?? Date.now()))
          : q.bucketsTotal.get(scope, season);
      return (row as { n: number }).n;
    },
    async userStats(scope, userId): Promise<UserStats> {
      const season = seasonOf(scope);
      const score = q.mineAll.get(scope, season, userId) as Omit<LeaderboardRow, 'rank'> | undefined;
      const streaks = q.scoreStreak.get(scope, season, userId) as
        | { streak: number; best_streak: number }
        | undefined;
      return {
        userId,
        name: score?.name ?? null,
        season,
        points: score?.points ?? 0,
        answered: score?.answered ?? 0,
        correct: score?.correct ?? 0,
        streak: streaks?.streak ?? 0,
        bestStreak: streaks?.best_streak ?? 0,
        topics: q.topics.all(scope, userId) as UserStats['topics'],
      };
    },
    async currentSeason(scope) {
      return seasonOf(scope);
    },
    async resetBoard(scope, now) {
      resetBoard.immediate(scope, now);
    },
    async newSeason(scope, now) {
      return (q.bumpSeason.get(scope, now) as { season: number }).season;
    },
    async reviews(userId) {
      return q.reviews.all(userId) as ReviewRecord[];
    },
    async saveReview(userId, review: ReviewRecord) {
      q.saveReview.run(userId, review.cardKey, review.card, review.due, review.lapses);
    },
    async close() {
      await stopCheckpointer();
      if (db.open) db.close();
    },
  };
}
