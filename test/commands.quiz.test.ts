import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Message } from '../src/app/protocol.ts';
import {
  answer,
  answerRequest,
  contentOf,
  messageOf,
  roundIdOf,
  type TestApp,
  testApp,
} from './support/app.ts';
import { button, CHANNEL, command, GUILD, OTHER_GUILD, users } from './support/requests.ts';
import { tempDir } from './support/temp.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function app(dbPath?: string, start?: number): Promise<TestApp> {
  const a = await testApp({ ...(dbPath ? { dbPath } : {}), ...(start ? { start } : {}) });
  cleanups.push(() => a.close());
  return a;
}

const u1 = users.u1 as Actor;
const u2 = users.u2 as Actor;
const u3 = users.u3 as Actor;

const pointsIn = (feedback: string) => Number(/\+(\d+)/.exec(feedback)?.[1] ?? 0);

describe('/quiz in a channel', () => {
  it('runs a whole round: three players, a double click, the reveal, the next question, the board', async () => {
    const a = await app();
    const first = messageOf(await a.handle(command('quiz', { count: 2 }, { user: u1 })));
    expect(first.ephemeral).toBe(false);
    expect(first.content).toContain('퀴즈 1/2');
    const roundId = roundIdOf(first);
    expect(a.ctx.quiz.armed()).toEqual([roundId]);

    const busy = await a.handle(command('quiz', {}, { user: u2 }));
    expect(contentOf(busy)).toContain('이미 진행 중인 퀴즈');

    await a.advance(3_000);
    const r1 = contentOf(await answer(a, roundId, true, { user: u1 }));
    await a.advance(3_000);
    const r2 = contentOf(await answer(a, roundId, false, { user: u2 }));
    const r3 = contentOf(await answer(a, roundId, true, { user: u3, locale: 'en' }));
    expect(r1).toMatch(/^✅ 정답! \+\d+점/);
    expect(r2).toMatch(/^❌ 아쉬워요/);
    expect(r3).toMatch(/^✅ Correct! \+\d+ pts/);
    const again = await answer(a, roundId, false, { user: u1 });
    expect(messageOf(again)).toMatchObject({ ephemeral: true });
    expect(contentOf(again)).toContain('이미 답했어요');

    expect(await a.ctx.quiz.close(roundId)).toBe(true);
    expect(await a.ctx.quiz.close(roundId)).toBe(false);
    const [reveal, next] = a.outbox.sent;
    expect(reveal?.kind).toBe('edit');
    expect(reveal?.ref).toMatchObject({ messageId: '@original', channelId: CHANNEL });
    expect(reveal?.message.content).toContain('3명 중 2명 정답: student1, student3');
    expect(reveal?.message.content).toMatch(/^✅ /m);
    // The answer buttons are gone; only the 🚩 to report the question is left.
    expect(
      reveal?.message.components?.flatMap((r) => r.components.map((c) => 'custom_id' in c && c.custom_id)),
    ).toEqual([`quiz:r:${roundId}`]);
    expect(next?.kind).toBe('followUp');
    expect(next?.message.content).toContain('퀴즈 2/2');
    for (const s of a.outbox.sent) expect(s.message.content).not.toMatch(/<@!?\d+>/);

    const board = await a.store.leaderboard(GUILD, { period: 'all-time', limit: 10 });
    expect(board.map((r) => [r.name, r.points, r.answered, r.correct])).toEqual(
      [
        ['student1', pointsIn(r1), 1, 1],
        ['student3', pointsIn(r3), 1, 1],
        ['student2', 0, 1, 0],
      ].sort((x, y) => Number(y[1]) - Number(x[1]) || 0),
    );
    const shown = contentOf(await a.handle(command('leaderboard', {}, { user: u2 })));
    expect(shown).toContain(`student1 — ${pointsIn(r1)}점`);
    expect(shown).toContain(`student3 — ${pointsIn(r3)}점`);
    expect(shown).toContain('내 순위: 3위 · 0점');
    expect(shown).not.toMatch(/<@/);
    const elsewhere = contentOf(await a.handle(command('leaderboard', {}, { guildId: OTHER_GUILD })));
    expect(elsewhere).toContain('아직 기록이 없어요');

    // The last question's reveal ends the session with its totals.
    const secondId = roundIdOf(next?.message as Message);
    await answer(a, secondId, true, { user: u2 });
    await a.ctx.quiz.close(secondId);
    const last = a.outbox.sent.at(-1);
    expect(last?.kind).toBe('edit');
    expect(last?.ref.messageId).toBe('followup-1');
    expect(last?.message.content).toContain('퀴즈 끝');
    expect(a.ctx.quiz.armed()).toEqual([]);
    expect(contentOf(await a.handle(command('quiz', {}, { user: u2 })))).toContain('퀴즈 1/5');
  });

  it('counts one answer per member when the same click races', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }))));
    // The answering request itself, twelve times at once (a typed answer's form is what races there).
    const req = await answerRequest(a, roundId, true, { user: u2 });
    const replies = await Promise.all(Array.from({ length: 12 }, () => a.handle({ ...req })));
    const texts = replies.map(contentOf);
    expect(texts.filter((t) => t.includes('정답!'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('이미 답했어요'))).toHaveLength(11);
    expect((await a.store.userStats(GUILD, u2.id)).answered).toBe(1);
  });

  it('refuses answers once the time is up, and reveals then', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }))));
    await a.advance(31_000);
    expect(contentOf(await answer(a, roundId, true, { user: u2 }))).toContain('이미 끝난 문제');
    expect(a.outbox.sent.map((s) => s.kind)).toEqual(['edit']);
  });

  it('survives a restart mid-round: the click still counts and the timer is re-armed', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const dbPath = join(tmp.dir, 'quiz.db');
    const before = await testApp({ dbPath });
    const roundId = roundIdOf(messageOf(await before.handle(command('quiz', { count: 1 }))));
    await answer(before, roundId, true, { user: u1 });
    const closesAt = (await before.store.getRound(roundId))?.closesAt ?? 0;
    await before.close();

    // The new process starts 300 ms before the deadline; its start re-armed the round.
    const after = await app(dbPath, closesAt - 300);
    expect(after.ctx.quiz.armed()).toEqual([roundId]);
    expect(contentOf(await answer(after, roundId, false, { user: u2 }))).toContain('아쉬워요');
    expect(contentOf(await answer(after, roundId, true, { user: u1 }))).toContain('이미 답했어요');
    expect(after.outbox.sent).toEqual([]);
    await after.advance(300);
    expect(after.outbox.sent[0]?.kind).toBe('edit');
    expect(after.outbox.sent[0]?.message.content).toContain('2명 중 1명 정답: student1');
    expect((await after.store.getRound(roundId))?.status).toBe('closed');
  });

  it('keeps solo rounds to their owner and moves on as soon as they answer', async () => {
    const a = await app();
    const first = messageOf(await a.handle(command('quiz', { count: 2, solo: true }, { user: u1 })));
    expect(first.ephemeral).toBe(true);
    const roundId = roundIdOf(first);
    expect(contentOf(await answer(a, roundId, true, { user: u2 }))).toContain('혼자 풀기');
    expect(contentOf(await answer(a, roundId, true, { user: u1 }))).toContain('정답!');
    await a.idle();
    expect(a.outbox.sent.map((s) => s.kind)).toEqual(['edit', 'followUp']);
    expect(a.outbox.sent[1]?.message.ephemeral).toBe(true);
    const again = await a.handle(command('quiz', { solo: true }, { user: u1 }));
    expect(contentOf(again)).toContain('이미 혼자 풀기 퀴즈');
    // Someone else's channel round is not blocked by a solo quiz.
    expect(contentOf(await a.handle(command('quiz', {}, { user: u2 })))).toContain('퀴즈 1/5');
  });

  it('keeps DM scores off every guild board', async () => {
    const a = await app();
    const dm = { user: u1, guildId: null, channelId: '900000000000000001' };
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }, dm))));
    expect(contentOf(await answer(a, roundId, true, dm))).toContain('정답!');
    expect(await a.store.leaderboard(GUILD, { period: 'all-time', limit: 10 })).toEqual([]);
    expect(await a.store.leaderboard(`dm:${u1.id}`, { period: 'all-time', limit: 10 })).toHaveLength(1);
    expect(contentOf(await a.handle(command('leaderboard', {}, { user: u1 })))).toContain(
      '아직 기록이 없어요',
    );
    expect(contentOf(await a.handle(command('stats', {}, dm)))).toContain('정답 1/1');
  });

  it("starts a short quiz from explain's 'quiz me on this' button, on that section", async () => {
    const a = await app();
    const section = a.ctx.notes().knowledge.sections.find((s) => s.title === '도메인 주소');
    const first = messageOf(await a.handle(button(`quiz:start:${section?.id}`, { user: u2 })));
    // Three asked for; the section holds two facts, and a quiz never asks one twice.
    expect(first.content).toContain('퀴즈 1/2');
    const round = await a.store.getRound(roundIdOf(first));
    expect(JSON.parse(round?.question ?? '{}').source.title).toMatch(/> 도메인 주소$/);
  });

  it('suggests topics from the notes while typing', async () => {
    const a = await app();
    const res = await a.handle({
      ...command('quiz'),
      kind: 'autocomplete',
      focused: { name: 'topic', value: '인프라' },
    });
    expect(res.type).toBe('autocomplete');
    if (res.type !== 'autocomplete') return;
    expect(res.choices.map((c) => c.value)).toEqual(['1.5 인프라라 불리우는 것들에 대해서']);
    const topic = res.choices[0]?.value ?? '';
    const started = messageOf(await a.handle(command('quiz', { topic, count: 2 })));
    const round = await a.store.getRound(roundIdOf(started));
    expect(JSON.parse(round?.question ?? '{}').source.title).toContain('1.5 인프라라');
  });

  it('says so when a topic has nothing to ask', async () => {
    const a = await app();
    const res = await a.handle(command('quiz', { topic: '양자역학' }, { locale: 'en' }));
    expect(contentOf(res)).toContain("nothing in the notes to ask about '양자역학'");
  });
});

