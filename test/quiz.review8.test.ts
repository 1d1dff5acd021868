import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { extractFacts } from '../src/quiz/facts.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { isTyped } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * The patterns the session-8 blind review of two fresh chapters (TypeScript's types and CSS layout, the two the
 * quiz was worked on) found, each on a note written here in the same habits, with a glossary of its own.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const dir = join(tmp.dir, 'layout');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'glossary.yaml'),
  '- [breakpoint, 브레이크포인트, 중단점]\n- [i/o, io, 입출력, input output]\n- [protocol, 프로토콜]\n- [error, 에러, 오류]\n',
);
writeFileSync(
  join(dir, 'layout.md'),
  '# 9. 화면 배치\n\n## 9.1 상자\n\n### 상자 모델(Box Model)\n\n' +
    '- 모든 요소는 네모난 칸 하나로 그려짐, 안쪽부터 내용 → 안쪽 여백 → 테두리 → 바깥 여백\n\n' +
    '### 상자 크기 계산(box-sizing)\n\n- 너비에 안쪽 여백을 넣을지 정하는 속성, 기본은 content-box\n' +
    '- `border-box` : 너비 안에 안쪽 여백까지 포함 → 보통 `* { box-sizing: border-box; }` 걸고 시작함\n\n' +
    '### 마진 겹침\n\n- 위아래로 붙은 두 상자의 세로 margin 이 더해지지 않고 큰 쪽 하나만 남는 현상\n' +
    '- 부모에 안쪽 여백을 조금이라도 주면 자식 위쪽 여백이 부모 밖으로 새지 않음\n\n' +
    '### 늘리기와 줄이기\n\n**flex-expand와 flex-narrow**\n' +
    '- expand : 빈 공간이 남을 때 아이템이 나눠 갖는 비율, 기본값 0 이라 안 늘어남\n' +
    '- narrow : 공간이 모자랄 때 아이템이 줄어드는 비율, 0 주면 절대 안 줄어듦\n\n' +
    '### 줄 넘김(Line Wrap)\n\n- 기본은 한 줄에 전부 우겨넣고 넘치면 찌그러뜨림\n' +
    '- wrap 값을 주면 넘치는 아이템이 다음 줄로 내려가서 여러 줄이 됨\n\n' +
    '### 가운데 놓기(Centering)\n\n- 면접 단골 질문 : 상자를 화면 한가운데 놓는 방법 세 가지\n' +
    '- 부모를 격자로 바꾸고 가운데 자리 하나에 자식을 놓아 가로세로를 한 번에 맞추는 방식\n\n' +
    '### 화면 조건 규칙(Screen Rule)\n\n- 화면 폭 같은 조건마다 다른 스타일을 거는 규칙 : `@screen (min-width: 768px) { ... }`\n' +
    '- breakpiont 는 기기 말고 내용이 깨지는 지점 기준으로 잡기\n' +
    '- 서버가 101 Switching Protocols 로 답하면 그때부터 규칙이 바뀜\n\n' +
    '### 격자 영역\n\n- 부모 : `grid-template-areas: "head head" "side main"` 로 영역 이름 배치\n' +
    '- 자식 : `grid-area: head` 처럼 이름 하나로 자기 자리 지정\n' +
    '- 팀 컨벤션 : 큰 배치는 격자로, 한 줄 정렬은 flex 로 통일해서 씀\n' +
    '- CSS Grid가 대표적 : `display: grid; grid-template-columns: 1fr 2fr;`\n\n' +
    '### 값 우기기(Assertion)\n\n- 컴파일러한테 이 값은 이 타입이라고 우기는 것 : `el as HTMLInputElement`\n' +
    '- 실제 값이 바뀌는 건 아니라서 틀리면 런타임에 그대로 터짐\n\n' +
    '### 비동기 입출력\n\n- 파일 읽기를 맡겨 두고 끝날 때까지 기다리지 않고 그동안 다른 요청을 처리하는 방식\n\n' +
    '### 쿼리 언어 GridQL\n\n- 격자 칸을 글로 적어서 찾아 주는 작은 문법, 칸 이름으로 자리를 고름\n\n' +
    '### 배치 전략\n\n- 화면 크기마다 어떤 칸 구성을 쓸지 미리 정해 두는 계획, 작은 화면부터 정함\n\n' +
    '### 에러 칸\n\n- 배치가 깨진 칸을 (err, cell) 두 값으로 알려 주는 자리, 맨 아래 줄에 둠\n\n' +
    '### 빈 칸 표시\n\n- 아직 아무것도 안 놓인 칸을 점선 테두리로 그려서 보여 줌\n\n' +
    '### 채우기 모드\n\n- 남는 칸을 빈칸 그대로 두지 않고 아이템을 늘려서 다 채워 넣는 방식\n' +
    '- 반대는 빈칸을 그대로 남겨 두는 모드\n- 격자 템플릿도 내부적으로 이 방식으로 칸을 나눔\n',
);
const layout = loadKnowledge(dir, { cacheDir: false });

