/**
 * Reliability: SIGTERM while interactions are in flight. A quiz round is open (QUIZ_SECONDS=5);
 * twenty answers are half-way through their upload and two hundred more are racing in when the
 * signal arrives. Every interaction the process had begun is finished with a 200, nothing after the
 * signal is served, the process exits 0 within 10 s with its SQLite file closed cleanly, and the
 * round it left open is revealed by the next process when its time is up.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, command, GUILD, keyPair, users, type Who } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { whenOutput } from './support/output.ts';
import {
  answerPayload,
  type Bot,
  halfSentPost,
  integrity,
  logLines,
  type OpenRound,
  type Outcome,
  postInteraction,
  quizIn,
  roundIdIn,
  startBot,
  storedAnswers,
  storedQuestion,
  verdictOf,
} from './support/reliability-bot.ts';

const QUIZ_SECONDS = 5;
const HALF_SENT = 20;
const RACING = 200;
const AFTER = 20;

const { publicKeyHex, privateKey } = keyPair();
const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-sigterm-'));
const db = path.join(dir, 'store.db');
let fake: FakeDiscord;
/** Every bot a test started, killed after all whatever the outcome. */
const bots = new Set<Bot>();
const started = async (options: Parameters<typeof startBot>[0]) => {
  const bot = await startBot(options);
  bots.add(bot);
  return bot;
};

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  for (const bot of bots) bot.kill('SIGKILL');
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const player = (i: number): Who => ({ id: `72${String(i).padStart(16, '0')}`, name: `Q${i}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const refused = (o: Outcome) =>
  (o.kind === 'reply' && o.status === 503) ||
  (o.kind === 'no-reply' && (o.code === 'ECONNREFUSED' || o.code === 'ECONNRESET'));

// The two tests have stores and channels of their own and mostly wait on rounds' real seconds: they run side by side.
describe.concurrent('SIGTERM with interactions in flight', () => {
  it('finishes what it began, refuses what came after, exits 0 in 10 s, and the next process reveals the open round', async () => {
    const startedAt = Date.now();
    const options = { publicKeyHex, apiBase: fake.apiBase, db, quizSeconds: QUIZ_SECONDS };
    let bot = await started(options);

    const place = { guild: GUILD, channel: '800000000000000021' };
    const quiz = quizIn(place, users.ana);
    const asked = await postInteraction(bot.url, privateKey, quiz);
    const id = roundIdIn(asked.kind === 'reply' ? asked.json : null);
    expect(id, JSON.stringify(asked)).not.toBe('');
    const round: OpenRound = { id, place, token: String(quiz.token), ...storedQuestion(db, id) };
    const answer = (i: number) => answerPayload(round, player(i), i % 3 !== 0);

    // Twenty answers whose headers and half a body have reached the server.
    const halfSent = Array.from({ length: HALF_SENT }, (_, i) =>
      halfSentPost(bot.url, privateKey, answer(i)),
    );
    await sleep(300);
    // Two hundred more at once; the signal lands once a few have been answered.
    const racing = Array.from({ length: RACING }, (_, i) =>
      postInteraction(bot.url, privateKey, answer(HALF_SENT + i)),
    );
    let answeredBefore = 0;
    for (const p of racing) p.then(() => answeredBefore++);
    for (let i = 0; i < 100 && answeredBefore < 20; i++) await sleep(10);
    const signalAt = Date.now();
    bot.kill('SIGTERM');
    await sleep(150);
    const after = await Promise.all(
      Array.from({ length: AFTER }, (_, i) =>
        postInteraction(bot.url, privateKey, answer(HALF_SENT + RACING + i)),
      ),
    );
    for (const p of halfSent) p.finish();
    const halfSentOutcomes = await Promise.all(halfSent.map((p) => p.outcome));
    const racingOutcomes = await Promise.all(racing);

    const exit = await bot.exited;
    const stopMs = Date.now() - signalAt;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stopMs).toBeLessThan(10_000);
    // No reveal yet: the round's five seconds outlived the first process.
    const revealPath = `/webhooks/${APP_ID}/${round.token}/messages/@original`;
    expect(fake.calls.filter((c) => c.method === 'PATCH' && c.path === revealPath)).toEqual([]);

    // The interactions under way when the signal came were all finished with their feedback.
    for (const o of halfSentOutcomes) {
      expect(o.kind === 'reply' && o.status, JSON.stringify(o)).toBe(200);
      expect(verdictOf(o.kind === 'reply' ? o.json : null), JSON.stringify(o)).toBe('feedback');
    }
    // The racing ones: answered with feedback, or refused whole (503 or no connection), never cut off.
    const racingServed = racingOutcomes.filter((o) => o.kind === 'reply' && o.status === 200);
    for (const o of racingOutcomes) {
      if (o.kind === 'reply' && o.status === 200)
        expect(verdictOf(o.json), JSON.stringify(o)).toBe('feedback');
      else expect(refused(o), JSON.stringify(o)).toBe(true);
    }
    // Nothing sent after the signal was served.
    for (const o of after) expect(refused(o), JSON.stringify(o)).toBe(true);

    // The store holds exactly the answers that were acknowledged.
    const stored = storedAnswers(db);
    const acknowledged = [
      ...halfSentOutcomes.map((o, i) => ({ o, i })),
      ...racingOutcomes.map((o, i) => ({ o, i: HALF_SENT + i })),
    ]
      .filter(({ o }) => o.kind === 'reply' && o.status === 200)
      .map(({ i }) => `${round.id}:${player(i).id}`);
    expect([...stored.keys()].sort()).toEqual(acknowledged.sort());
    expect(integrity(db)).toEqual(['ok']);
    // Closed cleanly: the last connection checkpointed the WAL into the file and removed it.
    const wal = `${db}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);

    // The next process re-arms the round and reveals it, with everyone who answered, when time is up.
    const restartAt = Date.now();
    bot = await started(options);
    const reveal = await fake.waitFor((c) => c.method === 'PATCH' && c.path === revealPath, 10_000);
    const revealMs = Date.now() - restartAt;
    const body = reveal.body as { content: string; components: unknown[] };
    expect(JSON.stringify(body.components)).not.toMatch(/quiz:[atmhx]:/);
    expect(body.content).toContain(`${stored.size}명 중`);
    bot.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });

    process.stdout.write(
      `sigterm: ${HALF_SENT}/${HALF_SENT} half-sent answers finished with 200, ` +
        `${racingServed.length}/${RACING} racing answers served and ${RACING - racingServed.length} refused, ` +
        `${after.filter(refused).length}/${AFTER} refused after the signal, exit 0 in ${stopMs} ms, ` +
        `${stored.size} stored, reveal ${revealMs} ms after restart, ${Date.now() - startedAt} ms in all\n`,
    );
  }, 60_000);
  it('without DISCORD_APPLICATION_ID, the next process reveals the open round once an interaction tells it the application id', async () => {
    const options = {
      publicKeyHex,
      apiBase: fake.apiBase,
      db: path.join(dir, 'no-app-id.db'),
      quizSeconds: QUIZ_SECONDS,
      applicationId: null,
    };
    let bot = await started(options);
    const quiz = quizIn({ guild: GUILD, channel: '800000000000000022' }, users.ana);
    // The round opens after this, so it closes no earlier than its time from here.
    const closesNotBefore = Date.now() + QUIZ_SECONDS * 1000;
    const asked = await postInteraction(bot.url, privateKey, quiz);
    expect(roundIdIn(asked.kind === 'reply' ? asked.json : null), JSON.stringify(asked)).not.toBe('');
    bot.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });

    bot = await started({ ...options, logLevel: 'info' });
    // The round's time is up, and its reveal waits: the process cannot yet name the application to edit its message.
    const waiting = 'a message edit waits for an interaction to tell the application id';
    await whenOutput(bot.child, bot.stderr, (err) => logLines(err, waiting).length > 0, 15_000);
    expect(Date.now()).toBeGreaterThanOrEqual(closesNotBefore);
    const revealPath = `/webhooks/${APP_ID}/${quiz.token}/messages/@original`;
    expect(fake.calls.filter((c) => c.method === 'PATCH' && c.path === revealPath)).toEqual([]);
    const any = await postInteraction(bot.url, privateKey, command('explain', { topic: 'CDN' }));
    expect(any.kind === 'reply' && any.status).toBe(200);
    const reveal = await fake.waitFor((c) => c.method === 'PATCH' && c.path === revealPath, 5000);
    expect(JSON.stringify((reveal.body as { components: unknown[] }).components)).not.toMatch(
      /quiz:[atmhx]:/,
    );
    bot.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
  }, 40_000);
});
