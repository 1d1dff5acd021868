import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/quiz/facts.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * The patterns the second blind review (test/queries/quiz-review/session3-b) still found, each on a note written
 * here in the same habits.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = (file: string, text: string) => oneNote(tmp.dir, file, text);

describe('questions from notes with bold labels and arrows after code', () => {
  const k = notes(
    'css.md',
    '# CSS\n\n## 포지션\n\n- static : 기본값, 문서 흐름대로 배치됨\n- relative : 원래 자리를 기준으로 이동함\n' +
      '- absolute : 가장 가까운 positioned 조상 기준으로 배치됨\n\n**z-index**\n\n' +
      '- 겹치는 요소의 쌓이는 순서를 정함, 값이 클수록 위에 옴\n\n```css\n.badge { position: absolute; }\n```\n' +
      '→ 부모에 relative 주고 자식에 absolute 주는 패턴 엄청 많이 씀\n\n## 아이템 속성\n\n' +
      '- flex-grow : 남는 공간을 얼마나 나눠 가질지 비율\n- flex-shrink : 공간이 부족할 때 얼마나 줄어들지 비율\n\n' +
      '**가운데 정렬 공식**\n`display: flex; justify-content: center; align-items: center;` → 가로세로 정중앙\n',
  );
  const terms = extractFacts(k).terms;

  it('reads the lines under a bold label as about it, not as the heading above', () => {
    expect(terms.find((t) => t.name === 'z-index')?.definitions).toEqual([
      '겹치는 요소의 쌓이는 순서를 정함, 값이 클수록 위에 옴',
    ]);
    expect(terms.find((t) => t.name === '가운데 정렬 공식')?.definitions[0]).toContain(
      'justify-content: center',
    );
    const defs = terms.flatMap((t) => t.definitions);
    expect(defs).not.toContain('가운데 정렬 공식');
    expect(defs).not.toContain('z-index');
    expect(terms.map((t) => t.name)).not.toContain('포지션');
  });

  it('takes no line that starts with an arrow for a definition', () => {
    expect(terms.flatMap((t) => t.definitions).filter((d) => d.startsWith('→'))).toEqual([]);
    const qs = generateQuestions(k, { count: 60, seed: 1, repeat: true });
    expect(qs.filter((q) => q.prompt.includes('> →') || q.prompt.includes(': →'))).toEqual([]);
  });
});

describe('questions from notes with activity headings, kinds of a term and pairs', () => {
  const k = notes(
    'express.md',
    '# 4장 Node.js와 Express\n\n## 미들웨어\n\n- 요청과 응답 사이에서 실행되는 함수, (req, res, next) 세 개의 인자를 받음\n' +
      '- next() 호출하면 다음 미들웨어로 넘어감\n\n### 애플리케이션 레벨 미들웨어\n\n- app.use()로 모든 요청에 적용되는 미들웨어\n\n' +
      '### 에러 처리 미들웨어\n\n- 인자가 (err, req, res, next) 네 개인 미들웨어, 모든 라우트 뒤에 등록\n\n' +
      '### 라우터 레벨 미들웨어\n\n- 경로 묶음 하나에만 붙여 쓰는 미들웨어, 그 묶음으로 들어온 요청에서만 실행됨\n\n## 에러 처리\n\n' +
      '- 비동기 코드(async 함수)는 try/catch로 잡고 next(err) 해줘야함\n- 동기 코드에서 throw 하면 알아서 에러 미들웨어로 넘겨줌\n\n' +
      '## Express\n\n- Node.js에서 가장 많이 쓰는 웹 프레임워크, 라우팅과 미들웨어가 핵심임\n\n## CommonJS와 ES 모듈\n\n' +
      '- require()와 import 두 가지 방식이 있음, 섞어 쓰면 에러 남\n\n## 라우팅\n\n- 요청 주소와 메서드에 따라 실행할 함수를 정하는 것\n',
  );
  const qs = generateQuestions(k, { count: 200, seed: 5, repeat: true });

  it('never takes a heading that names an activity or a pair for a term', () => {
    const names = extractFacts(k).terms.map((t) => t.name);
    expect(names).not.toContain('에러 처리');
    expect(names).not.toContain('CommonJS와 ES 모듈');
    expect(names).toContain('에러 처리 미들웨어');
  });

  it('never tells a general term from its own kinds as right and wrong', () => {
    let asked = 0;
    for (const q of qs) {
      if (q.type === 'definition-to-term' && q.choices) {
        const answer = q.choices[q.answerIndex ?? 0] ?? '';
        const kinds = q.choices.filter((c) => c.endsWith(' 미들웨어'));
        if (answer === '미들웨어') expect(kinds).toEqual([]);
        if (answer.endsWith(' 미들웨어')) expect(q.choices).not.toContain('미들웨어');
        if (answer.endsWith('미들웨어')) asked++;
      }
      if (q.type === 'true-false' && q.answerIndex === 1) {
        expect(q.explanation).not.toMatch(
          /^(애플리케이션 레벨|에러 처리|라우터 레벨) 미들웨어가 아니라 미들웨어:/,
        );
        expect(q.explanation).not.toMatch(/^미들웨어가 아니라 .+ 미들웨어:/);
      }
    }
    expect(asked).toBeGreaterThan(0);
    expect(qs.some((q) => q.type === 'true-false')).toBe(true);
  });

  it('never asks for a name the footer shows before the reveal (the file and chapter)', () => {
    const asked = qs.filter((q) => q.type !== 'true-false' && q.type !== 'term-to-definition');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const answer = q.acceptedAnswers?.[0] ?? q.choices?.[q.answerIndex ?? 0];
      expect(answer).not.toBe('Express');
    }
  });
});

