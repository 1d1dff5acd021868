import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '리버스 프록시', expect: '리버스 프록시(Revrese Proxy)', category: 'plain' },
  { query: '인증 오프로딩', expect: '인증 오프로딩(Auth Offloading)', category: 'plain' },
  { query: '속도 제한', expect: '속도 제한(Rate Limiting)', category: 'plain' },
  { query: '서비스 디스커버리', expect: '서비스 디스커버리 연동(Service Discovery)', category: 'plain' },

  // particles
  { query: 'BFF 패턴이 뭐야', expect: 'BFF 패턴(Backend for Frontend)', category: 'particles' },
  { query: '서킷 브레이커란', expect: '서킷 브레이커(Circuit Breakr)', category: 'particles' },
  { query: 'API 조합은 뭐임', expect: 'API 조합(API Composition)', category: 'particles' },
  { query: 'SSL 종료가 뭔데', expect: 'SSL 종료(SSL Termination)', category: 'particles' },
  { query: '응답 캐싱이란', expect: '응답 캐싱(Response Caching)', category: 'particles' },

  // question
  {
    query: '게이트웨이 한 대가 죽으면 서비스 전체가 멈추는데 어떻게 해',
    expect: '단일 장애점',
    category: 'question',
  },
  { query: '요청 너무 많이 보냈더니 429 떠요', expect: '속도 제한(Rate Limiting)', category: 'question' },
  {
    query: '모바일이랑 웹이 필요한 필드가 다른데 API 하나로 어떻게 맞춰',
    expect: 'BFF 패턴(Backend for Frontend)',
    category: 'question',
  },
  {
    query: '결제 POST 요청 실패하면 다시 보내도 돼?',
    expect: '타임아웃과 재시도(Timeout & Retry)',
    category: 'question',
  },
  {
    query: '오토스케일링 때문에 IP가 계속 바뀌는데 게이트웨이는 주소를 어떻게 알아',
    expect: '서비스 디스커버리 연동(Service Discovery)',
    category: 'question',
  },
  {
    query: '토큰 확인할 때 인증 서버에 매번 물어봐야 돼?',
    expect: 'JWT 검증(JWT Validation)',
    category: 'question',
  },
  {
    query: '파트너사별로 호출량 집계하고 요금 매기려면 뭐 써',
    expect: 'API 키(API Key)',
    category: 'question',
  },
  {
    query: '응답에서 주민번호 같은 민감한 필드 빼고 내보내려면',
    expect: '요청/응답 변환(Request Transformation)',
    category: 'question',
  },
  { query: '회로 열린 다음에 언제 다시 요청 보내봐', expect: '반열림 상태(Half-Open)', category: 'question' },
  {
    query: '마이크로서비스에 게이트웨이 왜 둬',
    expect: '게이트웨이 도입 배경(Why Gateway)',
    category: 'question',
  },

  // spacing
  { query: '서킷브레이커', expect: '서킷 브레이커(Circuit Breakr)', category: 'spacing' },
  { query: '경로기반라우팅', expect: '경로 기반 라우팅(Path-based Routing)', category: 'spacing' },
  { query: '토큰버킷', expect: '토큰 버킷(Token Bucket)', category: 'spacing' },
  { query: '분산추적', expect: '분산 추적', category: 'spacing' },

  // typo-query
  { query: '게이트웨위 정의', expect: 'API 게이트웨이 정의(Definition)', category: 'typo-query' },
  { query: '로드 벨런서', expect: '로드 밸런서(Load Balancer)', category: 'typo-query' },
  { query: '서킷 브래이커', expect: '서킷 브레이커(Circuit Breakr)', category: 'typo-query' },
  { query: 'rate limitting', expect: '속도 제한(Rate Limiting)', category: 'typo-query' },
  { query: '서비스 디스코버리', expect: '서비스 디스커버리 연동(Service Discovery)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'reverse proxy', expect: '리버스 프록시(Revrese Proxy)', category: 'typo-notes' },
  { query: 'request routing', expect: '요청 라우팅(Request Routng)', category: 'typo-notes' },
  { query: 'circuit breaker', expect: '서킷 브레이커(Circuit Breakr)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tjzlt qmfpdlzj', expect: '서킷 브레이커(Circuit Breakr)', category: 'keyboard' },
  { query: 'threh wpgks', expect: '속도 제한(Rate Limiting)', category: 'keyboard' },
  { query: 'fhem qoffjstj', expect: '로드 밸런서(Load Balancer)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅂㅅㅍㄹㅅ', expect: '리버스 프록시(Revrese Proxy)', category: 'choseong' },
  { query: 'ㅇㅈㅇㅍㄹㄷ', expect: '인증 오프로딩(Auth Offloading)', category: 'choseong' },
  { query: 'ㄷㅇㅈㅇㅈ', expect: '단일 장애점', category: 'choseong' },

  // english-glossary
  { query: 'single point of failure', expect: '단일 장애점', category: 'english-glossary' },
  { query: 'fallback response', expect: '대체 응답', category: 'english-glossary' },
  { query: 'distributed tracing', expect: '분산 추적', category: 'english-glossary' },
  { query: 'API versioning', expect: 'API 버전 관리', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'decrypt TLS at the edge and forward plain HTTP inside',
    expect: 'SSL 종료(SSL Termination)',
    category: 'english',
  },
  {
    query: 'combine responses from several microservices into one',
    expect: 'API 조합(API Composition)',
    category: 'english',
  },
  {
    query: 'separate backend for each client type like mobile and web',
    expect: 'BFF 패턴(Backend for Frontend)',
    category: 'english',
  },
  {
    query: 'send canary traffic based on a request header',
    expect: '헤더 기반 라우팅(Header-based Routing)',
    category: 'english',
  },
  {
    query: 'retry with exponential backoff',
    expect: '타임아웃과 재시도(Timeout & Retry)',
    category: 'english',
  },

  // paraphrase
  {
    query: '고장 난 곳으로 가는 호출을 잠깐 끊어서 전부 같이 망가지는 걸 막는 장치',
    expect: '서킷 브레이커(Circuit Breakr)',
    category: 'paraphrase',
  },
  {
    query: '서버 앞에 서서 요청을 대신 받아 뒤로 넘겨주는 중간 서버',
    expect: '리버스 프록시(Revrese Proxy)',
    category: 'paraphrase',
  },
  {
    query: '똑같은 서버 여러 대에 트래픽 골고루 나눠주기',
    expect: '로드 밸런서(Load Balancer)',
    category: 'paraphrase',
  },
  {
    query: '각 서비스가 로그인 확인 안 하고 앞단에서 한 번에 처리하게 하기',
    expect: '인증 오프로딩(Auth Offloading)',
    category: 'paraphrase',
  },
  {
    query: '요청 하나가 여러 서비스 거쳐간 흐름을 ID 하나로 이어서 보기',
    expect: '분산 추적',
    category: 'paraphrase',
  },
  {
    query: '일정 속도로 채워지는 통에서 요청마다 하나씩 꺼내 쓰는 방식',
    expect: '토큰 버킷(Token Bucket)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '리버스 프록시랑 로드 밸런서 차이',
    expect: ['리버스 프록시(Revrese Proxy)', '로드 밸런서(Load Balancer)'],
    category: 'comparison',
    compare: ['리버스 프록시(Revrese Proxy)', '로드 밸런서(Load Balancer)'],
  },
  {
    query: '토큰 버킷 vs 고정 윈도우',
    expect: ['토큰 버킷(Token Bucket)', '고정 윈도우(Fixed Window)'],
    category: 'comparison',
    compare: ['토큰 버킷(Token Bucket)', '고정 윈도우(Fixed Window)'],
  },
  {
    query: '경로 기반 라우팅이랑 헤더 기반 라우팅 차이가 뭐야',
    expect: ['경로 기반 라우팅(Path-based Routing)', '헤더 기반 라우팅(Header-based Routing)'],
    category: 'comparison',
    compare: ['경로 기반 라우팅(Path-based Routing)', '헤더 기반 라우팅(Header-based Routing)'],
  },
  {
    query: 'API 키랑 JWT 차이',
    expect: ['API 키(API Key)', 'JWT 검증(JWT Validation)'],
    category: 'comparison',
    compare: ['API 키(API Key)', 'JWT 검증(JWT Validation)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 잘 던지는 자세', expect: null, category: 'miss' },
  { query: '임진왜란 발발 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GraphQL 스키마 리졸버 작성', expect: null, category: 'miss-shared' },
  { query: 'OAuth 인가 코드 PKCE 흐름', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 인그레스 라우팅 설정', expect: null, category: 'miss-shared' },
  { query: '웹소켓 연결 하트비트 유지', expect: null, category: 'miss-shared' },
];
