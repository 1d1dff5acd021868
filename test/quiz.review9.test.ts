import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { headingPairs } from '../src/knowledge/mine.ts';
import { extractFacts } from '../src/quiz/facts.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { matchesAnswer } from '../src/quiz/match.ts';
import { isTyped } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * Patterns of the session-8 reviews of chapters held out then (node-express, functional programming,
 * observability), each on a note written here in the same habits.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = oneNote(
  tmp.dir,
  'tools.md',
  '# 5. 함수형 도구\n\n## 5.1 함수 엮기\n\n' +
    '### 차례 잇기(Flow)\n\n- 작은 함수 여러 개를 왼쪽부터 하나씩 이어 붙여서 한 번에 실행하는 방식\n' +
    '- 차례 잇기는 데이터가 흐르는 방향대로 읽혀서 읽기 쉬움\n' +
    '- 보통 `chain(trim, lower, split)` 처럼 인자로 함수들을 넘겨서 씀\n\n' +
    '### 겹쳐 부르기\n\n- 한 함수의 결과를 다른 함수의 입력으로 넣어서 새 함수를 만드는 것\n\n' +
    '### 참조 투명성\n\n- 호출한 자리를 그 결과값으로 바꿔 써도 프로그램 의미가 그대로면 참조 투명하다고 함\n\n' +
    '### 값 상자\n\n- 값을 감싸서 그 안에서 함수를 적용하고 다시 감싸서 돌려주는 구조\n' +
    '- 리스트가 대표적인 값 상자 : 안의 값마다 함수를 적용해도 여전히 리스트\n\n' +
    '### 세는 함수 예제\n\n- 바깥 함수가 돌려준 함수가 내부 숫자를 계속 들고 있어서 부를 때마다 하나씩 늘어남\n\n' +
    '## 5.2 서버 쪽\n\n### 미들웨어 개념(Middleware)\n\n- 요청과 응답 사이에서 차례로 실행되는 함수들의 사슬\n\n' +
    '### JWT 인증(JSON Web Token)\n\n- 헤더, 내용, 서명 세 부분으로 된 표를 서버가 서명만 보고 믿는 방식\n\n' +
    '### 세션 저장소\n\n- 로그인한 사용자의 상태를 서버 쪽 저장 공간에 두고 쿠키의 식별자로 찾는 곳\n\n' +
    '### 추적 번호\n\n- 요청마다 고유 번호를 붙여서 여러 서비스의 기록을 하나로 묶는 값\n\n' +
    '### 묶음 읽기\n\n- 여러 번 읽을 것을 한 번에 모아서 읽는 도구\n' +
    '- 배치 함수 하나 넘김 : 키 목록을 받아서 같은 순서의 결과 목록을 돌려줌\n' +
    '- 인자 4개 : `(parent, args, context, info)` 순서로 받음\n' +
    '- 캐시 크기 작게 : 요청 하나 동안만 기억함\n\n' +
    '### 필드 조각(Fragment)\n\n- `fragment Info on User { name }` 처럼 필드 묶음에 이름 붙임\n' +
    '- 쓸 때는 ...Info 로 펼쳐서 씀\n\n' +
    '### 불러오기 옵션\n\n- 대기 옵션 : true, false, blocking\n- 저장 옵션 : force-cache, no-store, no-cache\n' +
    "- false : 목록에 없는 경로는 404\n- `'wait'` : 생성 끝날 때까지 기다렸다가 완성된 페이지를 보냄\n\n" +
    '### 실행 순서 정하기\n\n- start_after 는 먼저 띄울 것만 정하고 준비됐는지는 모름\n\n' +
    '### 값 꺼내 쓰기\n\n- 컴포넌트 안에서 바로 `await load()` 하거나 `RUN npm ci` 처럼 단계마다 받아 옴\n\n' +
    '### 이름 붙은 값\n\n- 질의에 값을 박지 말고 $id 같은 변수로 빼서 따로 보냄\n\n' +
    '### 변수\n\n- 질의 문자열에 값을 박지 않고 $id 같은 변수로 빼서 따로 보내는 자리\n\n' +
    '### 관측 표준(Observability Standard)\n\n- 수집 도구들을 한 가지 약속으로 맞춘 모음, 줄여서 OBS\n- 관측 표준은 언어마다 도구를 따로 둠\n\n' +
    '### 경보 규칙\n\n- 심각도 나누기 : 당장 깨워야 하는 건 전화, 내일 봐도 되는 건 채팅방\n' +
    '- 질의 언어 GraphQ : 지표를 골라 더하고 나누는 짧은 식을 적는 말\n' +
    '- 가상 DOM : 메모리에 두는 화면의 사본, 바뀐 부분만 실제 화면에 반영함\n\n' +
    '### 질의 언어 이란(What is QL)\n\n- 서버에 필요한 모양 그대로 데이터를 달라고 적는 말\n',
);