describe('hints', () => {
  it('show only the first letter of a Latin word (`ㄱㅇ I` of 공인 IP: `IP` is part of the answer)', () => {
    const k = notes(
      'react.md',
      '# 리액트\n\n## 렌더링\n\n- 가상 DOM : 메모리에 두는 화면의 사본, 바뀐 부분만 실제 화면에 반영함\n' +
        '- 공인 IP : 인터넷 전체에서 하나뿐인 주소, 통신사가 할당\n- 재조정 : 이전 사본과 새 사본을 비교하는 과정\n',
    );
    const hints = [1, 2, 3]
      .flatMap((seed) => generateQuestions(k, { count: 60, seed, repeat: true }))
      .filter((q) => q.type === 'fill-blank')
      .map((q) => /\(힌트: (.+)\)/.exec(q.prompt)?.[1]);
    expect(hints).toContain('초성 ㄱㅅ D, 5글자');
    expect(hints).toContain('초성 ㄱㅇ I, 4글자');
    expect(hints.join('\n')).not.toContain('DOM');
  });
});

describe('lists', () => {
  const k = notes(
    'css2.md',
    '# CSS\n\n## position\n\n- static : 기본값, 문서 흐름대로 배치되고 top/left 무시됨\n' +
      '- relative : 원래 자리를 기준으로 이동함, 원래 공간은 그대로 남음\n- absolute : 가장 가까운 조상 기준으로 배치, 흐름에서 빠짐\n' +
      '- fixed : 뷰포트 기준으로 고정, 스크롤해도 그 자리에 있음\n\n## 컨테이너 속성\n\n- flex-direction : 주축의 방향을 정함\n' +
      '- justify-content : 주축 방향 정렬\n- align-items : 교차축 방향 정렬\n\n## 기타\n\n- float : 이미지 옆에 글을 흘리려고 만든 속성\n' +
      '- clearfix : float 해제하려고 쓰던 트릭\n- overflow : 넘치는 내용을 자를지 정함\n\n## 컴포넌트\n\n### 함수형 컴포넌트\n\n- 함수로 만든 컴포넌트, 요즘 표준\n\n' +
      '### 클래스형 컴포넌트\n\n- class 문법으로 만든 옛날 방식\n',
  );

  it('reads the labelled lines under a heading as its members, but not under an organising one', () => {
    const groups = extractFacts(k).groups.map((g) => `${g.label}: ${g.items.join(', ')}`);
    expect(groups).toContain('position: static, relative, absolute, fixed');
    expect(groups).toContain('컨테이너 속성: flex-direction, justify-content, align-items');
    expect(groups.filter((g) => g.startsWith('기타'))).toEqual([]);
  });

  it('offers no list of another kind as wrong answers (flex properties are no wrong `position`)', () => {
    const qs = generateQuestions(k, { count: 200, seed: 3, repeat: true });
    const position = qs.filter((q) => q.type === 'list-membership' && q.prompt.includes('「position」'));
    expect(position).toEqual([]);
  });

  const sorts = notes(
    'sort.md',
    '# 알고리즘\n\n## 정렬\n\n### 기본 정렬\n\n**버블 정렬**\n\n- 옆에 있는 것끼리 비교해서 큰 걸 계속 뒤로 보냄\n\n' +
      '**선택 정렬**\n\n- 남은 것 중 최솟값을 찾아서 맨 앞이랑 자리를 바꿈\n\n### 고급 정렬\n\n**퀵 정렬**\n\n' +
      '- 피벗 기준으로 작은 건 왼쪽 큰 건 오른쪽으로 나누고 재귀\n\n**병합 정렬**\n\n- 반으로 계속 쪼갠 다음 정렬하면서 합침\n',
  );

  it('asks a group heading as a list with its sibling group as wrong answers, never as a member', () => {
    const groups = extractFacts(sorts).groups.map((g) => `${g.label}: ${g.items.join(', ')}`);
    expect(groups).toContain('기본 정렬: 버블 정렬, 선택 정렬');
    expect(groups).toContain('고급 정렬: 퀵 정렬, 병합 정렬');
    expect(groups).toContain('정렬: 버블 정렬, 선택 정렬, 퀵 정렬, 병합 정렬');
    const qs = generateQuestions(sorts, { count: 200, seed: 3, repeat: true }).filter(
      (q) => q.type === 'list-membership',
    );
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      // A word of the label in the right choice (`정렬`) is in every choice, or it would mark it.
      const answer = q.choices?.[q.answerIndex ?? 0] ?? '';
      if (answer.endsWith('정렬')) expect(q.choices?.every((c) => c.endsWith('정렬'))).toBe(true);
      if (q.prompt.includes('「기본 정렬」'))
        expect(q.choices).toEqual(expect.arrayContaining(['퀵 정렬', '병합 정렬']));
    }
  });
});

