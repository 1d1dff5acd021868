import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { MessageId } from './catalogue.ts';
import type { Context } from './context.ts';
import { type CustomIdCodec, splitCustomId } from './custom-ids.ts';
import { UserError } from './errors.ts';
import type {
  AutocompleteRequest,
  CommandRequest,
  ComponentRequest,
  Deferral,
  ModalRequest,
  OptionValue,
  Request,
  Response,
} from './protocol.ts';

type Localizations = Partial<Record<'ko' | 'en-US', string>>;

interface OptionBase {
  readonly name: string;
  readonly description: string;
  readonly name_localizations?: Localizations;
  readonly description_localizations?: Localizations;
  readonly required?: boolean;
}
interface Choice<V> {
  readonly name: string;
  readonly name_localizations?: Localizations;
  readonly value: V;
}
export interface StringOption extends OptionBase {
  readonly type: ApplicationCommandOptionType.String;
  readonly choices?: readonly Choice<string>[];
  readonly autocomplete?: boolean;
  readonly min_length?: number;
  readonly max_length?: number;
}
export interface IntegerOption extends OptionBase {
  readonly type: ApplicationCommandOptionType.Integer;
  readonly choices?: readonly Choice<number>[];
  readonly min_value?: number;
  readonly max_value?: number;
}
export interface BooleanOption extends OptionBase {
  readonly type: ApplicationCommandOptionType.Boolean;
}
/** Its value is the chosen user's id. */
export interface UserOption extends OptionBase {
  readonly type: ApplicationCommandOptionType.User;
}
/** Its value is the chosen channel's id. */
export interface ChannelOption extends OptionBase {
  readonly type: ApplicationCommandOptionType.Channel;
  readonly channel_types?: readonly number[];
}
/** Its value is the attachment's id; the file itself is in the request's `attachments`. */
export interface AttachmentOption extends OptionBase {
  readonly type: ApplicationCommandOptionType.Attachment;
}
/** Its value is the chosen role's id. */
export interface RoleOption extends OptionBase {
  readonly type: ApplicationCommandOptionType.Role;
}
export type OptionData =
  | StringOption
  | IntegerOption
  | BooleanOption
  | UserOption
  | AttachmentOption
  | RoleOption
  | ChannelOption;

/** A subcommand (`/notes add`, `/remind on`); a command has either subcommands or options of its own. */
export interface SubcommandData {
  readonly type: ApplicationCommandOptionType.Subcommand;
  readonly name: string;
  readonly description: string;
  readonly name_localizations?: Localizations;
  readonly description_localizations?: Localizations;
  readonly options?: readonly OptionData[];
}

/** Where a request's chosen subcommand is (see `CommandRequest.options`). */
const SUBCOMMAND = 'subCommand';

/** A slash command's registration data (Discord's JSON, with Korean localizations). */
export interface CommandData {
  readonly name: string;
  readonly description: string;
  readonly name_localizations?: Localizations;
  readonly description_localizations?: Localizations;
  readonly options?: readonly OptionData[] | readonly SubcommandData[];
}

type ValueOf<O extends OptionData> = O extends { readonly choices: readonly Choice<infer V>[] }
  ? V
  : O extends StringOption | UserOption | AttachmentOption | RoleOption | ChannelOption
    ? string
    : O extends IntegerOption
      ? number
      : boolean;

/**
 * The option values a command receives, typed from its own registration data (as discord-utils-bot's
 * `ArgumentsOf`): `{ topic: string; count: number | undefined; solo: boolean | undefined }`.
 */
type OptionArguments<Os> = Os extends readonly OptionData[]
  ? {
      [O in Os[number] as O['name']]: O extends { readonly required: true }
        ? ValueOf<O>
        : ValueOf<O> | undefined;
    }
  : Record<string, never>;
type SubcommandArguments<S> = S extends SubcommandData
  ? { subCommand: S['name'] } & OptionArguments<S['options']>
  : never;
