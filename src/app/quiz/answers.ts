import type { Question } from '../../quiz/question.ts';
import type { RoundRecord, Store } from '../../store/store.ts';
import { UserError } from '../errors.ts';
import { tr } from '../i18n.ts';
import type { Actor, Locale } from '../protocol.ts';
import { scopeOf } from './scope.ts';

export interface AnswerRequest {
  roundId: string;
  user: Actor;
  locale: Locale;
  /** Where the click came from: a round only takes answers in the place it was posted. */
  guildId: string | null;
  channelId: string;
}

export const closedText = { ko: '이미 끝난 문제예요.', en: 'This question has already closed.' };

export const alreadyAnswered = {
  ko: '이미 답했어요. 한 문제에는 처음 답만 인정돼요.',
  en: 'You already answered: only your first answer counts.',
};

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
      ? round.scope !== scopeOf(req.guildId, req.user.id)
      : (await store.getSession(round.sessionId))?.guildId !== req.guildId);
  if (elsewhere) return { refused: 'elsewhere' };
  if (round.soloUserId !== null && round.soloUserId !== req.user.id) return { refused: 'not-owner' };
  if (round.status !== 'open') return { refused: 'closed' };
  if (now >= round.closesAt) return { refused: 'overdue', round };
  return { round, question: JSON.parse(round.question) as Question };
}

/** The message a refused click gets, at once. */
export function refusalError(refused: Refusal, locale: Locale): UserError {
  switch (refused) {
    case 'missing':
      return new UserError(
        tr(locale, { ko: '이 퀴즈는 더 이상 없어요.', en: 'This quiz no longer exists.' }),
      );
    case 'elsewhere':
      return new UserError(
        tr(locale, {
          ko: '이 버튼은 다른 채널의 퀴즈예요.',
          en: 'That button belongs to a quiz in another channel.',
        }),
      );
    case 'not-owner':
      return new UserError(
        tr(locale, {
          ko: '혼자 풀기 퀴즈라서 시작한 사람만 답할 수 있어요.',
          en: 'This is a solo quiz: only its owner can answer.',
        }),
      );
    default:
      return new UserError(tr(locale, closedText));
  }
}
