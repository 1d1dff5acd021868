import { guildNotesStore } from './guild-notes.ts';
import { type Row, toAnswer, toRound, toSession } from './rows.ts';
import { scheduleStore } from './schedules.ts';
import { type DialectName, integer, type Sql, sql, words } from './sql.ts';
import type {
  AnswerInput,
  AnswerResult,
  LeaderboardRow,
  NewRound,
  QuestionReport,
  ReviewRecord,
  Scope,
  Store,
  StudyDay,
  UserStats,
} from './types.ts';
import { weekOf } from './week.ts';

/** What the shared store needs of a database: statements in, rows out, and a batch run atomically. */
export interface Database {
  readonly dialect: DialectName;
  all(query: Sql): Promise<Row[]>;
  /** Rows changed. */
  run(query: Sql): Promise<number>;
  /** Runs the statements in order in one transaction: all of them or none. */
  batch(queries: Sql[]): Promise<void>;
  /** Whether an error is a unique-constraint violation (a channel already taken). */
  isUniqueViolation(error: unknown): boolean;
  close(): Promise<void>;
}

/** The paths each database tunes for itself behind the same port. */
export interface HotPaths {
  recordAnswer(answer: AnswerInput): Promise<AnswerResult>;
}

/** Width of a rank band: `score_buckets` counts the players of each band of a board. */
export const BUCKET = 100;
export const bucketOf = (points: number) => Math.floor(points / BUCKET);
const BAND = integer(BUCKET);

/** A scope's current season, inlined so a read is one statement on either database. */
export const seasonOf = (scope: Scope) =>
  sql`(SELECT COALESCE(MAX(season), 1) FROM seasons WHERE scope = ${scope})`;

const BOARD_COLUMNS = sql`user_id AS "userId", name, points, answered, correct`;

/**
 * Below this offset a page is read with OFFSET; deeper, the store seeks: the rank bands say which
 * band holds the page's first row, an index range starts there, and OFFSET skips only within it.
 */
const SEEK_FROM = 500;

type BoardRow = Omit<LeaderboardRow, 'rank'>;

const DAY_MS = 86_400_000;

/** How often claimed interaction ids past their window are deleted. */
const PRUNE_EVERY_MS = 60_000;

/**
 * The store both databases share: every method but the hot paths is one statement (or one batch)
 * written once in the `sql` tag. Rules that must hold under concurrency live in the schema (keys,
 * partial unique indexes) and in conditional updates, so any number of instances can share it.
 */
