import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/store/postgres.ts';
import type { AnswerResult, Store } from '../src/store/store.ts';
import { admin, PG_URL, pgMissing } from './support/postgres.ts';
import { roundRecord, sessionRecord } from './support/rounds.ts';

/**
 * Two bot processes behind one PostgreSQL: each has its own pool, the clicks of one round land on
 * either at random, duplicated and at once. The database alone must keep the rules.
 */

/** Deterministic shuffle so a failure replays the same interleaving. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe.skipIf(pgMissing !== null)('two PostgreSQL store instances sharing one schema', () => {
  // Not created beforehand: the two instances race to create and migrate it themselves.
  const schema = `ssaem_test_${randomBytes(6).toString('hex')}`;
  let a: Store;
  let b: Store;

  beforeAll(async () => {
    [a, b] = await Promise.all([
      openPostgresStore(PG_URL, { schema, max: 8 }),
      // The other names the schema in its URL, as a DATABASE_URL would.
      openPostgresStore(`${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`, { max: 8 }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it('counts each user’s first click of a round exactly once and closes it once', async () => {
    const users = Array.from({ length: 40 }, (_, i) => `u${String(i).padStart(2, '0')}`);
    for (let round = 0; round < 5; round++) {
      const sessionId = `s${round}`;
      const roundId = `r${round}`;
      const started = await (round % 2 ? a : b).startSession(
        sessionRecord({ id: sessionId }),
        roundRecord({ id: roundId, sessionId }),
      );
      expect(started).toBe('started');
      // The other instance sees the channel taken.
      expect(
        await (round % 2 ? b : a).startSession(
          sessionRecord({ id: `${sessionId}x` }),
          roundRecord({ id: `${roundId}x`, sessionId: `${sessionId}x` }),
        ),
      ).toBe('channel-busy');

      // Every user clicks 1–4 times (a double-click, a retry after a slow reply…).
      const clicks = shuffled(
        users.flatMap((userId, u) =>
          Array.from({ length: 1 + ((u + round) % 4) }, (_, k) => ({ userId, k })),
        ),
        round + 1,
      );
      const results = await Promise.all(
        clicks.map(({ userId, k }, i) =>
          (i % 2 ? a : b)
            .recordAnswer({
              roundId,
              userId,
              name: userId,
              response: String(k),
              correct: (userId.charCodeAt(2) + round) % 3 !== 0,
              answeredAt: 1000 + i,
              points: (streak) => 100 + 10 * streak,
            })
            .then((r): [string, AnswerResult] => [userId, r]),
        ),
      );
      for (const user of users) {
        const mine = results.filter(([u]) => u === user).map(([, r]) => r.status);
        expect(
          mine.filter((s) => s === 'recorded'),
          user,
        ).toHaveLength(1);
        expect(mine.filter((s) => s !== 'recorded' && s !== 'duplicate')).toEqual([]);
      }
      expect(await a.roundAnswers(roundId)).toHaveLength(users.length);

      const closes = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).closeRound(roundId, 40_000 + i)),
      );
      expect(closes.filter(Boolean)).toHaveLength(1);
      expect((await b.recordAnswer({ ...answerAfterClose, roundId })).status).toBe('closed');
    }

    // Scores on either instance equal the sum of what was stored.
    const board = await b.leaderboard('g1', { period: 'all-time', limit: 100 });
    expect(board).toHaveLength(users.length);
    const stored = (await Promise.all([0, 1, 2, 3, 4].map((r) => a.roundAnswers(`r${r}`)))).flat();
    for (const row of board) {
      const mine = stored.filter((s) => s.userId === row.userId);
      expect(row.answered).toBe(5);
      expect(row.points).toBe(mine.reduce((sum, s) => sum + s.points, 0));
      expect(row.correct).toBe(mine.filter((s) => s.correct).length);
    }
    expect(await a.rankOf('g1', board[7]?.userId ?? '', { period: 'all-time' })).toEqual(board[7]);
  });
});

const answerAfterClose = {
  userId: 'late',
  name: 'late',
  response: '0',
  correct: true,
  answeredAt: 1000,
  points: () => 100,
};
