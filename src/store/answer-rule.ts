import type { RoundRecord } from './types.ts';

/** What the rule needs of a round. */
export type AnswerableRound = Pick<RoundRecord, 'status' | 'closesAt' | 'soloUserId' | 'channelId'>;

export interface AnswerAttempt {
  userId: string;
  answeredAt: number;
  /** Where the click came from, when the caller knows it. */
  channelId?: string;
}

/** Why a round does not take an answer: gone, asked elsewhere, someone else's solo round, over, or too late. */
export type Refusal = 'missing' | 'elsewhere' | 'not-owner' | 'closed' | 'late';

/**
 * The answer rule, written once: a round takes an answer when it is open, answered from its own channel, by
 * its owner when solo, and before it closes. Null when it does; otherwise why not. Pure, so both stores (inside
 * their transaction) and the engine (before it asks) apply the same rule.
 */
export function whyRefused(round: AnswerableRound | null, attempt: AnswerAttempt): Refusal | null {
  if (!round) return 'missing';
  if (attempt.channelId !== undefined && attempt.channelId !== round.channelId) return 'elsewhere';
  if (round.soloUserId !== null && round.soloUserId !== attempt.userId) return 'not-owner';
  if (round.status !== 'open') return 'closed';
  if (attempt.answeredAt >= round.closesAt) return 'late';
  return null;
}

/** The rule as a store reports it (`AnswerResult`): an answer it may not take, or a round that is over. */
export function answerRefusal(
  round: AnswerableRound | null,
  attempt: AnswerAttempt,
): 'missing' | 'not-allowed' | 'closed' | null {
  const why = whyRefused(round, attempt);
  if (why === 'elsewhere' || why === 'not-owner') return 'not-allowed';
  return why === 'late' ? 'closed' : why;
}
