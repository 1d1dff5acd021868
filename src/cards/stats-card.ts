/**
 * The `/stats` card: totals, the current and best streak, a 12-week calendar of days studied, the
 * season's points over time, and one mastery bar per topic. Its height grows with the topics (at
 * most `CARD_TOPICS`), so every name keeps its line.
 */
import type { Locale } from '../app/protocol.ts';
import {
  CARD_WIDTH,
  type Ctx,
  calendarIcon,
  cardText,
  chartIcon,
  flameIcon,
  font,
  newCard,
  PAD,
  palette,
  png,
  roundRect,
  shareColor,
  starIcon,
  text,
} from './draw.ts';
import { CALENDAR_WEEKS, calendarStart, DAY_MS, grouped, type StatsCard } from './model.ts';

const TOPIC_ROW = 30;
/** The topic name column of a one-column card: 20 Hangul characters at 15 px fit whole. */
const TOPIC_NAME_WIDTH = 310;
const HEADER = 104;
const TILES_Y = HEADER + 8;
const TILE_H = 78;
const PANELS_Y = TILES_Y + TILE_H + 16;
const PANEL_H = 226;
const TOPICS_Y = PANELS_Y + PANEL_H + 20;

const words = {
  ko: {
    record: (season: number) => `퀴즈 기록 · 시즌 ${season}`,
    points: (n: number) => `${grouped(n)}점`,
    right: (c: number, a: number, pct: number) => `정답 ${grouped(c)}/${grouped(a)} · ${pct}%`,
    streak: '연속 정답',
    best: '최고 연속',
    days: '공부한 날 (12주)',
    daysValue: (n: number) => `${n}일`,
    calendar: '최근 12주',
    season: '시즌 점수',
    less: '적음',
    more: '많음',
    mastery: '주제별 숙련도',
    weekdays: ['월', '', '수', '', '금', '', ''],
    month: (m: number) => `${m}월`,
    none: '아직 푼 문제가 없어요. /quiz 로 시작해 보세요!',
    noSeason: '이번 시즌 기록이 아직 없어요',
    moreTopics: (n: number) => `외 ${n}개 주제`,
  },
  en: {
    record: (season: number) => `Quiz record · season ${season}`,
    points: (n: number) => `${grouped(n)} pts`,
    right: (c: number, a: number, pct: number) => `${grouped(c)}/${grouped(a)} right · ${pct}%`,
    streak: 'Streak',
    best: 'Best streak',
    days: 'Days studied (12 wk)',
    daysValue: (n: number) => `${n}`,
    calendar: 'Last 12 weeks',
    season: 'Season points',
    less: 'less',
    more: 'more',
    mastery: 'Mastery by topic',
    weekdays: ['Mon', '', 'Wed', '', 'Fri', '', ''],
    month: (m: number) =>
      ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ?? '',
    none: 'No answers yet. Start with /quiz!',
    noSeason: 'Nothing this season yet',
    moreTopics: (n: number) => `and ${n} more topics`,
  },
} as const;

type Words = (typeof words)[Locale];

/** The card's height for its topics. */
export function statsHeight(card: StatsCard): number {
  const layout = topicLayout(card.topics.length);
  return TOPICS_Y + 40 + layout.rows * layout.rowHeight + (card.moreTopics ? TOPIC_ROW : 0) + PAD;
}

/** Calendar level 0–4 for a day's answers. */
const level = (answers: number) =>
  answers <= 0 ? 0 : answers < 5 ? 1 : answers < 10 ? 2 : answers < 20 ? 3 : 4;

/** A day number as the date it names (its UTC fields are the Seoul date). */
const dateOf = (day: number) => new Date(day * DAY_MS);
const shortDate = (day: number) => `${dateOf(day).getUTCMonth() + 1}/${dateOf(day).getUTCDate()}`;

