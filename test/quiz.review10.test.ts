import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/quiz/facts.ts';
import type { Question } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * Patterns of the session-9 reviews of the last blind set (js-async, http2-http3, cicd-pipelines, unit-testing,
 * orm-jpa): ambiguous questions and distractors of another kind, each on a note written here in the same habits.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = oneNote(
  tmp.dir,
  'queue.md',
  '# 7. 메시지 큐(Message Queue)\n\n## 7.1 메시지 다루기\n\n' +
    '### 메시지 상태(Message State)\n\n- 메시지 하나는 큐 안에서 세 가지 상태 중 하나를 가짐\n\n' +
    '**보류(ready)**\n- 막 들어와서 아직 아무 소비자도 가져가지 않은 상태\n\n' +
    '**처리 중(unacked)**\n- 소비자가 가져갔지만 확인 응답을 아직 보내지 않은 상태\n\n' +
    '**완료(acked)**\n- 소비자가 확인 응답을 보내서 큐에서 지워진 상태\n\n' +
    '### 메시지 발행(Publish)\n\n- 생산자가 교환기에 메시지를 넘겨서 큐로 보내는 동작\n\n' +
    '### 메시지 소비(Consume)\n\n- 소비자가 큐에서 메시지를 꺼내 처리하고 확인 응답을 보내는 동작\n\n' +
    '### 배달 순서 퀴즈\n\n- 아래 로그 출력 순서 : A → C → B\n- 먼저 들어온 메시지부터 나가지만 재전송된 건 맨 뒤로 밀림\n\n' +
    '### 큐 위에 만든 이유\n\n- 소비자가 죽어도 확인 못 받은 메시지를 다른 소비자에게 다시 주려고\n\n' +
    '### 재배달(Redelivery)\n\n- 확인 응답 못 받은 메시지를 큐에 다시 넣어서 다른 소비자에게 보내는 것\n' +
    '- 발생 시점 : 소비자 연결 끊김, 명시적 거절, 처리 시간 초과\n' +
    '- 표준 : AMQP 0-9-1 의 basic.nack 과 basic.reject 로 알림\n' +
    '- 채널 : 연결 하나 안에 여러 개 여는 가벼운 가상 연결\n' +
    '\n### 다시 넣기(Requeue)\n\n' +
    '- 방법 1 : 큐 맨 앞에 다시 넣어서 바로 다시 보냄\n' +
    '- 방법 2 : 지연 큐에 넣었다가 일정 시간 뒤에 다시 보냄\n' +
    '- 맨 앞에 넣으면 같은 메시지가 계속 실패하면서 막혀서 2번이 더 안전함\n\n' +
    '### 소비 주기(Consume Cycle)\n\n' +
    '- Pull : 소비자가 큐에서 메시지 하나를 가져옴 → Work : 메시지 내용대로 일을 처리함 → Ack : 확인 응답을 보냄\n\n' +
    '### 흐름 제어(Flow Control)\n\n- 브로커도 TCP 처럼 흐름 제어 함, 기준 : 메모리 사용량\n\n' +
    '### 묶음 확인(Batch Ack)\n\n- 여러 메시지의 확인 응답을 한 번에 모아서 보내 왕복 횟수를 줄이는 방식\n' +
    '- 이 순서를 짧게 반복하면 처리량이 크게 늘어남\n\n' +
    '## 7.2 배포 방식\n\n' +
    '### 무중단 전환\n\n- 사용자 요청을 끊지 않고 새 버전으로 바꾸는 것, 아래 방식들이 전부 여기 속함\n\n' +
    '### 점진 교체\n\n- 서버를 한두 대씩 차례로 새 버전으로 바꿔 나가는 방식\n\n' +
    '### 환경 복제\n\n- 새 버전 환경을 통째로 하나 더 띄워 두고 트래픽을 한 번에 넘기는 방식\n\n' +
    '### 일부 먼저\n\n- 새 버전을 요청 일부(예: 5%)에만 먼저 보내고 에러율을 지켜보는 방식\n' +
    '- 괜찮으면 10% → 50% → 100% 로 늘려 나감\n\n' +
    '## 7.3 대역 객체 활용\n\n' +
    '### 대역 객체(Stand-in)\n\n- 진짜 협력 객체 대신 테스트에 끼워 넣는 물건\n- 종류 : 고정 응답기, 호출 기록기, 흉내 구현\n\n' +
    '### 고정 응답기\n\n- 부르면 미리 정해 둔 값을 그대로 돌려주는 가짜, 상태 검증용\n\n' +
    '### 호출 기록기\n\n- 진짜를 감싸서 누가 몇 번 불렀는지 남겨 두는 가짜, 행위 검증용\n\n' +
    '### 흉내 구현\n\n- 실제로 돌아가지만 메모리 안에서만 간단히 만든 구현체\n\n' +
    '## 7.4 라우팅(Routing)\n\n' +
    '### 라우팅 동작 원리\n\n- 메시지에 붙은 키를 보고 어느 큐로 보낼지 고르는 과정\n\n' +
    '### 바인딩(Binding)\n\n- 교환기와 큐를 키 패턴 하나로 이어 두는 설정\n\n' +
    '### 우선순위 큐\n\n- 메시지마다 우선순위 값을 붙여서 높은 것부터 꺼내 주는 큐\n\n' +
    '### 지연 큐\n\n- 넣은 메시지를 정해 둔 시간이 지난 뒤에야 꺼낼 수 있게 하는 큐\n' +
    '- 다음 주: 스트림 처리 맛보기 (발표: 민수)\n',
);

