/**
 * The one place that speaks Discord's interaction JSON: an incoming `APIInteraction` becomes our
 * plain `Request`, and our `Response` becomes an interaction callback body (or a webhook message
 * body for later edits). Both HTTP-based doors (the signed endpoint and the gateway, which answers
 * through REST) go through these functions, so a reply looks the same whichever door it took.
 *
 * Everything here is pure — no sockets, no clocks but the `receivedAt` passed in — except `answerWithin`,
 * which races a handler against a real timer: Discord's 3 s deadline is wall time.
 */
import {
  type APIEmbed,
  type APIInteractionResponse,
  type APIModalInteractionResponseCallbackData,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { Command } from '../app/command.ts';
import { fitText, limits, oneLine } from '../app/format.ts';
import { localeFrom } from '../app/i18n.ts';
import type {
  ActionRow,
  Attachment,
  Deferral,
  Message,
  MessageFile,
  OptionValue,
  Place,
  Request,
  Response,
} from '../app/protocol.ts';
import { requestOptionProblem, SNOWFLAKE, SUBCOMMAND, SUBCOMMAND_GROUP } from './option-rules.ts';

export { SUBCOMMAND, SUBCOMMAND_GROUP };

// Only the parts we read are checked; everything else Discord sends passes through untouched.
const userSchema = z
  .object({ id: z.string().regex(SNOWFLAKE), username: z.string(), global_name: z.string().nullish() })
  .loose();

/** The longest value a modal's text input can hold. */
const MAX_TEXT_INPUT = 4000;

/** Discord nests options at most three deep (group → subcommand → option); deeper is not from Discord. */
const MAX_OPTION_DEPTH = 3;

/** How deep `options` arrays nest under `data`, counted without recursion (a crafted payload may nest 10,000 deep). */
function optionDepth(data: unknown): number {
  let depth = 0;
  let level: unknown[] = [data];
  while (level.length && depth <= MAX_OPTION_DEPTH) {
    const next: unknown[] = [];
    for (const node of level) if (isObject(node) && Array.isArray(node.options)) next.push(...node.options);
    if (!next.length) break;
    depth++;
    level = next;
  }
  return depth;
}

interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: RawOption[];
}
const optionSchema: z.ZodType<RawOption> = z.lazy(() =>
  z
    .object({
      name: z.string(),
      type: z.number().int(),
      value: z.unknown().optional(),
      focused: z.boolean().optional(),
      options: z.array(optionSchema).optional(),
    })
    .loose(),
);

const baseSchema = z
  .object({
    id: z.string().min(1),
    application_id: z.string().optional(),
    type: z.number().int(),
    token: z.string().min(1),
    guild_id: z.string().optional(),
    channel_id: z.string().optional(),
    channel: z.object({ id: z.string(), type: z.number().int().optional() }).loose().optional(),
    /** 0 a server, 1 the bot's DMs, 2 DMs and group DMs among users. */
    context: z.number().int().optional(),
    /** Who installed the app for this interaction: `'0'` → the server's id, `'1'` → the user's id. */
    authorizing_integration_owners: z.record(z.string(), z.string()).optional(),
    locale: z.string().optional(),
    guild_locale: z.string().optional(),
    member: z
      .object({
        user: userSchema,
        nick: z.string().nullish(),
        permissions: z.string().regex(/^\d+$/).optional(),
        roles: z.array(z.string()).optional(),
      })
      .loose()
      .optional(),
    user: userSchema.optional(),
    message: z.object({ id: z.string(), channel_id: z.string().optional() }).loose().optional(),
    data: z.unknown().optional(),
  })
  .loose();

const attachmentSchema = z
  .object({
    id: z.string(),
    filename: z.string(),
    size: z.number().int().min(0),
    url: z.string(),
    content_type: z.string().optional(),
  })
  .loose();
const commandDataSchema = z
  .object({
    resolved: z
      .object({ attachments: z.record(z.string(), attachmentSchema).optional() })
      .loose()
      .optional(),
    name: z.string().min(1),
    type: z.number().int().optional(),
    options: z.array(optionSchema).optional(),
  })
  .loose();
