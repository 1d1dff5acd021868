import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { NotesIndex } from '../src/search/index.ts';
import { analyzeHangul } from '../src/search/morph.ts';
import { CHAPTERS, chapterKnowledge } from './queries/chapters.ts';

/*
 * The failure classes of issue 15, each on the user's first chapter (a fixture copy) or on a small note written
 * here for the one behaviour it checks.
 */
const FIRST = new URL('./fixtures/first-chapter/', import.meta.url).pathname;
const first = NotesIndex.build(loadKnowledge(FIRST, { cacheDir: false }));
const top = (index: NotesIndex, q: string, n = 1) => index.search(q, n).map((h) => h.section.title);

function notes(markdown: string): NotesIndex {
  const dir = mkdtempSync(join(tmpdir(), 'ssaem-questions-'));
  writeFileSync(join(dir, 'note.md'), markdown);
  return NotesIndex.build(loadKnowledge(dir, { cacheDir: false }));
}

describe('NotesIndex.search on questions with predicates and endings', () => {
  it.each([
    ['캐시 서버는 왜 쓰나요', '캐시 서버'],
    ['로드밸런서는 왜 필요해', '로브밸런서'],
    ['캐시 서버는 언제 필요해요', '캐시 서버'],
    ['CDN을 사용하면 뭐가 좋아요', 'CDN(Content Delivery Network)'],
    ['파일 서버는 어디에 쓰여요', '파일 서버'],
    ['데이터베이스는 뭐하는거야', '데이터베이스'],
  ])('finds the section for "%s"', (q, title) => {
    expect(top(first, q)).toEqual([title]);
  });

  it.each([
    ['캐시서버는왜씀', '캐시 서버'],
    ['로드밸런서는왜필요해', '로브밸런서'],
    ['cdn쓰면뭐가좋아', 'CDN(Content Delivery Network)'],
    ['데이터베이스뭐임', '데이터베이스'],
  ])('reads a question typed without spaces, "%s"', (q, title) => {
    expect(top(first, q)).toEqual([title]);
  });

  it('matches a predicate in the query to another form of it in the notes (빠른 ↔ 빠르다, 막아요 ↔ 막는다)', () => {
    const index = notes(
      '# 보안\n\n### 방화벽\n\n- 허락되지 않은 접속을 막는다\n\n### 캐싱\n\n- 응답이 빠르다\n',
    );
    expect(top(index, '접속을 막아요')).toEqual(['방화벽']);
    expect(top(index, '빠른 응답')).toEqual(['캐싱']);
  });
});

describe('NotesIndex.search on words no section spells the same way', () => {
  it('meets a loanword in the other script without a glossary entry', () => {
    const index = notes(
      '# 배포\n\n### 오케스트레이터\n\n- 컨테이너 여러 개를 묶어서 관리\n\n### Sidecar\n\n- 옆에 붙는 보조 프로세스\n',
    );
    expect(top(index, 'orchestrator')).toEqual(['오케스트레이터']);
    expect(top(index, '사이드카')).toEqual(['Sidecar']);
  });

  it('finds English without a glossary entry through the words it translates', () => {
    expect(top(first, 'load distribution')).toEqual(['로브밸런서']);
  });

  it('reads an English verb as the -ing or -ion noun a heading names (`nest` → Nesting), not through the glossary', () => {
    const index = notes(
      '# Sass\n\n### 중첩(Nesting)\n\n- 규칙 안에 규칙을 쓴다\n\n### 선택자(Selectors)\n\n- 클래스, 아이디, 속성\n\n### 대사 작업\n\n- 장부 맞추기\n',
    );
    expect(top(index, 'how to nest selectors')).toEqual(['중첩(Nesting)']);
    // `work` of a question idiom does not reach 작업 through working.
    expect(top(index, 'how does nesting work')).toEqual(['중첩(Nesting)']);
  });

  it('tolerates a typo in a word only a body holds, and a transposition as one edit', () => {
    const index = notes('# 언어\n\n### 스크립트 언어\n\n- 대표적으로 Javascript, 인터프리터로 실행\n');
    expect(top(index, 'Javascirpt')).toEqual(['스크립트 언어']);
    expect(top(index, '인터프리토')).toEqual(['스크립트 언어']);
  });

  it('matches identifiers however they are written: camelCase, snake_case, hyphens', () => {
    const index = notes(
      '# DOM\n\n### 이벤트 등록\n\n- `addEventListener`로 등록\n\n### 메일\n\n- e-mail 주소 확인\n\n### 환경\n\n- `NODE_ENV` 값\n',
    );
    expect(top(index, 'add event listener')).toEqual(['이벤트 등록']);
    expect(top(index, 'email')).toEqual(['메일']);
    expect(top(index, 'node env')).toEqual(['환경']);
  });
});

describe('NotesIndex.search on comparisons', () => {
  it.each([
    '프론트엔드랑 백엔드 차이',
    'frontend vs backend',
    'difference between frontend and backend',
    '프론트엔드와 백엔드의 차이점',
  ])('answers "%s" with both sections first', (q) => {
    const hits = first.search(q, 5);
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.section.title)
        .sort(),
    ).toEqual(['백엔드', '프론트엔드']);
    expect(hits.slice(0, 2).every((h) => h.side !== undefined)).toBe(true);
  });

  it('compares two dotted names as names, not their parts (`req.params req.query 차이`)', () => {
    const index = notes(
      '# 요청\n\n### 경로 매개변수\n\n- `req.params.id` 로 읽음\n\n### 쿼리 문자열\n\n- `req.query.page` 로 읽음\n\n' +
        '### 요청 본문\n\n- `req.body` 로 읽음\n',
    );
    const hits = index.search('req.params req.query 차이', 5);
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.section.title)
        .sort(),
    ).toEqual(['경로 매개변수', '쿼리 문자열']);
  });

  it('marks no side on a question that compares nothing', () => {
    expect(first.search('프론트엔드', 2).every((h) => h.side === undefined)).toBe(true);
  });

  it('reads `A랑 B` without a comparison word as one question about both, not a comparison', () => {
    const hits = first.search('프론트엔드랑 백엔드', 2);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.side === undefined)).toBe(true);
  });
});

describe('NotesIndex.search on initial consonants', () => {
  const git = notes(
    '# 깃\n\n### 동기와 비동기\n\n- 기다림\n\n### 충돌 해결 방법\n\n- 직접 고침\n\n### 충돌(Conflict)\n\n- 같은 줄을 고침\n',
  );

  it("reads a title typed with its particles' consonants too (`ㄷㄱㅇㅂㄷㄱ`)", () => {
    expect(top(git, 'ㄷㄱㅇㅂㄷㄱ')).toEqual(['동기와 비동기']);
    expect(top(git, 'ㄷㄱㅇ ㅂㄷㄱ')).toEqual(['동기와 비동기']);
  });

  it('puts the title whose initials are all of the question first (`ㅊㄷ` is 충돌, not 충돌 해결 방법)', () => {
    expect(top(git, 'ㅊㄷ')).toEqual(['충돌(Conflict)']);
  });
});

