/**
 * The gateway door: a discord.js client holds the WebSocket connection; each raw
 * INTERACTION_CREATE goes through the same translation as the HTTP endpoint and is answered with
 * the same callback body, POSTed to `/interactions/{id}/{token}/callback`.
 */
import { Client, GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';
import { createApp, openDoor } from '../app/bootstrap.ts';
import type { Clock } from '../app/clock.ts';
import type { Command } from '../app/command.ts';
import type { Deferral, Request, Response } from '../app/protocol.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { answerWithin, effectiveDeferral, fromInteraction } from './discord-json.ts';
import { DEFER_AFTER_MS, onStopSignal } from './http-endpoint.ts';
import { messengerFrom } from './rest-messenger.ts';
import { createRestOutbox, type RestOutbox } from './rest-outbox.ts';

/** What the gateway door needs; `startGateway` builds it from config, tests by hand. */
export interface GatewayOptions {
  token: string;
  /** `DISCORD_API_BASE`; discord.js also finds the gateway URL there (GET /gateway/bot). */
  apiBase: string;
  handle(req: Request): Promise<Response>;
  /** How to hold a slow request (the router's `deferralOf`); the default when absent. */
  deferral?(req: Request): Deferral | undefined;
  outbox: RestOutbox;
  log: Logger;
  /** The commands served: their option declarations are enforced here (`max_length` and the rest). */
  commands?: readonly Command[];
  deferAfterMs?: number;
  now?: () => number;
}

/** A connected gateway door. */
export interface GatewayConnection {
  client: Client;
  /** Stops taking interactions, finishes those in flight, disconnects. */
  close(): Promise<void>;
}

/** Logs in and resolves once the client is ready (READY received and guilds loaded). */
export async function connectGateway(options: GatewayOptions): Promise<GatewayConnection> {
  const { log, outbox } = options;
  const now = options.now ?? Date.now;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  // Slash commands need no privileged intents; Guilds keeps the guild list current.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: options.apiBase.replace(/\/+$/, '') },
  });
  // We answer raw INTERACTION_CREATE dispatches; discord.js's own handler would also build an
  // Interaction object from each, and throws outside any handler of ours on a malformed one (a button
  // without `message` is an unhandled rejection, which ends the process). It is never used: off.
  const actions = (
    client as unknown as { actions?: { InteractionCreate?: { handle(data: unknown): unknown } } }
  ).actions;
  if (actions?.InteractionCreate) actions.InteractionCreate.handle = () => ({});
  const inFlight = new Set<Promise<void>>();
  let closing = false;

  async function onInteraction(raw: unknown): Promise<void> {
    const incoming = fromInteraction(raw, now(), options.commands);
    if (incoming.kind === 'ping') return;
    if (incoming.kind === 'invalid') {
      log[incoming.routine ? 'debug' : 'warn'](
        { reason: incoming.reason, requestId: incoming.id },
        'refused an interaction',
      );
      if (incoming.answer && incoming.id && incoming.token) {
        await outbox.callback(incoming.id, incoming.token, incoming.answer);
      }
      return;
    }
    outbox.learnApplicationId(incoming.applicationId ?? client.application?.id);
    const request = incoming.request;
    const deferral = effectiveDeferral(request, options.deferral?.(request));
    const answer = await answerWithin(options.handle, request, deferAfterMs, deferral);
    await outbox.callback(request.id, request.token, answer.callback, answer.files);
    if (answer.later) await outbox.deliverLate(request, await answer.later, answer.deferral);
  }

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: unknown) => {
    if (closing) return;
    // Each interaction on its own: whatever one does wrong is logged, never the end of the process.
    const p = Promise.resolve()
      .then(() => onInteraction(data))
      .catch((err: unknown) => log.error({ err }, 'could not answer an interaction'));
    inFlight.add(p);
    p.finally(() => inFlight.delete(p));
  });
  client.on('error', (err) => log.error({ err }, 'discord.js client error'));
  client.on('shardError', (err) => log.warn({ err }, 'gateway connection error'));

  const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
  await client.login(options.token);
  await ready;
  outbox.learnApplicationId(client.application?.id);
  log.info({ user: client.user?.tag }, 'gateway ready');

  let closed: Promise<void> | null = null;
  return {
    client,
    close() {
      closed ??= (async () => {
        closing = true;
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((r) => setTimeout(r, 8000).unref()),
        ]);
        await client.destroy();
      })();
      return closed;
    },
  };
}

/**
 * Starts the gateway door from config (`DISCORD_TOKEN`, `DISCORD_API_BASE`): builds the app with a
 * REST outbox and connects. `close()` disconnects after in-flight work and closes the store.
 * With `signals` (default true) SIGTERM/SIGINT stop it gracefully and exit the process.
 */
export async function startGateway(
  config: Config,
  log: Logger,
  opts: { signals?: boolean; clock?: Clock } = {},
): Promise<{ close(): Promise<void> }> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is required for the gateway');
  const outbox = createRestOutbox({
    apiBase: config.DISCORD_API_BASE,
    applicationId: config.DISCORD_APPLICATION_ID ?? null,
    log,
  });
  const messenger = messengerFrom(config);
  const app = await createApp(config, log, outbox, {
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(messenger ? { messenger } : {}),
  });
  const { close } = await openDoor(app, () =>
    connectGateway({
      token,
      apiBase: config.DISCORD_API_BASE,
      commands: app.router.commands,
      handle: (req) => app.router.handle(req),
      deferral: (req) => app.router.deferralOf(req),
      outbox,
      log,
    }),
  );
  if (opts.signals ?? true) onStopSignal(close, log);
  return { close };
}
