/**
 * Fixed players for the picture cards: the reference images, the 50-topic card and `npm run bench -- cards`
 * draw these.
 */
import type { BoardCard, StatsCard } from '../../src/cards/model.ts';
import { calendarStart, masteryOrder, studyDayOf } from '../../src/cards/model.ts';

/** Monday 2026-12-07 in Seoul. */
export const TODAY = studyDayOf(Date.UTC(2026, 11, 7, 3));

/** A fixed player: three topics, a streak, a calendar with a rhythm, a season that climbs. */
export function player(over: Partial<StatsCard> = {}): StatsCard {
  const calendar = Array.from({ length: TODAY - calendarStart(TODAY) + 1 }, (_, i) =>
    i % 3 === 0 ? 0 : (i * 7) % 23,
  );
  return {
    name: '김민지 Minji',
    season: 2,
    points: 4_210,
    answered: 48,
    correct: 37,
    streak: 5,
    bestStreak: 12,
    topics: masteryOrder([
      { topic: '1. 웹 프로그래밍이란?', answered: 20, correct: 17 },
      { topic: 'HTTP와 REST', answered: 16, correct: 9 },
      { topic: '로드밸런서(Load Balancer)', answered: 12, correct: 3 },
    ]),
    moreTopics: 0,
    today: TODAY,
    calendar,
    seasonPoints: [
      { day: TODAY - 40, total: 300 },
      { day: TODAY - 31, total: 1_150 },
      { day: TODAY - 20, total: 2_400 },
      { day: TODAY - 6, total: 3_620 },
      { day: TODAY, total: 4_210 },
    ],
    ...over,
  };
}

const row = (rank: number, name: string, points: number, answered: number, correct: number) => ({
  rank,
  userId: `u${rank}`,
  name,
  points,
  answered,
  correct,
});

export function board(over: Partial<BoardCard> = {}): BoardCard {
  const names = [
    '김민지',
    'Bo',
    '이서준 (Seojun)',
    'Cy',
    '박지호',
    'Dana Kim',
    '최유나',
    'Eli',
    '정하늘',
    'Fay',
  ];
  return {
    period: 'all-time',
    season: 3,
    players: 52,
    top: names.map((n, i) => row(i + 1, n, 2_400 - i * 210, 30 - i, 25 - 2 * i)),
    me: row(37, '나의 아주 긴 이름입니다 정말로 길어요', 320, 9, 4),
    ...over,
  };
}

/** 50 topics of 20 characters of the widest kinds the font has: Hangul syllables, wide Latin capitals, both. */
export function fiftyTopics(): StatsCard {
  const names = Array.from(
    { length: 50 },
    (_, i) =>
      [
        `${String(i).padStart(2, '0')}번째 주제의 이름은 정말로 길어요`,
        `WWWWWWWWWWWWWWWWWW${String(i).padStart(2, '0')}`,
        `Kubernetes 인그레스 ${2000 + i}`,
      ][i % 3] ?? '',
  );
  return player({
    topics: masteryOrder(names.map((topic, i) => ({ topic, answered: 10, correct: i % 11 }))),
  });
}
