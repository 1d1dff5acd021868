/**
 * Discord's REST rate limits, as much of them as is published, for the fake Discord
 * (https://discord.com/developers/docs/topics/rate-limits):
 *
 * - the global limit: 50 requests a second per bot token (Discord raises it for large bots on request);
 *   interaction callbacks and interaction webhooks are exempt from it;
 * - per route and top-level resource: `POST /channels/{id}/messages` allows 5 per 5 s per channel, the figure
 *   Discord has long answered bots with in `X-RateLimit-*` headers (not a documented constant: clients must
 *   read the headers, as @discordjs/rest does);
 * - `POST /users/@me/channels` (open a DM): Discord publishes no figure, only that opening "a significant
 *   amount of DMs too quickly" may be limited or blocked. The fake applies the global limit alone to it, so on
 *   that route it is at least as fast as Discord, never slower;
 * - a round trip: `latencyMs` before each answer (Discord is tens of milliseconds away, not on loopback).
 *
 * Over a limit: 429 with `retry_after` in the body and `Retry-After` in whole seconds; the global one also
 * says `X-RateLimit-Global: true` and `X-RateLimit-Scope: global`. Each window opens at the first request
 * after the last one closed, as @discordjs/rest assumes of the global limit.
 */

export interface RateLimitModel {
  /** Requests a second per bot token (Discord's default for a bot: 50). */
  globalPerSecond: number;
  /** `POST /channels/{id}/messages`, per channel. */
  channelMessages: { limit: number; windowMs: number };
  /** Delay before each answer. */
  latencyMs: number;
}

/** Discord as a bot with default limits sees it, from a host 50 ms away. */
export const discordLimits: RateLimitModel = {
  globalPerSecond: 50,
  channelMessages: { limit: 5, windowMs: 5_000 },
  latencyMs: 50,
};

/** A fixed window of `limit` requests that opens at the first request after the last one closed. */
class Window {
  #resetAt = 0;
  #remaining = 0;
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Takes one request at `now`: false (and nothing taken) when the window is spent. */
  take(now: number): boolean {
    if (now >= this.#resetAt) {
      this.#resetAt = now + this.windowMs;
      this.#remaining = this.limit;
    }
    if (this.#remaining <= 0) return false;
    this.#remaining--;
    return true;
  }

  headers(now: number, bucket: string): Record<string, string> {
    const after = Math.max(0, this.#resetAt - now) / 1000;
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.#remaining)),
      'x-ratelimit-reset': ((now + after * 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': after.toFixed(3),
      'x-ratelimit-bucket': bucket,
    };
  }

  retryAfterMs(now: number): number {
    return Math.max(1, this.#resetAt - now);
  }
}

/** What the limits say of one request: go ahead (with these headers), or 429 with this answer. */
export type Verdict =
  | { ok: true; headers: Record<string, string> }
  | { ok: false; scope: 'global' | 'user'; headers: Record<string, string>; body: object };

const tooMany = (scope: 'global' | 'user', retryMs: number, headers: Record<string, string>): Verdict => ({
  ok: false,
  scope,
  headers: {
    ...headers,
    'retry-after': String(Math.ceil(retryMs / 1000)),
    'x-ratelimit-scope': scope,
    ...(scope === 'global' ? { 'x-ratelimit-global': 'true' } : {}),
  },
  body: { message: 'You are being rate limited.', retry_after: retryMs / 1000, global: scope === 'global' },
});

/** The limits of one fake Discord: windows per bot token and per channel. */
export function rateLimiter(model: RateLimitModel) {
  const globals = new Map<string, Window>();
  const channels = new Map<string, Window>();
  const window = (map: Map<string, Window>, key: string, make: () => Window) => {
    const w = map.get(key) ?? make();
    map.set(key, w);
    return w;
  };

  return {
    /** `auth` is the Authorization header (the global limit is per token, else per address). */
    check(method: string, path: string, auth: string | null, now = Date.now()): Verdict {
      const parts = path.split('/').filter(Boolean);
      const interaction = parts[0] === 'interactions' || parts[0] === 'webhooks';
      if (!interaction) {
        const global = window(globals, auth ?? 'address', () => new Window(model.globalPerSecond, 1_000));
        if (!global.take(now)) return tooMany('global', global.retryAfterMs(now), {});
      }
      if (method === 'POST' && parts[0] === 'channels' && parts[2] === 'messages' && parts.length === 3) {
        const { limit, windowMs } = model.channelMessages;
        const w = window(channels, parts[1] ?? '', () => new Window(limit, windowMs));
        const ok = w.take(now);
        const headers = w.headers(now, 'channel-messages');
        return ok ? { ok: true, headers } : tooMany('user', w.retryAfterMs(now), headers);
      }
      return { ok: true, headers: {} };
    },
  };
}
