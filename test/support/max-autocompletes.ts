// Run by test/search.memory.test.ts in its own process (with --expose-gc): what /explain's autocomplete
// does (suggest, then search when few titles start so) for `count` unique 200-character values (the
// option's max_length, enforced at the door), half one run of syllables, half words of ten. Prints the
// heap growth and the RSS at the end, in megabytes, as JSON.
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { NotesIndex } from '../../src/search/index.ts';

const count = Number(process.argv[2] ?? 20_000);
// Searching a 200-character value costs milliseconds: the test searches only every `searchEvery`th one.
const searchEvery = Number(process.argv[3] ?? 1);
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
for (let i = 0; i < count; i++) {
  const typed =
    i % 2 === 0
      ? Array.from({ length: 200 }, syllable).join('')
      : Array.from({ length: 200 }, (_, k) => (k % 11 === 10 ? ' ' : syllable())).join('');
  if (index.suggest(typed, 25).length < 5 && i % searchEvery === 0) index.search(typed, 25);
}
gc?.();
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
process.stdout.write(
  `${JSON.stringify({ heapGrowth: mb(process.memoryUsage().heapUsed - before), rss: mb(process.memoryUsage().rss) })}\n`,
);