describe('session-9 patterns, on a note in the same habits', () => {
  const facts = extractFacts(notes);
  const names = facts.terms.map((t) => t.name);
  const qs = manyQuestions(notes);
  const answerOf = (q: (typeof qs)[number]) => q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];

  it('clues a term with its plain line, not one with a mask or code, when it has one', () => {
    const clued = qs.filter((q) => q.type === 'definition-to-term' && answerOf(q) === '차례 잇기');
    expect(clued.length).toBeGreaterThan(1);
    for (const q of clued) expect(q.prompt).not.toMatch(/○○|chain\(/);
  });

  it('gives no clue with the stem of a name made with 성/형/화 (`참조 투명하다고` for 참조 투명성)', () => {
    const clued = qs.filter(
      (q) => ['definition-to-term', 'fill-blank'].includes(q.type) && answerOf(q) === '참조 투명성',
    );
    expect(clued.filter((q) => q.prompt.includes('투명'))).toEqual([]);
  });

  it('takes no example label or heading for a term (`X가 대표적인 Y :`, `세는 함수 예제`)', () => {
    expect(names.some((n) => n.includes('대표적'))).toBe(false);
    expect(names).not.toContain('세는 함수 예제');
    expect(names).toContain('값 상자');
    const box = facts.terms.find((t) => t.name === '값 상자');
    expect(box?.definitions.join('\n')).not.toContain('대표적');
  });

  it('takes a heading `X 개념` for X', () => {
    expect(names).toContain('미들웨어');
    expect(names).not.toContain('미들웨어 개념');
  });

  it('takes a Latin word in a heading for part of its Korean name (`JWT 인증`, not `인증`)', () => {
    expect(headingPairs('JWT 인증(JSON Web Token)')).toEqual([['JWT 인증', 'JSON Web Token']]);
    expect(headingPairs('캐시 서버(Cache Server)')).toEqual([['캐시 서버', 'Cache Server']]);
    expect(headingPairs('Vite 동작 원리(How Vite Works)')).toEqual([['Vite 동작 원리', 'How Vite Works']]);
    const jwt = facts.terms.find((t) => t.name === 'JWT 인증');
    expect(jwt?.names).not.toContain('인증');
    const typed = qs.filter((q) => isTyped(q) && q.acceptedAnswers?.[0] === 'JWT 인증');
    for (const q of typed) expect(q.acceptedAnswers).not.toContain('인증');
  });
});

