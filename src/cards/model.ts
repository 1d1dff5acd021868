/**
 * What the picture cards show, as plain data: gathered from the store here, drawn by
 * `stats-card.ts` and `board-card.ts`. Nothing in this file draws, so what a card says is tested
 * without pixels.
 */
import type {
  LeaderboardRow,
  Period,
  Scope,
  Store,
  StudyDay,
  TopicCount,
  UserStats,
} from '../store/store.ts';

/** 1234 → "1,234". */
export const grouped = (n: number) => n.toLocaleString('en-US');

export const DAY_MS = 86_400_000;
/** Students' days are Seoul days (UTC+9, no daylight saving): a quiz at 1 a.m. counts for that night. */
export const STUDY_DAY_UTC_OFFSET_MINUTES = 9 * 60;
/** The calendar's weeks, the current one last. */
export const CALENDAR_WEEKS = 12;
/** Topic bars on one card; more are counted, not drawn, so a card stays a readable size. */
export const CARD_TOPICS = 50;

/** The day number (days since 1970-01-01 in Seoul) a moment falls on. */
export const studyDayOf = (ms: number) => Math.floor((ms + STUDY_DAY_UTC_OFFSET_MINUTES * 60_000) / DAY_MS);

/** Monday 0 … Sunday 6 (day 0, 1970-01-01, was a Thursday). */
export const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** The first day the calendar shows: the Monday eleven weeks before the current week's. */
export const calendarStart = (today: number) => today - weekdayOf(today) - 7 * (CALENDAR_WEEKS - 1);

export interface TopicMastery extends TopicCount {
  /** Right answers over answers, 0…1. */
  share: number;
}

/** The topics played, weakest first (then the more practised, then by name): the order `/stats` lists them. */
export function masteryOrder(topics: readonly TopicCount[]): TopicMastery[] {
  return topics
    .filter((t) => t.answered > 0)
    .map((t) => ({ ...t, share: t.correct / t.answered }))
    .sort((a, b) => a.share - b.share || b.answered - a.answered || a.topic.localeCompare(b.topic));
}

/** The record's totals as the store keeps them, and what the card draws besides. */
export interface StatsCard
  extends Pick<UserStats, 'season' | 'points' | 'answered' | 'correct' | 'streak' | 'bestStreak'> {
  name: string;
  /** Played topics, weakest first, at most `CARD_TOPICS`. */
  topics: TopicMastery[];
  /** Played topics beyond those drawn. */
  moreTopics: number;
  /** Today's day number: the calendar's last cell. */
  today: number;
  /** Answers per day from `calendarStart(today)` to today, oldest first. */
  calendar: number[];
  /** Points after each day of the current season that had answers, oldest first. */
  seasonPoints: { day: number; total: number }[];
}

/** The calendar's cells and the season's running total, from a player's study days. */
export function studyPicture(
  days: readonly StudyDay[],
  season: number,
  today: number,
): Pick<StatsCard, 'calendar' | 'seasonPoints'> {
  const start = calendarStart(today);
  const calendar = new Array<number>(today - start + 1).fill(0);
  for (const d of days)
    if (d.day >= start && d.day <= today)
      calendar[d.day - start] = (calendar[d.day - start] ?? 0) + d.answered;
  let total = 0;
  const seasonPoints = days
    .filter((d) => d.season === season)
    .map((d) => {
      total += d.points;
      return { day: d.day, total };
    });
  return { calendar, seasonPoints };
}

/** Everything the stats card shows for a player in a scope (a server, or their own `dm:` scope). */
export async function statsCardData(
  store: Store,
  scope: Scope,
  userId: string,
  /** `name` as the asker knows the player; without it, the name the board last saw. */
  options: { name?: string; now: number },
): Promise<StatsCard> {
  const today = studyDayOf(options.now);
  const since = calendarStart(today) * DAY_MS - STUDY_DAY_UTC_OFFSET_MINUTES * 60_000;
  const [stats, days] = await Promise.all([
    store.userStats(scope, userId),
    store.studyDays(scope, userId, { since, utcOffsetMinutes: STUDY_DAY_UTC_OFFSET_MINUTES }),
  ]);
  const played = masteryOrder(stats.topics);
  return {
    name: options.name ?? stats.name ?? '?',
    season: stats.season,
    points: stats.points,
    answered: stats.answered,
    correct: stats.correct,
    streak: stats.streak,
    bestStreak: stats.bestStreak,
    topics: played.slice(0, CARD_TOPICS),
    moreTopics: Math.max(0, played.length - CARD_TOPICS),
    today,
    ...studyPicture(days, stats.season, today),
  };
}

export interface BoardCard {
  period: Period;
  season: number;
  /** Players on the board in the period. */
  players: number;
  /** The top of the board, best first (at most 10). */
  top: LeaderboardRow[];
  /** The asking player's row, when they are on the board; drawn highlighted, or below the top when outside it. */
  me: LeaderboardRow | null;
}

/** The board's top 10 and the asking player's own row. */
export async function boardCardData(
  store: Store,
  scope: Scope,
  userId: string | null,
  options: { period: Period; now: number },
): Promise<BoardCard> {
  const { period, now } = options;
  const [season, players, top, me] = await Promise.all([
    store.currentSeason(scope),
    store.boardSize(scope, { period, now }),
    store.leaderboard(scope, { period, limit: 10, now }),
    userId ? store.rankOf(scope, userId, { period, now }) : Promise.resolve(null),
  ]);
  return { period, season, players, top, me };
}
