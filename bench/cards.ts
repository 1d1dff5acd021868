/**
 * `npm run bench -- cards`: how long each picture card takes to draw and encode, one after another
 * (so one core at a time: drawing on the main thread, then the PNG on one pool thread), its CPU time,
 * and its size; plus the store's share of a /stats card on SQLite.
 */
import { join } from 'node:path';
import { renderBoardCard } from '../src/cards/board-card.ts';
import { DAY_MS, statsCardData } from '../src/cards/model.ts';
import { renderStatsCard } from '../src/cards/stats-card.ts';
import { openStore } from '../src/store/store.ts';
import { board, fiftyTopics, player } from '../test/support/cards.ts';
import { answer, roundRecord, sessionRecord } from '../test/support/rounds.ts';
import { tempDir } from '../test/support/temp.ts';

const RUNS = 100;

const round2 = (n: number) => Math.round(n * 100) / 100;
const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function measure(render: () => Promise<Buffer>) {
  const coldStart = performance.now();
  const first = await render();
  const coldMs = performance.now() - coldStart;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const usage = process.cpuUsage();
    const start = performance.now();
    await render();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    pngKB: round2(first.length / 1024),
    firstRenderMs: round2(coldMs),
    p50Ms: round2(at(wall, 50)),
    p99Ms: round2(at(wall, 99)),
    cpuP50Ms: round2(at(cpu, 50)),
    cpuP99Ms: round2(at(cpu, 99)),
  };
}

/** `/stats`'s store reads for a player with 5,000 answers over a season of 100 days. */
async function statsData() {
  const tmp = tempDir('ssaem-bench-cards-');
  const store = await openStore(join(tmp.dir, 'cards.db'));
  try {
    const now = Date.UTC(2026, 11, 7, 3);
    const rounds = 5_000;
    await store.startSession(sessionRecord({ total: rounds }), roundRecord({ id: 'r0', closesAt: 1e15 }));
    for (let r = 0; r < rounds; r++) {
      if (r)
        await store.addRound(roundRecord({ id: `r${r}`, position: r, topic: `t${r % 40}`, closesAt: 1e15 }));
      const when = now - (rounds - r) * ((100 * DAY_MS) / rounds);
      await store.recordAnswer(answer('u1', r % 4 !== 0, when, `r${r}`));
      await store.recordAnswer(answer(`u${2 + (r % 50)}`, true, when, `r${r}`));
      await store.closeRound(`r${r}`, when + 1);
    }
    const card = await statsCardData(store, 'g1', 'u1', { now });
    if (card.answered !== rounds) throw new Error(`seeded ${card.answered} answers, not ${rounds}`);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await statsCardData(store, 'g1', 'u1', { now });
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return { answers: rounds * 2, p50Ms: round2(at(samples, 50)), p99Ms: round2(at(samples, 99)) };
  } finally {
    await store.close();
    tmp.cleanup();
  }
}

export async function benchCards() {
  const { loadavg } = await import('node:os');
  return {
    runs: RUNS,
    loadAverageAtStart: round2(loadavg()[0] ?? 0),
    stats3Topics: await measure(() => renderStatsCard(player(), 'ko')),
    stats50Topics: await measure(() => renderStatsCard(fiftyTopics(), 'ko')),
    leaderboardTop10AndMe: await measure(() => renderBoardCard(board(), 'en')),
    statsStoreReads: await statsData(),
    bar: 'each card < 50 ms p99 on one core, PNG < 200 KB',
  };
}
