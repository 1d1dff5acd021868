import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'CAP 이론', expect: 'CAP 이론(CAP Theorem)', category: 'plain' },
  { query: '세션 저장소', expect: '세션 저장소(Session Store)', category: 'plain' },
  { query: '샤딩', expect: '샤딩(Sharding)', category: 'plain' },
  { query: '집계 파이프라인', expect: '집계 파이프라인(Aggregation Pipeline)', category: 'plain' },

  // particles
  { query: '레디스가 뭐야', expect: '레디스(Redis)', category: 'particles' },
  { query: 'NoSQL이란', expect: 'NoSQL(Not Only SQL)', category: 'particles' },
  { query: 'TTL이 뭐임', expect: '만료 시간(TTL)', category: 'particles' },
  { query: '도큐먼트란', expect: '컬렉션과 도큐먼트(Collection & Document)', category: 'particles' },
  { query: '캐시 어사이드는', expect: '캐시 어사이드(Cache-Aside)', category: 'particles' },

  // question
  { query: '랭킹 기능 만들려면 어떤 자료형 써', expect: 'Sorted Set', category: 'question' },
  { query: '조회수 카운터 레디스로 어떻게 올려', expect: 'String', category: 'question' },
  {
    query: '서버 여러 대일 때 로그인 유지 어떻게 해',
    expect: '세션 저장소(Session Store)',
    category: 'question',
  },
  { query: '레디스 서버 꺼지면 데이터 다 날아가?', expect: '영속성(Persistance)', category: 'question' },
  { query: '마스터 서버 죽으면 어떻게 돼', expect: '복제(Replicaton)', category: 'question' },
  { query: '인증번호 5분 지나면 자동으로 지우려면', expect: '만료 시간(TTL)', category: 'question' },
  {
    query: '캐시랑 DB 데이터가 안 맞으면 어떻게 해',
    expect: ['캐시 어사이드(Cache-Aside)', '라이트 스루(Write-Through)'],
    category: 'question',
  },
  { query: '구독 안 하고 있던 애는 메시지 못 받아?', expect: '발행/구독(Pub/Sub)', category: 'question' },
  {
    query: '몽고디비는 스키마 없이 어떻게 저장해',
    expect: '컬렉션과 도큐먼트(Collection & Document)',
    category: 'question',
  },
  { query: 'NoSQL은 언제 써요', expect: 'NoSQL(Not Only SQL)', category: 'question' },

  // spacing
  { query: '세션저장소', expect: '세션 저장소(Session Store)', category: 'spacing' },
  { query: '만료시간', expect: '만료 시간(TTL)', category: 'spacing' },
  { query: '집계파이프라인', expect: '집계 파이프라인(Aggregation Pipeline)', category: 'spacing' },
  { query: '라이트스루', expect: '라이트 스루(Write-Through)', category: 'spacing' },

  // typo-query
  { query: '래디스', expect: '레디스(Redis)', category: 'typo-query' },
  {
    query: '컬랙션이랑 도큐먼트',
    expect: '컬렉션과 도큐먼트(Collection & Document)',
    category: 'typo-query',
  },
  { query: 'shardng', expect: '샤딩(Sharding)', category: 'typo-query' },
  { query: '캐쉬 어사이드', expect: '캐시 어사이드(Cache-Aside)', category: 'typo-query' },
  { query: '세선 저장소', expect: '세션 저장소(Session Store)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'persistence', expect: '영속성(Persistance)', category: 'typo-notes' },
  { query: 'replication', expect: '복제(Replicaton)', category: 'typo-notes' },
  { query: 'wide column', expect: '컬럼형(Wide Colum)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tield', expect: '샤딩(Sharding)', category: 'keyboard' },
  { query: 'qhrwp', expect: '복제(Replicaton)', category: 'keyboard' },
  { query: 'dudthrtjd', expect: '영속성(Persistance)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㄷㅅ', expect: '레디스(Redis)', category: 'choseong' },
  { query: 'ㅅㅅㅈㅈㅅ', expect: '세션 저장소(Session Store)', category: 'choseong' },
  { query: 'ㅈㄱㅍㅇㅍㄹㅇ', expect: '집계 파이프라인(Aggregation Pipeline)', category: 'choseong' },

  // english-glossary
  { query: 'publish subscribe', expect: '발행/구독(Pub/Sub)', category: 'english-glossary' },
  { query: 'leaderboard', expect: 'Sorted Set', category: 'english-glossary' },
  { query: 'failover', expect: '복제(Replicaton)', category: 'english-glossary' },
  { query: 'eventual consistency', expect: 'NoSQL(Not Only SQL)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'in-memory store single threaded', expect: '레디스(Redis)', category: 'english' },
  { query: 'evict least recently used keys', expect: '만료 시간(TTL)', category: 'english' },
  { query: 'hash slots in a cluster', expect: '샤딩(Sharding)', category: 'english' },
  { query: 'append every write command to a log', expect: 'AOF(Append Only File)', category: 'english' },
  {
    query: 'embed nested documents or reference by id',
    expect: '컬렉션과 도큐먼트(Collection & Document)',
    category: 'english',
  },

  // paraphrase
  {
    query: '캐시에 없으면 DB에서 가져와서 캐시에 채워넣는 방식',
    expect: '캐시 어사이드(Cache-Aside)',
    category: 'paraphrase',
  },
  { query: '점수 순으로 알아서 정렬되는 자료형', expect: 'Sorted Set', category: 'paraphrase' },
  { query: '데이터를 여러 서버에 나눠 담는 것', expect: '샤딩(Sharding)', category: 'paraphrase' },
  { query: '메모리 내용을 주기적으로 파일로 떠놓기', expect: 'RDB 스냅샷', category: 'paraphrase' },
  {
    query: '캐시에만 먼저 쓰고 DB에는 나중에 몰아서 반영',
    expect: '라이트 백(Write-Back)',
    category: 'paraphrase',
  },
  { query: '노드랑 관계로 데이터 저장하는 DB', expect: '그래프형(Graph)', category: 'paraphrase' },

  // comparison
  {
    query: 'RDB AOF 차이',
    expect: ['RDB 스냅샷', 'AOF(Append Only File)'],
    category: 'comparison',
    compare: ['RDB 스냅샷', 'AOF(Append Only File)'],
  },
  {
    query: '복제랑 샤딩 뭐가 달라',
    expect: ['복제(Replicaton)', '샤딩(Sharding)'],
    category: 'comparison',
    compare: ['복제(Replicaton)', '샤딩(Sharding)'],
  },
  {
    query: 'write through vs write back',
    expect: ['라이트 스루(Write-Through)', '라이트 백(Write-Back)'],
    category: 'comparison',
    compare: ['라이트 스루(Write-Through)', '라이트 백(Write-Back)'],
  },
  {
    query: '문서형 DB랑 키값 DB 차이',
    expect: ['문서형(Document)', '키-값(Key-Value)'],
    category: 'comparison',
    compare: ['문서형(Document)', '키-값(Key-Value)'],
  },

  // miss
  { query: 'OSI 7계층', expect: null, category: 'miss' },
  { query: '선형대수 고유값 분해', expect: null, category: 'miss' },
  { query: '머신러닝 경사하강법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'MongoDB 인덱스 만들기', expect: null, category: 'miss-shared' },
  { query: 'Redis 분산 락 구현', expect: null, category: 'miss-shared' },
  { query: 'Redis Lua 스크립트', expect: null, category: 'miss-shared' },
  { query: 'RDBMS 정규화 제3정규형', expect: null, category: 'miss-shared' },
];