/** The name a question is about and the names it offers as wrong: its wrong choices, or a false statement's name. */
function rightAndWrong(q: Question): { right: string; wrong: string[] } | undefined {
  if (q.type === 'definition-to-term' && q.choices && q.answerIndex !== undefined) {
    const right = q.choices[q.answerIndex] ?? '';
    return { right, wrong: q.choices.filter((c) => c !== right) };
  }
  if (q.type === 'true-false' && q.answerIndex === 1) {
    const stated = /^> (.+?): /m.exec(q.prompt)?.[1] ?? '';
    const owner = /^(?:(.+?)(?:이|가) 아니라 )?(.+?): /.exec(q.explanation)?.[2] ?? '';
    return { right: owner, wrong: [stated] };
  }
  return undefined;
}

describe('session-9 last-set patterns, on a note in the same habits', () => {
  const facts = extractFacts(notes);
  const names = facts.terms.map((t) => t.name);
  const qs = manyQuestions(notes);
  const pairs = qs.flatMap((q) => rightAndWrong(q) ?? []);
  const together = (a: string, b: string) =>
    pairs.filter((p) => (p.right === a && p.wrong.includes(b)) || (p.right === b && p.wrong.includes(a)));

  it('offers bold labels under a heading of their own as kinds of it, never the headings beside it', () => {
    const states = ['보류', '처리 중', '완료'];
    const asked = pairs.filter((p) => states.includes(p.right));
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) for (const w of p.wrong) expect(states).toContain(w);
  });

  it('takes no exercise, reason, moment, numbered item or plan for a term (`… 퀴즈`, `… 이유`, `방법 1 :`, `다음 주:`)', () => {
    for (const n of ['배달 순서 퀴즈', '큐 위에 만든 이유', '발생 시점', '방법 1', '방법 2', '다음 주'])
      expect(names).not.toContain(n);
    expect(names).toContain('재배달');
  });

  it('takes no common noun naming a side of its heading for a term (`표준 :`), but a loanword (`채널 :`)', () => {
    expect(names).not.toContain('표준');
    expect(names).toContain('채널');
  });

  it('never sets a general term against its kinds: a `종류 :` list, or a line saying the ones below belong to it', () => {
    expect(pairs.length).toBeGreaterThan(20);
    for (const kind of ['고정 응답기', '호출 기록기', '흉내 구현'])
      expect(together('대역 객체', kind)).toEqual([]);
    for (const kind of ['점진 교체', '환경 복제', '일부 먼저'])
      expect(together('무중단 전환', kind)).toEqual([]);
    // The kinds are still one another's distractors.
    expect(
      together('고정 응답기', '호출 기록기').length + together('점진 교체', '환경 복제').length,
    ).toBeGreaterThan(0);
  });

  it('never sets the subject of a heading against what is filed under it (`라우팅 동작 원리` beside `바인딩` under 라우팅)', () => {
    expect(names).toContain('라우팅');
    for (const part of ['바인딩', '우선순위 큐', '지연 큐']) expect(together('라우팅', part)).toEqual([]);
  });

  it('reads no label from a colon inside parentheses (`요청 일부(예: 5%)에만`): the line defines its term', () => {
    const first = facts.terms.find((t) => t.name === '일부 먼저')?.definitions[0];
    expect(first).toBe('새 버전을 요청 일부(예: 5%)에만 먼저 보내고 에러율을 지켜보는 방식');
  });

  it('shows no line that opens with a bare condition or points at an order or item around it (`괜찮으면`, `이 순서를`, `2번이`)', () => {
    const shown = qs.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(shown.filter((t) => /괜찮으면|이 순서를|2번이/.test(t))).toEqual([]);
  });

  it('ends a labelled step where an arrow starts the next (`Pull : … → Work : …`)', () => {
    const pull = facts.terms.find((t) => t.name === 'Pull');
    expect(pull?.definitions[0]).toBe('소비자가 큐에서 메시지 하나를 가져옴');
  });

  it('clues no term with a line whose predicate is the name (`브로커도 TCP 처럼 ○○ 함`)', () => {
    expect(qs.filter((q) => /○○ 함$/m.test(q.prompt))).toEqual([]);
  });
});
