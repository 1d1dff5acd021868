import type { Scope } from '../../store/store.ts';

/** A user's own scope: DMs, the terminal, and solo practice anywhere. */
export const personalScope = (userId: string): Scope => `dm:${userId}`;

/** Where a request's scores count: its guild, or the user's own `dm:` scope outside guilds. */
export function scopeOf(guildId: string | null, userId: string): Scope {
  return guildId ?? personalScope(userId);
}
