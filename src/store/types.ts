import type { ScheduleStore } from './schedules.ts';

/**
 * Where a posted message lives, so a later edit or follow-up can reach it after a restart. The store
 * keeps it with its round; the app's protocol uses this same type.
 */
export interface MessageRef {
  /** The interaction token the message was created with (valid 15 minutes on Discord). */
  token: string;
  /** `@original` for the interaction's reply, or a follow-up message id. */
  messageId: string;
  channelId: string;
}

/**
 * Where scores count: a guild id, or `dm:<userId>` for DMs and the terminal, so practice alone
 * never lands on a guild board.
 */
export type Scope = string;

/** A quiz session: the questions a `/quiz` produced and how far the channel got through them. */
export interface SessionRecord {
  id: string;
  scope: Scope;
  guildId: string | null;
  channelId: string;
  ownerId: string;
  /** Only the owner may answer, and the question is shown to them alone. */
  solo: boolean;
  locale: 'ko' | 'en';
  /** Questions as JSON text, in the order they are asked; the store does not look inside. */
  questions: string;
  total: number;
  /** Index of the question currently asked (or last asked once the session is done). */
  position: number;
  status: 'active' | 'done';
  createdAt: number;
}

/** One question posted in a channel, open until its timer closes it. */
export interface RoundRecord {
  id: string;
  sessionId: string;
  position: number;
  scope: Scope;
  channelId: string;
  /** Set in solo mode: the only user who may answer. */
  soloUserId: string | null;
  /** The question as JSON text. */
  question: string;
  /** Topic the question belongs to, for per-topic counts. */
  topic: string;
  /** Spaced-repetition card the question exercises. */
  cardKey: string;
  status: 'open' | 'closed';
  openedAt: number;
  closesAt: number;
  closedAt: number | null;
  /** Where the question was posted; null for the instant between creating the round and posting it. */
  message: MessageRef | null;
}

export type NewRound = Omit<RoundRecord, 'status' | 'closedAt'>;

export interface AnswerInput {
  roundId: string;
  userId: string;
  /** Display name at answer time, shown on boards (never as a mention). */
  name: string;
  /** What the user chose or typed, for the record. */
  response: string;
  correct: boolean;
  answeredAt: number;
  /** The channel the answer came from; when given, an answer from elsewhere is `not-allowed`. */
  channelId?: string;
  /**
   * Points for this answer given the user's streak of correct answers before it; called inside the
   * answer's transaction so the streak it sees is the one the update builds on.
   */
  points(streakBefore: number): number;
}

export type AnswerResult =
  | { status: 'recorded'; points: number; streak: number; bestStreak: number }
  | { status: 'duplicate' }
  | { status: 'closed' }
  | { status: 'not-allowed' }
  | { status: 'missing' };

export interface AnswerRecord {
  roundId: string;
  userId: string;
  name: string;
  response: string;
  correct: boolean;
  points: number;
  answeredAt: number;
}

export type Period = 'all-time' | 'weekly';

/** A token bucket: up to `capacity` actions at once, refilled at `perSecond`. */
export interface BucketRule {
  capacity: number;
  perSecond: number;
}

export interface LeaderboardQuery {
  period: Period;
  limit: number;
  offset?: number;
  /** Clock for the weekly board's current week; defaults to the wall clock. */
  now?: number;
}

export interface LeaderboardRow {
  rank: number;
  userId: string;
  name: string;
  points: number;
  answered: number;
  correct: number;
}

export interface TopicCount {
  topic: string;
  answered: number;
  correct: number;
}

export interface UserStats {
  userId: string;
  name: string | null;
  season: number;
  points: number;
  answered: number;
  correct: number;
  streak: number;
  bestStreak: number;
  topics: TopicCount[];
}

/** One day a player answered in a scope: what the stats card draws its calendar and season line from. */
export interface StudyDay {
  /** Days since 1970-01-01, counted in the time zone asked for. */
  day: number;
  season: number;
  answered: number;
  correct: number;
  points: number;
}