describe('NotesIndex.search on paraphrases', () => {
  const shop = notes(
    [
      '# 장고',
      '',
      '## 템플릿',
      '',
      '### 템플릿 문법',
      '',
      '- 변수와 태그, 앱 이름 폴더를 한 번 더 만들어야 충돌 안 남',
      '',
      '### 템플릿 상속',
      '',
      '- 공통 레이아웃(헤더, 메뉴)은 base.html에 두고 자식이 채움',
      '',
      '## 비동기',
      '',
      '### 요청 보내기',
      '',
      '- 요청을 동시에 보내고 응답을 받음',
      '',
      '### 모아서 기다리기',
      '',
      '- `Promise.all` : 전부 끝날 때까지 기다림',
      '',
      '## 비용',
      '',
      '### 예약 인스턴스',
      '',
      '- 1~3년 약정하고 할인, 서버를 싸게 씀',
      '',
      '### 서버 쓰기',
      '',
      '- 서버에 파일을 쓰는 법',
      '',
    ].join('\n'),
  );

  it('lets a section holding three describing words and no topic of the question answer too', () => {
    expect(top(shop, '여러 요청을 한꺼번에 보내고 전부 끝날 때까지 기다리기', 2)).toContain(
      '모아서 기다리기',
    );
  });

  it('answers a paraphrase of one line whose own word the notes never use (`개씩`), not a short absent topic', () => {
    const limits = notes(
      '# 동시성\n\n## 세마포어(Semaphore)\n\n- 여러 요청을 동시에 보낼 때 한 번에 몇 개씩만 나가게 개수를 제한하는 도구\n' +
        '\n## 뮤텍스(Mutex)\n\n- 한 번에 하나의 스레드만 자원에 들어가게 잠그는 도구\n' +
        '\n## 타임아웃(Timeout)\n\n- 응답이 오지 않으면 정해진 시간 뒤에 요청을 취소함\n',
    );
    expect(top(limits, 'URL 천 개 요청하는데 10개씩만 동시에 보내려면')).toEqual(['세마포어(Semaphore)']);
    // Three words of a line are no paraphrase: a topic the notes lack still makes a miss.
    expect(top(limits, '쿠버네티스 파드 개수 제한')).toEqual([]);
  });

  it('reads counts, spoken 아니다 and emphasis particles as no topic the notes lack', () => {
    const jobs = notes(
      '# 배포\n\n## 순차 실행\n\n- 잡 여러 개를 정해진 차례로 하나씩 실행하는 설정, needs로 앞 잡을 기다림\n' +
        '\n## 병렬 실행\n\n- 잡 여러 개를 동시에 실행하는 설정\n' +
        '\n## 페이지네이션\n\n- LIMIT과 OFFSET으로 정해진 개수의 행만 가져오는 조회\n' +
        '\n## 메모리 설정\n\n- 함수 메모리를 올리면 CPU도 같이 늘고 실행 요금도 늘어남\n',
    );
    // A counter after a number (`10개씩만`, `한 명한테만`) counts; it was an absent topic, so nothing answered.
    expect(top(jobs, '페이지네이션 하려면 10개씩만 가져오는 법')).toEqual(['페이지네이션']);
    expect(top(jobs, '잡을 여러 번 실행하는데도 한 명한테만 알림')).not.toEqual([]);
    expect(top(jobs, '메모리 올리면 요금 더 나오는 거 아냐?')).toEqual(['메모리 설정']);
    // 순서대로 is 순서 + 대로, not an absent 순서대.
    expect(top(jobs, '잡 두 개를 순서대로 실행하려면')).toEqual(['순차 실행']);
    // A topic the notes lack still makes a miss, counted or not.
    expect(top(jobs, '쿠버네티스 파드 10개씩')).toEqual([]);
  });

  it('answers with the sub-section holding every topic and more of the question, not with its empty heading', () => {
    const shell = notes(
      '# 셸\n\n## 파일 권한과 명령어\n\n### 읽는 법\n\n- 소유자, 그룹 순서\n\n### chmod\n\n- 권한 바꾸는 명령어, 숫자로 변경\n',
    );
    expect(top(shell, '파일 권한 바꾸는 방법')).toEqual(['chmod']);
  });

  it('forgives an English sentence a word the notes never use when the rest points at one section', () => {
    const deploy = notes(
      '# 배포\n\n### 카나리 배포(Canary)\n\n- 새 버전을 일부 사용자에게만 먼저 배포하고 지표를 봄\n\n### 블루-그린 배포\n\n- 두 환경을 번갈아 쓰고 바로 되돌림\n',
    );
    expect(top(deploy, 'release a new version to some users first with argo')).toEqual([
      '카나리 배포(Canary)',
    ]);
    // A name the notes lack still makes a miss where the question names little else.
    expect(top(deploy, 'argo canary')).toEqual([]);
  });

  it('lets a common English word the notes never use only refine, however many sections hold the rest', () => {
    const other = (title: string) => `### ${title}\n\n- 서버 인증서 확인\n- 클라이언트 쪽 경고\n\n`;
    const tls = notes(
      `# TLS\n\n${['OCSP', 'SNI', '핸드셰이크', '세션 재개'].map(other).join('')}` +
        '### 상호 TLS(mTLS)\n\n- 클라이언트도 서버에 인증서를 내서 서로 확인\n',
    );
    // `presents` is a dictionary word (a refinement), not a topic the notes lack, as `argo` would be: five
    // sections holding client, certificate and server do not make the question one the notes cannot answer.
    expect(top(tls, 'client also presents a certificate to the server')).toEqual(['상호 TLS(mTLS)']);
  });

  it('reads a verb made a noun by -기 as what is done (`싸게 쓰기`), not as the noun 쓰기', () => {
    expect(top(shop, '몇 년 약정하고 서버 싸게 쓰기')).toEqual(['예약 인스턴스']);
  });

  it('finds a section by the words of its body, in other forms', () => {
    const index = notes(
      '# 네트워크\n\n### 라우터\n\n- 패킷을 목적지까지 전달하는 장비\n\n### 스위치\n\n- 같은 네트워크 안에서 연결\n',
    );
    expect(top(index, '패킷을 목적지로 전달해 주는 것')).toEqual(['라우터']);
  });
});

