import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openStore } from '../store/store.ts';
import type { Context } from './context.ts';
import { LiveNotes } from './live-notes.ts';
import { loadCommands } from './load-commands.ts';
import type { Outbox } from './protocol.ts';
import { createRouter, type Router } from './router.ts';

export interface App {
  ctx: Context;
  router: Router;
  notes: LiveNotes;
  close(): Promise<void>;
}

/** Everything a door needs, built the same way for all three: notes, store, commands, router. */
export async function createApp(config: Config, log: Logger, outbox: Outbox): Promise<App> {
  const notes = new LiveNotes(config.KNOWLEDGE_DIR, log);
  notes.watch();
  const store = await openStore(config.DATABASE_URL);
  const ctx: Context = { notes: () => notes.current(), store, config, log, outbox, now: () => Date.now() };
  const router = createRouter(await loadCommands(log), ctx);
  return {
    ctx,
    router,
    notes,
    close: async () => {
      notes.close();
      await store.close();
    },
  };
}
