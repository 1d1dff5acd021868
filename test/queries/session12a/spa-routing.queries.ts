import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '해시 라우팅', expect: '해시 라우팅(Hash Routing)', category: 'plain' },
  { query: '중첩 라우트', expect: '중첩 라우트(Nested Routes)', category: 'plain' },
  { query: '코드 스플리팅', expect: '코드 스플리팅(Code Splitting)', category: 'plain' },
  { query: '데이터 로더', expect: '데이터 로더(Loader)', category: 'plain' },

  // particles
  { query: '히스토리 API가 뭐야', expect: '히스토리 API(Histroy API)', category: 'particles' },
  { query: '동적 라우트란', expect: '동적 라우트(Dynamic Route)', category: 'particles' },
  { query: '지연 로딩은 뭐임', expect: '지연 로딩(Lazy Loading)', category: 'particles' },
  { query: '리액트 라우터가 뭐야', expect: '리액트 라우터(React Router)', category: 'particles' },
  { query: '라우터 종류는 뭐가 있어', expect: '라우터 종류', category: 'particles' },

  // question
  {
    query: '배포하고 나서 새로고침하면 404 떠요',
    expect: '서버 폴백 설정(Server Fallback)',
    category: 'question',
  },
  {
    query: 'posts/1에서 posts/2로 갔는데 데이터가 안 바뀌어요',
    expect: '동적 라우트(Dynamic Route)',
    category: 'question',
  },
  {
    query: '로그인 안 한 사람 마이페이지 못 들어가게 하려면',
    expect: '라우트 가드(Route Gaurd)',
    category: 'question',
  },
  {
    query: '로그인 끝나면 원래 보던 페이지로 돌려보내려면 어떻게 해',
    expect: '리다이렉트(Redirect)',
    category: 'question',
  },
  {
    query: 'a 태그 쓰면 왜 페이지 전체가 새로고침돼',
    expect: '링크와 내비게이션(Link & Navigaton)',
    category: 'question',
  },
  {
    query: '자식 경로로 들어가도 화면에 아무것도 안 나와요',
    expect: '중첩 라우트(Nested Routes)',
    category: 'question',
  },
  {
    query: '폼 제출 성공하면 목록 페이지로 보내려면 어떻게 해',
    expect: '코드로 페이지 이동',
    category: 'question',
  },
  { query: 'React.lazy 썼는데 에러 나요', expect: '지연 로딩(Lazy Loading)', category: 'question' },
  { query: 'GitHub Pages에 올릴 때 라우터 뭐 써야 해', expect: 'HashRouter', category: 'question' },
  { query: 'page 파라미터 숫자 비교가 이상하게 돼요', expect: '쿼리 문자열 다루기', category: 'question' },

  // spacing
  { query: '서버폴백설정', expect: '서버 폴백 설정(Server Fallback)', category: 'spacing' },
  { query: '싱글페이지 애플리케이션', expect: '싱글 페이지 애플리케이션(SPA)', category: 'spacing' },
  { query: '공통레이아웃', expect: '공통 레이아웃', category: 'spacing' },
  { query: '하위경로 배포', expect: '하위 경로 배포(basename)', category: 'spacing' },

  // typo-query
  { query: '코드 스플리딩', expect: '코드 스플리팅(Code Splitting)', category: 'typo-query' },
  { query: '리다이렉드', expect: '리다이렉트(Redirect)', category: 'typo-query' },
  { query: '해쉬 라우팅', expect: '해시 라우팅(Hash Routing)', category: 'typo-query' },
  { query: 'nested rotues', expect: '중첩 라우트(Nested Routes)', category: 'typo-query' },
  { query: '지연 로당', expect: '지연 로딩(Lazy Loading)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'history api', expect: '히스토리 API(Histroy API)', category: 'typo-notes' },
  { query: 'route guard', expect: '라우트 가드(Route Gaurd)', category: 'typo-notes' },
  { query: 'link navigation', expect: '링크와 내비게이션(Link & Navigaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'gotl fkdnxld', expect: '해시 라우팅(Hash Routing)', category: 'keyboard' },
  { query: 'tmzmfhf qhrdnjs', expect: '스크롤 복원', category: 'keyboard' },
  { query: 'flekdlfprxm', expect: '리다이렉트(Redirect)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㅇㄹㄷ', expect: '지연 로딩(Lazy Loading)', category: 'choseong' },
  { query: 'ㄷㅈㄹㅇㅌ', expect: '동적 라우트(Dynamic Route)', category: 'choseong' },
  { query: 'ㅎㅅㅌㅂㅅㅈ', expect: '호스팅별 설정', category: 'choseong' },

  // english-glossary
  { query: 'programmatic navigation', expect: '코드로 페이지 이동', category: 'english-glossary' },
  { query: 'query string', expect: '쿼리 문자열 다루기', category: 'english-glossary' },
  { query: 'scroll restoration', expect: '스크롤 복원', category: 'english-glossary' },
  { query: 'browser back button', expect: '뒤로 가기와 앞으로 가기', category: 'english-glossary' },

  // english
  { query: 'fetch data before the component renders', expect: '데이터 로더(Loader)', category: 'english' },
  { query: 'catch-all route for unknown paths', expect: '404 처리(Not Found)', category: 'english' },
  {
    query: 'rewrite every unknown path to index.html on the server',
    expect: '서버 폴백 설정(Server Fallback)',
    category: 'english',
  },
  { query: 'read url parameter like post id', expect: '동적 라우트(Dynamic Route)', category: 'english' },
  { query: 'deploy the app under a subfolder', expect: '하위 경로 배포(basename)', category: 'english' },

  // paraphrase
  {
    query: '처음에 HTML 한 번만 받고 그다음부터는 JS가 화면 갈아끼우는 웹앱',
    expect: '싱글 페이지 애플리케이션(SPA)',
    category: 'paraphrase',
  },
  {
    query: '주소 뒤에 샵 기호 붙여서 경로 표현하는 방식',
    expect: '해시 라우팅(Hash Routing)',
    category: 'paraphrase',
  },
  {
    query: '들어가는 화면에 필요한 JS 조각만 나눠서 받기',
    expect: '코드 스플리팅(Code Splitting)',
    category: 'paraphrase',
  },
  {
    query: '권한 없는 사용자면 막고 로그인 화면으로 튕겨내는 감싸는 컴포넌트',
    expect: '라우트 가드(Route Gaurd)',
    category: 'paraphrase',
  },
  {
    query: '헤더 사이드바 푸터처럼 매 화면 반복되는 부분 한 곳에 묶기',
    expect: '공통 레이아웃',
    category: 'paraphrase',
  },
  {
    query: '주소창은 안 건드리고 이동 기록을 메모리에만 두는 테스트용',
    expect: 'MemoryRouter',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '서버 사이드 라우팅 vs 클라이언트 사이드 라우팅',
    expect: ['서버 사이드 라우팅(Server-side Routing)', '클라이언트 사이드 라우팅(Client-side Routing)'],
    category: 'comparison',
    compare: ['서버 사이드 라우팅(Server-side Routing)', '클라이언트 사이드 라우팅(Client-side Routing)'],
  },
  {
    query: 'BrowserRouter랑 HashRouter 차이',
    expect: ['BrowserRouter', 'HashRouter'],
    category: 'comparison',
    compare: ['BrowserRouter', 'HashRouter'],
  },
  {
    query: '히스토리 API 방식이랑 해시 라우팅 차이',
    expect: ['히스토리 API(Histroy API)', '해시 라우팅(Hash Routing)'],
    category: 'comparison',
    compare: ['히스토리 API(Histroy API)', '해시 라우팅(Hash Routing)'],
  },
  {
    query: '코드 스플리팅이랑 지연 로딩 차이',
    expect: ['코드 스플리팅(Code Splitting)', '지연 로딩(Lazy Loading)'],
    category: 'comparison',
    compare: ['코드 스플리팅(Code Splitting)', '지연 로딩(Lazy Loading)'],
  },

  // miss
  { query: '삼겹살 굽는 적당한 온도', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절 요령', expect: null, category: 'miss' },
  { query: '피아노 페달 밟는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Next.js 서버 컴포넌트 데이터 패칭', expect: null, category: 'miss-shared' },
  { query: 'Redux 전역 상태 관리', expect: null, category: 'miss-shared' },
  { query: 'OSPF 네트워크 라우팅 프로토콜', expect: null, category: 'miss-shared' },
  { query: 'Express 미들웨어 에러 핸들러', expect: null, category: 'miss-shared' },
];