describe('NotesIndex.search on questions that describe their topic in everyday words', () => {
  const index = notes(
    '# 네트워크\n\n### DNS 동작 과정\n\n- 브라우저가 도메인의 IP를 DNS 서버에 물어봄\n\n' +
      '### 도메인 주소\n\n- 사람이 읽는 이름\n\n### IP 주소\n\n- 기기마다 붙는 번호\n\n' +
      '### 상태 코드\n\n- 404 없음, 403 권한 없음\n\n### 포트\n\n- 80, 443\n',
  );

  it('forgives an everyday noun the notes never use when the rest of the clause points at one section', () => {
    expect(top(index, '주소창에 도메인 치면 IP 찾아가는 순서')).toEqual(['DNS 동작 과정']);
    expect(top(index, '404 403 같은 숫자 뜻')).toEqual(['상태 코드']);
  });

  it('forgives a dictionary noun made a verb in the clause as it forgives the noun (`발견해서`)', () => {
    expect(top(index, '주소창에 도메인 발견해서 IP 찾아가는 순서')).toEqual(['DNS 동작 과정']);
  });

  it('does not forgive it in a row of nouns, which names a topic', () => {
    expect(index.search('도메인 IP 주소창')).toEqual([]);
  });

  it('reads a noun made a condition by the copula (`테마면` = 테마이면) as the noun', () => {
    const dark = notes(
      '# 다크 모드\n\n### 미디어 전략\n\n- 운영체제 테마를 자동으로 따라감, prefers-color-scheme\n\n' +
        '### 클래스 전략\n\n- html 에 dark 클래스를 붙여서 직접 켬\n\n### 색상 팔레트\n\n- 브랜드 색 추가\n',
    );
    expect(top(dark, '어두운 테마면 자동으로 따라가는 방식')).toEqual(['미디어 전략']);
    expect(top(dark, '운영체제 테마면')).toEqual(['미디어 전략']);
  });

  it('reads a dictionary noun that ends as a particle would (`골뱅이`) as an everyday noun, not as 골뱅', () => {
    const angular = notes(
      '# 앵귤러\n\n### 데코레이터(Decorator)\n\n- 클래스 위에 @Component 붙여서 메타데이터 달아줌\n\n' +
        '### 모듈\n\n- 여러 클래스를 하나로 묶음\n\n### 서비스\n\n- 클래스에 로직을 분리\n',
    );
    expect(top(angular, '클래스 위에 골뱅이 붙여서 메타데이터 다는 문법')).toEqual(['데코레이터(Decorator)']);
  });

  it('answers a question holding one topic and an everyday noun the notes lack when one line says two of its words', () => {
    const queue = (body: string) =>
      notes(
        `# 웹 서버\n\n### 작업 큐\n\n${body}\n\n### 알림\n\n- 메일이나 푸시로 사용자에게 알림\n\n` +
          '### 캐시\n\n- 자주 읽는 값을 메모리에 저장\n',
      );
    expect(top(queue('- 메일 발송은 오래 끌지 않게 뒤로 미룸'), '손님이 메일 오래 기다리는 문제')).toEqual([
      '작업 큐',
    ]);
    // The same words on two lines say nothing together: 손님 may be what the notes lack.
    expect(
      queue('- 메일 발송은 뒤로 미룸\n- 오래 끌면 응답이 늦음').search('손님이 메일 오래 기다리는 문제'),
    ).toEqual([]);
  });

  it('reads a word of the notes joined to a dictionary noun (`해시값` = 해시 + 값) as a noun that describes', () => {
    const hashing = notes(
      '# 보안\n\n### 해시 함수\n\n- 입력이 조금만 달라도 해시 결과가 완전히 바뀜\n\n' +
        '### 암호화\n\n- 키로 데이터를 숨김\n\n### 인증서\n\n- 서버의 공개키를 보증\n',
    );
    expect(top(hashing, '입력 글자 하나 바꿨는데 해시값 완전 달라져요')).toEqual(['해시 함수']);
    // 체크섬 is no word of the notes: 체크섬값 names what they lack.
    expect(hashing.search('입력 글자 하나 바꿨는데 체크섬값 완전 달라져요')).toEqual([]);
  });

  it('answers a description whose words the notes lack are all dictionary words by three of its words in one line', () => {
    const auth = notes(
      '# 인증\n\n### 소셜 로그인\n\n- 구글이나 카카오 계정으로 로그인 연결\n\n' +
        '### 세션\n\n- 서버에 로그인 상태 저장\n\n### 토큰\n\n- 로그인 후 발급\n',
    );
    expect(top(auth, '구글 계정으로 로그인 붙이기')).toEqual(['소셜 로그인']);
    // 페이스북 is no dictionary word: a name the notes lack, not a description.
    expect(auth.search('페이스북 계정으로 로그인 붙이기')).toEqual([]);
    // …and the line must be in a section holding every topic the notes have (세션 is not in 소셜 로그인).
    expect(auth.search('구글 계정으로 세션 붙이기')).toEqual([]);
  });

  it('reads a loanword of a basic English word (`호스트`) as an everyday noun, a technical one as a topic', () => {
    const npm = notes(
      '# npm\n\n### 피어 의존성\n\n- 플러그인이 쓰는 쪽 프로젝트에 라이브러리가 이미 설치돼 있어야 한다고 선언\n\n' +
        '### 개발 의존성\n\n- 테스트 도구처럼 개발할 때만 필요한 라이브러리\n\n### 쿼리 캐시\n\n- 조회 쿼리 결과를 저장\n',
    );
    expect(top(npm, '플러그인이 쓰는 쪽 프로젝트에 호스트 라이브러리가 있다고 요구하는 선언')).toEqual([
      '피어 의존성',
    ]);
    // replica is an English word too, but no basic one: the notes lack the topic.
    expect(npm.search('레플리카로 조회 쿼리 분산하기')).toEqual([]);
  });
});

describe('NotesIndex.search on a verb made from a loanword', () => {
  it('finds the noun in the other script (`클릭했는데` → click)', () => {
    const index = notes(
      '# DOM\n\n### 버블링\n\n- 자식의 click 이벤트가 부모까지 올라감\n\n### 캡처링\n\n- 위에서 아래로 내려옴\n',
    );
    expect(top(index, '자식 클릭했는데 부모도 실행돼요')).toEqual(['버블링']);
  });
});

describe('NotesIndex.search on a question told as what happened', () => {
  const index = notes(
    '# 도커\n\n### 볼륨(Volume)\n\n- 컨테이너 밖에 데이터를 저장해서 컨테이너가 사라져도 남음\n\n' +
      '### 이미지\n\n- 컨테이너를 만드는 틀, 레이어로 쌓임\n\n### 도커 컴포즈\n\n- 여러 컨테이너를 YAML 파일 하나로 정의\n',
  );

  it('reads a past-tense verb with -더니 or -자마자 as a predicate, not as a topic the notes must hold', () => {
    expect(top(index, '컨테이너 지웠더니 데이터가 다 날아갔어요')).toEqual(['볼륨(Volume)']);
  });

  it('reads the counts and joining words of an English sentence as no topic (`one`, `several`, `at`)', () => {
    expect(top(index, 'run several containers from one yaml file')).toEqual(['도커 컴포즈']);
    expect(top(index, 'stack several layers at once')).toEqual(['이미지']);
  });

  it("meets a derived English word through the glossary's noun (`normalized` → normalization → 정규화)", () => {
    const db = notes(
      '# DB\n\n### 정규화\n\n- 중복을 줄이려고 테이블을 나눔\n\n### 인덱스\n\n- 검색을 빠르게\n',
    );
    expect(top(db, 'normalized tables')).toEqual(['정규화']);
  });
});

