import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openStore } from '../store/store.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Context } from './context.ts';
import { SetupError } from './errors.ts';
import { GuildNotes } from './guild-notes.ts';
import { LiveNotes } from './live-notes.ts';
import { loadCommands } from './load-commands.ts';
import type { Outbox } from './protocol.ts';
import { QuizEngine } from './quiz/engine.ts';
import { createRouter, type Router } from './router.ts';

export interface App {
  ctx: Context;
  router: Router;
  notes: LiveNotes;
  close(): Promise<void>;
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for messages. */
const withoutPassword = (url: string) => url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');

/** Runs one start-up step; its failure becomes a one-line SetupError naming the step. */
function startupStep<T>(step: string, run: () => T): T {
  const fail = (error: unknown): never => {
    throw new SetupError(`Cannot ${step}: ${error instanceof Error ? error.message : String(error)}`);
  };
  try {
    const result = run();
    return (result instanceof Promise ? result.catch(fail) : result) as T;
  } catch (error) {
    return fail(error);
  }
}

export interface AppOptions {
  /** Time for the quiz and the rate limits (tests pass a manual clock). */
  clock?: Clock;
  /** Where parsed notes and the index are cached (default `.cache`). */
  cacheDir?: string;
}

/** Everything a door needs, built the same way for all three: notes, store, commands, router. */
export async function createApp(
  config: Config,
  log: Logger,
  outbox: Outbox,
  { clock = systemClock, cacheDir }: AppOptions = {},
): Promise<App> {
  const notes = startupStep('load the notes', () => new LiveNotes(config.KNOWLEDGE_DIR, log, cacheDir));
  notes.watch();
  const store = await startupStep(
    `open the store at DATABASE_URL=${withoutPassword(config.DATABASE_URL)}`,
    () => openStore(config.DATABASE_URL, { log }),
  ).catch((error: unknown) => {
    notes.close();
    throw error;
  });
  const current = () => notes.current();
  const quiz = new QuizEngine({
    store,
    outbox,
    clock,
    notes: current,
    settings: { quizSeconds: config.QUIZ_SECONDS },
    log,
  });
  const guildNotes = new GuildNotes({
    shared: current,
    store,
    budgetBytes: config.NOTES_CACHE_MB * 1024 * 1024,
    cacheDir: cacheDir ?? '.cache',
    log,
  });
  const ctx: Context = {
    notes: current,
    store,
    config,
    log,
    outbox,
    now: () => clock.now(),
    quiz,
    guildNotes,
  };
  const router = createRouter(await loadCommands(log), ctx);
  // Rounds live in the store: whatever was open when the last process stopped gets its timer back.
  const resumed = await quiz.resume();
  if (resumed) log.info({ rounds: resumed }, 'resumed open quiz rounds');
  return {
    ctx,
    router,
    notes,
    close: async () => {
      notes.close();
      quiz.stop();
      await store.close();
    },
  };
}

/**
 * Opens a door (server, gateway connection) on a built app. If it cannot open, the app is closed;
 * once open, one `close` stops the door first (finishing what is in flight), then the app, once.
 */
export async function openDoor<D extends { close(): Promise<void> }>(
  app: App,
  open: () => Promise<D>,
): Promise<{ door: D; close(): Promise<void> }> {
  let door: D;
  try {
    door = await open();
  } catch (error) {
    await app.close();
    throw error;
  }
  let closing: Promise<void> | null = null;
  return { door, close: () => (closing ??= door.close().finally(() => app.close())) };
}
