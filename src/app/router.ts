import { randomUUID } from 'node:crypto';
import { isStoreUnavailable } from '../store/store.ts';
import type { Command, Resolved } from './command.ts';
import type { Context } from './context.ts';
import { splitCustomId } from './custom-ids.ts';
import { UserError } from './errors.ts';
import { notesOwner } from './guild-notes.ts';
import { tr } from './i18n.ts';
import type { AutocompleteRequest, Deferral, Request, Response } from './protocol.ts';
import { placeOf } from './quiz/scope.ts';
import { createRateLimiter } from './rate-limit.ts';
import { withNotice } from './schedule/notices.ts';

export interface Router {
  commands: readonly Command[];
  /** Runs the handler a request belongs to; never throws — failures become ephemeral replies. */
  handle(req: Request): Promise<Response>;
  /** How a door should hold this request if its handler runs slow (the command's say, if it has one). */
  deferralOf(req: Request): Deferral | undefined;
}

/** The one dispatcher behind all three doors. */
export function createRouter(commands: readonly Command[], ctx: Context): Router {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const overLimit = createRateLimiter();

  const commandOf = (req: Request) =>
    byName.get(
      req.kind === 'command' || req.kind === 'autocomplete'
        ? req.command
        : splitCustomId(req.customId).command,
    );

  // A door asks for the deferral, then for the answer: both come from the one reading of the request.
  const readings = new WeakMap<Request, Resolved | UserError>();

  /** The command's reading of a request: its options or custom id parsed once, here. */
  function resolve(req: Exclude<Request, AutocompleteRequest>): Resolved {
    let reading = readings.get(req);
    if (!reading) {
      const command = commandOf(req);
      try {
        if (!command) throw new UserError('request.unknown');
        reading = command.resolve(req);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        reading = error;
      }
      readings.set(req, reading);
    }
    if (reading instanceof UserError) throw reading;
    return reading;
  }

  /** A command's declared preconditions, checked before any of its handlers run. */
  function checkPreconditions(command: Command, req: Request): void {
    const { guildOnly, buttonsForEveryone } = command.preconditions;
    const permissions =
      buttonsForEveryone && req.kind !== 'command' ? undefined : command.preconditions.permissions;
    // A server the bot is not in (the app installed to the user only) is no server of its own.
    if (guildOnly && (!req.guildId || placeOf(req) !== 'server'))
      throw new UserError(guildOnly === true ? 'precondition.guildOnly' : guildOnly);
    if (permissions !== undefined && ((req.memberPermissions ?? 0n) & permissions) !== permissions)
      throw new UserError('precondition.manageGuild');
  }

  /** The context a request runs in: its server's notes (the terminal's are its local server's). */
  async function withNotesOf(req: Request): Promise<Context> {
    const notes = await ctx.guildNotes.forGuild(notesOwner(req));
    return { ...ctx, notes: () => notes };
  }

  async function dispatch(req: Request): Promise<Response> {
    const limited = req.trusted ? null : await overLimit(req, ctx);
    if (limited) throw new UserError(limited === 'user' ? 'request.slowDown' : 'request.guildBusy');
    const command = commandOf(req);
    if (req.kind === 'autocomplete')
      return command?.autocomplete
        ? command.autocomplete(req, await withNotesOf(req))
        : { type: 'autocomplete', choices: [] };
    if (!command) throw new UserError('request.unknown');
    checkPreconditions(command, req);
    return resolve(req).run(await withNotesOf(req));
  }

  return {
    commands,
    deferralOf(req) {
      if (req.kind === 'autocomplete') return undefined;
      try {
        return resolve(req).deferral;
      } catch {
        // Refused anyway; the refusal is a private reply.
        return 'ephemeral';
      }
    },
    async handle(req) {
      try {
        return await withNotice(ctx, req, await dispatch(req));
      } catch (thrown) {
        // A store that cannot take writes (its file gone or read-only) is no bug of the handler: the
        // store said so once at error; the student is told plainly that nothing was recorded.
        const error = isStoreUnavailable(thrown) ? new UserError('store.unavailable') : thrown;
        if (error instanceof UserError)
          return { type: 'message', message: { content: `⚠️ ${error.in(req.locale)}`, ephemeral: true } };
        const requestId = req.id || randomUUID();
        ctx.log.error({ err: error, requestId, kind: req.kind, guildId: req.guildId }, 'handler failed');
        return {
          type: 'message',
          message: {
            ephemeral: true,
            content: tr(req.locale, {
              ko: `😵 처리 중 문제가 생겼어요. 잠시 후 다시 시도해 주세요. (요청 ID: ${requestId})`,
              en: `😵 Something went wrong. Please try again in a moment. (request id: ${requestId})`,
            }),
          },
        };
      }
    },
  };
}