describe('NotesIndex.search on short words and common misspellings', () => {
  const index = notes(
    '# 접근성\n\n### 대체 텍스트(Alt Text)\n\n- 이미지에 alt 속성으로 설명을 붙임\n\n### 꼬리 재귀\n\n' +
      '- 함수의 마지막 동작으로 자기 자신을 호출, 스택을 아낌\n\n### 삽입 정렬\n\n- 카드를 하나씩 맞는 위치에 넣음\n',
  );

  it('forgives ㅐ/ㅔ in a heading word the dictionary also lists as an adverb (대채 for 대체)', () => {
    expect(top(index, '대채 텍스트')).toEqual(['대체 텍스트(Alt Text)']);
  });

  it('respells whole a typo that ends in what reads as a particle (`스로들` for 스로틀)', () => {
    const perf = notes(
      '# 성능\n\n### 스로틀(Throttle)\n\n- 일정 간격으로 한 번만 실행\n\n### 디바운스\n\n- 마지막 호출만\n',
    );
    expect(top(perf, '스로들')).toEqual(['스로틀(Throttle)']);
  });

  it('reads one syllable with its particle (`끝에서`, `장씩`) as no topic the notes must hold', () => {
    expect(top(index, '함수 맨 끝에서 자기를 다시 부르는 형태')).toEqual(['꼬리 재귀']);
    expect(top(index, '트럼프 카드 한 장씩 받아서 맞는 위치에 꽂는 방식')).toEqual(['삽입 정렬']);
  });
});

describe('NotesIndex.search on "다른" before a noun', () => {
  it('reads another one, not a comparison, and prefers the section with more of the words asked', () => {
    const index = notes(
      '# 깃\n\n### 브랜치(Branch)\n\n- 브랜치마다 커밋이 쌓임, 브랜치 만들기와 브랜치 지우기\n\n' +
        '### 체리픽\n\n- 다른 브랜치의 커밋 하나만 골라서 적용\n',
    );
    expect(top(index, '다른 브랜치에서 커밋 하나만 골라서 가져오기')).toEqual(['체리픽']);
  });
});

describe('NotesIndex.search on words of other topics that merely look alike', () => {
  const index = notes(
    '# 데이터\n\n### 서브쿼리\n\n- 쿼리 안에 쿼리를 넣음, SELECT 결과를 INTO 로 저장하기도\n\n' +
      '### 웹 애플리케이션\n\n- 브라우저에서 도는 프로그램, 화면을 보게 해 줌\n\n### 컴포넌트\n\n- 화면 조각, props 로 값을 받음\n\n' +
      '### 트리\n\n- 부모와 자식으로 이어진 자료 구조, 이렇게 그림\n\n### 스케줄러\n\n- 정해진 때 작업을 자동으로 실행\n',
  );

  it('answers nothing for a topic whose loanword only sounds like a word of the notes', () => {
    // 윈도우 is not `into`; 레플리케이션 is not 애플리케이션 (a typo keeps the first consonant); 복제 is not the
    // verb form 보게; Router is not 이렇; `vue` is a name, not a one-syllable word typed on the wrong layout.
    expect(index.search('윈도우 함수 쿼리')).toEqual([]);
    expect(index.search('레플리케이션 복제')).toEqual([]);
    expect(index.search('React Router 컴포넌트')).toEqual([]);
    expect(index.search('Vue 컴포넌트 props')).toEqual([]);
  });

  it('does not cut an unknown word into a known one and a particle-ed noun (트리거로 is no 트리)', () => {
    expect(index.search('트리거로 자동 실행')).toEqual([]);
  });
});

describe('NotesIndex.search on topics the notes do not cover', () => {
  it('answers nothing when one specific word is absent, even if generic words match', () => {
    expect(first.search('CDN 캐시 무효화')).toEqual([]);
    expect(first.search('로드밸런서 헬스체크')).toEqual([]);
  });

  it('does not let a digit pick a numbered heading', () => {
    expect(top(first, '웹 서버 2대')).toEqual(['웹 서버']);
    expect(first.search('1.5')).toEqual([]);
  });
});

describe('NotesIndex.search ranking', () => {
  it('puts the section titled by an acronym before a body that spells out its expansion', () => {
    const index = notes(
      '# 웹\n\n### ABC\n\n- 빠른 전송 규약\n\n### 정리\n\n- ABC(Alpha Beta Gamma)는 Alpha, Beta, Gamma 세 단계로 나뉜다\n',
    );
    expect(top(index, 'ABC')).toEqual(['ABC']);
  });

  it('prefers a sub-section to its empty heading when both are named by the query', () => {
    const index = notes(
      '# 셸\n\n## 환경 변수\n\n### 환경변수란\n\n- 프로세스에 전달되는 값\n\n### PATH\n\n- 실행 파일을 찾는 경로\n',
    );
    expect(top(index, '환경 변수')).toEqual(['환경변수란']);
  });

  it('ranks first the section whose whole title two adjacent topics of a longer question spell (`robots.txt`)', () => {
    // 크롤링 예산 also holds robots.txt, 검색 and 주소, and more often.
    const chapter = CHAPTERS.find((c) => c.name === 'web-seo');
    if (!chapter) throw new Error('web-seo chapter missing');
    const index = NotesIndex.build(chapterKnowledge(chapter));
    expect(top(index, 'robots.txt로 막았는데 왜 검색에 주소가 나와요')).toEqual(['robots.txt']);
  });

  it('reads a heading that starts with a number of three digits (`301 영구 이동`) as named by it', () => {
    // `### 리디렉션(Redirect)` holds `**301 영구 이동**` and `**302 임시 이동**`; 1.2, 3. and 12 stay numbering.
    const chapter = CHAPTERS.find((c) => c.name === 'web-seo');
    if (!chapter) throw new Error('web-seo chapter missing');
    const index = NotesIndex.build(chapterKnowledge(chapter));
    expect(top(index, '301 302 리디렉션 차이', 2).sort()).toEqual(['301 영구 이동', '302 임시 이동']);
  });

  it('answers with an empty heading whose bold lines are kinds of it, both named by the query', () => {
    // `### 전방탐색(Lookahead)` holds only `**긍정 전방탐색**` and `**부정 전방탐색**`.
    const chapter = CHAPTERS.find((c) => c.name === 'regex-basics');
    if (!chapter) throw new Error('regex-basics chapter missing');
    const index = NotesIndex.build(chapterKnowledge(chapter));
    expect(top(index, '전방탐색')).toEqual(['전방탐색(Lookahead)']);
    expect(top(index, '전방탐색 후방탐색 차이', 2).sort()).toEqual([
      '전방탐색(Lookahead)',
      '후방탐색(Lookbehnd)',
    ]);
    // …one kind asked for is that kind.
    expect(top(index, '부정 전방탐색')).toEqual(['부정 전방탐색']);
  });
});

