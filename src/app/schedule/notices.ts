import type { Context } from '../context.ts';
import type { Request, Response } from '../protocol.ts';
import { placeOf } from '../quiz/scope.ts';
import { noticeText } from './reminders.ts';

/**
 * Prepends what the user must hear about their reminder (it was turned off: DMs closed) to the reply
 * of their next command that only they see. A public reply keeps it for a later one.
 */
export async function withNotice(ctx: Context, req: Request, res: Response): Promise<Response> {
  if (req.kind !== 'command' || res.type !== 'message') return res;
  if (!res.message.ephemeral && placeOf(req) !== 'dm') return res;
  // A store that cannot answer just means the notice waits.
  const notice = await ctx.store.takeNotice(req.user.id).catch(() => null);
  if (!notice) return res;
  const content = [noticeText(req.locale), res.message.content].filter(Boolean).join('\n\n');
  return { ...res, message: { ...res.message, content } };
}
