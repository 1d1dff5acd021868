import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import {
  answerPayload,
  type Bot,
  integrity,
  type OpenRound,
  postInteraction,
  quizIn,
  readDb,
  roundIdIn,
  startBot,
  storedQuestion,
  verdictOf,
} from './support/reliability-bot.ts';
import { tempDir } from './support/temp.ts';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
let discord: FakeDiscord;
let bot: Bot;
let db: string;

beforeAll(async () => {
  discord = await startFakeDiscord();
  db = path.join(tempDir().dir, 'store.db');
  bot = await startBot({
    publicKeyHex,
    apiBase: discord.apiBase,
    db,
    quizSeconds: 600,
    env: { HTTP_WORKERS: '2' },
  });
});
afterAll(async () => {
  if (bot.alive()) bot.kill('SIGKILL');
  await discord.close();
});

/** GET /healthz on a fresh connection, so the kernel may hand it to either worker. */
const health = (url: string) =>
  new Promise<{ pid: number }>((resolve, reject) => {
    http
      .get(`${url}/healthz`, { agent: false }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve(JSON.parse(body)));
      })
      .on('error', reject);
  });

describe('HTTP_WORKERS=2', () => {
  it('announces one address, served by two worker processes', async () => {
    expect(bot.stdout().match(/listening on/g)).toHaveLength(1);
    const pids = new Set<number>();
    for (let i = 0; i < 40 && pids.size < 2; i++) pids.add((await health(bot.url)).pid);
    expect(pids.size).toBe(2);
    expect(pids.has(bot.pid)).toBe(false);
  });

  it('counts each player once when the clicks of one round land on both workers', async () => {
    const place = { guild: '600000000000000301', channel: '800000000000000301' };
    const host = { id: '700000000000009000', name: 'Host' };
    const opened = await postInteraction(bot.url, privateKey, quizIn(place, host));
    const id = roundIdIn(opened.kind === 'reply' ? opened.json : null);
    expect(id).not.toBe('');
    const round: OpenRound = { id, place, token: '', ...storedQuestion(db, id) };
    const players = Array.from({ length: 30 }, (_, i) => ({
      id: String(700000000000010000n + BigInt(i)),
      name: `P${i}`,
    }));
    // Every player clicks three times at once; fresh connections spread the clicks over both workers.
    const outcomes = await Promise.all(
      players.flatMap((p, i) =>
        [0, 1, 2].map(() => postInteraction(bot.url, privateKey, answerPayload(round, p, i % 2 === 0))),
      ),
    );
    const verdicts = outcomes.map((o) => verdictOf(o.kind === 'reply' ? o.json : null));
    expect(verdicts.filter((v) => v === 'feedback')).toHaveLength(players.length);
    expect(verdicts.filter((v) => v === 'already')).toHaveLength(players.length * 2);
    const stored = readDb(
      db,
      (d) => d.prepare('SELECT COUNT(*) AS n FROM answers WHERE round_id = ?').get(id) as { n: number },
    );
    expect(stored.n).toBe(players.length);
  });

  it('stops every worker on SIGTERM and leaves a sound database', async () => {
    bot.kill('SIGTERM');
    const exit = await bot.exited;
    expect(exit.code).toBe(0);
    expect(integrity(db)).toEqual(['ok']);
  });
});
