/**
 * `/remind`: a DM at the chosen hour when reviews are due (FSRS cards in the store), at most once a
 * day, with a "review now" button that starts a solo quiz of the due facts; a DM Discord refuses
 * (50007) turns the reminder off and is told at the next command. The DMs go over REST with the bot
 * token to the fake Discord; time is the app's manual clock (08:00 in Seoul is 47 minutes after it starts).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reviewAfter } from '../src/quiz/review.ts';
import { createRestMessenger } from '../src/transports/rest-messenger.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { answer, contentOf, messageOf, roundIdOf, type TestApp, testApp } from './support/app.ts';
import { admin, PG_URL, pgMissing } from './support/postgres.ts';
import { button, command, users } from './support/requests.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
const u1 = users.u1?.id ?? '';
const u2 = users.u2?.id ?? '';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord({ closedDms: [u2] });
});
afterAll(() => fake?.close());

const apps: TestApp[] = [];
const drops: string[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  for (const schema of drops.splice(0)) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

/** Looks every `pollMs` (ten minutes keeps a simulated day cheap; a reminder still goes out by 08:10). */
// The unlimited fake: these tests are about who sends what, and the REST client's limiter waits on the wall
// clock (the limits have their own tests below, on a limited fake).
const UNLIMITED = 10_000;

async function open(dbPath?: string, pollMs = 10 * MINUTE): Promise<TestApp> {
  const a = await testApp({
    messenger: createRestMessenger({ apiBase: fake.apiBase, token: TOKEN, requestsPerSecond: UNLIMITED }),
    schedule: { pollMs, leaseMs: 20_000, batch: 50, concurrency: 10 },
    ...(dbPath ? { dbPath } : {}),
  });
  apps.push(a);
  return a;
}

/** Users with a card due a day ago and their reminder due a minute ago. */
async function dueReminders(a: TestApp, ids: string[]): Promise<void> {
  const now = a.clock.now();
  for (const id of ids) {
    await a.store.saveReview(id, reviewAfter(undefined, 'card', false, now - DAY));
    await a.store.setReminder({
      userId: id,
      status: 'on',
      hour: 7,
      timeZone: 'Asia/Seoul',
      locale: 'ko',
      nextAt: now - MINUTE,
    });
  }
}

/** Plays one solo question in the bot's DMs and gets it wrong: a card due again within minutes. */
async function missOne(a: TestApp, user = users.u1): Promise<void> {
  const dm = { guildId: null, user };
  const started = await a.handle(command('quiz', { count: 1 }, dm));
  await answer(a, roundIdOf(messageOf(started)), false, dm);
  await a.idle();
}

const dmsTo = (userId: string) => fake.posted.filter((p) => p.recipient === userId);

