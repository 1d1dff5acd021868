import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { GlossaryEntry, Knowledge } from '../knowledge/types.ts';
import { NotesIndex } from '../search/index.ts';
import type { Notes } from './context.ts';
import type { NotesJob, NotesMessage } from './notes-worker.ts';
import { prepareSteps, runInTurns } from './prepare-notes.ts';

// The worker runs the code this module runs: the compiled JavaScript beside it when this module is compiled (it
// then needs no loader: tsx costs a worker ~0.7 s of CPU, its loader and its hooks thread, at every reload), or
// TypeScript through tsx's API: on Node 20 a worker inherits no loader hooks, and `--import tsx` in its execArgv
// registers them only after its entry failed to load.
const compiled = import.meta.url.endsWith('.js');
const entry = new URL(`./notes-worker.${compiled ? 'js' : 'ts'}`, import.meta.url);
const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;

export type WorkerLoad = { status: 'same'; sections: number } | { status: 'new'; notes: Notes };

/**
 * Loads the notes folder and builds its index in a worker thread; the main thread only restores the
 * index from its serialised form, a turn after receiving it, and builds what first requests need in steps
 * of a few milliseconds, so requests keep being served meanwhile.
 * Rejects with the worker's error (a vanished folder) or when the worker dies. `cancel` ends the worker.
 */
export function loadInWorker(
  job: NotesJob,
  served?: Knowledge,
): { done: Promise<WorkerLoad>; cancel: () => void } {
  const worker = compiled
    ? new Worker(entry, { workerData: job })
    : new Worker(bootstrap, { eval: true, workerData: job });
  const done = new Promise<WorkerLoad>((resolve, reject) => {
    let knowledge: Knowledge | undefined;
    let settled = false;
    // The worker may exit before the index it sent is restored here: that is no failure.
    let restoring = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      f();
    };
    worker.on('message', (m: NotesMessage) => {
      if (m.kind === 'same') finish(() => resolve({ status: 'same', sections: m.sections }));
      else if (m.kind === 'error') finish(() => reject(new Error(m.message)));
      else if (m.kind === 'knowledge') {
        knowledge = m.knowledge;
        // The glossary arrives as a copy: when it is the served one, the served entries are kept, so the
        // index restored below finds their glossary index instead of building it again (2,500 entries, 40–70 ms
        // of one turn).
        if (served && sameGlossary(served.glossary, knowledge.glossary)) knowledge.glossary = served.glossary;
      } else if (knowledge) {
        const parsed = knowledge;
        restoring = true;
        void (async () => {
          try {
            await setImmediate();
            const index = await runInTurns(NotesIndex.restoreSteps(m.index, parsed), 8, () => settled);
            if (settled) return;
            if (!index) throw new Error('the index worker answered for other notes');
            // What the first requests would build (autocomplete, typo lookups, the quiz's facts) is built now, in
            // steps between requests, so no request pays for it on top of its own work.
            const notes = { knowledge: parsed, index };
            await runInTurns(prepareSteps(notes), 8, () => settled);
            finish(() => resolve({ status: 'new', notes }));
          } catch (error) {
            finish(() => reject(error));
          }
        })();
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => {
      if (!restoring)
        finish(() => reject(new Error(`the notes worker stopped (exit code ${code}) before answering`)));
    });
  });
  return { done, cancel: () => void worker.terminate() };
}

function sameGlossary(a: readonly GlossaryEntry[], b: readonly GlossaryEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, k) => {
      const o = b[k];
      return (
        o !== undefined &&
        e.source === o.source &&
        e.names.length === o.names.length &&
        e.names.every((n, i) => n === o.names[i])
      );
    })
  );
}
