import { ApplicationCommandOptionType, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { defineCommand } from '../src/app/command.ts';
import type { Context } from '../src/app/context.ts';
import { leaderboardIds } from '../src/app/custom-ids.ts';
import { UserError } from '../src/app/errors.ts';
import { tr } from '../src/app/i18n.ts';
import type { ActionRow, Actor, Locale, Message, Place } from '../src/app/protocol.ts';
import { displayName } from '../src/app/quiz/render.ts';
import { isShared, placeOf, scopeOf } from '../src/app/quiz/scope.ts';
import { boardCardFile, withCard } from '../src/cards/files.ts';
import type { LeaderboardRow, Period, Scope } from '../src/store/store.ts';

const PAGE_SIZE = 10;

const accuracy = (row: { answered: number; correct: number }) =>
  row.answered ? Math.round((100 * row.correct) / row.answered) : 0;

function line(row: LeaderboardRow, locale: Locale, me: boolean): string {
  const medal = ['🥇', '🥈', '🥉'][row.rank - 1] ?? `**${row.rank}.**`;
  const text = tr(locale, {
    ko: `${medal} ${displayName(row.name)} — ${row.points}점 · 정확도 ${accuracy(row)}% (${row.correct}/${row.answered})`,
    en: `${medal} ${displayName(row.name)} — ${row.points} pts · ${accuracy(row)}% right (${row.correct}/${row.answered})`,
  });
  return me ? `${text} ◀` : text;
}

interface BoardRequest {
  /** The board: a server's, or a group DM's. */
  scope: Scope;
  user: Actor;
  locale: Locale;
}

/**
 * The board of where a request comes from: a server the app is installed to, or a DM among friends;
 * refused in the bot's DMs and in servers the bot is not in (those rounds count on personal boards).
 */
function boardOf(req: {
  guildId: string | null;
  channelId: string;
  place?: Place | undefined;
  user: Actor;
}): Scope {
  if (!isShared(placeOf(req))) throw new UserError('leaderboard.guildOnly');
  return scopeOf(req, req.user.id);
}

/** One page of a board, with the caller's own rank even when it is off the page. */
export async function boardMessage(
  ctx: Context,
  req: BoardRequest,
  period: Period,
  page: number,
  /** A private copy for one member paging: its buttons page that copy in place. */
  ephemeral = false,
): Promise<Message> {
  const now = ctx.now();
  const size = await ctx.store.boardSize(req.scope, { period, now });
  const pages = Math.max(1, Math.ceil(size / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await ctx.store.leaderboard(req.scope, {
    period,
    limit: PAGE_SIZE,
    offset: (current - 1) * PAGE_SIZE,
    now,
  });
  const mine = await ctx.store.rankOf(req.scope, req.user.id, { period, now });
  const season = await ctx.store.currentSeason(req.scope);
  const title = tr(req.locale, {
    ko: `🏆 **${period === 'weekly' ? '이번 주' : '전체'} 순위** · 시즌 ${season} · ${current}/${pages}쪽`,
    en: `🏆 **${period === 'weekly' ? 'This week' : 'All-time'} leaderboard** · season ${season} · page ${current}/${pages}`,
  });
  const body = rows.length
    ? rows.map((r) => line(r, req.locale, r.userId === req.user.id))
    : [
        tr(req.locale, {
          ko: '아직 기록이 없어요. /quiz 로 시작해 보세요!',
          en: 'No scores yet. Start one with /quiz!',
        }),
      ];
  const own = mine
    ? tr(req.locale, {
        ko: `내 순위: ${mine.rank}위 · ${mine.points}점`,
        en: `Your rank: #${mine.rank} · ${mine.points} pts`,
      })
    : tr(req.locale, { ko: '내 순위: 아직 없음', en: 'Your rank: none yet' });
  const button = (label: string, target: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label,
    custom_id: leaderboardIds.encode({ action: 'page', period, page: target, onPrivateCopy: ephemeral }),
    disabled,
  });
  const row: ActionRow = {
    type: ComponentType.ActionRow,
    components: [button('◀', current - 1, current <= 1), button('▶', current + 1, current >= pages)],
  };
  return {
    content: [title, '', ...body, '', own].join('\n'),
    components: pages > 1 ? [row] : [],
    ...(ephemeral ? { ephemeral: true } : {}),
  };
}

/** `/leaderboard [period] [page]`: the board and its page buttons (resets and seasons are `/admin`'s). */
export default defineCommand({
  data: {
    name: 'leaderboard',
    description: "The server's quiz leaderboard",
    name_localizations: { ko: '순위표' },
    description_localizations: { ko: '서버 퀴즈 순위표' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'period',
        description: 'All-time (this season) or this week',
        name_localizations: { ko: '기간' },
        description_localizations: { ko: '전체(이번 시즌) 또는 이번 주' },
        choices: [
          { name: 'all-time', name_localizations: { ko: '전체' }, value: 'all-time' },
          { name: 'weekly', name_localizations: { ko: '이번 주' }, value: 'weekly' },
        ],
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'page',
        description: 'Page number',
        name_localizations: { ko: '쪽' },
        description_localizations: { ko: '쪽 번호' },
        min_value: 1,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'ephemeral',
        description: 'Only you see the board',
        name_localizations: { ko: '나만보기' },
        description_localizations: { ko: '나만 보이게 보여 줘요' },
      },
    ],
  },
  // A board exists in servers and in DMs among friends, not in the bot's own DMs.
  contexts: ['guild', 'privateChannel'],
  ids: leaderboardIds,

  async execute(req, args, ctx) {
    const period: Period = args.period ?? 'all-time';
    const scope = boardOf(req);
    const text = await boardMessage(ctx, { ...req, scope }, period, args.page ?? 1, args.ephemeral === true);
    // The top 10 and the caller's row as a picture; the page buttons change the text and leave it.
    const message = await withCard(
      text,
      () => boardCardFile(ctx.store, scope, req.user.id, { period, now: ctx.now(), locale: req.locale }),
      ctx.log,
    );
    return { type: 'message', message };
  },

  async component(req, id, ctx) {
    // The public board shows its invoker's rank; another member's click must not rewrite it. A click on
    // the public board answers privately with that page and the clicker's own rank; a click on such a
    // private copy pages it in place.
    const message = await boardMessage(ctx, { ...req, scope: boardOf(req) }, id.period, id.page, true);
    return id.onPrivateCopy ? { type: 'update', message } : { type: 'message', message };
  },

  deferCommand: (args) => (args.ephemeral === true ? 'ephemeral' : 'reply'),
  deferComponent: (id) => (id.onPrivateCopy ? 'update' : 'ephemeral'),
});
