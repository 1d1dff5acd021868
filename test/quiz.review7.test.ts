import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/quiz/facts.ts';
import { generateQuestions } from '../src/quiz/generate.ts';
import { isTyped } from '../src/quiz/question.ts';
import { squash } from '../src/quiz/text.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * The patterns the session-7 blind review (message queues and Vue, the two chapters of that review the quiz was
 * worked on) found, each on a note written here in the same habits.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = (file: string, text: string) => oneNote(tmp.dir, file, text);

const editor = notes(
  'editor.md',
  '# 7. 에디터 만들기\n\n## 7.1 명령\n\n### 커맨드 객체\n\n' +
    '- undo() : 방금 실행한 명령을 거꾸로 되돌려 놓는 메서드\n' +
    '- execute() : 명령 객체가 가진 작업을 실제로 수행하는 메서드\n' +
    '- redo() : 되돌린 명령을 다시 한 번 수행하는 메서드\n\n' +
    '### 이벤트 수식어\n\n- .stop : 이벤트가 부모 요소로 퍼지는 전파를 막아 줌\n' +
    '- .prevent : 브라우저의 기본 동작(폼 제출 새로고침)을 막음\n- .once : 핸들러가 딱 한 번만 실행되게 함\n\n' +
    '### final 키워드\n\n- 한 번 값을 넣으면 다시 바꿀 수 없게 고정하는 자바 키워드, 상수 만들 때 씀\n',
);

describe('session-7 review patterns', () => {
  it('accepts no everyday word for a name (`마지막` for final) and no translation of code (`cancel` for undo())', () => {
    const typed = manyQuestions(editor).filter((q) => q.acceptedAnswers);
    expect(typed.length).toBeGreaterThan(0);
    const accepted = typed.flatMap((q) => q.acceptedAnswers ?? []);
    for (const wrong of ['last', '마지막', 'cancel', '무르다', '중지', 'halt', 'run', '돌리다'])
      expect(accepted).not.toContain(wrong);
  });
});

const queue = notes(
  'queue.md',
  '# 8. 메시지 큐\n\n## 8.1 기본\n\n### 송신자와 수신자(Sender & Receiver)\n\n' +
    '- 송신자 : 메시지를 만들어서 브로커로 넘기는 쪽\n- 수신자 : 브로커에서 메시지를 꺼내 가서 처리하는 쪽\n\n' +
    '### 실패 메시지 큐(Failed Message Queue)\n\n- 여러 번 처리에 실패한 메시지만 따로 모아 두는 큐, 줄여서 FMQ 라고 부름\n\n' +
    '### 구독 모델(Subscription)\n\n- 발행하는 쪽은 누가 받는지 모름 → 새 구독자 붙여도 발행 코드는 그대로 둠\n' +
    '- 채널 하나에 메시지를 올리면 붙어 있는 곳 전부에 복사해서 보냄\n' +
    '- 수신자 여러 개가 같은 채널을 구독하면 송신자가 보낸 메시지가 수신자마다 복사됨\n\n' +
    '### 아파치 펄서(Apache Pulsar)\n\n- 야후에서 만든 분산 메시징 플랫폼, 저장 계층을 따로 떼어 둔 구조\n\n' +
    '### 옵저버 패턴(Observer Pattern)\n\n- 어떤 객체 상태가 바뀌면 등록해 둔 다른 객체들에게 알려 주는 설계 방법\n\n' +
    '### 재시도 정책\n\n- 문제 : 네트워크가 잠깐 끊기면 메시지 발행이 통째로 실패함\n' +
    '- 해결 : 간격을 두 배씩 늘리면서 정해진 횟수만큼 다시 보냄\n- 순서 : 첫 시도 → 1초 뒤 → 2초 뒤 → 4초 뒤 포기\n\n' +
    '## 8.2 화면\n\n### 계산 속성(Computed Value)\n\n- 다른 상태로부터 값을 계산해 두는 것, computed(() => a + b) 처럼 씀\n\n' +
    '### 속성 전달(Props)\n\n- 부모가 자식에게 값을 내려 주는 것, 자식에서 defineProps() 로 받을 값을 선언함\n\n' +
    '### 주소 모드\n\n- 히스토리 모드는 `createWebHistory()` 를 쓰고 해시 모드는 `createWebHashHistory()` 를 써서 주소에 # 이 붙음\n\n' +
    '### 반응형 상태\n\n- `reactive()` : 객체를 통째로 반응형으로 만드는 함수, 안쪽 값이 바뀌면 화면이 다시 그려짐\n' +
    '- `ref()` : 숫자나 문자열 같은 값 하나를 반응형으로 감싸는 함수, 스크립트에선 .value 로 꺼냄\n\n' +
    '### 전달 방식\n\n- 전달 방식의 예: 푸시, 폴링, 롱 폴링, 웹훅\n',
);

