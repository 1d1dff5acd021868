import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request, Response } from '../src/app/protocol.ts';
import { silentLogger } from '../src/log.ts';
import {
  checkSignature,
  type InteractionsServer,
  publicKeyFromHex,
  serveInteractions,
} from '../src/transports/http-endpoint.ts';
import { createRestOutbox } from '../src/transports/rest-outbox.ts';
import { APP_ID, autocomplete, button, command, keyPair, postSigned } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';

const { publicKeyHex, privateKey } = keyPair();

/** Slow handlers wait here until the test has seen their deferral: late by construction, not by a sleep. */
const held = new Map<string, () => void>();
const hold = (req: Request) => new Promise<void>((resolve) => held.set(req.id, resolve));
/** Posts a signed interaction whose handler is slow; once the deferral is back, lets the handler answer. */
async function postSlow(raw: Record<string, unknown>) {
  const r = await postSigned(server.url, privateKey, raw);
  held.get(String(raw.id))?.();
  return r;
}

/** A hand-made handler: `/slow` is slow, `/secret` is ephemeral and slow, the rest echo. */
async function handle(req: Request): Promise<Response> {
  if (req.kind === 'autocomplete')
    return { type: 'autocomplete', choices: [{ name: `${req.focused.value}!`, value: 'v' }] };
  if (req.kind === 'button') {
    await hold(req);
    // `start:` clicks post a new message (as "quiz me" does); the rest update the clicked one.
    if (req.customId.startsWith('start:'))
      return { type: 'message', message: { content: `started ${req.customId}` } };
    return { type: 'update', message: { content: `clicked ${req.customId}` } };
  }
  if (req.kind !== 'command') return { type: 'message', message: { content: 'modal' } };
  if (req.command === 'slow' || req.command === 'secret' || req.command === 'private') await hold(req);
  return {
    type: 'message',
    message: {
      content: `hi <@${req.user.id}> from ${req.command}`,
      ephemeral: req.command === 'secret' || req.command === 'private',
    },
  };
}

let fake: FakeDiscord;
let server: InteractionsServer;

