import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Message } from '../src/app/protocol.ts';
import { maxQuestions } from '../src/app/quiz/session-plan.ts';
import { sectionKey } from '../src/app/section-key.ts';
import type { Question } from '../src/quiz/question.ts';
import {
  answer,
  contentOf,
  messageOf,
  roundIdOf,
  type TestApp,
  type TestAppOptions,
  testApp,
} from './support/app.ts';
import { recordingLogger } from './support/log.ts';
import { button, CHANNEL, command, GUILD, MANAGE_GUILD, OTHER_GUILD, users } from './support/requests.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function app(options: TestAppOptions = {}): Promise<TestApp> {
  const a = await testApp(options);
  cleanups.push(() => a.close());
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
    const a = await app({ env: { QUIZ_SECONDS: '300' } });
    const first = messageOf(await a.handle(command('quiz', { count: 20 }, { user: u1 })));
    expect(first.content).toContain('토큰 제한');
    expect(first.content).toContain('2문제까지만');
    expect(first.content).toContain('퀴즈 1/2');
    const en = await app({ env: { QUIZ_SECONDS: '300' } });
    const firstEn = contentOf(await en.handle(command('quiz', { count: 9 }, { user: u1, locale: 'en' })));
    expect(firstEn).toContain('at most 2 questions');
  });

  it('says nothing when the count fits', async () => {
    const a = await app();
    expect(contentOf(await a.handle(command('quiz', { count: 20 }, { user: u1 })))).not.toContain('토큰');
  });

  it('ends the session, visibly and logged, when the next question cannot be posted', async () => {
    const logs = recordingLogger();
    const a = await app({ log: logs.log });
    a.outbox.followUp = async () => {
      throw new Error('Unknown Webhook');
    };
    const first = messageOf(await a.handle(command('quiz', { count: 3 }, { user: u1 })));
    const roundId = roundIdOf(first);
    await a.ctx.quiz.close(roundId);
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect((await a.store.getSession(sessionId))?.status).toBe('done');
    expect(a.outbox.sent.at(-1)?.message.content).toContain('퀴즈를 여기서 마쳤어요');
    expect(logs.messages('warn')).toEqual([
      'quiz session ended early: its next question could not be posted',
    ]);
    expect(await a.store.openRounds()).toEqual([]);
  });
});

describe('a reveal that fails', () => {
  const failing = (a: TestApp, times: number, error: () => Error) => {
    const edit = a.outbox.edit.bind(a.outbox);
    let failures = 0;
    a.outbox.edit = async (ref, message) => {
      if (failures++ < times) throw error();
      return edit(ref, message);
    };
    return () => failures;
  };
  const http = (status: number) => Object.assign(new Error(`Discord said ${status}`), { status });

  it('is tried again with backoff, and the session carries on once it goes out', async () => {
    const a = await app();
    const tries = failing(a, 3, () => http(500));
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 2 }, { user: u1 }))));
    await a.advance(30_000);
    expect(tries()).toBe(1);
    expect(a.outbox.sent).toEqual([]);
    // 0.5 s, 1 s, 2 s later: the fourth try delivers it, then the next question follows.
    await a.advance(500 + 1_000);
    expect(tries()).toBe(3);
    expect(a.outbox.sent).toEqual([]);
    await a.advance(2_000);
    expect(tries()).toBe(4);
    expect(a.outbox.sent.map((s) => s.kind)).toEqual(['edit', 'followUp']);
    expect(a.outbox.sent[1]?.message.content).toContain('퀴즈 2/2');
    expect((await a.store.getRound(roundId))?.status).toBe('closed');
  });

  it('leaves nothing scheduled once the engine stops (shutdown): the rows wait for the next start', async () => {
    const a = await app();
    failing(a, 1_000, () => http(503));
    await a.handle(command('quiz', { count: 2 }, { user: u1 }));
    await a.advance(30_000);
    expect(a.clock.pending()).toBeGreaterThan(0);
    a.ctx.quiz.stop();
    expect(a.clock.pending()).toBe(0);
  });

  it('holds the channel while it is pending, past QUIZ_SECONDS + 10 s', async () => {
    const a = await app();
    failing(a, 1_000, () => http(503));
    await a.handle(command('quiz', { count: 2 }, { user: u1 }));
    await a.advance(30_000 + 60_000);
    expect(contentOf(await a.handle(command('quiz', {}, { user: u2 })))).toContain('이미 진행 중인 퀴즈');
  });

  it('ends the session and says so in the channel when it still fails as the token runs out', async () => {
    const logs = recordingLogger();
    const a = await app({ log: logs.log });
    const tries = failing(a, 1_000, () => new Error('socket hang up'));
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 3 }, { user: u1 }))));
    await a.advance(15 * 60_000);
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect((await a.store.getSession(sessionId))?.status).toBe('done');
    // 14 min 20 s of tries after the close at 30 s, 4 s apart at most: no question 2, one notice.
    expect(tries()).toBeGreaterThan(200);
    expect(a.outbox.sent.map((s) => [s.kind, s.message.content])).toEqual([
      ['followUp', '⚠️ 정답 공개를 올리지 못해서 퀴즈를 여기서 마쳤어요. 점수는 모두 기록됐어요.'],
    ]);
    expect(logs.messages('warn').filter((m) => m.startsWith('quiz session ended early'))).toEqual([
      'quiz session ended early: its reveal could not be delivered',
    ]);
    expect(contentOf(await a.handle(command('quiz', {}, { user: u2 })))).toContain('퀴즈 1/5');
  });

  it('ends the session at once when Discord refuses it for good (a deleted message, a dead token)', async () => {
    const a = await app();
    const tries = failing(a, 1_000, () => http(404));
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 3 }, { user: u1 }))));
    await a.advance(30_000);
    expect(tries()).toBe(1);
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect((await a.store.getSession(sessionId))?.status).toBe('done');
    expect(a.outbox.sent.map((s) => s.kind)).toEqual(['followUp']);
  });
});

