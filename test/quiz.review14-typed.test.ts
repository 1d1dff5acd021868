import { afterAll, describe, expect, it } from 'vitest';
import { matchesAnswer } from '../src/quiz/match.ts';
import { isTyped } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/* Typed-answer patterns struck in the blind reviews of sessions 9–13, on notes written here in the same habits. */
const tmp = tempDir();
afterAll(tmp.cleanup);

describe('typed answers as the reviews read them', () => {
  it('takes no name of the act for the thing (`그룹화` for 그룹: struck in 11c twice)', () => {
    const groups = oneNote(
      tmp.dir,
      'permissions.md',
      '# 111. 리눅스 권한(Linux Permissions)\n\n## 111.1 사용자와 그룹(Users & Groups)\n\n' +
        '### 사용자(User)\n\n- `whoami` 로 현재 사용자, `id` 로 UID/GID 와 소속 그룹까지 확인\n\n' +
        '### 그룹(Group)\n\n- 여러 사용자를 묶어서 권한을 한 번에 주는 단위, 정보는 `/etc/group` 에 있음\n\n' +
        '### 권한 오류(Permission Denied)\n\n- 그룹 추가(`usermod -aG`) 직후엔 바로 적용 안 됨 → 다시 로그인하거나 `newgrp` 해야 함\n',
    );
    const typed = manyQuestions(groups)
      .filter(isTyped)
      .filter((q) => q.acceptedAnswers?.[0] === '그룹');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(matchesAnswer('group', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(true);
      expect(matchesAnswer('그룹화', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(false);
    }
  });

  it('offers no clue whose code name spells a word of the answer (`getContext` of 렌더링 컨텍스트: struck in 11b 5 times)', () => {
    const canvas = oneNote(
      tmp.dir,
      'canvas.md',
      '# 106. 캔버스(Canvas)\n\n## 106.2 캔버스 2D API(Canvas 2D API)\n\n' +
        "### 렌더링 컨텍스트(Rendering Context)\n\n- canvas.getContext('2d') 로 그리기 도구 객체(ctx) 받음, 모든 그리기는 ctx 메서드로 함\n\n" +
        '### 텍스트 그리기(Text Drawing)\n\n- ctx.font 지정 후 fillText(글자, x, y) 로 채워서, strokeText() 로 테두리만 그림\n\n' +
        '### 픽셀 조작(Pixel Manipulation)\n\n- getImageData() 로 RGBA 배열 얻고 값 바꾼 뒤 다시 씀 → 흑백 필터 가능\n\n' +
        '### 변환(Transform)\n\n- translate, rotate, scale 로 좌표계 자체를 옮기고 돌리고 늘림\n',
    );
    const clues = manyQuestions(canvas)
      .filter((q) => q.type === 'definition-to-term')
      .map((q) => q.prompt);
    expect(clues.some((c) => c.includes('translate, rotate'))).toBe(true);
    expect(clues.filter((c) => c.includes('getContext') || c.includes('fillText'))).toEqual([]);
  });

  it('shows a code label that starts with `__` as written (`__Host-`, shown as `Host-`: struck in 11a 4 times)', () => {
    const prefixes = oneNote(
      tmp.dir,
      'cookies.md',
      '# 97. 쿠키(Cookies)\n\n## 97.4 쿠키 보안(Cookie Security)\n\n' +
        '### 쿠키 접두사(Cookie Prefixes)\n\n- `__Secure-` : Secure 속성 있어야만 저장됨\n' +
        '- `__Host-` : Secure + `Path=/` + Domain 속성 없음 → 서브도메인이 덮어쓸 수 없는 가장 안전한 형태\n\n' +
        '### 세션 탈취(Session Hijacking)\n\n- 공격자가 남의 세션 ID 쿠키를 손에 넣어서 그 사람인 척 로그인 상태를 쓰는 것\n\n' +
        '### 세션 고정(Session Fixation)\n\n- 공격자가 미리 정한 세션 ID 를 피해자가 쓰게 만든 뒤 로그인하면 그 세션을 가로챔\n',
    );
    const shown = manyQuestions(prefixes).flatMap((q) => [q.prompt, q.explanation, ...(q.choices ?? [])]);
    expect(shown.some((t) => t.includes('__Host-'))).toBe(true);
    expect(shown.filter((t) => /(?<!_)Host-|(?<!_)Secure-/.test(t))).toEqual([]);
  });

  it('takes an acronym without the kind noun it names (`DV` of DV 인증서: struck in 10a twice)', () => {
    const certs = oneNote(
      tmp.dir,
      'tls.md',
      '# 82. HTTPS와 TLS(HTTPS & TLS)\n\n## 82.3 인증서 종류(Certificate Types)\n\n' +
        '### DV 인증서(Domain Validation)\n\n- 도메인 소유만 확인하고 발급, 몇 분이면 나옴, 렛츠인크립트가 무료로 줌\n\n' +
        '### OV 인증서(Organization Validation)\n\n- 회사가 실제로 있는지 서류로 확인하고 발급, 며칠 걸림\n\n' +
        '### EV 인증서(Extended Validation)\n\n- 가장 엄격한 심사, 법적 실체와 운영 여부까지 확인, 예전엔 주소창에 회사 이름 표시\n',
    );
    const typed = manyQuestions(certs)
      .filter(isTyped)
      .filter((q) => q.acceptedAnswers?.[0] === 'DV 인증서');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(matchesAnswer('DV', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(true);
      expect(matchesAnswer('OV', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(false);
    }
  });

  it('takes only the operator itself for a `$` operator, no word the glossary files with it (`검색` for $lookup: struck in 9)', () => {
    const stages = oneNote(
      tmp.dir,
      'mongo.md',
      '# 41. 몽고DB(MongoDB)\n\n## 41.4 집계(Aggregation)\n\n### 주요 스테이지(Stages)\n\n' +
        '**$group**\n\n- SQL 의 GROUP BY 역할, `_id` 에 묶을 기준 필드 넣고 누산기로 계산 : `$sum`, `$avg`, `$max`\n\n' +
        '**$lookup**\n\n- 다른 컬렉션이랑 left outer join, `from`, `localField`, `foreignField`, `as` 지정, 결과가 배열로 붙음\n\n' +
        '**$unwind**\n\n- 배열 필드를 원소마다 한 문서로 펼침, 빈 배열이면 그 문서는 사라짐\n',
    );
    const typed = manyQuestions(stages)
      .filter(isTyped)
      .filter((q) => q.acceptedAnswers?.[0] === '$lookup');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(matchesAnswer('$lookup', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(true);
      expect(matchesAnswer('검색', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(false);
    }
  });

  it("asks no member of a list whose English shows the label's word alone (`mousemove` of 마우스 이벤트: struck in 13a 4 times)", () => {
    const events = oneNote(
      tmp.dir,
      'events.md',
      '# 134. DOM 이벤트(DOM Events)\n\n## 134.4 이벤트 종류(Event Types)\n\n' +
        '### 마우스 이벤트(Mouse Events)\n\n- 종류 : click, dblclick, mousedown, mouseup, mousemove, contextmenu\n\n' +
        '### 문서 로드 이벤트(Page Load Events)\n\n- 종류 : DOMContentLoaded, load, beforeunload, unload\n\n' +
        '### 폼 이벤트(Form Events)\n\n- 종류 : submit, input, change, focus, blur, reset\n',
    );
    const lists = manyQuestions(events).filter((q) => q.type === 'list-membership');
    expect(lists.length).toBeGreaterThan(0);
    for (const q of lists) {
      const right = q.choices?.[q.answerIndex ?? -1] ?? '';
      const word = /마우스/.test(q.prompt) ? 'mouse' : /로드/.test(q.prompt) ? 'load' : undefined;
      if (!word || !right.toLowerCase().includes(word)) continue;
      expect(
        q.choices?.every((c) => c.toLowerCase().includes(word)),
        q.choices?.join(', '),
      ).toBe(true);
    }
  });

  it('reads a call without its parentheses for the particle (`map()이 아니라`, struck as `@Output()가` in 10a)', () => {
    const arrays = oneNote(
      tmp.dir,
      'arrays.md',
      '# 12. 배열 메서드(Array Methods)\n\n## 12.1 변환\n\n' +
        '### map()\n\n- 배열의 각 원소에 함수를 적용한 결과로 같은 길이의 새 배열을 만듦\n\n' +
        '### filter()\n\n- 조건 함수가 참을 돌려준 원소만 모아서 새 배열을 만듦\n\n' +
        '### reduce()\n\n- 누산기와 원소를 차례로 함수에 넣어서 값 하나로 줄임\n\n' +
        '### forEach()\n\n- 원소마다 함수를 한 번씩 실행하고 아무것도 돌려주지 않음\n',
    );
    const explained = manyQuestions(arrays).map((q) => q.explanation);
    expect(explained.some((e) => e.includes('map()이 아니라'))).toBe(true);
    expect(explained.filter((e) => e.includes('map()가'))).toEqual([]);
  });

  it("takes no heading's `Concept` gloss as a name (`Join Concept` of 조인 개념: struck in 11a), and the English it reads", () => {
    const joins = oneNote(
      tmp.dir,
      'sql.md',
      '# 95. SQL 기초(SQL Basics)\n\n## 95.3 조인(Joins)\n\n' +
        '### 조인 개념(Join Concept)\n\n- 여러 테이블을 공통 컬럼(보통 FK = PK) 으로 연결해서 한 결과로 합치는 것\n\n' +
        '### 서브쿼리(Subquery)\n\n- 쿼리 안에 괄호로 넣은 또 다른 SELECT, 바깥 쿼리가 그 결과를 값이나 테이블처럼 씀\n\n' +
        '### 집계 함수(Aggregate Functions)\n\n- 여러 행을 값 하나로 줄이는 함수, 그룹마다 합계나 평균을 구함\n',
    );
    const typed = manyQuestions(joins)
      .filter(isTyped)
      .filter((q) => q.acceptedAnswers?.[0] === '조인');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(matchesAnswer('JOIN', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(true);
      expect(matchesAnswer('Join Concept', q.acceptedAnswers ?? [], q.rejectedAnswers), q.prompt).toBe(false);
    }
  });
});