const componentDataSchema = z.object({ custom_id: z.string(), component_type: z.number().int() }).loose();
const modalDataSchema = z
  .object({ custom_id: z.string(), components: z.array(z.unknown()).default([]) })
  .loose();

/** What an incoming payload turned out to be. */
export type Incoming =
  | { kind: 'ping' }
  | { kind: 'request'; request: Request; applicationId: string | null }
  /** Not something we can serve; `reason` says why (for the log and the refusal). `answer`, when
   * present, is a polite callback for a payload that is well-formed enough to be answered. `routine`
   * marks what a person can cause (a value over its option's limit): logged at debug, not warn. */
  | {
      kind: 'invalid';
      reason: string;
      answer?: APIInteractionResponse;
      id?: string;
      token?: string;
      routine?: true;
    };

/**
 * Turns a raw interaction (already-parsed JSON from the endpoint or the gateway's
 * INTERACTION_CREATE) into a `Request`. Never throws: anything unusable becomes `invalid`. With
 * `commands`, option values are held to their command's declaration (`max_length`, `min_value`,
 * `choices`…) as Discord's client holds them: a crafted request over a limit is refused here.
 */
export function fromInteraction(raw: unknown, receivedAt: number, commands?: readonly Command[]): Incoming {
  const base = baseSchema.safeParse(raw);
  if (!base.success) {
    if (isObject(raw) && raw.type === InteractionType.Ping) return { kind: 'ping' };
    return {
      kind: 'invalid',
      reason: `not an interaction: ${base.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ')}`,
    };
  }
  const i = base.data;
  if (i.type === InteractionType.Ping) return { kind: 'ping' };
  const actor = i.member?.user ?? i.user;
  const refuse = (reason: string, told?: string): Incoming => ({
    kind: 'invalid',
    reason,
    id: i.id,
    token: i.token,
    ...(told ? { routine: true as const } : {}),
    answer:
      i.type === InteractionType.ApplicationCommandAutocomplete
        ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
        : {
            type: InteractionResponseType.ChannelMessageWithSource,
            data: {
              content: `⚠️ ${told ?? (localeFrom(i.locale) === 'en' ? 'This request could not be understood.' : '이 요청은 처리할 수 없어요.')}`,
              flags: MessageFlags.Ephemeral,
              allowed_mentions: { parse: [] },
            },
          },
  });
  if (!actor) return refuse('interaction without member.user nor user');
  if (i.guild_id && i.member && i.member.permissions === undefined)
    return refuse('guild interaction whose member has no permissions');
  const channelId = i.channel_id ?? i.channel?.id ?? i.message?.channel_id ?? '';
  const place = placeFrom(i);
  const common = {
    id: i.id,
    guildId: i.guild_id ?? null,
    // Only when it says more than the guild id does (see `placeOf`).
    ...(place !== (i.guild_id ? 'server' : 'dm') ? { place } : {}),
    channelId,
    user: { id: actor.id, name: i.member?.nick || actor.global_name || actor.username },
    locale: localeFrom(i.locale),
    memberPermissions:
      i.guild_id && i.member?.permissions !== undefined ? BigInt(i.member.permissions) : null,
    ...(i.guild_id && i.member?.roles ? { memberRoles: i.member.roles } : {}),
    token: i.token,
    receivedAt,
  };
  const applicationId = i.application_id ?? null;

  switch (i.type) {
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete: {
      if (optionDepth(i.data) > MAX_OPTION_DEPTH)
        return refuse('options nested deeper than Discord nests them');
      const data = commandDataSchema.safeParse(i.data);
      if (!data.success) return refuse('command interaction without data.name');
      // Context-menu commands (user/message) have no place in our protocol.
      if (data.data.type !== undefined && data.data.type !== 1)
        return refuse(`unsupported command type ${data.data.type}`);
      const { options, focused } = flattenOptions(data.data.options ?? []);
      const request: Request =
        i.type === InteractionType.ApplicationCommand
          ? {
              ...common,
              kind: 'command',
              command: data.data.name,
              options,
              ...attachmentsOf(data.data.resolved?.attachments),
            }
          : {
              ...common,
              kind: 'autocomplete',
              command: data.data.name,
              options,
              focused: focused ?? { name: '', value: '' },
            };
      const problem = commands && requestOptionProblem(request, commands);
      if (problem) return refuse(`option out of its declared bounds: ${problem}`, problem);
      return { kind: 'request', applicationId, request };
    }
    case InteractionType.MessageComponent: {
      const data = componentDataSchema.safeParse(i.data);
      if (!data.success) return refuse('component interaction without data.custom_id');
      const message = i.message ? { token: i.token, messageId: i.message.id, channelId } : null;
      return {
        kind: 'request',
        applicationId,
        request: { ...common, kind: 'button', customId: data.data.custom_id, message },
      };
    }
    case InteractionType.ModalSubmit: {
      const data = modalDataSchema.safeParse(i.data);
      if (!data.success) return refuse('modal interaction without data.custom_id');
      const fields = modalFields(data.data.components);
      // Discord's text inputs hold at most 4,000 characters; more is not from Discord's client.
      if (Object.values(fields).some((v) => v.length > MAX_TEXT_INPUT))
        return refuse(`a form field over ${MAX_TEXT_INPUT} characters`);
      const message = i.message ? { token: i.token, messageId: i.message.id, channelId } : null;
      return {
        kind: 'request',
        applicationId,
        request: { ...common, kind: 'modal', customId: data.data.custom_id, fields, message },
      };
    }
    default:
      return refuse(`unknown interaction type ${i.type}`);
  }
}

