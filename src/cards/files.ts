/**
 * The cards as files a reply carries: gathered from the store, drawn, and described in words for
 * screen readers (the reply's text says it all too). Commands and the CLI both come here.
 */

import type { Locale, Message, MessageFile } from '../app/protocol.ts';
import type { Logger } from '../log.ts';
import type { Period, Scope, Store } from '../store/store.ts';
import { type BoardCard, boardCardData, grouped, type StatsCard, statsCardData } from './model.ts';

// The drawing modules load @napi-rs/canvas (its native module, ~35 ms of CPU): imported with the first card, so
// a start, the terminal, the CLI and every command without a card never load it.

/** What the stats card shows, in one sentence. */
export function statsAltText(card: StatsCard, locale: Locale): string {
  const days = card.calendar.filter((n) => n > 0).length;
  const weakest = card.topics
    .filter((t) => t.share < 1)
    .slice(0, 3)
    .map((t) => `${t.topic} ${Math.round(t.share * 100)}%`);
  return locale === 'en'
    ? `${card.name}'s quiz record, season ${card.season}: ${grouped(card.points)} points, ${card.correct}/${card.answered} right, streak ${card.streak} (best ${card.bestStreak}), ${days} days studied in 12 weeks${weakest.length ? `; weakest: ${weakest.join(', ')}` : ''}.`
    : `${card.name}의 퀴즈 기록, 시즌 ${card.season}: ${grouped(card.points)}점, 정답 ${card.correct}/${card.answered}, 연속 ${card.streak} (최고 ${card.bestStreak}), 최근 12주 중 ${days}일 공부${weakest.length ? `; 약한 주제: ${weakest.join(', ')}` : ''}.`;
}

/** What the leaderboard card shows, in one sentence. */
export function boardAltText(card: BoardCard, locale: Locale): string {
  const rows = card.top.map((r) => `${r.rank}. ${r.name} ${grouped(r.points)}`).join(', ');
  const me = card.me;
  return locale === 'en'
    ? `${card.period === 'weekly' ? 'This week' : 'All-time'} leaderboard, season ${card.season}: ${rows || 'no scores yet'}${me ? `. You: #${me.rank}, ${grouped(me.points)} pts` : ''}.`
    : `${card.period === 'weekly' ? '이번 주' : '전체'} 순위, 시즌 ${card.season}: ${rows || '아직 기록 없음'}${me ? `. 나: ${me.rank}위, ${grouped(me.points)}점` : ''}.`;
}

export async function statsCardFile(
  store: Store,
  scope: Scope,
  userId: string,
  options: { name?: string; now: number; locale: Locale },
): Promise<MessageFile> {
  const card = await statsCardData(store, scope, userId, options);
  return {
    name: 'stats.png',
    data: await (await import('./stats-card.ts')).renderStatsCard(card, options.locale),
    description: statsAltText(card, options.locale),
  };
}

export async function boardCardFile(
  store: Store,
  scope: Scope,
  userId: string | null,
  options: { period: Period; now: number; locale: Locale },
): Promise<MessageFile> {
  const card = await boardCardData(store, scope, userId, options);
  return {
    name: 'leaderboard.png',
    data: await (await import('./board-card.ts')).renderBoardCard(card, options.locale),
    description: boardAltText(card, options.locale),
  };
}

/**
 * The message with its card attached. The card is a picture of what the text already says, so a
 * card that cannot be drawn is logged and the text goes alone.
 */
export async function withCard(
  message: Message,
  card: () => Promise<MessageFile>,
  log: Logger,
): Promise<Message> {
  try {
    return { ...message, files: [...(message.files ?? []), await card()] };
  } catch (err) {
    log.warn({ err }, 'could not draw a card; the reply goes without it');
    return message;
  }
}
