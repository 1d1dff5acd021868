import type { Message } from './protocol.ts';

/** What Discord said to a message the bot sent on its own (not as a reply to an interaction). */
export type Sent =
  | { status: 'sent'; channelId: string; messageId: string }
  /** The user's DMs are closed to the bot (Discord's 50007). */
  | { status: 'dm-closed' }
  /** The bot may not see or post in that channel (403: 50001 Missing Access, 50013 Missing Permissions). */
  | { status: 'forbidden' };

/**
 * Messages the bot starts itself — a reminder DM, the question of the day — which need the bot token
 * over REST whichever door took the interactions. `nonce` makes a retry harmless: Discord returns the
 * message already created with it (`enforce_nonce`) instead of posting it twice.
 */
export interface Messenger {
  /**
   * The user's DM channel with the bot (Discord returns the same one every time, so it is worth keeping):
   * opened when the user turns a reminder on, so the reminder's hour, when everyone's is due at once, needs
   * one request a DM, not two.
   */
  openDm(userId: string): Promise<string>;
  /** DMs a user; `channelId` is their DM channel when already known. */
  dm(userId: string, message: Message, opts: { nonce: string; channelId?: string | null }): Promise<Sent>;
  post(channelId: string, message: Message, opts?: { nonce?: string }): Promise<Sent>;
  /**
   * This instance is one of `instances` sending now: the bot's global REST limit is per bot, not per
   * process, so each keeps to its part (and the last one sending gets it all back).
   */
  shareWith(instances: number): void;
}