export function sharedStore(db: Database, hot: HotPaths): Store {
  const one = async (query: Sql) => (await db.all(query))[0];
  /** When claimed interaction ids past their window were last deleted. */
  let prunedAt = Number.NEGATIVE_INFINITY;

  const insertRound = (round: NewRound) =>
    sql`INSERT INTO rounds (id, session_id, position, scope, channel_id, solo_user_id, question, topic,
          card_key, status, opened_at, closes_at, message)
        VALUES (${round.id}, ${round.sessionId}, ${round.position}, ${round.scope}, ${round.channelId},
          ${round.soloUserId}, ${round.question}, ${round.topic}, ${round.cardKey}, 'open', ${round.openedAt},
          ${round.closesAt}, ${round.message ? JSON.stringify(round.message) : null})`;

  // Any unique violation while creating rounds reads as a busy channel (the partial indexes are the
  // expected cause); the batch has rolled back, so nothing was kept.
  const busyOr = async (queries: Sql[]): Promise<'started' | 'channel-busy'> => {
    try {
      await db.batch(queries);
      return 'started';
    } catch (error) {
      if (db.isUniqueViolation(error)) return 'channel-busy';
      throw error;
    }
  };

  const count = async (query: Sql) => Number(((await one(query)) as { n: number }).n);

  const allTimePage = async (scope: Scope, limit: number, offset: number): Promise<BoardRow[]> => {
    const page = (from: Sql, skip: number) =>
      db.all(sql`SELECT ${BOARD_COLUMNS} FROM scores WHERE scope = ${scope} AND season = ${seasonOf(scope)}
                 ${from} ORDER BY points DESC, user_id LIMIT ${limit} OFFSET ${skip}`);
    if (offset < SEEK_FROM) return (await page(sql``, offset)) as BoardRow[];
    const bands = (await db.all(
      sql`SELECT bucket, SUM(n) AS n FROM score_buckets WHERE scope = ${scope} AND season = ${seasonOf(scope)}
            GROUP BY bucket HAVING SUM(n) > 0 ORDER BY bucket DESC`,
    )) as { bucket: number; n: number }[];
    let above = 0;
    for (const band of bands) {
      if (above + Number(band.n) > offset) {
        const top = (Number(band.bucket) + 1) * BUCKET;
        return (await page(sql`AND points < ${top}`, offset - above)) as BoardRow[];
      }
      above += Number(band.n);
    }
    return [];
  };

  return {
    ...scheduleStore(db),
    async startSession(session, first, staleBefore = Number.MAX_SAFE_INTEGER) {
      return busyOr([
        ...(session.solo
          ? []
          : [
              sql`UPDATE sessions SET status = 'done'
                  WHERE channel_id = ${session.channelId} AND status = 'active' AND solo = ${false}
                    AND NOT EXISTS (SELECT 1 FROM rounds r WHERE r.session_id = sessions.id
                                      AND (r.status = 'open' OR r.closed_at >= ${staleBefore}))`,
            ]),
        sql`INSERT INTO sessions (id, scope, guild_id, channel_id, owner_id, solo, locale, questions, total,
              position, status, created_at)
            VALUES (${session.id}, ${session.scope}, ${session.guildId}, ${session.channelId}, ${session.ownerId},
              ${session.solo}, ${session.locale}, ${session.questions}, ${session.total}, ${session.position},
              ${session.status}, ${session.createdAt})`,
        insertRound(first),
      ]);
    },
    async getSession(id) {
      const row = await one(sql`SELECT * FROM sessions WHERE id = ${id}`);
      return row ? toSession(row) : null;
    },
    async addRound(round) {
      return busyOr([
        insertRound(round),
        sql`UPDATE sessions SET position = ${round.position} WHERE id = ${round.sessionId}`,
      ]);
    },
    async finishSession(id) {
      await db.run(sql`UPDATE sessions SET status = 'done' WHERE id = ${id}`);
    },
    async getRound(id) {
      const row = await one(sql`SELECT * FROM rounds WHERE id = ${id}`);
      return row ? toRound(row) : null;
    },
    async setRoundMessage(id, message) {
      await db.run(sql`UPDATE rounds SET message = ${JSON.stringify(message)} WHERE id = ${id}`);
    },
    async openRoundInChannel(channelId) {
      const row = await one(
        sql`SELECT * FROM rounds WHERE channel_id = ${channelId} AND status = 'open' AND solo_user_id IS NULL
            LIMIT 1`,
      );
      return row ? toRound(row) : null;
    },
    async openRounds() {
      return (await db.all(sql`SELECT * FROM rounds WHERE status = 'open' ORDER BY closes_at, id`)).map(
        toRound,
      );
    },
    async closeRound(id, now) {
      return (
        (await db.run(
          sql`UPDATE rounds SET status = 'closed', closed_at = ${now} WHERE id = ${id} AND status = 'open'`,
        )) === 1
      );
    },
    recordAnswer: (answer) => hot.recordAnswer(answer),
    async takeToken(key, rule, now) {
      // The bucket refills by elapsed time, then pays one token; when it cannot pay, nothing changes.
      const { least, greatest } = words;
      const refilled = sql`${least}(${rule.capacity}, rate_buckets.tokens
        + ${greatest}(0, ${now} - rate_buckets.updated_at) / 1000.0 * ${rule.perSecond})`;
      return (
        (await db.run(
          sql`INSERT INTO rate_buckets (key, tokens, updated_at) VALUES (${key}, ${rule.capacity - 1}, ${now})
              ON CONFLICT (key) DO UPDATE SET tokens = ${refilled} - 1,
                updated_at = ${greatest}(rate_buckets.updated_at, ${now})
              WHERE ${refilled} >= 1`,
        )) === 1
      );
    },
    async hasAnswered(roundId, userId) {
      return (
        (await one(sql`SELECT 1 FROM answers WHERE round_id = ${roundId} AND user_id = ${userId}`)) !==
        undefined
      );
    },
    async roundAnswers(roundId) {
      return (
        await db.all(sql`SELECT * FROM answers WHERE round_id = ${roundId} ORDER BY answered_at, user_id`)
      ).map(toAnswer);
    },
    async sessionTotals(sessionId) {
      const rows = await db.all(
        sql`SELECT a.user_id AS "userId", MAX(a.name) AS name, SUM(a.points) AS points,
              SUM(a.correct${words.asInt}) AS correct
            FROM answers a JOIN rounds r ON r.id = a.round_id WHERE r.session_id = ${sessionId}
            GROUP BY a.user_id ORDER BY points DESC, "userId"`,
      );
      return rows.map((r) => ({
        userId: r.userId as string,
        name: r.name as string,
        points: Number(r.points),
        correct: Number(r.correct),
      }));
    },
    async leaderboard(scope, query) {
      const offset = query.offset ?? 0;
      const rows =
        query.period === 'weekly'
          ? ((await db.all(
              sql`SELECT ${BOARD_COLUMNS} FROM weekly_scores
                  WHERE scope = ${scope} AND season = ${seasonOf(scope)} AND week = ${weekOf(query.now ?? Date.now())}
                  ORDER BY points DESC, user_id LIMIT ${query.limit} OFFSET ${offset}`,
            )) as BoardRow[])
          : await allTimePage(scope, query.limit, offset);
      return rows.map((row, i) => ({ rank: offset + i + 1, ...row }));
    },
    async rankOf(scope, userId, query) {
      // Ahead = more points, or as many and a smaller id: the board's own order. All-time counts
      // whole bands above the player's, then the rows of its own band, then its ties, each an index
      // range; the weekly board is small enough to count directly.
      const row =
        query.period === 'weekly'
          ? await one(
              sql`SELECT ${BOARD_COLUMNS},
                    1 + (SELECT COUNT(*) FROM weekly_scores o WHERE o.scope = m.scope AND o.season = m.season
                           AND o.week = m.week AND o.points > m.points)
                      + (SELECT COUNT(*) FROM weekly_scores o WHERE o.scope = m.scope AND o.season = m.season
                           AND o.week = m.week AND o.points = m.points AND o.user_id < m.user_id) AS rank
                  FROM weekly_scores m WHERE m.scope = ${scope} AND m.season = ${seasonOf(scope)}
                    AND m.week = ${weekOf(query.now ?? Date.now())} AND m.user_id = ${userId}`,
            )
          : await one(
              sql`SELECT ${BOARD_COLUMNS},
                    1 + (SELECT COALESCE(SUM(b.n), 0) FROM score_buckets b WHERE b.scope = m.scope
                           AND b.season = m.season AND b.bucket > m.points / ${BAND})
                      + (SELECT COUNT(*) FROM scores o WHERE o.scope = m.scope AND o.season = m.season
                           AND o.points > m.points AND o.points < (m.points / ${BAND} + 1) * ${BAND})
                      + (SELECT COUNT(*) FROM scores o WHERE o.scope = m.scope AND o.season = m.season
                           AND o.points = m.points AND o.user_id < m.user_id) AS rank
                  FROM scores m WHERE m.scope = ${scope} AND m.season = ${seasonOf(scope)} AND m.user_id = ${userId}`,
            );
      if (!row) return null;
      const { rank, ...mine } = row as unknown as LeaderboardRow;
      return { rank: Number(rank), ...mine };
    },
    async boardSize(scope, query) {
      return query.period === 'weekly'
        ? count(
            sql`SELECT COUNT(*) AS n FROM weekly_scores WHERE scope = ${scope} AND season = ${seasonOf(scope)}
                AND week = ${weekOf(query.now ?? Date.now())}`,
          )
        : count(
            sql`SELECT COALESCE(SUM(n), 0) AS n FROM score_buckets
                WHERE scope = ${scope} AND season = ${seasonOf(scope)}`,
          );
    },
    async userStats(scope, userId): Promise<UserStats> {
      const [score, topics] = await Promise.all([
        one(
          sql`SELECT s.season, sc.name, sc.points, sc.answered, sc.correct, sc.streak, sc.best_streak
              FROM (SELECT ${seasonOf(scope)} AS season) s
              LEFT JOIN scores sc ON sc.scope = ${scope} AND sc.season = s.season AND sc.user_id = ${userId}`,
        ),
        db.all(
          sql`SELECT topic, answered, correct FROM topic_stats WHERE scope = ${scope} AND user_id = ${userId}
              ORDER BY topic`,
        ),
      ]);
      const s = score as Row;
      return {
        userId,
        name: (s.name as string | null) ?? null,
        season: Number(s.season),
        points: (s.points as number | null) ?? 0,
        answered: (s.answered as number | null) ?? 0,
        correct: (s.correct as number | null) ?? 0,
        streak: (s.streak as number | null) ?? 0,
        bestStreak: (s.best_streak as number | null) ?? 0,
        topics: topics as unknown as UserStats['topics'],
      };
    },
    async currentSeason(scope) {
      return count(sql`SELECT ${seasonOf(scope)} AS n`);
    },
    async studyDays(scope, userId, { since, utcOffsetMinutes }) {
      // Constants in the text: better-sqlite3 binds numbers as REAL, and a day number is integer division.
      const shift = integer(Math.round(utcOffsetMinutes) * 60_000);
      const rows = await db.all(
        sql`SELECT (answered_at + ${shift}) / ${integer(DAY_MS)} AS day, season, COUNT(*) AS answered,
              SUM(correct${words.asInt}) AS correct, SUM(points) AS points
            FROM answers WHERE scope = ${scope} AND user_id = ${userId}
              AND (answered_at >= ${since} OR season = ${seasonOf(scope)})
            GROUP BY day, season ORDER BY day, season`,
      );
      return rows.map(
        (r): StudyDay => ({
          day: Number(r.day),
          season: Number(r.season),
          answered: Number(r.answered),
          correct: Number(r.correct),
          points: Number(r.points),
        }),
      );
    },
    async resetBoard(scope, now) {
      const season = seasonOf(scope);
      await db.batch([
        sql`DELETE FROM scores WHERE scope = ${scope} AND season = ${season}`,
        sql`DELETE FROM weekly_scores WHERE scope = ${scope} AND season = ${season}`,
        sql`DELETE FROM answers WHERE scope = ${scope} AND season = ${season}`,
        sql`DELETE FROM score_buckets WHERE scope = ${scope} AND season = ${season}`,
        sql`DELETE FROM topic_stats WHERE scope = ${scope}`,
        sql`UPDATE rounds SET status = 'closed', closed_at = ${now} WHERE scope = ${scope} AND status = 'open'`,
        sql`UPDATE sessions SET status = 'done' WHERE scope = ${scope} AND status = 'active'`,
      ]);
    },
    async newSeason(scope, now) {
      return count(
        sql`INSERT INTO seasons (scope, season, started_at) VALUES (${scope}, 2, ${now})
            ON CONFLICT (scope) DO UPDATE SET season = seasons.season + 1, started_at = excluded.started_at
            RETURNING season AS n`,
      );
    },
    async claimInteraction(id, now, expiresAt) {
      if (now - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = now;
        await db.run(sql`DELETE FROM interactions WHERE expires_at < ${now}`);
      }
      // A row past its window is claimed afresh; one within it changes nothing.
      return (
        (await db.run(
          sql`INSERT INTO interactions (id, expires_at) VALUES (${id}, ${expiresAt})
              ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at
              WHERE interactions.expires_at < ${now}`,
        )) === 1
      );
    },
    async reviews(userId) {
      const rows = await db.all(
        sql`SELECT card_key AS "cardKey", card, due, lapses, recognized FROM reviews WHERE user_id = ${userId}
            ORDER BY card_key`,
      );
      return rows.map(({ recognized, ...r }) => ({
        ...(r as unknown as ReviewRecord),
        due: Number(r.due),
        ...(recognized === true || recognized === 1 ? { recognized: true } : {}),
      }));
    },
    async saveReview(userId, review) {
      const recognized = review.recognized === true;
      await db.run(
        sql`INSERT INTO reviews (user_id, card_key, card, due, lapses, recognized)
            VALUES (${userId}, ${review.cardKey}, ${review.card}, ${review.due}, ${review.lapses}, ${recognized})
            ON CONFLICT (user_id, card_key) DO UPDATE SET card = excluded.card, due = excluded.due,
              lapses = excluded.lapses, recognized = excluded.recognized`,
      );
    },
    ...guildNotesStore(db),
    close: () => db.close(),
    async takeHint(roundId, userId) {
      return (
        (await db.run(
          sql`INSERT INTO hints (round_id, user_id) VALUES (${roundId}, ${userId}) ON CONFLICT DO NOTHING`,
        )) === 1
      );
    },
    async hintTaken(roundId, userId) {
      return (
        (await one(sql`SELECT 1 FROM hints WHERE round_id = ${roundId} AND user_id = ${userId}`)) !==
        undefined
      );
    },
    async setSessionQuestions(id, questions, total) {
      await db.run(sql`UPDATE sessions SET questions = ${questions}, total = ${total} WHERE id = ${id}`);
    },
    async reportQuestion(r) {
      return (
        (await db.run(
          sql`INSERT INTO reports (round_id, user_id, name, guild_id, channel_id, question_key, question,
                reported_at)
              VALUES (${r.roundId}, ${r.userId}, ${r.name}, ${r.guildId}, ${r.channelId}, ${r.questionKey},
                ${r.question}, ${r.reportedAt})
              ON CONFLICT DO NOTHING`,
        )) === 1
      );
    },
    async reports(guildId) {
      const where =
        guildId === undefined
          ? sql``
          : guildId === null
            ? sql`WHERE guild_id IS NULL`
            : sql`WHERE guild_id = ${guildId}`;
      const rows = await db.all(
        sql`SELECT round_id AS "roundId", user_id AS "userId", name, guild_id AS "guildId",
              channel_id AS "channelId", question_key AS "questionKey", question, reported_at AS "reportedAt"
            FROM reports ${where} ORDER BY reported_at, round_id, user_id`,
      );
      return rows.map((r) => ({ ...(r as unknown as QuestionReport), reportedAt: Number(r.reportedAt) }));
    },
    async reportedKeys(guildId, userId) {
      const rows = await db.all(
        guildId === null
          ? sql`SELECT DISTINCT question_key AS k FROM reports WHERE guild_id IS NULL AND user_id = ${userId}`
          : sql`SELECT DISTINCT question_key AS k FROM reports WHERE guild_id = ${guildId}`,
      );
      return rows.map((r) => r.k as string).sort();
    },
  };
}
