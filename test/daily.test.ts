/**
 * The question of the day: `/daily on channel hour` (Manage Server) posts one question a day in that
 * channel over REST with the bot token, answered with buttons while it stays open; the next day's
 * post shows yesterday's answer and who got it. Bad input — an hour outside 0–23, an unknown time
 * zone, no permission, a channel the bot cannot post in — gets a private reply and stores nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../src/quiz/question.ts';
import { createRestMessenger } from '../src/transports/rest-messenger.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { contentOf, messageOf, type TestApp, testApp } from './support/app.ts';
import { button, CHANNEL, command, GUILD, MANAGE_GUILD, users } from './support/requests.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FORBIDDEN = '800000000000000066';
const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord({ forbiddenChannels: [FORBIDDEN] });
});
afterAll(() => fake?.close());

const apps: TestApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});

const start = () =>
  testApp({
    messenger: createRestMessenger({ apiBase: fake.apiBase, token: TOKEN }),
    schedule: { pollMs: 10 * 60_000, leaseMs: 20_000, batch: 50, concurrency: 10 },
  });

async function open(): Promise<TestApp> {
  const a = await start();
  apps.push(a);
  return a;
}

const manager = { memberPermissions: MANAGE_GUILD };
const postsIn = (channelId: string) => fake.posted.filter((p) => p.channelId === channelId);
const textOf = (p: { body: Record<string, unknown> } | undefined) => String(p?.body.content ?? '');

describe('/daily', () => {
  it('posts a question a day, answered by buttons, and tells yesterday’s answer and who got it', async () => {
    const a = await open();
    const before = postsIn(CHANNEL).length;
    const set = messageOf(
      await a.handle(command('daily', { subCommand: 'on', channel: CHANNEL, hour: 9 }, manager)),
    );
    expect(set.ephemeral).toBe(true);
    expect(set.content).toMatch(/매일 9시/);
    expect(await a.store.getDaily(GUILD)).toMatchObject({ channelId: CHANNEL, hour: 9 });

    await a.advance(2 * HOUR); // 09:13 in Seoul
    const posts = postsIn(CHANNEL).slice(before);
    expect(posts).toHaveLength(2); // the announcement, then the day's question
    const day1 = posts[1];
    expect(textOf(day1)).toMatch(/오늘의 문제/);
    const ids = JSON.stringify(day1?.body.components).match(/daily:a:[^"]+/g) ?? [];
    expect(ids.length).toBeGreaterThan(1);
    const roundId = ids[0]?.split(':')[2] ?? '';
    const q = JSON.parse((await a.store.getRound(roundId))?.question ?? '{}') as Question;
    const right = q.answerIndex ?? 0;
    const wrong = (right + 1) % (q.choices?.length ?? 2);
    expect(contentOf(await a.handle(button(`daily:a:${roundId}:${right}`, { user: users.u1 })))).toMatch(
      /✅/,
    );
    expect(contentOf(await a.handle(button(`daily:a:${roundId}:${wrong}`, { user: users.u2 })))).toMatch(
      /❌/,
    );
    // Open all day, without holding the channel against a /quiz.
    const quiz = await a.handle(command('quiz', { count: 1 }));
    expect(messageOf(quiz).ephemeral).not.toBe(true);

    await a.advance(DAY);
    const day2 = postsIn(CHANNEL).slice(before)[2];
    expect(textOf(day2)).toMatch(/어제의 문제/);
    expect(textOf(day2)).toMatch(/맞힌 사람: student1/);
    expect(textOf(day2)).not.toMatch(/student2/);
    // Yesterday's round is closed; its points are on the server's board.
    expect((await a.store.getRound(roundId))?.status).toBe('closed');
    expect((await a.store.rankOf(GUILD, users.u1?.id ?? '', { period: 'all-time' }))?.points).toBeGreaterThan(
      0,
    );
    expect(contentOf(await a.handle(button(`daily:a:${roundId}:${right}`, { user: users.u3 })))).toMatch(
      /이미 끝난/,
    );

    expect(contentOf(await a.handle(command('daily', { subCommand: 'off' }, manager)))).toMatch(/껐어요/);
    expect(await a.store.getDaily(GUILD)).toBeNull();
    expect(
      await a.store.claimDailies({ claim: 'x', now: a.clock.now() + 7 * DAY, until: 0, limit: 10 }),
    ).toEqual([]);
  }, 90_000);
});

describe('bad input to /remind and /daily: a private reply, nothing stored', () => {
  // One app for these: each refuses and each checks that nothing is stored, so a refusal that stored
  // something fails its own test (and the ones after it). An app's start is most of each test's CPU.
  let a: TestApp;
  beforeAll(async () => {
    a = await start();
  });
  afterAll(() => a?.close());

  it('refuses an hour outside 0–23', async () => {
    for (const hour of [24, -1]) {
      const r = messageOf(await a.handle(command('remind', { subCommand: 'on', hour }, { guildId: null })));
      expect(r.ephemeral).toBe(true);
      expect(r.content).toMatch(/`hour` 옵션은 0–23의 정수여야 해요/);
      const d = messageOf(
        await a.handle(command('daily', { subCommand: 'on', channel: CHANNEL, hour }, manager)),
      );
      expect(d.ephemeral).toBe(true);
    }
    expect(await a.store.getReminder(users.u1?.id ?? '')).toBeNull();
    expect(await a.store.getDaily(GUILD)).toBeNull();
  });

  it('refuses an unknown time zone', async () => {
    const r = messageOf(
      await a.handle(command('remind', { subCommand: 'tz', zone: 'Mars/Olympus' }, { guildId: null })),
    );
    expect(r.ephemeral).toBe(true);
    expect(r.content).toMatch(/Mars\/Olympus.*알 수 없는 시간대/);
    const posts = fake.posted.length;
    const d = messageOf(
      await a.handle(command('daily', { subCommand: 'on', channel: CHANNEL, zone: 'Seoul' }, manager)),
    );
    expect(d.content).toMatch(/알 수 없는 시간대/);
    expect(fake.posted).toHaveLength(posts);
    expect(await a.store.getReminder(users.u1?.id ?? '')).toBeNull();
    expect(await a.store.getDaily(GUILD)).toBeNull();
  });

  it('refuses /daily without Manage Server', async () => {
    const posts = fake.posted.length;
    const r = messageOf(
      await a.handle(command('daily', { subCommand: 'on', channel: CHANNEL }, { memberPermissions: 0n })),
    );
    expect(r.ephemeral).toBe(true);
    expect(r.content).toMatch(/서버 관리 권한/);
    expect(fake.posted).toHaveLength(posts);
    expect(await a.store.getDaily(GUILD)).toBeNull();
  });

  it('refuses /daily in a channel the bot cannot post in', async () => {
    const r = messageOf(await a.handle(command('daily', { subCommand: 'on', channel: FORBIDDEN }, manager)));
    expect(r.ephemeral).toBe(true);
    expect(r.content).toMatch(/글을 올릴 수 없어요.*아무것도 저장하지 않았어요/);
    expect(postsIn(FORBIDDEN)).toEqual([]);
    expect(await a.store.getDaily(GUILD)).toBeNull();
  });
});
