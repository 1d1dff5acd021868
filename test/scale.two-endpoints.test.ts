/**
 * Scale out: two HTTP-endpoint processes (A and B) on their own ports, one PostgreSQL schema, one
 * fake Discord. A opens a round; thirty players click two or three times each, all at once, their
 * clicks alternating between A and B (so a player's duplicate often lands on the other instance).
 * Each player's first answer counts exactly once, everywhere: one ✅/❌ reply, one answer row, a
 * score equal to its answers. Then, around the closing time, late clicks keep arriving at B, which
 * never armed a timer for the round and so closes it itself, while A's timer fires: the database
 * picks one closer, and Discord sees exactly one reveal.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ID, keyPair, type Who } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { admin, PG_URL, pgMissing } from './support/postgres.ts';
import {
  announcedPoints,
  answerPayload,
  type Bot,
  type OpenRound,
  type Outcome,
  postInteraction,
  quizIn,
  roundIdIn,
  startBot,
  verdictOf,
} from './support/reliability-bot.ts';

const QUIZ_SECONDS = 5;
const PLAYERS = 30;
/** Late clicks start this long before the round closes and go on this long after it. */
const LATE_FROM_MS = 400;
const LATE_UNTIL_MS = 1500;
const LATE_EVERY_MS = 25;

const { publicKeyHex, privateKey } = keyPair();
const schema = `ssaem_test_${randomBytes(6).toString('hex')}`;
const dbUrl = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
let fake: FakeDiscord | undefined;
const bots: Bot[] = [];
let client: pg.Client | undefined;

