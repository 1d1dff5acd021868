import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '서버 액션', expect: '서버 액션(Server Actions)', category: 'plain' },
  { query: '파일 기반 라우팅', expect: '파일 기반 라우팅(File-based Routing)', category: 'plain' },
  { query: '검색 엔진 최적화', expect: '검색 엔진 최적화(SEO)', category: 'plain' },
  { query: '메타데이터', expect: '메타데이터(Metadata API)', category: 'plain' },

  // particles
  { query: '하이드레이션이 뭐야', expect: '하이드레이션(Hydraton)', category: 'particles' },
  { query: '미들웨어란', expect: '미들웨어(Midleware)', category: 'particles' },
  {
    query: '클라이언트 컴포넌트가 뭐야',
    expect: '클라이언트 컴포넌트(Client Component)',
    category: 'particles',
  },
  { query: '정적 사이트 생성이란', expect: '정적 사이트 생성(SSG)', category: 'particles' },
  { query: '증분 정적 재생성은 뭐임', expect: '증분 정적 재생성(ISR)', category: 'particles' },

  // question
  {
    query: '서버랑 브라우저 렌더링 결과 달라서 경고 떠요',
    expect: '하이드레이션 불일치',
    category: 'question',
  },
  { query: 'getStaticPaths에 없는 경로 들어오면 어떻게 돼', expect: 'fallback 옵션', category: 'question' },
  {
    query: '서버 컴포넌트에서 useState 왜 안 돼',
    expect: '서버 컴포넌트(Server Component)',
    category: 'question',
  },
  {
    query: '폼 제출을 API 라우트 없이 처리하려면',
    expect: '서버 액션(Server Actions)',
    category: 'question',
  },
  {
    query: '로그인 안 했으면 페이지 들어가기 전에 리다이렉트 하려면',
    expect: '미들웨어(Midleware)',
    category: 'question',
  },
  {
    query: '글 수정하자마자 캐시 날리려면 어떻게 해',
    expect: '온디맨드 재검증(On-demand)',
    category: 'question',
  },
  { query: '느린 컴포넌트 하나 때문에 화면 전체가 늦게 나와요', expect: '스트리밍', category: 'question' },
  {
    query: 'error.tsx 왜 use client 붙여야 돼',
    expect: '로딩과 에러 처리(Loading & Error)',
    category: 'question',
  },
  { query: '페이지 이동할 때 헤더 상태 유지되게 하려면', expect: '레이아웃(Layuot)', category: 'question' },
  {
    query: 'CSR 하면 처음에 하얀 화면 오래 보이는 이유',
    expect: '클라이언트 사이드 렌더링(CSR)',
    category: 'question',
  },

  // spacing
  { query: '서버사이드렌더링', expect: '서버 사이드 렌더링(SSR)', category: 'spacing' },
  { query: '증분정적재생성', expect: '증분 정적 재생성(ISR)', category: 'spacing' },
  { query: '클라이언트데이터패칭', expect: '클라이언트 데이터 패칭(SWR)', category: 'spacing' },
  { query: '검색엔진 최적화', expect: '검색 엔진 최적화(SEO)', category: 'spacing' },

  // typo-query
  { query: '하이드레이숀', expect: '하이드레이션(Hydraton)', category: 'typo-query' },
  { query: '미들웨워', expect: '미들웨어(Midleware)', category: 'typo-query' },
  { query: 'getStaticPrpos', expect: 'getStaticProps', category: 'typo-query' },
  { query: '서버 컴퍼넌트', expect: '서버 컴포넌트(Server Component)', category: 'typo-query' },
  { query: '메타대이터', expect: '메타데이터(Metadata API)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'hydration', expect: '하이드레이션(Hydraton)', category: 'typo-notes' },
  { query: 'layout', expect: '레이아웃(Layuot)', category: 'typo-notes' },
  { query: 'middleware', expect: '미들웨어(Midleware)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'fpdldkdnt', expect: '레이아웃(Layuot)', category: 'keyboard' },
  { query: 'tmxmflald', expect: '스트리밍', category: 'keyboard' },
  { query: 'alemfdnpdj', expect: '미들웨어(Midleware)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㅇㄷㄹㅇㅅ', expect: '하이드레이션(Hydraton)', category: 'choseong' },
  { query: 'ㄷㅈㅅㄱㅁㅌ', expect: '동적 세그먼트', category: 'choseong' },
  { query: 'ㅅㅂㅇㅅ', expect: '서버 액션(Server Actions)', category: 'choseong' },

  // english-glossary
  { query: 'streaming', expect: '스트리밍', category: 'english-glossary' },
  { query: 'dynamic segment', expect: '동적 세그먼트', category: 'english-glossary' },
  { query: 'image optimization', expect: '이미지 최적화', category: 'english-glossary' },
  { query: 'incremental static regeneration', expect: '증분 정적 재생성(ISR)', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'render the page on the server for every request',
    expect: '서버 사이드 렌더링(SSR)',
    category: 'english',
  },
  {
    query: 'fetch data on each request in the pages router',
    expect: 'getServerSideProps',
    category: 'english',
  },
  { query: 'opt out of caching for a fetch call', expect: 'no-store', category: 'english' },
  {
    query: 'generate sitemap and robots rules for crawlers',
    expect: '검색 엔진 최적화(SEO)',
    category: 'english',
  },
  {
    query: 'mark a file as client side with a directive',
    expect: '클라이언트 컴포넌트(Client Component)',
    category: 'english',
  },

  // paraphrase
  {
    query: '빌드할 때 HTML 미리 다 만들어서 CDN에 올려두는 방식',
    expect: '정적 사이트 생성(SSG)',
    category: 'paraphrase',
  },
  {
    query: '미리 만든 페이지를 정해진 시간마다 뒤에서 새로 만들어 바꿔치기',
    expect: '증분 정적 재생성(ISR)',
    category: 'paraphrase',
  },
  {
    query: '폴더 구조가 그대로 주소가 되는 규칙',
    expect: '파일 기반 라우팅(File-based Routing)',
    category: 'paraphrase',
  },
  {
    query: '브라우저에서 값 가져올 때 저장된 값 먼저 보여주고 뒤에서 다시 요청하는 훅',
    expect: '클라이언트 데이터 패칭(SWR)',
    category: 'paraphrase',
  },
  {
    query: '한 번 받아온 응답을 보관해두고 다음에도 그대로 꺼내 쓰는 설정',
    expect: 'force-cache',
    category: 'paraphrase',
  },
  {
    query: '사진을 WebP로 바꾸고 화면 크기별로 줄여주는 컴포넌트',
    expect: '이미지 최적화',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'CSR vs SSR 차이',
    expect: ['클라이언트 사이드 렌더링(CSR)', '서버 사이드 렌더링(SSR)'],
    category: 'comparison',
    compare: ['클라이언트 사이드 렌더링(CSR)', '서버 사이드 렌더링(SSR)'],
  },
  {
    query: 'getStaticProps getServerSideProps 차이',
    expect: ['getStaticProps', 'getServerSideProps'],
    category: 'comparison',
    compare: ['getStaticProps', 'getServerSideProps'],
  },
  {
    query: '서버 컴포넌트랑 클라이언트 컴포넌트 차이',
    expect: ['서버 컴포넌트(Server Component)', '클라이언트 컴포넌트(Client Component)'],
    category: 'comparison',
    compare: ['서버 컴포넌트(Server Component)', '클라이언트 컴포넌트(Client Component)'],
  },
  {
    query: 'force-cache랑 no-store 뭐가 달라',
    expect: ['force-cache', 'no-store'],
    category: 'comparison',
    compare: ['force-cache', 'no-store'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Redis 캐시 만료 정책 LRU', expect: null, category: 'miss-shared' },
  { query: 'Nginx 리버스 프록시 서버 설정', expect: null, category: 'miss-shared' },
  { query: 'WebGL로 3D 렌더링하기', expect: null, category: 'miss-shared' },
  { query: 'Angular 의존성 주입 컴포넌트', expect: null, category: 'miss-shared' },
];
