import { type Card, createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import type { ReviewRecord } from '../store/store.ts';
import type { Question } from './question.ts';
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

/** The card after one answer: Good when right, Again when wrong (FSRS). */
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
  return { cardKey, card: JSON.stringify(next), due: next.due.getTime(), lapses };
}

/**
 * Orders a pool of questions for one learner and keeps `count`: concepts they got wrong and are due
 * first, then ones they have never seen, then other due ones, then the rest by due date. Ties keep the
 * pool's (seeded) order; one question per concept until the concepts run out.
 */
export function pickForReview(
  pool: readonly Question[],
  reviews: readonly ReviewRecord[],
  now: number,
  count: number,
  random: () => number,
): Question[] {
  const byKey = new Map(reviews.map((r) => [r.cardKey, r]));
  const rank = (q: Question): [number, number] => {
    const r = byKey.get(q.cardKey);
    if (!r) return [1, 0];
    if (r.due <= now) return [r.lapses > 0 ? 0 : 2, r.due];
    return [3, r.due];
  };
  const ordered = shuffled(pool, random)
    .map((q, i) => ({ q, i, r: rank(q) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i);
  const seen = new Set<string>();
  const first: Question[] = [];
  const rest: Question[] = [];
  for (const { q } of ordered) {
    (seen.has(q.cardKey) ? rest : first).push(q);
    seen.add(q.cardKey);
  }
  return [...first, ...rest].slice(0, count);
}
