import type { AnswerRecord, MessageRef, RoundRecord, SessionRecord } from './types.ts';

/** A row as either driver returns it: snake_case columns. */
export type Row = Record<string, unknown>;

// SQLite stores booleans as 0/1, PostgreSQL as true/false.
const bool = (v: unknown) => v === true || v === 1;

/** Rows to records, shared by both stores so they cannot drift apart. */
export function toRound(row: Row): RoundRecord {
  return {
    id: row.id as string,
    sessionId: row.session_id as string,
    position: row.position as number,
    scope: row.scope as string,
    channelId: row.channel_id as string,
    soloUserId: (row.solo_user_id as string | null) ?? null,
    question: row.question as string,
    topic: row.topic as string,
    cardKey: row.card_key as string,
    status: row.status as RoundRecord['status'],
    openedAt: row.opened_at as number,
    closesAt: row.closes_at as number,
    closedAt: (row.closed_at as number | null) ?? null,
    message: row.message ? (JSON.parse(row.message as string) as MessageRef) : null,
  };
}

export function toSession(row: Row): SessionRecord {
  return {
    id: row.id as string,
    scope: row.scope as string,
    guildId: (row.guild_id as string | null) ?? null,
    channelId: row.channel_id as string,
    ownerId: row.owner_id as string,
    solo: bool(row.solo),
    locale: row.locale as SessionRecord['locale'],
    questions: row.questions as string,
    total: row.total as number,
    position: row.position as number,
    status: row.status as SessionRecord['status'],
    createdAt: row.created_at as number,
  };
}

export function toAnswer(row: Row): AnswerRecord {
  return {
    roundId: row.round_id as string,
    userId: row.user_id as string,
    name: row.name as string,
    response: row.response as string,
    correct: bool(row.correct),
    points: row.points as number,
    answeredAt: row.answered_at as number,
  };
}