describe('glossary pairs mined from the notes', () => {
  it('are not synonyms when the parenthesis gives an example or an acronym of more than the word', () => {
    const index = notes(
      '# 웹\n\n### 웹\n\n- 웹(HTTP)으로 문서를 주고받음\n\n### 최상위 도메인(TLD)\n\n- .com, .kr\n\n### HTTP 메서드\n\n- GET, POST\n',
    );
    expect(top(index, 'HTTP')).toEqual(['HTTP 메서드']);
    expect(top(index, '도메인')).toEqual(['최상위 도메인(TLD)']);
  });
});

describe('single-word glossary names that are English stop words', () => {
  it('are looked up when typed as a name', () => {
    const index = notes('# 언어\n\n### Go\n\n- 구글이 만든 컴파일 언어\n\n### IT 기초\n\n- 정보 기술\n');
    expect(top(index, 'Go')).toEqual(['Go']);
    expect(top(index, 'IT')).toEqual(['IT 기초']);
  });
});

describe('NotesIndex.search on the misses of the chapters written blind in session 4', () => {
  const index = notes(
    [
      '# 6. 테스트와 배포',
      '',
      '### 테스트 커버리지(Coverage)',
      '',
      '- 코드 중에서 테스트가 실행한 줄의 비율을 재는 지표',
      '',
      '### 블루-그린 배포(Blue-Green)',
      '',
      '- 두 환경을 두고 트래픽을 한 번에 옮기는 배포 방식',
      '',
      '### 제약 조건(Constraint)',
      '',
      '- 테이블에 들어갈 값을 제한하는 규칙',
      '',
      '### 조건문',
      '',
      '- if 로 분기하는 문법',
      '',
    ].join('\n'),
  );

  it('forgives ㅔ for ㅐ (and ㅖ/ㅒ) even in a short word: 베포 is 배포', () => {
    expect(top(index, '블루 그린 베포')).toEqual(['블루-그린 배포(Blue-Green)']);
  });

  it('takes a heading word the analyser would read as a verb for a topic, typed on the wrong layout too', () => {
    // 커버리지 reads as 크 + 어 버리지; zjqjflwl is 커버리지 on an English keyboard.
    expect(top(index, '커버리지')).toEqual(['테스트 커버리지(Coverage)']);
    expect(top(index, 'zjqjflwl')).toEqual(['테스트 커버리지(Coverage)']);
  });

  it('answers a question about one heading topic with an everyday noun the notes never use', () => {
    expect(top(index, '커버리지 몇 퍼센트면 되나요')).toEqual(['테스트 커버리지(Coverage)']);
    // …but not one whose only found topic no heading names: a body word is not what was asked about.
    expect(index.search('도커 트래픽 옮기는 법')).toEqual([]);
  });

  it('compares the two words of a two-word glossary name (`CI CD 차이점`)', () => {
    const ci = notes(
      '# CI/CD\n\n### 지속적 통합(CI)\n\n- 자주 합치고 매번 테스트\n\n### 지속적 배포(CD)\n\n- 통과하면 자동으로 배포\n\n### CI/CD 도구\n\n- 젠킨스, 깃허브 액션\n',
    );
    const hits = ci.search('CI CD 차이점', 2);
    expect(hits.map((h) => h.section.title).sort()).toEqual(['지속적 배포(CD)', '지속적 통합(CI)']);
    expect(hits.every((h) => h.side !== undefined)).toBe(true);
  });

  it('pairs a heading name whole: 제약 조건(Constraint) does not make 조건 mean constraint', () => {
    expect(top(index, 'constraint')).toEqual(['제약 조건(Constraint)']);
    expect(top(index, '조건문')).toEqual(['조건문']);
    expect(index.knowledge.sections.find((s) => s.title === '제약 조건(Constraint)')?.aliases).toEqual([
      '제약 조건',
      'Constraint',
    ]);
  });
});

describe('NotesIndex.search on describing questions (session 5)', () => {
  const index = notes(
    [
      '# 5. 데이터베이스',
      '',
      '### 서브쿼리(Subquery)',
      '',
      '- 쿼리 안에 들어간 쿼리, 괄호로 감쌈',
      '- 웬만한건 JOIN으로 바꿀 수 있음',
      '',
      '### 실행 계획(EXPLAIN)',
      '',
      '- 쿼리 앞에 `EXPLAIN` 붙이면 DB가 어떻게 실행할지 보여줌',
      '- 인덱스 이름 나오면 인덱스 탄 것 → 느린 쿼리 원인 찾을 때 씀',
      '',
      '### 반정규화(Denormalization)',
      '',
      '- 너무 쪼개서 JOIN이 많아지고 느리면 일부러 중복을 다시 허용하는 것',
      '- 장점: 조회 쿼리가 단순해지고 빨라짐',
      '',
      '### 인덱스(Index)',
      '',
      '- 조회를 빠르게 하려고 컬럼 값을 따로 정리해둔 자료구조',
      '- 만든 인덱스는 `SHOW INDEX` 로 확인',
      '',
    ].join('\n'),
  );

  it('reads two chained predicates as a predicate, not as a noun the particle strip finds (해주는 ≠ 해주)', () => {
    expect(analyzeHangul('해주는').kind).not.toBe('noun');
    expect(analyzeHangul('빨라지라고').stems).toContain('빠르');
  });

  it('does not take a part of a compound heading (쿼리 of 서브쿼리) for what the section is named for', () => {
    expect(top(index, '쿼리가 느린 이유는 어떻게 확인하나요')).toEqual(['실행 계획(EXPLAIN)']);
  });

  it('answers a description whose one unknown word is an everyday noun, by the describing words held together', () => {
    expect(top(index, '조회 빨라지라고 중복을 일부러 남겨두는 설계')).toEqual(['반정규화(Denormalization)']);
  });

  it('asks about the topic, not what it is measured against (`faster than tcp`, `TCP보다 빠른`)', () => {
    const net = notes(
      '# 네트워크\n\n### TCP\n\n- 연결을 맺고 순서와 도착을 보장함, 느림\n\n### UDP\n\n- 연결 없이 보내서 TCP보다 빠름, 대신 유실 가능\n',
    );
    expect(top(net, 'why is udp faster than tcp')).toEqual(['UDP']);
    expect(top(net, 'UDP가 TCP보다 빠른 이유')).toEqual(['UDP']);
    expect(top(net, 'TCP가 UDP보다 느린 이유')).toEqual(['TCP']);
  });
});