describe('/remind', () => {
  it('DMs once at the hour when cards are due, with a button that starts a quiz of the due facts', async () => {
    const a = await open();
    const before = dmsTo(u1).length;
    const on = messageOf(await a.handle(command('remind', { subCommand: 'on', hour: 8 }, { guildId: null })));
    expect(on.ephemeral).toBe(true);
    expect(on.content).toMatch(/8시 \(Asia\/Seoul\)/);
    // The DM channel is opened now, at the user's asking, and kept: the hour needs only the message.
    const opened = fake.calls.filter((c) => c.path === '/users/@me/channels').length;
    expect((await a.store.getReminder(u1))?.dmChannelId).toBe(`9${u1}`);
    await missOne(a);
    await a.advance(HOUR);
    const sent = dmsTo(u1).slice(before);
    expect(sent).toHaveLength(1);
    expect(fake.calls.filter((c) => c.path === '/users/@me/channels')).toHaveLength(opened);
    const auth = fake.calls.find((c) => c.path === `/channels/${sent[0]?.channelId}/messages`)?.auth;
    expect(auth).toBe(`Bot ${TOKEN}`);
    expect(JSON.stringify(sent[0]?.body)).toContain('지금 복습하기');
    expect(JSON.stringify(sent[0]?.body)).toContain('remind:go');

    // At most once a day: later that day, even with the hour moved later, nothing more.
    await a.advance(2 * HOUR);
    await a.handle(command('remind', { subCommand: 'on', hour: 11 }, { guildId: null }));
    await a.advance(4 * HOUR);
    expect(dmsTo(u1).length - before).toBe(1);
    // The channel already known is kept, not opened again.
    expect(fake.calls.filter((c) => c.path === '/users/@me/channels')).toHaveLength(opened);
    expect((await a.store.getReminder(u1))?.dmChannelId).toBe(`9${u1}`);

    // The button: a solo quiz of exactly the due fact.
    const due = (await a.store.reviews(u1)).filter((r) => r.due <= a.clock.now()).map((r) => r.cardKey);
    expect(due.length).toBeGreaterThan(0);
    const review = messageOf(await a.handle(button('remind:go', { guildId: null })));
    const round = await a.store.getRound(roundIdOf(review));
    expect(round?.soloUserId).toBe(u1);
    expect(due).toContain(round?.cardKey);
  }, 90_000);

  it('sends nothing when no review is due, and says so when asked to review', async () => {
    const a = await open();
    await a.handle(command('remind', { subCommand: 'on', hour: 8 }, { guildId: null, user: users.u3 }));
    await a.advance(HOUR);
    expect(dmsTo(users.u3?.id ?? '')).toEqual([]);
    const r = await a.handle(button('remind:go', { guildId: null, user: users.u3 }));
    expect(contentOf(r)).toMatch(/복습할 카드가 없어요/);
  });

  it('turns itself off when Discord refuses the DM (50007) and says so at the next command, once', async () => {
    const a = await open();
    await a.handle(command('remind', { subCommand: 'on', hour: 8 }, { guildId: null, user: users.u2 }));
    await missOne(a, users.u2);
    await a.advance(HOUR);
    expect(dmsTo(u2)).toEqual([]);
    expect((await a.store.getReminder(u2))?.status).toBe('off');
    const next = contentOf(await a.handle(command('stats', {}, { guildId: null, user: users.u2 })));
    expect(next).toMatch(/^🔕 DM이 닫혀 있어서/);
    const after = contentOf(await a.handle(command('stats', {}, { guildId: null, user: users.u2 })));
    expect(after).not.toMatch(/🔕/);
    // Nothing more is tried the next day.
    await a.advance(DAY);
    expect(fake.calls.filter((c) => c.path === `/channels/9${u2}/messages`)).toHaveLength(1);
  }, 90_000);
});

/** Starts instances on one store, one a call: the same SQLite file, or one PostgreSQL schema. */
function onOneStore(store: 'sqlite' | 'postgres', base: number): () => Promise<TestApp> {
  if (store === 'sqlite') {
    let dbPath: string | undefined;
    return async () => {
      const a = await open(dbPath, 5_000);
      dbPath = a.dbPath;
      return a;
    };
  }
  const schema = `ssaem_test_${randomBytes(6).toString('hex')}`;
  drops.push(schema);
  const env = { DATABASE_URL: `${PG_URL}?schema=${schema}` };
  return async () => {
    const a = await testApp({
      env,
      messenger: createRestMessenger({ apiBase: fake.apiBase, token: TOKEN, requestsPerSecond: UNLIMITED }),
      schedule: { pollMs: 5_000, leaseMs: 20_000, batch: 50, concurrency: 10 },
      start: base,
    });
    apps.push(a);
    return a;
  };
}