describe('session-9 patterns of fresh chapters (GraphQL, Docker, Next.js)', () => {
  const facts = extractFacts(notes);
  const names = facts.terms.map((t) => t.name);
  const qs = manyQuestions(notes);

  it('offers as what describes a term only plain sentences: no code, no line that opens with when', () => {
    const td = qs.filter((q) => q.type === 'term-to-definition');
    expect(td.length).toBeGreaterThan(5);
    for (const q of td) for (const c of q.choices ?? []) expect(c).not.toMatch(/[{}]|^쓸 때는/);
  });

  it('takes no label ending in a predicate or a count for a term, and `X 이란` for X', () => {
    for (const label of ['배치 함수 하나 넘김', '인자 4개', '캐시 크기 작게'])
      expect(names).not.toContain(label);
    expect(names.filter((n) => n.includes('이란'))).toEqual([]);
  });

  it('takes no value of an option for a term (`false :`), and asks one of two lists a session', () => {
    expect(names).not.toContain('false');
    let lists = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const session = generateQuestions(notes, { count: 10, seed }).filter(
        (q) => q.type === 'list-membership',
      );
      expect(session.length).toBeLessThanOrEqual(1);
      lists += session.length;
    }
    expect(lists).toBeGreaterThan(0);
  });

  it("names a quoted value by what the quotes hold (`'wait'` is wait)", () => {
    expect(names).toContain('wait');
    expect(names.filter((n) => /['"]/.test(n))).toEqual([]);
  });

  it('takes no label saying what to do (`심각도 나누기 :`), and a kind written before a Latin name names it', () => {
    expect(names).not.toContain('심각도 나누기');
    expect(names).toContain('GraphQ');
    expect(names).not.toContain('질의 언어 GraphQ');
    expect(names).toContain('가상 DOM');
  });

  it('gives no clue that writes the name short (`줄여서 OBS`)', () => {
    const clued = qs.filter(
      (q) => ['definition-to-term', 'fill-blank'].includes(q.type) && q.prompt.includes('줄여서'),
    );
    expect(clued).toEqual([]);
  });

  it('takes no line whose subject is other code (`start_after 는 …`) for a definition', () => {
    expect(facts.terms.flatMap((t) => t.definitions).filter((d) => d.startsWith('start_after'))).toEqual([]);
  });

  it('blanks no command with its arguments (`await load()`, `RUN npm ci`) in a cloze', () => {
    const answers = qs.filter((q) => q.type === 'cloze').flatMap((q) => q.acceptedAnswers ?? []);
    expect(answers.filter((a) => /\s/.test(a) && /[a-z]/.test(a))).toEqual([]);
  });

  it('offers no labelled half of a thought (`배치 함수 하나 넘김 : …`) as what describes a term', () => {
    const td = qs.filter((q) => q.type === 'term-to-definition');
    for (const q of td) for (const c of q.choices ?? []) expect(c).not.toMatch(/^[^:]{1,30} : /);
  });

  it('blanks no short everyday name in a clue (`$id 같은 ○○로` of 변수)', () => {
    const clued = qs.filter(
      (q) => q.type === 'definition-to-term' && q.choices?.[q.answerIndex ?? -1] === '변수',
    );
    for (const q of clued) expect(q.prompt).not.toContain('○○');
  });

  it('blanks a word of the name (`고유 ○○` of 추적 번호) only when every choice has that word', () => {
    const masked = qs.filter(
      (q) =>
        q.type === 'definition-to-term' &&
        q.choices?.[q.answerIndex ?? -1] === '추적 번호' &&
        q.prompt.includes('○○'),
    );
    for (const q of masked) for (const c of q.choices ?? []) expect(c).toContain('번호');
    expect(qs.some((q) => q.prompt.includes('추적 번호') || q.choices?.includes('추적 번호'))).toBe(true);
  });
});

describe('session-9 patterns: kinds of choices', () => {
  const render = oneNote(
    tmp.dir,
    'render.md',
    '# 7. 화면 그리기\n\n## 7.1 그리는 곳\n\n' +
      '### 브라우저 렌더링\n\n- 빈 문서와 스크립트만 받아서 브라우저가 직접 화면을 만드는 방식\n\n' +
      '### 미리 렌더링\n\n- 빌드할 때 문서를 다 만들어 두고 그대로 내려주는 방식\n\n' +
      '### 주기적 렌더링\n\n- 만들어 둔 문서를 정해진 시간마다 뒤에서 새로 만들어 바꾸는 방식\n\n' +
      '### 서버 렌더링\n\n- 요청마다 서버에서 문서를 완성해서 내려줌\n- 사람마다 다른 내용이 필요한 페이지에 적합\n\n' +
      '### 살려내기\n\n- 받은 문서 위에 이벤트 처리기를 붙여서 움직이게 만드는 과정\n\n' +
      '### 어긋남 경고\n\n- 미리 그린 결과와 처음 그린 결과가 다르면 콘솔에 빨간 줄 뜸\n',
  );
  const qs = manyQuestions(render);

  it('asks no term that is the one thing of its kind among the choices (a warning among three ways)', () => {
    const warned = qs.filter(
      (q) => q.type === 'definition-to-term' && q.choices?.[q.answerIndex ?? -1] === '어긋남 경고',
    );
    expect(warned.length).toBeGreaterThan(0);
    // Beside the other line no noun ends: not three ways of rendering and the warning.
    for (const q of warned) expect(q.choices).toContain('서버 렌더링');
  });

  it('offers a term its definition, not a later line about its uses, as what describes it', () => {
    const td = qs.filter((q) => q.type === 'term-to-definition');
    expect(td.length).toBeGreaterThan(2);
    for (const q of td) expect(q.choices?.[q.answerIndex ?? -1]).not.toContain('적합');
  });

  it('offers names defined by the same noun first (a way of rendering beside ways, not a process)', () => {
    const ways = ['브라우저 렌더링', '미리 렌더링', '주기적 렌더링'];
    const clued = qs.filter(
      (q) => q.type === 'definition-to-term' && ways.includes(q.choices?.[q.answerIndex ?? -1] ?? ''),
    );
    expect(clued.length).toBeGreaterThan(2);
    for (const q of clued) for (const way of ways) expect(q.choices).toContain(way);
  });
});

describe('session-9 patterns: translations beside a blank', () => {
  const dir = join(tmp.dir, 'tags');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'words.yaml'), '- [latest, 최신]\n');
  writeFileSync(
    join(dir, 'tags.md'),
    '# 8. 이미지 이름\n\n### 이미지 태그\n\n- 저장소 이름 뒤에 버전을 붙이는 꼬리표, 생략하면 기본값으로 취급됨\n' +
      '- `latest` 는 "최신" 보장 아님!! 그냥 기본 이름일 뿐 → 운영에선 버전 태그 고정\n\n' +
      '### 레지스트리\n\n- 이미지를 올려 두고 내려받는 저장소, 공개와 비공개가 있음\n',
  );
  writeFileSync(join(dir, 'glossary.yaml'), '- [host, 호스트]\n- [send, 전송]\n');
  writeFileSync(
    join(dir, 'net.md'),
    '# 9. 네트워크\n\n### 드라이버\n\n**호스트 네트워크(Host)**\n\n- 격리 없이 바깥 네트워크를 그대로 씀, 포트 매핑 필요 없음\n\n' +
      '**브리지 네트워크(Bridge)**\n\n- 기본 드라이버, 안쪽에 가상 스위치를 만들고 컨테이너마다 사설 주소를 줌\n' +
      '- 같은 브리지에 붙은 것끼리만 묶인 방으로 메시지를 전송\n',
  );
  const tags = loadKnowledge(dir, { cacheDir: false });

  it('blanks no word whose translation the line shows (`"최신" 보장 아님` beside latest)', () => {
    const qs = manyQuestions(tags);
    expect(extractFacts(tags).terms.some((t) => t.lines.some((l) => l.includes('최신')))).toBe(true);
    for (const q of qs.filter((q) => q.acceptedAnswers?.includes('latest')))
      expect(q.prompt).not.toContain('최신');
  });
});