describe('NotesIndex.search on the question words and forms of session 9', () => {
  const index = notes(
    '# 서버\n\n### 미들웨어\n\n- 요청과 응답 사이에서 차례로 도는 함수\n\n' +
      '### 팩토리 함수\n\n- 객체를 만들어 돌려주는 함수\n\n### 소스 코드\n\n- 프로그램을 적은 글\n',
  );

  it('reads a one-syllable generic word with its particle as soft (`전에`, `안에서`)', () => {
    expect(top(index, '응답 보내기 전에 차례로 도는 함수')).toEqual(['미들웨어']);
    expect(top(index, '요청 안에서 도는 함수')).toEqual(['미들웨어']);
  });

  it('reads an ㅂ-irregular adjective before a noun as a predicate (`새로운` = 새롭 + ㄴ)', () => {
    expect(top(index, '새로운 객체 만드는 함수')).toEqual(['팩토리 함수']);
  });

  it('reads a question word the particle strip leaves whole (`어디서`) as no topic', () => {
    expect(top(index, '미들웨어는 어디서 도는 함수야')).toEqual(['미들웨어']);
  });

  it('names a topic with each noun of a row, however long, when no predicate makes it a clause', () => {
    expect(index.search('피아노 코드 진행 연습')).toEqual([]);
  });
});

describe('NotesIndex.search on an English verb form the notes spell as a Korean -ing loanword', () => {
  const index = notes(
    '# 데이터\n\n### 매핑된 타입\n\n- 키마다 값을 바꿔 새 타입을 만듦\n\n### 캐싱 전략\n\n- 응답을 저장해 두고 다시 씀\n\n' +
      '### 비용\n\n- 서버 요금\n',
  );

  it('meets 매핑 from `mapped` and 캐싱 from `cache`, without a glossary entry', () => {
    expect(top(index, 'mapped types')).toEqual(['매핑된 타입']);
    expect(top(index, 'cache strategy')).toEqual(['캐싱 전략']);
  });

  it('meets only a -ing loanword so (`vue` is not 비용)', () => {
    expect(index.search('vue')).toEqual([]);
  });
});

describe('NotesIndex.search on a number with its unit', () => {
  const index = notes(
    '# CSS\n\n### 박스 크기\n\n- width 에 padding 이 더해짐, border-box 로 막음\n\n' +
      '### 뷰포트 단위\n\n- 모바일에선 100vh 가 화면보다 길어짐\n\n### 모바일 설계\n\n- 작은 화면 먼저\n',
  );

  it('is a topic the notes write (`100vh`), and a measure that does not gate when they do not (`240px`)', () => {
    expect(top(index, '모바일에서 100vh가 길게 나오는 이유')).toEqual(['뷰포트 단위']);
    expect(top(index, 'width 200px인데 padding 넣으니까 240px 돼')).toEqual(['박스 크기']);
  });
});

describe('NotesIndex.search on a noun with a suffix of purpose (`화면용`, `사용자별`)', () => {
  it('reads the noun, when neither the dictionary nor the notes know the whole word', () => {
    const index = notes(
      '# 화면\n\n### 모바일 우선\n\n- 작은 화면 스타일을 먼저 쓰고 넓은 화면은 미디어 쿼리로 덧붙임\n\n### 그리드\n\n- 2차원 배치\n',
    );
    expect(top(index, '화면용 스타일')).toEqual(['모바일 우선']);
  });
});

describe('NotesIndex.search on a paraphrase of one line of a section', () => {
  it('ranks the line holding three of the words above a title naming one of them (`나눠주기`: the load balancer)', () => {
    const chapter = CHAPTERS.find((c) => c.name === 'cloud-deploy');
    if (!chapter) throw new Error('cloud-deploy chapter missing');
    const index = NotesIndex.build(chapterKnowledge(chapter));
    expect(top(index, '서버 한 대로 몰리는 요청 나눠주기')).toEqual(['로드 밸런서(Load Balancer)']);
  });
});

describe('NotesIndex.search on a heading that misspells a term the glossary translates', () => {
  it('meets the misspelling too, not only the translation elsewhere (`conditional` → Conditionl, 조건문)', () => {
    const index = notes(
      '# 타입\n\n### 조건부 타입(Conditionl Types)\n\n- T extends U ? X : Y 꼴\n\n' +
        '### 타입 좁히기\n\n- if 조건문으로 타입을 좁힘, typeof 검사\n',
    );
    expect(top(index, 'conditional types')).toEqual(['조건부 타입(Conditionl Types)']);
  });
});

describe('NotesIndex on bold lines right after a heading with no text of its own', () => {
  const index = notes(
    '# CSS\n\n## 배치\n\n### 포지션(Position)\n\n**relative**\n\n- 원래 자리 기준으로 이동\n\n' +
      '**fixed와 sticky**\n\n- sticky 는 스크롤하다 붙음\n\n### 마진 상쇄\n\n- 위아래 마진이 겹침\n',
  );
  const position = index.knowledge.sections.find((s) => s.title === '포지션(Position)');

  it('lists them as the sub-topics of that heading, which /explain shows for it', () => {
    if (!position) throw new Error('no 포지션 section');
    expect(index.subSections(position).map((s) => s.title)).toEqual(['relative', 'fixed와 sticky']);
  });

  it('finds them by the name of their group (`position sticky`)', () => {
    expect(top(index, 'position sticky 안 먹어요')).toEqual(['fixed와 sticky']);
  });
});

describe('NotesIndex.search on an English stop word that names a section', () => {
  const index = notes(
    '# 타입\n\n### any와 unknown\n\n**any**\n\n- 타입 검사를 꺼버리는 탈출구\n\n**unknown**\n\n- 쓰기 전에 타입 확인 필요\n\n' +
      '### 타입 단언\n\n- as 로 타입을 정함\n',
  );

  it('asks about that section (`any`, `any vs unknown`)', () => {
    expect(top(index, 'any')).toEqual(['any']);
    const hits = index.search('any vs unknown', 5);
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.section.title)
        .sort(),
    ).toEqual(['any', 'unknown']);
  });
});

describe('NotesIndex.search on a question word glued to a noun', () => {
  it('drops `하는` of `호출하는` as a stop word, not a one-syllable noun 하 a heading (`왜 하나`) holds', () => {
    const chapter = CHAPTERS.find((c) => c.name === 'testing-ci');
    if (!chapter) throw new Error('testing-ci chapter missing');
    const index = NotesIndex.build(chapterKnowledge(chapter));
    expect(['스텁(Stub)', '목(Mock)']).toContain(
      top(index, '외부 API 호출하는 코드 테스트는 어떻게 해요')[0],
    );
  });
});

describe('NotesIndex.search on a noun the notes write with the copula (`오류일 때`)', () => {
  it('indexes the noun', () => {
    const index = notes(
      '# 요청\n\n### fetch API\n\n- 네트워크 오류일 때만 reject, 404 는 res.ok 로 확인\n\n### 콜백\n\n- 나중에 불리는 함수\n',
    );
    expect(top(index, '네트워크 오류')).toEqual(['fetch API']);
  });
});

describe('NotesIndex.search on an English plural', () => {
  it('spells it as the stem the notes have, never as a loanword its -s suggests (`keys` is not 캐시)', () => {
    const index = notes(
      '# 데이터\n\n### 캐시 서버\n\n- 자주 쓰는 응답 저장\n\n### Record\n\n- key 와 value 의 타입을 정한 객체\n',
    );
    expect(index.search('keys').map((h) => h.section.title)).toEqual(['Record']);
  });
});

