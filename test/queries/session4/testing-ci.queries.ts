import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '단위 테스트', expect: '단위 테스트(Unit Test)', category: 'plain' },
  { query: 'TDD', expect: 'TDD(테스트 주도 개발)', category: 'plain' },
  { query: '스텁', expect: '스텁(Stub)', category: 'plain' },
  { query: '카나리 배포', expect: '카나리 배포(Canary)', category: 'plain' },

  // particles
  { query: '커버리지가 뭐야', expect: '테스트 커버리지(Coverage)', category: 'particles' },
  { query: '목 객체란', expect: '목(Mock)', category: 'particles' },
  { query: 'E2E 테스트는', expect: 'E2E 테스트(End-to-End Test)', category: 'particles' },
  { query: '깃허브 액션이란', expect: '깃허브 액션(GitHub Actions)', category: 'particles' },
  { query: '지속적 통합이 뭐임', expect: '지속적 통합(CI)', category: 'particles' },

  // question
  { query: '테스트 코드 왜 짜요', expect: '테스트를 왜 하나', category: 'question' },
  { query: 'TDD 어떻게 하는 거야', expect: 'TDD(테스트 주도 개발)', category: 'question' },
  { query: '커버리지 몇 퍼센트면 되나요', expect: '테스트 커버리지(Coverage)', category: 'question' },
  {
    query: '외부 API 호출하는 코드 테스트는 어떻게 해요',
    expect: ['스텁(Stub)', '목(Mock)'],
    category: 'question',
  },
  {
    query: '워크플로우 파일 어디에 만들어야 돼',
    expect: '깃허브 액션(GitHub Actions)',
    category: 'question',
  },
  {
    query: '배포 키 같은 비밀값은 어떻게 넣나요',
    expect: '깃허브 액션(GitHub Actions)',
    category: 'question',
  },
  { query: '블루그린 배포 하면 뭐가 좋아', expect: '블루-그린 배포(Blue-Green)', category: 'question' },
  { query: 'E2E 테스트 언제 필요해', expect: 'E2E 테스트(End-to-End Test)', category: 'question' },
  { query: 'CI 왜 하는지', expect: '지속적 통합(CI)', category: 'question' },
  {
    query: '배포하고 문제 생기면 바로 되돌리려면',
    expect: '블루-그린 배포(Blue-Green)',
    category: 'question',
  },

  // spacing
  { query: '단위테스트', expect: '단위 테스트(Unit Test)', category: 'spacing' },
  { query: '깃허브액션', expect: '깃허브 액션(GitHub Actions)', category: 'spacing' },
  { query: '지속적배포', expect: '지속적 배포(CD)', category: 'spacing' },
  { query: '테스트피라미드', expect: '테스트 피라미드', category: 'spacing' },

  // typo-query
  { query: '커버러지', expect: '테스트 커버리지(Coverage)', category: 'typo-query' },
  { query: 'github acitons', expect: '깃허브 액션(GitHub Actions)', category: 'typo-query' },
  { query: '통함 테스트', expect: '통합 테스트(Intergration Test)', category: 'typo-query' },
  { query: 'canery 배포', expect: '카나리 배포(Canary)', category: 'typo-query' },
  { query: '블루 그린 베포', expect: '블루-그린 배포(Blue-Green)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'integration test', expect: '통합 테스트(Intergration Test)', category: 'typo-notes' },
  { query: 'pipeline', expect: '파이프라인(Pipline)', category: 'typo-notes' },
  { query: '아티팩트', expect: '빌드 아티펙트(Artifact)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmxjq', expect: '스텁(Stub)', category: 'keyboard' },
  { query: 'zjqjflwl', expect: '테스트 커버리지(Coverage)', category: 'keyboard' },
  { query: 'vkdlvmfkdls', expect: '파이프라인(Pipline)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅇㅌㅅㅌ', expect: '단위 테스트(Unit Test)', category: 'choseong' },
  { query: 'ㅋㄴㄹ', expect: '카나리 배포(Canary)', category: 'choseong' },
  { query: 'ㅍㅇㅍㄹㅇ', expect: '파이프라인(Pipline)', category: 'choseong' },

  // english-glossary
  { query: 'continuous integration', expect: '지속적 통합(CI)', category: 'english-glossary' },
  { query: 'continuous delivery', expect: '지속적 배포(CD)', category: 'english-glossary' },
  { query: 'test driven development', expect: 'TDD(테스트 주도 개발)', category: 'english-glossary' },
  { query: 'mocking', expect: '목(Mock)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'red green refactor', expect: 'TDD(테스트 주도 개발)', category: 'english' },
  { query: 'fake objects in tests', expect: '테스트 더블(Test Double)', category: 'english' },
  {
    query: 'release to a small percentage of users first',
    expect: '카나리 배포(Canary)',
    category: 'english',
  },
  { query: 'flaky browser tests', expect: 'E2E 테스트(End-to-End Test)', category: 'english' },
  { query: 'replace servers one by one with the new version', expect: '롤링 배포', category: 'english' },

  // paraphrase
  { query: '함수 하나만 떼서 테스트하기', expect: '단위 테스트(Unit Test)', category: 'paraphrase' },
  {
    query: '서버 두 벌 만들어놓고 트래픽 한번에 넘기기',
    expect: '블루-그린 배포(Blue-Green)',
    category: 'paraphrase',
  },
  { query: '빌드하고 나온 jar 파일 같은 결과물', expect: '빌드 아티펙트(Artifact)', category: 'paraphrase' },
  {
    query: '사용자 입장에서 화면 눌러보는 자동 테스트',
    expect: 'E2E 테스트(End-to-End Test)',
    category: 'paraphrase',
  },
  { query: '함수가 몇 번 불렸는지 확인하는 가짜 객체', expect: '목(Mock)', category: 'paraphrase' },
  { query: '테스트 종류별로 몇 개씩 짜야 하는지 비율', expect: '테스트 피라미드', category: 'paraphrase' },

  // comparison
  {
    query: '목 스텁 차이',
    expect: ['목(Mock)', '스텁(Stub)'],
    category: 'comparison',
    compare: ['목(Mock)', '스텁(Stub)'],
  },
  {
    query: 'unit test vs integration test',
    expect: ['단위 테스트(Unit Test)', '통합 테스트(Intergration Test)'],
    category: 'comparison',
    compare: ['단위 테스트(Unit Test)', '통합 테스트(Intergration Test)'],
  },
  {
    query: '블루그린 배포랑 카나리 배포 차이',
    expect: ['블루-그린 배포(Blue-Green)', '카나리 배포(Canary)'],
    category: 'comparison',
    compare: ['블루-그린 배포(Blue-Green)', '카나리 배포(Canary)'],
  },
  {
    query: 'CI CD 차이점',
    expect: ['지속적 통합(CI)', '지속적 배포(CD)'],
    category: 'comparison',
    compare: ['지속적 통합(CI)', '지속적 배포(CD)'],
  },

  // miss
  { query: '리눅스 파일 권한 chmod', expect: null, category: 'miss' },
  { query: '데이터베이스 정규화', expect: null, category: 'miss' },
  { query: 'CSS 플렉스박스 레이아웃', expect: null, category: 'miss' },

  // miss-shared
  { query: 'JMeter로 부하 테스트 하기', expect: null, category: 'miss-shared' },
  { query: '젠킨스 설치 방법', expect: null, category: 'miss-shared' },
  { query: '테스트용 DB에 시드 데이터 넣기', expect: null, category: 'miss-shared' },
  { query: 'A/B 테스트 실험 설계', expect: null, category: 'miss-shared' },
];
