/**
 * Later messages through Discord's REST API: edits and follow-ups on interaction webhooks (the
 * quiz reveal, a deferred answer), and interaction callbacks for the gateway door. Interaction
 * tokens authorise these routes themselves, so no bot token is sent.
 */
import { type RawFile, REST } from '@discordjs/rest';
import { type APIInteractionResponse, type APIMessage, Routes } from 'discord-api-types/v10';
import type { Deferral, MessageFile, MessageRef, Outbox, Request, Response } from '../app/protocol.ts';
import type { Logger } from '../log.ts';
import { canUpdate, defaultDeferral, toMessageBody } from './discord-json.ts';

/** A REST client for `apiBase` (`DISCORD_API_BASE`, e.g. `https://discord.com/api`), API v10. */
export function createRest(apiBase: string, token?: string, authPrefix: 'Bot' | 'Bearer' = 'Bot'): REST {
  const rest = new REST({ version: '10', api: apiBase.replace(/\/+$/, ''), authPrefix });
  if (token) rest.setToken(token);
  return rest;
}

/** Interaction tokens, and so the edits made with them, last 15 minutes. */
const APP_ID_WAIT_MS = 15 * 60 * 1000;

/** The REST outbox, plus what the doors need besides `Outbox`. */
export interface RestOutbox extends Outbox {
  rest: REST;
  /** The application id; taken from config, or learnt from the first interaction. */
  applicationId(): string | null;
  learnApplicationId(id: string | null | undefined): void;
  /** Deletes a message posted through an interaction (used to replace a public deferral by an ephemeral reply). */
  delete(ref: MessageRef): Promise<void>;
  /** POST /interactions/{id}/{token}/callback; with files, as multipart (`payload_json` + `files[n]`). */
  callback(
    interactionId: string,
    token: string,
    body: APIInteractionResponse,
    files?: readonly MessageFile[],
  ): Promise<void>;
  /** Delivers a response that came after its deferral (see `deliverLate`). */
  deliverLate(req: Request, res: Response, deferral?: Deferral): Promise<void>;
}

/**
 * Files as @discordjs/rest sends them: each as `files[n]` of a multipart body whose JSON goes in
 * `payload_json` (its content type sniffed from the bytes). No files: a plain JSON body.
 */
const withFiles = (files: readonly MessageFile[] | undefined): { files?: RawFile[] } =>
  files?.length
    ? {
        files: files.map((f) => ({
          name: f.name,
          data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
        })),
      }
    : {};

/**
 * Creates the outbox. `applicationId` may be unknown at start (HTTP endpoint without
 * `DISCORD_APPLICATION_ID`): every interaction carries it, and the doors pass it on.
 */
export function createRestOutbox(options: {
  apiBase: string;
  applicationId?: string | null;
  log: Logger;
}): RestOutbox {
  const rest = createRest(options.apiBase);
  let appId = options.applicationId ?? null;
  const waiting = new Set<(id: string) => void>();
  // Unknown at start (an HTTP endpoint restarted with quiz rounds open and no DISCORD_APPLICATION_ID):
  // an edit waits for the next interaction to tell the id rather than being dropped, for as long as
  // an interaction token lasts.
  const app = (): Promise<string> => {
    if (appId) return Promise.resolve(appId);
    // Told once per edit: an operator sees why a reveal is late, and when it goes out.
    options.log.info('a message edit waits for an interaction to tell the application id');
    return new Promise((resolve, reject) => {
      const learnt = (id: string) => {
        clearTimeout(timer);
        resolve(id);
      };
      const timer = setTimeout(() => {
        waiting.delete(learnt);
        reject(new Error('application id unknown: set DISCORD_APPLICATION_ID'));
      }, APP_ID_WAIT_MS);
      timer.unref();
      waiting.add(learnt);
    });
  };

  const outbox: RestOutbox = {
    rest,
    applicationId: () => appId,
    learnApplicationId(id) {
      if (!id || appId) return;
      appId = id;
      for (const learnt of waiting) learnt(id);
      waiting.clear();
    },
    async edit(ref, message) {
      await rest.patch(Routes.webhookMessage(await app(), ref.token, ref.messageId), {
        body: toMessageBody(message, true),
        ...withFiles(message.files),
        auth: false,
      });
    },
    async followUp(ref, message) {
      // Interaction follow-ups always answer with the created message (no `?wait=true` needed).
      const created = (await rest.post(Routes.webhook(await app(), ref.token), {
        body: toMessageBody(message),
        ...withFiles(message.files),
        auth: false,
      })) as Partial<APIMessage> | undefined;
      return {
        token: ref.token,
        messageId: created?.id ?? '@original',
        channelId: created?.channel_id ?? ref.channelId,
      };
    },
    async delete(ref) {
      await rest.delete(Routes.webhookMessage(await app(), ref.token, ref.messageId), { auth: false });
    },
    async callback(interactionId, token, body, files) {
      await rest.post(Routes.interactionCallback(interactionId, token), {
        body,
        ...withFiles(files),
        auth: false,
      });
    },
    async deliverLate(req, res, deferral = defaultDeferral(req)) {
      const original: MessageRef = { token: req.token, messageId: '@original', channelId: req.channelId };
      if (res.type === 'autocomplete' || res.type === 'modal') {
        // Neither can follow a deferral; the handler should have been faster.
        options.log.warn(
          { requestId: req.id, type: res.type },
          'a late response cannot be delivered after a deferral',
        );
        return;
      }
      if (deferral === 'ephemeral') {
        // A private "thinking…": the answer takes its place (and stays private).
        await outbox.edit(original, res.message);
        return;
      }
      if (deferral === 'reply' || !canUpdate(req)) {
        // The deferral ("thinking…") is public; an ephemeral answer replaces it with a private follow-up.
        if (res.message.ephemeral) {
          await outbox.delete(original);
          await outbox.followUp(original, res.message);
        } else {
          await outbox.edit(original, res.message);
        }
        return;
      }
      // A click acknowledged with a deferred update: `@original` is the clicked message.
      if (res.type === 'update') await outbox.edit(original, res.message);
      else await outbox.followUp(original, res.message);
    },
  };
  return outbox;
}