/** Discord's channel type of a group DM. */
const GROUP_DM = 3;

/**
 * Where an interaction happens. In a server, it is the bot's own server when the app is installed
 * there (`authorizing_integration_owners['0']` is the server's id), or a guest's when only the user
 * installed it; payloads without owners (older ones) are taken as the server's. Outside servers, the
 * private-channel context (or a group DM's channel type) is a DM among users.
 */
function placeFrom(i: {
  guild_id?: string | undefined;
  context?: number | undefined;
  channel?: { type?: number | undefined } | undefined;
  authorizing_integration_owners?: Record<string, string> | undefined;
}): Place {
  const owners = i.authorizing_integration_owners ?? {};
  if (i.guild_id) {
    const byUserOnly = owners['0'] === undefined && owners['1'] !== undefined;
    return byUserOnly || (owners['0'] !== undefined && owners['0'] !== i.guild_id) ? 'guest' : 'server';
  }
  return i.context === 2 || i.channel?.type === GROUP_DM ? 'group' : 'dm';
}

/** The files the interaction resolved for its attachment options, as Discord described them. */
function attachmentsOf(raw: Record<string, z.infer<typeof attachmentSchema>> | undefined): {
  attachments?: Record<string, Attachment>;
} {
  if (!raw) return {};
  const attachments: Record<string, Attachment> = {};
  for (const [id, a] of Object.entries(raw))
    attachments[id] = {
      id: a.id,
      filename: a.filename,
      size: a.size,
      url: a.url,
      ...(a.content_type ? { contentType: a.content_type } : {}),
    };
  return { attachments };
}

/** True when a click or a modal submit can update (type 7) the message it came from. */
export function canUpdate(req: Request): boolean {
  return req.kind === 'button' || (req.kind === 'modal' && req.message !== null);
}

/** Flattens Discord's option tree: subcommand (group) names go under `subCommand`/`subCommandGroup`. */
function flattenOptions(list: RawOption[]): {
  options: Record<string, OptionValue>;
  focused: { name: string; value: string } | null;
} {
  const options: Record<string, OptionValue> = {};
  let focused: { name: string; value: string } | null = null;
  const walk = (items: RawOption[]) => {
    for (const o of items) {
      if (o.type === ApplicationCommandOptionType.SubcommandGroup) {
        options[SUBCOMMAND_GROUP] = o.name;
        walk(o.options ?? []);
      } else if (o.type === ApplicationCommandOptionType.Subcommand) {
        options[SUBCOMMAND] = o.name;
        walk(o.options ?? []);
      } else if (o.focused) {
        // What is typed so far arrives as a string even for number options.
        focused = { name: o.name, value: o.value === undefined || o.value === null ? '' : String(o.value) };
        options[o.name] = focused.value;
      } else if (typeof o.value === 'string' || typeof o.value === 'number' || typeof o.value === 'boolean') {
        options[o.name] = o.value;
      }
    }
  };
  walk(list);
  return { options, focused };
}