/** A spaced-repetition card for one user and one concept; `card` is the scheduler's JSON. */
export interface ReviewRecord {
  cardKey: string;
  card: string;
  due: number;
  /** How many times the user answered it wrong. */
  lapses: number;
  /** Answered right as a choice and not yet typed: it comes back as a typed question. */
  recognized?: boolean;
}

/** A question a member flagged as bad, with the question as it was asked. */
export interface QuestionReport {
  roundId: string;
  userId: string;
  /** Display name at report time. */
  name: string;
  guildId: string | null;
  channelId: string;
  /** Names the question whatever its choices' order (see the quiz's `questionKey`). */
  questionKey: string;
  /** The question as JSON text, as the round kept it. */
  question: string;
  reportedAt: number;
}

/**
 * Everything ssaem keeps. Every method is async so a PostgreSQL implementation can sit behind the
 * same interface; the rules that must hold under concurrency (one answer per user per round, a round
 * closes once, one open round per channel) are enforced by the database, not by callers.
 */
export interface Store extends ScheduleStore, GuildNotesStore {
  /**
   * Creates the session and its first round; `channel-busy` when the channel already has an open round
   * or (for a shared session) a running shared session. A running session counts only while it has an
   * open round or closed its last round at or after `staleBefore` (default: never, so only an open
   * round counts); one left behind longer (its process died between two rounds) is
   * marked done here, so a channel is never blocked for good.
   */
  startSession(
    session: SessionRecord,
    first: NewRound,
    staleBefore?: number,
  ): Promise<'started' | 'channel-busy'>;
  getSession(id: string): Promise<SessionRecord | null>;
  /** Adds the session's next round and moves its position; `channel-busy` as for `startSession`. */
  addRound(round: NewRound): Promise<'started' | 'channel-busy'>;
  finishSession(id: string): Promise<void>;
  getRound(id: string): Promise<RoundRecord | null>;
  setRoundMessage(id: string, message: MessageRef): Promise<void>;
  /** The open shared (non-solo) round in a channel, if any. */
  openRoundInChannel(channelId: string): Promise<RoundRecord | null>;
  /** Every open round, to re-arm timers after a restart. */
  openRounds(): Promise<RoundRecord[]>;
  /** Closes an open round; true only for the one caller that actually closed it. */
  closeRound(id: string, now: number): Promise<boolean>;
  /** Records a user's first answer in a round together with its score update, in one transaction. */
  recordAnswer(answer: AnswerInput): Promise<AnswerResult>;
  hasAnswered(roundId: string, userId: string): Promise<boolean>;
  roundAnswers(roundId: string): Promise<AnswerRecord[]>;
  /** Points per user over a session's rounds, best first. */
  sessionTotals(
    sessionId: string,
  ): Promise<{ userId: string; name: string; points: number; correct: number }[]>;
  leaderboard(scope: Scope, query: LeaderboardQuery): Promise<LeaderboardRow[]>;
  /** A user's row with their rank, or null when they have no score in the period. */
  rankOf(
    scope: Scope,
    userId: string,
    query: Omit<LeaderboardQuery, 'limit' | 'offset'>,
  ): Promise<LeaderboardRow | null>;
  /** Number of users on the board in the period, for page counts. */
  boardSize(scope: Scope, query: Omit<LeaderboardQuery, 'limit' | 'offset'>): Promise<number>;
  userStats(scope: Scope, userId: string): Promise<UserStats>;
  currentSeason(scope: Scope): Promise<number>;
  /**
   * A player's answers in a scope per day (per season, when a day spans two), oldest first: every day
   * from `since` on, and every day of the scope's current season. A day starts at midnight
   * `utcOffsetMinutes` east of UTC.
   */
  studyDays(
    scope: Scope,
    userId: string,
    query: { since: number; utcOffsetMinutes: number },
  ): Promise<StudyDay[]>;
  /**
   * Wipes the current season's board of a scope — scores, the answers behind them and topic counts —
   * and ends its running quizzes (open rounds close, sessions finish), so nobody answers a question
   * twice across the reset.
   */
  resetBoard(scope: Scope, now: number): Promise<void>;
  /** Starts a new season: earlier seasons stay stored, the board starts empty. Returns its number. */
  newSeason(scope: Scope, now: number): Promise<number>;
  /**
   * Takes one token from the bucket named `key` (created full); false when it is empty. One atomic
   * statement, so every instance sharing the store shares the limit.
   */
  takeToken(key: string, rule: BucketRule, now: number): Promise<boolean>;
  /**
   * Claims an interaction id until `expiresAt` (the end of its signature's validity): true the first
   * time, false for the same id again before then, on any instance sharing the store — so a signed
   * request replayed within its window does not run twice.
   */
  claimInteraction(id: string, now: number, expiresAt: number): Promise<boolean>;
  reviews(userId: string): Promise<ReviewRecord[]>;
  saveReview(userId: string, review: ReviewRecord): Promise<void>;
  close(): Promise<void>;
  /** Notes that a user asked for a round's hint; false when they already had. */
  takeHint(roundId: string, userId: string): Promise<boolean>;
  hintTaken(roundId: string, userId: string): Promise<boolean>;
  /** Replaces a running session's questions (a missed fact asked again later) and its total. */
  setSessionQuestions(id: string, questions: string, total: number): Promise<void>;
  /** Records a report; false when this user already reported this round. */
  reportQuestion(report: QuestionReport): Promise<boolean>;
  /** Reports, oldest first: one server's (`guildId`), those made outside servers (null), or all (undefined). */
  reports(guildId?: string | null): Promise<QuestionReport[]>;
  /** Keys of the questions reported in a server, or (outside servers, `guildId` null) by this user. */
  reportedKeys(guildId: string | null, userId: string): Promise<string[]>;
}

