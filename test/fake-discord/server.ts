/**
 * A fake Discord on 127.0.0.1 for end-to-end tests: the REST routes the bot calls (interaction
 * callbacks, webhook edits and follow-ups, command registration, gateway discovery) and a gateway
 * WebSocket speaking just enough of the protocol for discord.js (HELLO, IDENTIFY → READY,
 * GUILD_CREATE, heartbeats). Everything the bot sends is recorded in `calls`.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type RateLimitModel, rateLimiter } from './rate-limits.ts';

/** One REST call the bot made. */
export interface Call {
  method: string;
  /** Path without the `/api/v10` prefix and query, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: string;
  auth: string | null;
  /** The JSON body; for a multipart request, its `payload_json`. */
  body: unknown;
  /** The files of a multipart request (`files[n]` parts), in order. */
  files: SentFile[];
  at: number;
}

/** A file part of a multipart request. */
export interface SentFile {
  /** The form field: `files[0]`, … */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface FakeDiscordOptions {
  applicationId?: string;
  /** The application's OAuth2 client secret, for the client credentials grant. */
  clientSecret?: string;
  botUserId?: string;
  guilds?: string[];
  /** Users whose DMs are closed to the bot: a message to their DM channel is refused with 50007. */
  closedDms?: string[];
  /** Channels the bot may not post in (403, 50013). */
  forbiddenChannels?: string[];
  /** Discord's rate limits and round trip (`discordLimits`); none when absent. */
  rateLimits?: RateLimitModel;
}

/** A request the fake answered with 429. */
export interface Limited {
  method: string;
  path: string;
  scope: 'global' | 'user';
}

/** A message the bot created with its token (a DM or a channel post); a retried nonce creates none. */
export interface Posted {
  channelId: string;
  id: string;
  /** The DM's recipient, for a DM channel. */
  recipient: string | null;
  body: Record<string, unknown>;
}

/** A running fake. */
export interface FakeDiscord {
  /** Use as `DISCORD_API_BASE`. */
  apiBase: string;
  gatewayUrl: string;
  applicationId: string;
  calls: Call[];
  /** Messages created through POST /channels/{id}/messages, each once. */
  posted: Posted[];
  /** Requests refused for a rate limit (with `rateLimits`). */
  limited: Limited[];
  /** Gateway payloads the bot sent (IDENTIFY, heartbeats…). */
  gatewayReceived: { op: number; d: unknown }[];
  /** A DM channel with `userId` opened before (as on an earlier day); returns its id. */
  openDm(userId: string): string;
  /** Sends an INTERACTION_CREATE dispatch to every connected gateway client. */
  pushInteraction(interaction: unknown): void;
  /** Resolves with the first call (already made or future) that matches; rejects after `timeoutMs`. */
  waitFor(match: (c: Call) => boolean, timeoutMs?: number): Promise<Call>;
  /** Connected gateway sessions that have identified. */
  sessions(): number;
  /** Resolves once `n` gateway sessions have identified; rejects after `timeoutMs`. */
  untilSessions(n: number, timeoutMs?: number): Promise<void>;
  /** Use as `DISCORD_CDN_BASE`: where `attach` serves files. */
  cdnBase: string;
  /**
   * Serves `bytes` as an attachment and returns it as an interaction's `resolved.attachments` entry. `size`
   * is what the interaction claims (default: the real size); `redirectTo` answers with a redirect instead.
   */
  attach(
    filename: string,
    bytes: Buffer | string,
    opts?: { size?: number; redirectTo?: string },
  ): FakeAttachment;
  close(): Promise<void>;
}

/** A request's body: JSON (or its text), or a multipart form's `payload_json` and its files. */
async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: SentFile[] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    const files: SentFile[] = [];
    let body: unknown = null;
    for (const [field, value] of form) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({
          field,
          name: value.name,
          contentType: value.type,
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  if (!text) return { body: null, files: [] };
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

/**
 * What Discord refuses in a message with attachments: one whose `attachments` name a file that did
 * not come as its `files[id]` part (a JSON body with attachments has none).
 */
function attachmentProblem(body: unknown, files: SentFile[]): string | null {
  const b = (body ?? {}) as { attachments?: unknown; data?: { attachments?: unknown } };
  const list = b.attachments ?? b.data?.attachments;
  if (!Array.isArray(list)) return null;
  for (const a of list as { id?: unknown; filename?: unknown }[]) {
    const file = files.find((f) => f.field === `files[${String(a.id)}]`);
    if (!file) return `attachments.${String(a.id)}: no files[${String(a.id)}] part`;
    if (a.filename !== undefined && a.filename !== file.name)
      return `attachments.${String(a.id)}: filename ${String(a.filename)} is not the part's ${file.name}`;
  }
  return null;
}

/** An attachment as an interaction resolves it. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}

/** The client secret the fake expects unless told another. */
export const FAKE_CLIENT_SECRET = 'fake-client-secret-0123456789abcdef';

let nextId = 1_300_000_000_000_000_000n;
const snowflake = () => String(nextId++);

/** Starts the fake on a free loopback port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = options.applicationId ?? '900000000000000001';
  const botUserId = options.botUserId ?? applicationId;
  const guilds = options.guilds ?? ['600000000000000001'];
  const clientSecret = options.clientSecret ?? FAKE_CLIENT_SECRET;
  const bearers = new Set<string>();
  const calls: Call[] = [];
  const waiters: { match: (c: Call) => boolean; resolve: (c: Call) => void }[] = [];
  const gatewayReceived: { op: number; d: unknown }[] = [];
  const posted: Posted[] = [];
  const byNonce = new Map<string, Posted>();
  const dmRecipients = new Map<string, string>();
  const closedDms = new Set(options.closedDms ?? []);
  const forbidden = new Set(options.forbiddenChannels ?? []);
  const limits = options.rateLimits ? rateLimiter(options.rateLimits) : null;
  const latencyMs = options.rateLimits?.latencyMs ?? 0;
  const limited: Limited[] = [];
  const identified = new Set<WebSocket>();
  const sessionWaiters = new Set<() => void>();
  let seq = 0;

  // A DM channel's id is its recipient's with a 9 in front: the same channel every time, as on Discord.
  const openDm = (recipient: string) => {
    const id = `9${recipient}`;
    dmRecipients.set(id, recipient);
    return id;
  };

  const record = (call: Call) => {
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.match(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  };

  const served = new Map<string, { bytes: Buffer; redirectTo?: string }>();
  const http = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { body, files } = await readBody(req);
    let limitHeaders: Record<string, string> = {};
    const send = (status: number, json?: unknown) => {
      res.writeHead(status, {
        ...limitHeaders,
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    // The round trip: decided on arrival, answered a latency later.
    const reply = (status: number, json?: unknown) => {
      if (latencyMs > 0) setTimeout(() => send(status, json), latencyMs);
      else send(status, json);
    };
    const file = served.get(url.pathname);
    if (file) {
      if (file.redirectTo) res.writeHead(302, { location: file.redirectTo }).end();
      else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.bytes);
      return;
    }
    if (!url.pathname.startsWith('/api/v10/')) {
      reply(404, { message: '404: Not Found', code: 0 });
      return;
    }
    // discord.js percent-encodes `@original`; record paths as Discord's docs write them.
    const path = decodeURIComponent(url.pathname.slice('/api/v10'.length));
    const call: Call = {
      method: req.method ?? 'GET',
      path,
      query: url.search,
      auth: req.headers.authorization ?? null,
      body,
      files,
      at: Date.now(),
    };
    record(call);
    const verdict = limits?.check(call.method, path, call.auth);
    if (verdict) {
      limitHeaders = verdict.headers;
      if (!verdict.ok) {
        limited.push({ method: call.method, path, scope: verdict.scope });
        return reply(429, verdict.body);
      }
    }
    const problem = attachmentProblem(body, files);
    if (problem) {
      reply(400, { message: 'Invalid Form Body', code: 50035, errors: problem });
      return;
    }
    const parts = path.split('/').filter(Boolean);
    const m = call.method;
    const message = (id: string, b: unknown) => ({
      id,
      channel_id: '800000000000000001',
      type: 0,
      content: '',
      embeds: [],
      components: [],
      ...(typeof b === 'object' && b ? b : {}),
    });

    if (m === 'GET' && path === '/gateway/bot') {
      reply(200, {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 },
      });
    } else if (m === 'GET' && path === '/gateway') {
      reply(200, { url: gatewayUrl });
    } else if (m === 'GET' && path === '/users/@me') {
      reply(200, { id: botUserId, username: 'ssaem', discriminator: '0', bot: true, avatar: null });
    } else if (m === 'POST' && parts[0] === 'interactions' && parts[3] === 'callback') {
      reply(204);
    } else if (parts[0] === 'webhooks' && parts.length === 5 && parts[3] === 'messages') {
      if (m === 'DELETE') reply(204);
      else reply(200, message(parts[4] === '@original' ? snowflake() : (parts[4] ?? ''), body));
    } else if (m === 'POST' && parts[0] === 'webhooks' && parts.length === 3) {
      reply(200, message(snowflake(), body));
    } else if (m === 'POST' && path === '/oauth2/token') {
      // The client credentials grant: HTTP Basic auth with the application id and its secret.
      const form = new URLSearchParams(typeof body === 'string' ? body : '');
      const basic = `Basic ${Buffer.from(`${applicationId}:${clientSecret}`).toString('base64')}`;
      if (call.auth !== basic) reply(401, { error: 'invalid_client' });
      else if (form.get('grant_type') !== 'client_credentials')
        reply(400, { error: 'unsupported_grant_type' });
      else {
        const token = `fake-bearer-${randomUUID()}`;
        bearers.add(token);
        reply(200, {
          access_token: token,
          token_type: 'Bearer',
          expires_in: 604800,
          scope: form.get('scope'),
        });
      }
    } else if (m === 'POST' && path === '/users/@me/channels') {
      if (!call.auth?.startsWith('Bot ')) return reply(401, { message: '401: Unauthorized', code: 0 });
      const recipient = String((body as { recipient_id?: unknown } | null)?.recipient_id ?? '');
      const id = openDm(recipient);
      reply(200, { id, type: 1, recipients: [{ id: recipient, username: 'someone', discriminator: '0' }] });
    } else if (m === 'POST' && parts[0] === 'channels' && parts[2] === 'messages' && parts.length === 3) {
      if (!call.auth?.startsWith('Bot ')) return reply(401, { message: '401: Unauthorized', code: 0 });
      const channelId = parts[1] ?? '';
      const recipient = dmRecipients.get(channelId) ?? null;
      const b = (typeof body === 'object' && body ? body : {}) as Record<string, unknown>;
      if (recipient && closedDms.has(recipient))
        return reply(403, { message: 'Cannot send messages to this user', code: 50007 });
      if (forbidden.has(channelId)) return reply(403, { message: 'Missing Permissions', code: 50013 });
      // Discord's enforce_nonce: the same nonce from the same author returns the message already made.
      const key = b.enforce_nonce && b.nonce !== undefined ? `${channelId}:${String(b.nonce)}` : null;
      const seen = key ? byNonce.get(key) : undefined;
      if (seen) return reply(200, message(seen.id, { ...seen.body, channel_id: channelId }));
      const made: Posted = { channelId, id: snowflake(), recipient, body: b };
      posted.push(made);
      if (key) byNonce.set(key, made);
      reply(200, message(made.id, { ...b, channel_id: channelId }));
    } else if (m === 'PUT' && parts[0] === 'applications' && parts.at(-1) === 'commands') {
      const bearer = call.auth?.startsWith('Bearer ') && bearers.has(call.auth.slice('Bearer '.length));
      if (!call.auth?.startsWith('Bot ') && !bearer) {
        reply(401, { message: '401: Unauthorized', code: 0 });
        return;
      }
      const list = Array.isArray(body) ? body : [];
      reply(
        200,
        list.map((c) => ({
          id: snowflake(),
          application_id: parts[1],
          version: snowflake(),
          ...(c as object),
        })),
      );
    } else {
      reply(404, { message: '404: Not Found', code: 0 });
    }
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const apiBase = `${origin}/api`;

  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const gatewayUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;

  const dispatch = (ws: WebSocket, t: string, d: unknown) => {
    seq++;
    ws.send(JSON.stringify({ op: 0, t, s: seq, d }));
  };

  wss.on('connection', (ws) => {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      let payload: { op: number; d: unknown };
      try {
        payload = JSON.parse(String(raw));
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      gatewayReceived.push(payload);
      if (payload.op === 1) {
        ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      } else if (payload.op === 2) {
        identified.add(ws);
        for (const w of [...sessionWaiters]) w();
        dispatch(ws, 'READY', {
          v: 10,
          user: {
            id: botUserId,
            username: 'ssaem',
            discriminator: '0',
            global_name: null,
            avatar: null,
            bot: true,
          },
          guilds: guilds.map((id) => ({ id, unavailable: true })),
          session_id: randomUUID().replaceAll('-', ''),
          resume_gateway_url: gatewayUrl,
          shard: [0, 1],
          application: { id: applicationId, flags: 0 },
        });
        for (const id of guilds) {
          dispatch(ws, 'GUILD_CREATE', {
            id,
            name: `Study group ${id.slice(-2)}`,
            icon: null,
            splash: null,
            discovery_splash: null,
            owner_id: '700000000000000099',
            afk_channel_id: null,
            afk_timeout: 300,
            verification_level: 0,
            default_message_notifications: 0,
            explicit_content_filter: 0,
            roles: [],
            emojis: [],
            stickers: [],
            features: [],
            mfa_level: 0,
            system_channel_id: null,
            system_channel_flags: 0,
            rules_channel_id: null,
            vanity_url_code: null,
            description: null,
            banner: null,
            premium_tier: 0,
            preferred_locale: 'ko',
            public_updates_channel_id: null,
            nsfw_level: 0,
            premium_progress_bar_enabled: false,
            joined_at: new Date().toISOString(),
            large: false,
            unavailable: false,
            member_count: 4,
            voice_states: [],
            members: [],
            channels: [{ id: '800000000000000001', type: 0, name: 'study', position: 0, guild_id: id }],
            threads: [],
            presences: [],
            stage_instances: [],
            guild_scheduled_events: [],
            soundboard_sounds: [],
          });
        }
      }
    });
    ws.on('close', () => identified.delete(ws));
  });

  return {
    apiBase,
    gatewayUrl,
    applicationId,
    calls,
    posted,
    limited,
    gatewayReceived,
    openDm,
    sessions: () => identified.size,
    untilSessions(n, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          sessionWaiters.delete(check);
          reject(
            new Error(`fake Discord: ${identified.size} of ${n} gateway sessions within ${timeoutMs} ms`),
          );
        }, timeoutMs);
        timer.unref();
        const check = () => {
          if (identified.size < n) return;
          clearTimeout(timer);
          sessionWaiters.delete(check);
          resolve();
        };
        sessionWaiters.add(check);
        check();
      });
    },
    cdnBase: `${origin}/attachments/`,
    attach(filename, bytes, opts = {}) {
      const id = snowflake();
      const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
      const path = `/attachments/800000000000000001/${id}/${encodeURIComponent(filename)}`;
      served.set(path, { bytes: data, ...(opts.redirectTo ? { redirectTo: opts.redirectTo } : {}) });
      const url = `${origin}${path}`;
      return {
        id,
        filename,
        size: opts.size ?? data.length,
        url,
        proxy_url: url,
        content_type: 'text/markdown; charset=utf-8',
      };
    },
    pushInteraction(interaction) {
      for (const ws of identified) dispatch(ws, 'INTERACTION_CREATE', interaction);
    },
    waitFor(match, timeoutMs = 10_000) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(
              new Error(
                `fake Discord: no matching call within ${timeoutMs} ms; got ${calls.map((c) => `${c.method} ${c.path}`).join(', ')}`,
              ),
            );
          }
        }, timeoutMs).unref();
      });
    },
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
