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

let refused = 0;

/**
 * Takes the tokens a request needs; returns the bucket that refused it, if any. Autocomplete is
 * free: Discord sends one per keystroke and it only reads the index.
 */
export async function overLimit(req: Request, ctx: Context): Promise<'user' | 'guild' | null> {
  if (req.kind === 'autocomplete') return null;
  const now = ctx.now();
  if (!(await ctx.store.takeToken(`user:${req.user.id}`, rateRules.user, now))) return note('user', req, ctx);
  if (
    req.kind === 'command' &&
    req.guildId &&
    !(await ctx.store.takeToken(`guild:${req.guildId}`, rateRules.guild, now))
  ) {
    return note('guild', req, ctx);
  }
  return null;
}

function note(bucket: 'user' | 'guild', req: Request, ctx: Context): 'user' | 'guild' {
  refused += 1;
  ctx.log.warn(
    { bucket, userId: req.user.id, guildId: req.guildId, kind: req.kind, refused },
    'rate limited',
  );
  return bucket;
}
