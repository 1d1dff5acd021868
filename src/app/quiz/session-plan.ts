import { createHash } from 'node:crypto';
import type { Section } from '../../knowledge/types.ts';
import { generateQuestions } from '../../quiz/generate.ts';
import type { Question } from '../../quiz/question.ts';
import { seededRandom } from '../../quiz/random.ts';
import { pickForReview } from '../../quiz/review.ts';
import type { ReviewRecord } from '../../store/store.ts';
import type { Notes } from '../context.ts';

/**
 * Every reveal and follow-up of a session goes through the `/quiz` interaction's token, which Discord
 * honours for 15 minutes. A session must end well inside that: each question may stay open for
 * `QUIZ_SECONDS`, plus a little for the reveal and the next post.
 */
export const TOKEN_BUDGET_SECONDS = 14 * 60;
export const MARGIN_PER_QUESTION_SECONDS = 5;
/** How long Discord takes edits and follow-ups on an interaction's token. */
export const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

/** The most questions a session may have so its last reveal still fits in the token's lifetime. */
export function maxQuestions(quizSeconds: number): number {
  return Math.max(1, Math.floor(TOKEN_BUDGET_SECONDS / (quizSeconds + MARGIN_PER_QUESTION_SECONDS)));
}

export function seedFrom(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

/** Whether a quiz on exactly this section (and its sub-sections) would have a question to ask. */
export function canQuiz({ knowledge }: Notes, section: Section): boolean {
  return generateQuestions(knowledge, { count: 1, seed: 0, section }).length > 0;
}

export interface QuestionChoice {
  topic?: string;
  /** Exactly this section and its sub-sections (explain's "quiz me on this"). */
  section?: Section;
  count: number;
  /** Only facts whose review is due (the reminder's "review now"). */
  dueOnly?: boolean;
}

/** Questions drawn to find a learner's due facts among (the notes' facts, at most this many). */
const DUE_POOL = 500;

/** The session's questions: the topic's, or (without one) what the user most needs to review. */
export async function chooseQuestions(
  { knowledge, index }: Notes,
  choice: QuestionChoice,
  seed: number,
  review: { cards: () => Promise<ReviewRecord[]>; now: number },
): Promise<Question[]> {
  const { count } = choice;
  if (choice.section) return generateQuestions(knowledge, { count, seed, section: choice.section });
  if (choice.topic) return generateQuestions(knowledge, { count, seed, topic: choice.topic, index });
  const cards = await review.cards();
  let pool = generateQuestions(knowledge, {
    count: choice.dueOnly ? DUE_POOL : Math.max(count * 4, 20),
    seed,
  });
  if (choice.dueOnly) {
    const due = new Set(cards.filter((c) => c.due <= review.now).map((c) => c.cardKey));
    pool = pool.filter((q) => due.has(q.cardKey));
  }
  return pickForReview(pool, cards, review.now, count, seededRandom(seed ^ 0x5eed));
}
