import type { Question } from '../../quiz/question.ts';
import { type Refusal, whyRefused } from '../../store/answer-rule.ts';
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

/**
 * The round a click may answer, by the stores' own rule (`whyRefused`), after one check only the engine can
 * make: a custom id can be copied or forged, so a round answers only in its own server — a solo round is scored
 * to its owner's personal scope, so its server is checked on its session. A late round is for the caller to close.
 */
export async function checkRound(
  store: Store,
  req: AnswerRequest,
  now: number,
): Promise<{ round: RoundRecord; question: Question } | { refused: Refusal; round?: RoundRecord }> {
  const round = await store.getRound(req.roundId);
  if (round && !(await sameServer(store, round, req))) return { refused: 'elsewhere' };
  const refused = whyRefused(round, { userId: req.user.id, answeredAt: now, channelId: req.channelId });
  if (refused || !round) return { refused: refused ?? 'missing', ...(round ? { round } : {}) };
  return { round, question: JSON.parse(round.question) as Question };
}

async function sameServer(store: Store, round: RoundRecord, req: AnswerRequest): Promise<boolean> {
  if (round.soloUserId === null) return round.scope === scopeOf(req, req.user.id);
  return (await store.getSession(round.sessionId))?.guildId === req.guildId;
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
