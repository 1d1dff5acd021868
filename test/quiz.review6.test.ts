import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/quiz/facts.ts';
import { matchesAnswer } from '../src/quiz/match.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * The patterns the session-6 blind review (java-oop, auth-oauth) found, each on a note written here in the same
 * habits.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = (file: string, text: string) => oneNote(tmp.dir, file, text);

const db = notes(
  'db.md',
  '# 9. 데이터베이스\n\n## 9.1 트랜잭션\n\n### ACID\n\n' +
    '- A 원자성(Atomicity) : 트랜잭션 안의 작업은 전부 되거나 전부 안 되거나 둘 중 하나\n' +
    '- C 일관성(Consistency) : 트랜잭션 끝나도 제약 조건은 항상 지켜져 있어야 함\n' +
    '- I 격리성(Isolation) : 동시에 도는 트랜잭션끼리 서로 중간 결과를 못 봄\n' +
    '- D 지속성(Durability) : 커밋된 건 서버가 죽어도 남아 있어야 함\n\n' +
    '### 자바 키워드\n\n**volatile 키워드**\n\n- 변수 값을 캐시 말고 항상 메인 메모리에서 읽고 쓰게 함, 스레드끼리 값 보이게\n\n' +
    '**abstract 키워드**\n\n- 메서드 : 몸통 없이 선언만 함, 자식이 반드시 구현 / 클래스 : 객체 직접 못 만듦 (new 불가)\n\n' +
    '### 파이썬 인터프리터(CPython)\n\n- 소스(.py) → 바이트코드(.pyc) → 가상 머신이 한 줄씩 실행함\n' +
    '- 메모리 : 레퍼런스 카운팅으로 바로 해제, 순환 참조는 세대별 GC가 따로 치움\n\n' +
    '### 예외 종류\n\n- 런타임 예외(Runtime) : 컴파일은 되지만 실행하다 터지는 오류, 처리하라고 강제하지 않음\n\n' +
    '### 스택 연산\n\n- push : 맨 위에 새 값을 올려 놓음\n- pop : 맨 위 값을 꺼내면서 지움\n' +
    '- peek : 꺼내지 않고 맨 위 값만 확인함\n- clear : 쌓인 값을 한 번에 전부 비움\n',
);

