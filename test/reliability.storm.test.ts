/**
 * Reliability: an answer storm through the real process, killed in the middle. Six quiz rounds stay
 * open (two guilds × three channels, QUIZ_SECONDS=600) while 200 players answer every one of them
 * (1,200 answers, plus a second click for every tenth) from 48 connections at once. The bot is
 * SIGKILLed twice mid-storm and restarted on the same SQLite file; whatever was in flight when it died
 * is sent again. Afterwards every acknowledged answer is stored exactly once with the points its
 * player was told, every score is the sum of its answers, and the file is sound. The size only has to
 * keep every connection busy when each kill lands and leave work for after each restart: 400 players
 * (2,400 answers, kills after 1,000 and 1,700) caught the same ~47 answers in flight per kill at twice
 * the CPU.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../src/quiz/random.ts';
import { GUILD, keyPair, nextId, OTHER_GUILD, users, type Who } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import {
  announcedPoints,
  answerPayload,
  type Bot,
  integrity,
  logLines,
  type OpenRound,
  type Place,
  postInteraction,
  quizIn,
  roundIdIn,
  scoreMismatches,
  startBot,
  storedAnswers,
  storedQuestion,
  verdictOf,
} from './support/reliability-bot.ts';

/** Channel ids are unique across Discord, so each guild has its own three. */
const PLACES: Place[] = [GUILD, OTHER_GUILD].flatMap((guild, g) =>
  [1, 2, 3].map((c) => ({ guild, channel: `8000000000000000${g + 1}${c}` })),
);
const PLAYERS = 200;
/** Every n-th answer is clicked a second time, right behind the first. */
const DUPLICATE_EVERY = 10;
/** SIGKILL once this many answers (in total) have been acknowledged. */
const KILL_AFTER = [500, 850];
const CONCURRENCY = 48;
/** Room for the storm on a shared 2-core machine running other test files beside it (alone, 400 players: 7–26 s). */
const STORM_BUDGET_MS = 70_000;

const { publicKeyHex, privateKey } = keyPair();
const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-storm-'));
const db = path.join(dir, 'store.db');
let fake: FakeDiscord | undefined;
let bot: Bot | undefined;

