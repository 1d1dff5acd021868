import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Message } from '../src/app/protocol.ts';
import { questionKey } from '../src/app/quiz/teach.ts';
import { sectionKey } from '../src/app/section-key.ts';
import { extractFacts } from '../src/quiz/facts.ts';
import { isTyped, type Question } from '../src/quiz/question.ts';
import { squash } from '../src/quiz/text.ts';
import { answer, contentOf, messageOf, roundIdOf, type TestApp, testApp } from './support/app.ts';
import { startUntil } from './support/quiz-start.ts';
import { button, CHANNEL, command, GUILD, modal, OTHER_GUILD, users } from './support/requests.ts';

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
const u2 = users.u2 as Actor;
const u3 = users.u3 as Actor;

const idsOf = (m: Message | undefined) =>
  (m?.components ?? []).flatMap((r) => r.components.map((c) => ('custom_id' in c ? c.custom_id : '')));

describe('feedback that teaches', () => {
  it('tells a wrong choice whose definition it picked', async () => {
    const a = await app();
    const { question, roundId } = await startUntil(a, (q) => q.type === 'term-to-definition');
    const { terms } = extractFacts(a.ctx.notes().knowledge);
    const wrong = (question.choices ?? []).findIndex(
      (c, i) =>
        i !== question.answerIndex && terms.some((t) => t.definitions.some((d) => squash(d) === squash(c))),
    );
    expect(wrong).toBeGreaterThanOrEqual(0);
    const reply = contentOf(await a.handle(button(`quiz:a:${roundId}:${wrong}`, { user: u2 })));
    const owner = /👉 고른 답은 「(.+)」의 설명이에요\./.exec(reply)?.[1] ?? '';
    // Two terms may share a name (the fixture's `웹 서버` heading and its `**웹 서버**` part): either one's line.
    const named = terms.filter((t) => t.name === owner).flatMap((t) => t.definitions.map(squash));
    expect(named).toContain(squash(question.choices?.[wrong] ?? ''));
    const en = contentOf(await a.handle(button(`quiz:a:${roundId}:${wrong}`, { user: u3, locale: 'en' })));
    expect(en).toContain(`👉 What you picked describes 「${owner}」.`);
  });

  it('shows a typed answer as typed, the notes’ spelling and every accepted form', async () => {
    const a = await app();
    const { question, roundId } = await startUntil(
      a,
      (q) => (q.type === 'fill-blank' || q.type === 'cloze') && /[A-Za-z]/.test(q.acceptedAnswers?.[0] ?? ''),
    );
    const accepted = question.acceptedAnswers ?? [];
    const canonical = accepted[0] ?? '';
    const typed = `${canonical.toLowerCase()}요`;
    const right = contentOf(await a.handle(modal(`quiz:m:${roundId}`, { answer: typed }, { user: u2 })));
    expect(right).toMatch(/^✅ 정답!/);
    expect(right).toContain(`✏️ 입력한 답: ${typed} → 표기: **${canonical}**`);
    const formsLine = right.split('\n').find((l) => l.startsWith('📝 인정되는 답: ')) ?? '';
    for (const form of accepted) expect(formsLine).toContain(form);
    const wrong = contentOf(await a.handle(modal(`quiz:m:${roundId}`, { answer: '*모름*' }, { user: u3 })));
    expect(wrong).toMatch(/^❌ 아쉬워요\. 정답은 \*\*/);
    expect(wrong).toContain('✏️ 입력한 답: \\*모름\\*');
  });

  it('reveals the choices with the right one marked and how many picked each, each sentence once', async () => {
    const a = await app();
    const { question, roundId } = await startUntil(a, (q) => q.type === 'term-to-definition');
    const right = question.answerIndex ?? 0;
    const other = (right + 1) % (question.choices?.length ?? 2);
    await a.handle(button(`quiz:a:${roundId}:${right}`, { user: u1 }));
    await a.handle(button(`quiz:a:${roundId}:${other}`, { user: u2 }));
    await a.handle(button(`quiz:a:${roundId}:${other}`, { user: u3 }));
    await a.ctx.quiz.close(roundId);
    const reveal = a.outbox.sent[0]?.message.content ?? '';
    const letter = (i: number) => 'ABCDE'[i];
    expect(reveal).toContain(`✅ **${letter(right)}. ${question.choices?.[right]}** · 1명`);
    expect(reveal).toContain(`▫️ ${letter(other)}. ${question.choices?.[other]} · 2명`);
    for (const choice of question.choices ?? []) expect(reveal.split(choice).length).toBe(2);
    expect(reveal).toContain('🎯 3명 중 1명 정답: student1');
  });
});

