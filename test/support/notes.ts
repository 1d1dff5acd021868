import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';
import { generateQuestions } from '../../src/quiz/generate.ts';
import { firstChapterDir } from './spawn.ts';

/** The fixture copy of the first chapter, parsed: tests never depend on what `knowledge/` holds. */
export const realKnowledge = (): Knowledge => loadKnowledge(firstChapterDir);

/** Loads one note a test wrote, alone in its own folder under `root`, without an index cache. */
export function oneNote(root: string, file: string, text: string): Knowledge {
  const dir = join(root, file.replace(/\W/g, ''));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return loadKnowledge(dir, { cacheDir: false });
}

/** Many questions on notes, over three seeds, facts repeating: what a review-pattern test looks through. */
export const manyQuestions = (k: Knowledge) =>
  [1, 2, 3].flatMap((seed) => generateQuestions(k, { count: 120, seed, repeat: true }));
