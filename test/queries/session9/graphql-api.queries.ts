import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '리졸버', expect: '리졸버(Resolver)', category: 'plain' },
  { query: '프래그먼트', expect: '프래그먼트(Fragment)', category: 'plain' },
  { query: '인트로스펙션', expect: '인트로스펙션', category: 'plain' },
  { query: '정규화 캐시', expect: '정규화 캐시', category: 'plain' },

  // particles
  { query: '뮤테이션이 뭐야', expect: '뮤테이션(Mutation)', category: 'particles' },
  { query: '스칼라 타입이란', expect: '스칼라 타입(Scalar Type)', category: 'particles' },
  { query: '데이터로더는 뭐임', expect: '데이터로더(DataLoder)', category: 'particles' },
  { query: '아폴로 클라이언트가 뭐야', expect: '아폴로 클라이언트(Apollo Client)', category: 'particles' },
  { query: '입력 타입은 언제 써', expect: '입력 타입(Input Type)', category: 'particles' },

  // question
  {
    query: '게시글마다 작성자 조회하니까 DB 쿼리가 너무 많이 나가요',
    expect: 'N+1 문제(N+1 Problem)',
    category: 'question',
  },
  { query: 'DataLoader 배치 함수는 뭘 리턴해야 돼', expect: '데이터로더(DataLoder)', category: 'question' },
  { query: 'mutation 응답에 id 안 넣었더니 화면이 안 바뀌어요', expect: '정규화 캐시', category: 'question' },
  {
    query: '채팅 메시지 실시간으로 받으려면 어떻게 해',
    expect: '서브스크립션(Subscripton)',
    category: 'question',
  },
  { query: '같은 필드를 인자만 다르게 두 번 조회하려면', expect: '쿼리(Query)', category: 'question' },
  {
    query: '느낌표 붙인 필드에서 에러 나면 응답이 통째로 null 돼요',
    expect: '논널과 리스트(Non-Null & List)',
    category: 'question',
  },
  {
    query: 'REST 대신 GraphQL 언제 쓰는 게 좋아',
    expect: 'REST와 비교(GraphQL vs REST)',
    category: 'question',
  },
  { query: '운영 서버에서 스키마 구조 노출 안 되게 하려면', expect: '인트로스펙션', category: 'question' },
  {
    query: 'friends 무한 중첩 쿼리로 서버 터지는 거 막으려면',
    expect: '쿼리 깊이 제한',
    category: 'question',
  },
  { query: '에러 났는데 왜 HTTP 200으로 와', expect: '아폴로 서버(Apollo Server)', category: 'question' },

  // spacing
  { query: '스키마정의언어', expect: '스키마 정의 언어(SDL)', category: 'spacing' },
  { query: '쿼리깊이제한', expect: '쿼리 깊이 제한', category: 'spacing' },
  { query: '아폴로서버', expect: '아폴로 서버(Apollo Server)', category: 'spacing' },
  { query: '유니온타입', expect: '유니온 타입(Union Type)', category: 'spacing' },

  // typo-query
  { query: '리졸바', expect: '리졸버(Resolver)', category: 'typo-query' },
  { query: '뮤태이션', expect: '뮤테이션(Mutation)', category: 'typo-query' },
  { query: '프레그먼트', expect: '프래그먼트(Fragment)', category: 'typo-query' },
  { query: '인터패이스', expect: '인터페이스(Interface)', category: 'typo-query' },
  { query: '페이지내이션', expect: '페이지네이션(Paginaton)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'subscription', expect: '서브스크립션(Subscripton)', category: 'typo-notes' },
  { query: 'dataloader', expect: '데이터로더(DataLoder)', category: 'typo-notes' },
  { query: 'pagination', expect: '페이지네이션(Paginaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'flwhfqj', expect: '리졸버(Resolver)', category: 'keyboard' },
  { query: 'abxpdltus', expect: '뮤테이션(Mutation)', category: 'keyboard' },
  { query: 'tmzkffk', expect: '스칼라 타입(Scalar Type)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅌㄹㅅㅍㅅ', expect: '인트로스펙션', category: 'choseong' },
  { query: 'ㅈㄱㅎㅋㅅ', expect: '정규화 캐시', category: 'choseong' },
  { query: 'ㄷㅇㅌㄹㄷ', expect: '데이터로더(DataLoder)', category: 'choseong' },

  // english-glossary
  { query: 'introspection', expect: '인트로스펙션', category: 'english-glossary' },
  { query: 'normalized cache', expect: '정규화 캐시', category: 'english-glossary' },
  { query: 'query depth limit', expect: '쿼리 깊이 제한', category: 'english-glossary' },
  { query: 'over-fetching', expect: '오버페칭', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'function that returns the value for each schema field',
    expect: '리졸버(Resolver)',
    category: 'english',
  },
  {
    query: 'batch and cache database lookups per request',
    expect: '데이터로더(DataLoder)',
    category: 'english',
  },
  {
    query: 'real-time updates pushed over websocket',
    expect: '서브스크립션(Subscripton)',
    category: 'english',
  },
  {
    query: 'reusable set of fields spread into queries',
    expect: '프래그먼트(Fragment)',
    category: 'english',
  },
  {
    query: 'pass dynamic arguments separately from the query string',
    expect: '변수(Variables)',
    category: 'english',
  },

  // paraphrase
  { query: '화면에 필요 없는 데이터까지 잔뜩 받아오는 문제', expect: '오버페칭', category: 'paraphrase' },
  {
    query: '공통 필드 없는 여러 타입 중 하나를 돌려주는 결과',
    expect: '유니온 타입(Union Type)',
    category: 'paraphrase',
  },
  {
    query: '서버가 어떤 데이터 모양을 주는지 적어둔 계약서',
    expect: '스키마 정의 언어(SDL)',
    category: 'paraphrase',
  },
  {
    query: '응답 객체를 타입명과 아이디로 쪼개서 한 곳에 저장',
    expect: '정규화 캐시',
    category: 'paraphrase',
  },
  {
    query: '마지막으로 본 항목 기준으로 다음 목록 이어서 불러오기',
    expect: '커서 방식(Cursor)',
    category: 'paraphrase',
  },
  {
    query: '서버 데이터를 바꾸는 요청 여러 개가 차례대로 실행됨',
    expect: '뮤테이션(Mutation)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '오버페칭 언더페칭 차이',
    expect: ['오버페칭', '언더페칭'],
    category: 'comparison',
    compare: ['오버페칭', '언더페칭'],
  },
  {
    query: 'query랑 mutation 차이',
    expect: ['쿼리(Query)', '뮤테이션(Mutation)'],
    category: 'comparison',
    compare: ['쿼리(Query)', '뮤테이션(Mutation)'],
  },
  {
    query: '오프셋 vs 커서 페이지네이션',
    expect: ['오프셋 방식(Offset)', '커서 방식(Cursor)'],
    category: 'comparison',
    compare: ['오프셋 방식(Offset)', '커서 방식(Cursor)'],
  },
  {
    query: '인터페이스랑 유니온 뭐가 달라',
    expect: ['인터페이스(Interface)', '유니온 타입(Union Type)'],
    category: 'comparison',
    compare: ['인터페이스(Interface)', '유니온 타입(Union Type)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습 방법', expect: null, category: 'miss' },
  { query: '임진왜란 주요 전투 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Apollo Federation 서브그래프 게이트웨이 구성', expect: null, category: 'miss-shared' },
  { query: 'gRPC 프로토콜 버퍼 스키마 작성', expect: null, category: 'miss-shared' },
  { query: 'REST API HATEOAS 링크 설계', expect: null, category: 'miss-shared' },
  { query: 'SQL 조인 쿼리 인덱스 튜닝', expect: null, category: 'miss-shared' },
];