describe('session-8 review patterns, on a note in the same habits', () => {
  const facts = extractFacts(layout);
  const names = facts.terms.map((t) => t.name);
  const qs = manyQuestions(layout);
  const seen = qs.map((q) => `${q.prompt}\n${(q.choices ?? []).join('\n')}`).join('\n');

  it('takes no aside of the notes for a term (`면접 단골 질문 :`)', () => {
    expect(names.some((n) => n.includes('면접'))).toBe(false);
    expect(seen).not.toContain('면접');
  });

  it('takes no role, advice or example label for a term (`부모 :`, `팀 컨벤션 :`, `X가 대표적 :`) or code expression', () => {
    for (const label of ['부모', '자식', '팀 컨벤션', 'CSS Grid가 대표적'])
      expect(names).not.toContain(label);
    const answers = qs.flatMap((q) => q.acceptedAnswers ?? []);
    for (const label of ['부모', '자식', '팀 컨벤션', 'el as HTMLInputElement'])
      expect(answers).not.toContain(label);
  });

  it('asks one of two names its notes set against each other in a session (flex-expand / flex-narrow)', () => {
    let pairs = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const session = generateQuestions(layout, { count: 10, seed });
      const about = session.filter((q) => /flex-(expand|narrow)/.test(`${q.prompt}\n${q.explanation ?? ''}`));
      expect(about.length).toBeLessThanOrEqual(1);
      pairs += about.length;
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('asks about each term once a session, counting the term a cloze shows with its line', () => {
    const squashed = (x: string) => x.replace(/\s+/g, '').toLowerCase();
    const about = (q: (typeof qs)[number]): string[] => {
      const owner = /^(.+?): /.exec(q.explanation ?? '')?.[1];
      const named = /「(.+?)」/.exec(q.prompt)?.[1] ?? /^> (.+?): /m.exec(q.prompt)?.[1];
      const answer = q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];
      const asked = q.type === 'definition-to-term' || isTyped(q) ? answer : undefined;
      const names = [owner, named, asked].filter((x): x is string => !!x && !x.includes('＿'));
      return [...new Set(names.map(squashed))];
    };
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const names = generateQuestions(layout, { count: 10, seed }).flatMap(about);
      expect(names.length).toBeGreaterThan(5);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
  });

  it('never shows a line whose subject is around it (`기본은 …`, `반대는 …`, `… 이 방식으로`)', () => {
    expect(qs.length).toBeGreaterThan(20);
    for (const line of ['기본은 한 줄에', '반대는 빈칸을', '이 방식으로 칸을'])
      expect(seen).not.toContain(line);
  });

  it('calls a label under a heading pairing names by its whole name (`narrow :` is flex-narrow)', () => {
    const narrow = facts.terms.find((t) => t.names.includes('narrow'));
    expect(narrow?.name).toBe('flex-narrow');
    const typed = qs.filter((q) => isTyped(q) && q.acceptedAnswers?.includes('flex-narrow'));
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.acceptedAnswers).toContain('narrow');
  });

  it('takes a sentence with its example after a colon for a definition, not a label', () => {
    const rule = facts.terms.find((t) => t.name === '화면 조건 규칙');
    expect(rule?.definitions[0]).toMatch(/^화면 폭 같은 조건마다/);
    expect(names.some((n) => n.startsWith('화면 폭'))).toBe(false);
  });

  it('accepts only the code for a blank in code (`{ ＿＿＿: border-box; }` is no `상자 크기 계산`)', () => {
    const blank = qs.filter((q) => q.type === 'cloze' && q.prompt.includes('{ ＿＿＿: border-box; }'));
    expect(blank.length).toBeGreaterThan(0);
    for (const q of blank) expect(q.acceptedAnswers).toEqual(['box-sizing']);
  });

  it('accepts a Korean name with a word as its English abbreviation (`비동기 I/O` for 비동기 입출력)', () => {
    const io = qs.filter((q) => isTyped(q) && q.acceptedAnswers?.[0] === '비동기 입출력');
    expect(io.length).toBeGreaterThan(0);
    for (const q of io) expect(q.acceptedAnswers).toContain('비동기 i/o');
  });

  it('accepts a name without the kind written before or after it (`GridQL`, `배치`)', () => {
    const typed = qs.filter(isTyped);
    const forms = (name: string) => typed.filter((q) => q.acceptedAnswers?.[0] === name);
    expect(forms('GridQL').length + forms('배치 전략').length).toBeGreaterThan(0);
    for (const q of forms('GridQL')) expect(q.acceptedAnswers).toContain('쿼리 언어 GridQL');
    for (const q of forms('배치 전략')) expect(q.acceptedAnswers).toContain('배치');
  });

  it('gives no clue that writes a word of the name in English code (`(err, cell)` for 에러 칸) or masks twice', () => {
    const answer = (q: (typeof qs)[number]) => q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];
    const clued = qs.filter(
      (q) => ['definition-to-term', 'fill-blank'].includes(q.type) && answer(q) === '에러 칸',
    );
    expect(clued.filter((q) => q.prompt.includes('err'))).toEqual([]);
    expect(qs.filter((q) => q.prompt.split('○○').length > 2)).toEqual([]);
    expect(qs.some((q) => q.prompt.includes('에러 칸'))).toBe(true);
  });

  it('accepts no short form that another name starts with (`상자` of 상자 모델 beside 상자 크기 계산)', () => {
    const box = qs.filter((q) => isTyped(q) && q.acceptedAnswers?.[0] === '상자 모델');
    expect(box.length).toBeGreaterThan(0);
    for (const q of box) expect(q.acceptedAnswers).not.toContain('상자');
  });

  it('shows a word the notes misspell as the glossary spells it (`breakpiont` → breakpoint)', () => {
    expect(seen).not.toContain('breakpiont');
    expect(seen).toContain('breakpoint 는 기기 말고');
    // A plural is no typo.
    const rule = facts.terms.find((t) => t.name === '화면 조건 규칙');
    expect(rule?.lines.some((l) => l.includes('101 Switching Protocols 로'))).toBe(true);
  });

  it('gives no clue that writes the answer in the other script (`margin` for 마진 겹침)', () => {
    const answer = (q: (typeof qs)[number]) => q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];
    const clued = qs.filter(
      (q) => ['definition-to-term', 'fill-blank'].includes(q.type) && answer(q) === '마진 겹침',
    );
    expect(clued.filter((q) => /margin/i.test(q.prompt))).toEqual([]);
    // The term is one the notes define: the clue is refused, not the term missed.
    expect(names).toContain('마진 겹침');
  });
});