describe('hints on request', () => {
  it('shows the hint only to whoever asks, and a right answer after it earns 50 less', async () => {
    const a = await app();
    const { message, question, roundId } = await startUntil(a, (q) => q.type === 'fill-blank');
    expect(question.prompt).toMatch(/\(힌트: .+\)$/);
    expect(message.content).not.toContain('힌트');
    expect(idsOf(message)).toContain(`quiz:h:${roundId}`);
    const hint = messageOf(await a.handle(button(`quiz:h:${roundId}`, { user: u2 })));
    expect(hint.ephemeral).toBe(true);
    expect(hint.content).toContain(`💡 힌트: ${/\(힌트: (.+)\)$/.exec(question.prompt)?.[1]}`);
    // Asking twice costs nothing more.
    await a.handle(button(`quiz:h:${roundId}`, { user: u2 }));
    const points = (text: string) => Number(/\+(\d+)점/.exec(text)?.[1]);
    const withHint = contentOf(await answer(a, roundId, true, { user: u2 }));
    const without = contentOf(await answer(a, roundId, true, { user: u3 }));
    expect(withHint).toContain('💡 힌트 −50');
    expect(points(without) - points(withHint)).toBe(50);
    expect(contentOf(await a.handle(button(`quiz:h:${roundId}`, { user: u3 })))).toContain('이미 답했어요');
    await a.ctx.quiz.close(roundId);
    expect(contentOf(await a.handle(button(`quiz:h:${roundId}`, { user: u1 })))).toContain('이미 끝난 문제');
    const board = await a.store.leaderboard(GUILD, { period: 'all-time', limit: 10 });
    expect(board.map((r) => [r.name, r.points])).toEqual([
      ['student3', points(without)],
      ['student2', points(withHint)],
    ]);
  });
});

