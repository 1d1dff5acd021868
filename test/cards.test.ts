/**
 * The picture cards: what they show (from a real store), how they look (each compared pixel by pixel
 * with a checked-in reference), and that a big record still fits. `SSAEM_UPDATE_CARDS=1` rewrites the
 * references after a deliberate change of the design; look at them before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderBoardCard } from '../src/cards/board-card.ts';
import { CARD_WIDTH, cardText, font, registerCardFonts } from '../src/cards/draw.ts';
import { boardAltText, statsAltText } from '../src/cards/files.ts';
import { boardCardData, statsCardData, weekdayOf } from '../src/cards/model.ts';
import { renderStatsCard, statsHeight, topicLayout } from '../src/cards/stats-card.ts';
import { openStore } from '../src/store/store.ts';
import { board, fiftyTopics, player, TODAY } from './support/cards.ts';
import { answer, roundRecord, sessionRecord } from './support/rounds.ts';
import { projectRoot } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const REFERENCES = path.join(projectRoot, 'test', 'fixtures', 'cards');
/** A pixel differs when a channel is off by more than this (anti-aliasing noise stays under it). */
const CHANNEL_TOLERANCE = 40;
/** At most this share of the pixels may differ (about 35 of a card's; one changed digit is about 100). */
const MAX_DIFFERENT = 0.00005;

async function pixels(png: Buffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    data: ctx.getImageData(0, 0, image.width, image.height).data,
  };
}

/** The share of pixels that differ between two PNGs of the same size. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = [await pixels(a), await pixels(b)];
  expect([y.width, y.height]).toEqual([x.width, x.height]);
  let different = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)) > CHANNEL_TOLERANCE) {
        different++;
        break;
      }
    }
  }
  return different / (x.width * x.height);
}

async function expectLikeReference(png: Buffer, name: string): Promise<void> {
  const file = path.join(REFERENCES, name);
  if (process.env.SSAEM_UPDATE_CARDS === '1') {
    mkdirSync(REFERENCES, { recursive: true });
    writeFileSync(file, png);
  }
  expect(existsSync(file), `${name} missing: run with SSAEM_UPDATE_CARDS=1 and look at it`).toBe(true);
  expect(await difference(png, readFileSync(file))).toBeLessThan(MAX_DIFFERENT);
}

describe('the stats card', () => {
  it('looks like its reference for a fixed player (Korean)', async () => {
    await expectLikeReference(await renderStatsCard(player(), 'ko'), 'stats.ko.png');
  });

  it('fits 50 topics of 20 characters each, every name whole, under 200 KB', async () => {
    const card = fiftyTopics();
    expect(card.topics).toHaveLength(50);
    expect(card.topics.every((t) => [...t.topic].length === 20)).toBe(true);
    const layout = topicLayout(50);
    registerCardFonts();
    const ctx = createCanvas(1, 1).getContext('2d');
    ctx.font = font(layout.nameSize);
    // A name is cut with "…" only past its width: none of these is.
    for (const t of card.topics)
      expect(ctx.measureText(cardText(t.topic)).width).toBeLessThanOrEqual(layout.nameWidth);
    const png = await renderStatsCard(card, 'ko');
    expect(png.length).toBeLessThan(200 * 1024);
    const image = await pixels(png);
    expect([image.width, image.height]).toEqual([CARD_WIDTH, statsHeight(card)]);
    expect(image.height).toBeLessThan(1700);
    // The last row of each column is drawn inside the picture: its bar's track differs from the background.
    const at = (x: number, y: number) => [
      ...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 3),
    ];
    const lastBar = image.height - 32 - 44 + 28;
    for (const x of [100, 500]) expect(at(x, lastBar)).not.toEqual(at(x, image.height - 4));
  });

  it('says in words what it shows, for screen readers', () => {
    expect(statsAltText(player(), 'en')).toBe(
      "김민지 Minji's quiz record, season 2: 4,210 points, 37/48 right, streak 5 (best 12), 50 days studied in 12 weeks; weakest: 로드밸런서(Load Balancer) 25%, HTTP와 REST 56%, 1. 웹 프로그래밍이란? 85%.",
    );
  });
});

describe('the leaderboard card', () => {
  it('looks like its reference: medals, the top 10, and the player below them (English)', async () => {
    await expectLikeReference(await renderBoardCard(board(), 'en'), 'board.en.png');
  });

  it('says in words what it shows, for screen readers', () => {
    expect(boardAltText(board({ top: board().top.slice(0, 2) }), 'ko')).toBe(
      '전체 순위, 시즌 3: 1. 김민지 2,400, 2. Bo 2,190. 나: 37위, 320점.',
    );
  });
});

describe('what the cards show, from the store', () => {
  it('gathers days studied in Seoul days, the season line, topics weakest first, and the player row', async () => {
    const tmp = tempDir();
    const store = await openStore(path.join(tmp.dir, 'ssaem.db'));
    try {
      const now = Date.UTC(2026, 11, 7, 3); // Monday 12:00 in Seoul
      const hour = 3_600_000;
      await store.startSession(sessionRecord(), roundRecord({ topic: '캐시', closesAt: 1e15 }));
      await store.recordAnswer(answer('u1', true, now - 24 * hour)); // Sunday
      await store.recordAnswer(answer('u2', true, now - 24 * hour));
      await store.closeRound('r1', now);
      await store.addRound(roundRecord({ id: 'r2', position: 1, topic: 'CDN', closesAt: 1e15 }));
      await store.recordAnswer(answer('u1', false, now - 2 * hour, 'r2')); // Monday 10:00 in Seoul
      const card = await statsCardData(store, 'g1', 'u1', { now });
      expect(weekdayOf(card.today)).toBe(0);
      expect(card.calendar.length).toBe(11 * 7 + 1);
      expect(card.calendar.slice(-2)).toEqual([1, 1]);
      expect(card.calendar.reduce((a, b) => a + b)).toBe(2);
      expect(card.seasonPoints).toEqual([
        { day: TODAY - 1, total: 100 },
        { day: TODAY, total: 100 },
      ]);
      expect(card.topics.map((t) => [t.topic, t.share])).toEqual([
        ['CDN', 0],
        ['캐시', 1],
      ]);
      expect(card).toMatchObject({
        name: 'name-u1',
        points: 100,
        answered: 2,
        correct: 1,
        streak: 0,
        bestStreak: 1,
      });
      const top = await boardCardData(store, 'g1', 'u2', { period: 'all-time', now });
      expect(top.top.map((r) => r.userId)).toEqual(['u1', 'u2']);
      expect(top.me).toMatchObject({ rank: 2, userId: 'u2' });
      expect(top.players).toBe(2);
    } finally {
      await store.close();
      tmp.cleanup();
    }
  });
});
