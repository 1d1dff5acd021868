import fc from 'fast-check';
import { describe, expect, it, type TestContext } from 'vitest';
import type { QuestionReport, Store } from '../src/store/store.ts';
import { pgMissing } from './support/postgres.ts';
import { answer, roundRecord, sessionRecord } from './support/rounds.ts';
import { postgresTarget, sqliteTarget } from './support/store-targets.ts';

/**
 * One contract for every Store: the same cases run against a real SQLite file and a real
 * PostgreSQL, so the two implementations cannot drift apart.
 */

const DAY = 86_400_000;

describe.each([
  ['sqlite', sqliteTarget, false],
  ['postgres', postgresTarget, pgMissing !== null],
] as const)('%s store contract', (_name, makeTarget, skip) => {
  /**
   * A fresh empty store, plus a way to open more instances on the same data; closed and removed when the test
   * that asked for it ends (tests run side by side, so each cleans up its own).
   */
  async function fresh(test: TestContext): Promise<{ store: Store; open: () => Promise<Store> }> {
    const target = await makeTarget();
    const cleanups = [() => target.cleanup()];
    test.onTestFinished(async () => {
      for (const fn of cleanups.reverse()) await fn();
    });
    const open = async () => {
      const store = await target.open();
      cleanups.push(() => store.close());
      return store;
    };
    return { store: await open(), open };
  }

  // Every test has a store of its own: they run side by side, so the PostgreSQL ones overlap their round
  // trips (most of their time) instead of queueing 26 of them one after another.
  describe.skipIf(skip)('', { concurrent: true, timeout: 60_000 }, () => {
    it('holds a channel for a running shared session between rounds, until it is done or stale', async (test) => {
      const { store } = await fresh(test);
      expect(await store.startSession(sessionRecord(), roundRecord())).toBe('started');
      expect(await store.closeRound('r1', 30_000)).toBe(true);
      const next = (id: string, staleBefore: number) =>
        store.startSession(
          sessionRecord({ id }),
          roundRecord({ id: `${id}r`, sessionId: id, openedAt: 40_000 }),
          staleBefore,
        );
      // Between two rounds (closed at 30 s, still active) the channel is busy.
      expect(await next('s2', 20_000)).toBe('channel-busy');
      // A solo session in the channel is not held up.
      const solo = sessionRecord({ id: 'solo', solo: true, scope: 'dm:u9', ownerId: 'u9' });
      expect(
        await store.startSession(solo, roundRecord({ id: 'solor', sessionId: 'solo', soloUserId: 'u9' })),
      ).toBe('started');
      // Abandoned: its last round closed before `staleBefore`, so it is retired and the new one starts.
      expect(await next('s3', 35_000)).toBe('started');
      expect((await store.getSession('s1'))?.status).toBe('done');
      expect((await store.getSession('s3'))?.status).toBe('active');
      await store.finishSession('s3');
      expect(await store.closeRound('s3r', 41_000)).toBe(true);
      expect(await next('s4', 0)).toBe('started');
    });

    it('walks a session through its rounds and keeps every field as given', async (test) => {
      const { store } = await fresh(test);
      const session = sessionRecord({ total: 2, createdAt: 1_700_000_000_123, questions: '[{"q":1}]' });
      const first = roundRecord({ openedAt: 1_700_000_000_200, closesAt: 1_700_000_030_200 });
      expect(await store.startSession(session, first)).toBe('started');
      expect(await store.getSession('s1')).toEqual(session);
      expect(await store.getSession('nope')).toBeNull();
      expect(await store.getRound('r1')).toEqual({ ...first, status: 'open', closedAt: null });
      expect(await store.getRound('nope')).toBeNull();

      const message = { token: 'tok', messageId: '@original', channelId: 'c1' };
      await store.setRoundMessage('r1', message);
      expect((await store.getRound('r1'))?.message).toEqual(message);
      expect((await store.openRoundInChannel('c1'))?.id).toBe('r1');
      expect(await store.openRoundInChannel('c2')).toBeNull();
      expect((await store.openRounds()).map((r) => r.id)).toEqual(['r1']);

      expect(await store.closeRound('r1', 1_700_000_030_201)).toBe(true);
      expect(await store.getRound('r1')).toMatchObject({ status: 'closed', closedAt: 1_700_000_030_201 });
      expect(await store.openRounds()).toEqual([]);
      expect(await store.openRoundInChannel('c1')).toBeNull();

      expect(await store.addRound(roundRecord({ id: 'r2', position: 1 }))).toBe('started');
      expect(await store.getSession('s1')).toMatchObject({ position: 1, status: 'active' });
      await store.finishSession('s1');
      expect(await store.getSession('s1')).toMatchObject({ status: 'done' });
      const solo = sessionRecord({ id: 's9', solo: true, scope: 'dm:u9', guildId: null, locale: 'en' });
      expect(
        await store.startSession(solo, roundRecord({ id: 'r9', sessionId: 's9', channelId: 'd9' })),
      ).toBe('started');
      expect(await store.getSession('s9')).toEqual(solo);
    });

    it('keeps a channel to one open shared round, apart from solo rounds', async (test) => {
      const { store } = await fresh(test);
      expect(await store.startSession(sessionRecord(), roundRecord())).toBe('started');
      expect(
        await store.startSession(sessionRecord({ id: 's2' }), roundRecord({ id: 'r2', sessionId: 's2' })),
      ).toBe('channel-busy');
      expect(await store.getSession('s2')).toBeNull();
      expect(await store.getRound('r2')).toBeNull();
      expect(await store.addRound(roundRecord({ id: 'r1b', position: 1 }))).toBe('channel-busy');
      expect(await store.getSession('s1')).toMatchObject({ position: 0 });

      // Solo practice in the same channel neither blocks nor is blocked by the shared round…
      const solo = (id: string, user: string) =>
        store.startSession(
          sessionRecord({ id, solo: true, ownerId: user }),
          roundRecord({ id: `${id}-r`, sessionId: id, soloUserId: user }),
        );
      expect(await solo('s3', 'u3')).toBe('started');
      expect(await solo('s4', 'u4')).toBe('started');
      // …but one user gets one open solo round per channel.
      expect(await solo('s5', 'u3')).toBe('channel-busy');
      expect((await store.openRoundInChannel('c1'))?.id).toBe('r1');

      // Racing starts in a fresh channel: exactly one wins.
      const racers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.startSession(
            sessionRecord({ id: `race${i}`, channelId: 'c7' }),
            roundRecord({ id: `race${i}-r`, sessionId: `race${i}`, channelId: 'c7' }),
          ),
        ),
      );
      expect(racers.filter((r) => r === 'started')).toHaveLength(1);

      expect(await store.closeRound('r1', 5)).toBe(true);
      expect(await store.addRound(roundRecord({ id: 'r1b', position: 1 }))).toBe('started');
      expect(await store.getSession('s1')).toMatchObject({ position: 1 });
    });

    it('records exactly one of 50 racing answers from one user', async (test) => {
      const { store, open } = await fresh(test);
      const other = await open();
      await store.startSession(sessionRecord(), roundRecord());
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 ? store : other).recordAnswer(answer('u1', i % 3 === 0, 1000 + i)),
        ),
      );
      expect(results.filter((r) => r.status === 'recorded')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(49);
      const stored = await store.roundAnswers('r1');
      expect(stored).toHaveLength(1);
      expect(await store.hasAnswered('r1', 'u1')).toBe(true);
      expect(await store.hasAnswered('r1', 'u2')).toBe(false);
      const [row] = await store.leaderboard('g1', { period: 'all-time', limit: 10 });
      expect(row).toMatchObject({ answered: 1, points: stored[0]?.points });
    });

    it('records every user once when many answer at the same moment', async (test) => {
      const { store } = await fresh(test);
      await store.startSession(sessionRecord(), roundRecord());
      const users = Array.from({ length: 60 }, (_, i) => `u${i}`);
      const clicks = users.flatMap((u, i) => [0, 1, 2].map((k) => answer(u, i % 2 === 0, 1000 + k)));
      const results = await Promise.all(clicks.map((a) => store.recordAnswer(a)));
      expect(results.filter((r) => r.status === 'recorded')).toHaveLength(60);
      expect(await store.roundAnswers('r1')).toHaveLength(60);
      expect(await store.boardSize('g1', { period: 'all-time' })).toBe(60);
      const board = await store.leaderboard('g1', { period: 'all-time', limit: 100 });
      expect(board.every((r) => r.answered === 1)).toBe(true);
      expect(board.filter((r) => r.points === 100)).toHaveLength(30);
    });

    it('loses no update when one user answers many rounds at once', async (test) => {
      const { store, open } = await fresh(test);
      const other = await open();
      // One session per channel so twenty rounds are open together.
      for (let i = 0; i < 20; i++)
        await store.startSession(
          sessionRecord({ id: `s${i}`, channelId: `c${i}` }),
          roundRecord({ id: `r${i}`, sessionId: `s${i}`, channelId: `c${i}` }),
        );
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? store : other).recordAnswer(answer('u1', true, 1000, `r${i}`)),
        ),
      );
      // Each answer saw the streak the previous one left: 0..19, each once.
      const streaks = results.map((r) => (r.status === 'recorded' ? r.streak : -1)).sort((a, b) => a - b);
      expect(streaks).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const stats = await store.userStats('g1', 'u1');
      expect(stats).toMatchObject({ answered: 20, correct: 20, streak: 20, bestStreak: 20 });
      expect(stats.points).toBe(Array.from({ length: 20 }, (_, k) => 100 + 10 * k).reduce((a, b) => a + b));
    });

    it('refuses answers after close, after the deadline, from others in solo rounds, and to no round', async (test) => {
      const { store } = await fresh(test);
      await store.startSession(sessionRecord({ solo: true }), roundRecord({ soloUserId: 'u1' }));
      expect((await store.recordAnswer(answer('u2', true))).status).toBe('not-allowed');
      expect((await store.recordAnswer(answer('u1', true, 30_000))).status).toBe('closed');
      expect((await store.recordAnswer(answer('u1', true, 10, 'nope'))).status).toBe('missing');
      await store.closeRound('r1', 20);
      expect((await store.recordAnswer(answer('u1', true, 25))).status).toBe('closed');
      expect(await store.roundAnswers('r1')).toEqual([]);
      expect(await store.boardSize('g1', { period: 'all-time' })).toBe(0);
    });

    it('closes a round exactly once when many callers on two instances race', async (test) => {
      const { store, open } = await fresh(test);
      const other = await open();
      await store.startSession(sessionRecord(), roundRecord());
      const wins = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? store : other).closeRound('r1', 100 + i)),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect((await store.getRound('r1'))?.closedAt).toBe(100 + wins.indexOf(true));
      expect(await other.closeRound('r1', 999)).toBe(false);
    });

    it('reports every answer racing a close truthfully: recorded and stored, or closed and not', async (test) => {
      const { store, open } = await fresh(test);
      const other = await open();
      await store.startSession(sessionRecord(), roundRecord());
      const answers = Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? store : other).recordAnswer(answer(`u${i}`, true, 1000 + i)),
      );
      const closed = other.closeRound('r1', 2000);
      const results = await Promise.all(answers);
      expect(await closed).toBe(true);
      expect(results.every((r) => r.status === 'recorded' || r.status === 'closed')).toBe(true);
      const recorded = results.filter((r) => r.status === 'recorded').length;
      expect(await store.roundAnswers('r1')).toHaveLength(recorded);
      expect(await store.boardSize('g1', { period: 'all-time' })).toBe(recorded);
      expect((await store.recordAnswer(answer('late', true, 1500))).status).toBe('closed');
    });

    it('numbers seasons consecutively even when started at once', async (test) => {
      const { store, open } = await fresh(test);
      const other = await open();
      const seasons = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? store : other).newSeason('g1', i)),
      );
      expect(seasons.sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7]);
      expect(await other.currentSeason('g1')).toBe(7);
    });

    it('keeps scores, streaks and counts equal to the stored answers (property)', async (test) => {
      const { store } = await fresh(test);
      let run = 0;
      const step = fc.record({
        user: fc.constantFrom('a', 'b', 'c'),
        correct: fc.boolean(),
        dup: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(step, { maxLength: 5 }), { minLength: 1, maxLength: 6 }),
          async (rounds) => {
            // A scope and channel per run keep runs apart inside one store.
            run++;
            const scope = `p${run}`;
            const sid = `ps${run}`;
            const ids = rounds.map((_, i) => `${sid}-r${i}`);
            const base = { scope, channelId: `pc${run}`, sessionId: sid };
            await store.startSession(sessionRecord({ id: sid, scope, channelId: `pc${run}` }), {
              ...roundRecord(base),
              id: ids[0] as string,
            });
            const model = new Map<
              string,
              { points: number; answered: number; correct: number; streak: number; best: number }
            >();
            for (const [i, clicks] of rounds.entries()) {
              if (i > 0) {
                await store.closeRound(ids[i - 1] as string, 1);
                await store.addRound({ ...roundRecord({ ...base, position: i }), id: ids[i] as string });
              }
              const seen = new Set<string>();
              for (const c of clicks) {
                const tries = c.dup ? 2 : 1;
                for (let t = 0; t < tries; t++) {
                  const result = await store.recordAnswer(answer(c.user, c.correct, 1000, ids[i]));
                  if (seen.has(c.user)) {
                    expect(result.status).toBe('duplicate');
                    continue;
                  }
                  seen.add(c.user);
                  const m = model.get(c.user) ?? { points: 0, answered: 0, correct: 0, streak: 0, best: 0 };
                  const points = c.correct ? 100 + 10 * m.streak : 0;
                  m.points += points;
                  m.answered++;
                  m.correct += c.correct ? 1 : 0;
                  m.streak = c.correct ? m.streak + 1 : 0;
                  m.best = Math.max(m.best, m.streak);
                  model.set(c.user, m);
                  expect(result).toEqual({
                    status: 'recorded',
                    points,
                    streak: m.streak,
                    bestStreak: m.best,
                  });
                }
              }
            }
            const stored = (await Promise.all(ids.map((id) => store.roundAnswers(id)))).flat();
            for (const [user, m] of model) {
              const stats = await store.userStats(scope, user);
              expect(stats).toMatchObject({ points: m.points, answered: m.answered, correct: m.correct });
              expect(stats).toMatchObject({ streak: m.streak, bestStreak: m.best });
              const sum = stored.filter((a) => a.userId === user).reduce((s, a) => s + a.points, 0);
              expect(stats.points).toBe(sum);
            }
            const totals = await store.sessionTotals(sid);
            expect(totals.map((t) => [t.userId, t.points, t.correct]).sort()).toEqual(
              [...model].map(([u, m]) => [u, m.points, m.correct]).sort(),
            );
            expect(await store.boardSize(scope, { period: 'all-time' })).toBe(model.size);
          },
        ),
        { numRuns: 25 },
      );
    });

    it('orders the board by points then id in byte order, pages it, and ranks anyone', async (test) => {
      const { store } = await fresh(test);
      await store.startSession(sessionRecord({ total: 5 }), roundRecord({ id: 'r0', closesAt: 1e15 }));
      // Ids whose byte order differs from a locale's: capitals before lower case, '_' between.
      const users = ['b', 'B', 'a', 'A', 'a_1', 'Z', 'z', '10', '9', '한', 'ä'];
      // Rounds 0..2: users answer correctly in a pattern that leaves groups of equal points.
      for (let r = 0; r < 3; r++) {
        if (r > 0) {
          await store.closeRound(`r${r - 1}`, 1);
          await store.addRound(roundRecord({ id: `r${r}`, position: r, closesAt: 1e15 }));
        }
        for (const [i, u] of users.entries())
          await store.recordAnswer(answer(u, i % (r + 2) === 0, 1000, `r${r}`));
      }
      const full = await store.leaderboard('g1', { period: 'all-time', limit: 100 });
      expect(full.map((r) => r.rank)).toEqual(users.map((_, i) => i + 1));
      const expected = [...full].sort((x, y) =>
        x.points !== y.points
          ? y.points - x.points
          : Buffer.compare(Buffer.from(x.userId), Buffer.from(y.userId)),
      );
      expect(full.map((r) => r.userId)).toEqual(expected.map((r) => r.userId));
      expect(new Set(full.map((r) => r.points)).size).toBeLessThan(full.length);

      const pages = [];
      for (let offset = 0; offset < users.length; offset += 4)
        pages.push(...(await store.leaderboard('g1', { period: 'all-time', limit: 4, offset })));
      expect(pages).toEqual(full);
      expect(await store.leaderboard('g1', { period: 'all-time', limit: 4, offset: 100 })).toEqual([]);
      for (const row of full)
        expect(await store.rankOf('g1', row.userId, { period: 'all-time' })).toEqual(row);
      expect(await store.rankOf('g1', 'nobody', { period: 'all-time' })).toBeNull();
      expect(await store.boardSize('g1', { period: 'all-time' })).toBe(users.length);
      expect(await store.boardSize('g9', { period: 'all-time' })).toBe(0);
    });

    it('reads deep pages through the rank bands exactly as a plain sort orders them', async (test) => {
      const { store } = await fresh(test);
      await store.startSession(sessionRecord(), roundRecord({ id: 'r0', closesAt: 1e15 }));
      // 1,200 players over 13 bands, with ties inside bands and across band edges, and a crowd at 0.
      const players = 1200;
      const pointsOf = (i: number) => (i % 5 === 0 ? 0 : ((i * 37) % 1300) - (((i * 37) % 1300) % 7));
      // Eight answers in flight at a time: distinct players, so the bands see concurrent moves.
      for (let from = 0; from < players; from += 8) {
        const batch = Array.from({ length: Math.min(8, players - from) }, (_, k) => {
          const p = pointsOf(from + k);
          return store.recordAnswer({
            ...answer(`p${String(from + k).padStart(4, '0')}`, p > 0, 1000, 'r0'),
            points: () => p,
          });
        });
        expect((await Promise.all(batch)).every((res) => res.status === 'recorded')).toBe(true);
      }
      const expected = Array.from({ length: players }, (_, i) => ({
        userId: `p${String(i).padStart(4, '0')}`,
        points: pointsOf(i),
      }))
        .sort((x, y) => y.points - x.points || (x.userId < y.userId ? -1 : 1))
        .map((r, i) => ({ rank: i + 1, ...r }));
      const pick = (rows: { rank: number; userId: string; points: number }[]) =>
        rows.map(({ rank, userId, points }) => ({ rank, userId, points }));
      for (const offset of [0, 490, 500, 501, 777, 960, 1190, 1199]) {
        const page = await store.leaderboard('g1', { period: 'all-time', limit: 10, offset });
        expect(pick(page)).toEqual(expected.slice(offset, offset + 10));
      }
      expect(await store.leaderboard('g1', { period: 'all-time', limit: 10, offset: 5000 })).toEqual([]);
      for (const i of [0, 1, 599, 1199]) {
        const want = expected[i] as { userId: string; rank: number };
        expect((await store.rankOf('g1', want.userId, { period: 'all-time' }))?.rank).toBe(want.rank);
      }
      expect(await store.boardSize('g1', { period: 'all-time' })).toBe(players);
    });

    it('refuses an answer sent from another channel than its round’s', async (test) => {
      const { store } = await fresh(test);
      await store.startSession(sessionRecord(), roundRecord());
      expect(await store.recordAnswer({ ...answer('u1', true), channelId: 'c2' })).toEqual({
        status: 'not-allowed',
      });
      expect(await store.hasAnswered('r1', 'u1')).toBe(false);
      expect((await store.recordAnswer({ ...answer('u1', true), channelId: 'c1' })).status).toBe('recorded');
    });

    it('counts the weekly board by UTC Monday weeks and the all-time board across them', async (test) => {
      const { store } = await fresh(test);
      const monday = 4 * DAY; // 1970-01-05, the first Monday after the Thursday epoch
      await store.startSession(sessionRecord({ total: 3 }), roundRecord({ id: 'r0', closesAt: 1e15 }));
      await store.recordAnswer(answer('u1', true, monday - 1, 'r0'));
      await store.recordAnswer(answer('u2', true, monday - 1, 'r0'));
      await store.closeRound('r0', monday);
      await store.addRound(roundRecord({ id: 'r1', position: 1, closesAt: 1e15 }));
      await store.recordAnswer(answer('u1', true, monday, 'r1'));
      await store.recordAnswer(answer('u3', false, monday + 6 * DAY, 'r1'));

      const lastWeek = await store.leaderboard('g1', { period: 'weekly', limit: 10, now: monday - 1 });
      expect(lastWeek.map((r) => [r.userId, r.points])).toEqual([
        ['u1', 100],
        ['u2', 100],
      ]);
      const thisWeek = await store.leaderboard('g1', {
        period: 'weekly',
        limit: 10,
        now: monday + 7 * DAY - 1,
      });
      expect(thisWeek.map((r) => [r.userId, r.points, r.answered])).toEqual([
        ['u1', 110, 1],
        ['u3', 0, 1],
      ]);
      expect(await store.leaderboard('g1', { period: 'weekly', limit: 10, now: monday + 7 * DAY })).toEqual(
        [],
      );
      expect(await store.boardSize('g1', { period: 'weekly', now: monday })).toBe(2);
      expect(await store.rankOf('g1', 'u3', { period: 'weekly', now: monday })).toMatchObject({ rank: 2 });
      expect(await store.rankOf('g1', 'u2', { period: 'weekly', now: monday })).toBeNull();
      const allTime = await store.leaderboard('g1', { period: 'all-time', limit: 10 });
      expect(allTime.map((r) => [r.userId, r.points, r.answered])).toEqual([
        ['u1', 210, 2],
        ['u2', 100, 1],
        ['u3', 0, 1],
      ]);
      expect(await store.rankOf('g1', 'u2', { period: 'all-time' })).toMatchObject({ rank: 2, points: 100 });
    });

    it('keeps DM practice off guild boards', async (test) => {
      const { store } = await fresh(test);
      await store.startSession(sessionRecord(), roundRecord());
      await store.startSession(
        sessionRecord({ id: 'dm', scope: 'dm:u1', guildId: null, channelId: 'd1', solo: true }),
        roundRecord({ id: 'rdm', sessionId: 'dm', scope: 'dm:u1', channelId: 'd1', soloUserId: 'u1' }),
      );
      await store.recordAnswer(answer('u1', true, 1000, 'r1'));
      await store.recordAnswer(answer('u1', false, 1000, 'rdm'));
      expect(await store.leaderboard('g1', { period: 'all-time', limit: 10 })).toMatchObject([
        { userId: 'u1', points: 100, answered: 1 },
      ]);
      expect(await store.leaderboard('dm:u1', { period: 'all-time', limit: 10 })).toMatchObject([
        { userId: 'u1', points: 0, answered: 1, correct: 0 },
      ]);
      expect(await store.userStats('dm:u1', 'u1')).toMatchObject({ streak: 0, bestStreak: 0, correct: 0 });
      expect(await store.userStats('g1', 'u1')).toMatchObject({ streak: 1, points: 100 });
      expect(await store.userStats('g2', 'u1')).toEqual({
        userId: 'u1',
        name: null,
        season: 1,
        points: 0,
        answered: 0,
        correct: 0,
        streak: 0,
        bestStreak: 0,
        topics: [],
      });
    });

    it('resets one scope, and starts new seasons that leave the old ones behind', async (test) => {
      const { store } = await fresh(test);
      await store.startSession(sessionRecord(), roundRecord());
      await store.startSession(
        sessionRecord({ id: 's2', scope: 'g2', channelId: 'c2' }),
        roundRecord({ id: 'r2', sessionId: 's2', scope: 'g2', channelId: 'c2' }),
      );
      await store.recordAnswer(answer('u1', true));
      await store.recordAnswer(answer('u1', true, 1000, 'r2'));
      await store.resetBoard('g1', 1);
      expect(await store.leaderboard('g1', { period: 'all-time', limit: 10 })).toEqual([]);
      expect(await store.leaderboard('g1', { period: 'weekly', limit: 10, now: 1000 })).toEqual([]);
      expect(await store.roundAnswers('r1')).toEqual([]);
      expect((await store.userStats('g1', 'u1')).topics).toEqual([]);
      // The running quiz ended with the reset: nobody answers its question a second time.
      expect(await store.getRound('r1')).toMatchObject({ status: 'closed', closedAt: 1 });
      expect(await store.getSession('s1')).toMatchObject({ status: 'done' });
      expect((await store.recordAnswer(answer('u1', false, 1001))).status).toBe('closed');
      expect(await store.getRound('r2')).toMatchObject({ status: 'open' });
      expect(await store.currentSeason('g1')).toBe(1);
      expect(await store.leaderboard('g2', { period: 'all-time', limit: 10 })).toHaveLength(1);

      expect(await store.newSeason('g2', 5)).toBe(2);
      expect(await store.newSeason('g2', 6)).toBe(3);
      expect(await store.currentSeason('g2')).toBe(3);
      expect(await store.currentSeason('g1')).toBe(1);
      expect(await store.leaderboard('g2', { period: 'all-time', limit: 10 })).toEqual([]);
      expect(await store.roundAnswers('r2')).toHaveLength(1);
      await store.closeRound('r2', 7);
      await store.addRound(
        roundRecord({ id: 'r3', sessionId: 's2', scope: 'g2', channelId: 'c2', position: 1 }),
      );
      // The streak starts over with the season.
      expect(await store.recordAnswer(answer('u1', true, 1000, 'r3'))).toMatchObject({
        points: 100,
        streak: 1,
      });
      expect(await store.userStats('g2', 'u1')).toMatchObject({ season: 3, points: 100, answered: 1 });
    });

    it('stores review cards per user', async (test) => {
      const { store } = await fresh(test);
      const due = 1_800_000_000_000;
      await store.saveReview('u1', { cardKey: 'b', card: '{}', due, lapses: 0 });
      await store.saveReview('u1', { cardKey: 'a', card: '{}', due: 5, lapses: 0 });
      await store.saveReview('u1', { cardKey: 'b', card: '{"x":1}', due: due + 1, lapses: 1 });
      await store.saveReview('u2', { cardKey: 'a', card: '{"y":2}', due: 9, lapses: 3 });
      expect(await store.reviews('u1')).toEqual([
        { cardKey: 'a', card: '{}', due: 5, lapses: 0 },
        { cardKey: 'b', card: '{"x":1}', due: due + 1, lapses: 1 },
      ]);
      expect(await store.reviews('u2')).toEqual([{ cardKey: 'a', card: '{"y":2}', due: 9, lapses: 3 }]);
      expect(await store.reviews('u3')).toEqual([]);
    });

    it('rate-limits with token buckets: bursts up to capacity, refills with time, keys apart', async (test) => {
      const { store } = await fresh(test);
      const rule = { capacity: 3, perSecond: 1 };
      const t0 = 1_700_000_000_000;
      const burst = await Promise.all(Array.from({ length: 5 }, () => store.takeToken('user:u1', rule, t0)));
      expect(burst.filter(Boolean)).toHaveLength(3);
      expect(await store.takeToken('user:u2', rule, t0)).toBe(true);
      expect(await store.takeToken('user:u1', rule, t0 + 500)).toBe(false);
      expect(await store.takeToken('user:u1', rule, t0 + 1_000)).toBe(true);
      expect(await store.takeToken('user:u1', rule, t0 + 1_000)).toBe(false);
      // A long pause refills only up to capacity, and a clock going backwards never adds tokens.
      const later = t0 + 3_600_000;
      const afterPause = [];
      for (let i = 0; i < 5; i++) afterPause.push(await store.takeToken('user:u1', rule, later));
      expect(afterPause.filter(Boolean)).toHaveLength(3);
      expect(await store.takeToken('user:u1', rule, later - 60_000)).toBe(false);
    });

    it('claims an interaction id once until it expires, across instances, then afresh', async (test) => {
      const { store, open } = await fresh(test);
      const other = await open();
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? store : other).claimInteraction('i1', 1000, 301_000)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimInteraction('i1', 300_000, 600_000)).toBe(false);
      expect(await store.claimInteraction('i2', 300_000, 600_000)).toBe(true);
      // Past its window the id is free again (its signature would be stale by then anyway).
      expect(await other.claimInteraction('i1', 301_001, 601_001)).toBe(true);
    });

    it('keeps everything across a restart and migrates only once', async (test) => {
      const { store, open } = await fresh(test);
      await store.startSession(sessionRecord({ total: 2 }), roundRecord({ closesAt: 1e15 }));
      await store.recordAnswer(answer('u1', true));
      await store.newSeason('g9', 3);
      await store.saveReview('u1', { cardKey: 'a', card: '{}', due: 5, lapses: 0 });
      const before = {
        board: await store.leaderboard('g1', { period: 'all-time', limit: 10 }),
        stats: await store.userStats('g1', 'u1'),
        round: await store.getRound('r1'),
      };
      await store.close();
      await store.close(); // twice is harmless

      const again = await open();
      expect(await again.leaderboard('g1', { period: 'all-time', limit: 10 })).toEqual(before.board);
      expect(await again.userStats('g1', 'u1')).toEqual(before.stats);
      expect(await again.openRounds()).toEqual([before.round]);
      expect(await again.currentSeason('g9')).toBe(2);
      expect(await again.reviews('u1')).toHaveLength(1);
      expect((await again.recordAnswer(answer('u1', true))).status).toBe('duplicate');
      // Two instances opening at once on migrated data both come up.
      const [x, y] = await Promise.all([open(), open()]);
      expect(await x.hasAnswered('r1', 'u1')).toBe(true);
      expect(await y.boardSize('g1', { period: 'all-time' })).toBe(1);
    });

    it('keeps hints per user and round, once each', async (test) => {
      const { store, open } = await fresh(test);
      await store.startSession(sessionRecord(), roundRecord());
      const other = await open();
      const takes = await Promise.all([store, other, store, other].map((s) => s.takeHint('r1', 'u1')));
      expect(takes.filter(Boolean)).toHaveLength(1);
      expect(await store.hintTaken('r1', 'u1')).toBe(true);
      expect(await other.hintTaken('r1', 'u2')).toBe(false);
    });

    it('replaces a session’s questions and total', async (test) => {
      const { store } = await fresh(test);
      await store.startSession(sessionRecord({ questions: '[1]', total: 1 }), roundRecord());
      await store.setSessionQuestions('s1', '[1,2]', 2);
      expect(await store.getSession('s1')).toMatchObject({ questions: '[1,2]', total: 2, position: 0 });
    });

    it('keeps whether a card was recognized as a choice', async (test) => {
      const { store } = await fresh(test);
      await store.saveReview('u1', { cardKey: 'a', card: '{}', due: 5, lapses: 0, recognized: true });
      await store.saveReview('u1', { cardKey: 'b', card: '{}', due: 6, lapses: 0 });
      expect(await store.reviews('u1')).toEqual([
        { cardKey: 'a', card: '{}', due: 5, lapses: 0, recognized: true },
        { cardKey: 'b', card: '{}', due: 6, lapses: 0 },
      ]);
      await store.saveReview('u1', { cardKey: 'a', card: '{}', due: 7, lapses: 0, recognized: false });
      expect((await store.reviews('u1'))[0]).toEqual({ cardKey: 'a', card: '{}', due: 7, lapses: 0 });
    });

    it('records a report once per user and round, and lists them per server', async (test) => {
      const { store } = await fresh(test);
      const report = (over: Partial<QuestionReport>): QuestionReport => ({
        roundId: 'r1',
        userId: 'u1',
        name: 'student1',
        guildId: 'g1',
        channelId: 'c1',
        questionKey: 'k1',
        question: '{"prompt":"?"}',
        reportedAt: 10,
        ...over,
      });
      expect(await store.reportQuestion(report({}))).toBe(true);
      expect(await store.reportQuestion(report({ reportedAt: 11 }))).toBe(false);
      expect(await store.reportQuestion(report({ userId: 'u2', reportedAt: 12 }))).toBe(true);
      expect(await store.reportQuestion(report({ roundId: 'r2', guildId: 'g2', questionKey: 'k2' }))).toBe(
        true,
      );
      const dm = report({ roundId: 'r3', guildId: null, userId: 'u3', questionKey: 'k3', reportedAt: 13 });
      expect(await store.reportQuestion(dm)).toBe(true);
      expect((await store.reports('g1')).map((r) => [r.userId, r.reportedAt])).toEqual([
        ['u1', 10],
        ['u2', 12],
      ]);
      expect(await store.reports(null)).toEqual([dm]);
      expect(await store.reports()).toHaveLength(4);
      expect(await store.reportedKeys('g1', 'u9')).toEqual(['k1']);
      expect(await store.reportedKeys('g2', 'u9')).toEqual(['k2']);
      expect(await store.reportedKeys(null, 'u3')).toEqual(['k3']);
      expect(await store.reportedKeys(null, 'u1')).toEqual([]);
    });

    it("counts a player's answers per day in the asked time zone: the window's days and the season's", async (test) => {
      const { store } = await fresh(test);
      const seoul = { utcOffsetMinutes: 9 * 60 };
      const day = (d: number, hour = 12) => d * DAY + hour * 3_600_000;
      await store.startSession(sessionRecord({ total: 9 }), roundRecord({ id: 'r0', closesAt: 1e15 }));
      // Season 1, day 10: before the window and of an old season by the time it is read.
      await store.recordAnswer(answer('u1', true, day(10), 'r0'));
      await store.closeRound('r0', day(11));
      await store.newSeason('g1', day(20));
      const play = async (id: string, position: number, at: number, correct = true) => {
        await store.addRound(roundRecord({ id, position, closesAt: 1e15 }));
        await store.recordAnswer(answer('u1', correct, at, id));
        await store.recordAnswer(answer('u2', true, at, id));
        await store.closeRound(id, at + 1);
      };
      await play('r1', 1, day(30)); // season 2, before the window: kept as a day of the season
      await play('r2', 2, day(100, 14.99)); // 23:59 in Seoul: still day 100 there
      await play('r3', 3, day(100, 15), false); // 00:00 in Seoul: day 101
      await play('r4', 4, day(101, 3)); // 12:00 in Seoul, day 101
      const days = await store.studyDays('g1', 'u1', { since: day(90), ...seoul });
      expect(days).toEqual([
        { day: 30, season: 2, answered: 1, correct: 1, points: 100 },
        { day: 100, season: 2, answered: 1, correct: 1, points: 110 },
        { day: 101, season: 2, answered: 2, correct: 1, points: 100 },
      ]);
      // In UTC the two late answers fall on day 100; the old season's day comes in when the window reaches it.
      expect(
        (await store.studyDays('g1', 'u1', { since: 0, utcOffsetMinutes: 0 })).map((d) => [
          d.day,
          d.answered,
        ]),
      ).toEqual([
        [10, 1],
        [30, 1],
        [100, 2],
        [101, 1],
      ]);
      expect(await store.studyDays('g1', 'nobody', { since: 0, ...seoul })).toEqual([]);
      expect(await store.studyDays('dm:u1', 'u1', { since: 0, ...seoul })).toEqual([]);
    });
  });
});
