import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Message } from '../src/app/protocol.ts';
import { closeRound, maxQuestions, repliesSettled, stopRoundTimers } from '../src/app/quiz/rounds.ts';
import { sectionKey } from '../src/app/section-key.ts';
import type { Question } from '../src/quiz/question.ts';
import { answer, contentOf, messageOf, type QuizApp, quizApp, roundIdOf } from './support/quiz-app.ts';
import { CHANNEL, click, GUILD, OTHER_GUILD, slash, users } from './support/requests.ts';
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
const u2 = users.u2 as Actor;

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

describe('solo practice in a server', () => {
  it('scores to the personal board, never the server board', async () => {
    const a = await app();
    const first = messageOf(await a.handle(slash('quiz', { count: 2, solo: true }, { user: u1 })));
    const roundId = roundIdOf(first);
    expect((await a.store.getRound(roundId))?.scope).toBe(`dm:${u1.id}`);
    expect(contentOf(await answer(a, roundId, true, { user: u1 }))).toContain('정답!');
    await repliesSettled(a.ctx);
    expect(await a.store.leaderboard(GUILD, { period: 'all-time', limit: 10 })).toEqual([]);
    const mine = await a.store.leaderboard(`dm:${u1.id}`, { period: 'all-time', limit: 10 });
    expect(mine.map((r) => [r.userId, r.correct])).toEqual([[u1.id, 1]]);
  });

  it("still refuses a solo round's button from another server or channel, or another user", async () => {
    const a = await app();
    const roundId = roundIdOf(
      messageOf(await a.handle(slash('quiz', { count: 1, solo: true }, { user: u1 }))),
    );
    const other = await answer(a, roundId, true, { user: u1, guildId: OTHER_GUILD });
    expect(contentOf(other)).toContain('다른 채널의 퀴즈');
    const dm = await answer(a, roundId, true, { user: u1, guildId: null });
    expect(contentOf(dm)).toContain('다른 채널의 퀴즈');
    const channel = await answer(a, roundId, true, { user: u1, channelId: '800000000000000009' });
    expect(contentOf(channel)).toContain('다른 채널의 퀴즈');
    expect(contentOf(await answer(a, roundId, true, { user: u2 }))).toContain('혼자 풀기');
    expect(await a.store.leaderboard(`dm:${u1.id}`, { period: 'all-time', limit: 10 })).toEqual([]);
  });
});

describe('a running session holds its channel between rounds', () => {
  it('refuses a new /quiz while the reveal goes out, and the session carries on', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(slash('quiz', { count: 2 }, { user: u1 }))));
    const edit = a.outbox.edit.bind(a.outbox);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    a.outbox.edit = async (ref, message) => {
      await gate;
      return edit(ref, message);
    };
    const closing = closeRound(a.ctx, roundId);
    await new Promise((r) => setTimeout(r, 20));
    expect(await a.store.openRoundInChannel(CHANNEL)).toBeNull();
    const busy = await a.handle(slash('quiz', {}, { user: u2 }));
    expect(contentOf(busy)).toContain('이미 진행 중인 퀴즈');
    release();
    await closing;
    expect(a.outbox.sent.map((s) => s.kind)).toEqual(['edit', 'followUp']);
    expect(a.outbox.sent[1]?.message.content).toContain('퀴즈 2/2');
  });

  it('frees the channel when a session was abandoned between rounds (its process died)', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(slash('quiz', { count: 3 }, { user: u1 }))));
    // The round closed in the database, but nothing followed: no next round, session still active.
    await a.store.closeRound(roundId, a.clock.now);
    a.clock.now += 5_000;
    expect(contentOf(await a.handle(slash('quiz', {}, { user: u2 })))).toContain('이미 진행 중인 퀴즈');
    a.clock.now += 36_000;
    expect(contentOf(await a.handle(slash('quiz', {}, { user: u2 })))).toContain('퀴즈 1/5');
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect((await a.store.getSession(sessionId))?.status).toBe('done');
  });

  it('frees the channel as soon as a session ends normally', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(slash('quiz', { count: 1 }, { user: u1 }))));
    await closeRound(a.ctx, roundId);
    expect(contentOf(await a.handle(slash('quiz', {}, { user: u2 })))).toContain('퀴즈 1/5');
  });
});

describe('user text shown in public is escaped', () => {
  const evil: Actor = { id: '700000000000000066', name: '[클릭](https://phish.example) @everyone' };

  it('on the leaderboard, in /stats and in the topic echo', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(slash('quiz', { count: 1 }, { user: u1 }))));
    await answer(a, roundId, true, { user: evil });
    await closeRound(a.ctx, roundId);
    const board = contentOf(await a.handle(slash('leaderboard', {}, { user: u1 })));
    const stats = contentOf(await a.handle(slash('stats', { user: evil.id }, { user: u1 })));
    const own = contentOf(await a.handle(slash('stats', {}, { user: evil })));
    const topic = contentOf(await a.handle(slash('quiz', { topic: '[x](https://phish.example)' })));
    for (const text of [board, stats, own, topic, ...a.outbox.sent.map((s) => s.message.content ?? '')]) {
      expect(text).not.toMatch(/\]\(https:/);
      expect(text).not.toMatch(/@everyone/);
    }
    expect(board).toContain('\\[클릭\\]');
    expect(topic).toContain('\\[x\\]\\(https://phish.example\\)');
  });
});

describe("explain's 'quiz me on this' button", () => {
  async function questionsOf(a: QuizApp, first: Message): Promise<Question[]> {
    const round = await a.store.getRound(roundIdOf(first));
    const session = await a.store.getSession(round?.sessionId ?? '');
    return JSON.parse(session?.questions ?? '[]') as Question[];
  }

  it('quizzes exactly that section and its sub-sections, found by its key (or its old id)', async () => {
    const a = await app();
    const { sections } = a.ctx.notes().knowledge;
    const section = sections.find((s) => s.title === '웹 서버' && s.path.length === 3);
    if (!section) throw new Error('no 웹 서버 section');
    const prefix = section.path.join(' > ');
    for (const id of [sectionKey(section), section.id]) {
      const first = messageOf(await a.handle(click(`quiz:start:${id}`, { user: u1, guildId: null })));
      const questions = await questionsOf(a, first);
      expect(questions.length).toBeGreaterThan(0);
      for (const q of questions) expect(q.source.title.startsWith(prefix)).toBe(true);
      for (const round of await a.store.openRounds()) await a.store.closeRound(round.id, a.clock.now);
    }
  });

  it('refuses a key the notes no longer have', async () => {
    const a = await app();
    expect(contentOf(await a.handle(click('quiz:start:AAAAAAAAAA', { user: u1 })))).toContain(
      '노트에서 그 주제를 찾지 못했어요',
    );
  });
});
