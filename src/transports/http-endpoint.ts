/**
 * The HTTP interactions door: Discord POSTs each signed interaction to `/interactions` and takes
 * the HTTP response as the interaction's callback. Slow handlers are answered with a deferral and
 * finished later through the REST outbox.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, openDoor } from '../app/bootstrap.ts';
import type { Clock } from '../app/clock.ts';
import type { Command } from '../app/command.ts';
import type { Deferral, Request, Response } from '../app/protocol.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { answerWithin, effectiveDeferral, fromInteraction } from './discord-json.ts';
import { messengerFrom } from './rest-messenger.ts';
import { createRestOutbox, type RestOutbox } from './rest-outbox.ts';

/** Discord wants a callback within 3 s; past this we defer and finish through REST. */
export const DEFER_AFTER_MS = 2500;
/** Interactions are a few KB; anything this big is not from Discord. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Signed requests older or newer than this are replays or clock trouble: refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;
/**
 * Discord sends a whole interaction in milliseconds; a client that trickles its headers or body holds a
 * socket (Node's defaults wait 60 s and 300 s). Behind a proxy, 10 s each is generous.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 10_000;

/** Bad signatures logged at `warn` before any request verified; later ones are noise or attacks. */
const KEY_WARNINGS = 3;

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The Developer Portal's "Public Key" (64 hex characters) as a node:crypto Ed25519 key. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters');
  return createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * Checks Discord's request signature: Ed25519 over `timestamp + body`, and a timestamp within
 * five minutes of `nowMs`. Returns the reason when it fails.
 */
export function checkSignature(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs: number,
): { ok: true } | { ok: false; reason: string } {
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_S)
    return { ok: false, reason: 'stale timestamp' };
  const signed = verify(
    null,
    Buffer.concat([Buffer.from(timestamp, 'utf8'), body]),
    key,
    Buffer.from(signature, 'hex'),
  );
  return signed ? { ok: true } : { ok: false, reason: 'bad signature' };
}

/** What the endpoint needs; `startHttpEndpoint` builds it from config, tests by hand. */
export interface InteractionsServerOptions {
  host: string;
  port: number;
  /** 64 hex characters. */
  publicKey: string;
  handle(req: Request): Promise<Response>;
  /** How to hold a slow request (the router's `deferralOf`); the default when absent. */
  deferral?(req: Request): Deferral | undefined;
  outbox: RestOutbox;
  log: Logger;
  deferAfterMs?: number;
  maxBodyBytes?: number;
  /** The commands served: their option declarations are enforced here (`max_length` and the rest). */
  commands?: readonly Command[];
  /** Time allowed for a request's headers, and for the whole request (defaults: 10 s each). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  now?: () => number;
  /**
   * Claims an interaction id until its signature expires (the store's `claimInteraction`): false
   * for a replay, which is then refused instead of run again.
   */
  claim?(id: string, now: number, expiresAt: number): Promise<boolean>;
}

/** A running endpoint. `close()` stops accepting, finishes what is in flight, then resolves. */
export interface InteractionsServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, close = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}