describe('solo practice in a server', () => {
  it('scores to the personal board, never the server board', async () => {
    const a = await app();
    const first = messageOf(await a.handle(command('quiz', { count: 2, solo: true }, { user: u1 })));
    const roundId = roundIdOf(first);
    expect((await a.store.getRound(roundId))?.scope).toBe(`dm:${u1.id}`);
    expect(contentOf(await answer(a, roundId, true, { user: u1 }))).toContain('정답!');
    await a.idle();
    expect(await a.store.leaderboard(GUILD, { period: 'all-time', limit: 10 })).toEqual([]);
    const mine = await a.store.leaderboard(`dm:${u1.id}`, { period: 'all-time', limit: 10 });
    expect(mine.map((r) => [r.userId, r.correct])).toEqual([[u1.id, 1]]);
  });

  it("still refuses a solo round's button from another server or channel, or another user", async () => {
    const a = await app();
    const roundId = roundIdOf(
      messageOf(await a.handle(command('quiz', { count: 1, solo: true }, { user: u1 }))),
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
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 2 }, { user: u1 }))));
    const edit = a.outbox.edit.bind(a.outbox);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached = () => {};
    const atGate = new Promise<void>((resolve) => {
      reached = resolve;
    });
    a.outbox.edit = async (ref, message) => {
      reached();
      await gate;
      return edit(ref, message);
    };
    const closing = a.ctx.quiz.close(roundId);
    await atGate;
    expect(await a.store.openRoundInChannel(CHANNEL)).toBeNull();
    const busy = await a.handle(command('quiz', {}, { user: u2 }));
    expect(contentOf(busy)).toContain('이미 진행 중인 퀴즈');
    release();
    await closing;
    expect(a.outbox.sent.map((s) => s.kind)).toEqual(['edit', 'followUp']);
    expect(a.outbox.sent[1]?.message.content).toContain('퀴즈 2/2');
  });

  it('frees the channel when a session was abandoned between rounds (its process died)', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 3 }, { user: u1 }))));
    // The round closed in the database, but nothing followed: no next round, session still active.
    await a.store.closeRound(roundId, a.clock.now());
    await a.advance(5_000);
    expect(contentOf(await a.handle(command('quiz', {}, { user: u2 })))).toContain('이미 진행 중인 퀴즈');
    await a.advance(36_000);
    expect(contentOf(await a.handle(command('quiz', {}, { user: u2 })))).toContain('퀴즈 1/5');
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect((await a.store.getSession(sessionId))?.status).toBe('done');
  });

  it('frees the channel as soon as a session ends normally', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }, { user: u1 }))));
    await a.ctx.quiz.close(roundId);
    expect(contentOf(await a.handle(command('quiz', {}, { user: u2 })))).toContain('퀴즈 1/5');
  });
});

describe('user text shown in public is escaped', () => {
  const evil: Actor = { id: '700000000000000066', name: '[클릭](https://phish.example) @everyone' };

  it('on the leaderboard, in /stats and in the topic echo', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }, { user: u1 }))));
    await answer(a, roundId, true, { user: evil });
    await a.ctx.quiz.close(roundId);
    const board = contentOf(await a.handle(command('leaderboard', {}, { user: u1 })));
    const stats = contentOf(await a.handle(command('stats', { user: evil.id }, { user: u1 })));
    const own = contentOf(await a.handle(command('stats', {}, { user: evil })));
    const topic = contentOf(await a.handle(command('quiz', { topic: '[x](https://phish.example)' })));
    for (const text of [board, stats, own, topic, ...a.outbox.sent.map((s) => s.message.content ?? '')]) {
      expect(text).not.toMatch(/\]\(https:/);
      expect(text).not.toMatch(/@everyone/);
    }
    expect(board).toContain('\\[클릭\\]');
    expect(topic).toContain('\\[x\\]\\(https://phish.example\\)');
  });
});

