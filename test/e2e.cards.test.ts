/**
 * The picture cards reach Discord through each real door (signed HTTP endpoint, discord.js gateway)
 * against the fake Discord, as multipart requests whose `payload_json` names the file: the gateway's
 * callback carries it; the HTTP endpoint, whose answer to Discord's POST cannot be multipart, defers
 * and edits it into the reply.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { openStore } from '../src/store/store.ts';
import { startGateway } from '../src/transports/gateway.ts';
import { startHttpEndpoint } from '../src/transports/http-endpoint.ts';
import { APP_ID, button, command, GUILD, keyPair, postSigned, users } from './fake-discord/interactions.ts';
import { type Call, type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { answer, roundRecord, sessionRecord } from './support/rounds.ts';
import { firstChapterDir } from './support/spawn.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
const { publicKeyHex, privateKey } = keyPair();
const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-e2e-cards-'));
/** A card's first drawing loads the font: on a busy shared machine that alone has taken seconds. */
const LOADED_MACHINE_MS = 25_000;

type Raw = Record<string, unknown>;
type Body = {
  type?: number;
  content?: string;
  attachments?: { id: number; filename: string; description?: string }[];
  data?: Body & { flags?: number };
};

/** Ana and Bo have played in the guild: Ana twice right, Bo once wrong. */
async function seed(db: string): Promise<void> {
  const store = await openStore(db);
  const at = Date.now() - 60_000;
  await store.startSession(
    sessionRecord({ scope: GUILD, guildId: GUILD, total: 2 }),
    roundRecord({ scope: GUILD, topic: '웹 서버', closesAt: 1e15 }),
  );
  const play = (who: { id: string; name: string }, right: boolean, when: number, round = 'r1') =>
    store.recordAnswer({ ...answer(who.id, right, when, round), name: who.name });
  await play(users.ana, true, at);
  await play(users.bo, false, at);
  await store.closeRound('r1', at + 1);
  await store.addRound(roundRecord({ id: 'r2', position: 1, scope: GUILD, topic: 'CDN', closesAt: 1e15 }));
  await play(users.ana, true, at + 2, 'r2');
  await store.close();
}

/** The one file a call carried: a PNG as wide as a card. */
async function expectCard(call: Call, name: string): Promise<void> {
  expect(call.files.map((f) => [f.field, f.name, f.contentType])).toEqual([['files[0]', name, 'image/png']]);
  const file = call.files[0]?.data ?? Buffer.alloc(0);
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const image = await loadImage(file);
  expect(image.width).toBe(800);
}

let fake: FakeDiscord;
const closers: (() => Promise<void>)[] = [];
/** How each door delivers a command's reply: the REST call that carries the message, and the callback. */
const doors: [string, (raw: Raw) => Promise<{ callback: Body; carrier: Call }>][] = [
  [
    'HTTP endpoint',
    async (raw) => {
      const r = await postSigned(http.url, privateKey, raw);
      expect(r.status).toBe(200);
      const carrier = await fake.waitFor(
        (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${raw.token}/messages/@original`,
        LOADED_MACHINE_MS,
      );
      return { callback: r.json as Body, carrier };
    },
  ],
  [
    'gateway',
    async (raw) => {
      fake.pushInteraction(raw);
      const carrier = await fake.waitFor(
        (c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`,
        LOADED_MACHINE_MS,
      );
      return { callback: carrier.body as Body, carrier };
    },
  ],
];
let http: { url: string };

beforeAll(async () => {
  fake = await startFakeDiscord();
  const base = {
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_APPLICATION_ID: APP_ID,
    KNOWLEDGE_DIR: firstChapterDir,
  };
  const httpDb = path.join(dir, 'http.db');
  const gatewayDb = path.join(dir, 'gateway.db');
  await seed(httpDb);
  await seed(gatewayDb);
  const endpoint = await startHttpEndpoint(
    parseConfig({ ...base, DISCORD_PUBLIC_KEY: publicKeyHex, INTERACTIONS_PORT: '0', DATABASE_URL: httpDb }),
    silentLogger,
    { signals: false, announce: false },
  );
  http = endpoint;
  closers.push(endpoint.close);
  const gateway = await startGateway(
    parseConfig({ ...base, DISCORD_TOKEN: TOKEN, DATABASE_URL: gatewayDb }),
    silentLogger,
    { signals: false },
  );
  closers.push(gateway.close);
});
afterAll(async () => {
  for (const close of closers) await close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(doors)('cards through the %s', (door, send) => {
  it('sends /leaderboard with its card as files[0], named in payload_json, the text beside it', async () => {
    const { callback, carrier } = await send(command('leaderboard', {}, users.bo));
    // The HTTP door answers Discord's POST with a public "thinking…" and edits the reply in.
    expect(callback.type).toBe(door === 'gateway' ? 4 : 5);
    const message = (door === 'gateway' ? callback.data : carrier.body) as Body;
    expect(message.content).toMatch(/Ana — 210점/);
    expect(message.attachments).toMatchObject([{ id: 0, filename: 'leaderboard.png' }]);
    expect(message.attachments?.[0]?.description).toMatch(/1\. Ana 210.*2\. Bo 0.*나: 2위/);
    await expectCard(carrier, 'leaderboard.png');
  });

  it('sends /stats privately with its card', async () => {
    const { callback, carrier } = await send(command('stats', {}, { ...users.ana, locale: 'en-US' }));
    expect(callback.type).toBe(door === 'gateway' ? 4 : 5);
    expect((callback.data as { flags?: number }).flags).toBe(64);
    const message = (door === 'gateway' ? callback.data : carrier.body) as Body;
    expect(message.content).toMatch(/2\/2 right/);
    expect(message.attachments?.[0]).toMatchObject({ id: 0, filename: 'stats.png' });
    expect(message.attachments?.[0]?.description).toMatch(/Ana's quiz record.*210 points.*streak 2/);
    await expectCard(carrier, 'stats.png');
  });

  it('answers a page button with text alone: the card on the message stays', async () => {
    const raw = button('leaderboard:p:all-time:1:e', '1300000000000000099', users.ana);
    if (door === 'gateway') {
      fake.pushInteraction(raw);
      const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`);
      expect(cb.files).toEqual([]);
      expect((cb.body as Body).data?.attachments).toBeUndefined();
    } else {
      const r = await postSigned(http.url, privateKey, raw);
      expect((r.json as Body).data?.attachments).toBeUndefined();
    }
  });
});
