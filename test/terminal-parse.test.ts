import { describe, expect, it } from 'vitest';
import explain from '../commands/explain.ts';
import leaderboard from '../commands/leaderboard.ts';
import quiz from '../commands/quiz.ts';
import stats from '../commands/stats.ts';
import { defineCommand } from '../src/app/command.ts';
import { parseSlashLine } from '../src/transports/terminal-parse.ts';
import { pressableByLetter, renderMessage } from '../src/transports/terminal-render.ts';

const quizLike = defineCommand({
  data: {
    name: 'quiz',
    description: 'quiz',
    name_localizations: { ko: '퀴즈' },
    options: [
      { type: 3, name: 'topic', description: 't', name_localizations: { ko: '주제' } },
      { type: 4, name: 'count', description: 'c' },
      { type: 5, name: 'solo', description: 's' },
    ],
  },
  execute: async () => ({ type: 'message', message: {} }),
});
const commands = [explain, quizLike];

describe('parseSlashLine', () => {
  it('gives free text to the first string option', () => {
    const parsed = parseSlashLine('/explain load balancer', commands);
    expect(parsed).toMatchObject({ kind: 'command', options: { topic: 'load balancer' } });
  });

  it('accepts Korean command and option names', () => {
    expect(parseSlashLine('/퀴즈 주제:캐시 count:3', commands)).toMatchObject({
      kind: 'command',
      options: { topic: '캐시', count: 3 },
    });
  });

  it('reads booleans and refuses a non-number for a number option', () => {
    expect(parseSlashLine('/quiz solo:true', commands)).toMatchObject({ options: { solo: true } });
    expect(parseSlashLine('/quiz count:many', commands)).toMatchObject({ kind: 'error' });
  });

  it('reads a bare number as a button press, and other text as text for the terminal to place', () => {
    expect(parseSlashLine(' 2 ', commands)).toEqual({ kind: 'press', number: 2 });
    expect(parseSlashLine('b', commands)).toEqual({ kind: 'text', text: 'b' });
    expect(parseSlashLine('라우터', commands)).toEqual({ kind: 'text', text: '라우터' });
  });

  it("explains an unknown command in the user's language, with the commands there are", () => {
    expect(parseSlashLine('/kubectl get pods', commands)).toEqual({
      kind: 'error',
      message: '/kubectl 명령은 없어요. 이런 명령이 있어요: /explain /quiz',
    });
    expect(parseSlashLine('/kubectl get pods', commands, 'en')).toEqual({
      kind: 'error',
      message: 'Unknown command /kubectl. Try: /explain /quiz',
    });
  });
});

describe('parseSlashLine on the real commands, as Discord reads options', () => {
  const real = [explain, quiz, stats, leaderboard];
  it('lets a value hold spaces up to the next option, quoted or not', () => {
    expect(parseSlashLine('/quiz topic:상태 코드', real)).toMatchObject({ options: { topic: '상태 코드' } });
    expect(parseSlashLine('/quiz topic:상태 코드 count:3', real)).toMatchObject({
      options: { topic: '상태 코드', count: 3 },
    });
    expect(parseSlashLine('/quiz count:3 topic:"상태 코드"', real)).toMatchObject({
      options: { topic: '상태 코드', count: 3 },
    });
    expect(parseSlashLine('/퀴즈 주제:“상태 코드” 문제수:2 혼자:네', real)).toMatchObject({
      options: { topic: '상태 코드', count: 2, solo: true },
    });
    // A quoted value may hold what looks like another option; a number takes one word only.
    expect(parseSlashLine('/quiz topic:"port count:3" count:2', real)).toMatchObject({
      options: { topic: 'port count:3', count: 2 },
    });
    expect(parseSlashLine('/quiz count:3 상태 코드', real)).toMatchObject({
      options: { topic: '상태 코드', count: 3 },
    });
  });

  it("enforces each option's own limits and choices instead of silently changing the value", () => {
    expect(parseSlashLine('/quiz count:0', real)).toEqual({
      kind: 'error',
      message: '「문제수」 옵션은 1에서 20 사이의 수여야 해요 (지금 0).',
    });
    expect(parseSlashLine('/quiz count:0', real, 'en')).toEqual({
      kind: 'error',
      message: 'count takes a number from 1 to 20 (not 0).',
    });
    expect(parseSlashLine('/quiz count:abc', real)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('수를 적어'),
    });
    expect(parseSlashLine(`/explain ${'가'.repeat(201)}`, real)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('200자까지'),
    });
    expect(parseSlashLine('/leaderboard period:이번 주', real)).toMatchObject({
      options: { period: 'weekly' },
    });
    expect(parseSlashLine('/leaderboard weekly', real)).toMatchObject({ options: { period: 'weekly' } });
    expect(parseSlashLine('/leaderboard period:monthly', real)).toEqual({
      kind: 'error',
      message: '「기간」 옵션은 전체, 이번 주 중 하나예요.',
    });
    expect(parseSlashLine('/quiz solo:maybe', real)).toMatchObject({ kind: 'error' });
  });

  it('says a required option is missing, and that the terminal has no other users', () => {
    expect(parseSlashLine('/explain', real)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('「주제」 옵션이 필요해요'),
    });
    expect(parseSlashLine('/stats user:x', real)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('터미널에는 나 혼자뿐'),
    });
    expect(parseSlashLine('/stats', real)).toMatchObject({ kind: 'command', options: {} });
  });
});

describe('renderMessage', () => {
  it("numbers each message's pressable buttons from 1 and skips disabled ones", () => {
    const { text, pressables } = renderMessage({
      content: 'hi',
      embeds: [{ title: 'T', description: 'D', footer: { text: 'F' } }],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 1, custom_id: 'a', label: 'A' },
            { type: 2, style: 1, custom_id: 'b', label: 'B', disabled: true },
            { type: 2, style: 2, custom_id: 'c', label: 'C' },
          ],
        },
      ],
    });
    expect(pressables.map((p) => p.customId)).toEqual(['a', 'c']);
    expect(text).toContain('[1] A  [2] C');
    expect(text).toContain('━━ T');
  });

  it("reads a 30 s deadline as 30 seconds in the user's language, never 31", () => {
    // Half a second into a second: Discord's timestamp is rounded up to the next whole second.
    const now = 1_800_000_000_500;
    const closesAt = now + 30_000;
    const content = `🧠 퀴즈 1/5 · <t:${Math.ceil(closesAt / 1000)}:R> 마감`;
    expect(renderMessage({ content }, { now }).text).toBe('🧠 퀴즈 1/5 · 30초 후 마감');
    expect(renderMessage({ content }, { now, locale: 'en' }).text).toBe('🧠 퀴즈 1/5 · in 30 s 마감');
  });

  it('finds the button a typed letter means, in either case', () => {
    const pressables = ['A. 인프라', 'B. CDN', 'C', 'D) 캐시'].map((label, i) => ({
      customId: `q:${i}`,
      label,
    }));
    expect(pressableByLetter(pressables, 'b')).toBe(1);
    expect(pressableByLetter(pressables, 'C')).toBe(2);
    expect(pressableByLetter(pressables, 'd')).toBe(3);
    expect(pressableByLetter(pressables, 'e')).toBe(-1);
  });
});