describe('questions from notes whose lines lean on the line before (the session-4 blind review)', () => {
  const k = notes(
    'tree.md',
    '# 자료구조\n\n## 선형\n\n### 연결 리스트(Linked List)\n\n' +
      '- 노드들을 포인터로 줄줄이 연결한 구조\n- 삽입/삭제는 포인터만 바꾸면 돼서 O(1)\n' +
      '- 대신 k번째 원소 찾으려면 head부터 하나씩 따라가야 함 O(n)\n\n' +
      '### 배열(Array)\n\n- 같은 타입 값을 메모리에 연속으로 붙여 저장하는 구조\n- 인덱스로 바로 접근 O(1)\n\n' +
      '## 비선형\n\n### 이진 탐색 트리(Binary Search Tree)\n\n' +
      '- 왼쪽 서브트리는 전부 루트보다 작고 오른쪽은 전부 큼, 줄여서 BST\n' +
      '- 근데 정렬된 데이터를 순서대로 넣으면 한쪽으로 치우쳐서 연결 리스트처럼 됨 → O(n)\n' +
      '- 그래서 실제로는 AVL 트리 같은 균형 트리 사용\n\n' +
      '### 힙(Heap)\n\n- 부모가 자식보다 항상 크거나 작은 완전 이진 트리\n- 최댓값이나 최솟값을 O(1)로 꺼냄\n\n' +
      '### 그래프(Graph)\n\n- 정점과 간선으로 이루어진 구조, 지하철 노선도\n\n' +
      '### 트라이(Trie)\n\n- 문자열을 한 글자씩 나눠 저장하는 트리, 자동 완성에 씀\n',
  );

  it('never shows a line that opens with 근데, 대신 or 그래서 as a clue, a key or a choice', () => {
    const text = JSON.stringify(generateQuestions(k, { count: 40, seed: 3, repeat: true }));
    expect(text).toContain('이진 탐색 트리');
    expect(text).not.toMatch(/근데 정렬된|대신 k번째|그래서 실제로는/);
  });
});

