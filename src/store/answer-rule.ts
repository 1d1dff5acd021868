import type { RoundRecord } from './types.ts';

/** What the rule needs of a round. */
export type AnswerableRound = Pick<RoundRecord, 'status' | 'closesAt' | 'soloUserId' | 'channelId'>;

export interface AnswerAttempt {
  userId: string;
  answeredAt: number;
  /** Where the click came from, when the caller knows it. */
  channelId?: string;
}

/**
 * Whether a round takes this answer: it must be open, answered from its own channel, by its owner
 * when solo, and before it closes. Null when it does; otherwise why not. Pure, so both stores (inside
 * their transaction) and the engine (before it asks) apply the same rule.
 */
export function answerRefusal(
  round: AnswerableRound | null,
  attempt: AnswerAttempt,
): 'missing' | 'not-allowed' | 'closed' | null {
  if (!round) return 'missing';
  if (attempt.channelId !== undefined && attempt.channelId !== round.channelId) return 'not-allowed';
  if (round.soloUserId !== null && round.soloUserId !== attempt.userId) return 'not-allowed';
  if (round.status !== 'open' || attempt.answeredAt >= round.closesAt) return 'closed';
  return null;
}
