/**
 * The drawing kit both cards share: the font, the palette, text that fits a width, and icons drawn
 * as paths. Emoji are not in Noto Sans KR (and a system emoji font may be missing), so medals,
 * flames and trophies are shapes, never glyphs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Canvas, createCanvas, GlobalFonts, PngFilter, type SKRSContext2D } from '@napi-rs/canvas';
import { plainText } from '../app/format.ts';

export const FONT = 'Noto Sans KR';
/** Every card's width, and its margin. */
export const CARD_WIDTH = 800;
export const PAD = 32;

/**
 * Registers Noto Sans KR from @fontsource/noto-sans-kr: its `korean` subset holds every Hangul
 * syllable, the jamo, Latin letters and digits (fontsource's numbered files are slices of it for
 * browsers). Skia reads the woff2 directly. Idempotent: the registry is the native one.
 */
export function registerCardFonts(): void {
  if (GlobalFonts.has(FONT)) return;
  const files = join(
    dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/package.json')),
    'files',
  );
  for (const weight of [400, 700]) {
    const key = GlobalFonts.registerFromPath(
      join(files, `noto-sans-kr-korean-${weight}-normal.woff2`),
      FONT,
      { weight },
    );
    if (!key) throw new Error(`could not load ${FONT} ${weight} from ${files}`);
  }
}

export const palette = {
  background: '#1b1e2b',
  panel: '#252a3b',
  panelLine: '#323850',
  text: '#f2f3f5',
  muted: '#a3a9c0',
  faint: '#6b7290',
  accent: '#7c8cff',
  good: '#3ba55d',
  fair: '#f0b232',
  weak: '#ed6a5e',
  gold: '#f5c542',
  silver: '#c3cad6',
  bronze: '#d08a4e',
  flame: '#ff8a3d',
  calendar: ['#2c3246', '#0e4429', '#006d32', '#26a641', '#39d353'],
} as const;

export type Ctx = SKRSContext2D;

/** A fresh canvas filled with the card background. */
export function newCard(width: number, height: number): { canvas: Canvas; ctx: Ctx } {
  registerCardFonts();
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d', { alpha: false });
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';
  return { canvas, ctx };
}

export const font = (size: number, bold = false) => `${bold ? 700 : 400} ${size}px "${FONT}"`;

/** Pictographs, flags and emoji selectors: not in the font, and no use on a card (names may carry them). */
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{FE0E}\u{FE0F}\u{20E3}]/gu;

/** Text as the card can show it: one line, no invisible characters or pictographs. */
export function cardText(text: string): string {
  return plainText(text.replace(PICTOGRAPHS, ''));
}

/** `text` cut at a character boundary with `…` so it is at most `width` wide in the current font. */
export function fitWidth(ctx: Ctx, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join('').trimEnd()}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Draws `text` fitted to `width`; `align` right draws it ending at `x`. */
export function text(
  ctx: Ctx,
  value: string,
  x: number,
  y: number,
  style: {
    size: number;
    bold?: boolean;
    color?: string;
    width?: number;
    align?: 'left' | 'right' | 'center';
  },
): void {
  ctx.font = font(style.size, style.bold);
  ctx.fillStyle = style.color ?? palette.text;
  ctx.textAlign = style.align ?? 'left';
  ctx.fillText(style.width === undefined ? value : fitWidth(ctx, value, style.width), x, y);
  ctx.textAlign = 'left';
}

export function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number, fill: string) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, h / 2, w / 2));
  ctx.fillStyle = fill;
  ctx.fill();
}

/** A share of 0…1 as a colour: red under half, amber under 80%, green above. */
export const shareColor = (share: number) =>
  share >= 0.8 ? palette.good : share >= 0.5 ? palette.fair : palette.weak;

/** A flame in a `size` square whose top-left is (x, y). */
export function flameIcon(ctx: Ctx, x: number, y: number, size: number): void {
  const s = size / 24;
  const at = (px: number, py: number): [number, number] => [x + px * s, y + py * s];
  ctx.beginPath();
  ctx.moveTo(...at(12, 1));
  ctx.bezierCurveTo(...at(13, 6), ...at(20, 9), ...at(20, 15));
  ctx.bezierCurveTo(...at(20, 20), ...at(16.5, 23), ...at(12, 23));
  ctx.bezierCurveTo(...at(7.5, 23), ...at(4, 20), ...at(4, 15));
  ctx.bezierCurveTo(...at(4, 11), ...at(7, 9), ...at(8, 6));
  ctx.bezierCurveTo(...at(9, 9), ...at(10, 10), ...at(11, 10));
  ctx.bezierCurveTo(...at(11, 6), ...at(10, 4), ...at(12, 1));
  ctx.fillStyle = palette.flame;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(...at(12, 11));
  ctx.bezierCurveTo(...at(13, 14), ...at(16, 15), ...at(16, 18));
  ctx.bezierCurveTo(...at(16, 20.5), ...at(14.2, 22), ...at(12, 22));
  ctx.bezierCurveTo(...at(9.8, 22), ...at(8, 20.5), ...at(8, 18));
  ctx.bezierCurveTo(...at(8, 15.5), ...at(11, 14), ...at(12, 11));
  ctx.fillStyle = palette.gold;
  ctx.fill();
}

