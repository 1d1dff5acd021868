import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { minePairs } from '../src/knowledge/mine.ts';
import { matchesAnswer } from '../src/quiz/match.ts';
import { isTyped, type Question } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * Patterns of the session-9 paired reviews in typed answers, giveaways and residue (issue 10), each on a note
 * written here in the same habits, with a glossary of its own that groups words as a search glossary does.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const dir = join(tmp.dir, 'queue');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'glossary.yaml'),
  '- [search, 검색, 찾다, searching, 탐색, find, finding, found, lookup]\n' +
    '- [property, 속성, 프로퍼티]\n- [attribute, 어트리뷰트, 특성]\n' +
    '- [rejection, reject, deny, 거부, 거절, refuse, refusal]\n- [protection, protect, 보호, 지키다]\n',
);
writeFileSync(
  join(dir, 'queue.md'),
  '# 12. 메시지 큐(Message Queue)\n\n## 12.1 브로커\n\n' +
    '### 설정 계층\n\n- 단계 : broker → vhost → exchange (안쪽 블록이 바깥 설정 물려받음)\n' +
    '- 바깥에 적은 값은 안쪽에서 다시 적으면 덮어씀\n\n' +
    '### 커넥션 풀(Connection Pool)\n\n- 커넥선을 미리 여러 개 만들어 두고 요청마다 빌려 쓰는 곳\n' +
    '- 커넥션 풀 크기는 보통 DB 가 버티는 동시 연결 수에 맞춰 잡음\n\n' +
    '### 리더팔로워 복제\n\n- 리더(쓰기 담당) 하나에 팔로워(읽기 담당) 여럿을 붙여서 데이터를 복사하는 구조\n\n' +
    '### 샤드 분할\n\n- 큐 하나를 여러 브로커에 나눠 담아서 처리량을 늘리는 구조\n\n' +
    '### 미러 큐\n\n- 큐 전체를 다른 브로커에 통째로 복사해 두는 구조\n\n' +
    '### 가상 호스트\n\n- 브로커 하나 안에서 큐와 권한을 따로 나눠 쓰는 논리적인 구역\n\n' +
    '## 12.2 교환기 종류\n\n' +
    '### fanout 모드\n\n- 받은 메시지를 묶인 큐 전부에 그대로 복사해서 뿌림\n\n' +
    '### direct 모드\n\n- 라우팅 키가 정확히 같은 큐 하나에만 보냄\n\n' +
    '### topic 모드\n\n- 라우팅 키를 점으로 나눈 패턴으로 골라서 보냄\n\n' +
    '## 12.3 소비자\n\n' +
    '### prefetch_count 옵션\n\n- 소비자 하나가 확인 안 하고 한꺼번에 받아 둘 수 있는 메시지 개수\n\n' +
    '### AMQP 프로토콜\n\n- 브로커와 클라이언트가 메시지를 주고받는 약속, 채널 여러 개를 연결 하나에 묶음\n\n' +
    '### Kafka/RabbitMQ 클라이언트\n\n- 브로커마다 따로 있는 접속 라이브러리, 다른 브로커로는 못 씀\n\n' +
    '### 소비자 등록\n\n- `new Consumer((ack, reject) => { ... })` 형태로 등록, 안의 함수가 메시지마다 불림\n' +
    '- 실패한 메시지는 `reject` 를 불러서 다시 큐로 돌려보냄\n' +
    '- 큐 목록을 그래프 탐색 하듯이 돌면서 메시지가 남은 큐를 고름\n' +
    '- `find()` 로 이름이 같은 큐 하나를 가져옴\n\n' +
    '### 헤더와 프로퍼티\n\n**속성(attribute)**\n- 메시지 헤더에 적는 값, 항상 문자열\n\n' +
    '**프로퍼티(property)**\n- 클라이언트 객체에 붙는 값, 숫자나 객체도 됨\n\n' +
    '## 12.4 꺼내는 순서\n\n' +
    '### 힙 큐\n\n- 넣을 때마다 힙 정리해서 우선순위가 제일 높은 메시지부터 꺼냄\n\n' +
    '### 선입선출 큐\n\n- 먼저 들어온 메시지부터 순서대로 꺼냄\n\n' +
    '### 무상태 소비자\n\n- 처리하다 죽으면 다른 소비자가 이어받도록 메모리에 상태 저장 안 함\n\n' +
    '### 순서 보장 소비자\n\n- 같은 키의 메시지는 항상 같은 소비자 하나가 차례로 받음\n\n' +
    '### 라우팅 키 기본(Routing Key Basics)\n\n- 교환기가 메시지를 어느 큐로 보낼지 고를 때 보는 꼬리표\n' +
    '- 메시지는 `publish` (발행) → `consume` (소비) → `ack` (확인) 순서로 흐르고, 확인 못 받으면 다시 보냄\n\n' +
    '### 지연 큐\n\n- 실제로 큐가 옮겨지는 게 아니라 보이는 순서만 바뀜(projection), 원본 순서는 그대로\n',
);
const notes = loadKnowledge(dir, { cacheDir: false });
const qs = manyQuestions(notes);
const answerOf = (q: Question) => q.choices?.[q.answerIndex ?? -1] ?? q.acceptedAnswers?.[0];
const typedFor = (answer: string) => qs.filter((q) => isTyped(q) && q.acceptedAnswers?.[0] === answer);
const shown = (q: Question) => [q.prompt, ...(q.choices ?? [])].join('\n');