/** With subcommands, one object per subcommand told apart by `subCommand`: `{ subCommand: 'show'; name: string }`. */
export type ArgumentsOf<D extends CommandData> = D['options'] extends readonly SubcommandData[]
  ? SubcommandArguments<D['options'][number]>
  : OptionArguments<D['options']>;

/**
 * What must hold before any of a command's handlers run (as Sapphire's preconditions), checked by the
 * router and told to Discord at registration (`contexts`, `default_member_permissions`), so members
 * who may not use a command do not see it.
 */
export interface Preconditions {
  /** Only in a server; a message id names the refusal when the generic one says too little. */
  readonly guildOnly?: true | MessageId;
  /** Permission bits the member must hold (`PermissionFlagsBits.ManageGuild`). */
  readonly permissions?: bigint;
  /** `permissions` guard the slash command only: its buttons are every member's (the question of the day's answers). */
  readonly buttonsForEveryone?: true;
  /**
   * Permission bits Discord shows the command to by default (`default_member_permissions`), when the command
   * itself decides who may do what (a server may also name a role): not checked by the router.
   */
  readonly shownTo?: bigint;
}

/** Where Discord offers a command: servers, the bot's DMs, DMs and group DMs among users. */
export type CommandContext = 'guild' | 'botDm' | 'privateChannel';
const CONTEXT_TYPES: Record<CommandContext, InteractionContextType> = {
  guild: InteractionContextType.Guild,
  botDm: InteractionContextType.BotDM,
  privateChannel: InteractionContextType.PrivateChannel,
};
const EVERYWHERE: readonly CommandContext[] = ['guild', 'botDm', 'privateChannel'];

export interface CommandSpec<D extends CommandData, Id> {
  data: D;
  preconditions?: Preconditions;
  /**
   * Where Discord offers it (default everywhere: installed to a server or to a user). A `guildOnly`
   * command, or one offered only in `guild`, is offered in servers the app is installed to, and nowhere else.
   */
  contexts?: readonly CommandContext[];
  /** The codec of this command's buttons and modals; without one it has none. */
  ids?: CustomIdCodec<Id>;
  execute(req: CommandRequest, args: ArgumentsOf<D>, ctx: Context): Promise<Response>;
  autocomplete?(req: AutocompleteRequest, ctx: Context): Promise<Response>;
  component?(req: ComponentRequest | ModalRequest, id: Id, ctx: Context): Promise<Response>;
  /** How to hold a slash command if it runs slow (default: a public "thinking…"). */
  deferCommand?(args: ArgumentsOf<D>, req: CommandRequest): Deferral;
  /** How to hold a click or form if it runs slow (default: the door's, updating the clicked message). */
  deferComponent?(id: Id, req: ComponentRequest | ModalRequest): Deferral;
}

/** A request this command has read: its options or custom id parsed, ready to run. */
export interface Resolved {
  run(ctx: Context): Promise<Response>;
  deferral: Deferral | undefined;
}

/** A command as the router holds it, whatever its options and ids. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  preconditions: Preconditions;
  /** Reads a request for this command once; throws a `UserError` for options or ids it cannot take. */
  resolve(req: Exclude<Request, AutocompleteRequest>): Resolved;
  autocomplete?(req: AutocompleteRequest, ctx: Context): Promise<Response>;
}

function valueFits(option: OptionData, value: OptionValue): boolean {
  switch (option.type) {
    case ApplicationCommandOptionType.String:
      return typeof value === 'string' && (!option.choices || option.choices.some((c) => c.value === value));
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Channel:
    case ApplicationCommandOptionType.Attachment:
    case ApplicationCommandOptionType.Role:
      return typeof value === 'string';
    case ApplicationCommandOptionType.Integer:
      return Number.isInteger(value) && (!option.choices || option.choices.some((c) => c.value === value));
    case ApplicationCommandOptionType.Boolean:
      return typeof value === 'boolean';
  }
}