function header(ctx: Ctx, card: StatsCard, w: Words): void {
  text(ctx, cardText(card.name) || '?', PAD, 56, { size: 30, bold: true, width: 430 });
  text(ctx, w.record(card.season), PAD, 86, { size: 16, color: palette.muted });
  const pct = card.answered ? Math.round((100 * card.correct) / card.answered) : 0;
  text(ctx, w.points(card.points), CARD_WIDTH - PAD, 56, { size: 30, bold: true, align: 'right' });
  text(ctx, w.right(card.correct, card.answered, pct), CARD_WIDTH - PAD, 86, {
    size: 16,
    color: palette.muted,
    align: 'right',
  });
}

function tiles(ctx: Ctx, card: StatsCard, w: Words): void {
  const studied = card.calendar.filter((n) => n > 0).length;
  const gap = 16;
  const width = (CARD_WIDTH - 2 * PAD - 2 * gap) / 3;
  const items: [string, string, (x: number, y: number) => void][] = [
    [w.streak, String(card.streak), (x, y) => flameIcon(ctx, x, y, 36)],
    [w.best, String(card.bestStreak), (x, y) => starIcon(ctx, x, y, 36)],
    [w.days, w.daysValue(studied), (x, y) => calendarIcon(ctx, x, y, 36)],
  ];
  items.forEach(([label, value, icon], i) => {
    const x = PAD + i * (width + gap);
    roundRect(ctx, x, TILES_Y, width, TILE_H, 14, palette.panel);
    icon(x + 18, TILES_Y + (TILE_H - 36) / 2);
    text(ctx, value, x + 68, TILES_Y + 40, { size: 26, bold: true, width: width - 84 });
    text(ctx, label, x + 68, TILES_Y + 62, { size: 13, color: palette.muted, width: width - 84 });
  });
}

const CELL = 17;
const CELL_GAP = 4;

function calendar(ctx: Ctx, card: StatsCard, w: Words, x: number, y: number, width: number): void {
  roundRect(ctx, x, y, width, PANEL_H, 14, palette.panel);
  calendarIcon(ctx, x + 18, y + 16, 20);
  text(ctx, w.calendar, x + 46, y + 32, { size: 15, bold: true });
  const gridX = x + 52;
  const gridY = y + 70;
  w.weekdays.forEach((label, row) => {
    if (label)
      text(ctx, label, gridX - 10, gridY + row * (CELL + CELL_GAP) + 13, {
        size: 11,
        color: palette.faint,
        align: 'right',
      });
  });
  const start = calendarStart(card.today);
  // A month is named over the week holding its 1st; the first week names its own unless the next names one.
  const firsts = Array.from({ length: CALENDAR_WEEKS }, (_, week) =>
    [0, 1, 2, 3, 4, 5, 6].find((d) => dateOf(start + week * 7 + d).getUTCDate() === 1),
  );
  for (let week = 0; week < CALENDAR_WEEKS; week++) {
    const cx = gridX + week * (CELL + CELL_GAP);
    const first = firsts[week] ?? (week === 0 && firsts[1] === undefined ? 0 : undefined);
    if (first !== undefined)
      text(ctx, w.month(dateOf(start + week * 7 + first).getUTCMonth() + 1), cx, gridY - 8, {
        size: 11,
        color: palette.faint,
      });
    for (let row = 0; row < 7; row++) {
      const index = week * 7 + row;
      if (index >= card.calendar.length) break;
      const answers = card.calendar[index] ?? 0;
      roundRect(ctx, cx, gridY + row * (CELL + CELL_GAP), CELL, CELL, 4, palette.calendar[level(answers)]);
      if (start + index === card.today) {
        ctx.strokeStyle = palette.text;
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.roundRect(cx - 1, gridY + row * (CELL + CELL_GAP) - 1, CELL + 2, CELL + 2, 5);
        ctx.stroke();
      }
    }
  }
  // Legend, beside the title: less ▢▢▢▢▢ more.
  const legendY = y + 22;
  const right = x + width - 18;
  text(ctx, w.more, right, legendY + 10, { size: 11, color: palette.faint, align: 'right' });
  ctx.font = font(11);
  const moreWidth = ctx.measureText(w.more).width;
  for (let i = 4; i >= 0; i--) {
    const cx = right - moreWidth - 8 - (5 - i) * 15;
    roundRect(ctx, cx, legendY, 11, 11, 3, palette.calendar[i] ?? palette.panel);
  }
  text(ctx, w.less, right - moreWidth - 8 - 5 * 15 - 6, legendY + 10, {
    size: 11,
    color: palette.faint,
    align: 'right',
  });
}

