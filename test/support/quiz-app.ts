import path from 'node:path';
import leaderboard from '../../commands/leaderboard.ts';
import quiz from '../../commands/quiz.ts';
import stats from '../../commands/stats.ts';
import type { Context } from '../../src/app/context.ts';
import type { Message, MessageRef, Outbox, Request } from '../../src/app/protocol.ts';
import { createRouter, type Router } from '../../src/app/router.ts';
import { parseConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';
import { silentLogger } from '../../src/log.ts';
import { NotesIndex } from '../../src/search/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { projectRoot } from './spawn.ts';

export type Sent = { kind: 'edit' | 'followUp'; ref: MessageRef; message: Message };

/** An outbox standing in for a transport: it records what would go to Discord. */
export function recordingOutbox(): Outbox & { sent: Sent[] } {
  const sent: Sent[] = [];
  let n = 0;
  return {
    sent,
    async edit(ref, message) {
      sent.push({ kind: 'edit', ref, message });
    },
    async followUp(ref, message) {
      sent.push({ kind: 'followUp', ref, message });
      n += 1;
      return { ...ref, messageId: `followup-${n}` };
    },
  };
}

export const realKnowledge = (): Knowledge => loadKnowledge(path.join(projectRoot, 'knowledge'));

export interface QuizApp {
  ctx: Context;
  router: Router;
  store: Store;
  outbox: ReturnType<typeof recordingOutbox>;
  clock: { now: number };
  handle(req: Request): ReturnType<Router['handle']>;
}

/** The real quiz commands behind the real router, over a real SQLite file and the real notes. */
export async function quizApp(
  dbPath: string,
  knowledge: Knowledge = realKnowledge(),
  start = 1_700_000_000_000,
  env: Record<string, string> = {},
): Promise<QuizApp> {
  const store = await openStore(dbPath);
  const outbox = recordingOutbox();
  const index = NotesIndex.build(knowledge);
  const clock = { now: start };
  const config = parseConfig({ DATABASE_URL: dbPath, QUIZ_SECONDS: '30', LOG_LEVEL: 'silent', ...env });
  const ctx: Context = {
    notes: () => ({ knowledge, index }),
    store,
    config,
    log: silentLogger,
    outbox,
    now: () => clock.now,
  };
  const router = createRouter([quiz, leaderboard, stats], ctx);
  return { ctx, router, store, outbox, clock, handle: (req) => router.handle(req) };
}
