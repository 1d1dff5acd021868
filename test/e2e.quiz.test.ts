/**
 * A whole quiz round through each real door (signed HTTP endpoint, discord.js gateway) against the
 * fake Discord: `/quiz` → three users answer (right, wrong, right; one clicks twice) → the reveal
 * arrives as a PATCH of the quiz's original message → `/leaderboard` shows exactly those scores,
 * and another guild's shows none of them.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
  OTHER_GUILD,
  postSigned,
  users,
  type Who,
} from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { ManualClock } from './support/clock.ts';
import { projectRoot } from './support/spawn.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
const QUIZ_SECONDS = 5;
const hasLeaderboard = existsSync(path.join(projectRoot, 'commands/leaderboard.ts'));
const { publicKeyHex, privateKey } = keyPair();
const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-e2e-quiz-'));

type Callback = {
  type: number;
  data?: { content?: string; flags?: number; components?: unknown; embeds?: unknown };
};
type Raw = Record<string, unknown>;
interface Door {
  name: string;
  db: string;
  clock: ManualClock;
  send(raw: Raw): Promise<Callback>;
}

let fake: FakeDiscord;
const closers: (() => Promise<void>)[] = [];
const doors: Door[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
  const base = {
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_APPLICATION_ID: APP_ID,
    QUIZ_SECONDS: String(QUIZ_SECONDS),
  };
  const httpDb = path.join(dir, 'http.db');
  const httpClock = new ManualClock(Date.now());
  const http = await startHttpEndpoint(
    parseConfig({ ...base, DISCORD_PUBLIC_KEY: publicKeyHex, INTERACTIONS_PORT: '0', DATABASE_URL: httpDb }),
    silentLogger,
    { signals: false, announce: false, clock: httpClock },
  );
  closers.push(http.close);
  doors.push({
    name: 'HTTP endpoint',
    db: httpDb,
    clock: httpClock,
    async send(raw) {
      const r = await postSigned(http.url, privateKey, raw);
      expect(r.status).toBe(200);
      return r.json as Callback;
    },
  });
  const gatewayDb = path.join(dir, 'gateway.db');
  const gatewayClock = new ManualClock(Date.now());
  const gateway = await startGateway(
    parseConfig({ ...base, DISCORD_TOKEN: TOKEN, DATABASE_URL: gatewayDb }),
    silentLogger,
    { signals: false, clock: gatewayClock },
  );
  closers.push(gateway.close);
  doors.push({
    name: 'gateway',
    db: gatewayDb,
    clock: gatewayClock,
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

interface StoredQuestion {
  choices?: string[];
  answerIndex?: number;
  acceptedAnswers?: string[];
}

/** The round's question as the store keeps it: the test needs to know the right answer. */
function storedQuestion(db: string, roundId: string): StoredQuestion {
  const sqlite = new Database(db, { readonly: true });
  try {
    const row = sqlite.prepare('SELECT question FROM rounds WHERE id = ?').get(roundId) as {
      question: string;
    };
    return JSON.parse(row.question) as StoredQuestion;
  } finally {
    sqlite.close();
  }
}