describe('choices of one kind (the session-4 blind review: traversal orders offered as data structures)', () => {
  const k = notes(
    'kinds.md',
    '# 자료구조\n\n## 선형 자료구조\n\n### 배열(Array)\n\n- 같은 타입 데이터를 메모리에 연속으로 붙여서 저장\n\n' +
      '### 연결 리스트(Linked List)\n\n- 노드들을 포인터로 줄줄이 연결한 구조\n\n### 스택(Stack)\n\n- 나중에 넣은 게 먼저 나오는 LIFO 구조\n\n' +
      '### 큐(Queue)\n\n- 먼저 넣은 게 먼저 나오는 FIFO 구조\n- 프린터 대기열, BFS, 작업 스케쥴링\n\n' +
      '## 트리(Tree)\n\n- 부모-자식 관계로 이루어진 계층 구조, 사이클 없음\n' +
      '- 루트(root) : 맨 위에 있는 노드 / 리프(leaf) : 자식이 하나도 없는 노드 / 높이(height)\n\n' +
      '**트리 순회**\n\n- 전위(preorder) : 루트 → 왼쪽 → 오른쪽 순서\n- 중위(inorder) : 왼쪽 → 루트 → 오른쪽 순서\n' +
      '- 후위(postorder) : 왼쪽 → 오른쪽 → 루트 순서\n\n## 기타\n\n### 빅오 표기법(Big-O)\n\n' +
      '- 입력 크기가 커질 때 실행 시간이 얼마나 늘어나는지 나타내는 표기\n- 공간 복잡도 : 메모리를 얼마나 더 쓰는지 나타냄\n\n' +
      '### CDN\n\n- Content Delivery Network의 약자\n- 이렇게 가까운 서버에서 받아서 빨라짐\n- 정적 파일을 사용자 가까운 서버에 복사해 두는 서비스\n',
  );
  const qs = generateQuestions(k, { count: 300, seed: 5, repeat: true });
  const facts = extractFacts(k);
  const familyOf = new Map(facts.terms.map((t) => [t.name, t.family]));
  const definitionOf = new Map(facts.terms.flatMap((t) => t.definitions.map((d) => [d, t.family] as const)));

  it('offers as wrong choices only siblings in the heading tree, and asks a lone term as another kind', () => {
    const choice = qs.filter((q) => q.type === 'definition-to-term' || q.type === 'term-to-definition');
    expect(choice.length).toBeGreaterThan(0);
    for (const q of choice) {
      const kinds = new Set((q.choices ?? []).map((c) => familyOf.get(c) ?? definitionOf.get(c)));
      expect([q.prompt, kinds.size]).toEqual([q.prompt, 1]);
      expect(q.choices?.length).toBeGreaterThanOrEqual(3);
    }
    // 공간 복잡도 has no sibling of its kind: it is asked, but never with choices.
    const space = qs.filter((q) => q.explanation.startsWith('공간 복잡도'));
    expect(space.length).toBeGreaterThan(0);
    expect(space.every((q) => q.type !== 'definition-to-term' && q.type !== 'term-to-definition')).toBe(true);
    // A true/false swap stays among siblings too.
    for (const q of qs.filter((x) => x.type === 'true-false' && x.answerIndex === 1)) {
      const [, shown = '', owner = ''] = /^(.+?)(?:이|가) 아니라 ([^:]+):/.exec(q.explanation) ?? [];
      expect([q.prompt, familyOf.get(shown)]).toEqual([q.prompt, familyOf.get(owner)]);
    }
  });

  it('splits `A : x / B : y / C` into its labelled facts and drops the bare name, and reads one-syllable names', () => {
    const leaf = facts.terms.find((t) => t.name === '리프');
    expect(leaf?.definitions).toEqual(['자식이 하나도 없는 노드']);
    expect(facts.terms.map((t) => t.name)).toEqual(expect.arrayContaining(['큐', '스택', '배열']));
    expect(JSON.stringify(qs)).not.toContain('/ 높이');
  });

  it('never uses a line that identifies nothing (`X의 약자`, `이렇게 …`) as a clue, a choice or a statement', () => {
    const shown = qs.map((q) => `${q.prompt} ${(q.choices ?? []).join(' ')}`).join('\n');
    expect(shown).not.toMatch(/의 약자|이렇게 가까운/);
    expect(shown).toContain('정적 파일을 사용자 가까운 서버에 복사해 두는 서비스');
  });

  it('asks a bare line of uses neither as examples nor as a list to pick from', () => {
    expect(extractFacts(k).groups.some((g) => g.items.includes('프린터 대기열'))).toBe(true);
    const asList = qs.filter(
      (q) =>
        `${q.prompt} ${q.choices?.join(' ')}`.includes('프린터 대기열') &&
        (q.type === 'list-membership' || q.prompt.includes('의 예')),
    );
    expect(asList.map((q) => q.prompt)).toEqual([]);
  });
});

