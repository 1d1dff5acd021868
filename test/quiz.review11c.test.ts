import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/quiz/facts.ts';
import { isTyped } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/* Patterns of set 11b's blind reviews (session 11, held out until quiz11c), on a note written here in the same habits. */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = oneNote(
  tmp.dir,
  'gate.md',
  '# 7. 관문 서버(Gate Server)\n\n## 7.1 관문 기본 개념\n\n' +
    '### 관문 서버 정의(Definition)\n\n- 클라이언트와 여러 뒷단 서비스 사이에 서서 모든 요청을 먼저 받는 단일 진입점\n' +
    '- 인증, 제한, 변환을 한곳에서 처리함\n\n' +
    '### 관문 도입 배경(Why Gate)\n\n- 서비스가 늘면서 클라이언트가 주소를 하나하나 알아야 해서 복잡해짐\n\n' +
    '### 역방향 대리 서버(Reverse Proxy)\n\n- 서버 앞에서 요청을 대신 받아 뒤쪽 서버로 넘겨 주는 서버\n\n' +
    '### 부하 분산기(Load Balancer)\n\n- 들어온 요청을 여러 서버에 고르게 나눠 보내는 장치\n\n' +
    '### 인증 떠넘기기(Auth Offloading)\n\n- 각 서비스가 하던 토큰 확인을 관문에서 한 번만 하게 옮기는 것\n\n' +
    '### 규칙 정의(Rule Definition)\n\n- 관문이 요청을 어디로 보낼지 적어 둔 설정 묶음\n\n' +
    '### 응답 묶기(Response Composition)\n\n- 여러 서비스를 불러서 결과를 한 번에 합쳐 주는 것 (aggregation 이라고도 함)\n\n' +
    '### 응답 저장(Response Caching)\n\n- 같은 요청에 대한 응답을 관문에 잠깐 보관했다가 바로 돌려주는 것\n\n' +
    '## 7.2 키와 정규형\n\n' +
    '### 슈퍼 키(Super Key)\n\n- 행 하나를 구별할 수 있는 속성들의 묶음 전부\n\n' +
    '### 후보 키(Candidate Key)\n\n- 행 하나를 구별할 수 있는 가장 작은 속성 묶음\n\n' +
    '### 제1정규형(1NF)\n\n- 모든 칸이 더 쪼갤 수 없는 값 하나만 갖는 상태\n\n' +
    '### 제2정규형(2NF)\n\n- 제1정규형에서 부분 함수 종속을 없앤 상태\n\n' +
    '### 제3정규형(3NF)\n\n- 제2정규형에서 이행 함수 종속을 없앤 상태\n\n' +
    '### 보이스-코드 정규형(BCNF)\n\n- 모든 결정자가 후보 키가 되도록 만든 상태\n',
);

describe('set 11b patterns, on a note in the same habits', () => {
  const facts = extractFacts(notes);
  const qs = manyQuestions(notes);

  it('takes a heading `X 정의(Definition)` for X, and neither 정의 nor Definition for a name of it', () => {
    const gate = facts.terms.find((t) => t.name === '관문 서버');
    expect(gate).toBeDefined();
    expect(facts.terms.map((t) => t.name)).not.toContain('관문 서버 정의');
    // Where the English names a definition too, the definition is the thing named.
    expect(facts.terms.map((t) => t.name)).toContain('규칙 정의');
    expect(gate?.names.map((n) => n.toLowerCase())).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/정의|definition|define/)]),
    );
    const typed = qs.filter(isTyped);
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.acceptedAnswers).not.toContain('정의');
    for (const q of qs)
      expect(`${q.prompt}\n${(q.choices ?? []).join('\n')}`).not.toContain('관문 서버 정의');
  });

  it('offers no choices of two kinds the notes name side by side (keys among normal forms)', () => {
    const kinds = (choices: readonly string[]) =>
      new Set(choices.map((c) => (/키$/.test(c) ? 'key' : /정규형$/.test(c) ? 'form' : c)));
    const sets = qs.filter(
      (q) => q.type === 'definition-to-term' && (q.choices ?? []).some((c) => /키$|정규형$/.test(c)),
    );
    expect(sets.length).toBeGreaterThan(0);
    for (const q of sets)
      expect([...kinds(q.choices ?? [])].filter((k) => k === 'key' || k === 'form')).toHaveLength(1);
  });

  it('offers no heading of a background (`관문 도입 배경`) as a choice or a swapped name', () => {
    const choices = qs.filter((q) => q.type === 'definition-to-term' || q.type === 'term-to-definition');
    expect(choices.length).toBeGreaterThan(0);
    for (const q of choices) expect((q.choices ?? []).join('\n')).not.toMatch(/도입 배경|하나하나 알아야/);
    // A statement naming it is its own line, true; a swap would make it false.
    const swapped = qs.filter((q) => q.type === 'true-false' && q.answerIndex === 1);
    expect(swapped.length).toBeGreaterThan(0);
    for (const q of swapped) expect(q.prompt).not.toMatch(/도입 배경|하나하나 알아야/);
  });

  it('shows no other name of the answer a clue gives in parentheses (`(aggregation 이라고도 함)`)', () => {
    const clued = qs.filter((q) => q.explanation?.includes('합쳐 주는') || q.prompt.includes('합쳐 주는'));
    expect(clued.length).toBeGreaterThan(0);
    for (const q of qs) expect(`${q.prompt}\n${(q.choices ?? []).join('\n')}`).not.toContain('라고도');
  });

  it('asks for no answer the chapter title shows before the reveal (`관문 서버` in `7. 관문 서버(Gate Server)`)', () => {
    const finding = qs.filter((q) => ['definition-to-term', 'fill-blank', 'cloze'].includes(q.type));
    expect(finding.length).toBeGreaterThan(0);
    for (const q of finding)
      expect(q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0]).not.toBe('관문 서버');
  });
});