describe('session-9 patterns: names and blanks of everyday words', () => {
  it('takes an English word naming only the first word for no name (`호스트 네트워크(Host)` is no 호스트)', () => {
    const dir = join(tmp.dir, 'tags');
    const host = extractFacts(loadKnowledge(dir, { cacheDir: false })).terms.find(
      (t) => t.name === '호스트 네트워크',
    );
    expect(host?.names).not.toContain('Host');
    expect(host?.names).not.toContain('호스트');
  });

  it('blanks no everyday verb (`전송`, `send`) in a cloze', () => {
    const qs = manyQuestions(loadKnowledge(join(tmp.dir, 'tags'), { cacheDir: false }));
    const answers = qs.filter((q) => q.type === 'cloze').flatMap((q) => q.acceptedAnswers ?? []);
    expect(answers).not.toContain('전송');
    expect(answers).not.toContain('send');
  });
});

describe('session-9 patterns of the chapters held out until the last reviews of session 9', () => {
  const held = oneNote(
    tmp.dir,
    'held.md',
    '# 10. 여러 갈래\n\n## 10.1 동시에\n\n### 생산자-소비자 문제(Producer-Consumer)\n\n' +
      '- 생산자는 버퍼에 넣고 소비자는 꺼내감, 버퍼가 차면 넣는 쪽이 기다려야 함\n\n' +
      '### 읽기 잠금\n\n- 여러 명이 동시에 읽어도 되지만 쓰는 동안엔 아무도 못 읽게 막는 잠금\n\n' +
      '### 스레드 묶음\n\n- 미리 만들어 둔 스레드를 돌려 쓰는 통\n- 크기 정하기 : 계산 위주면 코어 수 정도, 대기가 많으면 더 크게\n' +
      '- 비유 : 요리사 한 명이 냄비 두 개를 번갈아 보기\n- 응용 : 작업 큐와 묶어서 씀\n- 규칙 1 : 스레드를 직접 만들지 말 것\n' +
      '- 코테 기준 : 1초에 대략 1억 번 연산\n- 도구 : Terser, esbuild, cssnano\n- webpack 은 devtool 옵션 : 개발엔 빠른 것\n' +
      '- 단계 건너뛰지 않기 : h2 다음에 바로 h4 쓰면 안 됨\n\n' +
      '## 10.2 노출\n\n### 서비스 종류\n\n- NodePort : 모든 노드의 특정 포트를 열어서 바깥에서 노드 주소와 포트로 접근\n' +
      '- ClusterIP : 기본값, 안쪽에서만 접근 가능한 주소\n- ExternalName : 바깥 이름을 안쪽 이름처럼 쓰게 해 줌\n\n' +
      '### 접근성 속성\n\n- `aria-labelledby` : 화면에 있는 다른 요소의 id 를 가리켜서 그 텍스트를 이름으로 씀, aria-label 보다 우선\n' +
      '- `aria-hidden="true"` : 보조 기술에서만 숨기고 화면엔 보임\n- `role` : 요소가 무엇인지 보조 기술에 알려 주는 값\n\n' +
      '### 랜드마크 요소(Landmarks)\n\n- 페이지의 큰 구역을 나타내는 태그, 보조 기술이 구역 사이를 건너뜀\n' +
      '- 화면에 읽기 쉬운 출력 과 자세한 에러 메시지를 함께 보여 주면 좋음\n',
  );
  const facts = extractFacts(held);
  const names = facts.terms.map((t) => t.name);
  const qs = manyQuestions(held);
  const answerOf = (q: (typeof qs)[number]) => q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];

  it('takes no organising label for a term (`비유 :`, `응용 :`, `규칙 1 :`, `코테 기준 :`, `도구 :`, `X 은 … :`)', () => {
    for (const label of [
      '비유',
      '응용',
      '규칙 1',
      '코테 기준',
      '도구',
      '크기 정하기',
      'webpack 은 devtool 옵션',
    ])
      expect(names).not.toContain(label);
    expect(names).toContain('스레드 묶음');
  });

  it('masks each word of a hyphenated name (`생산자는 … 소비자는 …` gives 생산자-소비자 문제 away)', () => {
    expect(headingPairs('생산자-소비자 문제(Producer-Consumer)')).toEqual([
      ['생산자-소비자 문제', 'Producer-Consumer'],
    ]);
    const clued = qs.filter(
      (q) => ['definition-to-term', 'fill-blank'].includes(q.type) && answerOf(q) === '생산자-소비자 문제',
    );
    expect(clued.filter((q) => q.prompt.includes('생산자는'))).toEqual([]);
    for (const q of qs.filter((q) => q.acceptedAnswers?.[0] === '생산자-소비자 문제'))
      expect(q.acceptedAnswers).not.toContain('소비자 문제');
  });

  it('gives no clue that writes a part of a one-word Latin name in Korean letters (`노드` beside NodePort)', () => {
    const clued = qs.filter(
      (q) => ['definition-to-term', 'fill-blank'].includes(q.type) && answerOf(q) === 'NodePort',
    );
    expect(clued).toEqual([]);
  });

  it('gives no clue that writes most of a hyphenated code name (`aria-label` beside aria-labelledby)', () => {
    const blanks = qs.filter(
      (q) => q.type === 'fill-blank' && q.acceptedAnswers?.includes('aria-labelledby'),
    );
    expect(blanks).toEqual([]);
  });

  it('accepts an attribute without its value, and a name without its kind noun (`랜드마크` for 랜드마크 요소)', () => {
    const hidden = qs.filter((q) => isTyped(q) && q.acceptedAnswers?.[0] === 'aria-hidden="true"');
    const landmark = qs.filter((q) => isTyped(q) && q.acceptedAnswers?.[0] === '랜드마크 요소');
    expect(hidden.length + landmark.length).toBeGreaterThan(0);
    for (const q of hidden) expect(q.acceptedAnswers).toContain('aria-hidden');
    for (const q of landmark) expect(q.acceptedAnswers).toContain('랜드마크');
  });
});