describe('clues that fit two terms, and how-to labels (the session-4 blind review)', () => {
  const k = notes(
    'hash.md',
    '# 자료구조\n\n## 해쉬 테이블(Hash Table)\n\n- 키를 해쉬 함수에 넣어서 나온 값을 배열 인덱스로 써서 저장\n' +
      '- 해시 충돌 : 서로 다른 키가 같은 인덱스로 가는 것\n- 충돌이 많아지면 최악 O(n)까지 느려짐\n\n## 힙(Heap)\n\n' +
      '- 부모가 자식보다 항상 크거나 작은 완전 이진 트리\n- 배열로 구현 : i번 노드의 자식은 2i+1, 2i+2 자리에 둠\n\n## 정렬\n\n' +
      '### 버블 정렬\n\n- 옆에 있는 것끼리 비교해서 큰 걸 계속 뒤로 보냄\n\n### 삽입 정렬\n\n' +
      '- 앞쪽은 정렬된 상태로 두고 새 원소를 알맞은 자리에 끼워넣음\n\n### 선택 정렬\n\n- 남은 것 중 최솟값을 찾아서 맨 앞이랑 자리를 바꿈\n',
  );
  const qs = generateQuestions(k, { count: 300, seed: 2, repeat: true });

  it('never uses a heading line that names one of its section’s own terms, nor a how-to label as a term', () => {
    const names = extractFacts(k).terms.map((t) => t.name);
    expect(names).not.toContain('배열로 구현');
    expect(names).toContain('해시 충돌');
    const table = extractFacts(k).terms.find((t) => t.name === '해쉬 테이블');
    expect(table?.definitions.join('\n')).not.toContain('충돌이 많아지면');
  });

  it('writes back into a clue the head word every choice shares (`정렬된 상태`), masking the name only', () => {
    const insertion = qs.filter((q) => q.type === 'definition-to-term' && q.prompt.includes('끼워넣음'));
    expect(insertion.length).toBeGreaterThan(0);
    for (const q of insertion) expect(q.prompt).toContain('앞쪽은 정렬된 상태로');
  });
});

describe('the term a chapter is about', () => {
  it('is never offered beside its parts (`파이썬` among data types), nor asked with them as choices', () => {
    const k = notes(
      'py.md',
      '# 4. 파이썬 기초\n\n## 4.1 시작하기\n\n### 파이썬\n\n- 1991년 귀도 반 로섬이 만든 인터프리터 언어, 문법이 간결함\n\n' +
        '### 변수\n\n- 값을 담아 두는 이름표, 타입을 안 적어도 됨\n\n### 숫자형\n\n- 정수 int, 실수 float, 7 // 2 는 몫\n\n' +
        '### 문자열\n\n- 작은따옴표나 큰따옴표로 감싼 글자들, 수정 불가능\n\n### 불리언\n\n- True 아니면 False, 빈 값은 False 취급\n',
    );
    const qs = generateQuestions(k, { count: 200, seed: 4, repeat: true });
    const choice = qs.filter((q) => q.type === 'definition-to-term' || q.type === 'term-to-definition');
    expect(choice.length).toBeGreaterThan(0);
    for (const q of choice) {
      expect(q.choices).not.toContain('파이썬');
      expect(q.prompt).not.toContain('「파이썬」');
    }
    expect(
      qs
        .filter((q) => q.type === 'true-false')
        .map((q) => q.prompt)
        .join('\n'),
    ).not.toMatch(/(변수|숫자형|문자열|불리언): 1991년/);
  });
});

