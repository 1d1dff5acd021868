/**
 * Which board a round counts on, on both stores: a server's board only takes rounds played where the
 * app is installed to that server; the bot's DMs and servers the bot is not in count on the player's
 * personal board; a DM among friends keeps a small board of its own.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../src/app/protocol.ts';
import { answer, contentOf, messageOf, roundIdOf, type TestApp, testApp } from './support/app.ts';
import { admin, PG_URL, pgMissing } from './support/postgres.ts';
import { command, GUILD, users, type Where } from './support/requests.ts';

const GROUP = '810000000000000005';
const STRANGERS = '600000000000000077';

const opened: { app: TestApp; drop?: string }[] = [];
afterEach(async () => {
  for (const { app, drop } of opened.splice(0)) {
    await app.close();
    if (drop) await admin(`DROP SCHEMA IF EXISTS ${drop} CASCADE`);
  }
});

async function sqliteApp(): Promise<TestApp> {
  const app = await testApp({ env: { QUIZ_SECONDS: '10' } });
  opened.push({ app });
  return app;
}

async function postgresApp(): Promise<TestApp> {
  const schema = `ssaem_test_${randomBytes(6).toString('hex')}`;
  const app = await testApp({ env: { QUIZ_SECONDS: '10', DATABASE_URL: `${PG_URL}?schema=${schema}` } });
  opened.push({ app, drop: schema });
  return app;
}

/** Plays a one-question quiz at `where`: `players` answer it right, then its time runs out. */
async function playOne(a: TestApp, where: Where, players: Where[]): Promise<void> {
  const started = await a.handle(command('quiz', { count: 1 }, where));
  const roundId = roundIdOf(messageOf(started));
  for (const who of players) expect(contentOf(await answer(a, roundId, true, who))).toMatch(/✅/);
  await a.advance(10_000);
  await a.idle();
}

const scopesOf = async (a: TestApp, userId: string) =>
  (
    await Promise.all(
      [GUILD, STRANGERS, `group:${GROUP}`, `dm:${userId}`].map(async (scope) =>
        (await a.store.rankOf(scope, userId, { period: 'all-time' })) ? [scope] : [],
      ),
    )
  ).flat();

describe.each([
  ['sqlite', sqliteApp, false],
  ['postgres', postgresApp, pgMissing !== null],
] as const)('boards on %s', (_name, open, skip) => {
  it.skipIf(skip)('a server where the app is installed keeps the rounds played there', async () => {
    const a = await open();
    await playOne(a, {}, [{ user: users.u1 }, { user: users.u2 }]);
    expect(await scopesOf(a, users.u1?.id ?? '')).toEqual([GUILD]);
    const board = contentOf(await a.handle(command('leaderboard')));
    expect(board).toContain('student1');
    expect(board).toContain('student2');
  });

  it.skipIf(skip)('a server the bot is not in and the bot DMs count on the personal board only', async () => {
    const a = await open();
    const guest: Where = { guildId: STRANGERS, place: 'guest' as Place };
    await playOne(a, guest, [guest]);
    await playOne(a, { guildId: null }, [{ guildId: null }]);
    expect(await scopesOf(a, users.u1?.id ?? '')).toEqual([`dm:${users.u1?.id}`]);
    const mine = await a.store.userStats(`dm:${users.u1?.id}`, users.u1?.id ?? '');
    expect(mine.answered).toBe(2);
    expect(await a.store.boardSize(STRANGERS, { period: 'all-time' })).toBe(0);
    // /stats in the bot's DMs shows that personal record.
    expect(contentOf(await a.handle(command('stats', {}, { guildId: null })))).toMatch(/2\/2/);
  });

  it.skipIf(skip)('a group DM among friends is a shared quiz with a small board of its own', async () => {
    const a = await open();
    const group = (user = users.u1): Where => ({ guildId: null, channelId: GROUP, place: 'group', user });
    await playOne(a, group(), [group(users.u1), group(users.u2)]);
    expect(await scopesOf(a, users.u2?.id ?? '')).toEqual([`group:${GROUP}`]);
    const board = contentOf(await a.handle(command('leaderboard', {}, group(users.u2))));
    expect(board).toContain('student1');
    expect(board).toContain('student2');
    // Another group's board, and the server's, hold none of it.
    const elsewhere = contentOf(
      await a.handle(command('leaderboard', {}, { ...group(), channelId: '810000000000000006' })),
    );
    expect(elsewhere).not.toContain('student1');
    expect(await a.store.boardSize(GUILD, { period: 'all-time' })).toBe(0);
    // The bot's own DMs have no board.
    expect(contentOf(await a.handle(command('leaderboard', {}, { guildId: null })))).toMatch(/\/stats/);
  });
});
