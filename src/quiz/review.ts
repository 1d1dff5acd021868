import { type Card, createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import type { ReviewRecord } from '../store/store.ts';
import { isTyped, type Question } from './question.ts';
import { shuffled } from './random.ts';

const scheduler = fsrs({ enable_fuzz: false });

function revive(json: string): Card {
  const raw = JSON.parse(json) as Card & { due: string; last_review?: string };
  return {
    ...raw,
    due: new Date(raw.due),
    last_review: raw.last_review ? new Date(raw.last_review) : undefined,
  };
}

/**
 * The card a fact had before cards were kept per fact: its section's (`section:file#line`, see the migration
 * "quiz play"). It stands for each fact of the section until the fact has a card of its own.
 */
export const sectionCardOf = (q: Pick<Question, 'source'>) => `section:${q.source.file}#${q.source.line}`;

/** The card of a question's fact, or its section's older one. */
export function cardFor(
  q: Pick<Question, 'cardKey' | 'source'>,
  reviews: readonly ReviewRecord[] | ReadonlyMap<string, ReviewRecord>,
): ReviewRecord | undefined {
  const byKey =
    reviews instanceof Map ? reviews : new Map((reviews as ReviewRecord[]).map((r) => [r.cardKey, r]));
  return byKey.get(q.cardKey) ?? byKey.get(sectionCardOf(q));
}

/**
 * The card after one answer: Good when right, Again when wrong (FSRS). A right answer (as a choice or typed)
 * marks the fact recognized, so it comes back as a typed question; a wrong one sends it back to choices.
 */
export function reviewAfter(
  previous: ReviewRecord | undefined,
  cardKey: string,
  correct: boolean,
  now: number,
): ReviewRecord {
  const card = previous ? revive(previous.card) : createEmptyCard(new Date(now));
  const next = scheduler.next(card, new Date(now), correct ? Rating.Good : Rating.Again).card;
  // Counted here rather than taken from FSRS, whose lapses ignore a miss on a card still being learned.
  const lapses = (previous?.lapses ?? 0) + (correct ? 0 : 1);
  return { cardKey, card: JSON.stringify(next), due: next.due.getTime(), lapses, recognized: correct };
}

/**
 * The question to ask about one fact, given its card: typed once the fact was answered right (recall after
 * recognition), a choice after a miss, as the pool has it for a fact never seen.
 */
function kindFor(questions: readonly Question[], card: ReviewRecord | undefined): Question {
  const first = questions[0] as Question;
  if (!card) return first;
  const wanted = card.recognized === true;
  return questions.find((q) => isTyped(q) === wanted) ?? first;
}

/**
 * Orders the facts of a pool for one learner and keeps `count`, one question each: facts they got wrong and
 * are due first, then ones they have never seen, then other due ones, then the rest by due date. Ties keep
 * the pool's (seeded) order. A fact is never asked twice: fewer facts than `count` ask fewer.
 */
export function pickForReview(
  pool: readonly Question[],
  reviews: readonly ReviewRecord[],
  now: number,
  count: number,
  random: () => number,
): Question[] {
  const byKey = new Map(reviews.map((r) => [r.cardKey, r]));
  const facts = new Map<string, Question[]>();
  for (const q of pool) facts.set(q.cardKey, [...(facts.get(q.cardKey) ?? []), q]);
  const rank = (r: ReviewRecord | undefined): [number, number] => {
    if (!r) return [1, 0];
    if (r.due <= now) return [r.lapses > 0 ? 0 : 2, r.due];
    return [3, r.due];
  };
  return shuffled([...facts.values()], random)
    .map((qs, i) => {
      const card = cardFor(qs[0] as Question, byKey);
      return { q: kindFor(qs, card), i, r: rank(card) };
    })
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .slice(0, count)
    .map((x) => x.q);
}
