import { UserError } from './errors.ts';
import type { Attachment } from './protocol.ts';

/** Where Discord serves attachments. */
export const DISCORD_ATTACHMENT_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const;

export interface FetchRules {
  /** Set in tests (`DISCORD_CDN_BASE`): attachments come from under this base only, instead of Discord's hosts. */
  cdnBase?: string;
  maxBytes: number;
  timeoutMs: number;
  /** The fetch to use (the global one by default). */
  fetch?: typeof fetch;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether `url` is one of Discord's attachment URLs (or, in tests, under `cdnBase`), over https. */
export function isAttachmentUrl(url: string, cdnBase?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (cdnBase) {
    const base = new URL(cdnBase);
    // Plain http only for a fake Discord on this machine.
    const schemeOk = u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(base.hostname));
    return schemeOk && u.origin === base.origin && u.pathname.startsWith(base.pathname);
  }
  return u.protocol === 'https:' && (DISCORD_ATTACHMENT_HOSTS as readonly string[]).includes(u.hostname);
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * The bytes of an attachment the interaction itself resolved, fetched from Discord's attachment hosts only:
 * its declared size is checked before, and the bytes while they arrive; no redirect is followed, and the whole
 * fetch has a deadline. Every refusal is a `UserError`.
 */
export async function fetchAttachment(attachment: Attachment, rules: FetchRules): Promise<Buffer> {
  const tooLarge = () => new UserError('notes.tooLarge', { max: mb(rules.maxBytes) });
  if (attachment.size > rules.maxBytes) throw tooLarge();
  if (!isAttachmentUrl(attachment.url, rules.cdnBase)) throw new UserError('notes.attachmentNotOwn');
  const signal = AbortSignal.timeout(rules.timeoutMs);
  let res: Response;
  try {
    res = await (rules.fetch ?? fetch)(attachment.url, { redirect: 'manual', signal });
  } catch {
    throw new UserError('notes.fetchFailed');
  }
  if (res.status !== 200) {
    await res.body?.cancel().catch(() => {});
    throw new UserError('notes.fetchFailed');
  }
  if (Number(res.headers.get('content-length') ?? 0) > rules.maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of res.body ?? []) {
      total += chunk.byteLength;
      if (total > rules.maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('notes.fetchFailed');
  }
  return Buffer.concat(chunks);
}
