import { createHash } from 'node:crypto';
import type { Section } from '../../knowledge/types.ts';
import { generateQuestions } from '../../quiz/generate.ts';
import type { Question } from '../../quiz/question.ts';
import { seededRandom } from '../../quiz/random.ts';
import { pickForReview } from '../../quiz/review.ts';
import type { ReviewRecord } from '../../store/store.ts';
import type { Notes } from '../context.ts';
import { questionKey } from './teach.ts';

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

/** Kinds drawn per fact the learner's cards single out, so a recognized fact finds its typed question. */
const KINDS_PER_FACT = 4;

/**
 * The facts (by card key) a learner's cards single out, most urgent first (due, often missed, soonest): each is
 * owed the kind its card asks for (typed once recognized, a choice after a miss).
 */
function wantedBy(
  cards: readonly ReviewRecord[],
  now: number,
  limit: number,
): { accepts: (cardKey: string) => boolean; size: number } {
  const urgent = [...cards]
    .sort((a, b) => Number(b.due <= now) - Number(a.due <= now) || b.lapses - a.lapses || a.due - b.due)
    .slice(0, limit);
  const facts = new Set(urgent.filter((c) => !c.cardKey.startsWith('section:')).map((c) => c.cardKey));
  // A section's card of the old kind stands for every fact of that section (`file#line#…`).
  const sections = urgent
    .filter((c) => c.cardKey.startsWith('section:'))
    .map((c) => `${c.cardKey.slice(8)}#`);
  return {
    accepts: (key) => facts.has(key) || sections.some((s) => key.startsWith(s)),
    // A section holds a few facts.
    size: facts.size + sections.length * 3,
  };
}

/**
 * The session's questions: of the section, the topic, or all the notes, each fact at most once, in the order
 * and the kind the user's review cards ask for (FSRS: what they got wrong and is due first; a fact answered
 * right comes back typed). The pool is a sample of the scope's facts plus, in several kinds, the facts the
 * cards single out, so planning costs a few dozen questions, not every fact of the notes. Questions reported
 * where the quiz is played are left out.
 */
export async function chooseQuestions(
  { knowledge, index }: Notes,
  choice: QuestionChoice,
  seed: number,
  review: { cards: () => Promise<ReviewRecord[]>; now: number },
  /** Keys of questions reported where this quiz is played (`questionKey`): never asked there again. */
  reported: ReadonlySet<string> = new Set(),
): Promise<Question[]> {
  const { count } = choice;
  const scope = choice.section
    ? { section: choice.section }
    : choice.topic
      ? { topic: choice.topic, index }
      : {};
  const cards = await review.cards();
  const sample = generateQuestions(knowledge, { ...scope, count: Math.max(count * 4, 20), seed });
  const wanted = wantedBy(cards, review.now, count * 2);
  const owed = wanted.size
    ? generateQuestions(knowledge, {
        ...scope,
        facts: wanted.accepts,
        count: wanted.size * KINDS_PER_FACT,
        seed,
        repeat: true,
      })
    : [];
  const pool = [...sample, ...owed].filter((q) => !reported.has(questionKey(q)));
  // The reminder's "review now": only the facts whose review is due.
  const due = new Set(cards.filter((c) => c.due <= review.now).map((c) => c.cardKey));
  const asked = choice.dueOnly ? pool.filter((q) => due.has(q.cardKey)) : pool;
  return pickForReview(asked, cards, review.now, count, seededRandom(seed ^ 0x5eed));
}
