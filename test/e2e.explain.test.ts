import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { startGateway } from '../src/transports/gateway.ts';
import { startHttpEndpoint } from '../src/transports/http-endpoint.ts';
import { APP_ID, autocomplete, command, keyPair, postSigned, users } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { firstChapterDir } from './support/spawn.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';
const { publicKeyHex, privateKey } = keyPair();
const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-e2e-explain-'));

type Callback = { type: number; data?: Record<string, unknown> };
let fake: FakeDiscord;
let http: { url: string; close(): Promise<void> };
let gateway: { close(): Promise<void> };

beforeAll(async () => {
  fake = await startFakeDiscord();
  const base = {
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_APPLICATION_ID: APP_ID,
    KNOWLEDGE_DIR: firstChapterDir,
  };
  http = await startHttpEndpoint(
    parseConfig({
      ...base,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      INTERACTIONS_PORT: '0',
      DATABASE_URL: path.join(dir, 'http.db'),
    }),
    silentLogger,
    { signals: false, announce: false },
  );
  gateway = await startGateway(
    parseConfig({ ...base, DISCORD_TOKEN: TOKEN, DATABASE_URL: path.join(dir, 'gateway.db') }),
    silentLogger,
    { signals: false },
  );
});
afterAll(async () => {
  await http?.close();
  await gateway?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The same interaction through each door; returns the callback body Discord would have got. */
const doors: [string, (raw: Record<string, unknown>) => Promise<Callback>][] = [
  [
    'HTTP endpoint',
    async (raw) => {
      const r = await postSigned(http.url, privateKey, raw);
      expect(r.status).toBe(200);
      return r.json as Callback;
    },
  ],
  [
    'gateway',
    async (raw) => {
      fake.pushInteraction(raw);
      const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`);
      return cb.body as Callback;
    },
  ],
];

describe.each(doors)('/explain through the %s', (_door, send) => {
  it('answers "load balancer" with an embed from the notes, mentions off', async () => {
    const cb = await send(command('explain', { topic: 'load balancer' }));
    expect(cb.type).toBe(4);
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
    const embeds = cb.data?.embeds as { title: string; footer: { text: string } }[];
    expect(embeds[0]?.title).toMatch(/ > /);
    expect(embeds[0]?.footer.text).toMatch(/\.md:\d+/);
  });

  it('says so, privately, when the notes do not cover a topic', async () => {
    const cb = await send(
      command('explain', { topic: 'kubernetes operators' }, { ...users.bo, locale: 'en-US' }),
    );
    expect(cb).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(String(cb.data?.content)).toMatch(/notes say nothing/);
  });

  it('autocompletes a topic with 1..25 heading-path choices', async () => {
    const cb = await send(autocomplete('explain', 'topic', '로드'));
    expect(cb.type).toBe(8);
    const choices = cb.data?.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThanOrEqual(1);
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('answers a DM too', async () => {
    const cb = await send(command('explain', { topic: 'CDN' }, { ...users.cy, guild: null }));
    expect(cb.type).toBe(4);
  });
});