describe('session-9 patterns: blanks for words the notes do not write', () => {
  const dir = join(tmp.dir, 'deploy');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'glossary.yaml'),
    '- [deployment, 디플로이먼트, 배포]\n- [thread, 스레드]\n- [rollback, 롤백]\n',
  );
  writeFileSync(
    join(dir, 'deploy.md'),
    '# 11. 올리기\n\n### 디플로이먼트(Deployment)\n\n- 묶음 위에서 버전 올리기와 되돌리기까지 맡는 관리자, 웹 서버는 거의 이걸로 배포\n\n' +
      '### 롤백\n\n- 새 버전에 문제가 있으면 이전 묶음으로 되돌리는 것\n\n' +
      '### 자가 치유\n\n- 죽은 것을 알아서 다시 띄워서 원하는 개수를 맞추는 것\n\n' +
      '### 멀티스레드\n\n- 여러 스레드가 진짜로 따로 실행돼서 계산이 많은 일에 유리함\n\n' +
      '### 이벤트 루프\n\n- 한 줄로 돌면서 끝난 일의 콜백을 차례로 부르는 구조\n',
  );
  const k = loadKnowledge(dir, { cacheDir: false });
  const qs = manyQuestions(k);
  const answerOf = (q: (typeof qs)[number]) => q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];

  it('blanks no glossary translation the notes do not use as the name (`이걸로 ○○` for 배포)', () => {
    const clued = qs.filter((q) => q.type === 'definition-to-term' && answerOf(q) === '디플로이먼트');
    for (const q of clued) expect(q.prompt).not.toContain('○○');
    expect(extractFacts(k).terms.find((t) => t.name === '디플로이먼트')?.names).toContain('배포');
  });

  it('gives no clue that writes the head noun of a one-word name (`여러 스레드가` for 멀티스레드)', () => {
    const clued = qs.filter(
      (q) => ['definition-to-term', 'fill-blank'].includes(q.type) && answerOf(q) === '멀티스레드',
    );
    expect(clued).toEqual([]);
  });
});

