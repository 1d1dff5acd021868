import leaderboard from '../../commands/leaderboard.ts';
import quiz from '../../commands/quiz.ts';
import stats from '../../commands/stats.ts';
import type { Context } from '../../src/app/context.ts';
import type { Message, MessageRef, Outbox, Request, Response } from '../../src/app/protocol.ts';
import { createRouter, type Router } from '../../src/app/router.ts';
import { parseConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';
import { silentLogger } from '../../src/log.ts';
import type { Question } from '../../src/quiz/question.ts';
import { NotesIndex } from '../../src/search/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { click, submit, type Where } from './requests.ts';
import { firstChapterDir } from './spawn.ts';

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

export const realKnowledge = (): Knowledge => loadKnowledge(firstChapterDir);

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

export function messageOf(res: Response): Message {
  if (res.type !== 'message' && res.type !== 'update') throw new Error(`expected a message, got ${res.type}`);
  return res.message;
}

export const contentOf = (res: Response) => messageOf(res).content ?? '';

/** The round id in a question message's first button. */
export function roundIdOf(message: Message): string {
  const button = message.components?.[0]?.components[0] as { custom_id?: string } | undefined;
  const id = button?.custom_id?.split(':')[2];
  if (!id) throw new Error('no quiz button');
  return id;
}

/** Answers a round right or wrong through the real router, by button or modal as the question needs. */
export async function answer(a: QuizApp, roundId: string, right: boolean, w: Where): Promise<Response> {
  const round = await a.store.getRound(roundId);
  const q = JSON.parse(round?.question ?? '{}') as Question;
  if (q.acceptedAnswers) {
    const modal = await a.handle(click(`quiz:t:${roundId}`, w));
    if (modal.type !== 'modal') return modal;
    if (modal.modal.custom_id !== `quiz:m:${roundId}`)
      throw new Error(`unexpected modal ${modal.modal.custom_id}`);
    return a.handle(
      submit(`quiz:m:${roundId}`, { answer: right ? (q.acceptedAnswers[0] ?? '') : '전혀 다른 답' }, w),
    );
  }
  const choice = right ? (q.answerIndex ?? 0) : ((q.answerIndex ?? 0) + 1) % (q.choices?.length ?? 2);
  return a.handle(click(`quiz:a:${roundId}:${choice}`, w));
}
