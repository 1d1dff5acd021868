import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '렌더 트리', expect: '렌더 트리(Render Tree)', category: 'plain' },
  { query: '합성', expect: '합성(Compositing)', category: 'plain' },
  { query: '코드 스플리팅', expect: '코드 스플리팅(Code Splitting)', category: 'plain' },
  { query: '브라우저 캐시', expect: '브라우저 캐시(Cache-Control)', category: 'plain' },

  // particles
  { query: 'DOM이 뭐야', expect: 'DOM과 CSSOM', category: 'particles' },
  { query: '리플로우란', expect: '레이아웃과 리플로우(Reflow)', category: 'particles' },
  { query: '페인트는', expect: '페인트(Paint)', category: 'particles' },
  { query: 'LCP가 뭐임', expect: 'LCP(Largest Contentful Paint)', category: 'particles' },
  { query: '지연 로딩이란', expect: '지연 로딩(Lazy Loading)', category: 'particles' },

  // question
  {
    query: 'script 태그는 왜 body 끝에 둬',
    expect: ['파싱(Parsing)', 'async와 defer'],
    category: 'question',
  },
  {
    query: 'display none이랑 visibility hidden 뭐가 달라',
    expect: '렌더 트리(Render Tree)',
    category: 'question',
  },
  { query: '애니메이션 버벅이면 어떻게 해', expect: '합성(Compositing)', category: 'question' },
  {
    query: '이미지 늦게 떠서 화면 밀리는거 어떻게 막아',
    expect: ['CLS(Cumulative Layout Shift)', '이미지 최적화(Image Optimazation)'],
    category: 'question',
  },
  { query: '검색창 입력할 때마다 요청 가는거 줄이려면', expect: '디바운스(Debouce)', category: 'question' },
  { query: '파일 이름에 해시 왜 붙여', expect: '브라우저 캐시(Cache-Control)', category: 'question' },
  {
    query: '번들 크기 너무 크면 어떻게 해',
    expect: ['코드 스플리팅(Code Splitting)', '번들링과 미니파이(Bundling & Minify)'],
    category: 'question',
  },
  {
    query: 'INP 점수 안 좋으면 뭘 고쳐야 돼',
    expect: 'INP(Interaction to Next Paint)',
    category: 'question',
  },
  {
    query: '반복문에서 offsetWidth 읽으면 왜 느려',
    expect: '레이아웃과 리플로우(Reflow)',
    category: 'question',
  },
  {
    query: '첫 화면 빨리 뜨게 하려면 CSS 어떻게 해',
    expect: '크리티컬 렌더링 패스(Critical Rendring Path)',
    category: 'question',
  },

  // spacing
  { query: '렌더트리', expect: '렌더 트리(Render Tree)', category: 'spacing' },
  { query: '지연로딩', expect: '지연 로딩(Lazy Loading)', category: 'spacing' },
  { query: '이미지최적화', expect: '이미지 최적화(Image Optimazation)', category: 'spacing' },
  {
    query: '크리티컬렌더링패스',
    expect: '크리티컬 렌더링 패스(Critical Rendring Path)',
    category: 'spacing',
  },

  // typo-query
  { query: '리플로어', expect: '레이아웃과 리플로우(Reflow)', category: 'typo-query' },
  { query: '스로들', expect: '스로틀(Throttle)', category: 'typo-query' },
  { query: 'lazy laoding', expect: '지연 로딩(Lazy Loading)', category: 'typo-query' },
  { query: 'cahce control', expect: '브라우저 캐시(Cache-Control)', category: 'typo-query' },
  { query: 'cdoe splitting', expect: '코드 스플리팅(Code Splitting)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'critical rendering path',
    expect: '크리티컬 렌더링 패스(Critical Rendring Path)',
    category: 'typo-notes',
  },
  { query: 'image optimization', expect: '이미지 최적화(Image Optimazation)', category: 'typo-notes' },
  { query: 'debounce', expect: '디바운스(Debouce)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'flvmffhdn', expect: '레이아웃과 리플로우(Reflow)', category: 'keyboard' },
  { query: 'tmfhxmf', expect: '스로틀(Throttle)', category: 'keyboard' },
  { query: 'vpdlsxm', expect: '페인트(Paint)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㄷㅌㄹ', expect: '렌더 트리(Render Tree)', category: 'choseong' },
  { query: 'ㅈㅇㄹㄷ', expect: '지연 로딩(Lazy Loading)', category: 'choseong' },
  { query: 'ㅋㄷㅅㅍㄹㅌ', expect: '코드 스플리팅(Code Splitting)', category: 'choseong' },

  // english-glossary
  { query: 'tree shaking', expect: '번들링과 미니파이(Bundling & Minify)', category: 'english-glossary' },
  { query: 'layout thrashing', expect: '레이아웃과 리플로우(Reflow)', category: 'english-glossary' },
  { query: 'repaint', expect: '페인트(Paint)', category: 'english-glossary' },
  { query: 'dynamic import', expect: '코드 스플리팅(Code Splitting)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'run script after html is parsed', expect: 'async와 defer', category: 'english' },
  { query: 'gpu layers for transform and opacity', expect: '합성(Compositing)', category: 'english' },
  {
    query: 'responsive images with srcset',
    expect: '이미지 최적화(Image Optimazation)',
    category: 'english',
  },
  {
    query: 'time until the biggest element is drawn',
    expect: 'LCP(Largest Contentful Paint)',
    category: 'english',
  },
  { query: 'limit how often a scroll handler runs', expect: '스로틀(Throttle)', category: 'english' },

  // paraphrase
  {
    query: '화면에 안 보이는 이미지는 나중에 불러오기',
    expect: '지연 로딩(Lazy Loading)',
    category: 'paraphrase',
  },
  {
    query: 'HTML이랑 CSS 합쳐서 화면에 그릴 것만 남긴 구조',
    expect: '렌더 트리(Render Tree)',
    category: 'paraphrase',
  },
  { query: '요소 위치랑 크기 계산하는 단계', expect: '레이아웃과 리플로우(Reflow)', category: 'paraphrase' },
  {
    query: '공백이랑 주석 지워서 JS 파일 작게 만들기',
    expect: '번들링과 미니파이(Bundling & Minify)',
    category: 'paraphrase',
  },
  { query: '연속으로 이벤트 들어오면 마지막 것만 실행', expect: '디바운스(Debouce)', category: 'paraphrase' },
  {
    query: '클릭하고 화면이 반응하기까지 걸리는 시간 지표',
    expect: 'INP(Interaction to Next Paint)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '디바운스 스로틀 차이',
    expect: ['디바운스(Debouce)', '스로틀(Throttle)'],
    category: 'comparison',
    compare: ['디바운스(Debouce)', '스로틀(Throttle)'],
  },
  {
    query: '리플로우 리페인트 차이',
    expect: ['레이아웃과 리플로우(Reflow)', '페인트(Paint)'],
    category: 'comparison',
    compare: ['레이아웃과 리플로우(Reflow)', '페인트(Paint)'],
  },
  {
    query: '지연 로딩이랑 코드 스플리팅 뭐가 달라',
    expect: ['지연 로딩(Lazy Loading)', '코드 스플리팅(Code Splitting)'],
    category: 'comparison',
    compare: ['지연 로딩(Lazy Loading)', '코드 스플리팅(Code Splitting)'],
  },
  {
    query: 'LCP CLS 차이',
    expect: ['LCP(Largest Contentful Paint)', 'CLS(Cumulative Layout Shift)'],
    category: 'comparison',
    compare: ['LCP(Largest Contentful Paint)', 'CLS(Cumulative Layout Shift)'],
  },

  // miss
  { query: '리눅스 파일 권한 chmod', expect: null, category: 'miss' },
  { query: 'IPv4 IPv6 차이', expect: null, category: 'miss' },
  { query: '머신러닝 과적합 해결', expect: null, category: 'miss' },

  // miss-shared
  { query: 'CDN 엣지 서버 캐시', expect: null, category: 'miss-shared' },
  { query: '서비스 워커 오프라인 캐시', expect: null, category: 'miss-shared' },
  { query: 'SSR 서버 사이드 렌더링', expect: null, category: 'miss-shared' },
  { query: '가상 DOM 비교 알고리즘', expect: null, category: 'miss-shared' },
];