describe('session-9 patterns: one line, two labels', () => {
  const ops = oneNote(
    tmp.dir,
    'ops.md',
    '# 12. 다루기\n\n### 명령 모음\n\n- 목록 보기 : kubectl get pods -o wide, 상세 보기 : kubectl describe pod web\n' +
      '- 지우기 명령 : kubectl delete -f deploy.yaml 로 정의 파일째 지움\n- 적용 명령 : kubectl apply -f deploy.yaml 로 정의대로 맞춤\n\n' +
      '### Vite 동작 원리\n\n- 개발 서버는 묶지 않고 브라우저의 모듈 불러오기에 맡기는 도구\n',
  );
  const facts = extractFacts(ops);

  it("cuts a line at a second label: the rest is another thing's", () => {
    const list = facts.terms.find((t) => t.name === '목록 보기');
    expect(list?.definitions).toEqual(['kubectl get pods -o wide']);
  });

  it('names a heading `X 동작 원리` for X', () => {
    expect(facts.terms.map((t) => t.name)).toContain('Vite');
  });
});

describe('session-9 patterns: siblings of one kind', () => {
  const probes = oneNote(
    tmp.dir,
    'probes.md',
    '# 13. 살피기\n\n## 13.1 검사\n\n### 생존 검사기\n\n- 실패하면 그릇을 다시 띄워서 멈춘 앱을 살림\n\n' +
      '### 준비 검사기\n\n- 실패하면 다시 띄우지는 않고 요청 받는 목록에서만 빠짐\n\n' +
      '### 시작 검사기\n\n- 느리게 뜨는 앱이 다 뜰 때까지 다른 검사를 미뤄 둠\n\n' +
      '### 비밀 보관함\n\n- 비밀번호 같은 민감한 값을 따로 두고 꺼내 쓰는 곳\n\n' +
      '### 설정 보관함\n\n- 설정값을 이미지와 떼어 놓고 키와 값으로 두는 곳\n\n' +
      '### 번들 자산\n\n- 예전엔 따로 도구를 붙여 썼는데 5 버전부터 들어 있음\n- 이미지나 글꼴을 모듈처럼 불러오게 해 주는 기능\n',
  );
  const qs = manyQuestions(probes);

  it('offers names with the same head noun first (probes beside a probe, not a store)', () => {
    const clued = qs.filter(
      (q) => q.type === 'definition-to-term' && q.choices?.[q.answerIndex ?? -1] === '생존 검사기',
    );
    expect(clued.length).toBeGreaterThan(0);
    for (const q of clued) expect(q.choices?.filter((c) => c.endsWith('검사기'))).toHaveLength(3);
  });

  it('takes no line about the past (`예전엔 …`) for a definition', () => {
    const facts = extractFacts(probes);
    expect(facts.terms.flatMap((t) => t.definitions).filter((d) => d.startsWith('예전엔'))).toEqual([]);
  });
});

