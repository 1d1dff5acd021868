import { describe, expect, it } from 'vitest';
import type { Message } from '../src/app/protocol.ts';
import { questionMessage } from '../src/app/quiz/render.ts';
import type { Question } from '../src/quiz/question.ts';

const base: Question = {
  type: 'definition-to-term',
  prompt: '다음 설명에 알맞은 용어는?',
  choices: ['CDN', 'DNS', 'WAS', 'Redis'],
  answerIndex: 0,
  explanation: 'CDN',
  source: { file: 'a.md', line: 1, title: '웹 > CDN' },
  topic: '웹',
  cardKey: 'a.md#1',
};
const round = { roundId: 'r1', position: 0, total: 1, closesAt: 30_000, locale: 'ko' as const };
// The choice buttons' labels (the stop button sits in a row of its own).
const labels = (m: Message) =>
  (m.components ?? []).flatMap((r) =>
    r.components.flatMap((c) =>
      'label' in c && c.label && 'custom_id' in c && c.custom_id.startsWith('quiz:a:') ? [c.label] : [],
    ),
  );

describe('quiz choices', () => {
  it('short ones are labelled buttons, not printed again in the message', () => {
    const m = questionMessage(base, round, false);
    expect(labels(m)).toEqual(['A. CDN', 'B. DNS', 'C. WAS', 'D. Redis']);
    expect(m.content).not.toContain('**A.**');
    expect(m.content).not.toContain('Redis');
  });

  it('long ones are printed once, lettered A–D, under short letter buttons', () => {
    const long = [
      '사용자와 가까운 곳에서 정적 파일을 대신 전달해 주는 서버들의 네트워크',
      '도메인 이름을 IP 주소로 바꾸어 주는 시스템',
      '요청을 여러 서버로 나누어 보내 한 서버에 부하가 몰리지 않게 하는 장치',
      '자주 쓰는 응답을 메모리에 저장해 두는 서버',
    ];
    const m = questionMessage({ ...base, choices: long }, round, false);
    expect(labels(m)).toEqual(['A', 'B', 'C', 'D']);
    for (const [i, c] of long.entries()) expect(m.content).toContain(`**${'ABCD'[i]}.** ${c}`);
    expect(m.content?.split(long[0] ?? '').length).toBe(2);
  });
});
