/**
 * The quiz under faults, in virtual time: a store that errors at a round's deadline, a lost timer,
 * a click that arrives after the deadline while the reveal is slow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../src/app/protocol.ts';
import { answer, contentOf, messageOf, roundIdOf, type TestApp, testApp } from './support/app.ts';
import { command, users } from './support/requests.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function app(): Promise<TestApp> {
  const a = await testApp();
  cleanups.push(() => a.close());
  return a;
}

const u1 = users.u1 as Actor;
const u2 = users.u2 as Actor;

/** Makes every store call fail until the returned function is called (a database that went away). */
function outage(a: TestApp): () => void {
  const store = a.store as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  for (const name of ['closeRound', 'openRounds', 'getRound', 'getSession', 'roundAnswers', 'addRound']) {
    saved.set(name, store[name]);
    store[name] = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    };
  }
  return () => {
    for (const [name, fn] of saved) store[name] = fn;
  };
}

describe('a store outage at the deadline', () => {
  it('leaves no round stuck: six open rounds are all revealed within 10 s of recovery', async () => {
    const a = await app();
    const rounds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const where = { user: u1, channelId: `80000000000000010${i}` };
      rounds.push(roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }, where)))));
    }
    await a.advance(25_000);
    const recover = outage(a);
    await a.advance(15_000); // deadline at 30 s; the store is gone from 25 s to 40 s
    expect(a.sent).toEqual([]);
    recover();
    await a.advance(10_000);
    for (const id of rounds) expect((await a.store.getRound(id))?.status).toBe('closed');
    expect(a.sent.filter((s) => s.kind === 'edit')).toHaveLength(6);
    // The channels are free again.
    const again = await a.handle(command('quiz', {}, { user: u2, channelId: '800000000000000100' }));
    expect(contentOf(again)).toContain('퀴즈 1/5');
  });

  it('sweeps overdue rounds whose timer is gone (armed by another process that died)', async () => {
    const b = await app();
    const a = await testApp({ dbPath: b.dbPath, start: b.clock.now() });
    cleanups.push(() => a.close());
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }, { user: u1 }))));
    a.ctx.quiz.stop();
    expect(b.ctx.quiz.armed()).toEqual([]);
    await b.advance(30_000 + 5_000);
    expect((await b.store.getRound(roundId))?.status).toBe('closed');
    expect(b.sent.map((s) => s.kind)).toEqual(['edit']);
  });
});

describe('a click after the deadline', () => {
  it('is told "already closed" at once, without waiting for the reveal and the next question', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 2 }, { user: u1 }))));
    a.ctx.quiz.stop(); // the timer is lost: only the click notices the deadline
    await a.clock.advance(31_000);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const edit = a.outbox.edit.bind(a.outbox);
    a.outbox.edit = async (ref, message) => {
      await gate;
      return edit(ref, message);
    };
    expect(contentOf(await answer(a, roundId, true, { user: u2 }))).toContain('이미 끝난 문제');
    expect(a.sent).toEqual([]);
    release();
    await a.idle();
    expect(a.sent.map((s) => s.kind)).toEqual(['edit', 'followUp']);
  });
});