describe('session-9 patterns of the chapters written late (api, mongodb, query tuning)', () => {
  const dir = join(tmp.dir, 'late');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'glossary.yaml'), '- [document, 문서, 도큐먼트]\n- [tree, 트리]\n');
  writeFileSync(
    join(dir, 'late.md'),
    '# 14. 늦게 쓴 노트\n\n## 14.1 목록\n\n### 커서 방식\n\n' +
      '- 마지막으로 본 항목의 기준값(id, 생성 시각)을 커서로 넘김 : `?cursor=abc&limit=20`\n\n' +
      '### 오프셋 방식\n\n- 건너뛸 개수와 가져올 개수를 숫자로 넘기는 방법\n\n' +
      '### 호출 제한\n\n- 한 사용자가 정해진 시간에 부를 수 있는 횟수를 묶어 두는 것\n' +
      '- 다른 방식 : 고정 창 카운터, 미끄러지는 창, 새는 양동이\n- 갱신 : 통계를 다시 모으는 명령\n\n' +
      '## 14.2 저장\n\n### 문서 크기 제한\n\n- 도큐먼트 하나 최대 16MB, 넘으면 저장 자체가 안 됨\n\n' +
      '### B-트리 인덱스\n\n- 대부분 데이터베이스의 기본 색인 구조, 정렬된 상태를 유지하는 균형 트리\n\n' +
      '### 해시 색인\n\n- 값을 해시해서 같은 값만 빠르게 찾는 색인\n\n### 전문 색인\n\n- 글 속 단어로 찾게 해 주는 색인\n',
  );
  const late = loadKnowledge(dir, { cacheDir: false });
  const facts = extractFacts(late);
  const names = facts.terms.map((t) => t.name);
  const qs = manyQuestions(late);
  const answerOf = (q: (typeof qs)[number]) => q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];

  it('cuts no line at a comma inside parentheses', () => {
    const cursor = facts.terms.find((t) => t.name === '커서 방식');
    expect(cursor?.definitions[0]).toContain('기준값(id, 생성 시각)을 커서로 넘김');
  });

  it('takes no generic action or `다른 X` label for a term (`갱신 :`, `다른 방식 :`)', () => {
    expect(names).not.toContain('갱신');
    expect(names).not.toContain('다른 방식');
  });

  it('gives no clue that writes a word of the name another way (`도큐먼트` for 문서, `트리` of B-트리)', () => {
    const clued = qs.filter(
      (q) =>
        ['definition-to-term', 'fill-blank'].includes(q.type) &&
        ['문서 크기 제한', 'B-트리 인덱스'].includes(answerOf(q) ?? ''),
    );
    expect(clued.filter((q) => /도큐먼트|트리/.test(q.prompt.replace(/B-트리 인덱스/g, '')))).toEqual([]);
    expect(names).toContain('B-트리 인덱스');
  });
});