afterAll(async () => {
  for (const bot of bots) if (bot.alive()) bot.kill('SIGKILL');
  await Promise.all(bots.map((b) => b.exited));
  await client?.end().catch(() => {});
  await fake?.close();
  if (pgMissing === null) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const player = (i: number): Who => ({ id: `72${String(i).padStart(16, '0')}`, name: `S${i}` });
const jsonOf = (o: Outcome) => (o.kind === 'reply' ? o.json : null);

describe.skipIf(pgMissing !== null)('two HTTP endpoints sharing one PostgreSQL', () => {
  it('counts each first answer once across both instances and reveals the round once', async () => {
    const started = Date.now();
    fake = await startFakeDiscord();
    const options = { publicKeyHex, apiBase: fake.apiBase, db: dbUrl, quizSeconds: QUIZ_SECONDS };
    // Both start on a schema that does not exist yet: they race to create and migrate it.
    bots.push(...(await Promise.all([startBot(options), startBot(options)])));
    const [a, b] = bots as [Bot, Bot];
    expect(a.url).not.toBe(b.url);
    client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    const db = client;

    // A opens the round (B started before it existed, so B has no timer for it).
    const place = { guild: '600000000000000401', channel: '800000000000000401' };
    const quiz = quizIn(place, { id: '720000000000009999', name: 'Host' });
    const asked = await postInteraction(a.url, privateKey, quiz);
    const id = roundIdIn(jsonOf(asked));
    expect(id, JSON.stringify(asked)).not.toBe('');
    const stored = (await db.query(`SELECT question, closes_at FROM ${schema}.rounds WHERE id = $1`, [id]))
      .rows[0] as { question: string; closes_at: string };
    const closesAt = Number(stored.closes_at);
    const round: OpenRound = { id, place, token: String(quiz.token), ...JSON.parse(stored.question) };

    // Every player clicks two or three times (first right or wrong, the duplicates mixed), all at
    // once; clicks alternate A, B, A… in send order, so each duplicate lands on the other instance.
    const clicks: { who: Who; payload: Record<string, unknown> }[] = [];
    for (let i = 0; i < PLAYERS; i++) {
      const times = i % 3 === 0 ? 2 : 3;
      for (let k = 0; k < times; k++) {
        clicks.push({ who: player(i), payload: answerPayload(round, player(i), (i + k) % 2 === 0) });
      }
    }
    const outcomes = await Promise.all(
      clicks.map((c, n) => postInteraction((n % 2 === 0 ? a : b).url, privateKey, c.payload)),
    );
    expect(Date.now(), 'the clicks took the whole round').toBeLessThan(closesAt);
    const byPlayer = new Map<
      string,
      { feedback: number; already: number; other: string[]; points: number }
    >();
    outcomes.forEach((o, n) => {
      const who = (clicks[n] as { who: Who }).who.id;
      const log = byPlayer.get(who) ?? { feedback: 0, already: 0, other: [], points: 0 };
      byPlayer.set(who, log);
      const verdict = verdictOf(jsonOf(o));
      if (verdict === 'feedback') {
        log.feedback++;
        log.points = announcedPoints(jsonOf(o));
      } else if (verdict === 'already') log.already++;
      else log.other.push(JSON.stringify(o));
    });
    expect(byPlayer.size).toBe(PLAYERS);
    for (const [who, log] of byPlayer) {
      expect(log.other, who).toEqual([]);
      expect(log.feedback, who).toBe(1);
    }
    expect([...byPlayer.values()].reduce((n, l) => n + l.already, 0)).toBe(clicks.length - PLAYERS);

    const answers = new Map(
      (
        await db.query(
          `SELECT user_id, COUNT(*)::int AS n, SUM(points)::int AS points FROM ${schema}.answers
           WHERE round_id = $1 GROUP BY user_id`,
          [id],
        )
      ).rows.map((r: { user_id: string; n: number; points: number }) => [r.user_id, r]),
    );
    expect(answers.size).toBe(PLAYERS);
    for (const [who, log] of byPlayer) {
      expect(answers.get(who)?.n, who).toBe(1);
      expect(answers.get(who)?.points, who).toBe(log.points);
    }

    // The close race: fresh late players click B from just before the deadline until well after it,
    // while A's timer fires at the deadline. B has no timer, so a late click is what makes it close.
    await sleep(Math.max(0, closesAt - LATE_FROM_MS - Date.now()));
    const late: Promise<Outcome>[] = [];
    for (let n = 0; Date.now() < closesAt + LATE_UNTIL_MS; n++) {
      late.push(postInteraction(b.url, privateKey, answerPayload(round, player(1000 + n), n % 2 === 0)));
      await sleep(LATE_EVERY_MS);
    }
    const lateVerdicts = (await Promise.all(late)).map((o) => verdictOf(jsonOf(o)));
    expect(lateVerdicts.filter((v) => v !== 'feedback' && v !== 'closed')).toEqual([]);
    // B saw the round past its deadline (and so tried to close it itself) at least once.
    expect(lateVerdicts).toContain('closed');

    const reveals = () =>
      fake?.calls.filter(
        (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${round.token}/messages/@original`,
      ) ?? [];
    await fake.waitFor((c) => reveals().includes(c), 8000);
    // Every try to close the round came by now: A's timer at the deadline, B's after each late click (the
    // last 1.5 s past it); none of B's sweeps finds it open any more. Both stop as they do on SIGTERM, which
    // lets the work those tries started (a wrongful second reveal among it) finish first: once both are gone,
    // no reveal is on its way.
    for (const bot of bots) bot.kill('SIGTERM');
    expect(await Promise.all(bots.map((bot) => bot.exited))).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    expect(reveals()).toHaveLength(1);
    // No answer buttons are left, only the 🚩 to report the question.
    expect(JSON.stringify((reveals()[0]?.body as { components?: unknown })?.components)).toMatch(
      /^\[\{.*quiz:r:/,
    );
    expect(JSON.stringify((reveals()[0]?.body as { components?: unknown })?.components)).not.toMatch(
      /quiz:[atmhx]:/,
    );
    const status = (await db.query(`SELECT status FROM ${schema}.rounds WHERE id = $1`, [id])).rows[0];
    expect(status).toEqual({ status: 'closed' });

    // Every answer (on-time and late) stored once, and every score is the sum of its answers.
    const lateFeedback = lateVerdicts.filter((v) => v === 'feedback').length;
    const total = (
      await db.query(
        `SELECT COUNT(*)::int AS n, COUNT(DISTINCT user_id)::int AS users FROM ${schema}.answers`,
      )
    ).rows[0];
    expect(total).toEqual({ n: PLAYERS + lateFeedback, users: PLAYERS + lateFeedback });
    const mismatches = (
      await db.query(
        `WITH a AS (
           SELECT scope, season, user_id, SUM(points)::bigint AS points, COUNT(*)::int AS answered,
                  COUNT(*) FILTER (WHERE correct)::int AS correct
           FROM ${schema}.answers GROUP BY 1, 2, 3
         )
         SELECT * FROM a FULL JOIN ${schema}.scores s USING (scope, season, user_id)
         WHERE a.points IS DISTINCT FROM s.points OR a.answered IS DISTINCT FROM s.answered
            OR a.correct IS DISTINCT FROM s.correct`,
      )
    ).rows;
    expect(mismatches).toEqual([]);
    process.stdout.write(
      `two endpoints: ${clicks.length} clicks by ${PLAYERS} players, ${late.length} late clicks to B ` +
        `(${lateFeedback} in time), 1 reveal, ${Date.now() - started} ms\n`,
    );
  }, 30_000);
});
