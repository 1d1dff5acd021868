// Run by test/search.memory.test.ts in its own process (with --expose-gc). Prints one JSON line.
//   stepwise: whether a structure built in steps still keeps what its build held in locals once it is done.
import { Stepwise } from '../../src/search/stepwise.ts';

const gc = (globalThis as { gc: () => void }).gc;
const [mode] = process.argv.slice(2);

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
}