describe("explain's 'quiz me on this' button", () => {
  async function questionsOf(a: TestApp, first: Message): Promise<Question[]> {
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
      const first = messageOf(await a.handle(button(`quiz:start:${id}`, { user: u1, guildId: null })));
      const questions = await questionsOf(a, first);
      expect(questions.length).toBeGreaterThan(0);
      for (const q of questions) expect(q.source.title.startsWith(prefix)).toBe(true);
      for (const round of await a.store.openRounds()) await a.store.closeRound(round.id, a.clock.now());
    }
  });

  it('refuses a key the notes no longer have', async () => {
    const a = await app();
    expect(contentOf(await a.handle(button('quiz:start:AAAAAAAAAA', { user: u1 })))).toContain(
      '노트에서 그 주제를 찾지 못했어요',
    );
  });
});

describe('the stop button on a running quiz', () => {
  const stopId = (message: Message) => {
    const ids = (message.components ?? []).flatMap((r) =>
      r.components.map((c) => ('custom_id' in c ? c.custom_id : '')),
    );
    const id = ids.find((x) => x.startsWith('quiz:x:'));
    if (!id) throw new Error('no stop button');
    return id;
  };

  it('lets its starter stop it: the round is revealed with the scores so far, and nothing follows', async () => {
    const a = await app();
    const first = messageOf(await a.handle(command('quiz', { count: 3 }, { user: u1 })));
    const roundId = roundIdOf(first);
    await answer(a, roundId, true, { user: u2 });
    const stopped = messageOf(await a.handle(button(stopId(first), { user: u1 })));
    expect(stopped).toMatchObject({ ephemeral: true, content: '⏹️ 퀴즈를 멈췄어요.' });
    await a.advance(60_000);
    expect(a.outbox.sent.map((s) => s.kind)).toEqual(['edit']);
    expect(a.outbox.sent[0]?.message.content).toContain('퀴즈를 중간에 멈췄어요');
    expect(a.outbox.sent[0]?.message.content).toContain('1. student2');
    expect(contentOf(await a.handle(command('quiz', {}, { user: u2 })))).toContain('퀴즈 1/5');
  });

  it('refuses another member, and lets a member with Manage Server stop it', async () => {
    const a = await app();
    const first = messageOf(await a.handle(command('quiz', { count: 3 }, { user: u1 })));
    const refused = messageOf(await a.handle(button(stopId(first), { user: u2, memberPermissions: 0n })));
    expect(refused.content).toContain('시작한 사람이나 서버 관리 권한');
    expect(a.outbox.sent).toEqual([]);
    const manager = { user: u2, memberPermissions: MANAGE_GUILD, locale: 'en' as const };
    expect(contentOf(await a.handle(button(stopId(first), manager)))).toBe('⏹️ Quiz stopped.');
    expect(a.outbox.sent.map((s) => s.kind)).toEqual(['edit']);
    expect(contentOf(await a.handle(button(stopId(first), { user: u1 })))).toContain('이미 끝난 퀴즈');
  });

  it('refuses a stop button copied into another channel', async () => {
    const a = await app();
    const first = messageOf(await a.handle(command('quiz', { count: 3 }, { user: u1 })));
    const elsewhere = await a.handle(button(stopId(first), { user: u1, channelId: '800000000000000009' }));
    expect(contentOf(elsewhere)).toContain('다른 채널의 퀴즈');
    expect(a.outbox.sent).toEqual([]);
  });
});

describe("explain's 'quiz me on this' button appears", () => {
  const hasQuizButton = (res: Awaited<ReturnType<TestApp['handle']>>) =>
    JSON.stringify(messageOf(res).components ?? []).includes('quiz:start:');

  it('only on sections a question can be made from', async () => {
    const a = await app();
    const { sections } = a.ctx.notes().knowledge;
    const none = sections.find((s) => s.title === '1.6 파이썬과 장고');
    const some = sections.find((s) => s.title === '웹 서버');
    if (!none || !some) throw new Error('fixture sections missing');
    expect(hasQuizButton(await a.handle(button(`explain:s:${sectionKey(none)}`)))).toBe(false);
    expect(hasQuizButton(await a.handle(button(`explain:s:${sectionKey(some)}`)))).toBe(true);
  });
});
