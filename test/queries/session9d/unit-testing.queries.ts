import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '테스트 피라미드', expect: '테스트 피라미드(Test Pyramid)', category: 'plain' },
  { query: '픽스처', expect: '픽스처(Fixture)', category: 'plain' },
  { query: '스파이', expect: '스파이(Spy)', category: 'plain' },
  { query: '코드 커버리지', expect: '코드 커버리지(Code Coverage)', category: 'plain' },

  // particles
  { query: '스텁이 뭐야', expect: '스텁(Stub)', category: 'particles' },
  { query: '테스트 더블이란', expect: '테스트 더블(Test Double)', category: 'particles' },
  { query: '목은 뭐임', expect: '목(Mock)', category: 'particles' },
  { query: '통합 테스트가 뭐야', expect: '통합 테스트(Integration Test)', category: 'particles' },
  { query: '경계값 분석이란', expect: '경계값 분석(Boundry Value Analysis)', category: 'particles' },

  // question
  {
    query: '테스트 하나씩 돌리면 통과하는데 전체로 돌리면 실패해요',
    expect: '테스트 독립성(Test Isolaton)',
    category: 'question',
  },
  { query: '커버리지 100%인데 왜 버그가 나요', expect: '코드 커버리지(Code Coverage)', category: 'question' },
  { query: '객체 비교하는데 toBe 쓰면 왜 실패해', expect: '단언(Assertion)', category: 'question' },
  {
    query: '메일 보내는 함수가 제대로 호출됐는지 확인하려면 어떻게 해',
    expect: '목(Mock)',
    category: 'question',
  },
  { query: 'console.log 몇 번 불렸는지 확인하려면', expect: '스파이(Spy)', category: 'question' },
  { query: '코드 안 바꿨는데 테스트가 가끔 실패해요', expect: '불안정한 테스트', category: 'question' },
  {
    query: '테스트마다 샘플 유저 만드는 코드 반복되는데 어떻게 해',
    expect: '픽스처(Fixture)',
    category: 'question',
  },
  {
    query: '각 테스트 끝나고 임시 파일 지우는 건 어디서 해',
    expect: '셋업과 티어다운(Setup & Teardwon)',
    category: 'question',
  },
  {
    query: 'TDD에서 처음엔 하드코딩으로 통과시켜도 돼?',
    expect: 'TDD 사이클(Red-Green-Refactor)',
    category: 'question',
  },
  {
    query: '입력값만 다른 테스트 여러 개 복붙하기 싫은데 방법 없어?',
    expect: '파라미터화 테스트(Parameterized Test)',
    category: 'question',
  },

  // spacing
  { query: '단위테스트', expect: '단위 테스트란(Unit Test)', category: 'spacing' },
  { query: '테스트피라미드', expect: '테스트 피라미드(Test Pyramid)', category: 'spacing' },
  { query: '경계 값 분석', expect: '경계값 분석(Boundry Value Analysis)', category: 'spacing' },
  { query: '테스트더블', expect: '테스트 더블(Test Double)', category: 'spacing' },

  // typo-query
  { query: '픽스쳐', expect: '픽스처(Fixture)', category: 'typo-query' },
  { query: '테스트 피리미드', expect: '테스트 피라미드(Test Pyramid)', category: 'typo-query' },
  { query: '코드 커버러지', expect: '코드 커버리지(Code Coverage)', category: 'typo-query' },
  { query: '통합 태스트', expect: '통합 테스트(Integration Test)', category: 'typo-query' },
  { query: '동등 분활', expect: '동등 분할', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'setup and teardown', expect: '셋업과 티어다운(Setup & Teardwon)', category: 'typo-notes' },
  { query: 'boundary value analysis', expect: '경계값 분석(Boundry Value Analysis)', category: 'typo-notes' },
  { query: 'test isolation', expect: '테스트 독립성(Test Isolaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vlrtmcj', expect: '픽스처(Fixture)', category: 'keyboard' },
  { query: 'tmxjq', expect: '스텁(Stub)', category: 'keyboard' },
  { query: 'xptmxm ejqmf', expect: '테스트 더블(Test Double)', category: 'keyboard' },

  // choseong
  { query: 'ㅌㅅㅌㅍㄹㅁㄷ', expect: '테스트 피라미드(Test Pyramid)', category: 'choseong' },
  { query: 'ㄱㄱㄱㅂㅅ', expect: '경계값 분석(Boundry Value Analysis)', category: 'choseong' },
  { query: 'ㄷㄷㅂㅎ', expect: '동등 분할', category: 'choseong' },

  // english-glossary (heading and notes use only the Korean term)
  { query: 'equivalence partitioning', expect: '동등 분할', category: 'english-glossary' },
  { query: 'flaky test', expect: '불안정한 테스트', category: 'english-glossary' },
  { query: 'test naming convention', expect: '테스트 이름 짓기', category: 'english-glossary' },
  { query: 'branch coverage', expect: '분기 커버리지', category: 'english-glossary' },

  // english
  { query: 'verify the expected call actually happened', expect: '목(Mock)', category: 'english' },
  {
    query: 'write a failing test first then the minimum code to pass',
    expect: 'TDD 사이클(Red-Green-Refactor)',
    category: 'english',
  },
  {
    query: 'many fast tests at the bottom and few slow ones at the top',
    expect: '테스트 피라미드(Test Pyramid)',
    category: 'english',
  },
  { query: 'simple working in-memory repository for tests', expect: '페이크(Fake)', category: 'english' },
  {
    query: 'run the same test body with a table of inputs',
    expect: '파라미터화 테스트(Parameterized Test)',
    category: 'english',
  },

  // paraphrase
  {
    query: '주어진 상황 실행 결과 세 단락으로 시나리오처럼 나눠 쓰는 구조',
    expect: 'Given-When-Then 패턴',
    category: 'paraphrase',
  },
  {
    query: '호출하면 미리 정해둔 값만 돌려주는 가짜 의존 객체',
    expect: '스텁(Stub)',
    category: 'paraphrase',
  },
  {
    query: '범위 가장자리 바로 위아래 숫자를 넣어보기',
    expect: '경계값 분석(Boundry Value Analysis)',
    category: 'paraphrase',
  },
  {
    query: '브라우저 띄워서 사용자처럼 클릭하며 전체 흐름 검사하기',
    expect: 'E2E 테스트(End-to-End Test)',
    category: 'paraphrase',
  },
  {
    query: '실행된 코드 비율을 퍼센트로 보여주는 지표',
    expect: '코드 커버리지(Code Coverage)',
    category: 'paraphrase',
  },
  {
    query: '빠르고 어디서 돌려도 같은 결과에 성공 실패를 스스로 판정해야 한다는 원칙',
    expect: '좋은 테스트의 조건(FIRST)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '스텁이랑 목 차이',
    expect: ['스텁(Stub)', '목(Mock)'],
    category: 'comparison',
    compare: ['스텁(Stub)', '목(Mock)'],
  },
  {
    query: 'Given-When-Then이랑 AAA 패턴 뭐가 달라',
    expect: ['Given-When-Then 패턴', 'AAA 패턴(Arrange-Act-Assert)'],
    category: 'comparison',
    compare: ['Given-When-Then 패턴', 'AAA 패턴(Arrange-Act-Assert)'],
  },
  {
    query: '단위 테스트 vs 통합 테스트',
    expect: ['단위 테스트란(Unit Test)', '통합 테스트(Integration Test)'],
    category: 'comparison',
    compare: ['단위 테스트란(Unit Test)', '통합 테스트(Integration Test)'],
  },
  {
    query: '구문 커버리지 분기 커버리지 차이',
    expect: ['구문 커버리지', '분기 커버리지'],
    category: 'comparison',
    compare: ['구문 커버리지', '분기 커버리지'],
  },

  // miss
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '배드민턴 스매시 자세', expect: null, category: 'miss' },
  { query: '감수분열 단계 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'JMeter로 부하 테스트 동시 사용자 설정', expect: null, category: 'miss-shared' },
  { query: '뮤테이션 테스트 돌연변이 점수', expect: null, category: 'miss-shared' },
  { query: 'Jest 스냅샷 테스트 업데이트', expect: null, category: 'miss-shared' },
  { query: 'A/B 테스트 전환율 분석', expect: null, category: 'miss-shared' },
];