describe.each([
  ['sqlite', false, 710_000_000_000_000_000n],
  ['postgres', pgMissing !== null, 711_000_000_000_000_000n],
] as const)('reminders claimed by two instances on %s', (store, skip, first) => {
  it.skipIf(skip)('counts the instances holding live claims: they share the bot’s REST limit', async () => {
    // The claims are taken here by hand, so one instance is enough to read them (a second one idled).
    const a = await onOneStore(store, 1_700_000_000_000)();
    const now = a.clock.now();
    for (let i = 0; i < 6; i++) {
      const userId = String(first + 500n + BigInt(i));
      await a.store.setReminder({
        userId,
        status: 'on',
        hour: 7,
        timeZone: 'Asia/Seoul',
        locale: 'ko',
        nextAt: now,
      });
    }
    expect(await a.store.reminderSenders(now)).toBe(0);
    const claim = (c: string, until: number) => a.store.claimReminders({ claim: c, now, until, limit: 2 });
    await claim('one:1', now + 20_000);
    await claim('one:2', now + 20_000);
    expect(await a.store.reminderSenders(now)).toBe(1);
    await claim('two:1', now + 5_000);
    expect(await a.store.reminderSenders(now)).toBe(2);
    // A lease run out (an instance that died) no longer counts.
    expect(await a.store.reminderSenders(now + 10_000)).toBe(1);
  });

  it.skipIf(skip)(
    'sends each due reminder exactly once, and picks up what a dead instance claimed',
    async () => {
      const instance = onOneStore(store, 1_700_000_000_000);
      const a = await instance();
      const b = await instance();
      const now = a.clock.now();
      const ids = Array.from({ length: 120 }, (_, i) => String(first + BigInt(i)));
      await dueReminders(a, ids);
      // An instance that claims ten and dies before sending them.
      const dead = await a.store.claimReminders({ claim: 'dead', now, until: now + 20_000, limit: 10 });
      expect(dead).toHaveLength(10);
      await Promise.all([a.schedule?.tick(), b.schedule?.tick()]);
      const mine = () => fake.posted.filter((p) => ids.includes(p.recipient ?? ''));
      expect(new Set(mine().map((p) => p.recipient)).size).toBe(110);
      // Their lease runs out; the next look takes them.
      await Promise.all([a.advance(30_000), b.advance(30_000)]);
      expect(mine()).toHaveLength(120);
      expect(new Set(mine().map((p) => p.recipient)).size).toBe(120);
    },
  );
});

describe("reminders under Discord's rate limits", () => {
  // Tight limits, so each test takes a few seconds of real time (the REST client waits on the wall clock).
  const limitedFake = (globalPerSecond: number) =>
    startFakeDiscord({
      rateLimits: { globalPerSecond, channelMessages: { limit: 2, windowMs: 400 }, latencyMs: 5 },
    });

  it('loses or doubles nothing when Discord answers 429', async () => {
    const limited = await limitedFake(20);
    try {
      // Told the bot may send 200 a second when Discord allows 20: Discord answers 429 (global) and the
      // client waits as told.
      const messenger = createRestMessenger({
        apiBase: limited.apiBase,
        token: TOKEN,
        requestsPerSecond: 200,
      });
      const a = await testApp({
        messenger,
        schedule: { pollMs: 5_000, leaseMs: 60_000, batch: 50, concurrency: 10 },
      });
      apps.push(a);
      const ids = Array.from({ length: 16 }, (_, i) => String(712_000_000_000_000_000n + BigInt(i)));
      await dueReminders(a, ids);
      await a.schedule?.tick();
      const got = limited.posted.map((p) => p.recipient);
      expect([...got].sort()).toEqual([...ids].sort());
      expect(limited.limited.some((l) => l.scope === 'global')).toBe(true);
      for (const id of ids) expect((await a.store.getReminder(id))?.sentDay).not.toBeNull();
    } finally {
      await limited.close();
    }
  }, 60_000);

  it('waits for a channel’s window to reopen, as its headers say, instead of being refused', async () => {
    const limited = await limitedFake(1_000);
    try {
      const messenger = createRestMessenger({ apiBase: limited.apiBase, token: TOKEN });
      // One channel, six posts (the question of the day's channel), two allowed per 400 ms.
      for (let i = 0; i < 6; i++) await messenger.post('800000000000000009', { content: `post ${i}` });
      expect(limited.posted.filter((p) => p.channelId === '800000000000000009')).toHaveLength(6);
      expect(limited.limited).toEqual([]);
    } finally {
      await limited.close();
    }
  }, 60_000);
});
