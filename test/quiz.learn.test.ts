import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Message } from '../src/app/protocol.ts';
import type { Section } from '../src/knowledge/types.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { isTyped, type Question } from '../src/quiz/question.ts';
import { reviewAfter } from '../src/quiz/review.ts';
import { answer, roundIdOf, type TestApp, testApp } from './support/app.ts';
import { startUntil } from './support/quiz-start.ts';
import { users } from './support/requests.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function app(): Promise<TestApp> {
  const a = await testApp();
  cleanups.push(() => a.close());
  return a;
}

const u1 = users.u1 as Actor;
const DAY = 86_400_000;
const dm = { user: u1, guildId: null, channelId: '900000000000000001' };

/** The questions a session planned, from its row. */
async function planned(a: TestApp, message: Message): Promise<Question[]> {
  const round = await a.store.getRound(roundIdOf(message));
  return JSON.parse((await a.store.getSession(round?.sessionId ?? ''))?.questions ?? '[]') as Question[];
}

/** A solo session in its own DM channel, planned with `seed`; returns its planned questions. */
async function plan(
  a: TestApp,
  seed: number,
  scope: { section?: Section; topic?: string },
  count: number,
): Promise<Question[]> {
  const message = await a.ctx.quiz.start({
    ...scope,
    guildId: null,
    channelId: `9000000000000${String(seed).padStart(5, '0')}`,
    user: u1,
    locale: 'ko',
    token: `t${seed}`,
    count,
    solo: true,
    seed,
  });
  return planned(a, message);
}

const sectionTitled = (a: TestApp, title: string) => {
  const section = a.ctx.notes().knowledge.sections.find((s) => s.title === title);
  if (!section) throw new Error(`no section ${title}`);
  return section;
};

describe('one review card per fact', () => {
  it('keeps a card for each fact of a section, not one for the section', async () => {
    const a = await app();
    const section = sectionTitled(a, '도메인 주소');
    const { roundId } = await startUntil(a, () => true, { ...dm, solo: true, section, count: 2 });
    await answer(a, roundId, true, dm);
    await a.idle();
    const second = roundIdOf(a.outbox.sent.at(-1)?.message as Message);
    await answer(a, second, false, dm);
    await a.idle();
    const cards = (await a.store.reviews(u1.id)).map((r) => r.cardKey);
    expect(cards).toHaveLength(2);
    for (const key of cards) expect(key.startsWith(`${section.id}#`)).toBe(true);
    expect(new Set(cards).size).toBe(2);
  });
});

describe('recognition, then recall', () => {
  it('asks a fact answered right as a choice again later as a typed question', async () => {
    const a = await app();
    const section = sectionTitled(a, '웹 프레임워크');
    const pool = generateQuestions(a.ctx.notes().knowledge, { section, count: 40, seed: 1, repeat: true });
    const typedFacts = new Set(pool.filter(isTyped).map((q) => q.cardKey));
    const { roundId, question } = await startUntil(a, (q) => !isTyped(q) && typedFacts.has(q.cardKey), {
      ...dm,
      solo: true,
      section,
      count: 1,
    });
    await answer(a, roundId, true, dm);
    await a.idle();
    expect((await a.store.reviews(u1.id)).find((r) => r.cardKey === question.cardKey)?.recognized).toBe(true);
    // Whatever the seed, the fact now comes as a typed question.
    for (const seed of [1, 2, 3]) {
      const again = (await plan(a, seed, { section }, 5)).find((q) => q.cardKey === question.cardKey);
      expect(again && isTyped(again)).toBe(true);
    }
  });

  it('sends a fact missed as a typed question back to choices', async () => {
    const a = await app();
    const section = sectionTitled(a, '웹 프레임워크');
    const pool = generateQuestions(a.ctx.notes().knowledge, { section, count: 40, seed: 1, repeat: true });
    const choiceFacts = new Set(pool.filter((q) => !isTyped(q)).map((q) => q.cardKey));
    const { roundId, question } = await startUntil(a, (q) => isTyped(q) && choiceFacts.has(q.cardKey), {
      ...dm,
      solo: true,
      section,
      count: 1,
    });
    await answer(a, roundId, false, dm);
    await a.idle();
    for (const seed of [4, 5, 6]) {
      const again = (await plan(a, seed, { section }, 5)).find((q) => q.cardKey === question.cardKey);
      expect(again && !isTyped(again)).toBe(true);
    }
  });
});

describe('topic quizzes use the scheduler', () => {
  it('asks first the fact of the topic the learner got wrong', async () => {
    const a = await app();
    const topic = '1.5 인프라라 불리우는 것들에 대해서';
    const { roundId, question } = await startUntil(a, () => true, { ...dm, solo: true, topic, count: 1 });
    await answer(a, roundId, false, dm);
    await a.idle();
    // Due again within minutes (FSRS's first learning step), while the facts never seen wait behind it.
    await a.advance(60 * 60_000);
    for (const seed of [11, 12, 13, 14]) {
      expect((await plan(a, seed, { topic }, 1))[0]?.cardKey).toBe(question.cardKey);
    }
  });
});

describe('cards kept per section before', () => {
  it('stand for each fact of their section until the fact has its own', async () => {
    const a = await app();
    const section = sectionTitled(a, '도메인 주소');
    // A card of the old kind: the section was missed a week ago and is due.
    const old = reviewAfter(undefined, `section:${section.id}`, false, a.clock.now() - 7 * DAY);
    await a.store.saveReview(u1.id, old);
    for (const seed of [21, 22, 23]) {
      const [first, second] = await plan(a, seed, {}, 2);
      expect(first?.source.line).toBe(section.line);
      expect(second?.source.line).toBe(section.line);
    }
    const { roundId, question } = await startUntil(a, () => true, { ...dm, solo: true, section, count: 1 });
    await answer(a, roundId, true, dm);
    await a.idle();
    const cards = await a.store.reviews(u1.id);
    // The fact's own card went on from the section's (its miss still counted); the section's card stays.
    expect(cards.find((r) => r.cardKey === question.cardKey)?.lapses).toBe(1);
    const { recognized: _, ...kept } = old;
    expect(cards.find((r) => r.cardKey === `section:${section.id}`)).toEqual(kept);
  });
});