describe('NotesIndex.search on the verbs every question has', () => {
  it('does not count 하려면, 해, 안 as describing words of a section (콜백 지옥 says 해야 하고, 안)', () => {
    const index = notes(
      '# 노드\n\n### 환경 변수\n\n- DB 비밀번호, API 키 같은 건 코드에 박지 말고 .env 파일에 두고 읽음\n\n' +
        '### 콜백 지옥\n\n- 비동기 작업을 콜백 안에 콜백으로 계속 넣다 보면 코드가 오른쪽으로 들여써지는 문제\n' +
        '- 에러 처리 매번 따로 해야 하고 읽기 힘듦 → Promise 로 해결\n',
    );
    expect(top(index, 'API 키를 코드에 안 넣고 관리하려면 어떻게 해')).toEqual(['환경 변수']);
  });
});

describe('NotesIndex.search on a glossary phrase ending in a one-syllable noun with its particle', () => {
  it('reads `기본 키의` as the phrase 기본 키 (primary key)', () => {
    const index = notes(
      '# DB\n\n### PK\n\n- primary key : 행을 하나씩 구분하는 열\n\n### 인덱스\n\n- 조회를 빠르게\n',
    );
    expect(top(index, '기본 키의 뜻')).toEqual(['PK']);
  });
});

describe('NotesIndex.search on a particle of the other form', () => {
  it('cuts it when the notes know the rest (`트랜잭션는`, `인덱스을`)', () => {
    const index = notes(
      '# DB\n\n### 트랜잭션\n\n- 여러 작업을 하나로 묶음\n\n### 인덱스\n\n- 조회를 빠르게\n',
    );
    expect(top(index, '트랜잭션는 왜 써')).toEqual(['트랜잭션']);
    expect(top(index, '인덱스을 왜 써')).toEqual(['인덱스']);
  });
});

describe('NotesIndex.search on a typo that makes a word of the title a verb', () => {
  it("takes the title spelled one edit away with the question's other words (`통함 테스트` for 통합 테스트)", () => {
    const index = notes(
      '# 테스트\n\n### 단위 테스트(Unit Test)\n\n- 함수 하나만 따로 테스트\n\n### 통합 테스트(Intergration Test)\n\n' +
        '- 모듈끼리 붙여서 확인\n\n### E2E 테스트(End-to-End Test)\n\n- 사용자 흐름 전체를 테스트, 테스트 도구로 브라우저 조작\n',
    );
    expect(top(index, '통함 테스트')).toEqual(['통합 테스트(Intergration Test)']);
  });
});

describe('NotesIndex.search on a glossary phrase of nouns in a described question', () => {
  it('forgives it as it forgives one such noun (`엄격 모드` where the notes say 엄격 옵션)', () => {
    const index = notes(
      '# TS\n\n### 컴파일러 설정(tsconfig)\n\n- tsconfig.json 파일에 옵션을 적음\n' +
        '- strict: true 하나 켜면 엄격 옵션 한꺼번에 켜짐\n\n### 타입 선언 파일\n\n- d.ts 파일\n',
    );
    expect(top(index, 'json 옵션 파일에서 엄격 모드 한 번에 켜기')).toEqual(['컴파일러 설정(tsconfig)']);
  });
});

describe('NotesIndex.search on the English name of a topic the notes write only in Korean', () => {
  // Session 10: technical adjectives and nouns (progressive, equivalence, circuit breaker) reach the Sino-Korean
  // words notes use, word by word, through knowledge/words.yaml; a name there beside a glossary entry that gives
  // only the loanword (branch: 브랜치) adds the Sino-Korean (분기).
  const index = notes(
    '# 정리\n\n### 점진적 향상\n\n- 기본 HTML 로 먼저 동작하게 만들고 기능을 위에 얹음\n\n' +
      '### 동등 분할\n\n- 입력을 같은 결과를 내는 묶음으로 나누고 묶음마다 하나씩 고름\n\n' +
      '### 회로 차단기\n\n- 실패가 계속되면 호출을 잠시 끊어서 장애가 번지지 않게\n\n' +
      '### 저장소 비우기\n\n- 용량이 모자라면 브라우저가 오래된 데이터부터 지움\n\n' +
      '### 동의어 사전\n\n- 뜻이 같은 말을 묶어서 같이 찾음\n\n### 코드 커버리지\n\n- 테스트가 실행한 코드의 비율\n\n' +
      '### 분기 커버리지\n\n- if 의 참과 거짓을 둘 다 지나갔는지\n',
  );
  it.each([
    ['progressive enhancement', '점진적 향상'],
    ['equivalence partitioning', '동등 분할'],
    ['circuit breaker', '회로 차단기'],
    ['storage eviction', '저장소 비우기'],
    ['synonym', '동의어 사전'],
    ['branch coverage', '분기 커버리지'],
  ])('finds "%s"', (q, title) => {
    expect(top(index, q)).toEqual([title]);
  });
});

describe('NotesIndex.search on a question of two numbers', () => {
  it('answers with the section holding both (`401이랑 403 뭐가 달라`)', () => {
    const index = notes(
      '# 상태 코드\n\n### 4xx 클라이언트 오류\n\n- 401 : 로그인 안 됨\n- 403 : 로그인은 했는데 권한 없음\n\n' +
        '### 5xx 서버 오류\n\n- 500 : 서버 내부 에러\n',
    );
    expect(top(index, '401이랑 403 뭐가 달라')).toEqual(['4xx 클라이언트 오류']);
    expect(top(index, '401이랑 500 뭐가 달라')).toEqual([]);
  });
});

describe('NotesIndex.search on colloquial and hurried typing', () => {
  const index = notes(
    '# 정리\n\n### 연관관계의 주인\n\n- 외래 키를 관리하는 쪽\n\n### 퀵 정렬(Quick Sort)\n\n- 피벗을 골라 나눔\n\n' +
      '### 대기열\n\n- 순서대로 기다림\n',
  );
  it('reads a question word with the colloquial -임 as the question word (`누구임`)', () => {
    expect(top(index, '연관관계의 주인은 누구임')).toEqual(['연관관계의 주인']);
  });
  it('splits two known nouns joined by 의 without a space (`관계의주인`)', () => {
    expect(top(index, '연관 관계의주인')).toEqual(['연관관계의 주인']);
  });
  it('respells a four-letter English word missing a letter, never an English word (`quik`; `wait` is no `await`)', () => {
    expect(top(index, 'quik sort')).toEqual(['퀵 정렬(Quick Sort)']);
    expect(top(notes('# 비동기\n\n### await\n\n- 프로미스 끝날 때까지 멈춤\n'), 'wait cursor')).toEqual([]);
  });
  it('respells a two-syllable word one jamo from a heading word (`디렉터리 구죠`, `스프링 부투`)', () => {
    const fs = notes(
      '# 파일 시스템\n\n### 디렉터리 구조(Directory Structure)\n\n- 트리 모양으로 파일을 묶음\n\n' +
        '### 스프링 부트(Spring Boot)\n\n- 설정 없이 바로 실행\n',
    );
    expect(top(fs, '디렉터리 구죠')).toEqual(['디렉터리 구조(Directory Structure)']);
    expect(top(fs, '스프링 부투')).toEqual(['스프링 부트(Spring Boot)']);
    // …but a word no heading is near stays a topic the notes lack.
    expect(top(fs, '디렉터리 권한')).toEqual([]);
  });
});