describe('session-7 review patterns, on a note in the same habits', () => {
  const facts = extractFacts(queue);
  const term = (name: string) => facts.terms.find((t) => t.name === name);
  const qs = manyQuestions(queue);
  const typed = qs.filter(isTyped);
  const acceptedFor = (name: string) => typed.filter((q) => q.acceptedAnswers?.[0] === name);
  const seen = (q: (typeof qs)[number]) => `${q.prompt}\n${(q.choices ?? []).join('\n')}`;

  it('takes no organising label for a term (`문제 :`, `해결 :`, `순서 :`)', () => {
    const names = facts.terms.map((t) => t.name);
    for (const label of ['문제', '해결', '순서']) expect(names).not.toContain(label);
  });

  it('names the parts of a paired heading in both languages (`수신자` is Receiver)', () => {
    expect(term('수신자')?.names).toContain('Receiver');
    expect(term('송신자')?.names).toContain('Sender');
  });

  it('accepts a name without its kind noun or its maker (`옵저버` for 옵저버 패턴, `펄서` for 아파치 펄서)', () => {
    const observer = acceptedFor('옵저버 패턴');
    const pulsar = acceptedFor('아파치 펄서');
    expect(observer.length).toBeGreaterThan(0);
    expect(pulsar.length).toBeGreaterThan(0);
    for (const q of observer) expect(q.acceptedAnswers).toContain('옵저버');
    for (const q of pulsar) expect(q.acceptedAnswers).toContain('펄서');
  });

  it('never shows a clue that spells its answer otherwise: initials (`FMQ`), an English word (`computed`), `○○자`', () => {
    for (const q of qs.filter((x) => x.type !== 'true-false' && x.type !== 'term-to-definition')) {
      const text = seen(q);
      if (q.explanation.startsWith('실패 메시지 큐')) expect(text).not.toContain('FMQ');
      if (q.explanation.startsWith('계산 속성')) expect(text).not.toMatch(/computed/i);
      expect(text).not.toMatch(/○○자/);
    }
  });

  it('blanks no code name a word of the line spells (`createWebHistory` beside `createWebHashHistory`, Props)', () => {
    const codes = typed.filter((q) => /create|defineProps/.test(q.acceptedAnswers?.[0] ?? ''));
    expect(codes.map((q) => q.prompt)).toEqual([]);
  });

  it('counts no parentheses in a hint (`reactive()` is r and 8 letters)', () => {
    const reactive = typed.filter((q) => squash(q.acceptedAnswers?.[0] ?? '') === 'reactive');
    expect(reactive.length).toBeGreaterThan(0);
    for (const q of reactive) expect(q.prompt).toContain('8글자');
  });

  it('blanks no item of a list (the other items and a hint leave several answers)', () => {
    expect(facts.groups.length).toBeGreaterThan(0);
    expect(typed.filter((q) => /의 예:/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it('asks no name twice in a session, and never asks to type a name it showed as a choice', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const session = generateQuestions(queue, { count: 10, seed });
      const answers = session.map((q) =>
        squash(q.acceptedAnswers?.[0] ?? q.choices?.[q.answerIndex ?? 0] ?? ''),
      );
      const named = answers.filter((a) => !['맞아요', '틀려요'].includes(a));
      expect(new Set(named).size).toBe(named.length);
      session.forEach((q, i) => {
        if (!isTyped(q)) return;
        const before = session
          .slice(0, i)
          .flatMap((p) => p.choices ?? [])
          .map(squash);
        expect(before).not.toContain(squash(q.acceptedAnswers?.[0] ?? ''));
      });
    }
  });
});

const api = notes(
  'api.md',
  '# 9. API\n\n## 9.1 설계\n\n### 인트로스펙션(Introspection)\n\n' +
    '- 스키마를 쿼리로 물어보는 기능, `__schema`, `__type` 필드로 타입 목록을 받아 옴\n\n' +
    '### gRPC\n\n- 구글이 만든 RPC 프레임워크, HTTP/2 위에서 바이너리로 주고받음\n\n' +
    '### MVVM\n\n- Model - View - ViewModel 로 나눠서 화면 상태를 뷰모델이 들고 있는 구조\n\n' +
    '### MVC\n\n- 요청은 컨트롤러가 받고 모델을 바꾼 다음 뷰가 그리는 구조\n\n' +
    '### 버전 관리\n\n- URL 방식 : 주소에 /v1, /v2 를 붙여서 버전을 나눔\n- 헤더 방식 : Accept 헤더에 버전을 실어 보냄\n' +
    '- 근데 이거 시험에 나옴 : 둘 중에 캐시가 잘 되는 건 주소로 나누는 쪽\n',
);

describe('session-7 review patterns found after the first fixes (GraphQL and design-pattern notes)', () => {
  const facts = extractFacts(api);
  const qs = manyQuestions(api);

  it('shows code as written (`__schema` keeps its underscores)', () => {
    const shown = qs.filter((q) => JSON.stringify(q).includes('schema'));
    expect(shown.length).toBeGreaterThan(0);
    for (const q of shown) expect(`${q.prompt} ${q.choices?.join(' ')}`).not.toMatch(/(?<!_)\bschema, type/);
  });

  it('takes no aside of the notes for a term (`근데 이거 시험에 나옴 :`)', () => {
    expect(facts.terms.map((t) => t.name).join('\n')).not.toContain('시험');
  });

  it('shows no clue that is most of a typed answer (`RPC` for gRPC) nor spells an acronym by camel parts (MVVM)', () => {
    for (const q of qs) {
      if (q.acceptedAnswers?.includes('gRPC')) expect(q.prompt).not.toContain('RPC 프레임워크');
      if (q.type === 'definition-to-term' && q.choices?.[q.answerIndex ?? 0] === 'MVVM')
        expect(q.prompt).not.toContain('ViewModel');
    }
  });

  it('counts the term a true/false statement names as asked in its session', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const session = generateQuestions(api, { count: 10, seed });
      const stated = session
        .filter((q) => q.type === 'true-false')
        .map((q) => squash(/^> (.+?): /m.exec(q.prompt)?.[1] ?? ''));
      const answered = session
        .filter((q) => q.type === 'definition-to-term' || isTyped(q))
        .map((q) => squash(q.acceptedAnswers?.[0] ?? q.choices?.[q.answerIndex ?? 0] ?? ''));
      for (const name of stated) expect(answered).not.toContain(name);
    }
  });
});