/** Text inputs sit in action rows (type 1, `components`) or, newer, in labels (type 18, `component`). */
function modalFields(components: unknown[]): Record<string, string> {
  const fields: Record<string, string> = {};
  const walk = (node: unknown, depth: number) => {
    if (!isObject(node) || depth > 4) return;
    if (typeof node.custom_id === 'string' && typeof node.value === 'string')
      fields[node.custom_id] = node.value;
    if (Array.isArray(node.components)) for (const c of node.components) walk(c, depth + 1);
    if (node.component) walk(node.component, depth + 1);
  };
  for (const c of components) walk(c, 0);
  return fields;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keeps embeds within Discord's per-field, per-embed and per-message limits. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  let budget: number = limits.embedTotal;
  const take = (text: string | undefined, max: number): string | undefined => {
    if (text === undefined) return undefined;
    const fitted = fitText(text, Math.min(max, Math.max(budget, 1)));
    budget -= fitted.length;
    return fitted;
  };
  const out: APIEmbed[] = [];
  for (const e of embeds.slice(0, limits.embeds)) {
    if (budget <= 0) break;
    const fitted: APIEmbed = { ...e };
    if (e.title !== undefined) fitted.title = take(e.title, limits.title);
    if (e.author) fitted.author = { ...e.author, name: take(e.author.name, limits.author) ?? '' };
    if (e.description !== undefined) fitted.description = take(e.description, limits.description);
    if (e.fields) {
      fitted.fields = [];
      for (const f of e.fields.slice(0, limits.fields)) {
        if (budget <= 2) break;
        fitted.fields.push({
          ...f,
          name: take(f.name, limits.fieldName) ?? '',
          value: take(f.value, limits.fieldValue) ?? '',
        });
      }
    }
    if (e.footer) fitted.footer = { ...e.footer, text: take(e.footer.text, limits.footer) ?? '' };
    out.push(fitted);
  }
  return out;
}

type RowComponent = ActionRow['components'][number];

/** A button's label on one line within Discord's 80 characters (commands write it in full). */
const fitLabel = (c: RowComponent): RowComponent =>
  c.type === ComponentType.Button && 'label' in c && c.label
    ? { ...c, label: oneLine(c.label, limits.buttonLabel) }
    : c;

function fitComponents(rows: readonly ActionRow[]): ActionRow[] {
  return rows
    .slice(0, limits.rows)
    .map((row) => ({ ...row, components: row.components.slice(0, limits.componentsPerRow).map(fitLabel) }));
}

/** The JSON body of a message as Discord's callback, webhook edit and follow-up routes take it. */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: ActionRow[];
  flags?: number;
  allowed_mentions: { parse: [] };
  /** The files sent beside this body (`files[n]` of a multipart request), by `id` = n. */
  attachments?: { id: number; filename: string; description?: string }[];
}

/** Discord's longest attachment description (alt text). */
const MAX_ALT_TEXT = 1024;

/** The files a response carries, to be sent beside its JSON as multipart `files[n]`. */
export function filesOf(res: Response): MessageFile[] {
  return res.type === 'message' || res.type === 'update' ? (res.message.files ?? []) : [];
}

/**
 * A `Message` as a Discord message body: within limits, mentions never parsed (a quiz answer
 * containing `@everyone` must not ping anyone), ephemeral as flag 64 unless `forEdit` (an edit
 * cannot change who sees a message).
 */
export function toMessageBody(message: Message, forEdit = false): MessageBody {
  const body: MessageBody = { allowed_mentions: { parse: [] } };
  if (message.content !== undefined) body.content = fitText(message.content, limits.content);
  if (message.embeds !== undefined) body.embeds = fitEmbeds(message.embeds);
  if (message.components !== undefined) body.components = fitComponents(message.components);
  if (message.ephemeral && !forEdit) body.flags = MessageFlags.Ephemeral;
  if (message.files?.length)
    body.attachments = message.files.map((f, id) => ({
      id,
      filename: f.name,
      ...(f.description ? { description: fitText(f.description, MAX_ALT_TEXT) } : {}),
    }));
  return body;
}