describe('siblings written alike', () => {
  it('are the choices when there are enough of them (`var`, `let`, `const`, not `클로저` beside them)', () => {
    const k = notes(
      'js.md',
      '# 자바스크립트\n\n## 변수와 스코프\n\n### var\n\n- ES5까지 쓰던 방식, 함수 스코프, 재선언 가능\n\n### let\n\n' +
        '- ES6부터 추가된 블록 스코프 변수, 재할당 가능\n\n### const\n\n- 재할당이 안 되는 블록 스코프 변수, 선언할 때 초기화\n\n' +
        '### 클로저\n\n- 함수가 선언될 때의 렉시컬 환경을 기억해서 바깥 변수에 접근하는 것\n',
    );
    const qs = generateQuestions(k, { count: 100, seed: 6, repeat: true }).filter(
      (q) =>
        q.type === 'definition-to-term' &&
        ['var', 'let', 'const'].includes(q.choices?.[q.answerIndex ?? 0] ?? ''),
    );
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.choices).not.toContain('클로저');
  });
});

describe('two headings with one head noun', () => {
  it('are two lists of one kind, each the other’s wrong answers (선형 자료구조, 비선형 자료구조)', () => {
    const k = notes(
      'ds.md',
      '# 자료구조\n\n## 선형 자료구조\n\n### 배열(Array)\n\n- 같은 타입 데이터를 연속으로 붙여서 저장\n\n### 스택(Stack)\n\n' +
        '- 나중에 넣은 게 먼저 나오는 구조\n\n### 큐(Queue)\n\n- 먼저 넣은 게 먼저 나오는 구조\n\n## 비선형 자료구조\n\n' +
        '### 트리(Tree)\n\n- 부모-자식 관계로 이루어진 계층 구조\n\n**트리 순회**\n\n- 전위 : 루트 → 왼 → 오 순서로 방문\n\n' +
        '### 그래프(Graph)\n\n- 정점과 간선으로 이루어진 구조\n',
    );
    const groups = extractFacts(k).groups.map((g) => `${g.label}: ${g.items.join(', ')}`);
    expect(groups).toContain('선형 자료구조: 배열, 스택, 큐');
    expect(groups).toContain('비선형 자료구조: 트리, 그래프');
    const qs = generateQuestions(k, { count: 100, seed: 1, repeat: true }).filter(
      (q) => q.type === 'list-membership',
    );
    expect(qs.some((q) => q.prompt.includes('「선형 자료구조」'))).toBe(true);
    for (const q of qs.filter((x) => x.prompt.includes('「선형 자료구조」'))) {
      expect(q.choices?.filter((c) => ['트리', '그래프'].includes(c))).toHaveLength(
        (q.choices?.length ?? 0) - 1,
      );
    }
  });
});

describe('an empty heading that gathers the ones after it under another name', () => {
  it('makes them its own list and siblings (스케쥴링 알고리즘), apart from the concept beside it (CPU 스케쥴링)', () => {
    const k = notes(
      'os.md',
      '# 운영체제\n\n## 스케쥴링\n\n### CPU 스케쥴링\n\n- 준비 상태의 프로세스 중 어떤 것에 CPU를 줄지 정하는 것\n\n' +
        '### 스케쥴링 알고리즘\n\n**FCFS**\n\n- 먼저 온 순서대로 처리, 긴 작업 뒤의 짧은 작업이 오래 기다림\n\n**SJF**\n\n' +
        '- 실행 시간이 가장 짧은 프로세스부터 처리\n\n**우선순위 스케쥴링**\n\n- 우선순위가 높은 프로세스에게 먼저 CPU 할당\n\n' +
        '**라운드 로빈**\n\n- 같은 크기의 시간 할당량을 주고 돌아가면서 실행\n',
    );
    const groups = extractFacts(k).groups.map((g) => `${g.label}: ${g.items.join(', ')}`);
    expect(groups).toContain('스케쥴링 알고리즘: FCFS, SJF, 우선순위 스케쥴링, 라운드 로빈');
    expect(groups.filter((g) => g.startsWith('스케쥴링:'))).toEqual([]);
    const qs = generateQuestions(k, { count: 100, seed: 3, repeat: true });
    for (const q of qs.filter((x) => x.type === 'definition-to-term'))
      expect(q.choices).not.toContain('CPU 스케쥴링');
  });
});
