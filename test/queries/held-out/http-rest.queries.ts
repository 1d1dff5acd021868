import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '멱등성', expect: '멱등성(Idempotency)', category: 'plain' },
  { query: 'JWT', expect: 'JWT(JSON Web Token)', category: 'plain' },
  { query: '쿼리 스트링', expect: '쿼리 스트링(Query String)', category: 'plain' },
  { query: 'URI 설계', expect: 'URI 설계 규칙', category: 'plain' },

  // particles
  { query: '멱등성이 뭐야', expect: '멱등성(Idempotency)', category: 'particles' },
  { query: '무상태가 무슨 뜻이야', expect: '무상태(Stateless)', category: 'particles' },
  { query: '오프셋 방식의 단점', expect: '오프셋 방식', category: 'particles' },
  { query: 'JWT의 구조를 알려줘', expect: 'JWT(JSON Web Token)', category: 'particles' },
  { query: '캐싱 헤더를 정리해줘', expect: '캐싱 헤더', category: 'particles' },

  // question
  { query: '리프레시 토큰은 왜 쓰나요', expect: '액세스 토큰과 리프레시 토큰', category: 'question' },
  { query: 'API 버전은 어떻게 관리해요', expect: 'API 버전 관리', category: 'question' },
  {
    query: '304 응답은 언제 와요',
    expect: ['ETag와 조건부 요청', '2xx 성공과 3xx 리다이렉션'],
    category: 'question',
  },
  { query: 'JWT에 비밀번호 넣으면 안 되는 이유', expect: 'JWT(JSON Web Token)', category: 'question' },
  { query: '커서 페이지네이션은 어디에 쓰여요', expect: '커서 방식', category: 'question' },
  { query: '에러 응답은 어떤 형식으로 줘야 해', expect: 'JSON 응답 형식', category: 'question' },
  { query: '세션 인증은 서버가 여러 대면 어떻게 돼', expect: '세션 기반 인증', category: 'question' },
  { query: 'URI에 동사 넣으면 안 되나요', expect: 'URI 설계 규칙', category: 'question' },
  { query: '401이랑 403은 뭐가 달라', expect: '4xx 클라이언트 오류', category: 'question' },
  { query: 'no-store는 언제 써요', expect: '캐싱 헤더', category: 'question' },

  // spacing
  { query: '상태코드종류', expect: '상태 코드(Status Code)', category: 'spacing' },
  { query: '요청바디', expect: '요청 바디(Request Body)', category: 'spacing' },
  { query: '액세스토큰만료시간', expect: '액세스 토큰과 리프레시 토큰', category: 'spacing' },
  { query: '캐싱헤더', expect: '캐싱 헤더', category: 'spacing' },
  { query: 'uri설계규칙', expect: 'URI 설계 규칙', category: 'spacing' },

  // typo-query
  { query: '멱등셩', expect: '멱등성(Idempotency)', category: 'typo-query' },
  { query: '패이지네이션', expect: '페이지내이션(Pagination)', category: 'typo-query' },
  { query: 'idempotancy', expect: '멱등성(Idempotency)', category: 'typo-query' },
  { query: '리프래시 토큰', expect: '액세스 토큰과 리프레시 토큰', category: 'typo-query' },
  { query: '쿼리 스트릥', expect: '쿼리 스트링(Query String)', category: 'typo-query' },
  { query: 'pagenation', expect: '페이지내이션(Pagination)', category: 'typo-query' },

  // typo-notes (notes spell these 페이지내이션, 엔드포인드, 리퀘슷트, 해더)
  { query: '페이지네이션이 뭐야', expect: '페이지내이션(Pagination)', category: 'typo-notes' },
  { query: '엔드포인트 이름 규칙', expect: 'URI 설계 규칙', category: 'typo-notes' },
  { query: '리퀘스트 구조', expect: 'HTTP 요청과 응답 구조', category: 'typo-notes' },
  { query: '자주 쓰는 헤더', expect: 'HTTP 헤더(Header)', category: 'typo-notes' },

  // keyboard (멱등성, 페이지네이션, 상태코드 typed on an English layout)
  { query: 'auremdtjd', expect: '멱등성(Idempotency)', category: 'keyboard' },
  { query: 'vpdlwlspdltus', expect: '페이지내이션(Pagination)', category: 'keyboard' },
  { query: 'tkdxozhem', expect: '상태 코드(Status Code)', category: 'keyboard' },

  // choseong
  { query: 'ㅁㄷㅅ', expect: '멱등성(Idempotency)', category: 'choseong' },
  { query: 'ㅍㅇㅈㄴㅇㅅ', expect: '페이지내이션(Pagination)', category: 'choseong' },
  { query: 'ㄹㅍㄹㅅ ㅌㅋ', expect: '액세스 토큰과 리프레시 토큰', category: 'choseong' },

  // english-glossary
  { query: 'idempotent', expect: '멱등성(Idempotency)', category: 'english-glossary' },
  { query: 'refresh token', expect: '액세스 토큰과 리프레시 토큰', category: 'english-glossary' },
  { query: 'session authentication', expect: '세션 기반 인증', category: 'english-glossary' },
  { query: 'redirect status code', expect: '2xx 성공과 3xx 리다이렉션', category: 'english-glossary' },

  // english (no glossary entry / Hangul-only loanwords / English questions)
  { query: 'payload and signature', expect: 'JWT(JSON Web Token)', category: 'english' },
  { query: 'infinite scroll', expect: '커서 방식', category: 'english' },
  { query: 'offset limit', expect: '오프셋 방식', category: 'english' },
  { query: 'what does 429 too many requests mean', expect: '4xx 클라이언트 오류', category: 'english' },
  { query: 'json response key naming convention', expect: 'JSON 응답 형식', category: 'english' },

  // paraphrase
  {
    query: '같은 요청을 여러 번 보내도 결과가 똑같은 성질',
    expect: '멱등성(Idempotency)',
    category: 'paraphrase',
  },
  { query: '서버가 이전 요청을 기억 안 하는 특징', expect: '무상태(Stateless)', category: 'paraphrase' },
  {
    query: '게시글 목록을 나눠서 조금씩 받아오는 방법',
    expect: '페이지내이션(Pagination)',
    category: 'paraphrase',
  },
  { query: '일부 필드만 골라서 수정하는 요청', expect: 'PATCH', category: 'paraphrase' },
  { query: '예전 앱이 안 깨지게 API를 바꾸는 방법', expect: 'API 버전 관리', category: 'paraphrase' },
  { query: '서버에서 예외가 터졌을 때 내려가는 에러 번호', expect: '5xx 서버 오류', category: 'paraphrase' },

  // comparison
  {
    query: 'PUT이랑 PATCH 차이',
    expect: ['PUT', 'PATCH'],
    category: 'comparison',
    compare: ['PUT', 'PATCH'],
  },
  {
    query: '세션 인증 vs 토큰 인증',
    expect: ['세션 기반 인증', '토큰 기반 인증'],
    category: 'comparison',
    compare: ['세션 기반 인증', '토큰 기반 인증'],
  },
  {
    query: '오프셋 페이지네이션과 커서 페이지네이션 비교',
    expect: ['오프셋 방식', '커서 방식'],
    category: 'comparison',
    compare: ['오프셋 방식', '커서 방식'],
  },
  { query: 'GET POST 차이', expect: ['GET', 'POST'], category: 'comparison', compare: ['GET', 'POST'] },
  {
    query: '쿼리 스트링이랑 요청 바디 차이',
    expect: ['쿼리 스트링(Query String)', '요청 바디(Request Body)'],
    category: 'comparison',
    compare: ['쿼리 스트링(Query String)', '요청 바디(Request Body)'],
  },

  // miss
  { query: '파이썬 리스트 컴프리헨션', expect: null, category: 'miss' },
  { query: '도커 컨테이너 볼륨 마운트', expect: null, category: 'miss' },
  { query: '이진 탐색 트리 삭제', expect: null, category: 'miss' },

  // miss-shared (CORS, GraphQL, OAuth, 멀티플렉싱, 웹소켓 appear nowhere in the chapter)
  { query: 'CORS 에러 나면 헤더 어떻게 설정해', expect: null, category: 'miss-shared' },
  { query: 'GraphQL API 설계', expect: null, category: 'miss-shared' },
  { query: 'OAuth 소셜 로그인 토큰 발급', expect: null, category: 'miss-shared' },
  { query: 'HTTP/2 멀티플렉싱', expect: null, category: 'miss-shared' },
  { query: '웹소켓 연결 요청', expect: null, category: 'miss-shared' },
];
