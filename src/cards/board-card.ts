/**
 * The `/leaderboard` card: the top 10 with medals for the first three, each with a bar of points
 * against the leader's, and the asking player's own row — highlighted in place, or below the top
 * when they rank lower.
 */
import type { Locale } from '../app/protocol.ts';
import type { LeaderboardRow } from '../store/store.ts';
import {
  CARD_WIDTH,
  type Ctx,
  cardText,
  font,
  gapDots,
  medal,
  newCard,
  PAD,
  palette,
  png,
  roundRect,
  text,
  trophyIcon,
} from './draw.ts';
import { type BoardCard, grouped } from './model.ts';

const HEADER = 100;
const ROW = 58;
const ROW_GAP = 8;

const words = {
  ko: {
    title: (weekly: boolean) => (weekly ? '이번 주 순위' : '전체 순위'),
    sub: (season: number, players: number) => `시즌 ${season} · ${grouped(players)}명`,
    points: (n: number) => `${grouped(n)}점`,
    accuracy: (pct: number, c: number, a: number) => `정확도 ${pct}% (${c}/${a})`,
    empty: '아직 기록이 없어요. /quiz 로 시작해 보세요!',
    me: '나',
  },
  en: {
    title: (weekly: boolean) => (weekly ? 'This week' : 'All-time leaderboard'),
    sub: (season: number, players: number) => `Season ${season} · ${grouped(players)} players`,
    points: (n: number) => `${grouped(n)} pts`,
    accuracy: (pct: number, c: number, a: number) => `${pct}% right (${c}/${a})`,
    empty: 'No scores yet. Start one with /quiz!',
    me: 'you',
  },
} as const;

type Words = (typeof words)[Locale];

/** Whether the player's own row is drawn apart, below the top. */
const meBelow = (card: BoardCard) => card.me !== null && !card.top.some((r) => r.userId === card.me?.userId);

/** The card's height for its rows. */
export function boardHeight(card: BoardCard): number {
  const rows = Math.max(1, card.top.length) + (meBelow(card) ? 1 : 0);
  return HEADER + rows * (ROW + ROW_GAP) + (meBelow(card) ? 28 : 0) + PAD - ROW_GAP;
}

function row(ctx: Ctx, r: LeaderboardRow, y: number, leader: number, me: boolean, w: Words): void {
  roundRect(ctx, PAD, y, CARD_WIDTH - 2 * PAD, ROW, 14, me ? '#33396a' : palette.panel);
  if (me) {
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.roundRect(PAD + 1, y + 1, CARD_WIDTH - 2 * PAD - 2, ROW - 2, 13);
    ctx.stroke();
  }
  const mid = y + ROW / 2;
  if (!medal(ctx, r.rank, PAD + 36, mid - 5, 15))
    text(ctx, grouped(r.rank), PAD + 36, mid + 7, {
      size: r.rank < 1000 ? 20 : 15,
      bold: true,
      color: palette.muted,
      align: 'center',
    });
  const nameX = PAD + 72;
  const name = cardText(r.name) || '?';
  text(ctx, name, nameX, mid + 7, { size: 18, bold: true, width: me ? 250 : 290 });
  if (me) {
    ctx.font = font(18, true);
    const shown = Math.min(250, ctx.measureText(name).width);
    roundRect(ctx, nameX + shown + 10, mid - 10, 34, 20, 10, palette.accent);
    text(ctx, w.me, nameX + shown + 27, mid + 5, {
      size: 12,
      bold: true,
      color: palette.background,
      align: 'center',
    });
  }
  const barX = 410;
  const barWidth = 150;
  roundRect(ctx, barX, mid - 4, barWidth, 8, 4, palette.background);
  const share = leader > 0 ? Math.max(0, r.points) / leader : 0;
  if (share > 0) roundRect(ctx, barX, mid - 4, Math.max(8, barWidth * share), 8, 4, palette.accent);
  const pct = r.answered ? Math.round((100 * r.correct) / r.answered) : 0;
  const right = CARD_WIDTH - PAD - 18;
  text(ctx, w.points(r.points), right, mid - 1, { size: 18, bold: true, align: 'right', width: 170 });
  text(ctx, w.accuracy(pct, r.correct, r.answered), right, mid + 18, {
    size: 12,
    color: palette.muted,
    align: 'right',
    width: 170,
  });
}

/** The leaderboard card as PNG bytes. */
export async function renderBoardCard(card: BoardCard, locale: Locale): Promise<Buffer> {
  const w = words[locale];
  const { canvas, ctx } = newCard(CARD_WIDTH, boardHeight(card));
  trophyIcon(ctx, PAD, 34, 40);
  text(ctx, w.title(card.period === 'weekly'), PAD + 54, 66, { size: 28, bold: true, width: 440 });
  text(ctx, w.sub(card.season, card.players), CARD_WIDTH - PAD, 66, {
    size: 16,
    color: palette.muted,
    align: 'right',
  });
  let y = HEADER;
  if (!card.top.length) {
    roundRect(ctx, PAD, y, CARD_WIDTH - 2 * PAD, ROW, 14, palette.panel);
    text(ctx, w.empty, CARD_WIDTH / 2, y + ROW / 2 + 6, { size: 16, color: palette.muted, align: 'center' });
    y += ROW + ROW_GAP;
  }
  const leader = Math.max(0, ...card.top.map((r) => r.points));
  for (const r of card.top) {
    row(ctx, r, y, leader, r.userId === card.me?.userId, w);
    y += ROW + ROW_GAP;
  }
  if (card.me && meBelow(card)) {
    gapDots(ctx, CARD_WIDTH / 2, y + 10);
    row(ctx, card.me, y + 28, leader, true, w);
  }
  return png(canvas);
}