function seasonChart(ctx: Ctx, card: StatsCard, w: Words, x: number, y: number, width: number): void {
  roundRect(ctx, x, y, width, PANEL_H, 14, palette.panel);
  chartIcon(ctx, x + 18, y + 16, 20);
  text(ctx, w.season, x + 46, y + 32, { size: 15, bold: true });
  const points = card.seasonPoints;
  const left = x + 56;
  const right = x + width - 22;
  const top = y + 58;
  const bottom = y + PANEL_H - 40;
  if (!points.length) {
    text(ctx, w.noSeason, x + width / 2, (top + bottom) / 2 + 6, {
      size: 14,
      color: palette.faint,
      align: 'center',
    });
    return;
  }
  const first = points[0]?.day ?? card.today;
  const from = Math.min(first, card.today - 1);
  const span = Math.max(1, card.today - from);
  const max = Math.max(1, ...points.map((p) => p.total));
  const px = (day: number) => left + ((day - from) / span) * (right - left);
  const py = (total: number) => bottom - (total / max) * (bottom - top);
  // Axis lines and labels: 0 and the best total, the first day and today.
  ctx.strokeStyle = palette.panelLine;
  ctx.lineWidth = 1;
  for (const total of [0, max]) {
    ctx.beginPath();
    ctx.moveTo(left, py(total));
    ctx.lineTo(right, py(total));
    ctx.stroke();
    text(ctx, grouped(total), left - 8, py(total) + 4, { size: 11, color: palette.faint, align: 'right' });
  }
  text(ctx, shortDate(from), left, bottom + 20, { size: 11, color: palette.faint });
  text(ctx, shortDate(card.today), right, bottom + 20, { size: 11, color: palette.faint, align: 'right' });
  // A step line: the total holds between days with answers, and runs on to today.
  const line: [number, number][] = [[px(from), py(0)]];
  let total = 0;
  for (const p of points) {
    line.push([px(p.day), py(total)], [px(p.day), py(p.total)]);
    total = p.total;
  }
  line.push([px(card.today), py(total)]);
  ctx.beginPath();
  ctx.moveTo(line[0]?.[0] ?? left, bottom);
  for (const [lx, ly] of line) ctx.lineTo(lx, ly);
  ctx.lineTo(px(card.today), bottom);
  ctx.closePath();
  ctx.fillStyle = 'rgba(124, 140, 255, 0.22)';
  ctx.fill();
  ctx.beginPath();
  for (const [lx, ly] of line) ctx.lineTo(lx, ly);
  ctx.strokeStyle = palette.accent;
  ctx.lineWidth = 2.5;
  ctx.lineJoin = 'round';
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(px(card.today), py(total), 4.5, 0, Math.PI * 2);
  ctx.fillStyle = palette.text;
  ctx.fill();
}

/** Up to this many topics, one a row with its name, bar and counts beside each other. */
const ONE_COLUMN_TOPICS = 12;
const COLUMN_GAP = 24;
const COLUMN_WIDTH = (CARD_WIDTH - 2 * PAD - COLUMN_GAP) / 2;
const STACKED_ROW = 44;

/**
 * How the topics sit: a few in one column (name, bar, counts on a line), many in two columns of
 * stacked entries (the name over its bar and share), so 50 topics make a card of sensible height
 * and size.
 */
