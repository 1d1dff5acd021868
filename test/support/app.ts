import { tmpdir } from 'node:os';
import path from 'node:path';
import { type App, createApp } from '../../src/app/bootstrap.ts';
import type { Messenger } from '../../src/app/messenger.ts';
import type { Message, MessageRef, Outbox, Request, Response } from '../../src/app/protocol.ts';
import type { RunnerSettings } from '../../src/app/schedule/runner.ts';
import { parseConfig } from '../../src/config.ts';
import { type Logger, silentLogger } from '../../src/log.ts';
import type { Question } from '../../src/quiz/question.ts';
import { ManualClock } from './clock.ts';
import { button, modal, type Where } from './requests.ts';
import { firstChapterDir } from './spawn.ts';
import { tempDir } from './temp.ts';

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

/** Parsed notes and indexes of test folders, keyed by their content like `.cache`, but never the developer's. */
export const testCacheDir = path.join(tmpdir(), 'ssaem-test-cache');

export interface TestApp extends App {
  outbox: ReturnType<typeof recordingOutbox>;
  sent: Sent[];
  clock: ManualClock;
  /** The temp folder holding the store (removed by `close`). */
  dir: string;
  dbPath: string;
  store: App['ctx']['store'];
  handle(req: Request): Promise<Response>;
  /** Moves the app's clock, running due timers and waiting for the reveals and posts they start. */
  advance(ms: number): Promise<void>;
  /** Waits for the work following replies (a solo round's reveal and next question). */
  idle(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** An existing store file (a restart); by default a fresh one in a temp folder. */
  dbPath?: string;
  /** The clock's start (ms since the epoch). */
  start?: number;
  log?: Logger;
  /** The bot's own messages (reminders, the question of the day): a REST messenger on the fake Discord. */
  messenger?: Messenger;
  schedule?: RunnerSettings;
}

/**
 * The whole app as a door sees it — the fixture notes, a real SQLite file in a temp dir, the real
 * command modules and router, a manual clock — with an outbox that records what would go to Discord.
 */
export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  const tmp = tempDir();
  const outbox = recordingOutbox();
  const dbPath = options.dbPath ?? path.join(tmp.dir, 'store.db');
  const config = parseConfig({
    KNOWLEDGE_DIR: firstChapterDir,
    DATABASE_URL: dbPath,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const clock = new ManualClock(options.start);
  const app = await createApp(config, options.log ?? silentLogger, outbox, {
    clock,
    cacheDir: testCacheDir,
    ...(options.messenger ? { messenger: options.messenger } : {}),
    ...(options.schedule ? { schedule: options.schedule } : {}),
  });
  let closed: Promise<void> | null = null;
  return {
    ...app,
    outbox,
    sent: outbox.sent,
    clock,
    dir: tmp.dir,
    dbPath,
    store: app.ctx.store,
    handle: (req) => app.router.handle(req),
    async advance(ms) {
      await clock.advance(ms);
      await app.schedule?.idle();
      await app.ctx.quiz.idle();
    },
    idle: () => app.ctx.quiz.idle(),
    close: () =>
      (closed ??= (async () => {
        await app.ctx.quiz.idle();
        await app.close();
        tmp.cleanup();
      })()),
  };
}

export function messageOf(res: Response): Message {
  if (res.type !== 'message' && res.type !== 'update') throw new Error(`expected a message, got ${res.type}`);
  return res.message;
}

export const contentOf = (res: Response) => messageOf(res).content ?? '';

/** The round id in a question message's first button. */
export function roundIdOf(message: Message): string {
  const first = message.components?.[0]?.components[0] as { custom_id?: string } | undefined;
  const id = first?.custom_id?.split(':')[2];
  if (!id) throw new Error('no quiz button');
  return id;
}

/** The one request that answers a round right or wrong: a choice's button, or the typed answer's form. */
export async function answerRequest(a: TestApp, roundId: string, right: boolean, w: Where): Promise<Request> {
  const round = await a.store.getRound(roundId);
  const q = JSON.parse(round?.question ?? '{}') as Question;
  if (q.acceptedAnswers)
    return modal(`quiz:m:${roundId}`, { answer: right ? (q.acceptedAnswers[0] ?? '') : '전혀 다른 답' }, w);
  const choice = right ? (q.answerIndex ?? 0) : ((q.answerIndex ?? 0) + 1) % (q.choices?.length ?? 2);
  return button(`quiz:a:${roundId}:${choice}`, w);
}

/** Answers a round right or wrong through the real router, by button or modal as the question needs. */
export async function answer(a: TestApp, roundId: string, right: boolean, w: Where): Promise<Response> {
  const round = await a.store.getRound(roundId);
  const q = JSON.parse(round?.question ?? '{}') as Question;
  if (q.acceptedAnswers) {
    const opened = await a.handle(button(`quiz:t:${roundId}`, w));
    if (opened.type !== 'modal') return opened;
    if (opened.modal.custom_id !== `quiz:m:${roundId}`)
      throw new Error(`unexpected modal ${opened.modal.custom_id}`);
    return a.handle(
      modal(`quiz:m:${roundId}`, { answer: right ? (q.acceptedAnswers[0] ?? '') : '전혀 다른 답' }, w),
    );
  }
  const choice = right ? (q.answerIndex ?? 0) : ((q.answerIndex ?? 0) + 1) % (q.choices?.length ?? 2);
  return a.handle(button(`quiz:a:${roundId}:${choice}`, w));
}
