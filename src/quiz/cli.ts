import type { Knowledge } from '../knowledge/types.ts';
import type { NotesIndex } from '../search/index.ts';
import { generateQuestions } from './generate.ts';
import { questionToJSON } from './question.ts';

/**
 * What `tutor quiz --json --count N --seed S [--topic T]` prints: one question per line in the CLI's
 * JSON shape, the same lines for the same notes and seed. Empty when the topic matches nothing.
 */
export function quizJsonLines(
  knowledge: Knowledge,
  opts: { count: number; seed: number; topic?: string; index?: NotesIndex },
): string[] {
  return generateQuestions(knowledge, opts).map((q) => JSON.stringify(questionToJSON(q)));
}
