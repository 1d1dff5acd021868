import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Message, Response } from '../src/app/protocol.ts';
import { closeRound, maxQuestions, repliesSettled, stopRoundTimers } from '../src/quiz/rounds.ts';
import { type QuizApp, quizApp } from './support/quiz-app.ts';
import { slash, users } from './support/requests.ts';
import { tempDir } from './support/temp.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function app(env: Record<string, string> = {}): Promise<QuizApp> {
  const tmp = tempDir();
  cleanups.push(tmp.cleanup);
  const a = await quizApp(join(tmp.dir, 'quiz.db'), undefined, undefined, env);
  cleanups.push(
    () => stopRoundTimers(a.ctx),
    () => a.store.close(),
  );
  return a;
}

const u1 = users.u1 as Actor;

function messageOf(res: Response): Message {
  if (res.type !== 'message' && res.type !== 'update') throw new Error(`expected a message, got ${res.type}`);
  return res.message;
}
const contentOf = (res: Response) => messageOf(res).content ?? '';

function roundIdOf(message: Message): string {
  const button = message.components?.[0]?.components[0] as { custom_id?: string } | undefined;
  const id = button?.custom_id?.split(':')[2];
  if (!id) throw new Error('no quiz button');
  return id;
}

describe('a session fits in the interaction token', () => {
  it('allows at most as many questions as fit in 14 minutes', () => {
    expect(maxQuestions(30)).toBe(24);
    expect(maxQuestions(600)).toBe(1);
    for (const s of [5, 30, 60, 120, 300, 600]) {
      expect(maxQuestions(s) * (s + 5)).toBeLessThanOrEqual(14 * 60);
    }
  });

  it('clamps the count and says so when QUIZ_SECONDS is long', async () => {
    const a = await app({ QUIZ_SECONDS: '300' });
    const first = messageOf(await a.handle(slash('quiz', { count: 20 }, { user: u1 })));
    expect(first.content).toContain('토큰 제한');
    expect(first.content).toContain('2문제까지만');
    expect(first.content).toContain('퀴즈 1/2');
    const en = await app({ QUIZ_SECONDS: '300' });
    const firstEn = contentOf(await en.handle(slash('quiz', { count: 9 }, { user: u1, locale: 'en' })));
    expect(firstEn).toContain('at most 2 questions');
  });

  it('says nothing when the count fits', async () => {
    const a = await app();
    expect(contentOf(await a.handle(slash('quiz', { count: 20 }, { user: u1 })))).not.toContain('토큰');
  });

  it('ends the session, visibly and logged, when the next question cannot be posted', async () => {
    const a = await app();
    const warnings: unknown[] = [];
    a.ctx.log = { ...a.ctx.log, warn: (...args: unknown[]) => warnings.push(args) } as typeof a.ctx.log;
    a.outbox.followUp = async () => {
      throw new Error('Unknown Webhook');
    };
    const first = messageOf(await a.handle(slash('quiz', { count: 3 }, { user: u1 })));
    const roundId = roundIdOf(first);
    await closeRound(a.ctx, roundId);
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect((await a.store.getSession(sessionId))?.status).toBe('done');
    expect(a.outbox.sent.at(-1)?.message.content).toContain('퀴즈를 여기서 마쳤어요');
    expect(warnings).toHaveLength(1);
    expect(await a.store.openRounds()).toEqual([]);
  });

  it('ends the session when the reveal cannot be delivered, without posting the next question', async () => {
    const a = await app();
    const warnings: unknown[] = [];
    a.ctx.log = { ...a.ctx.log, warn: (...args: unknown[]) => warnings.push(args) } as typeof a.ctx.log;
    a.outbox.edit = async () => {
      throw new Error('Invalid Webhook Token');
    };
    const roundId = roundIdOf(messageOf(await a.handle(slash('quiz', { count: 3 }, { user: u1 }))));
    await closeRound(a.ctx, roundId);
    await repliesSettled(a.ctx);
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect((await a.store.getSession(sessionId))?.status).toBe('done');
    expect(a.outbox.sent.filter((s) => s.kind === 'followUp')).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});