describe('issue-10 patterns: typed answers', () => {
  it('mines no aside that says something of a name for a name of it (`location (안쪽 블록이 … 상속함)`)', () => {
    expect(minePairs('main → server → location (안쪽 블록이 바깥 설정 상속함)')).toEqual([]);
    expect(minePairs('reflow (다시 계산함)')).toEqual([]);
    expect(minePairs('frame(프레임) 단위로 보냄')).toEqual([['frame', '프레임']]);
    const answers = qs.flatMap((q) => q.acceptedAnswers ?? []);
    expect(answers.filter((a) => a.includes('물려받음'))).toEqual([]);
  });

  it('accepts a code word without the kind noun after it (`fanout` of fanout 모드)', () => {
    const asked = typedFor('fanout 모드');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(matchesAnswer('fanout', q.acceptedAnswers ?? [])).toBe(true);
    const amqp = typedFor('AMQP 프로토콜');
    expect(amqp.length).toBeGreaterThan(0);
    for (const q of amqp) expect(matchesAnswer('AMQP', q.acceptedAnswers ?? [])).toBe(true);
  });

  it('accepts each name a slash offers (`Kafka 클라이언트` of Kafka/RabbitMQ 클라이언트)', () => {
    const asked = typedFor('Kafka/RabbitMQ 클라이언트');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(matchesAnswer('Kafka 클라이언트', q.acceptedAnswers ?? [])).toBe(true);
  });

  it('accepts no glossary word the notes give another term (`property` for 속성(attribute))', () => {
    const asked = typedFor('속성');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(matchesAnswer('attribute', q.acceptedAnswers ?? [])).toBe(true);
      for (const wrong of ['property', '프로퍼티'])
        expect(matchesAnswer(wrong, q.acceptedAnswers ?? [])).toBe(false);
    }
  });

  it("accepts no verb nor synonym of a glossary's group (`찾다`, `found`, `lookup` for 탐색)", () => {
    const asked = typedFor('탐색');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(matchesAnswer('search', q.acceptedAnswers ?? [])).toBe(true);
      for (const wrong of ['찾다', 'found', 'finding', 'lookup', 'find()'])
        expect(matchesAnswer(wrong, q.acceptedAnswers ?? [])).toBe(false);
    }
  });

  it('accepts no heading form that says what the section does (`Routing Key Basics` for 라우팅 키)', () => {
    const answers = qs.filter((q) => isTyped(q) && q.acceptedAnswers?.[0] === '라우팅 키');
    expect(answers.length).toBeGreaterThan(0);
    for (const q of answers) expect(q.acceptedAnswers?.filter((a) => /basics|기본/i.test(a))).toEqual([]);
  });

  it('asks to type no numbered label (`방법 2 :`)', () => {
    const retry = oneNote(
      tmp.dir,
      'retry.md',
      '# 13. 재전송\n\n## 13.1 중복 막기\n\n### 중복 제거\n\n' +
        '- 방법 1 : 소비자가 처리한 메시지 번호를 따로 적어 두고 같은 번호는 버림\n' +
        '- 방법 2 : 브로커 설정으로 한 번만 보내게 하고 확인 응답을 묶어서 보냄\n' +
        '- 방법 3 : 메시지마다 만료 시각을 붙여서 늦게 온 건 그냥 버림\n',
    );
    const typed = manyQuestions(retry).filter((q) => isTyped(q));
    expect(typed.filter((q) => /^방법 \d$/.test(q.acceptedAnswers?.[0] ?? ''))).toEqual([]);
  });

  it('accepts only the written name of a blank in code (`reject` in `(ack, reject) =>`)', () => {
    const asked = qs.filter((q) => q.type === 'cloze' && q.prompt.includes('(ack, ＿＿＿)'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.acceptedAnswers).toEqual(['reject']);
  });
});

