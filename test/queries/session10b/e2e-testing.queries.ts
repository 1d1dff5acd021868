import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '픽스처', expect: '픽스처(Fixtuer)', category: 'plain' },
  { query: '테스트 피라미드', expect: '테스트 피라미드(Test Pyramid)', category: 'plain' },
  { query: '네트워크 가로채기', expect: '네트워크 가로채기(Network Intercept)', category: 'plain' },
  { query: '재시도', expect: '재시도(Retries)', category: 'plain' },

  // particles
  { query: '플레이키 테스트가 뭐야', expect: '플레이키 테스트(Flaky Test)', category: 'particles' },
  { query: '로케이터란', expect: '로케이터(Locator)', category: 'particles' },
  { query: '헤드리스 모드는 뭐임', expect: '헤드리스 모드(Headless Mode)', category: 'particles' },
  { query: '테스트 격리가 뭐야', expect: '테스트 격리(Test Isolation)', category: 'particles' },
  { query: '단언이란', expect: '단언(Assertion)', category: 'particles' },

  // question
  { query: 'cy.wait(3000) 넣으면 안 되는 이유', expect: '명시적 대기(Explicit Wait)', category: 'question' },
  {
    query: '매 테스트마다 로그인하는 거 너무 느린데 어떻게 해',
    expect: '인증 상태 재사용(Storage State)',
    category: 'question',
  },
  { query: '클래스명 바뀌니까 테스트가 다 깨져요', expect: '셀렉터(Selecor)', category: 'question' },
  { query: 'getByRole 했는데 요소 여러개라고 에러 나요', expect: '로케이터(Locator)', category: 'question' },
  {
    query: 'CI에서 실패한 테스트 단계별로 다시 보려면',
    expect: '트레이스 뷰어(Trace Viewr)',
    category: 'question',
  },
  {
    query: '백엔드 API 실제로 안 부르고 가짜 응답으로 테스트하려면',
    expect: '네트워크 가로채기(Network Intercept)',
    category: 'question',
  },
  {
    query: 'textContent 꺼내서 toBe로 비교하면 왜 불안정해',
    expect: '단언(Assertion)',
    category: 'question',
  },
  {
    query: '스크린샷 비교가 내 컴퓨터랑 CI에서 결과 달라요',
    expect: '시각적 회귀 테스트',
    category: 'question',
  },
  {
    query: 'E2E 테스트를 단위 테스트보다 많이 써야 돼?',
    expect: '테스트 피라미드(Test Pyramid)',
    category: 'question',
  },
  {
    query: '코드 안 바꿨는데 돌릴 때마다 됐다 안 됐다 해요',
    expect: '플레이키 테스트(Flaky Test)',
    category: 'question',
  },

  // spacing
  { query: '헤드리스모드', expect: '헤드리스 모드(Headless Mode)', category: 'spacing' },
  { query: '페이지객체모델', expect: '페이지 객체 모델', category: 'spacing' },
  { query: '스냅샷테스트', expect: '스냅샷 테스트(Snapshot Testing)', category: 'spacing' },
  { query: '명시적대기', expect: '명시적 대기(Explicit Wait)', category: 'spacing' },

  // typo-query
  { query: '플래이키 테스트', expect: '플레이키 테스트(Flaky Test)', category: 'typo-query' },
  { query: '로캐이터', expect: '로케이터(Locator)', category: 'typo-query' },
  { query: '스냅샺 테스트', expect: '스냅샷 테스트(Snapshot Testing)', category: 'typo-query' },
  { query: 'playwrigt', expect: '플레이라이트(Playwright)', category: 'typo-query' },
  { query: '타임아웃 셜정', expect: '타임아웃 설정(Timeout)', category: 'typo-query' },

  // typo-notes
  { query: 'selector', expect: '셀렉터(Selecor)', category: 'typo-notes' },
  { query: 'fixture', expect: '픽스처(Fixtuer)', category: 'typo-notes' },
  { query: 'trace viewer', expect: '트레이스 뷰어(Trace Viewr)', category: 'typo-notes' },

  // keyboard
  { query: 'vlrtmcj', expect: '픽스처(Fixtuer)', category: 'keyboard' },
  { query: 'fhzpdlxj', expect: '로케이터(Locator)', category: 'keyboard' },
  { query: 'tpffprxj', expect: '셀렉터(Selecor)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㄷㄹㅅㅁㄷ', expect: '헤드리스 모드(Headless Mode)', category: 'choseong' },
  { query: 'ㅍㅇㅈㄱㅊㅁㄷ', expect: '페이지 객체 모델', category: 'choseong' },
  { query: 'ㅍㄹㅇㅋㅌㅅㅌ', expect: '플레이키 테스트(Flaky Test)', category: 'choseong' },

  // english-glossary
  { query: 'auto-waiting', expect: '자동 대기', category: 'english-glossary' },
  { query: 'page object model', expect: '페이지 객체 모델', category: 'english-glossary' },
  { query: 'parallel execution', expect: '병렬 실행', category: 'english-glossary' },
  { query: 'visual regression testing', expect: '시각적 회귀 테스트', category: 'english-glossary' },

  // english
  {
    query: 'run the browser without a window on a CI server',
    expect: '헤드리스 모드(Headless Mode)',
    category: 'english',
  },
  {
    query: 'reuse logged in cookies across tests',
    expect: '인증 상태 재사용(Storage State)',
    category: 'english',
  },
  { query: 'setup and teardown code before each test', expect: '테스트 훅(Test Hooks)', category: 'english' },
  {
    query: 'stub network responses in tests',
    expect: '네트워크 가로채기(Network Intercept)',
    category: 'english',
  },
  { query: 'rerun failed tests automatically', expect: '재시도(Retries)', category: 'english' },

  // paraphrase
  {
    query: '위로 갈수록 느리고 비싼 테스트를 적게 두라는 비율 가이드',
    expect: '테스트 피라미드(Test Pyramid)',
    category: 'paraphrase',
  },
  {
    query: '처음 결과 저장해두고 다음 실행 때 그거랑 비교',
    expect: '스냅샷 테스트(Snapshot Testing)',
    category: 'paraphrase',
  },
  {
    query: '테스트끼리 쿠키나 데이터가 안 섞이게 분리하는 것',
    expect: '테스트 격리(Test Isolation)',
    category: 'paraphrase',
  },
  {
    query: '화면 하나를 클래스로 감싸서 동작을 메서드로 숨기기',
    expect: '페이지 객체 모델',
    category: 'paraphrase',
  },
  {
    query: '실제 사용자처럼 브라우저로 가입부터 결제까지 전체 흐름 확인',
    expect: '엔드투엔드 테스트(E2E Test)',
    category: 'paraphrase',
  },
  { query: '여러 워커로 나눠서 동시에 돌리기', expect: '병렬 실행', category: 'paraphrase' },

  // comparison
  {
    query: 'Playwright vs Cypress',
    expect: ['플레이라이트(Playwright)', '사이프러스(Cypress)'],
    category: 'comparison',
    compare: ['플레이라이트(Playwright)', '사이프러스(Cypress)'],
  },
  {
    query: '자동 대기랑 명시적 대기 차이',
    expect: ['자동 대기', '명시적 대기(Explicit Wait)'],
    category: 'comparison',
    compare: ['자동 대기', '명시적 대기(Explicit Wait)'],
  },
  {
    query: '스냅샷 테스트랑 시각적 회귀 테스트 차이',
    expect: ['스냅샷 테스트(Snapshot Testing)', '시각적 회귀 테스트'],
    category: 'comparison',
    compare: ['스냅샷 테스트(Snapshot Testing)', '시각적 회귀 테스트'],
  },
  {
    query: 'beforeEach 훅이랑 픽스처 차이',
    expect: ['테스트 훅(Test Hooks)', '픽스처(Fixtuer)'],
    category: 'comparison',
    compare: ['테스트 훅(Test Hooks)', '픽스처(Fixtuer)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '조선시대 과거 제도', expect: null, category: 'miss' },
  { query: '감자전 바삭하게 부치는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Jest 모킹으로 단위 테스트 작성', expect: null, category: 'miss-shared' },
  { query: 'k6로 부하 테스트 하기', expect: null, category: 'miss-shared' },
  { query: 'Lighthouse 성능 점수 올리기', expect: null, category: 'miss-shared' },
  { query: 'Selenium 그리드 구성', expect: null, category: 'miss-shared' },
];
