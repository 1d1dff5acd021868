/**
 * Reliability: the store goes away at the rounds' deadline. A real bot process on PostgreSQL, reached
 * through a loopback proxy the test can cut; six channels each have a round open (QUIZ_SECONDS=5). The
 * proxy drops every connection from 3 s until 1 s after the last deadline, so every close fails (at least
 * twice, the bot's log says) and the retries back off. Once the database is back, all six rounds are revealed
 * within 10 s and their channels take a new quiz. (A 10 s outage proved no more: the 4 s cap on the backoff
 * keeps any outage's recovery within 10 s, and the test then spent 13 s of its 18 waiting. Nor did 3 s after
 * the deadline, three failed tries, whose next try came 2 s later than now: the second after the deadline is
 * the timers' room to fire late on a loaded machine and still meet the outage.)
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ID, keyPair } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { admin, PG_URL, pgMissing } from './support/postgres.ts';
import {
  type Bot,
  logLines,
  postInteraction,
  quizIn,
  roundIdIn,
  startBot,
} from './support/reliability-bot.ts';

const QUIZ_SECONDS = 5;
const CHANNELS = 6;
const OUTAGE_FROM_MS = 3_000;
/** The database comes back this long after the last round's deadline: its closes at +0 and +0.5 s fail. */
const OUTAGE_AFTER_DEADLINE_MS = 1_000;
const { publicKeyHex, privateKey } = keyPair();
const schema = `ssaem_test_${randomBytes(6).toString('hex')}`;

/** A TCP proxy to PostgreSQL that can drop every connection and refuse new ones, then let them through. */
async function cuttableProxy(target: URL) {
  const open = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      a.pipe(b);
      a.on('error', () => b.destroy());
      a.on('close', () => b.destroy());
      open.add(a);
      a.on('close', () => open.delete(a));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      cut = true;
      for (const s of open) s.destroy();
    },
    restore() {
      cut = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let fake: FakeDiscord | undefined;
let bot: Bot | undefined;
let proxy: Awaited<ReturnType<typeof cuttableProxy>> | undefined;

afterAll(async () => {
  if (bot?.alive()) bot.kill('SIGKILL');
  await bot?.exited;
  await proxy?.close();
  await fake?.close();
  if (pgMissing === null) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(pgMissing !== null)('a store outage across the rounds’ deadline', () => {
  it('reveals every open round within 10 s of the database coming back', async () => {
    fake = await startFakeDiscord();
    const target = new URL(PG_URL);
    proxy = await cuttableProxy(target);
    const through = new URL(PG_URL);
    through.hostname = '127.0.0.1';
    through.port = String(proxy.port);
    through.searchParams.set('schema', schema);
    bot = await startBot({
      publicKeyHex,
      apiBase: fake.apiBase,
      db: through.href,
      quizSeconds: QUIZ_SECONDS,
    });

    const started = Date.now();
    const places = Array.from({ length: CHANNELS }, (_, i) => ({
      guild: '600000000000000501',
      channel: `80000000000000050${i}`,
    }));
    // All six asked at once, so their deadlines lie close together: each round's retries then fall at nearly
    // the same times after the last deadline, and none of them waits a longer backoff for missing the return.
    const url = bot.url;
    const quizzes = places.map((place, i) =>
      quizIn(place, { id: `72000000000000050${i}`, name: `Host${i}` }),
    );
    const tokens = quizzes.map((quiz) => String(quiz.token));
    const rounds = (await Promise.all(quizzes.map((quiz) => postInteraction(url, privateKey, quiz)))).map(
      (asked) => {
        const id = roundIdIn(asked.kind === 'reply' ? asked.json : null);
        expect(id, JSON.stringify(asked)).not.toBe('');
        return id;
      },
    );
    // Every round was opened before its reply: none closes later than this.
    const lastDeadline = Date.now() + QUIZ_SECONDS * 1000;
    const revealed = () =>
      tokens.filter((t) =>
        fake?.calls.some(
          (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${t}/messages/@original`,
        ),
      );

    await sleep(Math.max(0, started + OUTAGE_FROM_MS - Date.now()));
    proxy.cut();
    const cutAt = Date.now();
    await sleep(lastDeadline + OUTAGE_AFTER_DEADLINE_MS - cutAt);
    // Every deadline passed while the database was gone: every round's close failed, nothing was revealed.
    expect(revealed()).toEqual([]);
    const failedCloses = new Set(
      logLines(bot.stderr(), 'closing a quiz round failed; will retry').map((l) => l.roundId),
    );
    expect([...failedCloses].sort(), bot.stderr().slice(-2000)).toEqual([...rounds].sort());
    proxy.restore();
    const recovered = Date.now();

    for (const t of tokens) {
      await fake.waitFor(
        (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${t}/messages/@original`,
        Math.max(1, recovered + 10_000 - Date.now()),
      );
    }
    const allWithinMs = Date.now() - recovered;
    expect(revealed()).toHaveLength(CHANNELS);
    expect(allWithinMs).toBeLessThan(10_000);
    // The channels are free again: no "a quiz is already running".
    const again = await postInteraction(
      bot.url,
      privateKey,
      quizIn(places[0] as (typeof places)[0], { id: '720000000000000599', name: 'Next' }),
    );
    expect(roundIdIn(again.kind === 'reply' ? again.json : null), JSON.stringify(again)).not.toBe('');
    expect(bot.alive()).toBe(true);
    process.stdout.write(
      `store outage: ${recovered - cutAt} ms across the deadline of ${CHANNELS} open rounds; all revealed ${allWithinMs} ms after recovery\n`,
    );
    bot.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});
