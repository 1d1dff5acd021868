import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openStore } from '../store/store.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Context } from './context.ts';
import { SetupError } from './errors.ts';
import { GuildNotes } from './guild-notes.ts';
import { LiveNotes } from './live-notes.ts';
import { loadCommands } from './load-commands.ts';
import type { Messenger } from './messenger.ts';
import type { Outbox } from './protocol.ts';
import { QuizEngine } from './quiz/engine.ts';
import { createRouter, type Router } from './router.ts';
import { dailyJob } from './schedule/daily.ts';
import { reminderJob } from './schedule/reminders.ts';
import { type RunnerSettings, runnerSettingsFor, ScheduleRunner } from './schedule/runner.ts';

export interface App {
  ctx: Context;
  router: Router;
  notes: LiveNotes;
  /** Reminders and questions of the day; null without a messenger (no bot token). */
  schedule: ScheduleRunner | null;
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
  /** The bot's own messages over REST (the doors build it from the bot token). */
  messenger?: Messenger;
  /** How often and how much the scheduler claims (tests and benches tune it). */
  schedule?: RunnerSettings;
}

/** Everything a door needs, built the same way for all three: notes, store, commands, router. */
export async function createApp(
  config: Config,
  log: Logger,
  outbox: Outbox,
  { clock = systemClock, cacheDir, messenger, schedule: settings }: AppOptions = {},
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
    now: () => clock.now(),
  });
  const ctx: Context = {
    notes: current,
    store,
    config,
    log,
    outbox,
    now: () => clock.now(),
    quiz,
    messenger: messenger ?? null,
    guildNotes,
  };
  const router = createRouter(await loadCommands(log), ctx);
  // Rounds live in the store: whatever was open when the last process stopped gets its timer back.
  const resumed = await quiz.resume();
  if (resumed) log.info({ rounds: resumed }, 'resumed open quiz rounds');
  // Reminders and daily questions are rows too: every instance looks for due ones, the claim decides.
  const schedule = messenger
    ? new ScheduleRunner({
        clock,
        log,
        jobs: [reminderJob({ store, messenger, clock, log }), dailyJob({ ctx, clock })],
        settings: settings ?? runnerSettingsFor(config.DISCORD_REST_RPS),
      })
    : null;
  schedule?.start();
  return {
    ctx,
    router,
    notes,
    schedule,
    close: async () => {
      notes.close();
      schedule?.stop();
      await schedule?.idle();
      quiz.stop();
      // A reveal under way goes out first: cut off, its round would stay closed with its buttons on for good.
      await quiz.idle();
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
