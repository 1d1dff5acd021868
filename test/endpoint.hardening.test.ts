/**
 * The HTTP door against operator mistakes and hostile clients: a wrong Public Key is told in the log,
 * not only as 401s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Response } from '../src/app/protocol.ts';
import { type InteractionsServer, serveInteractions } from '../src/transports/http-endpoint.ts';
import { createRestOutbox } from '../src/transports/rest-outbox.ts';
import { command, keyPair, postSigned } from './fake-discord/interactions.ts';
import { capturingLogger } from './support/log-capture.ts';

const servers: InteractionsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const echo = async (): Promise<Response> => ({ type: 'message', message: { content: 'ok' } });

async function serve(publicKey: string, capture = capturingLogger()) {
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
  });
  servers.push(server);
  return { server, capture };
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
