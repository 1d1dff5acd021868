import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '서킷 브레이커', expect: '서킷 브레이커(Circuit Breaker)', category: 'plain' },
  { query: '서비스 메시', expect: '서비스 메시(Service Mesh)', category: 'plain' },
  { query: '보상 트랜잭션', expect: '보상 트랜잭션', category: 'plain' },
  { query: '데이터베이스 분리', expect: '데이터베이스 분리(Database per Service)', category: 'plain' },

  // particles
  { query: '사가 패턴이 뭐야', expect: '사가 패턴(Saga Pattern)', category: 'particles' },
  { query: 'API 게이트웨이란', expect: 'API 게이트웨이(API Gateway)', category: 'particles' },
  { query: '콘웨이의 법칙은 뭐임', expect: "콘웨이의 법칙(Conway's Law)", category: 'particles' },
  { query: '격벽 패턴이 뭔데', expect: '격벽 패턴', category: 'particles' },
  { query: '사이드카 패턴이란', expect: '사이드카 패턴(Sidecar Pattern)', category: 'particles' },

  // question
  {
    query: '장애 난 서비스로 요청 계속 보내서 스레드 다 잡아먹히는 거 막으려면',
    expect: '서킷 브레이커(Circuit Breaker)',
    category: 'question',
  },
  {
    query: '컨테이너 IP가 계속 바뀌는데 다른 서비스 주소 어떻게 찾아',
    expect: '서비스 디스커버리(Service Discovery)',
    category: 'question',
  },
  { query: '결제 실패하면 이미 차감된 재고 복구는 어떻게 해', expect: '보상 트랜잭션', category: 'question' },
  {
    query: '재시도 간격은 어떻게 잡아야 돼',
    expect: '재시도와 타임아웃(Retry & Timeout)',
    category: 'question',
  },
  {
    query: '요청이 어느 서비스에서 느려지는지 어떻게 알아',
    expect: '분산 추적(Distribued Tracing)',
    category: 'question',
  },
  {
    query: '다른 서비스 DB에 직접 쿼리 날리면 안 돼?',
    expect: '데이터베이스 분리(Database per Service)',
    category: 'question',
  },
  {
    query: 'DB 저장이랑 이벤트 발행을 원자적으로 하려면 어떻게 해',
    expect: '이벤트 기반 통신(Event-Driven Communication)',
    category: 'question',
  },
  {
    query: '모놀리스를 한 번에 안 갈아엎고 조금씩 옮기려면',
    expect: '서비스 분리 기준(Decompositon)',
    category: 'question',
  },
  { query: 'CAP 정리에서 MSA는 뭘 포기해', expect: '최종 일관성', category: 'question' },
  {
    query: '사가에서 관리자가 각 서비스에 명령 내리게 하려면 뭐 써',
    expect: '오케스트레이션(Orchestration)',
    category: 'question',
  },

  // spacing
  { query: '서킷브레이커', expect: '서킷 브레이커(Circuit Breaker)', category: 'spacing' },
  { query: '분산트랜잭션', expect: '분산 트랜잭션(Distributed Transaction)', category: 'spacing' },
  { query: '서비스디스커버리', expect: '서비스 디스커버리(Service Discovery)', category: 'spacing' },
  { query: '로드밸런싱', expect: '로드 밸런싱(Load Balncing)', category: 'spacing' },

  // typo-query
  { query: '서킷 브래이커', expect: '서킷 브레이커(Circuit Breaker)', category: 'typo-query' },
  {
    query: '마이크로서비스 아키텍쳐',
    expect: '마이크로서비스 아키텍처(Microservices)',
    category: 'typo-query',
  },
  { query: '서비스 메쉬', expect: '서비스 메시(Service Mesh)', category: 'typo-query' },
  { query: '코레오그라피', expect: '코레오그래피(Choreography)', category: 'typo-query' },
  { query: '바운더리 컨텍스트', expect: '바운디드 컨텍스트', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'decomposition', expect: '서비스 분리 기준(Decompositon)', category: 'typo-notes' },
  { query: 'load balancing', expect: '로드 밸런싱(Load Balncing)', category: 'typo-notes' },
  { query: 'distributed tracing', expect: '분산 추적(Distribued Tracing)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tkrk voxjs', expect: '사가 패턴(Saga Pattern)', category: 'keyboard' },
  { query: 'rurqur voxjs', expect: '격벽 패턴', category: 'keyboard' },
  { query: 'zhsdnpdl', expect: "콘웨이의 법칙(Conway's Law)", category: 'keyboard' },

  // choseong
  { query: 'ㅅㄱ ㅍㅌ', expect: '사가 패턴(Saga Pattern)', category: 'choseong' },
  { query: 'ㅂㅅ ㅊㅈ', expect: '분산 추적(Distribued Tracing)', category: 'choseong' },
  { query: 'ㅊㅈ ㅇㄱㅅ', expect: '최종 일관성', category: 'choseong' },

  // english-glossary
  { query: 'bounded context', expect: '바운디드 컨텍스트', category: 'english-glossary' },
  { query: 'bulkhead pattern', expect: '격벽 패턴', category: 'english-glossary' },
  { query: 'two-phase commit', expect: '2단계 커밋', category: 'english-glossary' },
  { query: 'compensating transaction', expect: '보상 트랜잭션', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'stop calling a failing service and return a fallback',
    expect: '서킷 브레이커(Circuit Breaker)',
    category: 'english',
  },
  {
    query: 'single entry point that routes client requests to internal services',
    expect: 'API 게이트웨이(API Gateway)',
    category: 'english',
  },
  {
    query: 'each service owns its own database',
    expect: '데이터베이스 분리(Database per Service)',
    category: 'english',
  },
  {
    query: 'proxy container deployed next to the main container in the same pod',
    expect: '사이드카 패턴(Sidecar Pattern)',
    category: 'english',
  },
  {
    query: 'retry with exponential backoff and jitter',
    expect: '재시도와 타임아웃(Retry & Timeout)',
    category: 'english',
  },

  // paraphrase
  {
    query: '배의 칸막이처럼 스레드 풀을 호출 대상마다 따로 두기',
    expect: '격벽 패턴',
    category: 'paraphrase',
  },
  {
    query: '조직의 소통 구조가 시스템 구조에 그대로 반영된다는 말',
    expect: "콘웨이의 법칙(Conway's Law)",
    category: 'paraphrase',
  },
  {
    query: '모든 기능을 코드 하나로 묶어서 통째로 배포하는 방식',
    expect: '모놀리식 아키텍처(Monolithic Architecture)',
    category: 'paraphrase',
  },
  {
    query: '지휘자 없이 각자 이벤트 듣고 알아서 다음 일 하는 방식',
    expect: '코레오그래피(Choreography)',
    category: 'paraphrase',
  },
  {
    query: '참여자들한테 준비됐냐고 먼저 묻고 전부 yes면 확정하는 방식',
    expect: '2단계 커밋',
    category: 'paraphrase',
  },
  {
    query: '같은 서비스 여러 대에 요청 골고루 나눠주기',
    expect: '로드 밸런싱(Load Balncing)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '모놀리식 vs 마이크로서비스',
    expect: ['모놀리식 아키텍처(Monolithic Architecture)', '마이크로서비스 아키텍처(Microservices)'],
    category: 'comparison',
    compare: ['모놀리식 아키텍처(Monolithic Architecture)', '마이크로서비스 아키텍처(Microservices)'],
  },
  {
    query: '코레오그래피랑 오케스트레이션 차이',
    expect: ['코레오그래피(Choreography)', '오케스트레이션(Orchestration)'],
    category: 'comparison',
    compare: ['코레오그래피(Choreography)', '오케스트레이션(Orchestration)'],
  },
  {
    query: '동기 호출 비동기 메시징 차이가 뭐야',
    expect: ['동기 호출(Synchronous Call)', '비동기 메시징(Asynchronous Messaging)'],
    category: 'comparison',
    compare: ['동기 호출(Synchronous Call)', '비동기 메시징(Asynchronous Messaging)'],
  },
  {
    query: '2단계 커밋이랑 사가 패턴 차이',
    expect: ['2단계 커밋', '사가 패턴(Saga Pattern)'],
    category: 'comparison',
    compare: ['2단계 커밋', '사가 패턴(Saga Pattern)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '마라톤 완주 훈련 계획', expect: null, category: 'miss' },
  { query: '고려 시대 무신 정권', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GraphQL 페더레이션으로 스키마 합치기', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 HPA 오토스케일링 설정', expect: null, category: 'miss-shared' },
  { query: '도커 컴포즈로 로컬 개발 환경 띄우기', expect: null, category: 'miss-shared' },
  { query: 'API 버저닝 전략', expect: null, category: 'miss-shared' },
];