describe('NotesIndex.search on a verb the glossary names in dictionary form', () => {
  it('reads it as a verb, not a name the notes must hold (`느려지는`, of 느려지다 in words.yaml)', () => {
    const index = notes('# 트리\n\n### 이진 탐색 트리\n\n- 한쪽으로 치우치면 탐색이 O(n)\n');
    expect(top(index, '이진 탐색 트리가 느려지는 경우는 언제야')).toEqual(['이진 탐색 트리']);
  });
});

describe('NotesIndex.search on a comparison whose sides share a word', () => {
  it('chooses each side by its own word (`install 이벤트랑 activate 이벤트 차이`)', () => {
    const chapter = CHAPTERS.find((c) => c.name === 'pwa-service-worker');
    if (!chapter) throw new Error('no pwa-service-worker chapter');
    const index = NotesIndex.build(chapterKnowledge(chapter));
    expect(top(index, 'install 이벤트랑 activate 이벤트 차이', 2).sort()).toEqual([
      '설치 단계(install)',
      '활성화 단계(activate)',
    ]);
  });
});

describe('NotesIndex.search on a comparison without a conjunction', () => {
  it('ends each side at the word both sides repeat (`푸시 CDN 풀 CDN 차이`)', () => {
    const index = notes(
      '# CDN\n\n### CDN 개념(Content Delivery Network)\n\n- CDN 은 가까운 서버에서 보냄, CDN 캐시\n\n' +
        '### 푸시 CDN(Push CDN)\n\n- 파일을 CDN 에 직접 올림\n\n### 풀 CDN(Pull CDN)\n\n- 요청 오면 CDN 이 가져옴\n',
    );
    expect(top(index, '푸시 CDN 풀 CDN 차이', 2).sort()).toEqual(['푸시 CDN(Push CDN)', '풀 CDN(Pull CDN)']);
  });
});

describe('NotesIndex.search on a choice between two named sides', () => {
  it('compares them (`채널이랑 뮤텍스 중에 뭐 써`), as 차이 does', () => {
    const index = notes(
      '# 동시성\n\n### 채널(Channel)\n\n- 고루틴끼리 값을 주고받는 통로\n\n### 뮤텍스(Mutex)\n\n- 한 번에 하나만 들어가게 잠금\n\n' +
        '### 경쟁 상태\n\n- 여러 고루틴이 같은 값을 동시에 바꿈, 채널 이나 뮤텍스 로 막음, 뮤텍스 가 간단\n',
    );
    expect(top(index, '채널이랑 뮤텍스 중에 뭐 써', 2).sort()).toEqual(['뮤텍스(Mutex)', '채널(Channel)']);
  });
});

describe("NotesIndex.search on a Hangul word that is a section's whole name", () => {
  it('takes it as the topic, whatever a verb reading of it says (`잡` of 잡(Job) is no 잡다), never a generic word', () => {
    const index = notes(
      '# 워크플로\n\n### 잡(Job)\n\n- 러너 하나에서 도는 단위\n\n### 스텝(Step)\n\n- 잡 안의 명령 하나\n\n' +
        '### 정리\n\n- 함수는 작게\n\n### 클린업 함수\n\n- 이펙트 정리할 때 부름\n',
    );
    expect(top(index, '잡')).toEqual(['잡(Job)']);
    expect(top(index, '잡 vs 스텝', 2).sort()).toEqual(['스텝(Step)', '잡(Job)']);
    expect(top(index, '이펙트 정리 함수')).toEqual(['클린업 함수']);
  });
});

describe('NotesIndex.search on a polite ending that spells a noun', () => {
  it('reads `가요` as 가 + 요, not a word the notes must hold', () => {
    const index = notes('# 요청\n\n### 프리플라이트\n\n- 본 요청 전에 OPTIONS 요청부터 보냄\n');
    expect(top(index, 'OPTIONS 요청은 왜 먼저 가요')).toEqual(['프리플라이트']);
  });
});

describe('NotesIndex.search on a word one letter from a glossary name', () => {
  it('reads it as that name only when the first letter is kept (`vlookup` is no `lookup`)', () => {
    const index = notes('# 자료\n\n### 검색\n\n- 원하는 값을 찾는 방법\n');
    expect(top(index, 'vlookup')).toEqual([]);
    expect(top(index, 'serch')).toEqual(['검색']);
  });
});

describe('NotesIndex.search on an English word that starts with a vowel', () => {
  it('meets only a loanword written from ㅇ (`edge` is 엣지, never 태그)', () => {
    const index = notes(
      '# 태그\n\n### 태그\n\n- 커밋에 붙이는 이름표\n\n### 엣지 서버\n\n- 사용자 가까이 있는 서버\n',
    );
    expect(top(index, 'edge')).toEqual(['엣지 서버']);
    expect(top(notes('# 태그\n\n### 태그\n\n- 커밋에 붙이는 이름표\n'), 'edge')).toEqual([]);
  });
});

describe("NotesIndex.search on a word one letter from the notes' own word", () => {
  it('reads it as that word only when the first letter is kept (`cname` is no `name`)', () => {
    const index = notes(
      '# DNS\n\n### 도메인 이름\n\n- 서버의 name 을 사람이 읽게 붙인 것\n- record 에 적힘\n',
    );
    expect(top(index, 'cname')).toEqual([]);
    expect(top(index, 'recrd')).toEqual(['도메인 이름']);
  });
});

describe('NotesIndex.search on an acronym of a heading’s English name', () => {
  const index = notes(
    '# 스크럼\n\n### 제품 책임자(Product Owner)\n\n- 백로그 우선순위를 정하는 사람\n\n### 스프린트 계획\n\n- PO 가 목표를 설명함\n\n### 스코프(Scope)\n\n- sw.js 를 루트에 두어야 전체를 잡음\n\n### 서비스 워커(Service Worker)\n\n- 브라우저 뒤에서 도는 스크립트\n',
  );

  it('answers with the heading it spells, written in capitals or not in the notes (`PO`, `JIT`)', () => {
    expect(top(index, 'PO')).toEqual(['제품 책임자(Product Owner)']);
    expect(top(index, 'PO가 하는 일')).toEqual(['제품 책임자(Product Owner)']);
  });

  it('leaves a lower-case word the notes use as it stands (`sw.js` is a file, not a service worker)', () => {
    expect(top(index, 'sw.js 어디에 둬')).toEqual(['스코프(Scope)']);
  });
});
