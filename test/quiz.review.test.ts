import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../src/quiz/generate.ts';
import { seededRandom } from '../src/quiz/random.ts';
import { pickForReview, reviewAfter } from '../src/quiz/review.ts';
import { realKnowledge } from './support/notes.ts';

const DAY = 86_400_000;

describe('pickForReview', () => {
  const pool = generateQuestions(realKnowledge(), { count: 80, seed: 5 });
  const keys = [...new Set(pool.map((q) => q.cardKey))];
  const now = 1_700_000_000_000;

  it('asks first what the learner got wrong, then what they have not seen, then the rest', () => {
    const [missed, known, ...unseen] = keys;
    const reviews = [
      reviewAfter(undefined, missed as string, false, now - 2 * DAY),
      reviewAfter(undefined, known as string, true, now - 60_000),
    ];
    const picked = pickForReview(pool, reviews, now, keys.length, seededRandom(1));
    expect(picked[0]?.cardKey).toBe(missed);
    expect(picked.at(-1)?.cardKey).toBe(known);
    expect(new Set(picked.slice(1, -1).map((q) => q.cardKey))).toEqual(new Set(unseen));
  });

  it('spreads a quiz over concepts before repeating one', () => {
    const picked = pickForReview(pool, [], now, Math.min(5, keys.length), seededRandom(2));
    expect(new Set(picked.map((q) => q.cardKey)).size).toBe(picked.length);
  });

  it('schedules a right answer later than a wrong one', () => {
    const right = reviewAfter(undefined, 'k', true, now);
    const wrong = reviewAfter(undefined, 'k', false, now);
    expect(right.due).toBeGreaterThan(wrong.due);
    expect(reviewAfter(right, 'k', false, now + DAY).lapses).toBe(1);
    expect(reviewAfter(wrong, 'k', false, now + DAY).lapses).toBe(2);
  });
});
