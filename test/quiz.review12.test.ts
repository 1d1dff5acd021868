import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/quiz/facts.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { matchesAnswer } from '../src/quiz/match.ts';
import { isTyped, questionToJSON } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/* Patterns of set 11c's blind reviews (session 11, held out until session 12), on a note written here in the same habits. */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = oneNote(
  tmp.dir,
  'fonts.md',
  '# 9. 글꼴 싣기(Font Loading)\n\n## 9.1 깜빡임 문제\n\n' +
    '### FOUT(Flash of Unstyled Text)\n\n- 대체 글꼴로 먼저 글자를 보여 주다가 웹 글꼴이 오면 바꿔 그리는 현상\n- 글자는 바로 읽을 수 있음\n\n' +
    '### FOIT(Flash of Invisible Text)\n\n- 웹 글꼴이 올 때까지 글자를 아예 숨겨 두는 현상\n- 느린 망에서는 빈 화면이 오래 보임\n\n' +
    '## 9.2 글꼴 파일 형식\n\n' +
    '### WOFF(Web Open Font Format)\n\n- 웹에서 쓰려고 글꼴 파일을 압축해 담은 첫 번째 형식\n\n' +
    '### WOFF2\n\n- 더 좋은 압축 방식을 써서 파일 크기를 3 할쯤 더 줄인 다음 형식\n\n' +
    '### 서브셋 만들기(Subsetting)\n\n- 실제로 쓰는 글자만 남기고 나머지 글리프를 빼서 파일을 작게 만드는 작업\n\n' +
    '## 9.3 글꼴 배포\n\n' +
    '### 싣는 방법(Loading)\n\n- preload: 페이지가 글꼴을 찾기 전에 먼저 받아 두라고 알려 줌!! 이거 시험에 나옴\n' +
    '- font-display swap: 대체 글꼴로 먼저 보여 주고 웹 글꼴이 오면 바꿔 그림\n' +
    '- self hosting: 글꼴 파일을 남의 서버가 아닌 우리 서버에서 직접 내려 줌\n',
);