describe('session-6 review patterns', () => {
  const facts = extractFacts(db);
  const term = (name: string) => facts.terms.find((t) => t.name === name);

  it('names a generic label by its parent (`abstract 메서드`, `파이썬 인터프리터 메모리`) and accepts both forms', () => {
    expect(term('abstract 메서드')?.names).toEqual(expect.arrayContaining(['메서드', 'abstract']));
    expect(term('abstract 클래스')).toBeDefined();
    expect(term('파이썬 인터프리터 메모리')?.names).toContain('메모리');
    expect(facts.terms.map((t) => t.name)).not.toContain('메서드');
    expect(facts.terms.map((t) => t.name)).not.toContain('메모리');
    const typed = manyQuestions(db).filter((q) => q.acceptedAnswers?.[0] === 'abstract 메서드');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(matchesAnswer('abstract 메서드', q.acceptedAnswers ?? [])).toBe(true);
      expect(matchesAnswer('abstract', q.acceptedAnswers ?? [])).toBe(true);
    }
  });

  it('keys a label without its acronym letter (`A 원자성` → 원자성) and accepts it with the letter', () => {
    const atomicity = term('원자성');
    expect(atomicity?.names).toEqual(expect.arrayContaining(['Atomicity', 'A 원자성']));
    expect(facts.terms.map((t) => t.name)).not.toContain('A 원자성');
    const typed = manyQuestions(db).filter((q) => q.acceptedAnswers?.includes('A 원자성'));
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(q.acceptedAnswers?.[0]).toBe('원자성');
      expect(q.prompt).not.toMatch(/초성 A /);
    }
  });

  it('accepts a keyword without the word 키워드 (`volatile` for `volatile 키워드`)', () => {
    expect(term('volatile 키워드')?.names).toContain('volatile');
  });

  it('completes an English name that translates only the first word (`런타임 예외(Runtime)` → Runtime exception)', () => {
    expect(term('런타임 예외')?.names).toContain('Runtime exception');
    expect(matchesAnswer('runtime exception', term('런타임 예외')?.names ?? [])).toBe(true);
  });

  it('puts 이 after a Latin name that ends in a stop after a short vowel (`pop이 아니라`)', () => {
    const explanations = manyQuestions(db).map((q) => q.explanation);
    expect(explanations.join('\n')).not.toMatch(/(pop|abstract 메서드)가 아니라/);
    expect(explanations.some((e) => /^pop이 아니라/.test(e))).toBe(true);
  });

  it('never masks alone a word that names a kind (`…두 개로 ○○` of 2단계 인증), nor two words with one ○○', () => {
    const auth = notes(
      'auth.md',
      '# 인증\n\n## 로그인 방식\n\n### 세션 기반 인증(Session Auth)\n\n- 서버가 세션 만들어 저장하고 세션 ID만 쿠키로 줌\n\n' +
        '### 토큰 기반 인증(Token Auth)\n\n- 서버가 서명한 토큰을 주고 클라이언트가 요청마다 헤더에 넣어 보냄\n\n' +
        '### 2단계 인증(2FA)\n\n- 비밀번호(아는 것) + 휴대폰(가진 것)처럼 서로 다른 요소 두 개로 인증, 비번 털려도 안전\n\n' +
        '### 비밀번호 해싱(Password Hashing)\n\n- 비밀번호는 평문으로 저장 금지 → 해시 함수로 바꿔 저장, 로그인 때 입력값도 해싱해서 비교\n\n' +
        '### 솔트(Salt)\n\n- 비밀번호마다 랜덤 문자열을 붙여서 같은 비번도 해시가 다르게 나오게 함\n\n' +
        '### 레인보우 테이블(Rainbow Table)\n\n- 미리 계산해 둔 해시값 표로 원래 비밀번호를 거꾸로 찾아내는 공격\n',
    );
    const clues = manyQuestions(auth)
      .filter((q) => q.type === 'definition-to-term')
      .map((q) => q.prompt);
    expect(clues.length).toBeGreaterThan(0);
    expect(clues.join('\n')).not.toMatch(/두 개로 ○○|○○는 평문|○○해서/);
  });

  it("never tells a heading's term from a bold part written under it (`**솔트**` under 비밀번호 해싱) as right and wrong", () => {
    const hashing = notes(
      'hash.md',
      '# 보안\n\n## 저장\n\n### 비밀번호 해싱(Password Hashing)\n\n- 비밀번호는 평문 저장 금지, 해시 함수로 바꿔서 저장함\n\n' +
        '**솔트(Salt)**\n\n- 비밀번호마다 랜덤 문자열을 붙여서 해시값이 다 다르게 나오게 함\n\n' +
        '**페퍼(Pepper)**\n\n- 모든 비밀번호에 같은 비밀 문자열을 붙이는데 DB 말고 서버 설정에만 둠\n\n' +
        '### 레인보우 테이블(Rainbow Table)\n\n- 미리 계산해 둔 해시값 표로 원래 비밀번호를 거꾸로 찾아내는 공격\n\n' +
        '### 무차별 대입 공격(Brute Force)\n\n- 가능한 비밀번호를 하나씩 전부 넣어 보는 공격, 해시를 느리게 만들면 막힘\n',
    );
    const qs = manyQuestions(hashing);
    const statements = qs.filter((q) => q.type === 'true-false').map((q) => q.prompt);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.join('\n')).not.toMatch(/비밀번호 해싱: 비밀번호마다|(솔트|페퍼): 비밀번호는 평문/);
    for (const q of qs.filter((x) => x.type === 'definition-to-term')) {
      const right = q.choices?.[q.answerIndex ?? 0] ?? '';
      const wrong = q.choices?.filter((c) => c !== right) ?? [];
      if (right === '비밀번호 해싱') expect(wrong.filter((c) => c === '솔트' || c === '페퍼')).toEqual([]);
      if (right === '솔트' || right === '페퍼') expect(wrong).not.toContain('비밀번호 해싱');
    }
  });

  it('never blanks a part whose bare phrase means nothing without its bold label (`＿＿＿: 우리 서비스(앱)`)', () => {
    const roles = notes(
      'roles.md',
      '# 인가\n\n## 위임\n\n### OAuth 2.0\n\n- 비밀번호를 안 알려주고 다른 서비스에 있는 정보 접근 권한만 위임하는 표준\n\n' +
        '**OAuth 역할(Roles)**\n\n- 리소스 오너(Resource Owner) : 사용자 본인 / 클라이언트(Client) : 우리 서비스(앱)\n' +
        '- 인가 서버(Authorization Server) : 로그인 받고 토큰을 발급해 주는 서버 / 리소스 서버(Resource Server) : 사용자 정보 API 가진 서버\n\n' +
        '### 스코프(Scope)\n\n- 토큰으로 할 수 있는 일의 범위, 동의 화면에 뜨는 항목들\n',
    );
    const typed = manyQuestions(roles).filter((q) => q.type === 'fill-blank');
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.map((q) => q.prompt).join('\n')).not.toMatch(/＿＿＿: (우리 서비스\(앱\)|사용자 본인)\n/);
  });
});