describe('the end of a session', () => {
  it('says at the start when the notes hold fewer questions than asked', async () => {
    const a = await app();
    const section = a.ctx.notes().knowledge.sections.find((s) => s.title === '도메인 주소');
    const first = contentOf(await a.handle(button(`quiz:start:${section?.id}`, { user: u2 })));
    expect(first).toContain('-# 📚 노트에 서로 다른 문제가 2개뿐이라 3문제 대신 2문제를 낼게요.');
    const en = contentOf(
      await a.handle(
        button(`quiz:start:${section?.id}`, { user: u2, locale: 'en', channelId: '800000000000000002' }),
      ),
    );
    expect(en).toContain('-# 📚 The notes hold 2 distinct questions here, so this quiz asks 2 instead of 3.');
    const b = await app();
    expect(contentOf(await b.handle(command('quiz', { count: 3 }, { user: u1 })))).not.toContain('📚');
  });

  it('asks a missed fact again later, and ends with the missed questions and a button to each section', async () => {
    const a = await app();
    const { roundId, question } = await startUntil(a, (q) => !isTyped(q), {
      solo: true,
      count: 4,
    });
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect(contentOf(await answer(a, roundId, false, { user: u1 }))).toMatch(/^❌/);
    await a.idle();
    // Two other questions first, then the missed one again, its choices in a new order.
    const session = await a.store.getSession(sessionId);
    expect(session?.total).toBe(5);
    const planned = JSON.parse(session?.questions ?? '[]') as (Question & { again?: boolean })[];
    expect(planned[3]).toMatchObject({ prompt: question.prompt, cardKey: question.cardKey, again: true });
    if (question.type !== 'true-false') expect(planned[3]?.answerIndex).not.toBe(question.answerIndex);
    expect(planned[3]?.choices?.[planned[3]?.answerIndex ?? 0]).toBe(
      question.choices?.[question.answerIndex ?? 0],
    );
    expect(a.outbox.sent.at(-1)?.message.content).toContain('퀴즈 2/5');
    expect(a.outbox.sent.at(-1)?.message.content).not.toContain('🔁');
    for (let i = 1; i < 5; i++) {
      const asked = a.outbox.sent.at(-1)?.message;
      expect(asked?.content?.includes('🔁 앞에서 놓친 문제를 다시 물어요.')).toBe(i === 3);
      const id = roundIdOf(asked as Message);
      // The second asking (question 4) is missed too.
      await answer(a, id, i !== 3, { user: u1 });
      await a.idle();
    }
    const last = a.outbox.sent.at(-1)?.message;
    expect(last?.content).toContain('🏁 **퀴즈 끝!**');
    const section = a.ctx
      .notes()
      .knowledge.sections.find((s) => s.file === question.source.file && s.line === question.source.line);
    expect(last?.content).toContain(`📌 **다시 볼 문제**\n1. ${section?.title}`);
    const explainId = `explain:s:${sectionKey(section as NonNullable<typeof section>)}`;
    expect(idsOf(last)).toContain(explainId);
    const opened = messageOf(await a.handle(button(explainId, { user: u1 })));
    expect(JSON.stringify(opened)).toContain(section?.title);
    // Asked again once only: its second miss adds nothing, and the summary names its section once.
    expect((await a.store.getSession(sessionId))?.total).toBe(5);
    // The summary, not the last reveal's footer, which names its own section (the same one, on some seeds' weights).
    const summary = last?.content?.split('📌 **다시 볼 문제**')[1] ?? '';
    expect(summary.split(`. ${section?.title}`).length).toBe(2);
  });

  it('does not ask again a question nobody answered', async () => {
    const a = await app();
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 2 }, { user: u1 }))));
    await a.advance(30_000);
    const sessionId = (await a.store.getRound(roundId))?.sessionId ?? '';
    expect((await a.store.getSession(sessionId))?.total).toBe(2);
  });
});

describe('reporting a bad question', () => {
  it('records a 🚩 on a revealed question with who reported it, once, and never asks it in that server again', async () => {
    const a = await app();
    const { roundId, question, seed } = await startUntil(a, () => true, { count: 2 });
    expect(contentOf(await a.handle(button(`quiz:r:${roundId}`, { user: u2 })))).toContain(
      '문제가 끝난 뒤에 신고할 수 있어요',
    );
    await a.ctx.quiz.close(roundId);
    expect(idsOf(a.outbox.sent[0]?.message)).toEqual([`quiz:r:${roundId}`]);
    const done = messageOf(await a.handle(button(`quiz:r:${roundId}`, { user: u2 })));
    expect(done).toMatchObject({ ephemeral: true });
    expect(done.content).toContain('🚩 신고했어요');
    expect(contentOf(await a.handle(button(`quiz:r:${roundId}`, { user: u2 })))).toContain('이미 신고한');
    expect(
      contentOf(await a.handle(button(`quiz:r:${roundId}`, { user: u2, guildId: OTHER_GUILD }))),
    ).toContain('다른 채널의 퀴즈');
    const reports = await a.store.reports(GUILD);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      roundId,
      userId: u2.id,
      name: 'student2',
      guildId: GUILD,
      channelId: CHANNEL,
    });
    expect(JSON.parse(reports[0]?.question ?? '{}').prompt).toBe(question.prompt);

    // The same seed asks it first elsewhere, but never again in this server.
    let channel = 0;
    const planned = async (guildId: string) => {
      channel += 1;
      const message = await a.ctx.quiz.start({
        guildId,
        channelId: `80000000000000010${channel}`,
        user: u1,
        locale: 'ko',
        token: `again-${channel}`,
        count: 2,
        solo: true,
        seed,
      });
      const round = await a.store.getRound(roundIdOf(message));
      const session = await a.store.getSession(round?.sessionId ?? '');
      return (JSON.parse(session?.questions ?? '[]') as Question[]).map(questionKey);
    };
    expect(await planned(OTHER_GUILD)).toContain(questionKey(question));
    expect(await planned(GUILD)).not.toContain(questionKey(question));
  });
});
