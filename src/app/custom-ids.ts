/**
 * Every custom id the bot puts on a button or modal, one codec per command. A codec's `encode` is the
 * only place an id is written and its `decode` the only place one is read, so the short action names
 * on the wire (`quiz:a:…`, kept as they were so buttons already posted keep working) live here alone.
 * Custom ids are `command:action:arg…`; the router sends a click to the command its prefix names.
 */
import type { Period } from '../store/store.ts';

export interface CustomIdCodec<Id> {
  readonly command: string;
  encode(id: Id): string;
  /** The id behind the parts after the command name, or undefined for one this bot never wrote. */
  decode(parts: readonly string[]): Id | undefined;
}

/** Discord caps custom ids at 100 characters. */
const MAX = 100;

function join(command: string, ...parts: (string | number)[]): string {
  const id = [command, ...parts].join(':');
  if (id.length > MAX) throw new Error(`custom id over ${MAX} characters: ${id.slice(0, 40)}…`);
  return id;
}

/** Splits a custom id into its command and the parts its codec reads. */
export function splitCustomId(id: string): { command: string; parts: string[] } {
  const [command = '', ...parts] = id.split(':');
  return { command, parts };
}

const page = (raw: string | undefined): number | undefined => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
};

/** `explain:s:<section key>`: open a section (privately). Older cards carry the section id itself. */
export type ExplainId = { action: 'section'; ref: string };
export const explainIds: CustomIdCodec<ExplainId> = {
  command: 'explain',
  encode: (id) => join('explain', 's', id.ref),
  decode: ([action, ...rest]) =>
    action === 's' && rest.length ? { action: 'section', ref: rest.join(':') } : undefined,
};

export type QuizId =
  /** `quiz:a:<round>:<choice>`: a choice button. */
  | { action: 'answer'; roundId: string; choice: number }
  /** `quiz:t:<round>`: opens the form for a typed answer. */
  | { action: 'type'; roundId: string }
  /** `quiz:m:<round>`: the submitted form. */
  | { action: 'typed'; roundId: string }
  /** `quiz:start:<section key>`: explain's "quiz me on this"; older buttons carry the section id. */
  | { action: 'start'; ref: string }
  /** `quiz:x:<round>`: the stop button of a running session. */
  | { action: 'stop'; roundId: string }
  /** `quiz:h:<round>`: a typed question's hint, shown privately, for fewer points. */
  | { action: 'hint'; roundId: string }
  /** `quiz:r:<round>`: the 🚩 button of a revealed question. */
  | { action: 'report'; roundId: string };
export const quizIds: CustomIdCodec<QuizId> = {
  command: 'quiz',
  encode(id) {
    switch (id.action) {
      case 'answer':
        return join('quiz', 'a', id.roundId, id.choice);
      case 'type':
        return join('quiz', 't', id.roundId);
      case 'typed':
        return join('quiz', 'm', id.roundId);
      case 'start':
        return join('quiz', 'start', id.ref);
      case 'stop':
        return join('quiz', 'x', id.roundId);
      case 'hint':
        return join('quiz', 'h', id.roundId);
      case 'report':
        return join('quiz', 'r', id.roundId);
    }
  },
  decode([action, ...rest]) {
    const [roundId = ''] = rest;
    if (action === 'start' && rest.length) return { action: 'start', ref: rest.join(':') };
    if (!roundId) return undefined;
    if (action === 'a') {
      const choice = Number(rest[1]);
      return Number.isInteger(choice) && choice >= 0 ? { action: 'answer', roundId, choice } : undefined;
    }
    if (action === 't') return { action: 'type', roundId };
    if (action === 'm') return { action: 'typed', roundId };
    if (action === 'x') return { action: 'stop', roundId };
    if (action === 'h') return { action: 'hint', roundId };
    if (action === 'r') return { action: 'report', roundId };
    return undefined;
  },
};

/** `leaderboard:p:<period>:<page>[:e]`: a page, `e` when clicked on a private copy (paged in place). */
export type LeaderboardId = { action: 'page'; period: Period; page: number; onPrivateCopy: boolean };
export const leaderboardIds: CustomIdCodec<LeaderboardId> = {
  command: 'leaderboard',
  encode: (id) =>
    id.onPrivateCopy
      ? join('leaderboard', 'p', id.period, id.page, 'e')
      : join('leaderboard', 'p', id.period, id.page),
  decode([action, period, n, where]) {
    const p = page(n);
    if (action !== 'p' || !p || (period !== 'weekly' && period !== 'all-time')) return undefined;
    return { action: 'page', period, page: p, onPrivateCopy: where === 'e' };
  },
};