describe('a feature named after its whole (the session-7 after-review of Vue)', () => {
  const router = notes(
    'router.md',
    '# 13. 뷰\n\n## 13.5 라우팅\n\n### 뷰 라우터(Vue Router)\n\n- URL 에 따라 다른 컴포넌트를 보여 주는 공식 라이브러리, 새로고침 없이 화면 전환\n\n' +
      '### 동적 라우트 매칭\n\n- 경로에 콜론을 붙이면 그 자리가 매개변수가 됨, `/users/:id` 처럼 씀\n\n' +
      '### 네비게이션 가드\n\n- 페이지 이동 전에 가로채서 막거나 다른 곳으로 보내는 함수\n\n' +
      '### 피니아(Pinia)\n\n- 여러 컴포넌트가 같이 쓰는 전역 상태를 스토어 하나에 모아 두는 라이브러리\n\n' +
      '### 캐시 서버\n\n- 자주 쓰는 응답을 메모리에 저장해 두는 컴퓨터\n\n### 파일 서버\n\n- 이미지 같은 큰 파일을 따로 저장해 두는 컴퓨터\n',
  );
  const qs = manyQuestions(router);

  it('never tells a name from one a letter apart (`뷰 라우터` / `동적 라우트 매칭`), but keeps a shared kind apart (서버)', () => {
    const pair = ['뷰 라우터', '동적 라우트 매칭'];
    const about = qs.filter((q) => pair.some((name) => q.explanation.includes(`${name}:`)));
    expect(about.length).toBeGreaterThan(0);
    for (const q of about) {
      const shown = `${q.prompt}\n${(q.choices ?? []).join('\n')}`;
      expect(pair.every((name) => shown.includes(name) || q.explanation.startsWith(name))).toBe(false);
    }
    const servers = qs.filter((q) => q.choices?.includes('캐시 서버') && q.choices.includes('파일 서버'));
    expect(servers.length).toBeGreaterThan(0);
  });
});
