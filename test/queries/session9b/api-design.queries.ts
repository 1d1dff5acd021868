import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '멱등성', expect: '멱등성(Idempotncy)', category: 'plain' },
  { query: '레이트 리밋', expect: '레이트 리밋(Rate Limiting)', category: 'plain' },
  { query: '에러 응답 형식', expect: '에러 응답 형식(Error Response Format)', category: 'plain' },
  { query: '리소스 이름 짓기', expect: '리소스 이름 짓기(Resource Naming)', category: 'plain' },

  // particles
  { query: '페이지네이션이 뭐야', expect: '페이지네이션(Paginaton)', category: 'particles' },
  { query: '하위 호환성이란', expect: '하위 호환성', category: 'particles' },
  { query: '입력 검증이 뭐야', expect: '입력 검증(Validation)', category: 'particles' },
  { query: '스웨거가 뭐임', expect: '스웨거 도구(Swagger)', category: 'particles' },
  { query: '인증 방식에는 뭐가 있어', expect: '인증 방식(Authentication)', category: 'particles' },

  // question
  { query: 'URL에 동사 넣어도 돼?', expect: '리소스 이름 짓기(Resource Naming)', category: 'question' },
  {
    query: 'DELETE 두 번 보내면 두 번째는 404인데 그래도 멱등이야?',
    expect: '멱등성(Idempotncy)',
    category: 'question',
  },
  { query: '401이랑 403 뭐가 달라', expect: '4xx 클라이언트 오류', category: 'question' },
  { query: '무한 스크롤 목록 API 어떻게 만들어', expect: '커서 방식(Cursor)', category: 'question' },
  { query: '페이지 뒤로 갈수록 목록 조회가 느려져요', expect: '오프셋 방식(Offset)', category: 'question' },
  {
    query: 'API 너무 많이 호출하면 429 뜨는데 왜 그래',
    expect: '레이트 리밋(Rate Limiting)',
    category: 'question',
  },
  { query: '응답 필드 하나 지우면 기존 앱 깨져?', expect: '하위 호환성', category: 'question' },
  {
    query: '에러 날 때 응답 body 어떤 모양으로 줘야 돼',
    expect: '에러 응답 형식(Error Response Format)',
    category: 'question',
  },
  {
    query: '삭제 성공했는데 돌려줄 본문 없으면 상태 코드 뭐 써',
    expect: '2xx 성공 코드',
    category: 'question',
  },
  { query: '사용자의 주문 목록 URL은 어떻게 만들어', expect: '하위 리소스 경로', category: 'question' },

  // spacing
  { query: '레이트리밋', expect: '레이트 리밋(Rate Limiting)', category: 'spacing' },
  { query: '에러응답형식', expect: '에러 응답 형식(Error Response Format)', category: 'spacing' },
  { query: '상태코드', expect: '상태 코드(Status Codes)', category: 'spacing' },
  { query: '하위호환성', expect: '하위 호환성', category: 'spacing' },

  // typo-query
  { query: '페이지내이션', expect: '페이지네이션(Paginaton)', category: 'typo-query' },
  { query: '멱등셩', expect: '멱등성(Idempotncy)', category: 'typo-query' },
  { query: '레이트 리밑', expect: '레이트 리밋(Rate Limiting)', category: 'typo-query' },
  { query: '스웨가', expect: '스웨거 도구(Swagger)', category: 'typo-query' },
  { query: 'authentification', expect: '인증 방식(Authentication)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'idempotency', expect: '멱등성(Idempotncy)', category: 'typo-notes' },
  { query: 'pagination', expect: '페이지네이션(Paginaton)', category: 'typo-notes' },
  { query: 'api versioning', expect: 'API 버전 관리(API Versionng)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'auremdtjd', expect: '멱등성(Idempotncy)', category: 'keyboard' },
  { query: 'vpdlwlspdltus', expect: '페이지네이션(Paginaton)', category: 'keyboard' },
  { query: 'gkdnl ghghkstjd', expect: '하위 호환성', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅇㅌ ㄹㅁ', expect: '레이트 리밋(Rate Limiting)', category: 'choseong' },
  { query: 'ㅇㄹ ㅇㄷ ㅎㅅ', expect: '에러 응답 형식(Error Response Format)', category: 'choseong' },
  { query: 'ㅅㅌ ㅋㄷ', expect: '상태 코드(Status Codes)', category: 'choseong' },

  // english-glossary
  { query: 'richardson maturity model', expect: '리처드슨 성숙도 모델', category: 'english-glossary' },
  { query: 'safe methods', expect: '안전한 메서드', category: 'english-glossary' },
  { query: 'backward compatibility', expect: '하위 호환성', category: 'english-glossary' },
  { query: 'token bucket algorithm', expect: '토큰 버킷 알고리즘', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to limit the number of requests per client',
    expect: '레이트 리밋(Rate Limiting)',
    category: 'english',
  },
  {
    query: 'return errors as application/problem+json',
    expect: '에러 응답 형식(Error Response Format)',
    category: 'english',
  },
  {
    query: 'generate client SDK and mock server from an API spec file',
    expect: 'OpenAPI 명세(OpenAPI Specification)',
    category: 'english',
  },
  {
    query: 'should URIs use nouns or verbs',
    expect: '리소스 이름 짓기(Resource Naming)',
    category: 'english',
  },
  {
    query: 'server does not remember client state between requests',
    expect: 'REST 원칙(REST Principles)',
    category: 'english',
  },

  // paraphrase
  {
    query: '같은 요청 여러 번 보내도 한 번 보낸 거랑 서버 결과가 똑같은 성질',
    expect: '멱등성(Idempotncy)',
    category: 'paraphrase',
  },
  {
    query: '마지막으로 본 글 id 기준으로 다음 목록 가져오기',
    expect: '커서 방식(Cursor)',
    category: 'paraphrase',
  },
  {
    query: '예전 앱을 안 깨뜨리고 API 바꾸기',
    expect: '하위 호환성',
    category: 'paraphrase',
  },
  { query: '주소 앞에 v1 v2 붙여서 구분하기', expect: 'URI 버전 방식', category: 'paraphrase' },
  {
    query: '개발 시작 전에 프론트랑 백엔드가 인터페이스 약속부터 정하기',
    expect: '설계 우선 접근',
    category: 'paraphrase',
  },
  {
    query: '양동이에 일정 속도로 채워지는 걸 하나씩 꺼내 쓰는 호출 제한',
    expect: '토큰 버킷 알고리즘',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'PUT PATCH 차이',
    expect: ['PUT(전체 교체)', 'PATCH(부분 수정)'],
    category: 'comparison',
    compare: ['PUT(전체 교체)', 'PATCH(부분 수정)'],
  },
  {
    query: 'offset cursor 페이지네이션 차이',
    expect: ['오프셋 방식(Offset)', '커서 방식(Cursor)'],
    category: 'comparison',
    compare: ['오프셋 방식(Offset)', '커서 방식(Cursor)'],
  },
  {
    query: 'URI 버전이랑 헤더 버전 뭐가 나아',
    expect: ['URI 버전 방식', '헤더 버전 방식'],
    category: 'comparison',
    compare: ['URI 버전 방식', '헤더 버전 방식'],
  },
  {
    query: '4xx 5xx 차이',
    expect: ['4xx 클라이언트 오류', '5xx 서버 오류'],
    category: 'comparison',
    compare: ['4xx 클라이언트 오류', '5xx 서버 오류'],
  },

  // miss
  { query: '마라톤 완주 훈련 계획', expect: null, category: 'miss' },
  { query: '임진왜란 주요 전투 정리', expect: null, category: 'miss' },
  { query: '식물 광합성 과정', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GraphQL 리졸버 작성법', expect: null, category: 'miss-shared' },
  { query: 'gRPC 프로토콜 버퍼 메시지 정의', expect: null, category: 'miss-shared' },
  { query: '웹소켓 실시간 채팅 연결 유지', expect: null, category: 'miss-shared' },
  { query: 'JWT 리프레시 토큰 재발급', expect: null, category: 'miss-shared' },
];