describe('session-9 patterns: lists and hooks', () => {
  const msa = oneNote(
    tmp.dir,
    'msa.md',
    '# 15. 나눠 만들기\n\n## 15.1 통신\n\n### 서비스 사이\n\n- 통신 방식 : 동기 호출, 비동기 메시징\n- 대가 : 조인 불가, 트랜잭션이 경계를 못 넘음\n' +
      '- 알고리즘 : 라운드 로빈, 최소 연결\n- 잘 맞는 것 : 이미지 처리, 예약 작업\n\n' +
      '## 15.2 사가\n\n### 긴 거래\n\n- 사가 구현 방식 : 코레오그래피, 오케스트레이션\n\n' +
      '## 15.3 화면 상태\n\n### 뮤테이션\n\n- 서버 데이터를 바꾸는 요청은 `useMutation` 으로 보냄\n' +
      '- 바꾼 뒤엔 관련 목록을 무효화해서 다시 받아 옴\n',
  );
  const qs = manyQuestions(msa);

  it('offers no items of a list whose label shares only a word naming no kind (`통신 방식` beside `사가 구현 방식`)', () => {
    const lists = qs.filter((q) => q.type === 'list-membership');
    for (const q of lists) {
      const choices = q.choices ?? [];
      expect(
        choices.some((c) => /호출|메시징/.test(c)) && choices.some((c) => /코레오|오케스트/.test(c)),
      ).toBe(false);
    }
  });

  it('takes no generic word or `… 것` for a term (`대가 :`, `알고리즘 :`, `잘 맞는 것 :`)', () => {
    const names = extractFacts(msa).terms.map((t) => t.name);
    for (const label of ['대가', '알고리즘', '잘 맞는 것']) expect(names).not.toContain(label);
  });

  it('blanks no code name whose part its line writes in Korean letters (`뮤테이션: … useMutation`)', () => {
    expect(qs.filter((q) => q.acceptedAnswers?.includes('useMutation'))).toEqual([]);
  });
});

describe('session-9 patterns of the last chapters (auth security, responsive CSS, FastAPI)', () => {
  const last = oneNote(
    tmp.dir,
    'last.md',
    '# 16. 마지막 장\n\n## 16.1 막기\n\n### 세션 고정\n\n- 공격자가 심어 둔 세션 ID 로 피해자가 로그인하게 만드는 공격\n' +
      '- 방어 : 로그인 성공 직후 세션 ID 새로 발급\n- 완화 : 중요 작업 전 재인증\n\n' +
      '### 화면 설정 태그\n\n- head 안에 무조건 넣기, 이거 시험에 나옴\n- 화면 설정 태그는 모바일에서 화면 폭을 기기 폭에 맞추게 함\n\n' +
      '### 입력 검사\n\n- 여러 필드를 같이 보는 검사는 `@model_validator`, 필드 하나는 `@field_validator`\n\n' +
      '### 크기 조건\n\n- 부모에 `container-type` 안 주면 컨테이너 조건이 아예 안 먹음\n',
  );
  const facts = extractFacts(last);
  const qs = manyQuestions(last);

  it('takes no generic label of a defence for a term (`방어 :`, `완화 :`)', () => {
    const names = facts.terms.map((t) => t.name);
    expect(names).not.toContain('방어');
    expect(names).not.toContain('완화');
  });

  it('takes no instruction with an aside for a definition (`head 안에 무조건 넣기, 이거 시험에 나옴`)', () => {
    expect(facts.terms.flatMap((t) => t.definitions).filter((d) => d.includes('시험에 나옴'))).toEqual([]);
  });

  it('blanks no code name beside one built like it, nor one whose part the line writes in Korean letters', () => {
    const answers = qs.filter((q) => q.type === 'cloze').flatMap((q) => q.acceptedAnswers ?? []);
    expect(answers).not.toContain('@field_validator');
    expect(answers).not.toContain('field_validator');
    expect(answers).not.toContain('container-type');
  });
});

describe('typed answers', () => {
  it('accepts an English name typed as its Korean loanword, word by word', () => {
    expect(matchesAnswer('데이터 마스킹', ['Data Masking'])).toBe(true);
    expect(matchesAnswer('미들웨어를', ['middleware'])).toBe(true);
    expect(matchesAnswer('마스킹', ['Data Masking'])).toBe(false);
    expect(matchesAnswer('서버', ['cache'])).toBe(false);
  });
});