/** A five-pointed star in a `size` square. */
export function starIcon(ctx: Ctx, x: number, y: number, size: number, color: string = palette.gold): void {
  const cx = x + size / 2;
  const cy = y + size / 2 + size * 0.04;
  const outer = size / 2;
  const inner = outer * 0.45;
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const px = cx + r * Math.cos(a);
    const py = cy + r * Math.sin(a);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

/** A calendar page in a `size` square. */
export function calendarIcon(ctx: Ctx, x: number, y: number, size: number): void {
  const s = size / 24;
  roundRect(ctx, x + 2 * s, y + 4 * s, 20 * s, 18 * s, 3 * s, palette.calendar[3]);
  ctx.fillStyle = palette.background;
  ctx.fillRect(x + 4 * s, y + 10 * s, 16 * s, 10 * s);
  for (const [cx, cy] of [
    [6, 12],
    [10.5, 12],
    [15, 12],
    [6, 16],
    [10.5, 16],
  ] as const)
    roundRect(ctx, x + cx * s, y + cy * s, 3 * s, 2.5 * s, 0.8 * s, palette.calendar[4]);
  for (const cx of [7, 17]) roundRect(ctx, x + (cx - 1) * s, y + 1.5 * s, 2 * s, 5 * s, 1 * s, palette.text);
}

/** A line chart's mark in a `size` square. */
export function chartIcon(ctx: Ctx, x: number, y: number, size: number): void {
  const s = size / 24;
  ctx.strokeStyle = palette.accent;
  ctx.lineWidth = 2.5 * s;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x + 3 * s, y + 19 * s);
  ctx.lineTo(x + 9 * s, y + 12 * s);
  ctx.lineTo(x + 14 * s, y + 15 * s);
  ctx.lineTo(x + 21 * s, y + 5 * s);
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(x + 21 * s, y + 5 * s, 2.5 * s, 0, Math.PI * 2);
  ctx.fillStyle = palette.accent;
  ctx.fill();
}

/** A trophy cup in a `size` square. */
export function trophyIcon(ctx: Ctx, x: number, y: number, size: number): void {
  const s = size / 24;
  ctx.strokeStyle = palette.gold;
  ctx.lineWidth = 2 * s;
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.arc(x + (12 + side * 7.5) * s, y + 7.5 * s, 3.2 * s, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.beginPath();
  ctx.moveTo(x + 5 * s, y + 2 * s);
  ctx.lineTo(x + 19 * s, y + 2 * s);
  ctx.bezierCurveTo(x + 19 * s, y + 11 * s, x + 16 * s, y + 14 * s, x + 12 * s, y + 14 * s);
  ctx.bezierCurveTo(x + 8 * s, y + 14 * s, x + 5 * s, y + 11 * s, x + 5 * s, y + 2 * s);
  ctx.fillStyle = palette.gold;
  ctx.fill();
  ctx.fillRect(x + 10.5 * s, y + 13 * s, 3 * s, 5 * s);
  roundRect(ctx, x + 6.5 * s, y + 18 * s, 11 * s, 4 * s, 1.2 * s, palette.gold);
}

const MEDALS = [palette.gold, palette.silver, palette.bronze] as const;

/** A medal with ribbons and its rank for ranks 1–3, centred on (cx, cy); false for other ranks. */
export function medal(ctx: Ctx, rank: number, cx: number, cy: number, radius: number): boolean {
  const color = MEDALS[rank - 1];
  if (!color) return false;
  for (const [side, ribbon] of [
    [-1, '#4f6bd8'],
    [1, '#d84f6b'],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(cx + side * radius * 0.25, cy);
    ctx.lineTo(cx + side * radius * 0.95, cy + radius * 1.55);
    ctx.lineTo(cx + side * radius * 0.45, cy + radius * 1.35);
    ctx.lineTo(cx + side * radius * 0.05, cy + radius * 1.7);
    ctx.closePath();
    ctx.fillStyle = ribbon;
    ctx.fill();
  }
  ctx.beginPath();
  ctx.arc(cx, cy, radius, 0, Math.PI * 2);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(cx, cy, radius * 0.78, 0, Math.PI * 2);
  ctx.strokeStyle = 'rgba(0,0,0,0.18)';
  ctx.lineWidth = Math.max(1, radius * 0.08);
  ctx.stroke();
  text(ctx, String(rank), cx, cy + radius * 0.38, {
    size: Math.round(radius * 1.05),
    bold: true,
    color: '#2b2410',
    align: 'center',
  });
  return true;
}

/** Three dots on a line: the rows skipped between the top and the player's own. */
export function gapDots(ctx: Ctx, cx: number, cy: number): void {
  ctx.fillStyle = palette.faint;
  for (const dx of [-12, 0, 12]) {
    ctx.beginPath();
    ctx.arc(cx + dx, cy, 2.5, 0, Math.PI * 2);
    ctx.fill();
  }
}

/**
 * The PNG bytes, encoded off the main thread. Cards are flat colours: without row filters and at zlib
 * level 3 they encode in a tenth of the default's time (all filters, level 6) and come out smaller.
 */
export async function png(canvas: Canvas): Promise<Buffer> {
  return canvas.encode('png', { compressionLevel: 3, filters: PngFilter.None });
}