/** Our `Response` to a request as the interaction callback body Discord expects. */
export function toCallback(res: Response, req: Request): APIInteractionResponse {
  switch (res.type) {
    case 'autocomplete':
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: {
          choices: res.choices
            .filter((c) => c.name.length > 0 && c.value.length <= limits.choiceValue)
            .slice(0, limits.choices)
            .map((c) => ({ name: oneLine(c.name, limits.choiceName), value: c.value })),
        },
      };
    case 'modal':
      return {
        type: InteractionResponseType.Modal,
        data: res.modal as APIModalInteractionResponseCallbackData,
      };
    case 'update':
      // Only a click on a message can update that message; for a slash command it is a new reply.
      if (canUpdate(req)) {
        return { type: InteractionResponseType.UpdateMessage, data: toMessageBody(res.message, true) };
      }
      return { type: InteractionResponseType.ChannelMessageWithSource, data: toMessageBody(res.message) };
    case 'message':
      return { type: InteractionResponseType.ChannelMessageWithSource, data: toMessageBody(res.message) };
  }
}

/**
 * The deferral for a request whose handler is slow: "thinking…" for a command (or a modal opened
 * by one), a silent acknowledgement for a click (the clicked message stays as is until the result arrives).
 * Autocomplete cannot be deferred: it gets no choices instead.
 */
export function deferralFor(req: Request, deferral: Deferral = defaultDeferral(req)): APIInteractionResponse {
  if (req.kind === 'autocomplete') {
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  }
  if (deferral === 'update' && canUpdate(req)) return { type: InteractionResponseType.DeferredMessageUpdate };
  if (deferral === 'ephemeral') {
    return {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    };
  }
  return { type: InteractionResponseType.DeferredChannelMessageWithSource };
}

/** Without a command's say: hold a click by leaving its message as is, anything else by "thinking…". */
export function defaultDeferral(req: Request): Deferral {
  return canUpdate(req) ? 'update' : 'reply';
}

/** The deferral actually sent: a command may not ask to update where nothing can be updated. */
export function effectiveDeferral(req: Request, asked: Deferral | undefined): Deferral {
  return asked === 'update' && !canUpdate(req) ? 'reply' : (asked ?? defaultDeferral(req));
}

/** The outcome of running a handler against Discord's 3-second answer window. */
export interface Answer {
  /** The callback to send now. */
  callback: APIInteractionResponse;
  /** Files to send beside `callback` (multipart), when the door can. */
  files: MessageFile[];
  /** When `callback` is a deferral: the handler's eventual response, to deliver via REST. */
  later: Promise<Response> | null;
  /** The deferral `callback` is, when `later` is set: how the late response fills it. */
  deferral: Deferral;
}

/**
 * How to hold a response with files for a door whose callback cannot carry them (the HTTP endpoint:
 * Discord fails a multipart answer to its POST), so the files follow by an edit of the deferral.
 */
function deferralForFiles(res: Response, req: Request): Deferral {
  if (res.type === 'update' && canUpdate(req)) return 'update';
  return res.type === 'message' && res.message.ephemeral ? 'ephemeral' : 'reply';
}

/**
 * Runs `handle(req)` and returns its callback if it finishes within `deferAfterMs`; otherwise
 * returns a deferral now and the pending response for the transport to deliver once the deferral
 * has been acknowledged.
 */
export async function answerWithin(
  handle: (req: Request) => Promise<Response>,
  req: Request,
  deferAfterMs: number,
  deferral: Deferral = defaultDeferral(req),
  /** False for a door whose callback cannot carry files: a response with files is deferred, then edited in. */
  filesInCallback = true,
): Promise<Answer> {
  const pending = handle(req);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deferAfterMs);
  });
  const first = await Promise.race([pending, late]);
  clearTimeout(timer);
  if (first !== 'late') {
    const files = filesOf(first);
    if (!files.length || filesInCallback)
      return { callback: toCallback(first, req), files, later: null, deferral };
    const held = deferralForFiles(first, req);
    return { callback: deferralFor(req, held), files: [], later: pending, deferral: held };
  }
  // A late autocomplete answer is useless: Discord has closed the window; drop it.
  return {
    callback: deferralFor(req, deferral),
    files: [],
    later: req.kind === 'autocomplete' ? null : pending,
    deferral,
  };
}
