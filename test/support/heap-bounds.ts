// Run by test/search.memory.test.ts in its own process (with --expose-gc). Prints one JSON line.
//   stepwise: whether a structure built in steps still keeps what its build held in locals once it is done.
//   growth [bounded]: the largest heap V8 lets grow around ~40 MB kept alive while ~400 MB of short-lived
//   objects are allocated (a sweep of servers' index builds, in small), over the live heap; `bounded` first
//   calls boundHeapGrowth as the bot does at start.
import { boundHeapGrowth } from '../../src/heap-growth.ts';
import { Stepwise } from '../../src/search/stepwise.ts';

const gc = (globalThis as { gc: () => void }).gc;
const [mode, option] = process.argv.slice(2);

if (mode === 'stepwise') {
  let scratch: WeakRef<object> | undefined;
  const built = new Stepwise(function* () {
    // What a build keeps in locals beside its result: a lookup's key map, filled by a closure (so it lives in
    // the generator's context, as VocabularyMatcher's maps do).
    const keys = new Map<string, number>();
    const add = (k: number) => keys.set(`key${k}`, k);
    scratch = new WeakRef(keys);
    for (let k = 0; k < 1000; k++) add(k);
    yield;
    return keys.size;
  });
  const size = built.value;
  // A WeakRef's target is kept to the end of the turn that made or read it.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  process.stdout.write(`${JSON.stringify({ size, scratchKept: scratch?.deref() !== undefined })}\n`);
} else if (mode === 'growth') {
  if (option === 'bounded') boundHeapGrowth();
  // Arrays of small objects, as an index's lookups are: ~40 MB.
  const live = Array.from({ length: 400 }, (_, i) =>
    Array.from({ length: 2500 }, (_, k) => ({ i, k, s: `w${k}` })),
  );
  gc();
  const liveHeap = process.memoryUsage().heapUsed;
  let most = 0;
  let sink = 0;
  // 100 rounds: unbounded, V8 reaches 4.3× here (4.6× at 200, 2.9× at 50), bounded 2.4× either way.
  for (let round = 0; round < 100; round++) {
    // ~4 MB of objects dropped at once, like a build's term lists.
    const garbage = Array.from({ length: 40_000 }, (_, k) => ({ k, s: `t${round}:${k}` }));
    sink += garbage.length;
    most = Math.max(most, process.memoryUsage().heapUsed);
  }
  process.stdout.write(`${JSON.stringify({ live: live.length, sink, ratio: most / liveHeap })}\n`);
}
