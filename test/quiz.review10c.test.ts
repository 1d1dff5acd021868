import { afterAll, describe, expect, it } from 'vitest';
import type { Question } from '../src/quiz/question.ts';
import { manyQuestions, oneNote } from './support/notes.ts';
import { tempDir } from './support/temp.ts';

/*
 * Giveaways and residue of the session-10 reviews (set 10a: db-transactions, npm-packages, web-seo, angular-basics,
 * kafka-streaming), each on a note written here in the same habits: the English name read or translated in the
 * clue, a word the blank is built like beside it, the note-taker's asides, a particle read off the wrong reading.
 */
const tmp = tempDir();
afterAll(tmp.cleanup);

const notes = oneNote(
  tmp.dir,
  'cdn.md',
  '# 12. 캐시와 CDN(Cache & CDN)\n\n## 12.1 캐시 기본\n\n' +
    '### Cache-Control\n\n- 응답을 얼마나 어디서 캐시할지 정하는 헤더\n' +
    '- `max-age`, `s-maxage` 로 브라우저와 공유 캐시의 보관 시간을 따로 정함\n\n' +
    '### 배포 스크립트\n\n- CDN 에 올리는 명령을 package.json 의 scripts 에 적어 둔 것, `npm run deploy` 로 실행\n' +
    '- `predeploy`, `postdeploy` 처럼 pre/post 붙이면 앞뒤로 자동 실행됨\n\n' +
    '### max-age\n\n- 응답을 받은 뒤 몇 초 동안 신선하다고 볼지 정하는 지시어\n\n' +
    '### CACHED RESPONSE\n\n- 캐시된 응답을 그대로 돌려줌, 원 서버까지 요청이 안 감\n\n' +
    '### FRESH RESPONSE\n\n- 원 서버에서 방금 받아 온 응답, 지연 시간이 제일 김\n\n' +
    '### STALE RESPONSE\n\n- 유효 기간이 지났지만 재검증 전에 잠깐 내보내는 응답\n\n' +
    '### 행 락(Row Lock)\n\n- 테이블 전체 말고 한 줄(row)에만 거는 락, 다른 줄은 계속 씀\n\n' +
    '### 테이블 락\n\n- 테이블 전체를 통째로 잠가서 그동안 아무도 못 씀\n\n' +
    '### 3단계 검증\n\n- 요청 단계, 캐시 단계, 원본 단계에서 차례로 확인해서 틀린 응답 걸러냄\n\n' +
    '### 사전 연결(Preconect)\n\n- `<link rel="preconnect">` 로 CDN 서버와 미리 TCP, TLS 맺어 둠\n\n' +
    '### 콘텐츠 해시\n\n- 파일 이름 `[contenthash]` 자리에 내용으로 만든 값이 들어가서 바뀔 때만 새로 받음\n\n' +
    '### Geo-IP\n\n- `/lookup?ip=1.2.3.4&geo=1` 로 물어보면 접속한 곳의 나라를 알려줌\n\n' +
    '### 엣지 로케이션\n\n- 사용자랑 가까운 곳에 흩어져 있는 CDN 서버, 여기서 바로 응답함\n' +
    '- 처음 요청은 원 서버까지 감, 두 번째부터 빠름\n\n' +
    '### 버추얼 호스트\n\n- 서버 한 대에서 가상으로 여러 도메인 사이트를 나눠 띄우는 것\n\n' +
    '### 오리진 실드\n\n- 엣지들 앞에 한 겹 더 두는 캐시, 원 서버로 가는 요청을 한 번 더 모아 줌 → 이거 시험에 나옴\n\n' +
    '### 프리뷰 카드\n\n- 링크 공유할 때 뜨는 미리보기, 넣는다고 다 뜨는 건 아님, "프리뷰 카드 검사기" 로 확인\n\n' +
    '## 12.2 버전 번호\n\n' +
    '### MAJOR\n\n- 하위 호환 깨지는 변경이 있을 때 올리는 번호\n\n' +
    '### MINOR\n\n- 호환되는 기능이 추가될 때 올리는 번호\n\n' +
    '### PATCH\n\n- 버그만 고쳤을 때 올리는 번호\n',
);

/** What a question shows before the reveal: its prompt and its choices. */
const shown = (q: Question) => [q.prompt, ...(q.choices ?? [])].join('\n');

/** The name a question asks for, or states true: its right choice, its typed answer, or 「the name」 it describes. */
function about(q: Question): string | undefined {
  if (q.type === 'definition-to-term' && q.choices && q.answerIndex !== undefined)
    return q.choices[q.answerIndex];
  if (q.type === 'term-to-definition') return /「(.+?)」/.exec(q.prompt)?.[1];
  if (q.type === 'fill-blank' || q.type === 'cloze') return q.acceptedAnswers?.[0];
  if (q.type === 'true-false') return /^(?:.+?(?:이|가) 아니라 )?(.+?): /.exec(q.explanation)?.[1];
  return undefined;
}

describe('session-10 giveaways and residue, on a note in the same habits', () => {
  const qs = manyQuestions(notes);
  const of = (name: string) => qs.filter((q) => about(q) === name);

  it('shows no note-taker aside (`→ 이거 시험에 나옴`), and still asks the line it ends', () => {
    expect(qs.filter((q) => /시험에 나옴/.test(shown(q)) || /시험에 나옴/.test(q.explanation))).toEqual([]);
    expect(qs.some((q) => shown(q).includes('한 번 더 모아 줌'))).toBe(true);
  });

  it('reads a word in capitals as a word for its particle (`MAJOR가 아니라`, not `MAJOR이`)', () => {
    const explanations = qs.filter((q) => q.type === 'true-false').map((q) => q.explanation);
    expect(explanations.filter((e) => /(?:MAJOR|MINOR)이 아니라/.test(e))).toEqual([]);
    expect(explanations.some((e) => /(?:MAJOR|MINOR)가 아니라/.test(e))).toBe(true);
  });

  it.each([
    ['CACHED RESPONSE', '캐시된'],
    ['행 락', '(row)'],
    ['3단계 검증', '단계'],
    ['사전 연결', 'preconnect'],
    ['콘텐츠 해시', 'contenthash'],
    ['Geo-IP', 'geo='],
    ['버추얼 호스트', '가상으로'],
  ])('clues %s with no line that reads or translates its name (%s)', (name, word) => {
    expect(of(name).filter((q) => shown(q).includes(word))).toEqual([]);
  });

  it('blanks no word the clue shows built like it (`＿＿＿, postdeploy` of predeploy)', () => {
    expect(
      qs.filter((q) => q.type === 'cloze' && /＿＿＿, postdeploy|predeploy, ＿＿＿/.test(q.prompt)),
    ).toEqual([]);
  });

  it('clues with no mask inside quotes (`"○○ 검사기"`)', () => {
    expect(qs.filter((q) => /["“][^"”]*○○/.test(shown(q)))).toEqual([]);
  });
});