afterAll(async () => {
  bot?.kill('SIGKILL');
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Click {
  pair: string;
  payload: Record<string, unknown>;
}

/** The same click made again by its user: Discord gives it a new interaction id. */
const clickAgain = (click: Click): Click => ({ ...click, payload: { ...click.payload, id: nextId() } });

/** What became of every (round, player) pair, over all its clicks and re-sends. */
interface PairLog {
  feedback: number;
  already: number;
  other: string[];
  announced: number;
}

const player = (i: number): Who => ({ id: `71${String(i).padStart(16, '0')}`, name: `P${i}` });

describe('an answer storm through a process that is SIGKILLed mid-storm and restarted', () => {
  it('stores every acknowledged answer exactly once, keeps scores equal to their answers, and stays sound', async () => {
    const started = Date.now();
    fake = await startFakeDiscord();
    const options = { publicKeyHex, apiBase: fake.apiBase, db, quizSeconds: 600, logLevel: 'info' };
    bot = await startBot(options);

    const rounds: OpenRound[] = [];
    for (const place of PLACES) {
      const quiz = quizIn(place, users.ana);
      const asked = await postInteraction(bot.url, privateKey, quiz);
      expect(asked.kind === 'reply' && asked.status, JSON.stringify(asked)).toBe(200);
      const id = roundIdIn(asked.kind === 'reply' ? asked.json : null);
      expect(id, JSON.stringify(asked)).not.toBe('');
      rounds.push({ id, place, token: String(quiz.token), ...storedQuestion(db, id) });
    }

    // Every player answers every round, in a shuffled order; some click twice.
    const random = seededRandom(20240601);
    const pairs = new Map<string, PairLog>();
    const clicks: Click[] = [];
    for (let i = 0; i < PLAYERS; i++) {
      for (const round of rounds) {
        const pair = `${round.id}:${player(i).id}`;
        pairs.set(pair, { feedback: 0, already: 0, other: [], announced: 0 });
        clicks.push({ pair, payload: answerPayload(round, player(i), random() < 0.6) });
      }
    }
    for (let i = clicks.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [clicks[i], clicks[j]] = [clicks[j] as Click, clicks[i] as Click];
    }
    const queue: Click[] = clicks.flatMap((c, i) => {
      if (i % DUPLICATE_EVERY !== 0) return [c];
      const [roundId = '', userId = ''] = c.pair.split(':');
      const round = rounds.find((r) => r.id === roundId) as OpenRound;
      const who = player(Number(userId.slice(2)));
      return [c, { pair: c.pair, payload: answerPayload(round, who, random() < 0.5) }];
    });

    let sent = 0;
    let acked = 0;
    const deadline = Date.now() + STORM_BUDGET_MS;
    const phases: { acked: number; inFlightAtKill: number; lost: number; storedBefore?: number }[] = [];

    /** Sends from `todo` with CONCURRENCY workers until it is empty, or SIGKILLs the bot at `killAt`. */
    async function storm(current: Bot, todo: Click[], killAt: number | null) {
      const phase = { acked: 0, inFlightAtKill: 0, lost: 0 };
      const lost: Click[] = [];
      let inFlight = 0;
      let stopped = false;
      const worker = async () => {
        while (!stopped && todo.length > 0 && Date.now() < deadline) {
          const click = todo.shift() as Click;
          inFlight++;
          sent++;
          const outcome = await postInteraction(current.url, privateKey, click.payload);
          inFlight--;
          const log = pairs.get(click.pair) as PairLog;
          if (outcome.kind === 'no-reply' || outcome.status !== 200) {
            lost.push(click);
            continue;
          }
          const verdict = verdictOf(outcome.json);
          if (verdict === 'feedback') {
            log.feedback++;
            log.announced = announcedPoints(outcome.json);
            acked++;
            phase.acked++;
          } else if (verdict === 'already') log.already++;
          else log.other.push(outcome.json?.data?.content ?? JSON.stringify(outcome.json));
          if (killAt !== null && acked >= killAt && !stopped) {
            stopped = true;
            phase.inFlightAtKill = inFlight;
            current.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      phase.lost = lost.length;
      phases.push(phase);
      // What died with the process goes first next time, like Discord users clicking again: a new
      // click is a new interaction (a replayed id is refused, see endpoint.replay.test.ts).
      todo.unshift(...lost.map(clickAgain));
    }

    for (const killAt of KILL_AFTER) {
      await storm(bot, queue, killAt);
      expect((await bot.exited).signal).toBe('SIGKILL');
      bot = await startBot(options);
      // The restarted process found the six rounds open and armed their timers again.
      expect(logLines(bot.stderr(), 'resumed open quiz rounds').map((l) => l.rounds)).toEqual([
        PLACES.length,
      ]);
    }
    await storm(bot, queue, null);
    // Replies other than feedback (a "slow down", say) get a bounded second chance, as a user would.
    const retry = (): Click[] =>
      [...pairs]
        .filter(([, l]) => l.feedback + l.already === 0)
        .map(([pair]) => ({
          pair,
          payload: {
            ...(clicks.find((c) => c.pair === pair)?.payload as Record<string, unknown>),
            id: nextId(),
          },
        }));
    for (let i = 0; i < 3 && retry().length > 0 && Date.now() < deadline; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      await storm(bot, retry(), null);
    }
    expect(queue).toHaveLength(0);

    const stopping = Date.now();
    bot.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    const stopMs = Date.now() - stopping;

    const stored = storedAnswers(db);
    const logs = [...pairs.values()];
    const inFlightAtKills = phases.reduce((n, p) => n + p.inFlightAtKill, 0);
    const others = logs.flatMap((l) => l.other);
    const restartAcked = phases.slice(1).reduce((n, p) => n + p.acked, 0);
    process.stdout.write(
      `storm: ${sent} answers sent (${clicks.length} distinct, ${queue.length} unsent), ` +
        `${phases[0]?.acked} acknowledged before the first kill, ${inFlightAtKills} in flight at ` +
        `${KILL_AFTER.length} kills (${phases.reduce((n, p) => n + p.lost, 0)} sent again), ` +
        `${restartAcked} acknowledged after restarts, ` +
        `${logs.filter((l) => l.feedback > 0).length} acknowledged in all, ${stored.size} stored, ` +
        `${others.length} other replies${others.length ? ` (${others[0]})` : ''}, ` +
        `${KILL_AFTER.length} restarts survived, stop took ${stopMs} ms, ${Date.now() - started} ms in all\n`,
    );

    expect(sent).toBeGreaterThanOrEqual(PLAYERS * PLACES.length);
    // Nobody was told twice; every acknowledged answer is stored once, with the points announced.
    for (const [pair, log] of pairs) {
      expect(log.feedback, pair).toBeLessThanOrEqual(1);
      if (log.feedback === 1) expect(stored.get(pair), pair).toEqual({ rows: 1, points: log.announced });
      if (log.already > 0) expect(stored.get(pair)?.rows, pair).toBe(1);
    }
    // Nothing stored that nobody sent; stored without acknowledgement only what a kill cut off.
    for (const pair of stored.keys()) expect(pairs.has(pair), pair).toBe(true);
    expect(Math.max(...[...stored.values()].map((s) => s.rows))).toBe(1);
    const ackedPairs = logs.filter((l) => l.feedback === 1).length;
    expect(stored.size - ackedPairs).toBeGreaterThanOrEqual(0);
    expect(stored.size - ackedPairs).toBeLessThanOrEqual(inFlightAtKills);
    expect(stored.size).toBe(logs.filter((l) => l.feedback + l.already > 0).length);
    // Every round was answerable after each restart, and every pair ended answered.
    expect(phases.slice(1, KILL_AFTER.length + 1).every((p) => p.acked > 0)).toBe(true);
    expect(stored.size).toBe(pairs.size);
    expect(scoreMismatches(db)).toEqual([]);
    expect(integrity(db)).toEqual(['ok']);
  }, 120_000);
});
