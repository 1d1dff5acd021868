import { setImmediate } from 'node:timers/promises';
import { quizWarmSteps } from '../quiz/generate.ts';
import type { Notes } from './context.ts';
import { sectionKeySteps } from './section-key.ts';
import { countSteps } from './section-names.ts';

/*
 * What the first requests on new notes would otherwise build while someone waits: the search's lookups
 * (autocomplete, typo trees, title keys), the quiz's facts and masked lines (the first /explain asks whether a
 * quiz can start), the section keys and button names. At 10,000 sections that was over a second of one turn;
 * here it is steps of a few milliseconds, run between requests.
 */

/** Every first-use structure of these notes, a slice per step. */
export function* prepareSteps({ knowledge, index }: Notes): Generator<void> {
  yield* index.warmSteps();
  yield* quizWarmSteps(knowledge);
  yield* countSteps(knowledge);
  yield* sectionKeySteps(knowledge);
}

/**
 * Runs `steps` between other work: steps for about `sliceMs`, then a turn of the event loop (timers and I/O
 * first), until they end (with what they return) or `stop()` says so (undefined).
 */
export async function runInTurns<T>(
  steps: Iterator<void, T>,
  sliceMs = 8,
  stop = () => false,
): Promise<T | undefined> {
  for (;;) {
    const until = performance.now() + sliceMs;
    do {
      const r = steps.next();
      if (r.done) return r.value;
    } while (performance.now() < until);
    await setImmediate();
    if (stop()) return undefined;
  }
}
