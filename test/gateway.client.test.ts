import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request, Response } from '../src/app/protocol.ts';
import { silentLogger } from '../src/log.ts';
import { connectGateway, type GatewayConnection } from '../src/transports/gateway.ts';
import { createRestOutbox } from '../src/transports/rest-outbox.ts';
import { APP_ID, autocomplete, command } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';

const TOKEN = 'fake-bot-token-that-is-long-enough.abc.def';

async function handle(req: Request): Promise<Response> {
  if (req.kind === 'autocomplete') return { type: 'autocomplete', choices: [{ name: 'CDN', value: 'CDN' }] };
  // `/slow` answers only once its deferral has reached Discord: late by construction, not by a sleep.
  if (req.kind === 'command' && req.command === 'slow')
    await fake.waitFor((c) => c.path === `/interactions/${req.id}/${req.token}/callback`);
  return { type: 'message', message: { content: `hi ${req.user.name}` } };
}

let fake: FakeDiscord;
let gateway: GatewayConnection;

beforeAll(async () => {
  fake = await startFakeDiscord();
  const outbox = createRestOutbox({ apiBase: fake.apiBase, applicationId: null, log: silentLogger });
  gateway = await connectGateway({
    token: TOKEN,
    apiBase: fake.apiBase,
    handle,
    outbox,
    log: silentLogger,
    deferAfterMs: 100,
  });
});
afterAll(async () => {
  await gateway?.close();
  await fake?.close();
});

describe('connectGateway', () => {
  it('finds the gateway through GET /gateway/bot with the bot token and identifies with the Guilds intent only', () => {
    const discovery = fake.calls.find((c) => c.path === '/gateway/bot');
    expect(discovery?.auth).toBe(`Bot ${TOKEN}`);
    const identify = fake.gatewayReceived.find((p) => p.op === 2);
    expect(identify?.d).toMatchObject({ token: TOKEN, intents: 1 });
    expect(gateway.client.guilds.cache.has('600000000000000001')).toBe(true);
  });

  it('answers an INTERACTION_CREATE through POST /interactions/{id}/{token}/callback', async () => {
    const raw = command('explain', { topic: 'CDN' });
    fake.pushInteraction(raw);
    const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`);
    expect(cb.method).toBe('POST');
    expect(cb.auth).toBeNull();
    expect(cb.body).toEqual({ type: 4, data: { content: 'hi Ana', allowed_mentions: { parse: [] } } });
  });

  it('answers autocomplete with type 8', async () => {
    const raw = autocomplete('explain', 'topic', 'C');
    fake.pushInteraction(raw);
    const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`);
    expect(cb.body).toEqual({ type: 8, data: { choices: [{ name: 'CDN', value: 'CDN' }] } });
  });

  it('defers a slow command, then edits @original once the callback is in', async () => {
    const raw = command('slow');
    fake.pushInteraction(raw);
    const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`);
    expect(cb.body).toEqual({ type: 5 });
    const edit = await fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${raw.token}/messages/@original`,
    );
    expect(edit.at).toBeGreaterThanOrEqual(cb.at);
    expect(edit.body).toEqual({ content: 'hi Ana', allowed_mentions: { parse: [] } });
  });

  it('refuses an unknown interaction with an ephemeral notice instead of crashing', async () => {
    const raw = command('explain');
    raw.type = 42;
    fake.pushInteraction(raw);
    const cb = await fake.waitFor((c) => c.path === `/interactions/${raw.id}/${raw.token}/callback`);
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64 } });
  });
});
