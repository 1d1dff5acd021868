import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/quiz/facts.ts';
import type { Question } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * Issue 10, structure over wording: a term's definition is its first line under its heading (or the text after a
 * `정의 :` label). A later line — a detail, a consequence — never moves up to define it, on notes nobody reviewed.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = oneNote(
  tmp.dir,
  'mail.md',
  '# 52. 메일 발송(Mail)\n\n## 52.1 보내는 쪽\n\n' +
    '### 발신 서버(SMTP Server)\n\n- 정의 : 메일을 받아서 받는 사람 쪽 서버까지 넘겨 주는 서버\n' +
    '- 포트는 보통 587 을 씀\n\n' +
    '### 템플릿 치환\n\n- 본문 안에 자리를 두고 보낼 때 값 채워넣기 : `"{{name}}님, 주문이 접수됐어요"`\n' +
    '- 문자열을 손으로 이어붙이면 줄바꿈이랑 이스케이프가 자꾸 깨져서 유지보수 불가능\n\n' +
    '### 반송 메일(Bounce)\n\n- 주소가 없거나 받는 쪽이 거부해서 보낸 사람한테 되돌아온 메일\n\n' +
    '### 발송 대기열\n\n- 바로 안 보내고 쌓아 뒀다가 일꾼이 하나씩 꺼내서 보내는 줄\n\n' +
    '### 수신 거부 링크\n\n- 받는 사람이 눌러서 앞으로 메일을 안 받겠다고 알리는 링크\n\n' +
    '### 발신 도메인 인증\n\n- 메일이 정말 그 도메인에서 보낸 게 맞는지 받는 쪽이 DNS 기록으로 확인하는 절차\n\n' +
    '### 전송 기록\n\n- 메일마다 언제 누구한테 보냈고 결과가 어땠는지 남겨 두는 로그\n\n' +
    '### 발송 설정 파일\n\n- 보내는 주소와 서버를 적어 두는 파일, 줄 단위로 씀 : `from = "no-reply@shop.kr"`\n',
);
const facts = extractFacts(notes);
const qs = manyQuestions(notes);
const shown = (q: Question) => [q.prompt, ...(q.choices ?? [])].join('\n');

describe('issue-10 structure: which line defines a term', () => {
  it('takes the text after a `정의 :` label as the definition, not the line after it', () => {
    const smtp = facts.terms.find((t) => t.name === '발신 서버');
    expect(smtp?.definitions).toEqual(['메일을 받아서 받는 사람 쪽 서버까지 넘겨 주는 서버']);
  });

  it('cuts a first line at a comma only where a label naming another thing starts, not before an example', () => {
    const file = facts.terms.find((t) => t.name === '발송 설정 파일');
    expect(file?.definitions[0]).toContain('보내는 주소와 서버를 적어 두는 파일, 줄 단위로 씀');
  });

  it('moves no consequence up to define a term whose first line is in a shape no clue takes', () => {
    expect(facts.terms.find((t) => t.name === '템플릿 치환')?.definitions ?? []).toEqual([]);
    const offered = qs.filter((q) => q.type !== 'cloze' && q.type !== 'fill-blank');
    expect(offered.filter((q) => shown(q).includes('유지보수 불가능'))).toEqual([]);
    // Its siblings are asked as before.
    expect(qs.some((q) => q.choices?.[q.answerIndex ?? -1] === '발송 대기열')).toBe(true);
  });
});