/** Serves `POST /interactions` and `GET /healthz` on `host:port` (port 0 picks a free one). */
export async function serveInteractions(options: InteractionsServerOptions): Promise<InteractionsServer> {
  const key = publicKeyFromHex(options.publicKey);
  const { log, outbox } = options;
  const now = options.now ?? Date.now;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const inFlight = new Set<Promise<unknown>>();
  const startedAt = now();
  let served = 0;
  let closing = false;
  let verifiedOnce = false;
  let keyWarnings = 0;

  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    const done = () => inFlight.delete(p);
    p.then(done, done);
    return p;
  };

  /** A store that cannot answer must not take the endpoint down: the request runs, logged. */
  async function claimOnce(
    claim: NonNullable<InteractionsServerOptions['claim']>,
    id: string,
    signedAt: number,
  ): Promise<boolean> {
    try {
      return await claim(id, now(), signedAt + MAX_CLOCK_SKEW_S * 1000);
    } catch (err) {
      log.error({ err, requestId: id }, 'could not check the interaction against replays');
      return true;
    }
  }

  async function interactions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLarge) send(res, 413, { error: `body over ${maxBody} bytes` }, true);
      else send(res, 400, { error: 'could not read body' }, true);
      return;
    }
    const sig = checkSignature(
      key,
      req.headers['x-signature-ed25519'] as string | undefined,
      req.headers['x-signature-timestamp'] as string | undefined,
      body,
      now(),
    );
    if (!sig.ok) {
      // A well-formed, fresh request that fails verification before any has passed is most likely
      // Discord signing with another key than ours: say so where the operator looks.
      if (sig.reason === 'bad signature' && !verifiedOnce && keyWarnings < KEY_WARNINGS) {
        keyWarnings++;
        log.warn(
          { reason: sig.reason },
          "refused a request whose signature does not match DISCORD_PUBLIC_KEY; if Discord's requests are all refused, check that DISCORD_PUBLIC_KEY is this application's Public Key (Developer Portal → General Information)",
        );
      } else log.debug({ reason: sig.reason }, 'refused an unsigned interaction');
      send(res, 401, { error: `invalid request signature (${sig.reason})` });
      return;
    }
    verifiedOnce = true;
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      send(res, 400, { error: 'body is not JSON' });
      return;
    }
    const incoming = fromInteraction(json, now(), options.commands);
    if (incoming.kind === 'ping') {
      send(res, 200, { type: 1 });
      return;
    }
    if (incoming.kind === 'invalid') {
      log[incoming.routine ? 'debug' : 'warn'](
        { reason: incoming.reason, requestId: incoming.id },
        'refused an interaction',
      );
      if (incoming.answer) send(res, 200, incoming.answer);
      else send(res, 400, { error: incoming.reason });
      return;
    }
    const request = incoming.request;
    const signedAt = Number(req.headers['x-signature-timestamp']) * 1000;
    if (options.claim && !(await claimOnce(options.claim, request.id, signedAt))) {
      log.warn({ requestId: request.id }, 'refused a replayed interaction');
      send(res, 409, { error: 'interaction already received' });
      return;
    }
    outbox.learnApplicationId(incoming.applicationId);
    served++;
    const deferral = effectiveDeferral(request, options.deferral?.(request));
    // Discord fails a multipart answer to its POST: a reply with files is deferred here and edited in.
    const answer = await answerWithin(options.handle, request, deferAfterMs, deferral, false);
    send(res, 200, answer.callback);
    const later = answer.later;
    if (later) {
      // Deliver once the deferral has gone out: Discord rejects edits to an unacknowledged interaction.
      const flushed = res.writableFinished
        ? Promise.resolve()
        : new Promise<void>((resolve) => res.once('finish', () => resolve()));
      await track(
        flushed
          .then(() => later)
          .then((r) => outbox.deliverLate(request, r, answer.deferral))
          .catch((err: unknown) =>
            log.error({ err, requestId: request.id }, 'could not deliver a late response'),
          ),
      );
    }
  }

  const headersTimeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // Node checks those deadlines every `connectionsCheckingInterval` (30 s by default): check often
  // enough that a stalled client is cut close to its deadline.
  const checkEvery = Math.max(50, Math.min(1000, Math.floor(Math.min(headersTimeout, requestTimeout) / 4)));
  const server = createServer(
    { headersTimeout, requestTimeout, connectionsCheckingInterval: checkEvery },
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
        send(res, closing ? 503 : 200, {
          ok: !closing,
          pid: process.pid,
          uptimeSeconds: Math.round((now() - startedAt) / 1000),
          served,
          inFlight: inFlight.size,
        });
        return;
      }
      if (path !== '/interactions') {
        send(res, 404, { error: 'not found' });
        return;
      }
      if (closing) {
        // Stopping: Discord shows the user a failure at once rather than after a timeout.
        send(res, 503, { error: 'shutting down' }, true);
        return;
      }
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        send(res, 405, { error: 'POST only' });
        return;
      }
      track(
        interactions(req, res).catch((err: unknown) => {
          // Only a bug gets here (the router never throws); answer rather than hang Discord.
          log.error({ err }, 'interaction endpoint failed');
          if (!res.headersSent) send(res, 500, { error: 'internal error' });
        }),
      );
    },
  );
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = ['0.0.0.0', '::', ''].includes(options.host) ? '127.0.0.1' : options.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    close() {
      closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // In-flight handlers and late deliveries get up to 8 s, inside the 10 s stop budget.
        const drained = Promise.allSettled([...inFlight]);
        await Promise.race([drained, new Promise((r) => setTimeout(r, 8000).unref())]);
        server.closeAllConnections();
        await stopped;
      })();
      return closed;
    },
  };
}

/** Options for `startHttpEndpoint`; both default to true (what `npm start` wants). */
export interface StartOptions {
  /** Print `listening on http://HOST:PORT` on stdout once ready. */
  announce?: boolean;
  /** Stop gracefully on SIGTERM/SIGINT and exit the process. */
  signals?: boolean;
  /** The app's clock (tests move it by hand). */
  clock?: Clock;
}

/**
 * Starts the HTTP interactions endpoint from config (`DISCORD_PUBLIC_KEY`, `INTERACTIONS_PORT`,
 * `INTERACTIONS_HOST`): builds the app with a REST outbox, listens, and announces the URL.
 * `close()` stops the server, waits for in-flight work, and closes the store.
 */
export async function startHttpEndpoint(
  config: Config,
  log: Logger,
  opts: StartOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  if (!config.DISCORD_PUBLIC_KEY)
    throw new Error('DISCORD_PUBLIC_KEY is required for the HTTP interactions endpoint');
  const outbox = createRestOutbox({
    apiBase: config.DISCORD_API_BASE,
    applicationId: config.DISCORD_APPLICATION_ID ?? null,
    log,
  });
  const messenger = messengerFrom(config);
  const app = await createApp(config, log, outbox, {
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(messenger ? { messenger } : {}),
  });
  const publicKey = config.DISCORD_PUBLIC_KEY;
  const { door: server, close } = await openDoor(app, () =>
    serveInteractions({
      host: config.INTERACTIONS_HOST,
      port: config.INTERACTIONS_PORT ?? 0,
      publicKey,
      commands: app.router.commands,
      handle: (req) => app.router.handle(req),
      deferral: (req) => app.router.deferralOf(req),
      claim: (id, now, expiresAt) => app.ctx.store.claimInteraction(id, now, expiresAt),
      outbox,
      log,
    }),
  );
  if (opts.signals ?? true) onStopSignal(close, log);
  if (opts.announce ?? true) process.stdout.write(`listening on ${server.url}\n`);
  log.info({ url: server.url }, 'interactions endpoint ready');
  return { url: server.url, close };
}

/**
 * On the first SIGTERM/SIGINT: run `close`, then exit 0; exit 1 if it has not finished in 10 s.
 * Shared by both doors.
 */
export function onStopSignal(close: () => Promise<void>, log: Logger): void {
  const stop = (signal: NodeJS.Signals) => {
    log.info({ signal }, 'stopping');
    setTimeout(() => process.exit(1), 9500).unref();
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
