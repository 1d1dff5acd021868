/**
 * The plain request/response every command speaks. Transports (gateway, HTTP endpoint, terminal)
 * turn their world into a `Request` and a `Response` back into their world; commands never see which.
 * Message parts reuse Discord's own JSON shapes (type-only imports) so the two HTTP-based doors can
 * pass them through unchanged.
 */
import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { MessageRef } from '../store/types.ts';

export type Locale = 'ko' | 'en';

export interface Actor {
  id: string;
  /** Display name, used in text only (never as a mention). */
  name: string;
}

/** Where a message lives: the store keeps it with its round, so the type is the store's. */
export type { MessageRef };

export type OptionValue = string | number | boolean;

/**
 * Where a request comes from, as Discord's `context` and `authorizing_integration_owners` tell it:
 * `server`, a server the app is installed to; `guest`, a server where only the user installed it (the
 * bot is not a member: nothing may be posted but through the interaction); `dm`, the bot's DMs (and the
 * terminal); `group`, a DM or group DM among users who installed the app for themselves.
 */
export type Place = 'server' | 'guest' | 'dm' | 'group';

interface RequestBase {
  /** Interaction id (or a generated id in the terminal); also the request id in logs. */
  id: string;
  /** null in DMs and in the terminal tutor: scores are then personal. */
  guildId: string | null;
  channelId: string;
  user: Actor;
  locale: Locale;
  /** The member's permissions as Discord computed them for this interaction; null outside a guild. */
  memberPermissions: bigint | null;
  /** The member's role ids (a server may let a role change its notes); absent outside a guild. */
  memberRoles?: readonly string[];
  /** Interaction token: lets a command store where its reply lives for later edits. */
  token: string;
  receivedAt: number;
  /** From a door with one trusted local user (the terminal tutor): no rate limit applies. */
  trusted?: true;
  /** Absent: `server` with a guild id, `dm` without (see `placeOf`). */
  place?: Place;
}

export interface CommandRequest extends RequestBase {
  kind: 'command';
  command: string;
  /** Option values by name; a chosen subcommand and its group come as `subCommand`/`subCommandGroup`. */
  options: Record<string, OptionValue>;
  /** Files attached to the command's attachment options, by id, as the interaction itself resolved them. */
  attachments?: Record<string, Attachment>;
}

/** A file attached to a command (Discord's resolved attachment). */
export interface Attachment {
  id: string;
  filename: string;
  /** Size in bytes, as Discord reported it. */
  size: number;
  /** Where Discord serves it. */
  url: string;
  contentType?: string;
  /** The file itself, when the door holds it already (the terminal's local file); never set from Discord. */
  bytes?: Buffer;
}

export interface AutocompleteRequest extends RequestBase {
  kind: 'autocomplete';
  command: string;
  options: Record<string, OptionValue>;
  /** Name of the option being typed, and what is typed so far. */
  focused: { name: string; value: string };
}

export interface ComponentRequest extends RequestBase {
  kind: 'button';
  customId: string;
  /** The message the button is on. */
  message: MessageRef | null;
}

export interface ModalRequest extends RequestBase {
  kind: 'modal';
  customId: string;
  fields: Record<string, string>;
  /** The message whose button opened the form (it may then be updated); null for one a slash command opened. */
  message: MessageRef | null;
}

export type Request = CommandRequest | AutocompleteRequest | ComponentRequest | ModalRequest;

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A file sent with a message (a picture card): its bytes travel beside the message's JSON. */
export interface MessageFile {
  /** `stats.png`; the door sends it under this name. */
  name: string;
  data: Uint8Array;
  /** What the picture shows, for screen readers (Discord's alt text). */
  description?: string;
}

export interface Message {
  content?: string;
  embeds?: APIEmbed[];
  components?: ActionRow[];
  /** Only the caller sees it. */
  ephemeral?: boolean;
  /** Attached files; an edit that leaves them out keeps the message's files as they are. */
  files?: MessageFile[];
}

export type Response =
  /** A new reply to the interaction. */
  | { type: 'message'; message: Message }
  /** Edit the message the clicked component is on. */
  | { type: 'update'; message: Message }
  | { type: 'autocomplete'; choices: { name: string; value: string }[] }
  | { type: 'modal'; modal: APIModalInteractionResponseCallbackData };

/**
 * How to hold an interaction when its handler is slower than Discord's 3 s: a public "thinking…"
 * reply, a private one, or (for a click) leaving the clicked message as it is until it is updated.
 * The handler's eventual response then fills that placeholder, so whatever it stored about "its
 * reply" (`@original`, as a quiz round does) stays true.
 */
export type Deferral = 'reply' | 'ephemeral' | 'update';

/**
 * What a command may do after it has answered: edit a message it posted earlier, or post a
 * follow-up (the quiz's reveal and next question). Each transport provides one.
 */
export interface Outbox {
  edit(ref: MessageRef, message: Message): Promise<void>;
  followUp(ref: MessageRef, message: Message): Promise<MessageRef>;
}