describe('set 11c patterns, on a note in the same habits', () => {
  const typed = manyQuestions(notes).filter(isTyped);

  it('takes one typo in an answer, but not a slip that spells another term of the notes', () => {
    expect(matchesAnswer('FOTU', ['FOUT'], ['FOIT'])).toBe(true);
    expect(matchesAnswer('FOIT', ['FOUT'], ['FOIT'])).toBe(false);
    expect(matchesAnswer('foit', ['FOUT'], ['FOIT'])).toBe(false);
    // Without the notes' other terms the slip is forgiven, as before.
    expect(matchesAnswer('FOIT', ['FOUT'])).toBe(true);
  });

  it('tells each typed question which of the notes’ terms are one typo from its answer', () => {
    const asking = (name: string) => typed.filter((q) => q.acceptedAnswers?.includes(name));
    const pairs: Array<[string, string]> = [
      ['FOUT', 'FOIT'],
      ['FOIT', 'FOUT'],
      ['WOFF', 'WOFF2'],
      ['WOFF2', 'WOFF'],
    ];
    const asked = pairs.filter(([answer]) => asking(answer).length > 0);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const [answer, sibling] of asked) {
      for (const q of asking(answer)) {
        expect(q.rejectedAnswers, q.prompt).toContain(sibling);
        expect(matchesAnswer(sibling, q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(false);
        expect(questionToJSON(q).rejectedAnswers).toEqual(q.rejectedAnswers);
      }
    }
  });

  it('rejects no name of its own answer and nothing far from it', () => {
    for (const q of typed) {
      for (const name of q.rejectedAnswers ?? []) expect(q.acceptedAnswers).not.toContain(name);
      if (q.acceptedAnswers?.includes('서브셋 만들기')) expect(q.rejectedAnswers).toBeUndefined();
    }
  });

  it("leaves a note-taker's aside at a line's end (`…!! 이거 시험에 나옴`) out of every question", () => {
    const all = manyQuestions(notes);
    const shown = all.flatMap((q) => [q.prompt, q.explanation, ...(q.choices ?? [])]);
    expect(shown.some((t) => t.includes('먼저 받아 두라고 알려 줌'))).toBe(true);
    for (const text of shown) expect(text).not.toMatch(/시험에 나옴/);
  });

  it('asks no name whose head word the line shows when only the right choice has it (`…모아 두는 큐`)', () => {
    const jobs = oneNote(
      tmp.dir,
      'jobs.md',
      '# 4. 배치 작업(Batch Jobs)\n\n## 4.1 실패 다루기\n\n' +
        '### 데드 레터 큐(Dead Letter Queue)\n\n- 처리에 계속 실패한 메시지를 따로 모아 두는 큐\n\n' +
        '### 지수 백오프(Exponential Backoff)\n\n- 실패할 때마다 다시 하기 전 기다리는 시간을 두 배씩 늘리는 방식\n\n' +
        '### 재시도 정책(Retry Policy)\n\n- 몇 번까지, 어떤 오류일 때 다시 시도할지 정해 둔 규칙\n\n' +
        '### 멱등성 키(Idempotency Key)\n\n- 같은 요청이 두 번 와도 한 번만 처리되도록 요청마다 붙이는 고유 값\n\n' +
        '### 분산 락(Distributed Lock)\n\n- 서버 여러 대 중 한 대만 작업을 실행하도록 공유 저장소에 거는 잠금\n',
    );
    const words = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => generateQuestions(jobs, { count: 10, seed }));
    const toTerm = qs.filter((q) => q.type === 'definition-to-term');
    expect(toTerm.length).toBeGreaterThan(0);
    for (const q of toTerm) {
      const right = q.choices?.[q.answerIndex ?? 0] ?? '';
      const rivals = (q.choices ?? []).filter((c) => c !== right).flatMap(words);
      const clue = q.prompt.split('\n> ')[1] ?? '';
      const echoed = words(right).filter((w) => words(clue).includes(w) && !rivals.includes(w));
      expect(echoed, q.prompt).toEqual([]);
    }
  });

  it('takes the English name the notes give a thing made as memory, a type, a structure (`힙 메모리(Heap)`)', () => {
    const memory = oneNote(
      tmp.dir,
      'memory.md',
      '# 5. 메모리(Memory)\n\n## 5.1 영역\n\n' +
        '### 힙 메모리(Heap)\n\n- 실행 중에 동적으로 할당되는 객체가 저장되는 영역, GC 대상임\n\n' +
        '### 옵션 타입(Option)\n\n- 값이 있을 수도 없을 수도 있음을 Some 과 None 으로 나타내는 열거형\n\n' +
        '### 호스트 네트워크(Host)\n\n- 컨테이너가 바깥 머신의 망 설정을 그대로 같이 쓰는 방식\n',
    );
    const typedFor = (name: string) =>
      manyQuestions(memory).filter((q) => isTyped(q) && q.acceptedAnswers?.[0] === name);
    const cases: Array<[string, string, boolean]> = [
      ['힙 메모리', 'Heap', true],
      ['옵션 타입', 'Option', true],
      // The English of the first word alone names every host, no network.
      ['호스트 네트워크', 'Host', false],
    ];
    for (const [name, typed, right] of cases) {
      const qs = typedFor(name);
      expect(qs.length, name).toBeGreaterThan(0);
      for (const q of qs)
        expect(matchesAnswer(typed, q.acceptedAnswers ?? [], q.rejectedAnswers), name).toBe(right);
    }
  });

  it('takes a `해결법 :` line for the way its concept is met, not for a term named 해결법', () => {
    const reads = oneNote(
      tmp.dir,
      'reads.md',
      '# 6. 복제(Replication)\n\n## 6.1 일관성\n\n' +
        '### 자기 쓰기 읽기 보장\n\n- 내가 방금 쓴 데이터는 최소한 나한테는 바로 보여야 한다는 일관성 조건\n' +
        '- 해결법 : 쓴 직후 일정 시간 동안은 그 사용자 읽기를 원본 서버로 보냄\n' +
        '- 해법 : 쓴 시점의 로그 위치를 기억했다가 복제본이 따라왔을 때만 읽음\n\n' +
        '### 복제 지연(Replication Lag)\n\n- 원본에 쓴 내용이 복제본에 반영되기까지 걸리는 시간 차이\n',
    );
    const names = extractFacts(reads).terms.map((t) => t.name);
    expect(names).toContain('복제 지연');
    expect(names).not.toContain('해결법');
    expect(names).not.toContain('해법');
  });

  it('keeps a chain of steps and a list going on whole where a label seemed to start the next line (set 12b)', () => {
    const frames = oneNote(
      tmp.dir,
      'frames.md',
      '# 8. 판다스(pandas)\n\n## 8.1 집계와 변형\n\n' +
        '### 그룹화(groupby)\n\n- split → apply → combine : 키 기준으로 쪼개고, 그룹별 계산하고, 다시 합침\n\n' +
        '### 시본 연계(Seaborn)\n\n- DataFrame 을 그대로 넘기고 열 이름으로 x, y, hue 지정 : 막대 그래프 바로 그림\n\n' +
        '### 피벗 테이블(pivot_table)\n\n- 원본 표를 행과 열 기준으로 다시 묶어 요약표를 만드는 기능\n' +
        '- long → wide : 행/열/값 지정해서 엑셀 피벗처럼 요약표 만듦\n\n' +
        '### 멜트(melt)\n\n- 열 여러 개를 변수와 값 두 열로 녹여 세로로 긴 표를 만드는 기능\n',
    );
    expect(extractFacts(frames).terms.map((t) => t.name)).not.toContain('long → wide');
    const shown = manyQuestions(frames).flatMap((q) => [q.prompt, q.explanation, ...(q.choices ?? [])]);
    expect(shown.some((t) => t.includes('열 이름으로 x, y, hue 지정'))).toBe(true);
    for (const text of shown) {
      expect(text).not.toMatch(/split → apply(?! → combine)/);
      expect(text).not.toMatch(/열 이름으로 x, y$/m);
    }
  });
});
