import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '리듀서', expect: '리듀서(Reducer)', category: 'plain' },
  { query: '쿼리 키', expect: '쿼리 키(Query Key)', category: 'plain' },
  { query: '뮤테이션', expect: '뮤테이션(Mutation)', category: 'plain' },
  { query: '전역 상태', expect: '전역 상태(Global State)', category: 'plain' },

  // particles
  { query: '불변성이 뭐야', expect: '불변성(Immutablity)', category: 'particles' },
  { query: '주스탠드란', expect: '주스탠드(Zustand)', category: 'particles' },
  { query: '미들웨어는 뭐임', expect: '미들웨어(Midleware)', category: 'particles' },
  { query: '스토어가 뭐야', expect: '스토어(Store)', category: 'particles' },
  { query: '리액트 쿼리란', expect: '리액트 쿼리(React Query)', category: 'particles' },

  // question
  {
    query: 'state 배열에 push 했는데 화면이 안 바뀌어요',
    expect: '불변성(Immutablity)',
    category: 'question',
  },
  {
    query: 'Provider value 바뀌면 왜 전부 리렌더링 돼',
    expect: '컨텍스트의 한계(Limitations)',
    category: 'question',
  },
  {
    query: 'redux에서 API 호출 같은 비동기는 어디서 해',
    expect: '리덕스 썽크(Redux Thunk)',
    category: 'question',
  },
  { query: 'reducer 안에서 Math.random 써도 돼?', expect: '리듀서(Reducer)', category: 'question' },
  {
    query: '좋아요 누르면 서버 응답 전에 바로 바뀌게 하려면',
    expect: '낙관적 업데이트',
    category: 'question',
  },
  { query: '다른 탭 갔다 오면 왜 자꾸 다시 요청 보내', expect: '재검증(Revalidation)', category: 'question' },
  {
    query: '글 작성하고 나서 목록 새로 불러오려면 어떻게 해',
    expect: '뮤테이션(Mutation)',
    category: 'question',
  },
  {
    query: '형제 컴포넌트끼리 같은 값 공유하려면 어떻게 해',
    expect: '상태 끌어올리기',
    category: 'question',
  },
  {
    query: 'redux 보일러플레이트 너무 긴데 줄이는 법',
    expect: '리덕스 툴킷(Redux Toolkit)',
    category: 'question',
  },
  { query: 'staleTime 기본값 몇이야', expect: 'staleTime', category: 'question' },

  // spacing
  { query: '프롭스드릴링', expect: '프롭스 드릴링(Props Driling)', category: 'spacing' },
  { query: '단방향데이터흐름', expect: '단방향 데이터 흐름', category: 'spacing' },
  { query: '리덕스썽크', expect: '리덕스 썽크(Redux Thunk)', category: 'spacing' },
  { query: '상태끌어 올리기', expect: '상태 끌어올리기', category: 'spacing' },

  // typo-query
  { query: '주스텐드', expect: '주스탠드(Zustand)', category: 'typo-query' },
  { query: '리듀셔', expect: '리듀서(Reducer)', category: 'typo-query' },
  { query: 'recat query', expect: '리액트 쿼리(React Query)', category: 'typo-query' },
  { query: '뮤태이션', expect: '뮤테이션(Mutation)', category: 'typo-query' },
  { query: '미들웨여', expect: '미들웨어(Midleware)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'props drilling', expect: '프롭스 드릴링(Props Driling)', category: 'typo-notes' },
  { query: 'immutability', expect: '불변성(Immutablity)', category: 'typo-notes' },
  { query: 'middleware', expect: '미들웨어(Midleware)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qnfqustjd', expect: '불변성(Immutablity)', category: 'keyboard' },
  { query: 'flebtj', expect: '리듀서(Reducer)', category: 'keyboard' },
  { query: 'abxpdltus', expect: '뮤테이션(Mutation)', category: 'keyboard' },

  // choseong
  { query: 'ㅍㄹㅅㄷㄹㄹ', expect: '프롭스 드릴링(Props Driling)', category: 'choseong' },
  { query: 'ㄴㄱㅈㅇㄷㅇㅌ', expect: '낙관적 업데이트', category: 'choseong' },
  { query: 'ㅈㅇㅅㅌ', expect: '전역 상태(Global State)', category: 'choseong' },

  // english-glossary
  { query: 'lifting state up', expect: '상태 끌어올리기', category: 'english-glossary' },
  { query: 'unidirectional data flow', expect: '단방향 데이터 흐름', category: 'english-glossary' },
  { query: 'optimistic update', expect: '낙관적 업데이트', category: 'english-glossary' },
  { query: 'atomic state', expect: '원자 단위 상태', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'share a value deep in the tree without passing props',
    expect: '컨텍스트 API(Context API)',
    category: 'english',
  },
  {
    query: 'plain object describing what happened with a type field',
    expect: '액션(Action)',
    category: 'english',
  },
  {
    query: 'array key that identifies cached data in useQuery',
    expect: '쿼리 키(Query Key)',
    category: 'english',
  },
  { query: 'how long an unused query stays in memory', expect: 'gcTime', category: 'english' },
  {
    query: 'dispatch a function instead of an object for async requests',
    expect: '리덕스 썽크(Redux Thunk)',
    category: 'english',
  },

  // paraphrase
  {
    query: '원본은 백엔드에 있고 화면엔 빌려온 복사본만 있는 데이터',
    expect: '서버 상태(Server State)',
    category: 'paraphrase',
  },
  {
    query: '앱 전체 데이터를 담아두는 단 하나의 저장소 객체',
    expect: '스토어(Store)',
    category: 'paraphrase',
  },
  {
    query: '상태 바꾸는 분기 로직을 한 함수에 모으는 리액트 기본 기능, dispatch로 호출',
    expect: 'useReducer 훅(useReducer)',
    category: 'paraphrase',
  },
  {
    query: '액션이 리듀서에 닿기 전에 중간에서 가로채는 단계',
    expect: '미들웨어(Midleware)',
    category: 'paraphrase',
  },
  {
    query: 'Provider 없이 훅 하나로 만드는 작고 간단한 저장소 라이브러리',
    expect: '주스탠드(Zustand)',
    category: 'paraphrase',
  },
  { query: '한 컴포넌트 안에서만 쓰이는 값', expect: '로컬 상태(Local State)', category: 'paraphrase' },

  // comparison
  {
    query: '로컬 상태 vs 전역 상태',
    expect: ['로컬 상태(Local State)', '전역 상태(Global State)'],
    category: 'comparison',
    compare: ['로컬 상태(Local State)', '전역 상태(Global State)'],
  },
  {
    query: '클라이언트 상태랑 서버 상태 차이',
    expect: ['클라이언트 상태(Client State)', '서버 상태(Server State)'],
    category: 'comparison',
    compare: ['클라이언트 상태(Client State)', '서버 상태(Server State)'],
  },
  {
    query: 'staleTime gcTime 차이',
    expect: ['staleTime', 'gcTime'],
    category: 'comparison',
    compare: ['staleTime', 'gcTime'],
  },
  {
    query: '리덕스 툴킷이랑 주스탠드 뭐가 달라',
    expect: ['리덕스 툴킷(Redux Toolkit)', '주스탠드(Zustand)'],
    category: 'comparison',
    compare: ['리덕스 툴킷(Redux Toolkit)', '주스탠드(Zustand)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '배추김치 절이는 법', expect: null, category: 'miss' },
  { query: '슈뢰딩거 방정식 풀이', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Vue Pinia 스토어 만들기', expect: null, category: 'miss-shared' },
  { query: 'MobX observable 상태 관리', expect: null, category: 'miss-shared' },
  { query: 'XState 상태 머신 전이 정의', expect: null, category: 'miss-shared' },
  { query: 'Apollo Client GraphQL 캐시 설정', expect: null, category: 'miss-shared' },
];
