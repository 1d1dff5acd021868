import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/store.ts';
import { answer, roundRecord, sessionRecord } from './support/rounds.ts';
import { tempDir } from './support/temp.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function freshStore(): Promise<{ store: Store; path: string }> {
  const tmp = tempDir();
  const path = join(tmp.dir, 'nested', 'ssaem.db');
  const store = await openStore(`sqlite:${path}`);
  cleanups.push(tmp.cleanup, () => store.close());
  return { store, path };
}

describe('sqlite store', () => {
  it('creates parent folders, uses WAL, and migrates once across reopen', async () => {
    const { store, path } = await freshStore();
    expect(existsSync(path)).toBe(true);
    await store.startSession(sessionRecord(), roundRecord());
    await store.close();
    const again = await openStore(path);
    cleanups.push(() => again.close());
    expect((await again.getRound('r1'))?.status).toBe('open');
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(true);
  });

  it('opens an in-memory database', async () => {
    const store = await openStore('sqlite::memory:');
    cleanups.push(() => store.close());
    expect(await store.startSession(sessionRecord(), roundRecord())).toBe('started');
  });

  it('closes a round exactly once even when two connections race', async () => {
    const { store, path } = await freshStore();
    const other = await openStore(path);
    cleanups.push(() => other.close());
    await store.startSession(sessionRecord(), roundRecord());
    const wins = await Promise.all([
      store.closeRound('r1', 1),
      other.closeRound('r1', 2),
      store.closeRound('r1', 3),
    ]);
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('records one answer per user per round under concurrent calls from two connections', async () => {
    const { store, path } = await freshStore();
    const other = await openStore(path);
    cleanups.push(() => other.close());
    await store.startSession(sessionRecord(), roundRecord());
    const attempts = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? store : other).recordAnswer(answer('u1', i % 3 === 0, 1000 + i)),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.status === 'recorded')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(39);
    expect(await store.roundAnswers('r1')).toHaveLength(1);
    const [row] = await store.leaderboard('g1', { period: 'all-time', limit: 10 });
    expect(row?.answered).toBe(1);
  });

  it('keeps scores equal to the sum of answers, with streaks', async () => {
    const { store } = await freshStore();
    const pattern = [true, true, false, true, true, true, false, true];
    await store.startSession(sessionRecord({ total: pattern.length }), roundRecord({ id: 'r0' }));
    for (const [i, correct] of pattern.entries()) {
      if (i > 0) {
        await store.closeRound(`r${i - 1}`, 1);
        await store.addRound(roundRecord({ id: `r${i}`, position: i }));
      }
      await store.recordAnswer(answer('u1', correct, 100, `r${i}`));
      await store.recordAnswer(answer('u2', !correct, 100, `r${i}`));
    }
    const board = await store.leaderboard('g1', { period: 'all-time', limit: 10 });
    for (const row of board) {
      let sum = 0;
      for (let i = 0; i < pattern.length; i++) {
        sum += (await store.roundAnswers(`r${i}`)).find((a) => a.userId === row.userId)?.points ?? 0;
      }
      expect(row.points).toBe(sum);
    }
    const stats = await store.userStats('g1', 'u1');
    expect(stats).toMatchObject({ answered: 8, correct: 6, streak: 1, bestStreak: 3 });
    // u1: 100 110 | 0 | 100 110 120 | 0 | 100
    expect(stats.points).toBe(640);
    expect(stats.topics).toEqual([{ topic: 'topic', answered: 8, correct: 6 }]);
  });

  it('ranks the caller outside the page and separates scopes, weeks and seasons', async () => {
    const { store } = await freshStore();
    await store.startSession(sessionRecord({ total: 30 }), roundRecord({ closesAt: 1e15 }));
    for (let u = 0; u < 15; u++)
      await store.recordAnswer(answer(`u${String(u).padStart(2, '0')}`, u % 4 !== 0));
    const page = await store.leaderboard('g1', { period: 'all-time', limit: 10 });
    expect(page.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(page.every((r) => r.points === 100)).toBe(true);
    expect(await store.rankOf('g1', 'u12', { period: 'all-time' })).toMatchObject({ rank: 15, points: 0 });
    expect(await store.boardSize('g1', { period: 'all-time' })).toBe(15);
    expect(await store.leaderboard('g2', { period: 'all-time', limit: 10 })).toEqual([]);
    expect(await store.leaderboard('g1', { period: 'weekly', limit: 10, now: 2000 })).toHaveLength(10);
    expect(await store.leaderboard('g1', { period: 'weekly', limit: 10, now: 8 * 86_400_000 })).toEqual([]);
    expect(await store.newSeason('g1', 5)).toBe(2);
    expect(await store.leaderboard('g1', { period: 'all-time', limit: 10 })).toEqual([]);
    expect(await store.currentSeason('g1')).toBe(2);
  });
});

describe('sqlite store ranks', () => {
  it('agrees with a plain sort for any set of answers', async () => {
    const { default: fc } = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 11 }), fc.boolean(), fc.integer({ min: 0, max: 30_000 })),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        async (plays) => {
          const store = await openStore('sqlite::memory:');
          try {
            await store.startSession(sessionRecord({ total: 99 }), roundRecord({ id: 'r0' }));
            let round = 0;
            for (const [user, correct, at] of plays) {
              let res = await store.recordAnswer({
                ...answer(`u${user}`, correct, at, `r${round}`),
                points: (s) => 90 + s * 37 + (at % 13),
              });
              if (res.status === 'duplicate') {
                await store.closeRound(`r${round}`, 0);
                round += 1;
                await store.addRound(roundRecord({ id: `r${round}`, position: round }));
                res = await store.recordAnswer({
                  ...answer(`u${user}`, correct, at, `r${round}`),
                  points: (s) => 90 + s * 37 + (at % 13),
                });
              }
            }
            const board = await store.leaderboard('g1', { period: 'all-time', limit: 100 });
            expect(await store.boardSize('g1', { period: 'all-time' })).toBe(board.length);
            for (const row of board) {
              expect((await store.rankOf('g1', row.userId, { period: 'all-time' }))?.rank).toBe(row.rank);
              expect((await store.rankOf('g1', row.userId, { period: 'weekly', now: 0 }))?.rank).toBe(
                row.rank,
              );
            }
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
