import type { Knowledge } from '../../knowledge/types.ts';
import type { Question } from '../../quiz/question.ts';
import { seededRandom, shuffled } from '../../quiz/random.ts';
import type { AnswerRecord } from '../../store/store.ts';
import { sectionKey } from '../section-key.ts';
import type { MissedQuestion } from './render.ts';
import { seedFrom } from './session-plan.ts';

/** A session's question as its row keeps it: what the quiz learned while playing it. */
export type PlannedQuestion = Question & {
  /** Nobody answered it right. */
  missed?: true;
  /** Asked again because it was missed earlier in the session. */
  again?: true;
};

/** Two other questions come between a missed question and its second asking, when the session has them. */
const GAP = 2;

/** Nobody got it right (or nobody answered). */
export const wasMissed = (answers: readonly AnswerRecord[]) => !answers.some((a) => a.correct);

/**
 * The session's questions after the one at `position` was missed: marked, and (as Quizlet's Learn does)
 * asked again a little later with its choices in a new order, once, while the session has room. The same
 * call again changes nothing, so a retried reveal cannot add it twice.
 */
export function afterMiss(
  questions: readonly PlannedQuestion[],
  position: number,
  opts: { askAgain: boolean; max: number },
): PlannedQuestion[] | undefined {
  const q = questions[position];
  if (!q || q.missed) return undefined;
  const out = [...questions];
  out[position] = { ...q, missed: true };
  if (opts.askAgain && !q.again && out.length < opts.max) {
    const at = Math.min(out.length, position + 1 + GAP);
    out.splice(at, 0, reshuffled(q, `${q.cardKey}:${position}`));
  }
  return out;
}

/** The same question with its choices in another order (true/false keeps ⭕ before ❌). */
function reshuffled(q: PlannedQuestion, seedText: string): PlannedQuestion {
  const { missed: _, ...rest } = q;
  if (!q.choices || q.type === 'true-false' || q.answerIndex === undefined) return { ...rest, again: true };
  const right = q.choices[q.answerIndex];
  const random = seededRandom(seedFrom(seedText));
  let choices = shuffled(q.choices, random);
  // A new order, so the position the student remembers is not the answer's.
  if (choices.length > 1 && choices.indexOf(right as string) === q.answerIndex)
    choices = [...choices.slice(1), choices[0] as string];
  return { ...rest, choices, answerIndex: choices.indexOf(right as string), again: true };
}

/** The questions missed up to `position`, one per section, with their section's button key. */
export function missedSections(
  knowledge: Knowledge,
  questions: readonly PlannedQuestion[],
  position: number,
): MissedQuestion[] {
  const out: MissedQuestion[] = [];
  for (const q of questions.slice(0, position + 1)) {
    if (!q.missed) continue;
    const section = knowledge.sections.find((s) => s.file === q.source.file && s.line === q.source.line);
    if (!section) continue;
    const key = sectionKey(section);
    if (!out.some((m) => m.sectionKey === key)) out.push({ title: section.title, sectionKey: key });
  }
  return out;
}
