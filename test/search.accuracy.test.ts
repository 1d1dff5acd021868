import { describe, expect, it } from 'vitest';
import { compareAccuracy } from './queries/evaluate.ts';
import { LABELLED_QUERIES } from './queries/labelled.ts';

describe('NotesIndex.search on the labelled query set', () => {
  const { ours, plain } = compareAccuracy();
  process.stdout.write(
    `search top-1 accuracy on ${ours.total} labelled queries: ours ${(ours.top1 * 100).toFixed(1)}%, ` +
      `plain MiniSearch ${(plain.top1 * 100).toFixed(1)}%\n`,
  );

  it('has at least 100 queries, 25 of them against a note written by the test', () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(100);
    expect(LABELLED_QUERIES.filter((q) => q.note === 'second').length).toBeGreaterThanOrEqual(25);
  });

  // Every query, not "at least 95%": a 95% bar beside `wrong: []` could never fail on its own.
  it('puts the expected section first for every labelled query', () => {
    expect(ours.wrong).toEqual([]);
    expect(ours.top1).toBe(1);
  });

  it('returns nothing for every query the notes do not cover', () => {
    expect(ours.misses.right).toBe(ours.misses.total);
  });

  it('beats plain MiniSearch defaults by a wide margin', () => {
    expect(ours.top1 - plain.top1).toBeGreaterThan(0.3);
  });
});
