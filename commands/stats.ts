import { ApplicationCommandOptionType, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { defineCommand } from '../src/app/command.ts';
import type { Context } from '../src/app/context.ts';
import { statsIds } from '../src/app/custom-ids.ts';
import { oneLine } from '../src/app/format.ts';
import { tr } from '../src/app/i18n.ts';
import type { Actor, Locale, Message, Place } from '../src/app/protocol.ts';
import { displayName } from '../src/app/quiz/render.ts';
import { isShared, placeOf, scopeOf } from '../src/app/quiz/scope.ts';
import { statsCardFile, withCard } from '../src/cards/files.ts';
import { masteryOrder } from '../src/cards/model.ts';
import { extractFacts } from '../src/quiz/facts.ts';

const BAR = 5;
/** Topic lines per page: with a long topic name each, a page still fits one message. */
export const STATS_PAGE = 15;

/** `▰▰▰▱▱` for a share between 0 and 1. */
export function progressBar(share: number): string {
  const full = Math.round(Math.min(1, Math.max(0, share)) * BAR);
  return '▰'.repeat(full) + '▱'.repeat(BAR - full);
}

interface StatsRequest {
  guildId: string | null;
  channelId: string;
  place?: Place | undefined;
  user: Actor;
  locale: Locale;
}

/** Whose record it is, as the asker knows them (or as the board last saw them). */
const nameOf = (req: StatsRequest, userId: string, stored: string | null) =>
  userId === req.user.id ? req.user.name : (stored ?? tr(req.locale, { ko: '그 사용자', en: 'that user' }));

/**
 * One page of someone's record: the totals and weakest topics on every page, then the topics played,
 * weakest first, and after them the notes' topics not tried yet.
 */
export async function statsMessage(
  ctx: Context,
  req: StatsRequest,
  userId: string,
  page: number,
): Promise<Message> {
  const { locale } = req;
  const stats = await ctx.store.userStats(scopeOf(req, userId), userId);
  const name = displayName(nameOf(req, userId, stats.name));
  const played = masteryOrder(stats.topics);
  const seen = new Set(played.map((t) => t.topic));
  const untried = [...new Set(extractFacts(ctx.notes().knowledge).terms.map((t) => t.topic))].filter(
    (t) => !seen.has(t),
  );
  const lines = [
    ...played.map(
      (r) =>
        `${progressBar(r.share)} ${oneLine(r.topic, 60)} — ${Math.round(r.share * 100)}% (${r.correct}/${r.answered})`,
    ),
    ...untried.map(
      (t) =>
        `${progressBar(0)} ${oneLine(t, 60)} — ${tr(locale, { ko: '아직 안 풀었어요', en: 'not tried yet' })}`,
    ),
  ];
  const pages = Math.max(1, Math.ceil(lines.length / STATS_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const weakest = played
    .filter((r) => r.share < 1)
    .slice(0, 3)
    .map((r) => r.topic);
  const accuracy = stats.answered ? Math.round((100 * stats.correct) / stats.answered) : 0;
  const content = [
    tr(locale, {
      ko: `📊 **${name}의 퀴즈 기록** · 시즌 ${stats.season}${pages > 1 ? ` · ${current}/${pages}쪽` : ''}`,
      en: `📊 **${name}'s quiz record** · season ${stats.season}${pages > 1 ? ` · page ${current}/${pages}` : ''}`,
    }),
    tr(locale, {
      ko: `점수 ${stats.points}점 · 정답 ${stats.correct}/${stats.answered} (${accuracy}%) · 🔥 연속 ${stats.streak} (최고 ${stats.bestStreak})`,
      en: `${stats.points} pts · ${stats.correct}/${stats.answered} right (${accuracy}%) · 🔥 streak ${stats.streak} (best ${stats.bestStreak})`,
    }),
    weakest.length
      ? tr(locale, {
          ko: `🔎 약한 주제: ${weakest.map((t) => oneLine(t, 60)).join(', ')}`,
          en: `🔎 Weakest topics: ${weakest.map((t) => oneLine(t, 60)).join(', ')}`,
        })
      : tr(locale, { ko: '🔎 약한 주제: 아직 없어요', en: '🔎 Weakest topics: none yet' }),
    '',
    ...lines.slice((current - 1) * STATS_PAGE, current * STATS_PAGE),
  ].join('\n');
  const button = (label: string, target: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label,
    custom_id: statsIds.encode({ action: 'page', userId, page: Math.max(1, Math.min(pages, target)) }),
    disabled,
  });
  const components =
    pages > 1
      ? [
          {
            type: ComponentType.ActionRow as const,
            components: [button('◀', current - 1, current <= 1), button('▶', current + 1, current >= pages)],
          },
        ]
      : [];
  return { content, components, ephemeral: true };
}

/** `/stats [user]`: per-topic mastery bars, weakest topics, streaks (this server, or your DMs), paged. */
export default defineCommand({
  data: {
    name: 'stats',
    description: 'Quiz record: mastery per topic, weakest topics, streaks',
    name_localizations: { ko: '통계' },
    description_localizations: { ko: '퀴즈 기록: 주제별 숙련도, 약한 주제, 연속 정답' },
    options: [
      {
        type: ApplicationCommandOptionType.User,
        name: 'user',
        description: 'Whose record (default: yours)',
        name_localizations: { ko: '사용자' },
        description_localizations: { ko: '누구의 기록인지 (기본: 나)' },
      },
    ],
  },
  ids: statsIds,

  async execute(req, args, ctx) {
    const userId = args.user && isShared(placeOf(req)) ? args.user : req.user.id;
    const scope = scopeOf(req, userId);
    // The first page comes with the card; the page buttons change the text and leave the card.
    const message = await withCard(
      await statsMessage(ctx, req, userId, 1),
      () =>
        statsCardFile(ctx.store, scope, userId, {
          ...(userId === req.user.id ? { name: req.user.name } : {}),
          now: ctx.now(),
          locale: req.locale,
        }),
      ctx.log,
    );
    return { type: 'message', message };
  },

  async component(req, id, ctx) {
    // A personal record (outside shared places) is only ever its owner's to see.
    const userId = isShared(placeOf(req)) ? id.userId : req.user.id;
    return { type: 'update', message: await statsMessage(ctx, req, userId, id.page) };
  },

  deferComponent: () => 'update',
});
