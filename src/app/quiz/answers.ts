import type { Question } from '../../quiz/question.ts';
import type { RoundRecord, Store } from '../../store/store.ts';
import { UserError } from '../errors.ts';
import type { Actor, Locale, Place } from '../protocol.ts';
import { scopeOf } from './scope.ts';

export interface AnswerRequest {
  roundId: string;
  user: Actor;
  locale: Locale;
  /** Where the click came from: a round only takes answers in the place it was posted. */
  guildId: string | null;
  channelId: string;
  place?: Place | undefined;
}

/** Why a click may not answer a round, or null when it may (an overdue round is for the caller to close). */
export type Refusal = 'missing' | 'elsewhere' | 'not-owner' | 'closed' | 'overdue';

/**
 * The round a click may answer. A custom id can be copied or forged: a round answers only in its own
 * server and channel; a solo round only its owner. A solo round is scored to its owner's personal
 * scope, so its server is checked on its session.
 */
export async function checkRound(
  store: Store,
  req: AnswerRequest,
  now: number,
): Promise<{ round: RoundRecord; question: Question } | { refused: Refusal; round?: RoundRecord }> {
  const round = await store.getRound(req.roundId);
  if (!round) return { refused: 'missing' };
  const elsewhere =
    round.channelId !== req.channelId ||
    (round.soloUserId === null
      ? round.scope !== scopeOf(req, req.user.id)
      : (await store.getSession(round.sessionId))?.guildId !== req.guildId);
  if (elsewhere) return { refused: 'elsewhere' };
  if (round.soloUserId !== null && round.soloUserId !== req.user.id) return { refused: 'not-owner' };
  if (round.status !== 'open') return { refused: 'closed' };
  if (now >= round.closesAt) return { refused: 'overdue', round };
  return { round, question: JSON.parse(round.question) as Question };
}

/** The message a refused click gets, at once. */
export function refusalError(refused: Refusal): UserError {
  switch (refused) {
    case 'missing':
      return new UserError('quiz.gone');
    case 'elsewhere':
      return new UserError('quiz.elsewhere');
    case 'not-owner':
      return new UserError('quiz.soloOnly');
    default:
      return new UserError('quiz.closed');
  }
}
