import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '컨슈머 그룹', expect: '컨슈머 그룹(Consumer Group)', category: 'plain' },
  { query: '오프셋', expect: '오프셋(Offset)', category: 'plain' },
  { query: '데드 레터 큐', expect: '데드 레터 큐(Dead Letter Queue)', category: 'plain' },
  { query: '이벤트 소싱', expect: '이벤트 소싱(Event Sourcing)', category: 'plain' },

  // particles
  { query: '메시지 큐가 뭐야', expect: '메시지 큐(Message Queue)', category: 'particles' },
  { query: '익스체인지란', expect: '익스체인지(Exchange)', category: 'particles' },
  { query: '사가 패턴은 뭐임', expect: '사가 패턴(Saga Pattern)', category: 'particles' },
  { query: 'CQRS가 뭐야', expect: 'CQRS', category: 'particles' },
  { query: '멱등성이란', expect: '멱등성 처리', category: 'particles' },

  // question
  {
    query: '파티션보다 컨슈머가 많으면 어떻게 돼',
    expect: '컨슈머 그룹(Consumer Group)',
    category: 'question',
  },
  {
    query: '카프카는 메시지 읽어도 왜 안 지워져',
    expect: '아파치 카프카(Apache Kafka)',
    category: 'question',
  },
  { query: '같은 주문 이벤트 순서 안 꼬이게 하려면', expect: '메시지 순서 보장', category: 'question' },
  {
    query: 'ack 안 보내고 컨슈머 죽으면 메시지 어떻게 돼',
    expect: '확인 응답(Acknowlegment)',
    category: 'question',
  },
  { query: '자동 커밋 쓰면 메시지 유실될 수 있어?', expect: '오프셋(Offset)', category: 'question' },
  {
    query: '계속 실패하는 메시지는 어떻게 처리해',
    expect: '데드 레터 큐(Dead Letter Queue)',
    category: 'question',
  },
  {
    query: '분산 환경에서 결제 실패하면 재고 어떻게 되돌려',
    expect: '사가 패턴(Saga Pattern)',
    category: 'question',
  },
  { query: '리더 브로커 죽으면 데이터 날아가?', expect: '복제(Replicaton)', category: 'question' },
  {
    query: 'DB 저장은 됐는데 이벤트 발행이 실패하면 어떡해',
    expect: '트랜잭셔널 아웃박스',
    category: 'question',
  },
  {
    query: '메일 발송 같은 오래 걸리는 작업은 왜 비동기로 빼',
    expect: '비동기 통신(Asynchronous)',
    category: 'question',
  },

  // spacing
  { query: '컨슈머그룹', expect: '컨슈머 그룹(Consumer Group)', category: 'spacing' },
  { query: '데드레터큐', expect: '데드 레터 큐(Dead Letter Queue)', category: 'spacing' },
  { query: '메시지 전달보장', expect: '메시지 전달 보장(Delivery Semantics)', category: 'spacing' },
  {
    query: '이벤트드리븐 아키텍처',
    expect: '이벤트 드리븐 아키텍처(Event-Driven Architecture)',
    category: 'spacing',
  },

  // typo-query
  { query: '카프가', expect: '아파치 카프카(Apache Kafka)', category: 'typo-query' },
  { query: '컨슈마 그룹', expect: '컨슈머 그룹(Consumer Group)', category: 'typo-query' },
  { query: '오프샛', expect: '오프셋(Offset)', category: 'typo-query' },
  { query: '익스채인지', expect: '익스체인지(Exchange)', category: 'typo-query' },
  { query: '멱둥성', expect: '멱등성 처리', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'partition', expect: '토픽과 파티션(Topic & Partiton)', category: 'typo-notes' },
  { query: 'replication', expect: '복제(Replicaton)', category: 'typo-notes' },
  { query: 'acknowledgment', expect: '확인 응답(Acknowlegment)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vkxltus', expect: '토픽과 파티션(Topic & Partiton)', category: 'keyboard' },
  { query: 'dhvmtpt', expect: '오프셋(Offset)', category: 'keyboard' },
  { query: 'auremdtjd', expect: '멱등성 처리', category: 'keyboard' },

  // choseong
  { query: 'ㅋㅅㅁㄱㄹ', expect: '컨슈머 그룹(Consumer Group)', category: 'choseong' },
  { query: 'ㅇㅍㅅ', expect: '오프셋(Offset)', category: 'choseong' },
  { query: 'ㅇㅂㅌㅅㅅ', expect: '이벤트 소싱(Event Sourcing)', category: 'choseong' },

  // english-glossary (the notes write these only in Korean)
  { query: 'backpressure', expect: '배압 조절', category: 'english-glossary' },
  { query: 'eventual consistency', expect: '비동기 통신(Asynchronous)', category: 'english-glossary' },
  { query: 'message ordering guarantee', expect: '메시지 순서 보장', category: 'english-glossary' },
  { query: 'idempotency', expect: '멱등성 처리', category: 'english-glossary' },

  // english
  {
    query: 'how many consumers in a group can read one partition',
    expect: '컨슈머 그룹(Consumer Group)',
    category: 'english',
  },
  {
    query: 'exponential backoff with jitter',
    expect: '재시도와 백오프(Retry & Backoff)',
    category: 'english',
  },
  { query: 'producer acks all setting', expect: '복제(Replicaton)', category: 'english' },
  { query: 'routing key wildcard pattern matching', expect: '익스체인지(Exchange)', category: 'english' },
  { query: 'separate read model and write model', expect: 'CQRS', category: 'english' },

  // paraphrase
  {
    query: '토픽 구독한 서비스들이 같은 메시지를 다 받는 구조',
    expect: '발행-구독(Pub/Sub)',
    category: 'paraphrase',
  },
  {
    query: '같은 메시지 여러 번 처리해도 결과 똑같게 만드는 것',
    expect: '멱등성 처리',
    category: 'paraphrase',
  },
  {
    query: '현재 값 대신 변경 이력을 전부 쌓아두고 다시 재생하는 방식',
    expect: '이벤트 소싱(Event Sourcing)',
    category: 'paraphrase',
  },
  {
    query: '메시지 하나를 워커 한 명만 가져가는 방식',
    expect: '점대점 방식(Point-to-Point)',
    category: 'paraphrase',
  },
  { query: '컨슈머가 어디까지 읽었는지 표시하는 번호', expect: '오프셋(Offset)', category: 'paraphrase' },
  {
    query: '처리가 못 따라가서 큐에 메시지가 계속 쌓일 때 대처법',
    expect: '배압 조절',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '카프카 래빗엠큐 차이',
    expect: ['아파치 카프카(Apache Kafka)', '래빗엠큐(RabbitMQ)'],
    category: 'comparison',
    compare: ['아파치 카프카(Apache Kafka)', '래빗엠큐(RabbitMQ)'],
  },
  {
    query: '점대점이랑 pub/sub 차이가 뭐야',
    expect: ['점대점 방식(Point-to-Point)', '발행-구독(Pub/Sub)'],
    category: 'comparison',
    compare: ['점대점 방식(Point-to-Point)', '발행-구독(Pub/Sub)'],
  },
  {
    query: '동기 vs 비동기 통신',
    expect: ['동기 통신(Synchronous)', '비동기 통신(Asynchronous)'],
    category: 'comparison',
    compare: ['동기 통신(Synchronous)', '비동기 통신(Asynchronous)'],
  },
  {
    query: 'at-most-once at-least-once 차이',
    expect: ['최대 한 번(At-most-once)', '최소 한 번(At-least-once)'],
    category: 'comparison',
    compare: ['최대 한 번(At-most-once)', '최소 한 번(At-least-once)'],
  },

  // miss
  { query: '김치찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '통기타 F코드 잡는 법', expect: null, category: 'miss' },
  { query: '미적분 치환적분 문제 풀이', expect: null, category: 'miss' },

  // miss-shared
  { query: '자바스크립트 이벤트 루프 마이크로태스크 큐', expect: null, category: 'miss-shared' },
  { query: '우선순위 큐 힙으로 구현하기', expect: null, category: 'miss-shared' },
  { query: '카프카 스트림즈 윈도우 집계', expect: null, category: 'miss-shared' },
  { query: 'AWS SQS 가시성 타임아웃 설정', expect: null, category: 'miss-shared' },
];