const customIds = (cb: Callback): string[] =>
  JSON.stringify(cb.data?.components ?? []).match(/quiz:[^"]+/g) ?? [];

/** Answers the round as `who`, rightly or not, by button or (typed questions) modal. */
async function answer(
  door: Door,
  roundId: string,
  q: StoredQuestion,
  who: Who,
  right: boolean,
): Promise<Callback> {
  if (q.choices && q.answerIndex !== undefined) {
    const choice = right ? q.answerIndex : (q.answerIndex + 1) % q.choices.length;
    return door.send(button(`quiz:a:${roundId}:${choice}`, '1300000000000000001', who));
  }
  const opened = await door.send(button(`quiz:t:${roundId}`, '1300000000000000001', who));
  if (opened.type !== 9) return opened;
  const text = right ? (q.acceptedAnswers?.[0] ?? '') : '전혀 아닌 답';
  return door.send(modalSubmit(`quiz:m:${roundId}`, { answer: text }, who));
}

/**
 * The board as the channel sees it: the gateway's callback carries it with its card; the HTTP endpoint
 * answers Discord's POST with "thinking…" and edits it in (a card cannot ride on that answer).
 */
async function boardReply(door: Door, raw: Raw): Promise<Callback> {
  const cb = await door.send(raw);
  if (cb.type === 4) return cb;
  expect(cb.type).toBe(5);
  const edit = await fake.waitFor(
    (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${raw.token}/messages/@original`,
  );
  return { type: 4, data: edit.body as Callback['data'] };
}

const pointsIn = (cb: Callback): number => Number(/\+(\d+)/.exec(cb.data?.content ?? '')?.[1] ?? Number.NaN);

describe.each(['HTTP endpoint', 'gateway'])('a quiz round through the %s', (name) => {
  const door = () => doors.find((d) => d.name === name) as Door;
  const scores = new Map<string, number>();

  it('plays /quiz: answers are ephemeral, a second click does not count, the reveal edits the question', async () => {
    const quiz = command('quiz', { count: 1 });
    const asked = await door().send(quiz);
    expect(asked.type, JSON.stringify(asked)).toBe(4);
    expect(asked.data?.flags).toBeUndefined();
    expect(asked.data?.content).toContain('1/1');
    const roundId = customIds(asked)[0]?.split(':')[2] ?? '';
    expect(roundId).not.toBe('');
    const q = storedQuestion(door().db, roundId);

    const ana = await answer(door(), roundId, q, users.ana, true);
    const bo = await answer(door(), roundId, q, users.bo, false);
    const cy = await answer(door(), roundId, q, users.cy, true);
    for (const cb of [ana, bo, cy]) expect(cb).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(ana.data?.content).toMatch(/✅/);
    expect(bo.data?.content).toMatch(/❌/);
    expect(cy.data?.content).toMatch(/✅/);
    scores.set('Ana', pointsIn(ana));
    scores.set('Cy', pointsIn(cy));
    expect(scores.get('Ana')).toBeGreaterThan(0);

    const again = await answer(door(), roundId, q, users.ana, false);
    expect(again).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(again.data?.content).toMatch(/이미 답했어요/);

    expect(fake.calls.some((c) => c.method === 'PATCH' && c.path.includes(String(quiz.token)))).toBe(false);
    // The round's time passes on the door's clock: its timer closes the round and the reveal goes out.
    await door().clock.advance(QUIZ_SECONDS * 1000);
    const reveal = await fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${quiz.token}/messages/@original`,
    );
    const body = reveal.body as { content: string; allowed_mentions: unknown; components: unknown[] };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    // No answer buttons are left, only the 🚩 to report the question.
    expect(JSON.stringify(body.components)).not.toMatch(/quiz:[atmhx]:/);
    expect(JSON.stringify(body.components)).toContain('quiz:r:');
    expect(body.content).toMatch(/3명 중 2명 정답: Ana, Cy/);
  });

  it.skipIf(!hasLeaderboard)(
    'shows exactly those scores on /leaderboard, and none in another guild',
    async () => {
      const board = await boardReply(door(), command('leaderboard'));
      // One line per ranked player: "🥇 Ana — 165점 · 정확도 100% (1/1)".
      const ranked = (board.data?.content ?? '').split('\n').filter((l) => / — -?\d+점/.test(l));
      const pointsOf = (who: string) =>
        Number(/ — (-?\d+)점/.exec(ranked.find((l) => l.includes(` ${who} `)) ?? '')?.[1]);
      expect(pointsOf('Ana')).toBe(scores.get('Ana'));
      expect(pointsOf('Cy')).toBe(scores.get('Cy'));
      // Bo answered wrong: listed with nothing, or not at all; nobody else is on the board.
      if (ranked.some((l) => l.includes(' Bo '))) expect(pointsOf('Bo')).toBe(0);
      expect(ranked.length).toBeLessThanOrEqual(3);
      const other = await boardReply(
        door(),
        command('leaderboard', {}, { ...users.ana, guild: OTHER_GUILD }),
      );
      const otherText = other.data?.content ?? '';
      expect(otherText).not.toMatch(/ — -?\d+점/);
      expect(otherText).not.toContain('Cy');
    },
  );
});
