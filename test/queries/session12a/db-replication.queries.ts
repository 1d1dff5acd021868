import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '샤딩 키', expect: '샤딩 키(Shard Key)', category: 'plain' },
  { query: '복제 지연', expect: '복제 지연(Replication Lag)', category: 'plain' },
  { query: '가상 노드', expect: '가상 노드', category: 'plain' },
  { query: '바이너리 로그', expect: '바이너리 로그(Binary Log)', category: 'plain' },

  // particles
  { query: '스플릿 브레인이 뭐야', expect: '스플릿 브레인', category: 'particles' },
  { query: '멀티 프라이머리란', expect: '멀티 프라이머리(Multi-Primary)', category: 'particles' },
  { query: '레플리카 승격이란', expect: '레플리카 승격(Promotion)', category: 'particles' },
  { query: '교차 샤드 쿼리가 뭐임', expect: '교차 샤드 쿼리(Cross-Shard Query)', category: 'particles' },
  { query: '읽기 전용 복제본은 뭐야', expect: '읽기 전용 복제본(Read Replica)', category: 'particles' },

  // question
  {
    query: '글 쓰고 목록 새로고침했는데 방금 쓴 글이 안 보여요 왜 그래',
    expect: '복제 지연(Replication Lag)',
    category: 'question',
  },
  {
    query: '방금 쓴 데이터는 나한테만이라도 바로 보이게 하려면 어떻게 해',
    expect: '자기 쓰기 읽기 보장',
    category: 'question',
  },
  { query: '프라이머리 서버 죽으면 서비스 어떻게 살려', expect: '장애 조치(Failovr)', category: 'question' },
  {
    query: '샤드 나눌 때 생성 시각 기준으로 하면 왜 안 돼',
    expect: '샤딩 키(Shard Key)',
    category: 'question',
  },
  {
    query: '노드 추가할 때 옮겨지는 키를 최소로 하려면 어떻게 해',
    expect: '일관된 해싱(Consistant Hashing)',
    category: 'question',
  },
  { query: '샤드끼리 조인이 안 돼요', expect: '교차 샤드 쿼리(Cross-Shard Query)', category: 'question' },
  {
    query: '레플리카까지 저장 기다리면 왜 쓰기가 느려져',
    expect: '동기 복제(Synchronous Replication)',
    category: 'question',
  },
  {
    query: 'NOW() 들어간 쿼리가 레플리카에서 값이 다르게 들어가요',
    expect: '바이너리 로그(Binary Log)',
    category: 'question',
  },
  {
    query: 'Spring에서 조회 쿼리만 레플리카로 보내려면 어떻게 해',
    expect: '읽기/쓰기 분리',
    category: 'question',
  },
  { query: '유명인 계정 때문에 샤드 하나만 터져요', expect: '데이터 쏠림', category: 'question' },

  // spacing
  { query: '복제지연', expect: '복제 지연(Replication Lag)', category: 'spacing' },
  { query: '읽기전용복제본', expect: '읽기 전용 복제본(Read Replica)', category: 'spacing' },
  { query: '일관된해싱', expect: '일관된 해싱(Consistant Hashing)', category: 'spacing' },
  { query: '스플릿브레인', expect: '스플릿 브레인', category: 'spacing' },

  // typo-query
  { query: '바이너리 로구', expect: '바이너리 로그(Binary Log)', category: 'typo-query' },
  { query: '멀티 프라이마리', expect: '멀티 프라이머리(Multi-Primary)', category: 'typo-query' },
  { query: 'replicaton lag', expect: '복제 지연(Replication Lag)', category: 'typo-query' },
  { query: '비동기 봌제', expect: '비동기 복제(Asynchronous Replication)', category: 'typo-query' },
  { query: '하트비드 장애 감지', expect: '하트비트와 장애 감지', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'failover', expect: '장애 조치(Failovr)', category: 'typo-notes' },
  { query: 'consistent hashing', expect: '일관된 해싱(Consistant Hashing)', category: 'typo-notes' },
  { query: 'resharding', expect: '리샤딩(Reshardng)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'fltield', expect: '리샤딩(Reshardng)', category: 'keyboard' },
  { query: 'rktkd shem', expect: '가상 노드', category: 'keyboard' },
  { query: 'gkxmqlxm', expect: '하트비트와 장애 감지', category: 'keyboard' },

  // choseong
  { query: 'ㅅㄷㅈㄹ', expect: '샤딩 전략', category: 'choseong' },
  { query: 'ㅅㅍㄹㅂㄹㅇ', expect: '스플릿 브레인', category: 'choseong' },
  { query: 'ㅂㅇㄴㄹㄹㄱ', expect: '바이너리 로그(Binary Log)', category: 'choseong' },

  // english-glossary
  { query: 'split brain', expect: '스플릿 브레인', category: 'english-glossary' },
  { query: 'read-your-writes consistency', expect: '자기 쓰기 읽기 보장', category: 'english-glossary' },
  { query: 'virtual nodes', expect: '가상 노드', category: 'english-glossary' },
  { query: 'hotspot shard', expect: '데이터 쏠림', category: 'english-glossary' },

  // english
  { query: 'which column decides where each row goes', expect: '샤딩 키(Shard Key)', category: 'english' },
  {
    query: 'pick the most up to date replica as new primary',
    expect: '레플리카 승격(Promotion)',
    category: 'english',
  },
  {
    query: 'commit only after the replica acknowledges the write',
    expect: '동기 복제(Synchronous Replication)',
    category: 'english',
  },
  {
    query: 'scatter gather across every shard',
    expect: '교차 샤드 쿼리(Cross-Shard Query)',
    category: 'english',
  },
  {
    query: 'write conflicts when several servers accept writes',
    expect: '멀티 프라이머리(Multi-Primary)',
    category: 'english',
  },

  // paraphrase
  {
    query: '같은 내용을 서버 여러 대에 똑같이 복사해 두는 것',
    expect: '복제(Replication)',
    category: 'paraphrase',
  },
  {
    query: '인기 많은 계정 하나 때문에 특정 서버만 과부하 걸리는 현상',
    expect: '데이터 쏠림',
    category: 'paraphrase',
  },
  {
    query: '원본 서버 다운되면 복사본 하나를 새 원본으로 올려 트래픽 넘기기',
    expect: '장애 조치(Failovr)',
    category: 'paraphrase',
  },
  {
    query: '아이디 1~1000은 1번 서버 1001~2000은 2번 서버 이런 식으로 나누기',
    expect: '범위 샤딩(Range Sharding)',
    category: 'paraphrase',
  },
  {
    query: '잘 안 쓰는 큰 컬럼을 다른 테이블로 떼어내기',
    expect: '수직 분할(Vertical Partitioning)',
    category: 'paraphrase',
  },
  {
    query: '어느 서버에 저장됐는지 따로 매핑 표를 두고 찾아보는 방식',
    expect: '디렉터리 샤딩(Directory-based Sharding)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '동기 복제 vs 비동기 복제',
    expect: ['동기 복제(Synchronous Replication)', '비동기 복제(Asynchronous Replication)'],
    category: 'comparison',
    compare: ['동기 복제(Synchronous Replication)', '비동기 복제(Asynchronous Replication)'],
  },
  {
    query: '범위 샤딩이랑 해시 샤딩 차이',
    expect: ['범위 샤딩(Range Sharding)', '해시 샤딩(Hash Sharding)'],
    category: 'comparison',
    compare: ['범위 샤딩(Range Sharding)', '해시 샤딩(Hash Sharding)'],
  },
  {
    query: '수평 분할 수직 분할 차이',
    expect: ['수평 분할(Horizontal Partitioning)', '수직 분할(Vertical Partitioning)'],
    category: 'comparison',
    compare: ['수평 분할(Horizontal Partitioning)', '수직 분할(Vertical Partitioning)'],
  },
  {
    query: '복제랑 샤딩 차이가 뭐야',
    expect: ['복제(Replication)', '샤딩(Sharding)'],
    category: 'comparison',
    compare: ['복제(Replication)', '샤딩(Sharding)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '삼국지 적벽대전 줄거리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'B-tree 인덱스 구조', expect: null, category: 'miss-shared' },
  { query: 'MVCC 트랜잭션 격리 수준', expect: null, category: 'miss-shared' },
  { query: 'Redis 캐시 만료 TTL 설정', expect: null, category: 'miss-shared' },
  { query: 'Git 브랜치 병합 충돌 해결', expect: null, category: 'miss-shared' },
];