describe('session-8 review patterns: masks', () => {
  const api = oneNote(
    tmp.dir,
    'api.md',
    '# 12. API 지키기\n\n## 12.1 제한\n\n### 요청 복잡도 제한\n\n' +
      '- 클라가 요청을 맘대로 짜니까 엄청 깊게 중첩된 요청 하나로 서버 죽일 수 있음\n\n' +
      '### 깊이 제한\n\n- 중첩이 몇 단계 이상이면 실행 전에 거절하는 방법\n\n' +
      '### 응답 캐시\n\n- 같은 결과를 서버 메모리에 잠깐 저장해 두고 다시 계산하지 않는 방법\n\n' +
      '### 호출 횟수 제한\n\n- 사용자 하나가 1분 동안 보낼 수 있는 호출 수를 정해 두고 넘으면 429 를 돌려줌\n\n' +
      '### 요청 크기 제한\n\n- 본문이 정해 둔 바이트 수보다 크면 읽기 전에 413 으로 끊어 버림\n\n' +
      '### 시간 제한\n\n- 처리가 몇 초 넘게 걸리면 중간에 끊고 504 를 돌려주는 방법\n',
  );

  it('offers with a clue that masks a word of the answer a name with that word too (`○○를 맘대로 짜니까`)', () => {
    const clued = manyQuestions(api).filter(
      (q) => q.type === 'definition-to-term' && q.choices?.[q.answerIndex ?? -1] === '요청 복잡도 제한',
    );
    for (const q of clued) {
      if (!q.prompt.includes('○○')) continue;
      const others = (q.choices ?? []).filter((c) => c !== '요청 복잡도 제한');
      expect(others.some((c) => c.includes('요청'))).toBe(true);
    }
    expect(manyQuestions(api).some((q) => q.prompt.includes('요청 복잡도 제한'))).toBe(true);
  });
});

describe('session-8 review patterns: the chapter shown before the answer', () => {
  const dir = join(tmp.dir, 'chapter');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'glossary.yaml'), '- [cache, caching, 캐시, 캐싱]\n');
  writeFileSync(
    join(dir, 'store.md'),
    '# 21. 캐싱과 보관\n\n## 21.1 기본\n\n### 캐시\n\n- 자주 쓰는 값을 가까운 곳에 잠깐 저장해 두는 것\n\n' +
      '### 영속 저장소\n\n- 프로그램이 꺼져도 디스크에 남아 있는 저장 공간\n\n' +
      '### 임시 파일\n\n- 작업 중에만 쓰고 끝나면 지우는 파일, 보통 tmp 폴더에 둠\n',
  );
  const k = loadKnowledge(dir, { cacheDir: false });

  it('asks for no name the chapter title shows with a particle on it (`캐싱과 보관` for 캐시)', () => {
    const qs = manyQuestions(k);
    const answer = (q: (typeof qs)[number]) => q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];
    const asked = qs.filter((q) => ['definition-to-term', 'fill-blank'].includes(q.type));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((q) => answer(q) === '캐시')).toEqual([]);
  });
});