beforeAll(async () => {
  fake = await startFakeDiscord();
  // No application id configured: the endpoint learns it from the first interaction.
  const outbox = createRestOutbox({ apiBase: fake.apiBase, applicationId: null, log: silentLogger });
  server = await serveInteractions({
    host: '127.0.0.1',
    port: 0,
    publicKey: publicKeyHex,
    handle,
    // What commands declare: `/private` is held privately, `start:` clicks as a new reply.
    deferral: (req) =>
      req.kind === 'command' && req.command === 'private'
        ? 'ephemeral'
        : req.kind === 'button' && req.customId.startsWith('start:')
          ? 'reply'
          : undefined,
    outbox,
    log: silentLogger,
    deferAfterMs: 100,
  });
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

describe('serveInteractions', () => {
  it('listens on a free loopback port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a signed PING with PONG', async () => {
    const r = await postSigned(server.url, privateKey, {
      id: '1',
      type: 1,
      token: 't',
      application_id: APP_ID,
      version: 1,
    });
    expect(r).toMatchObject({ status: 200, json: { type: 1 } });
  });

  it('refuses missing, malformed, wrong and stale signatures with 401', async () => {
    const ping = { id: '1', type: 1, token: 't', version: 1 };
    const other = keyPair().privateKey;
    expect((await postSigned(server.url, privateKey, ping, { sign: false })).status).toBe(401);
    expect((await postSigned(server.url, privateKey, ping, { signature: 'zz' })).status).toBe(401);
    expect((await postSigned(server.url, privateKey, ping, { signature: 'ab'.repeat(64) })).status).toBe(401);
    expect((await postSigned(server.url, other, ping)).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await postSigned(server.url, privateKey, ping, { timestamp: stale })).status).toBe(401);
  });

  it('refuses a body signed for another payload', async () => {
    const ts = String(Math.floor(Date.now() / 1000));
    const good = await postSigned(server.url, privateKey, { type: 1 }, { timestamp: Number(ts) });
    expect(good.status).toBe(200);
    const { sign } = await import('node:crypto');
    const sig = sign(null, Buffer.from(`${ts}{"type":1}`), privateKey).toString('hex');
    const r = await postSigned(
      server.url,
      privateKey,
      { type: 1, extra: true },
      { timestamp: Number(ts), signature: sig },
    );
    expect(r.status).toBe(401);
  });

  it('answers 413 to an oversized body and 400 to a signed non-JSON body', async () => {
    const big = await postSigned(server.url, privateKey, null, { rawBody: 'x'.repeat(300 * 1024) }).catch(
      () => ({ status: 413 }),
    );
    expect(big.status).toBe(413);
    const r = await postSigned(server.url, privateKey, null, { rawBody: 'not json' });
    expect(r.status).toBe(400);
  });

  it('answers 400 to signed JSON that is no interaction, and 404/405 elsewhere', async () => {
    expect((await postSigned(server.url, privateKey, { hello: 'world' })).status).toBe(400);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/interactions`)).status).toBe(405);
  });

  it('serves GET /healthz as JSON', async () => {
    const r = await fetch(`${server.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ ok: true });
  });

  it('answers a fast command inline with type 4 and no mentions parsed', async () => {
    const r = await postSigned(server.url, privateKey, command('explain', { topic: 'CDN' }));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      type: 4,
      data: { content: 'hi <@700000000000000001> from explain', allowed_mentions: { parse: [] } },
    });
  });

  it('answers autocomplete with type 8', async () => {
    const r = await postSigned(server.url, privateKey, autocomplete('explain', 'topic', '캐'));
    expect(r.json).toEqual({ type: 8, data: { choices: [{ name: '캐!', value: 'v' }] } });
  });

  it('defers a slow command (5) and delivers the result as a PATCH of @original', async () => {
    const raw = command('slow');
    const r = await postSlow(raw);
    expect(r.json).toEqual({ type: 5 });
    const patch = await fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${raw.token}/messages/@original`,
    );
    expect(patch.body).toEqual({
      content: 'hi <@700000000000000001> from slow',
      allowed_mentions: { parse: [] },
    });
    expect(patch.auth).toBeNull();
  });

  it('replaces a public deferral by an ephemeral follow-up when the late answer is ephemeral', async () => {
    const raw = command('secret');
    expect((await postSlow(raw)).json).toEqual({ type: 5 });
    const followUp = await fake.waitFor(
      (c) => c.method === 'POST' && c.path === `/webhooks/${APP_ID}/${raw.token}`,
    );
    expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(fake.calls.some((c) => c.method === 'DELETE' && c.path.includes(String(raw.token)))).toBe(true);
  });

  it('defers a slow click (6) and edits the clicked message', async () => {
    const raw = button('demo:go', '777');
    expect((await postSlow(raw)).json).toEqual({ type: 6 });
    const patch = await fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${raw.token}/messages/@original`,
    );
    expect(patch.body).toEqual({ content: 'clicked demo:go', allowed_mentions: { parse: [] } });
  });

  it('holds a slow command privately when the command says so, and fills that placeholder', async () => {
    const raw = command('private');
    expect((await postSlow(raw)).json).toEqual({ type: 5, data: { flags: 64 } });
    const patch = await fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${raw.token}/messages/@original`,
    );
    expect(patch.body).toMatchObject({ content: 'hi <@700000000000000001> from private' });
    expect(fake.calls.some((c) => c.method === 'DELETE' && c.path.includes(String(raw.token)))).toBe(false);
  });

  it('holds a slow click that posts a new message as a reply (5), so @original is that new message', async () => {
    const raw = button('start:abc', '778');
    expect((await postSlow(raw)).json).toEqual({ type: 5 });
    const patch = await fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${raw.token}/messages/@original`,
    );
    expect(patch.body).toMatchObject({ content: 'started start:abc' });
  });

  it('handles 200 signed interactions concurrently', async () => {
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        postSigned(server.url, privateKey, command('explain', { topic: 'x' })),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    expect(results.every((r) => r.status === 200 && (r.json as { type: number }).type === 4)).toBe(true);
    process.stderr.write(`endpoint: ${Math.round(200 / seconds)} signed interactions/s\n`);
  });
});

describe('checkSignature', () => {
  it('accepts exactly the signed timestamp + body within five minutes', async () => {
    const key = publicKeyFromHex(publicKeyHex);
    const { sign } = await import('node:crypto');
    const body = Buffer.from('{"type":1}');
    const sig = sign(null, Buffer.concat([Buffer.from('1000'), body]), privateKey).toString('hex');
    expect(checkSignature(key, sig, '1000', body, 1000_000)).toEqual({ ok: true });
    expect(checkSignature(key, sig, '1000', body, 1000_000 + 301_000)).toMatchObject({
      ok: false,
      reason: 'stale timestamp',
    });
    expect(checkSignature(key, sig, '1001', body, 1000_000)).toMatchObject({ ok: false });
  });
});
