import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { pointsFor } from '../src/quiz/scoring.ts';
import { openStore } from '../src/store/store.ts';
import { roundRecord, sessionRecord } from '../test/support/rounds.ts';
import { tempDir } from '../test/support/temp.ts';

const GUILD = 'bench-guild';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50Ms: round2(percentile(sorted, 50)),
    p99Ms: round2(percentile(sorted, 99)),
    maxMs: round2(sorted.at(-1) ?? 0),
  };
}

/** Recorded answers per second: each its own transaction (answer + score + weekly + topic rows). */
async function benchAnswers(dir: string) {
  const store = await openStore(join(dir, 'answers.db'));
  const rounds = 200;
  const answers = 50_000;
  for (let r = 0; r < rounds; r++) {
    const where = { scope: GUILD, channelId: `c${r}` };
    await store.startSession(
      sessionRecord({ id: `s${r}`, guildId: GUILD, ownerId: 'u', ...where }),
      roundRecord({
        id: `r${r}`,
        sessionId: `s${r}`,
        topic: `t${r % 7}`,
        cardKey: 'k',
        closesAt: 1e15,
        ...where,
      }),
    );
  }
  const latencies: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < answers; i++) {
    const roundId = `r${i % rounds}`;
    const start = performance.now();
    const res = await store.recordAnswer({
      roundId,
      userId: `u${Math.floor(i / rounds)}`,
      name: 'bench',
      response: '0',
      correct: i % 3 !== 0,
      answeredAt: 1000 + i,
      points: (streak) => pointsFor({ openedAt: 0, closesAt: 30_000, answeredAt: 10_000 }, streak),
    });
    latencies.push(performance.now() - start);
    if (res.status !== 'recorded') throw new Error(`answer ${i} not recorded: ${res.status}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  return { answers, answersPerSecond: Math.round(answers / seconds), ...summary(latencies) };
}

/** A leaderboard page (top ten + the caller's rank + page count) with 100,000 players in one guild. */
async function benchLeaderboard(dir: string) {
  const path = join(dir, 'board.db');
  const users = 100_000;
  const store = await openStore(path);
  // Seeding 100,000 score rows directly: the figure is about reading the board, not about writing it.
  const db = new Database(path);
  const insert = db.prepare(
    `INSERT INTO scores (scope, season, user_id, name, points, answered, correct, streak, best_streak, updated_at)
     VALUES (?, 1, ?, ?, ?, 10, 5, 0, 3, 0)`,
  );
  db.transaction(() => {
    for (let i = 0; i < users; i++) insert.run(GUILD, `user${i}`, `name${i}`, (i * 7919) % 50_000);
    db.exec(`INSERT INTO score_buckets (scope, season, bucket, n)
      SELECT scope, season, points / 100, COUNT(*) FROM scores GROUP BY scope, season, points / 100`);
  })();
  db.close();
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const me = `user${(i * 331) % users}`;
    const start = performance.now();
    await store.leaderboard(GUILD, { period: 'all-time', limit: 10, offset: 0 });
    await store.rankOf(GUILD, me, { period: 'all-time' });
    await store.boardSize(GUILD, { period: 'all-time' });
    samples.push(performance.now() - start);
  }
  await store.close();
  return { users, ...summary(samples.slice(20)) };
}

/** 1,000 generated questions from the real notes: first call (mines the notes) and warm calls. */
function benchGeneration() {
  const knowledge = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'));
  let start = performance.now();
  generateQuestions(knowledge, { count: 1000, seed: 1, repeat: true });
  const coldMs = performance.now() - start;
  const warm: number[] = [];
  for (let seed = 2; seed < 12; seed++) {
    start = performance.now();
    generateQuestions(knowledge, { count: 1000, seed, repeat: true });
    warm.push(performance.now() - start);
  }
  return { questions: 1000, coldMs: round2(coldMs), warm: summary(warm) };
}

/** Quiz figures for `npm run bench`: answer throughput and latency, leaderboard page, generation. */
export async function benchQuiz(): Promise<object> {
  const tmp = tempDir('ssaem-bench-');
  try {
    return {
      answers: await benchAnswers(tmp.dir),
      leaderboardPage: await benchLeaderboard(tmp.dir),
      generation: benchGeneration(),
      targets: { answersPerSecond: 5000, answerP99Ms: 5, leaderboardPageMs: 5, generation1000Ms: 200 },
    };
  } finally {
    tmp.cleanup();
  }
}
