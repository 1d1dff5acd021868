import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '토픽', expect: '토픽(Topic)', category: 'plain' },
  { query: '로그 컴팩션', expect: '로그 컴팩션(Log Compaction)', category: 'plain' },
  { query: '컨슈머 그룹', expect: '컨슈머 그룹(Consumer Group)', category: 'plain' },
  { query: '리더와 팔로워', expect: '리더와 팔로워(Leader & Follower)', category: 'plain' },

  // particles
  { query: '오프셋이 뭐야', expect: '오프셋(Offset)', category: 'particles' },
  { query: '리밸런싱이란', expect: '리밸런싱(Rebalancing)', category: 'particles' },
  { query: '멱등 프로듀서가 뭐임', expect: '멱등 프로듀서', category: 'particles' },
  { query: '동기화 복제본은 뭐야', expect: '동기화 복제본(ISR)', category: 'particles' },
  { query: 'KRaft 모드란', expect: 'KRaft 모드', category: 'particles' },

  // question
  { query: '파티션 개수 나중에 줄일 수 있어?', expect: '파티션(Partiton)', category: 'question' },
  {
    query: '같은 주문 이벤트들 생성 결제 배송 순서대로 처리하려면 어떻게 해',
    expect: '메시지 순서 보장',
    category: 'question',
  },
  { query: '컨슈머가 그룹에서 자꾸 쫓겨나요 왜 그래', expect: '리밸런싱(Rebalancing)', category: 'question' },
  {
    query: '재시도하면 같은 메시지가 두 번 저장되는데 어떻게 막아',
    expect: '멱등 프로듀서',
    category: 'question',
  },
  {
    query: '읽은 메시지는 디스크에서 언제 지워져',
    expect: '로그 보존 정책(Retention Polcy)',
    category: 'question',
  },
  {
    query: '키별로 최신 값만 남기고 싶으면 뭐 써',
    expect: '로그 컴팩션(Log Compaction)',
    category: 'question',
  },
  {
    query: 'linger.ms 늘리면 뭐가 달라져',
    expect: '배치와 압축(Batching & Compresion)',
    category: 'question',
  },
  { query: '주키퍼 없이 카프카 돌릴 수 있어?', expect: 'KRaft 모드', category: 'question' },
  { query: '아직 안 읽은 메시지 몇 개 쌓였는지 어떻게 봐', expect: '컨슈머 랙', category: 'question' },
  {
    query: '리더 브로커 죽으면 누가 대신해',
    expect: '리더와 팔로워(Leader & Follower)',
    category: 'question',
  },

  // spacing
  { query: '컨슈머그룹', expect: '컨슈머 그룹(Consumer Group)', category: 'spacing' },
  { query: '로그보존정책', expect: '로그 보존 정책(Retention Polcy)', category: 'spacing' },
  { query: '메시지키와파티셔닝', expect: '메시지 키와 파티셔닝(Keys & Partitioning)', category: 'spacing' },
  { query: '정확히한번처리', expect: '정확히 한 번 처리(Exactly-once Semantics)', category: 'spacing' },

  // typo-query
  { query: '리벨런싱', expect: '리밸런싱(Rebalancing)', category: 'typo-query' },
  { query: '트렌잭션', expect: '트랜잭션(Transactions)', category: 'typo-query' },
  { query: '오프샛', expect: '오프셋(Offset)', category: 'typo-query' },
  { query: 'zookeper', expect: '주키퍼(ZooKeeper)', category: 'typo-query' },
  { query: 'log compation', expect: '로그 컴팩션(Log Compaction)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'partition', expect: '파티션(Partiton)', category: 'typo-notes' },
  { query: 'compression', expect: '배치와 압축(Batching & Compresion)', category: 'typo-notes' },
  { query: 'retention policy', expect: '로그 보존 정책(Retention Polcy)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'dhvmtpt', expect: '오프셋(Offset)', category: 'keyboard' },
  { query: 'flqoffjstld', expect: '리밸런싱(Rebalancing)', category: 'keyboard' },
  { query: 'xmfoswortus', expect: '트랜잭션(Transactions)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㄱㅋㅍㅅ', expect: '로그 컴팩션(Log Compaction)', category: 'choseong' },
  { query: 'ㅋㅅㅁㄱㄹ', expect: '컨슈머 그룹(Consumer Group)', category: 'choseong' },
  { query: 'ㅂㅈㄱㅅ', expect: '복제 계수', category: 'choseong' },

  // english-glossary
  { query: 'idempotent producer', expect: '멱등 프로듀서', category: 'english-glossary' },
  { query: 'consumer lag', expect: '컨슈머 랙', category: 'english-glossary' },
  { query: 'replication factor', expect: '복제 계수', category: 'english-glossary' },
  { query: 'message ordering guarantee', expect: '메시지 순서 보장', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'what happens when a consumer joins or leaves the group',
    expect: '리밸런싱(Rebalancing)',
    category: 'english',
  },
  {
    query: 'how are messages with the same key routed to a partition',
    expect: '메시지 키와 파티셔닝(Keys & Partitioning)',
    category: 'english',
  },
  {
    query: 'difference between kafka and rabbitmq',
    expect: '카프카와 래빗엠큐 비교(Kafka vs RabbitMQ)',
    category: 'english',
  },
  {
    query: 'atomic writes across multiple partitions',
    expect: '트랜잭션(Transactions)',
    category: 'english',
  },
  {
    query: 'where does the consumer store its committed position',
    expect: '오프셋 커밋(Offset Commit)',
    category: 'english',
  },

  // paraphrase
  {
    query: '어떤 일이 생겼다는 기록을 끝없이 흘려보내고 저장하는 시스템',
    expect: '이벤트 스트리밍 플랫폼(Event Streaming Platform)',
    category: 'paraphrase',
  },
  {
    query: '메시지를 모아서 한꺼번에 보내고 gzip 같은 걸로 줄이는 거',
    expect: '배치와 압축(Batching & Compresion)',
    category: 'paraphrase',
  },
  { query: '읽는 쪽이 쓰는 속도 못 따라가서 밀린 메시지 수', expect: '컨슈머 랙', category: 'paraphrase' },
  {
    query: '같은 데이터를 서버 몇 대에 복사해 둘지 정하는 숫자',
    expect: '복제 계수',
    category: 'paraphrase',
  },
  {
    query: '처리하기 전에 먼저 기록해버려서 죽으면 그 메시지는 날아가는 방식',
    expect: '최대 한 번(At-most-once)',
    category: 'paraphrase',
  },
  {
    query: '옛날 버전에서 브로커 목록이랑 컨트롤러 선출 맡던 외부 코디네이터',
    expect: '주키퍼(ZooKeeper)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '자동 커밋 수동 커밋 차이',
    expect: ['자동 커밋(Auto Commit)', '수동 커밋(Manual Commit)'],
    category: 'comparison',
    compare: ['자동 커밋(Auto Commit)', '수동 커밋(Manual Commit)'],
  },
  {
    query: 'at-most-once vs at-least-once',
    expect: ['최대 한 번(At-most-once)', '최소 한 번(At-least-once)'],
    category: 'comparison',
    compare: ['최대 한 번(At-most-once)', '최소 한 번(At-least-once)'],
  },
  {
    query: '주키퍼랑 KRaft 차이가 뭐야',
    expect: ['주키퍼(ZooKeeper)', 'KRaft 모드'],
    category: 'comparison',
    compare: ['주키퍼(ZooKeeper)', 'KRaft 모드'],
  },
  {
    query: '로그 삭제 정책이랑 컴팩션 뭐가 달라',
    expect: ['로그 보존 정책(Retention Polcy)', '로그 컴팩션(Log Compaction)'],
    category: 'comparison',
    compare: ['로그 보존 정책(Retention Polcy)', '로그 컴팩션(Log Compaction)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 트래블링 규칙', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응 차이', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Kafka Streams KTable 조인', expect: null, category: 'miss-shared' },
  { query: 'AWS Kinesis 샤드 개수 늘리기', expect: null, category: 'miss-shared' },
  { query: 'Redis Pub/Sub 채널 구독', expect: null, category: 'miss-shared' },
  { query: '이벤트 소싱이랑 CQRS 패턴', expect: null, category: 'miss-shared' },
];
