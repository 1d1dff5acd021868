import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '트리 셰이킹', expect: '트리 셰이킹(Tree Shaking)', category: 'plain' },
  { query: '소스 맵', expect: '소스 맵(Source Map)', category: 'plain' },
  { query: '로더', expect: '로더(Loader)', category: 'plain' },
  { query: '환경 변수', expect: '환경 변수(Enviroment Variables)', category: 'plain' },

  // particles
  { query: '번들러가 뭐야', expect: '번들러(Bundler)', category: 'particles' },
  { query: '바벨이란', expect: '바벨(Babel)', category: 'particles' },
  { query: '폴리필은 뭐임', expect: '폴리필', category: 'particles' },
  { query: '에셋 모듈이 뭐야', expect: '에셋 모듈(Asset Modules)', category: 'particles' },
  { query: '의존성 그래프란', expect: '의존성 그래프', category: 'particles' },

  // question
  { query: 'css-loader style-loader 순서 왜 거꾸로 써', expect: '로더(Loader)', category: 'question' },
  {
    query: 'lodash 함수 하나 썼는데 번들 왜 이렇게 커',
    expect: '트리 셰이킹(Tree Shaking)',
    category: 'question',
  },
  {
    query: 'sideEffects false 했더니 CSS가 사라졌어요',
    expect: '사이드 이펙트(sideEffects)',
    category: 'question',
  },
  {
    query: '배포한 코드에서 에러 위치 원래 파일로 보려면',
    expect: '소스 맵(Source Map)',
    category: 'question',
  },
  {
    query: 'Vite 개발 서버는 왜 이렇게 빨라',
    expect: 'Vite 동작 원리(How Vite Works)',
    category: 'question',
  },
  { query: '모달 열 때만 차트 라이브러리 불러오려면 어떻게 해', expect: '동적 임포트', category: 'question' },
  {
    query: '코드 고쳤는데 입력한 폼 값 안 날아가게 하려면',
    expect: '핫 모듈 교체(HMR)',
    category: 'question',
  },
  { query: 'Promise가 구형 브라우저에서 안 돼요', expect: '폴리필', category: 'question' },
  {
    query: 'VITE_ 안 붙인 env 값이 undefined 나와요',
    expect: '환경 변수(Enviroment Variables)',
    category: 'question',
  },
  {
    query: '어떤 패키지가 번들 용량 제일 많이 먹는지 보려면',
    expect: '번들 분석(Bundle Analyzer)',
    category: 'question',
  },

  // spacing
  { query: '트리셰이킹', expect: '트리 셰이킹(Tree Shaking)', category: 'spacing' },
  { query: '코드분할', expect: '코드 분할(Code Spliting)', category: 'spacing' },
  { query: '핫모듈교체', expect: '핫 모듈 교체(HMR)', category: 'spacing' },
  { query: '소스맵', expect: '소스 맵(Source Map)', category: 'spacing' },

  // typo-query
  { query: '번둘러', expect: '번들러(Bundler)', category: 'typo-query' },
  { query: '트리 쉐이킹', expect: '트리 셰이킹(Tree Shaking)', category: 'typo-query' },
  { query: '풀리필', expect: '폴리필', category: 'typo-query' },
  { query: 'esbulid', expect: 'esbuild와 Rollup(esbuild & Rollup)', category: 'typo-query' },
  { query: '소스 멥', expect: '소스 맵(Source Map)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'environment variables', expect: '환경 변수(Enviroment Variables)', category: 'typo-notes' },
  { query: 'code splitting', expect: '코드 분할(Code Spliting)', category: 'typo-notes' },
  { query: 'minification', expect: '코드 압축(Minifcation)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qjsemffj', expect: '번들러(Bundler)', category: 'keyboard' },
  { query: 'vhfflvlf', expect: '폴리필', category: 'keyboard' },
  { query: 'qkqpf', expect: '바벨(Babel)', category: 'keyboard' },

  // choseong
  { query: 'ㅌㄹㅅㅇㅋ', expect: '트리 셰이킹(Tree Shaking)', category: 'choseong' },
  { query: 'ㄷㅈㅇㅍㅌ', expect: '동적 임포트', category: 'choseong' },
  { query: 'ㅇㅈㅅㄱㄹㅍ', expect: '의존성 그래프', category: 'choseong' },

  // english-glossary
  { query: 'dependency graph', expect: '의존성 그래프', category: 'english-glossary' },
  { query: 'hot module replacement', expect: '핫 모듈 교체(HMR)', category: 'english-glossary' },
  { query: 'dynamic import', expect: '동적 임포트', category: 'english-glossary' },
  { query: 'polyfill', expect: '폴리필', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'transform JSX into older JavaScript', expect: '바벨(Babel)', category: 'english' },
  {
    query: 'split vendor chunk out of node_modules',
    expect: '코드 분할(Code Spliting)',
    category: 'english',
  },
  { query: 'map minified code back to original lines', expect: '소스 맵(Source Map)', category: 'english' },
  {
    query: 'remove unused exports from the bundle',
    expect: '트리 셰이킹(Tree Shaking)',
    category: 'english',
  },
  {
    query: 'generate html file with script tags automatically',
    expect: '플러그인(Plugin)',
    category: 'english',
  },

  // paraphrase
  {
    query: '여러 JS 파일을 브라우저용으로 몇 개로 묶어주는 도구',
    expect: '번들러(Bundler)',
    category: 'paraphrase',
  },
  {
    query: '모듈 import만 해도 전역 상태 바꾸는 코드가 실행되는 것',
    expect: '사이드 이펙트(sideEffects)',
    category: 'paraphrase',
  },
  {
    query: '변수 이름 짧게 바꾸고 공백 주석 없애서 용량 줄이기',
    expect: '코드 압축(Minifcation)',
    category: 'paraphrase',
  },
  {
    query: '최신 문법을 옛날 브라우저용 문법으로 바꿔주는 변환기',
    expect: '바벨(Babel)',
    category: 'paraphrase',
  },
  {
    query: '빌드 시작점 파일이랑 결과물 파일 이름 정하는 설정',
    expect: '엔트리와 아웃풋(Entry & Output)',
    category: 'paraphrase',
  },
  {
    query: '이미지 폰트를 파일로 복사하거나 base64로 코드에 박는 webpack 5 내장 기능',
    expect: '에셋 모듈(Asset Modules)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'CommonJS vs ESM',
    expect: ['CommonJS', 'ES 모듈(ESM)'],
    category: 'comparison',
    compare: ['CommonJS', 'ES 모듈(ESM)'],
  },
  {
    query: '로더랑 플러그인 차이',
    expect: ['로더(Loader)', '플러그인(Plugin)'],
    category: 'comparison',
    compare: ['로더(Loader)', '플러그인(Plugin)'],
  },
  {
    query: 'development production 모드 차이',
    expect: ['development', 'production'],
    category: 'comparison',
    compare: ['development', 'production'],
  },
  {
    query: '트리 셰이킹이랑 코드 분할 뭐가 달라',
    expect: ['트리 셰이킹(Tree Shaking)', '코드 분할(Code Spliting)'],
    category: 'comparison',
    compare: ['트리 셰이킹(Tree Shaking)', '코드 분할(Code Spliting)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '파스타 알단테 삶는 시간', expect: null, category: 'miss' },
  { query: '임진왜란 해전 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Docker 이미지 멀티 스테이지 빌드', expect: null, category: 'miss-shared' },
  { query: 'Gradle 멀티 모듈 빌드 설정', expect: null, category: 'miss-shared' },
  { query: 'ESLint 규칙 플러그인 만들기', expect: null, category: 'miss-shared' },
  { query: '허프만 코딩 압축 알고리즘', expect: null, category: 'miss-shared' },
];
