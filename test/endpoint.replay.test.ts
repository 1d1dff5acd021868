import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request, Response } from '../src/app/protocol.ts';
import { silentLogger } from '../src/log.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import type { Store } from '../src/store/store.ts';
import { type InteractionsServer, serveInteractions } from '../src/transports/http-endpoint.ts';
import { createRestOutbox } from '../src/transports/rest-outbox.ts';
import { command, keyPair, postSigned } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { tempDir } from './support/temp.ts';

/**
 * A signed request replayed within its five minutes (the signature is still valid) must not run
 * twice: the endpoint claims each interaction id in the store, which every instance shares.
 */

const { publicKeyHex, privateKey } = keyPair();
const tmp = tempDir();
const ran: string[] = [];
let clock = Date.now();
let fake: FakeDiscord;
let store: Store;
let servers: InteractionsServer[];

async function handle(req: Request): Promise<Response> {
  ran.push(req.id);
  return { type: 'message', message: { content: 'done' } };
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  store = openSqliteStore(join(tmp.dir, 'ssaem.db'), { checkpointer: false, checkEveryMs: 0 });
  const outbox = createRestOutbox({ apiBase: fake.apiBase, applicationId: null, log: silentLogger });
  // Two endpoints on one store, as two instances behind a load balancer.
  servers = await Promise.all(
    [0, 1].map(() =>
      serveInteractions({
        host: '127.0.0.1',
        port: 0,
        publicKey: publicKeyHex,
        handle,
        outbox,
        log: silentLogger,
        now: () => clock,
        claim: (id, now, expiresAt) => store.claimInteraction(id, now, expiresAt),
      }),
    ),
  );
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await store.close();
  await fake.close();
  tmp.cleanup();
});

describe('replayed interactions', () => {
  it('runs a signed request once, however often and wherever it is replayed within its window', async () => {
    const raw = command('reset');
    const timestamp = Math.floor(clock / 1000);
    const first = await postSigned(servers[0]?.url ?? '', privateKey, raw, { timestamp });
    expect(first.status).toBe(200);
    clock += 4 * 60_000; // still within the signature's five minutes
    const replays = await Promise.all(
      [0, 1, 0, 1].map((i) => postSigned(servers[i]?.url ?? '', privateKey, raw, { timestamp })),
    );
    expect(replays.map((r) => r.status)).toEqual([409, 409, 409, 409]);
    expect(ran.filter((id) => id === raw.id)).toHaveLength(1);
    // Past the window the signature itself is stale: refused before the store is asked.
    clock += 2 * 60_000;
    expect((await postSigned(servers[1]?.url ?? '', privateKey, raw, { timestamp })).status).toBe(401);
    // Another interaction runs as usual.
    const other = command('reset');
    expect(
      (await postSigned(servers[1]?.url ?? '', privateKey, other, { timestamp: Math.floor(clock / 1000) }))
        .status,
    ).toBe(200);
    expect(ran.filter((id) => id === other.id)).toHaveLength(1);
  });
});