/** `topics:p:<chapter key or ->:<page>`: a page of the map of the notes (all chapters, or one). */
export type TopicsId = { action: 'page'; chapter: string | null; page: number };
export const topicsIds: CustomIdCodec<TopicsId> = {
  command: 'topics',
  encode: (id) => join('topics', 'p', id.chapter ?? '-', id.page),
  decode([action, chapter, n]) {
    const p = page(n);
    if (action !== 'p' || !chapter || !p) return undefined;
    return { action: 'page', chapter: chapter === '-' ? null : chapter, page: p };
  },
};

/** `stats:p:<user>:<page>`: a page of someone's per-topic record. */
export type StatsId = { action: 'page'; userId: string; page: number };
export const statsIds: CustomIdCodec<StatsId> = {
  command: 'stats',
  encode: (id) => join('stats', 'p', id.userId, id.page),
  decode([action, userId, n]) {
    const p = page(n);
    return action === 'p' && userId && /^\d+$/.test(userId) && p
      ? { action: 'page', userId, page: p }
      : undefined;
  },
};

export type AdminAction = 'reset' | 'new-season';
/**
 * `admin:ok:<action>:<season>` carries out a confirmed admin action, only while the season it was asked
 * in is still the current one (so a double click, or an old confirmation, cannot act twice);
 * `admin:no` calls it off.
 */
export type AdminId = { action: 'confirm'; what: AdminAction; season: number } | { action: 'cancel' };
export const adminIds: CustomIdCodec<AdminId> = {
  command: 'admin',
  encode: (id) => (id.action === 'confirm' ? join('admin', 'ok', id.what, id.season) : join('admin', 'no')),
  decode([action, what, n]) {
    if (action === 'no') return { action: 'cancel' };
    const season = page(n);
    return action === 'ok' && (what === 'reset' || what === 'new-season') && season
      ? { action: 'confirm', what, season }
      : undefined;
  },
};

/** `remind:go`: the reminder DM's "review now" button. */
export type RemindId = { action: 'review' };
export const remindIds: CustomIdCodec<RemindId> = {
  command: 'remind',
  encode: () => join('remind', 'go'),
  decode: ([action]) => (action === 'go' ? { action: 'review' } : undefined),
};

/** `daily:a:<round>:<choice>`: a choice on the question of the day. */
export type DailyId = { action: 'answer'; roundId: string; choice: number };
export const dailyIds: CustomIdCodec<DailyId> = {
  command: 'daily',
  encode: (id) => join('daily', 'a', id.roundId, id.choice),
  decode([action, roundId, n]) {
    const choice = Number(n);
    return action === 'a' && roundId && Number.isInteger(choice) && choice >= 0
      ? { action: 'answer', roundId, choice }
      : undefined;
  },
};

/**
 * `notes:p:<page>` a page of the server's note list; `notes:rm:<name>` removes a note once confirmed,
 * `notes:no` calls it off; `notes:add[:r]` is the form of a short note (`r`: replacing one).
 */
export type NotesId =
  | { action: 'page'; page: number }
  | { action: 'remove'; name: string }
  | { action: 'cancel' }
  | { action: 'add'; replace: boolean };
export const notesIds: CustomIdCodec<NotesId> = {
  command: 'notes',
  encode(id) {
    switch (id.action) {
      case 'page':
        return join('notes', 'p', id.page);
      case 'remove':
        return join('notes', 'rm', id.name);
      case 'cancel':
        return join('notes', 'no');
      case 'add':
        return id.replace ? join('notes', 'add', 'r') : join('notes', 'add');
    }
  },
  decode([action, ...rest]) {
    if (action === 'p') {
      const p = page(rest[0]);
      return p ? { action: 'page', page: p } : undefined;
    }
    if (action === 'rm' && rest.length) return { action: 'remove', name: rest.join(':') };
    if (action === 'no') return { action: 'cancel' };
    if (action === 'add') return { action: 'add', replace: rest[0] === 'r' };
    return undefined;
  },
};
