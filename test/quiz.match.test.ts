import { describe, expect, it } from 'vitest';
import { matchesAnswer } from '../src/quiz/match.ts';
import { pointsFor } from '../src/quiz/scoring.ts';

describe('matchesAnswer', () => {
  const cdn = ['CDN', 'Content Delivery Network'];
  const cache = ['캐시 서버', 'cache server', '캐쉬 서버'];

  it('forgives spacing, case and punctuation', () => {
    expect(matchesAnswer(' cdn ', cdn)).toBe(true);
    expect(matchesAnswer('content-delivery network', cdn)).toBe(true);
    expect(matchesAnswer('캐시서버', cache)).toBe(true);
  });

  it('forgives vowels that sound alike, even in a short name (the notes write 해쉬 충돌, the key 해시 충돌)', () => {
    expect(matchesAnswer('해쉬 충돌', ['해시 충돌', 'hash collision'])).toBe(true);
    expect(matchesAnswer('베포', ['배포', 'deploy'])).toBe(true);
    expect(matchesAnswer('해시', ['배포'])).toBe(false);
  });

  it('forgives a trailing particle or polite ending', () => {
    expect(matchesAnswer('캐시 서버요', cache)).toBe(true);
    expect(matchesAnswer('캐시 서버입니다', cache)).toBe(true);
    expect(matchesAnswer('캐시 서버가', cache)).toBe(true);
  });

  it('forgives one typo at the jamo level, not two', () => {
    expect(matchesAnswer('캐사 서버', cache)).toBe(true);
    expect(matchesAnswer('Contnt Delivery Network', cdn)).toBe(true);
    expect(matchesAnswer('카사 서버', cache)).toBe(false);
    expect(matchesAnswer('Cotnent Delivry Network', cdn)).toBe(false);
  });

  it('takes the English a Korean loanword answer reads, word by word (13b: self-attention for 셀프 어텐션 struck)', () => {
    expect(matchesAnswer('self-attention', ['셀프 어텐션'])).toBe(true);
    expect(matchesAnswer('injection', ['인젝션'])).toBe(true);
    expect(matchesAnswer('Boolean 기반', ['불린 기반'])).toBe(true);
    expect(matchesAnswer('host 후보', ['호스트 후보'])).toBe(true);
    expect(matchesAnswer('attention', ['셀프 어텐션'])).toBe(false);
    expect(matchesAnswer('host 주소', ['호스트 후보'])).toBe(false);
    expect(matchesAnswer('>', ['>>'])).toBe(false);
  });

  it('counts two swapped neighbours as one slip', () => {
    expect(matchesAnswer('Cotnent Delivery Network', cdn)).toBe(true);
    expect(matchesAnswer('Javascirpt', ['JavaScript', '자바스크립트'])).toBe(true);
    expect(matchesAnswer('Sprnig', ['Spring'])).toBe(true);
    expect(matchesAnswer('Srpnig', ['Spring'])).toBe(false);
  });

  it('accepts a name with a generic noun added, not one with a part missing', () => {
    expect(matchesAnswer('finally 블록', ['finally'])).toBe(true);
    expect(matchesAnswer('GET 방식', ['GET'])).toBe(true);
    expect(matchesAnswer('HTTP 프로토콜', ['HTTP', 'HyperText Transfer Protocol'])).toBe(true);
    expect(matchesAnswer('HTTP', ['HTTP 메서드'])).toBe(false);
    expect(matchesAnswer('POST 방식', ['GET'])).toBe(false);
  });

  it('accepts the English or Korean alias and rejects other answers', () => {
    expect(matchesAnswer('Cache Server', cache)).toBe(true);
    expect(matchesAnswer('웹 서버', cache)).toBe(false);
    expect(matchesAnswer('', cache)).toBe(false);
    // Short answers get no typo allowance: `CDM` is another word, not a slip.
    expect(matchesAnswer('CDM', cdn)).toBe(false);
  });
});

describe('pointsFor', () => {
  const timing = (answeredAt: number) => ({ openedAt: 0, closesAt: 30_000, answeredAt });

  it('gives base + speed + capped streak bonus', () => {
    expect(pointsFor(timing(0), 0)).toBe(150);
    expect(pointsFor(timing(15_000), 0)).toBe(125);
    expect(pointsFor(timing(30_000), 0)).toBe(100);
    expect(pointsFor(timing(30_000), 2)).toBe(120);
    expect(pointsFor(timing(30_000), 99)).toBe(150);
  });
});
