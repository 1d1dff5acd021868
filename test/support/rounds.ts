import type { AnswerInput, NewRound, SessionRecord } from '../../src/store/store.ts';

/** A session record with sensible defaults for store-level tests. */
export function sessionRecord(over: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: 's1',
    scope: 'g1',
    guildId: 'g1',
    channelId: 'c1',
    ownerId: 'u1',
    solo: false,
    locale: 'ko',
    questions: '[]',
    total: 1,
    position: 0,
    status: 'active',
    createdAt: 0,
    ...over,
  };
}

/** A round record matching `sessionRecord`, open from 0 until `closesAt`. */
export function roundRecord(over: Partial<NewRound> = {}): NewRound {
  return {
    id: 'r1',
    sessionId: 's1',
    position: 0,
    scope: 'g1',
    channelId: 'c1',
    soloUserId: null,
    question: '{}',
    topic: 'topic',
    cardKey: 'card',
    openedAt: 0,
    closesAt: 30_000,
    message: null,
    ...over,
  };
}

/** An answer to `roundId` (100 points plus 10 per streak when right) for store-level tests. */
export const answer = (userId: string, correct: boolean, at = 1000, roundId = 'r1'): AnswerInput => ({
  roundId,
  userId,
  name: `name-${userId}`,
  response: correct ? '0' : '1',
  correct,
  answeredAt: at,
  points: (streak: number) => 100 + streak * 10,
});
