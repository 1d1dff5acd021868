/**
 * The HTTP door against operator mistakes and hostile clients: a wrong Public Key is told in the log,
 * not only as 401s; slow clients are cut off; payloads Discord never sends are refused before they
 * cost anything.
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import explain from '../commands/explain.ts';
import quiz from '../commands/quiz.ts';
import type { Request, Response } from '../src/app/protocol.ts';
import { type InteractionsServer, serveInteractions } from '../src/transports/http-endpoint.ts';
import { createRestOutbox } from '../src/transports/rest-outbox.ts';
import {
  autocomplete,
  command,
  keyPair,
  modalSubmit,
  postSigned,
  users,
} from './fake-discord/interactions.ts';
import { capturingLogger } from './support/log-capture.ts';

const servers: InteractionsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const echo = async (): Promise<Response> => ({ type: 'message', message: { content: 'ok' } });

async function serve(
  publicKey: string,
  capture = capturingLogger(),
  extra: Partial<Parameters<typeof serveInteractions>[0]> = {},
) {
  const outbox = createRestOutbox({
    apiBase: 'http://127.0.0.1:9/api',
    applicationId: null,
    log: capture.log,
  });
  const server = await serveInteractions({
    host: '127.0.0.1',
    port: 0,
    publicKey,
    handle: echo,
    outbox,
    log: capture.log,
    ...extra,
  });
  servers.push(server);
  return { server, capture };
}

/** Sends `text` on a raw socket and resolves when the server closes it, with what it answered. */
function stall(url: string, text: string): Promise<{ answer: string; afterMs: number }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.write(text));
    socket.on('data', (c) => {
      answer += String(c);
    });
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, afterMs: Date.now() - started }));
  });
}

describe('a wrong DISCORD_PUBLIC_KEY', () => {
  it('logs its first refusals at warn with a hint to check the Portal key, then stops repeating it', async () => {
    const discord = keyPair();
    const ours = keyPair();
    const { server, capture } = await serve(ours.publicKeyHex);
    for (let i = 0; i < 5; i++) {
      const r = await postSigned(server.url, discord.privateKey, command('explain', { topic: 'CDN' }));
      expect(r.status).toBe(401);
    }
    const warnings = capture.at('warn');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]?.msg).toMatch(/DISCORD_PUBLIC_KEY/);
    expect(warnings[0]?.msg).toMatch(/Developer Portal/);
  });

  it('stays quiet (debug) about bad signatures once a request has verified: the key is right', async () => {
    const discord = keyPair();
    const stranger = keyPair();
    const { server, capture } = await serve(discord.publicKeyHex);
    expect((await postSigned(server.url, discord.privateKey, command('explain'))).status).toBe(200);
    expect((await postSigned(server.url, stranger.privateKey, command('explain'))).status).toBe(401);
    expect(capture.at('warn')).toEqual([]);
    expect(capture.at('debug').some((l) => l.reason === 'bad signature')).toBe(true);
  });
});

describe('slow clients', () => {
  it('are cut off when their headers, or their body, do not arrive in time', async () => {
    const { publicKeyHex } = keyPair();
    const { server } = await serve(publicKeyHex, undefined, { headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const headers = await stall(server.url, 'POST /interactions HTTP/1.1\r\nHost: x\r\n');
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.afterMs).toBeLessThan(3000);
    const body = await stall(
      server.url,
      'POST /interactions HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"type":',
    );
    expect(body.afterMs).toBeGreaterThanOrEqual(500);
    expect(body.afterMs).toBeLessThan(3000);
  });
});

describe('payloads Discord never sends', () => {
  async function guarded() {
    const discord = keyPair();
    const seen: Request[] = [];
    const { server } = await serve(discord.publicKeyHex, undefined, {
      commands: [explain, quiz],
      handle: async (req) => {
        seen.push(req);
        return { type: 'message', message: { content: 'ok' } };
      },
    });
    const post = (payload: unknown) => postSigned(server.url, discord.privateKey, payload);
    return { post, seen };
  }

  it("refuses a value over its option's own max_length before any handler runs", async () => {
    const { post, seen } = await guarded();
    const long = await post(command('explain', { topic: '가'.repeat(6000) }));
    expect(long.status).toBe(200);
    expect(long.json).toMatchObject({
      type: 4,
      data: { flags: 64, content: '⚠️ 「주제」 옵션은 200자까지 쓸 수 있어요 (지금 6000자).' },
    });
    const typing = await post(autocomplete('explain', 'topic', `${'가'.repeat(20)}${'.'.repeat(5980)}`));
    expect(typing.json).toEqual({ type: 8, data: { choices: [] } });
    const zero = await post(command('quiz', { count: 0 }, { ...users.bo, locale: 'en-US' }));
    expect(zero.json).toMatchObject({ data: { content: '⚠️ count takes a number from 1 to 20 (not 0).' } });
    expect(seen).toEqual([]);
    expect((await post(command('explain', { topic: 'CDN' }))).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('refuses a form field longer than any Discord text input', async () => {
    const { post, seen } = await guarded();
    const r = await post(modalSubmit('quiz:m:1', { answer: 'x'.repeat(4001) }));
    expect(r.json).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(seen).toEqual([]);
    await post(modalSubmit('quiz:m:1', { answer: 'x'.repeat(4000) }));
    expect(seen).toHaveLength(1);
  });

  it('refuses options nested 1,000 deep politely, without a 500', async () => {
    const { post, seen } = await guarded();
    const raw = command('explain') as { data: { options: unknown[] } };
    let nested: { name: string; type: number; options: unknown[] } = { name: 'x', type: 1, options: [] };
    raw.data.options = [nested];
    for (let i = 0; i < 1000; i++) {
      const inner = { name: 'x', type: 1, options: [] };
      nested.options.push(inner);
      nested = inner;
    }
    const r = await post(raw);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(seen).toEqual([]);
  });

  it('refuses a user id that is no snowflake, and a member without permissions with a clear reply', async () => {
    const { post, seen } = await guarded();
    const notSnowflake = await post(command('explain', { topic: 'CDN' }, { id: '../../admin', name: 'x' }));
    expect(notSnowflake.status).toBe(400);
    expect(notSnowflake.text).toContain('user');
    const raw = command('explain', { topic: 'CDN' }) as { member: Record<string, unknown> };
    delete raw.member.permissions;
    const noPermissions = await post(raw);
    expect(noPermissions.status).toBe(200);
    expect(noPermissions.json).toMatchObject({
      type: 4,
      data: { flags: 64, content: '⚠️ 이 요청은 처리할 수 없어요.' },
    });
    expect(seen).toEqual([]);
  });
});