/** A note a server added from Discord, as stored (its text is validated before it gets here). */
export interface NewGuildNote {
  guildId: string;
  /** Unique within the server; the note's file name is `${name}.md`. */
  name: string;
  body: string;
  /** Content hash of `body` (sha-256 hex), so caches are keyed by what the notes say. */
  hash: string;
  bytes: number;
  sections: number;
  addedBy: string;
  addedByName: string;
  addedAt: number;
}

/** A server's note as listed: its current version, without the text. */
export type GuildNoteInfo = Omit<NewGuildNote, 'body'> & {
  version: number;
  /** Whether a previous version is kept for `restoreGuildNote`. */
  hasPrevious: boolean;
};

export type GuildNote = GuildNoteInfo & { body: string };

/** The methods of a server's notes, part of {@link Store}. */
export interface GuildNotesStore {
  /**
   * Stores a note as the current version of its name. Without `replace`, an existing name is `taken` and
   * nothing changes; with it, the current text becomes the previous version (older ones are dropped).
   */
  addGuildNote(note: NewGuildNote, replace: boolean): Promise<'added' | 'replaced' | 'taken'>;
  /** The server's current notes, by name, without their text. */
  guildNoteList(guildId: string): Promise<GuildNoteInfo[]>;
  /**
   * A number every change to the server's notes moves (the database moves it, in the change's own
   * transaction); null for a server that never had notes. Cheap: one row by key.
   */
  guildNotesStamp(guildId: string): Promise<number | null>;
  /** The server's current notes with their text, by name. */
  guildNotes(guildId: string): Promise<GuildNote[]>;
  guildNote(guildId: string, name: string): Promise<GuildNote | null>;
  /** Deletes a note and its previous version; false when there was none. */
  removeGuildNote(guildId: string, name: string): Promise<boolean>;
  /** Makes the previous version current (and the current one previous, so a second restore undoes it). */
  restoreGuildNote(guildId: string, name: string): Promise<'restored' | 'no-previous' | 'missing'>;
  /** The role (besides Manage Server) whose members may change the server's notes, or null. */
  notesEditorRole(guildId: string): Promise<string | null>;
  setNotesEditorRole(guildId: string, roleId: string | null): Promise<void>;
}
