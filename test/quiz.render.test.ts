import { describe, expect, it } from 'vitest';
import { finaleText, questionMessage, revealMessage } from '../src/app/quiz/render.ts';
import type { Question } from '../src/quiz/question.ts';
import type { AnswerRecord } from '../src/store/store.ts';

const question: Question = {
  type: 'definition-to-term',
  prompt: '다음 설명에 알맞은 용어는?\n> 사용자와 가까운 곳에서 콘텐츠를 전달하는 서버 네트워크',
  choices: ['CDN', 'DNS', 'WAS', 'Redis'],
  answerIndex: 0,
  explanation: 'CDN: 사용자와 가까운 곳에서 콘텐츠를 전달하는 서버 네트워크',
  source: { file: '01-web-programming.md', line: 87, title: '1.5 인프라 > CDN' },
  topic: '1. 웹 프로그래밍이란?',
  cardKey: '01-web-programming.md#87',
};

const answerOf = (i: number, name: string, correct = true): AnswerRecord => ({
  roundId: 'r1',
  userId: `7000000000000${String(i).padStart(5, '0')}`,
  name,
  response: '0',
  correct,
  points: 100,
  answeredAt: i,
});

const view = { position: 4, total: 5, locale: 'ko' as const };

describe('questionMessage', () => {
  it('names the file and chapter under the question, never the section whose heading is the answer', () => {
    const round = { ...view, roundId: 'r1', closesAt: 30_000 };
    const content = questionMessage(question, round, false).content ?? '';
    expect(content).toContain('-# 📄 01-web-programming.md · 1.5 인프라');
    expect(content).not.toContain('> CDN');
    expect(content).not.toContain(':87');
  });
});

describe('reveals stay whole', () => {
  it('caps the names and keeps the answer, explanation, source and finale of a crowded round', () => {
    const answers = Array.from({ length: 120 }, (_, i) =>
      answerOf(i, `아주긴닉네임을가진학생${i}`.repeat(3)),
    );
    const totals = answers.slice(0, 10).map((a) => ({ name: a.name, points: 100, correct: 5 }));
    const finale = finaleText('ko', totals, 5);
    const long = { ...question, explanation: `${question.explanation}\n${'설명이 길어요. '.repeat(150)}` };
    const content = revealMessage(long, view, answers, finale).content ?? '';
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content).toContain('✅ **A. CDN** · 120명');
    expect(content).toContain('▫️ B. DNS · 0명');
    // The definition is the prompt's quoted line; the explanation keeps only what the reveal does not show.
    expect(content.split('사용자와 가까운 곳에서').length).toBe(2);
    expect(content).toContain('💡 설명이 길어요.');
    expect(content).toContain('-# 📄 01-web-programming.md:87 · 1.5 인프라 > CDN');
    expect(content).toContain('🏁 **퀴즈 끝!**');
    expect(content).toMatch(/🎯 120명 중 120명 정답: .+ 외 1\d\d명/);
    expect(
      content
        .split('\n')
        .find((l) => l.startsWith('🎯'))
        ?.split(', ').length,
    ).toBeLessThanOrEqual(15);
  });

  it('lists at most 15 names, then counts the rest, in either language', () => {
    const answers = Array.from({ length: 20 }, (_, i) => answerOf(i, `s${i}`));
    expect(revealMessage(question, view, answers, null).content).toContain(
      's0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14 외 5명',
    );
    const en = revealMessage(question, { ...view, locale: 'en' }, answers, null).content;
    expect(en).toContain('s14 and 5 more');
    expect(revealMessage(question, view, answers.slice(0, 3), null).content).toContain(
      '3명 중 3명 정답: s0, s1, s2\n',
    );
  });
});

describe('names cannot inject links or mentions', () => {
  const evil = '[클릭](https://phish.example) @everyone <@123456789012345678>\u202e';

  it('escapes names in reveals and the finale', () => {
    const finale = finaleText('ko', [{ name: evil, points: 100, correct: 1 }], 1);
    const content = revealMessage(question, view, [answerOf(1, evil)], finale).content ?? '';
    expect(content).not.toContain('[클릭](');
    expect(content).toContain('\\[클릭\\]\\(');
    expect(content).not.toMatch(/@everyone|<@\d/);
    expect(content).not.toContain('\u202e');
  });
});

describe('questions in the reader’s language', () => {
  it('renders generated prompts, hints and true/false choices in English for en, Korean otherwise', async () => {
    const { generateQuestions } = await import('../src/quiz/generate.ts');
    const { realKnowledge } = await import('./support/notes.ts');
    const { questionMessage, feedbackMessage, hintMessage } = await import('../src/app/quiz/render.ts');
    const { questionToJSON, QUESTION_TYPES } = await import('../src/quiz/question.ts');
    const questions = generateQuestions(realKnowledge(), { count: 120, seed: 11, repeat: true });
    const kinds = new Set<string>();
    for (const q of questions) {
      const en = { roundId: 'r', position: 0, total: 1, closesAt: 0, locale: 'en' as const };
      const shown = questionMessage(q, en, false).content ?? '';
      const revealed = revealMessage(q, { position: 0, total: 1, locale: 'en' }, [], null).content ?? '';
      const feedback = feedbackMessage(q, 'en', { correct: false, points: 0, streak: 0 }).content ?? '';
      for (const text of [shown, revealed, feedback]) {
        expect(text).not.toMatch(
          /다음 설명|알맞은|해당하는|빈칸|힌트|초성|글자|로 시작|맞아요|틀려요|고르세요/,
        );
      }
      if (q.type === 'true-false')
        expect(revealed).toMatch(/✅ \*\*[AB]\. (⭕ True|❌ False)\*\* · 0 picked/);
      if (q.type === 'fill-blank') {
        expect(shown).not.toMatch(/Hint:/);
        expect(JSON.stringify(questionMessage(q, en, false).components)).toContain('💡 Hint (−50 pts)');
        expect(hintMessage(q, 'en').content).toMatch(/^💡 Hint: (initial consonants|starts with) /);
      }
      kinds.add(q.type);
      const ko = questionMessage(q, { ...en, locale: 'ko' }, false).content ?? '';
      expect(ko).toContain(q.prompt.split('\n')[0] ?? '');
      // The CLI's JSON shape is unchanged: Korean, and no English copy.
      expect(Object.keys(questionToJSON(q))).not.toContain('en');
    }
    expect(kinds.size).toBe(QUESTION_TYPES.length);
  });
});
