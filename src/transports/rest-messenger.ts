/**
 * The bot's own messages over REST with its token (DMs, channel posts), for either door: the gateway
 * uses `DISCORD_TOKEN`, the HTTP endpoint `DISCORD_REST_TOKEN`.
 */
import { DiscordAPIError, REST } from '@discordjs/rest';
import { type APIChannel, type APIMessage, Routes } from 'discord-api-types/v10';
import type { Messenger, Sent } from '../app/messenger.ts';
import type { Message } from '../app/protocol.ts';
import type { Config } from '../config.ts';
import { toMessageBody } from './discord-json.ts';

/** Discord's "Cannot send messages to this user" (DMs closed, or no shared server). */
const DM_CLOSED = 50007;

/**
 * `requestsPerSecond` is the bot's global REST limit: Discord's default is 50 a second per bot, which
 * @discordjs/rest keeps to (raise it only when Discord raised the bot's). Instances sending at once split
 * it (`shareWith`).
 */
export function createRestMessenger(options: {
  apiBase: string;
  token: string;
  requestsPerSecond?: number;
}): Messenger {
  const botLimit = options.requestsPerSecond ?? 50;
  const rest = new REST({
    version: '10',
    api: options.apiBase.replace(/\/+$/, ''),
    globalRequestsPerSecond: botLimit,
  }).setToken(options.token);

  const post = async (channelId: string, message: Message, nonce?: string): Promise<Sent> => {
    try {
      const created = (await rest.post(Routes.channelMessages(channelId), {
        body: {
          ...toMessageBody({ ...message, ephemeral: false }),
          ...(nonce ? { nonce, enforce_nonce: true } : {}),
        },
      })) as APIMessage;
      return { status: 'sent', channelId, messageId: created.id };
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === DM_CLOSED) return { status: 'dm-closed' };
      if (error instanceof DiscordAPIError && error.status === 403) return { status: 'forbidden' };
      throw error;
    }
  };

  // @discordjs/rest sends one request at a time per route and major parameter: opening DMs is one route,
  // so its calls queue, while messages to different channels go out side by side.
  const openDm = async (userId: string) =>
    ((await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as APIChannel).id;

  return {
    openDm,
    async dm(userId, message, { nonce, channelId }) {
      return post(channelId ?? (await openDm(userId)), message, nonce);
    },
    post: (channelId, message, opts) => post(channelId, message, opts?.nonce),
    shareWith(instances) {
      // @discordjs/rest reads it each time its one-second window opens.
      rest.options.globalRequestsPerSecond = Math.max(1, Math.floor(botLimit / Math.max(1, instances)));
    },
  };
}

/** The messenger a door's config allows: the gateway's token, or the HTTP door's `DISCORD_REST_TOKEN`. */
export function messengerFrom(config: Config): Messenger | undefined {
  const token = config.DISCORD_TOKEN ?? config.DISCORD_REST_TOKEN;
  return token
    ? createRestMessenger({
        apiBase: config.DISCORD_API_BASE,
        token,
        requestsPerSecond: config.DISCORD_REST_RPS,
      })
    : undefined;
}