describe('/leaderboard and /stats', () => {
  async function played(): Promise<TestApp> {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }))));
    await answer(a, roundId, true, { user: u1 });
    await answer(a, roundId, false, { user: u2 });
    await a.ctx.quiz.close(roundId);
    return a;
  }

  it('pages through a long board and shows the caller outside the top ten', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }))));
    for (let i = 0; i < 14; i++) {
      const user = { id: `7100000000000000${String(i).padStart(2, '0')}`, name: `p${i}` };
      await answer(a, roundId, i !== 13, { user });
    }
    const me = { user: { id: '710000000000000013', name: 'p13' } };
    const page1 = messageOf(await a.handle(command('leaderboard', {}, me)));
    expect(page1.content).toContain('1/2쪽');
    expect(page1.content).toContain('내 순위: 14위 · 0점');
    const nextId =
      (page1.components?.[0]?.components[1] as { custom_id?: string } | undefined)?.custom_id ?? '';
    expect(nextId).toBe('leaderboard:p:all-time:2');
    // Another member pages: they get their own private copy; the public board is left alone.
    const page2 = await a.handle(button(nextId, me));
    expect(page2.type).toBe('message');
    expect(messageOf(page2).ephemeral).toBe(true);
    expect(contentOf(page2)).toContain('p13 — 0점');
    expect(contentOf(page2)).toContain('2/2쪽');
    const viewer = { user: { id: '710000000000000005', name: 'p5' } };
    const theirs = await a.handle(button(nextId, viewer));
    expect(theirs.type).toBe('message');
    expect(messageOf(theirs).ephemeral).toBe(true);
    expect(contentOf(theirs)).toMatch(/내 순위: \d+위/);
    expect(contentOf(theirs)).not.toContain('내 순위: 14위');
    // Paging the private copy edits it in place.
    const backId =
      (messageOf(page2).components?.[0]?.components[0] as { custom_id?: string } | undefined)?.custom_id ??
      '';
    expect(backId).toBe('leaderboard:p:all-time:1:e');
    const back = await a.handle(button(backId, me));
    expect(back.type).toBe('update');
    expect(contentOf(back)).toContain('1/2쪽');
    expect(contentOf(await a.handle(command('leaderboard', { period: 'weekly' }, me)))).toContain(
      '이번 주 순위',
    );
  });

  it('shows mastery bars, weakest topics and streaks', async () => {
    const a = await played();
    const mine = contentOf(await a.handle(command('stats', {}, { user: u2 })));
    expect(mine).toContain('student2의 퀴즈 기록');
    expect(mine).toMatch(/▱▱▱▱▱ .+ — 0% \(0\/1\)/);
    expect(mine).toContain('약한 주제:');
    const theirs = contentOf(await a.handle(command('stats', { user: u1.id }, { user: u2, locale: 'en' })));
    expect(theirs).toContain("student1's quiz record");
    expect(theirs).toMatch(/▰▰▰▰▰ .+ — 100% \(1\/1\)/);
  });
});
