import { randomUUID } from 'node:crypto';
import type { Command } from './command.ts';
import { parseCustomId } from './command.ts';
import type { Context } from './context.ts';
import { UserError } from './errors.ts';
import { tr } from './i18n.ts';
import type { Deferral, Request, Response } from './protocol.ts';
import { createRateLimiter } from './rate-limit.ts';

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
        : parseCustomId(req.customId).command,
    );

  async function dispatch(req: Request): Promise<Response> {
    const limited = req.trusted ? null : await overLimit(req, ctx);
    if (limited) {
      throw new UserError(
        tr(
          req.locale,
          limited === 'user'
            ? {
                ko: '조금 천천히 해 주세요! 잠시 후 다시 시도해 주세요. 🐢',
                en: 'Easy there! Please try again in a moment. 🐢',
              }
            : {
                ko: '이 서버에서 요청이 너무 많아요. 잠시 후 다시 시도해 주세요. 🐢',
                en: 'This server is sending a lot right now. Please try again in a moment. 🐢',
              },
        ),
      );
    }
    const command = commandOf(req);
    if (req.kind === 'command' && command) return command.execute(req, ctx);
    if (req.kind === 'autocomplete')
      return command?.autocomplete ? command.autocomplete(req, ctx) : { type: 'autocomplete', choices: [] };
    if ((req.kind === 'button' || req.kind === 'modal') && command?.component)
      return command.component(req, ctx);
    throw new UserError(
      tr(req.locale, {
        ko: '알 수 없는 명령이거나 더 이상 쓸 수 없는 버튼이에요.',
        en: 'Unknown command, or a button that no longer works.',
      }),
    );
  }

  return {
    commands,
    deferralOf: (req) => commandOf(req)?.defer?.(req),
    async handle(req) {
      try {
        return await dispatch(req);
      } catch (error) {
        if (error instanceof UserError)
          return { type: 'message', message: { content: `⚠️ ${error.message}`, ephemeral: true } };
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
