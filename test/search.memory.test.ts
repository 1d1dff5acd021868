import { describe, expect, it } from 'vitest';
import { compiled, runNode } from './support/spawn.ts';

// Each test measures a process of its own, which mostly computes: the two run side by side, on both cores.
describe.concurrent('memory', () => {
  it('NotesIndex does not keep unique 6,000-character queries alive through its word caches', async () => {
    // 2,000 queries of 20 random syllables and 5,980 dots: kept alive, they would hold about 24 MB more than the
    // 4 MB the index's memos grow by without them (its first 250 queries, then 0.1 MB a 250). 5,000 cost 4.5 s
    // more CPU for the same verdict.
    const run = await runNode(['--expose-gc', compiled('test/support/long-queries.ts')], {
      timeoutMs: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(Number(run.stdout.trim())).toBeLessThan(12);
  }, 250_000);

  it('word memos stay bounded by bytes through unique maximal-length autocompletes', async () => {
    // 20,000 unique 200-character values (the topic's max_length): memos bounded by entries kept them all, 17 MB
    // here and 300 MB of the 400 MB bar at 200,000 (`npm run bench -- memory` runs the 200,000).
    const run = await runNode(['--expose-gc', compiled('test/support/max-autocompletes.ts'), '20000', '40'], {
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
