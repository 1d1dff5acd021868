import type { BucketRule } from '../store/types.ts';
import type { Context } from './context.ts';
import type { Request } from './protocol.ts';

/**
 * Limits per user (every command, click and form) and per guild (commands only: clicks are already
 * bounded by one answer per user per round). Generous enough that a class playing a quiz never
 * meets them; tight enough that one student's script cannot flood a channel or the store.
 */
export const rateRules = {
  user: { capacity: 12, perSecond: 0.5 },
  guild: { capacity: 60, perSecond: 3 },
} as const satisfies Record<string, BucketRule>;

/** Commands answered from memory: they keep working when the store is down. */
const READ_ONLY_COMMANDS = new Set(['explain']);

/** While the store is down, read-only requests try it again this often, not on every request. */
const RETRY_STORE_MS = 5000;

/** Process-local buckets kept at most, the least recently used dropped first. */
const LOCAL_KEYS = 10_000;

export type Limited = 'user' | 'guild' | null;

/**
 * The same token bucket as the store's statement, in this process's memory: the fallback while the
 * store cannot be reached. Each instance then limits on its own, which is looser but never lets a
 * user through unbounded.
 */
function localBuckets() {
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  return (key: string, rule: BucketRule, now: number): boolean => {
    const was = buckets.get(key) ?? { tokens: rule.capacity, updatedAt: now };
    const tokens = Math.min(
      rule.capacity,
      was.tokens + (Math.max(0, now - was.updatedAt) / 1000) * rule.perSecond,
    );
    buckets.delete(key);
    buckets.set(key, { tokens: tokens >= 1 ? tokens - 1 : tokens, updatedAt: Math.max(was.updatedAt, now) });
    if (buckets.size > LOCAL_KEYS) buckets.delete(buckets.keys().next().value as string);
    return tokens >= 1;
  };
}

const isReadOnly = (req: Request) => req.kind === 'command' && READ_ONLY_COMMANDS.has(req.command);

/**
 * The rate limiter of one app: takes the tokens a request needs and returns the bucket that refused
 * it, if any. Autocomplete is free: Discord sends one per keystroke and it only reads the index.
 * Buckets live in the store, so every instance shares them; when the store fails, a read-only
 * command falls back to a bucket in this process (fails open, still bounded) and the outage is logged
 * once, while anything that writes meets the store's error as before.
 */
export function createRateLimiter(): (req: Request, ctx: Context) => Promise<Limited> {
  const local = localBuckets();
  let refused = 0;
  /** Since when the store has been failing (null: it answers), and when it was last tried. */
  let down: { since: number; triedAt: number } | null = null;

  const note = (bucket: 'user' | 'guild', req: Request, ctx: Context): 'user' | 'guild' => {
    refused += 1;
    ctx.log.warn(
      { bucket, userId: req.user.id, guildId: req.guildId, kind: req.kind, refused },
      'rate limited',
    );
    return bucket;
  };

  const take = async (req: Request, ctx: Context, key: string, rule: BucketRule, now: number) => {
    if (!isReadOnly(req)) return ctx.store.takeToken(key, rule, now);
    if (down && now - down.triedAt < RETRY_STORE_MS) return local(key, rule, now);
    try {
      const taken = await ctx.store.takeToken(key, rule, now);
      if (down) ctx.log.info({ downMs: now - down.since }, 'rate limits back on the store');
      down = null;
      return taken;
    } catch (error) {
      if (!down) ctx.log.error({ err: error }, 'rate limits fall back to this process: the store failed');
      down = { since: down?.since ?? now, triedAt: now };
      return local(key, rule, now);
    }
  };

  return async (req, ctx) => {
    if (req.kind === 'autocomplete') return null;
    const now = ctx.now();
    if (!(await take(req, ctx, `user:${req.user.id}`, rateRules.user, now))) return note('user', req, ctx);
    if (
      req.kind === 'command' &&
      req.guildId &&
      !(await take(req, ctx, `guild:${req.guildId}`, rateRules.guild, now))
    ) {
      return note('guild', req, ctx);
    }
    return null;
  };
}
