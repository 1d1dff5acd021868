import { describe, expect, it } from 'vitest';
import { compiled, runNode } from './support/spawn.ts';

// Each test measures a process of its own, which mostly computes: the two run side by side, on both cores.
describe.concurrent('memory', () => {
  it('NotesIndex does not keep unique 6,000-character queries alive through its word caches', async () => {
    // 1,000 queries of 20 random syllables and 5,980 dots: kept alive (memo keys sliced from them: 7edbbfe's copy taken
    // out of splitWords) they grew the heap 13.7 MB, against 1.7-1.9 MB for the index's memos without them
    // (2,000: 26.5 against 2.6, for 1.2 s more CPU and the same verdict).
    const run = await runNode(['--expose-gc', compiled('test/support/long-queries.ts')], {
      timeoutMs: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(Number(run.stdout.trim())).toBeLessThan(7);
  }, 250_000);

  it('word memos stay bounded by bytes through unique maximal-length autocompletes', async () => {
    // 10,000 unique 200-character values (the topic's max_length): memos bounded by entries kept them all, 17.4 MB
    // here against 0.7 MB bounded by bytes (20,000: 18.3 against 1.1, for 1.2 s more CPU), and 300 MB of the
    // 400 MB bar at 200,000 (`npm run bench -- memory` runs the 200,000).
    const run = await runNode(['--expose-gc', compiled('test/support/max-autocompletes.ts'), '10000', '40'], {
      timeoutMs: 480_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).heapGrowth).toBeLessThan(8);
  }, 490_000);

  it('a structure built in steps keeps only itself once done, not what its build held', async () => {
    // A finished generator kept its context: each server's typo lookups kept their key maps beside them.
    const run = await runNode(['--expose-gc', compiled('test/support/heap-bounds.ts'), 'stepwise']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ size: 1000, scratchKept: false });
  });

  it('with its growth bounded as the bot does at start, the heap stays near 2× what is alive, however fast it allocates', async () => {
    // V8's own factor here is ~4.3× (a machine with a large heap limit): RSS followed the garbage, not the budget.
    const run = await runNode(['--expose-gc', compiled('test/support/heap-bounds.ts'), 'growth', 'bounded']);
    expect(run.status, run.stderr).toBe(0);
    // 2× the old generation plus the young generation's few megabytes: 2.4 here.
    expect(JSON.parse(run.stdout).ratio).toBeLessThan(3);
  }, 60_000);
});
