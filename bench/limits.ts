import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HEAP_GROWING_PERCENT } from '../src/heap-growth.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { NotesIndex } from '../src/search/index.ts';
import { manyNotesTitle, writeManyNotes } from '../test/support/many-notes.ts';

const root = path.resolve(import.meta.dirname, '..');

/**
 * `npm run bench -- memory`: the search's memory through 200,000 unique maximal-length (200-character)
 * autocomplete values, in a process of its own (every value suggested, every 40th also searched, as
 * /explain's autocomplete does when few titles match). The bar: under 400 MB RSS.
 */
export function benchMemory(count = 200_000): object {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      // As the bot runs (src/main.ts).
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
      '--import',
      'tsx',
      'test/support/max-autocompletes.ts',
      String(count),
      '40',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  const { heapGrowth, rss } = JSON.parse(run.stdout) as { heapGrowth: number; rss: number };
  return {
    autocompletes: count,
    seconds: Math.round((performance.now() - started) / 1000),
    heapGrowthMb: heapGrowth,
    rssMb: rss,
    goal: 'RSS < 400 MB',
  };
}

/**
 * `npm run bench -- queries`: what a query of one word repeated 2,000 times costs beside the word once, at
 * 10,000 sections, and ten of them in a row (what ten at once cost the one main thread).
 */
export function benchQueries(): object {
  const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-bench-q-'));
  try {
    writeManyNotes(dir, 10_000);
    const index = NotesIndex.build(loadKnowledge(dir, { cacheDir: false }));
    const word = manyNotesTitle(4321).split(' ')[0] ?? '';
    const timed = (query: string) => {
      const started = performance.now();
      index.search(query);
      return +(performance.now() - started).toFixed(1);
    };
    timed(word); // warm-up
    const onceMs = timed(`${word} 설명`);
    const repeated = Array(2000).fill(word).join(' ');
    const repeatedMs = timed(`${repeated} 설명`);
    const tenStarted = performance.now();
    for (let i = 0; i < 10; i++) index.search(`${repeated} ${i}`);
    return {
      sections: 10_000,
      onceMs,
      repeated2000Ms: repeatedMs,
      tenRepeatedMs: Math.round(performance.now() - tenStarted),
      goal: 'repeated ≈ once; ten well under 3 s (before: 460 ms each, PING blocked 4.2 s)',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
