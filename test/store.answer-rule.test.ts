import { describe, expect, it } from 'vitest';
import { answerRefusal, whyRefused } from '../src/store/answer-rule.ts';

// The one answer rule: the engine asks `whyRefused` before it records, both stores `answerRefusal` inside the
// answer's transaction.
const round = { status: 'open' as const, closesAt: 1_000, soloUserId: null, channelId: 'c1' };
const attempt = { userId: 'u1', answeredAt: 999, channelId: 'c1' };

describe('the answer rule', () => {
  it('takes an answer to an open round from its channel before it closes', () => {
    expect(whyRefused(round, attempt)).toBeNull();
    expect(whyRefused(round, { userId: 'u1', answeredAt: 0 })).toBeNull();
    expect(answerRefusal(round, attempt)).toBeNull();
  });

  it('says why it refuses one, and each store reports it in its own words', () => {
    const cases = [
      [null, attempt, 'missing', 'missing'],
      [round, { ...attempt, channelId: 'c2' }, 'elsewhere', 'not-allowed'],
      [{ ...round, soloUserId: 'u2' }, attempt, 'not-owner', 'not-allowed'],
      [{ ...round, status: 'closed' as const }, attempt, 'closed', 'closed'],
      [round, { ...attempt, answeredAt: 1_000 }, 'late', 'closed'],
    ] as const;
    for (const [r, a, why, stored] of cases) {
      expect(whyRefused(r, a)).toBe(why);
      expect(answerRefusal(r, a)).toBe(stored);
    }
  });
});