describe('issue-10 patterns: giveaways and residue', () => {
  it('hints a Latin word by its first letter only (`초성 A ㅍㄹㅌㅋ`, `p ㅇㅅ` of prefetch_count 옵션)', () => {
    const hint = (answer: string) =>
      typedFor(answer).map((q) => /\(힌트: ([^,]+),/.exec(q.prompt)?.[1] ?? '');
    expect(hint('AMQP 프로토콜')).toContain('초성 A ㅍㄹㅌㅋ');
    expect(hint('prefetch_count 옵션')).toContain('초성 p ㅇㅅ');
  });

  it('clues no term with a line that writes the halves of its compound apart (`리더(…) … 팔로워(…)`)', () => {
    const about = qs.filter((q) => answerOf(q) === '리더팔로워 복제' || q.prompt.includes('「리더팔로워'));
    expect(about.filter((q) => /리더/.test(shown(q)) && /팔로워/.test(shown(q)))).toEqual([]);
    const stated = qs.filter((q) => q.type === 'true-false' && /리더\(/.test(q.prompt));
    expect(stated).toEqual([]);
  });

  it('clues no term with a line that shows a part of its name (`힙 정리` of 힙 큐, `상태` of 무상태)', () => {
    const clued = (answer: string) =>
      qs.filter(
        (q) =>
          (answerOf(q) === answer && q.type !== 'cloze') ||
          (q.type === 'true-false' && q.explanation.includes(`${answer}:`)),
      );
    expect(clued('힙 큐').filter((q) => q.prompt.includes('힙 정리'))).toEqual([]);
    expect(clued('무상태 소비자').filter((q) => q.prompt.includes('상태 저장'))).toEqual([]);
    expect(qs.some((q) => q.prompt.includes('먼저 들어온 메시지부터'))).toBe(true);
  });

  it('blanks no word beside its translation (`＿＿＿ (확인)` of ack)', () => {
    const clozes = qs.filter((q) => q.type === 'cloze' && q.prompt.includes('→'));
    expect(clozes.filter((q) => /＿＿＿ \([\uAC00-\uD7A3]+\)/.test(q.prompt))).toEqual([]);
  });

  it('clues no term with a line that misspells its name (`커넥선` in a line of 커넥션 풀)', () => {
    expect(qs.filter((q) => shown(q).includes('커넥선'))).toEqual([]);
    expect(qs.some((q) => answerOf(q) === '커넥션 풀')).toBe(true);
  });

  it('respells no English word into a glossary word one letter off (`projection` is no typo of protection)', () => {
    const all = qs.map((q) => `${shown(q)}\n${q.explanation}`).join('\n');
    expect(all).not.toContain('protection');
    expect(all).toContain('projection');
  });
});
