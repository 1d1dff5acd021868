// Run by test/search.memory.test.ts in its own process (with --expose-gc): heap growth after many unique long
// queries, printed as one number of megabytes.
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { NotesIndex } from '../../src/search/index.ts';

const index = NotesIndex.build(
  loadKnowledge(new URL('../fixtures/first-chapter/', import.meta.url).pathname, { cacheDir: false }),
);
let seed = 1;
const syllable = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return String.fromCharCode(0xac00 + (seed % 11172));
};
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 1_000; i++) {
  const query = Array.from({ length: 20 }, syllable).join('') + '.'.repeat(5980);
  index.search(query);
  index.suggest(query);
}
gc?.();
process.stdout.write(`${(process.memoryUsage().heapUsed - before) / 1e6}\n`);
