/*
 * The notes reload's heavy half, run in a worker thread (see load-in-worker.ts): reading and parsing every
 * note and building the search index took the main thread 1.4–4 s at 10,000 sections, blocking every request.
 * Posts the parsed notes and the index's serialised form (the same one the cache holds) as two messages, so
 * the main thread takes each in its own turn.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.ts';
import { NotesIndex } from '../search/index.ts';

export interface NotesJob {
  dir: string;
  cacheDir: string;
  /** The served notes' hash: when the folder still hashes the same, nothing more is sent. */
  servedHash: string;
}

export type NotesMessage =
  | { kind: 'same'; sections: number }
  | { kind: 'knowledge'; knowledge: ReturnType<typeof loadKnowledge> }
  | { kind: 'index'; index: ReturnType<NotesIndex['toJSON']> }
  | { kind: 'error'; message: string };

const job = workerData as NotesJob;
const post = (message: NotesMessage) => parentPort?.postMessage(message);
try {
  const knowledge = loadKnowledge(job.dir, { cacheDir: job.cacheDir });
  if (knowledge.hash === job.servedHash) post({ kind: 'same', sections: knowledge.sections.length });
  else {
    post({ kind: 'knowledge', knowledge });
    post({ kind: 'index', index: NotesIndex.load(knowledge, job.cacheDir).toJSON() });
  }
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
