import type { Scope } from '../../store/store.ts';
import type { Place } from '../protocol.ts';

/** A user's own scope: DMs, the terminal, solo practice anywhere, and servers the bot is not in. */
export const personalScope = (userId: string): Scope => `dm:${userId}`;

/** A DM or group DM among friends who installed the app: its own small board. */
export const groupScope = (channelId: string): Scope => `group:${channelId}`;

/** Where a request comes from, what it says or what its guild id implies. */
export function placeOf(where: { guildId: string | null; place?: Place | undefined }): Place {
  return where.place ?? (where.guildId ? 'server' : 'dm');
}

/** Whether a quiz here can be shared (answered by everyone present) rather than solo. */
export const isShared = (place: Place) => place === 'server' || place === 'group';

export interface Whereabouts {
  guildId: string | null;
  channelId: string;
  place?: Place | undefined;
}

/**
 * Where a user's scores count: the board of a server the app is installed to, the group's board in a
 * DM among friends, or the user's personal board (bot DMs, the terminal, servers the bot is not in).
 */
export function scopeOf(where: Whereabouts, userId: string): Scope {
  switch (placeOf(where)) {
    case 'server':
      return where.guildId ?? personalScope(userId);
    case 'group':
      return groupScope(where.channelId);
    default:
      return personalScope(userId);
  }
}