export function topicLayout(count: number): TopicLayout {
  return count <= ONE_COLUMN_TOPICS
    ? {
        columns: 1,
        rowHeight: TOPIC_ROW,
        rows: Math.max(1, count),
        nameSize: 15,
        nameWidth: TOPIC_NAME_WIDTH,
      }
    : {
        columns: 2,
        rowHeight: STACKED_ROW,
        rows: Math.ceil(count / 2),
        nameSize: 14,
        nameWidth: COLUMN_WIDTH,
      };
}

export interface TopicLayout {
  columns: 1 | 2;
  rowHeight: number;
  rows: number;
  /** A topic name's font size, and the width past which it is cut with `…`. */
  nameSize: number;
  nameWidth: number;
}

function topics(ctx: Ctx, card: StatsCard, w: Words): void {
  text(ctx, w.mastery, PAD, TOPICS_Y + 20, { size: 17, bold: true });
  const top = TOPICS_Y + 40;
  if (!card.topics.length) {
    text(ctx, w.none, PAD, top + 19, { size: 15, color: palette.muted });
    return;
  }
  const layout = topicLayout(card.topics.length);
  card.topics.forEach((t, i) => {
    const name = cardText(t.topic);
    const share = `${Math.round(t.share * 100)}%`;
    if (layout.columns === 1) {
      const y = top + i * layout.rowHeight;
      const barX = PAD + TOPIC_NAME_WIDTH + 12;
      const figuresWidth = 110;
      text(ctx, name, PAD, y + 20, { size: layout.nameSize, width: layout.nameWidth });
      bar(ctx, barX, y + 9, CARD_WIDTH - PAD - figuresWidth - 12 - barX, t.share);
      text(ctx, `${share} · ${t.correct}/${t.answered}`, CARD_WIDTH - PAD, y + 20, {
        size: 14,
        color: palette.muted,
        align: 'right',
        width: figuresWidth,
      });
      return;
    }
    // Down the left column, then the right: weakest first reads top to bottom.
    const x = PAD + (i < layout.rows ? 0 : COLUMN_WIDTH + COLUMN_GAP);
    const y = top + (i % layout.rows) * layout.rowHeight;
    text(ctx, name, x, y + 16, { size: layout.nameSize, width: layout.nameWidth });
    bar(ctx, x, y + 24, COLUMN_WIDTH - 48, t.share, 9);
    text(ctx, share, x + COLUMN_WIDTH, y + 33, { size: 12, color: palette.muted, align: 'right', width: 44 });
  });
  if (card.moreTopics)
    text(ctx, w.moreTopics(card.moreTopics), PAD, top + layout.rows * layout.rowHeight + 20, {
      size: 14,
      color: palette.faint,
    });
}

/** A mastery bar: its track, and the share filled in its colour. */
function bar(ctx: Ctx, x: number, y: number, width: number, share: number, height = 13): void {
  roundRect(ctx, x, y, width, height, height / 2, palette.panel);
  if (share > 0) roundRect(ctx, x, y, Math.max(height, width * share), height, height / 2, shareColor(share));
}

/** The stats card as PNG bytes. */
export async function renderStatsCard(card: StatsCard, locale: Locale): Promise<Buffer> {
  const w = words[locale];
  const { canvas, ctx } = newCard(CARD_WIDTH, statsHeight(card));
  header(ctx, card, w);
  tiles(ctx, card, w);
  const calendarWidth = 52 + CALENDAR_WEEKS * (CELL + CELL_GAP) + 14;
  calendar(ctx, card, w, PAD, PANELS_Y, calendarWidth);
  seasonChart(ctx, card, w, PAD + calendarWidth + 16, PANELS_Y, CARD_WIDTH - 2 * PAD - calendarWidth - 16);
  topics(ctx, card, w);
  return png(canvas);
}
