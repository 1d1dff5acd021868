import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '콜드 스타트', expect: '콜드 스타트(Cold Start)', category: 'plain' },
  { query: '비용 모델', expect: '비용 모델(Pricing Model)', category: 'plain' },
  { query: '이벤트 트리거', expect: '이벤트 트리거(Event Trigger)', category: 'plain' },
  { query: '엣지 함수', expect: '엣지 함수', category: 'plain' },

  // particles
  { query: '무상태가 뭐야', expect: '무상태(Statless)', category: 'particles' },
  { query: 'BaaS란', expect: 'BaaS(Backend as a Service)', category: 'particles' },
  { query: '벤더 종속이 뭐임', expect: '벤더 종속(Vender Lock-in)', category: 'particles' },
  { query: '동시성이란', expect: '동시성(Concurrency)', category: 'particles' },
  { query: '람다 핸들러는 뭐야', expect: '람다 핸들러(Lambda Handler)', category: 'particles' },

  // question
  {
    query: '람다로 15분 넘게 돌려야 하는 작업은 어떻게 해',
    expect: '실행 시간 제한(Exection Time Limit)',
    category: 'question',
  },
  {
    query: 'API Gateway 붙였는데 body에 객체 넣으니까 502 나요',
    expect: 'API 게이트웨이 연동(API Gateway Integration)',
    category: 'question',
  },
  { query: '첫 요청만 유독 느린 이유가 뭐야', expect: '콜드 스타트(Cold Start)', category: 'question' },
  { query: '전역 변수로 카운트 세는데 값이 엉망이에요', expect: '무상태(Statless)', category: 'question' },
  { query: '람다에서 RDS 연결하는데 DB가 뻗어요', expect: '동시성(Concurrency)', category: 'question' },
  { query: '같은 이벤트로 함수가 두 번 실행되면 어떻게 해', expect: '멱등성 보장', category: 'question' },
  {
    query: '재시도 다 실패한 이벤트 버리지 않고 남겨두려면',
    expect: '실패 처리와 데드 레터 큐',
    category: 'question',
  },
  {
    query: '람다가 다른 람다 직접 부르면 왜 안 좋아',
    expect: '함수 오케스트레이션(Step Functions)',
    category: 'question',
  },
  {
    query: '메모리 올리면 비용 더 나오는 거 아냐?',
    expect: '메모리 설정(Memory Configuration)',
    category: 'question',
  },
  { query: 'Java 람다 콜드 스타트 어떻게 줄여', expect: '콜드 스타트 줄이는 법', category: 'question' },

  // spacing
  { query: '이벤트트리거', expect: '이벤트 트리거(Event Trigger)', category: 'spacing' },
  { query: '실행시간제한', expect: '실행 시간 제한(Exection Time Limit)', category: 'spacing' },
  { query: '서버 리스 개요', expect: '서버리스 개요(Serverless Overview)', category: 'spacing' },
  { query: '데드레터 큐', expect: '실패 처리와 데드 레터 큐', category: 'spacing' },

  // typo-query
  { query: '콜드 스타드', expect: '콜드 스타트(Cold Start)', category: 'typo-query' },
  { query: '람다 헨들러', expect: '람다 핸들러(Lambda Handler)', category: 'typo-query' },
  { query: '멱등셩 보장', expect: '멱등성 보장', category: 'typo-query' },
  {
    query: '클라우드 서비스 모댈',
    expect: '클라우드 서비스 모델(Cloud Service Model)',
    category: 'typo-query',
  },
  { query: '벤더 종석', expect: '벤더 종속(Vender Lock-in)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'execution time limit', expect: '실행 시간 제한(Exection Time Limit)', category: 'typo-notes' },
  { query: 'stateless', expect: '무상태(Statless)', category: 'typo-notes' },
  { query: 'vendor lock-in', expect: '벤더 종속(Vender Lock-in)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'antkdxo', expect: '무상태(Statless)', category: 'keyboard' },
  { query: 'auremdtjd', expect: '멱등성 보장', category: 'keyboard' },
  { query: 'ehdtltjd', expect: '동시성(Concurrency)', category: 'keyboard' },

  // choseong
  { query: 'ㅋㄷ ㅅㅌㅌ', expect: '콜드 스타트(Cold Start)', category: 'choseong' },
  { query: 'ㅂㄷ ㅈㅅ', expect: '벤더 종속(Vender Lock-in)', category: 'choseong' },
  { query: 'ㅂㅇ ㅁㄷ', expect: '비용 모델(Pricing Model)', category: 'choseong' },

  // english-glossary
  { query: 'idempotency', expect: '멱등성 보장', category: 'english-glossary' },
  { query: 'dead letter queue', expect: '실패 처리와 데드 레터 큐', category: 'english-glossary' },
  { query: 'edge functions', expect: '엣지 함수', category: 'english-glossary' },
  { query: 'serverless use cases', expect: '적합한 사용 사례', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how much does lambda cost per request', expect: '비용 모델(Pricing Model)', category: 'english' },
  {
    query: 'run a function when a file is uploaded to s3',
    expect: '이벤트 트리거(Event Trigger)',
    category: 'english',
  },
  {
    query: 'pre-initialized instances with provisioned concurrency',
    expect: '콜드 스타트 줄이는 법',
    category: 'english',
  },
  {
    query: 'managed auth and database like firebase',
    expect: 'BaaS(Backend as a Service)',
    category: 'english',
  },
  {
    query: 'infrastructure as code deploy with sam or cdk',
    expect: '배포 도구(Deployment Tools)',
    category: 'english',
  },

  // paraphrase
  {
    query: '서버 관리는 클라우드가 다 하고 개발자는 코드만 올리는 방식',
    expect: '서버리스 개요(Serverless Overview)',
    category: 'paraphrase',
  },
  {
    query: '한 클라우드 회사 서비스에 너무 묶여서 다른 데로 못 옮기는 문제',
    expect: '벤더 종속(Vender Lock-in)',
    category: 'paraphrase',
  },
  {
    query: '한 번 쓴 실행 환경이 남아 있다가 다음 요청에 재사용돼서 빠른 것',
    expect: '웜 스타트(Warm Start)',
    category: 'paraphrase',
  },
  {
    query: '함수 여러 개를 분기랑 병렬 포함한 흐름으로 엮는 상태 머신',
    expect: '함수 오케스트레이션(Step Functions)',
    category: 'paraphrase',
  },
  { query: '사용자랑 가까운 CDN 지점에서 코드 돌리기', expect: '엣지 함수', category: 'paraphrase' },
  {
    query: '요청 들어올 때 호출되는 진입 함수가 event랑 context 받는 거',
    expect: '람다 핸들러(Lambda Handler)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'IaaS vs PaaS',
    expect: ['IaaS', 'PaaS'],
    category: 'comparison',
    compare: ['IaaS', 'PaaS'],
  },
  {
    query: 'FaaS랑 BaaS 차이',
    expect: ['FaaS(Function as a Service)', 'BaaS(Backend as a Service)'],
    category: 'comparison',
    compare: ['FaaS(Function as a Service)', 'BaaS(Backend as a Service)'],
  },
  {
    query: '콜드 스타트 웜 스타트 차이가 뭐야',
    expect: ['콜드 스타트(Cold Start)', '웜 스타트(Warm Start)'],
    category: 'comparison',
    compare: ['콜드 스타트(Cold Start)', '웜 스타트(Warm Start)'],
  },
  {
    query: 'FaaS랑 PaaS 뭐가 달라',
    expect: ['FaaS(Function as a Service)', 'PaaS'],
    category: 'comparison',
    compare: ['FaaS(Function as a Service)', 'PaaS'],
  },

  // miss
  { query: '수영 배영 발차기 요령', expect: null, category: 'miss' },
  { query: '임진왜란 원인', expect: null, category: 'miss' },
  { query: '마카롱 반죽 머랭 치기', expect: null, category: 'miss' },

  // miss-shared
  { query: '람다 레이어로 공통 라이브러리 공유하기', expect: null, category: 'miss-shared' },
  { query: 'Firebase 보안 규칙 작성법', expect: null, category: 'miss-shared' },
  { query: 'Knative로 쿠버네티스에서 서버리스 돌리기', expect: null, category: 'miss-shared' },
  { query: 'Vercel 서버리스 함수 배포', expect: null, category: 'miss-shared' },
];