const outOfRange = (o: IntegerOption, n: number) =>
  (o.min_value !== undefined && n < o.min_value) || (o.max_value !== undefined && n > o.max_value);

/** Checks each declared option's value against its declared type; unknown options are ignored. */
export function readArguments<D extends CommandData>(
  data: D,
  values: Record<string, OptionValue>,
): ArgumentsOf<D> {
  const declared = data.options ?? [];
  if (declared.some((o) => o.type === ApplicationCommandOptionType.Subcommand)) {
    const sub = (declared as readonly SubcommandData[]).find((o) => o.name === values[SUBCOMMAND]);
    if (!sub) throw new UserError('option.missing', { option: SUBCOMMAND });
    const args = readArguments({ ...sub, options: sub.options ?? [] }, values);
    return { ...args, [SUBCOMMAND]: sub.name } as ArgumentsOf<D>;
  }
  const args: Record<string, OptionValue | undefined> = {};
  for (const option of declared as readonly OptionData[]) {
    const value = values[option.name];
    if (value === undefined) {
      if (option.required) throw new UserError('option.missing', { option: option.name });
      args[option.name] = undefined;
    } else if (!valueFits(option, value)) throw new UserError('option.invalid', { option: option.name });
    else if (option.type === ApplicationCommandOptionType.Integer && outOfRange(option, value as number)) {
      // Discord enforces the range itself; the terminal does not.
      throw new UserError('option.range', {
        option: option.name,
        min: option.min_value,
        max: option.max_value,
      });
    } else args[option.name] = value;
  }
  return args as ArgumentsOf<D>;
}

/** The server of a request to a `guildOnly` command (the router has already refused any other). */
export function guildIdOf(req: { guildId: string | null }): string {
  if (req.guildId === null) throw new UserError('precondition.guildOnly');
  return req.guildId;
}

/** Builds a command from its spec: typed options and ids inside, one plain shape for the router outside. */
export function defineCommand<const D extends CommandData, Id = never>(spec: CommandSpec<D, Id>): Command {
  const preconditions = spec.preconditions ?? {};
  const contexts: readonly CommandContext[] = preconditions.guildOnly
    ? ['guild']
    : (spec.contexts ?? EVERYWHERE);
  const data = {
    ...spec.data,
    // Offered where it may run; installable to a user only if it may run outside servers the app is in.
    integration_types: contexts.some((c) => c !== 'guild')
      ? [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall]
      : [ApplicationIntegrationType.GuildInstall],
    contexts: contexts.map((c) => CONTEXT_TYPES[c]),
    ...((preconditions.permissions ?? preconditions.shownTo) !== undefined
      ? { default_member_permissions: String(preconditions.permissions ?? preconditions.shownTo) }
      : {}),
  } as RESTPostAPIChatInputApplicationCommandsJSONBody;
  return {
    data,
    preconditions,
    ...(spec.autocomplete ? { autocomplete: spec.autocomplete } : {}),
    resolve(req) {
      if (req.kind === 'command') {
        const args = readArguments(spec.data, req.options);
        return {
          run: (ctx) => spec.execute(req, args, ctx),
          deferral: spec.deferCommand?.(args, req),
        };
      }
      const id = spec.ids?.decode(splitCustomId(req.customId).parts);
      const handler = spec.component;
      if (id === undefined || !handler) throw new UserError('button.stale');
      return { run: (ctx) => handler(req, id, ctx), deferral: spec.deferComponent?.(id, req) };
    },
  };
}

/** What a module in `commands/` must default-export (a `defineCommand` result); the loader names any other. */
const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');

export const commandModuleSchema = z.object({
  default: z.object({
    data: z
      .object({ name: z.string().regex(/^[a-z0-9_-]{1,32}$/), description: z.string().min(1).max(100) })
      .loose(),
    preconditions: z.object({}).loose(),
    resolve: fn,
    autocomplete: fn.optional(),
  }),
});
