import type { Config } from '../config.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { Logger } from '../log.ts';
import { NotesIndex } from '../search/index.ts';
import { openStore } from '../store/store.ts';
import type { Context, Notes } from './context.ts';
import { loadCommands } from './load-commands.ts';
import type { Outbox } from './protocol.ts';
import { createRouter, type Router } from './router.ts';

export interface App {
  ctx: Context;
  router: Router;
  close(): Promise<void>;
}

/** Loads the notes and builds their index (from the cache when the notes have not changed). */
export function loadNotes(dir: string, log: Logger): Notes {
  const knowledge = loadKnowledge(dir);
  for (const p of knowledge.problems) log.warn({ file: p.file, line: p.line }, p.message);
  return { knowledge, index: NotesIndex.load(knowledge) };
}

/** Everything a door needs, built the same way for all three: notes, store, commands, router. */
export async function createApp(config: Config, log: Logger, outbox: Outbox): Promise<App> {
  const notes = loadNotes(config.KNOWLEDGE_DIR, log);
  const store = await openStore(config.DATABASE_URL);
  const ctx: Context = { notes: () => notes, store, config, log, outbox, now: () => Date.now() };
  const router = createRouter(await loadCommands(log), ctx);
  return {
    ctx,
    router,
    close: async () => {
      await store.close();
    },
  };
}
