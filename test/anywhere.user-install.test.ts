/**
 * The app installed to a user, not to a server: `/explain` and a solo `/quiz` in a server the bot is
 * not in (no bot member; `authorizing_integration_owners` names only the user), in a group DM, through
 * both real doors against the fake Discord. Every reply rides on the interaction (callbacks, webhook
 * edits and follow-ups), never on a channel route the bot could not post to; the scores land on the
 * player's personal board, never on that server's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { startGateway } from '../src/transports/gateway.ts';
import { startHttpEndpoint } from '../src/transports/http-endpoint.ts';
import {
  APP_ID,
  button,
  command,
  keyPair,
  modalSubmit,
  postSigned,
  users,
} from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { ManualClock } from './support/clock.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
/** A server the fake bot was never invited to (the fake's READY lists only 600000000000000001). */
const STRANGERS = '600000000000000077';
const GROUP = '810000000000000005';
const { publicKeyHex, privateKey } = keyPair();
const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-user-install-'));

type Raw = Record<string, unknown>;
type Callback = { type: number; data?: { content?: string; flags?: number; components?: unknown } };
interface Door {
  name: string;
  db: string;
  send(raw: Raw): Promise<Callback>;
}

/** As Discord sends it when the app is installed to Ana only, used in a server the bot is not in. */
const asGuest = (raw: Raw): Raw => ({
  ...raw,
  context: 0,
  authorizing_integration_owners: { '1': users.ana.id },
  app_permissions: '0',
});

/** As Discord sends it from a group DM among friends who installed the app for themselves. */
const inGroup = (raw: Raw): Raw => ({
  ...raw,
  context: 2,
  channel_id: GROUP,
  channel: { id: GROUP, type: 3 },
  authorizing_integration_owners: { '1': users.ana.id },
});

const guest = { ...users.ana, guild: STRANGERS };

let fake: FakeDiscord;
const doors: Door[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
  const base = { DISCORD_API_BASE: fake.apiBase, DISCORD_APPLICATION_ID: APP_ID, QUIZ_SECONDS: '30' };
  const httpDb = path.join(dir, 'http.db');
  const http = await startHttpEndpoint(
    parseConfig({ ...base, DISCORD_PUBLIC_KEY: publicKeyHex, INTERACTIONS_PORT: '0', DATABASE_URL: httpDb }),
    silentLogger,
    { signals: false, announce: false, clock: new ManualClock(Date.now()) },
  );
  closers.push(http.close);
  doors.push({
    name: 'HTTP endpoint',
    db: httpDb,
    async send(raw) {
      const r = await postSigned(http.url, privateKey, raw);
      expect(r.status).toBe(200);
      return r.json as Callback;
    },
  });
  const gatewayDb = path.join(dir, 'gateway.db');
  const gateway = await startGateway(
    parseConfig({ ...base, DISCORD_TOKEN: TOKEN, DATABASE_URL: gatewayDb }),
    silentLogger,
    { signals: false, clock: new ManualClock(Date.now()) },
  );
  closers.push(gateway.close);
  doors.push({
    name: 'gateway',
    db: gatewayDb,
    async send(raw) {
      fake.pushInteraction(raw);
      const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`);
      return cb.body as Callback;
    },
  });
});
afterAll(async () => {
  for (const close of closers) await close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

function query<T>(db: string, text: string, ...params: unknown[]): T[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare(text).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

const roundIdIn = (cb: { components?: unknown } | undefined) =>
  /quiz:[atx]:([^:"]+)/.exec(JSON.stringify(cb?.components ?? []))?.[1] ?? '';

/** Answers a round rightly as the guest: its choice button, or its typed form. */
async function answerRight(door: Door, roundId: string): Promise<Callback> {
  const [row] = query<{ question: string }>(door.db, 'SELECT question FROM rounds WHERE id = ?', roundId);
  const q = JSON.parse(row?.question ?? '{}') as { answerIndex?: number; acceptedAnswers?: string[] };
  if (q.acceptedAnswers) {
    const opened = await door.send(asGuest(button(`quiz:t:${roundId}`, '1300000000000000009', guest)));
    expect(opened.type).toBe(9);
    return door.send(
      asGuest(modalSubmit(`quiz:m:${roundId}`, { answer: q.acceptedAnswers[0] ?? '' }, guest)),
    );
  }
  return door.send(asGuest(button(`quiz:a:${roundId}:${q.answerIndex ?? 0}`, '1300000000000000009', guest)));
}

/** Every REST call made for one interaction token. */
const callsFor = (token: unknown) => fake.calls.filter((c) => c.path.includes(String(token)));

describe.each(['HTTP endpoint', 'gateway'])('installed to a user, through the %s', (name) => {
  const door = () => doors.find((d) => d.name === name) as Door;

  it('explains in a server the bot is not in, and in a group DM, as the reply to the interaction', async () => {
    for (const raw of [
      asGuest(command('explain', { topic: 'CDN' }, guest)),
      inGroup(command('explain', { topic: 'CDN' }, { ...users.ana, guild: null })),
    ]) {
      const cb = await door().send(raw);
      expect(cb.type, JSON.stringify(cb)).toBe(4);
      expect(JSON.stringify(cb.data)).toMatch(/CDN/);
    }
  });

  it('plays /quiz there as a solo quiz: questions, reveals and the next question ride on the interaction', async () => {
    const quiz = asGuest(command('quiz', { count: 2 }, guest));
    const asked = await door().send(quiz);
    expect(asked.type, JSON.stringify(asked)).toBe(4);
    expect(asked.data?.flags).toBe(64);
    const first = roundIdIn(asked.data);
    expect(first).not.toBe('');
    const right = await answerRight(door(), first);
    expect(right).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(right.data?.content).toMatch(/✅/);

    // The reveal edits the question; the next one is a follow-up on the same token.
    const reveal = await fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${quiz.token}/messages/@original`,
    );
    expect(reveal.auth).toBeNull();
    const next = await fake.waitFor(
      (c) => c.method === 'POST' && c.path === `/webhooks/${APP_ID}/${quiz.token}`,
    );
    expect((next.body as { flags?: number }).flags).toBe(64);
    const second = roundIdIn(next.body as { components?: unknown });
    expect(second).not.toBe(first);
    await answerRight(door(), second);
    await fake.waitFor(
      (c) =>
        c.method === 'PATCH' &&
        c.path.startsWith(`/webhooks/${APP_ID}/${quiz.token}/messages/`) &&
        c.path !== reveal.path,
    );

    // Nothing went to a channel route, and nothing with the bot token.
    expect(fake.calls.some((c) => c.path.startsWith('/channels/'))).toBe(false);
    for (const c of callsFor(quiz.token)) expect(c.auth).toBeNull();

    // The rounds count on Ana's personal board; that server has no board at all.
    const boards = query<{ scope: string; answered: number }>(
      door().db,
      'SELECT scope, answered FROM scores WHERE user_id = ?',
      users.ana.id,
    );
    expect(boards).toEqual([{ scope: `dm:${users.ana.id}`, answered: 2 }]);
    expect(query(door().db, 'SELECT 1 FROM scores WHERE scope = ?', STRANGERS)).toEqual([]);
  });

  it('refuses a leaderboard and admin actions in a server the bot is not in, privately', async () => {
    const board = await door().send(asGuest(command('leaderboard', {}, guest)));
    expect(board).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(board.data?.content).toMatch(/\/stats/);
    const admin = await door().send(
      asGuest(command('admin', { action: 'reset' }, { ...guest, permissions: String(1n << 5n) })),
    );
    expect(admin).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(admin.data?.content).toMatch(/서버에서만/);
  });
});
