import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { abbreviatesName } from '../src/quiz/leaks.ts';
import { matchesAnswer } from '../src/quiz/match.ts';
import { isTyped } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/* Typed questions struck in the reviews of sessions 9–13 for what they blank, on notes written here in the same habits. */
const tmp = tempDir();
afterAll(tmp.cleanup);

describe('a typed question blanks', () => {
  it('no value an example’s code gives (`scaffold Article`, `orders(user_id, status, …)`: struck in 9 and 13b)', () => {
    const rails = oneNote(
      tmp.dir,
      'rails.md',
      '# 120. 루비 온 레일즈(Ruby on Rails)\n\n## 120.1 레일즈 기본(Rails Basics)\n\n' +
        '### 규약(Convention)\n\n- 예시 : 모델 `Article` ↔ 테이블 `articles` ↔ `ArticlesController`\n\n' +
        '### 스캐폴딩(Scaffolding)\n\n- `rails g scaffold Article title:string body:text` 한 방에 CRUD 전부 생성\n\n' +
        '### 마이그레이션(Migration)\n\n- DB 스키마 변경을 루비 코드로 기록한 파일, `rails db:migrate` 로 적용\n\n' +
        '### 복합 인덱스(Composite Index)\n\n- 컬럼 여러 개를 묶어서 만든 인덱스, `CREATE INDEX idx ON orders(user_id, status, created_at)`\n' +
        '- 왼쪽부터 차례로 써야 인덱스 탐 → `status` 만 조건으로 주면 못 씀\n',
    );
    const typed = manyQuestions(rails).filter((q) => q.type === 'cloze');
    expect(typed.length).toBeGreaterThan(0);
    expect(
      typed.filter((q) => /scaffold ＿|orders\(user_id, ＿/.test(q.prompt)).map((q) => q.prompt),
    ).toEqual([]);
  });

  it('accepts a word swapped for an abbreviation only when the notes write it (`네트워크 url 변환` of NAT: struck in 12a and 13a)', () => {
    const webrtc = oneNote(
      tmp.dir,
      'webrtc.md',
      readFileSync(
        new URL('./queries/quiz-review/session12/paired-12a/webrtc/webrtc.md', import.meta.url),
        'utf8',
      ),
    );
    const accepted = manyQuestions(webrtc)
      .filter(isTyped)
      .filter((q) => q.acceptedAnswers?.[0] === 'NAT')
      .flatMap((q) => q.acceptedAnswers ?? []);
    expect(accepted).toContain('네트워크 주소 변환');
    expect(accepted.filter((a) => /url/i.test(a))).toEqual([]);
  });

  it('takes no call for its argument (`COUNT` for the blank of 컬럼, the notes writing `COUNT(컬럼)`: struck in 11a twice)', () => {
    const sql = oneNote(
      tmp.dir,
      'sql.md',
      '# 74. SQL 기초(SQL Basics)\n\n## 74.1 조회(SELECT)\n\n' +
        '### 별칭(Alias)\n\n- 컬럼이나 테이블에 임시 이름 붙이기 : `SELECT price * qty AS total FROM orders o`\n\n' +
        '### 상관 서브쿼리(Correlated Subquery)\n\n- 안쪽 쿼리가 바깥 쿼리의 컬럼을 참조하는 것 → 바깥 행 하나마다 안쪽이 다시 실행됨\n\n' +
        '### 집계 함수(Aggregate Function)\n\n- 여러 행을 하나의 값으로 요약 : `COUNT`, `SUM`, `AVG`, `MAX`, `MIN`\n' +
        '- `COUNT(*)` 는 모든 행, `COUNT(컬럼)` 은 그 컬럼이 NULL 아닌 행만 셈\n',
    );
    const blanks = manyQuestions(sql).filter((q) => q.type === 'cloze' && q.acceptedAnswers?.[0] === '컬럼');
    expect(blanks.length).toBeGreaterThan(0);
    for (const q of blanks)
      expect(matchesAnswer('COUNT', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(false);
  });

  it('takes a name without its board or relation noun (`칸반` of 칸반 보드, `다대다` of 다대다 관계: struck in 13a)', () => {
    const agile = oneNote(
      tmp.dir,
      'agile.md',
      '# 130. 애자일 개발(Agile)\n\n## 130.2 작업 관리(Work Management)\n\n' +
        '### 칸반 보드(Kanban Board)\n\n- 도요타 생산 방식에서 나온 방법, 일의 흐름을 눈에 보이게 만드는 게 핵심\n\n' +
        '### 다대다 관계(Many-to-Many)\n\n- 학생 여러 명이 강의 여러 개를 듣는 것처럼 양쪽이 서로 여럿, 중간 테이블로 풂\n\n' +
        '### 번다운 차트(Burndown Chart)\n\n- 가로축 = 날짜, 세로축 = 남은 작업량, 시간 지나면서 0으로 내려가야 함\n\n' +
        '### 스토리 포인트(Story Point)\n\n- 작업량을 시간 대신 상대적인 크기로 추정하는 단위\n',
    );
    const typed = manyQuestions(agile).filter(isTyped);
    const takes = (answer: string, typedAs: string) => {
      const asked = typed.filter((q) => q.acceptedAnswers?.[0] === answer);
      expect(asked.length, answer).toBeGreaterThan(0);
      for (const q of asked)
        expect(matchesAnswer(typedAs, q.acceptedAnswers ?? [], q.rejectedAnswers)).toBe(true);
    };
    takes('칸반 보드', '칸반');
    takes('다대다 관계', '다대다');
  });

  it('asks no label that says something of its line’s subject (`읽기도 쓰기도 됨`, `서로 중첩 가능`: struck 16 times in 11a–13a)', () => {
    const pointers = oneNote(
      tmp.dir,
      'pointers.md',
      '# 140. C 포인터(C Pointers)\n\n## 140.1 포인터 기초(Pointer Basics)\n\n' +
        '### 역참조(Dereference)\n\n- `*p` 로 포인터가 가리키는 곳의 값에 접근하는 것\n' +
        '- 읽기도 쓰기도 됨 : `*p = 10;` 하면 x 값이 10 으로 바뀜\n\n' +
        '### 중첩 구조(Nesting)\n\n- 서로 중첩 가능 : 배열 안에 객체, 객체 안에 배열\n\n' +
        '### 널 포인터(Null Pointer)\n\n- 아무것도 가리키지 않는 포인터, 역참조하면 세그멘테이션 폴트로 죽음\n\n' +
        '### 댕글링 포인터(Dangling Pointer)\n\n- 이미 해제된 메모리를 여전히 가리키는 포인터, 쓰면 정의되지 않은 동작\n',
    );
    const blanks = manyQuestions(pointers).filter((q) => q.type === 'fill-blank');
    expect(blanks.length).toBeGreaterThan(0);
    const labels = blanks
      .map((q) => q.acceptedAnswers?.[0])
      .filter((a) => a === '읽기도 쓰기도 됨' || a === '서로 중첩 가능');
    expect(labels).toEqual([]);
  });

  it('blanks no 클래스, a word every chapter uses as 객체 and 메서드 are (`같은 ＿＿＿ 묶음`: struck in 10 and 10a 5 times)', () => {
    const tailwind = oneNote(
      tmp.dir,
      'tailwind.md',
      '# 85. 테일윈드 CSS(Tailwind CSS)\n\n## 85.2 사용법(Usage)\n\n' +
        '### 유틸리티 우선(Utility-First)\n\n- 미리 만든 작은 클래스를 HTML 에 조합해서 스타일링, CSS 파일을 거의 안 씀\n\n' +
        '### 반응형 접두사(Responsive Prefix)\n\n- 클래스 앞에 중단점 붙이면 그 화면 너비 이상에서만 적용 : `md:flex`, `lg:grid-cols-4`\n\n' +
        '### 컴포넌트 추출(Component Extraction)\n\n- 같은 클래스 묶음이 반복되면 `@apply` 보다 React 컴포넌트 하나로 빼는 게 정석\n\n' +
        '### 다크 모드(Dark Mode)\n\n**미디어 전략(media)**\n\n- 기본값, 운영체제 설정(prefers-color-scheme)을 그대로 따라감\n\n' +
        '**클래스 전략(class)**\n\n- html 에 dark 를 붙였을 때만 어두운 스타일, 사용자가 직접 토글 가능\n',
    );
    const clozes = manyQuestions(tailwind).filter((q) => q.type === 'cloze');
    expect(clozes.length).toBeGreaterThan(0);
    expect(clozes.filter((q) => q.acceptedAnswers?.[0] === '클래스').map((q) => q.prompt)).toEqual([]);
  });
});

describe('a word the notes write twice', () => {
  it('is a name as written, not a slip of a glossary word one letter away (`struct` is no `strict`)', () => {
    const dir = tempDir();
    const swift = oneNote(
      dir.dir,
      'swift.md',
      '# 5. 스위프트(Swift)\n\n## 5.1 타입(Types)\n\n' +
        '### 구조체(Struct)\n\n- struct 로 선언하는 값 타입, 대입하면 통째로 복사됨\n\n' +
        '### 클래스(Class)\n\n- class 로 선언하는 참조 타입, 대입해도 같은 인스턴스를 가리킴\n\n' +
        '### 프로토콜(Protocol)\n\n- 구조체, 클래스 모두 채택 가능 → `struct Dog: Animal { ... }`\n\n' +
        '### 열거형(Enum)\n\n- enum 으로 선언, 케이스마다 연관 값을 가질 수 있음\n',
    );
    const shown = manyQuestions(swift).flatMap((q) => [q.prompt, q.explanation, ...(q.choices ?? [])]);
    expect(shown.some((t) => t.includes('struct Dog'))).toBe(true);
    expect(shown.filter((t) => /strict/i.test(t))).toEqual([]);
    dir.cleanup();
  });
});

describe('a line that writes a short form of its term in capitals', () => {
  it('is no clue for it nor another term’s description (`(DEMUX)` of 디멀티플렉서), while a word of a name stays', () => {
    expect(
      abbreviatesName('MUX 반대, 입력 하나를 여러 출력 중 한 곳으로 보내줌 (DEMUX)', [
        '디멀티플렉서',
        'Demultiplexer',
      ]),
    ).toBe(true);
    expect(abbreviatesName('여러 입력 중 하나를 골라 출력 (MUX)', ['멀티플렉서', 'Multiplexer'])).toBe(true);
    // A word of the name is masked as the name is; letters picked across it are no short form.
    expect(abbreviatesName('두 입력이 다를 때만 1 (XOR)', ['XOR 게이트', 'XOR gate'])).toBe(false);
    expect(abbreviatesName('버킷 단위로 CAS + synchronized', ['동시성 해시맵', 'ConcurrentHashMap'])).toBe(
      false,
    );
    const dir = tempDir();
    const logic = oneNote(
      dir.dir,
      'logic.md',
      '# 6. 조합 회로(Combinational Circuits)\n\n## 6.1 선택 회로\n\n' +
        '### 멀티플렉서(Multiplexer)\n\n- 여러 입력 중 선택 신호로 하나를 골라 출력으로 내보냄\n\n' +
        '### 디멀티플렉서(Demultiplexer)\n\n- 입력 하나를 여러 출력 중 한 곳으로 보내줌 (DEMUX)\n\n' +
        '### 인코더(Encoder)\n\n- 켜진 입력 하나의 번호를 이진수로 바꿔 줌\n\n' +
        '### 디코더(Decoder)\n\n- 이진수 입력을 받아서 그 번호의 출력선 하나만 켬\n',
    );
    const shown = manyQuestions(logic).flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((t) => t.includes('DEMUX'))).toEqual([]);
    dir.cleanup();
  });
});

describe('a list question', () => {
  it('offers wrong choices written in the right one’s script (`read` is not picked among 권한, 이름 by its letters)', () => {
    const dir = tempDir();
    const files = oneNote(
      dir.dir,
      'fs.md',
      '# 7. 파일 시스템(File Systems)\n\n## 7.1 파일\n\n' +
        '### 파일(File)\n\n- 디스크에 저장된 관련 정보의 논리적 묶음, OS 가 이름 붙여 관리하는 저장 단위\n' +
        '- 속성 : 이름, 크기, 소유자, 권한, 수정 시각\n' +
        '- 연산 : create, open, read, write, seek, close, delete\n' +
        '- 접근 방식 : 순차 접근, 직접 접근, 색인 접근\n',
    );
    const lists = manyQuestions(files).filter((q) => q.type === 'list-membership');
    expect(lists.length).toBeGreaterThan(0);
    const script = (t: string) => (/[\uAC00-\uD7A3]/.test(t) ? 'hangul' : 'latin');
    for (const q of lists) {
      const choices = q.choices ?? [];
      const right = choices[q.answerIndex ?? -1] ?? '';
      expect(
        choices.filter((c) => c !== right).some((c) => script(c) === script(right)),
        q.prompt,
      ).toBe(true);
    }
    dir.cleanup();
  });
});

describe('a definition question', () => {
  it('offers no wrong choice its clue names by another of its names (`모든 GameObject 가 …` rules out 게임 오브젝트)', () => {
    const dir = tempDir();
    const unity = oneNote(
      dir.dir,
      'unity.md',
      '# 8. 유니티(Unity)\n\n## 8.1 씬 구성\n\n' +
        '### 게임 오브젝트(GameObject)\n\n- 씬에 놓이는 모든 것의 기본 단위, 그 자체로는 빈 껍데기\n\n' +
        '### 트랜스폼(Transform)\n\n- 모든 GameObject 가 무조건 갖고 있는 부품, 위치 회전 크기 담당\n\n' +
        '### 리지드바디(Rigidbody)\n\n- 물리 엔진이 중력과 힘을 적용하게 해주는 부품\n\n' +
        '### 콜라이더(Collider)\n\n- 충돌 판정에 쓰는 모양, 박스나 구 같은 단순한 형태\n\n' +
        '### 프리팹(Prefab)\n\n- 설정을 마친 오브젝트를 저장해 두고 여러 번 찍어내는 틀\n',
    );
    const asked = manyQuestions(unity).filter(
      (q) => q.type === 'definition-to-term' && q.prompt.includes('GameObject 가 무조건'),
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices, q.prompt).not.toContain('게임 오브젝트');
    dir.cleanup();
  });
});

describe('a typed answer that glues Latin letters to Hangul', () => {
  it('is hinted by its first letter, not by initials that drop letters (`PG사` is no `Pㅅ`)', () => {
    const dir = tempDir();
    // The chapter whose 초성 hint for PG사 a review struck (session 10's paired set).
    const pay = oneNote(
      dir.dir,
      'payment-integration.md',
      readFileSync(
        new URL(
          './queries/quiz-review/session10/paired/payment-integration/payment-integration.md',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    const typed = manyQuestions(pay).filter((q) => isTyped(q) && q.acceptedAnswers?.includes('PG사'));
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(q.prompt).not.toContain('Pㅅ');
      expect(q.prompt).toContain('P로 시작, 3글자');
    }
    dir.cleanup();
  });
});
