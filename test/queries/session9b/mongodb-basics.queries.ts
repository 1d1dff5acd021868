import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '컬렉션', expect: '컬렉션(Collection)', category: 'plain' },
  { query: '샤드 키', expect: '샤드 키(Shard Key)', category: 'plain' },
  { query: '관계 표현 방식', expect: '관계 표현 방식(Relationships)', category: 'plain' },
  { query: '해시 기반 샤딩', expect: '해시 기반 샤딩(Hashed)', category: 'plain' },

  // particles
  { query: '도큐먼트가 뭐야', expect: '도큐먼트(Document)', category: 'particles' },
  { query: '인덱스란', expect: '인덱스(Index)', category: 'particles' },
  { query: '임베딩이 뭐임', expect: '임베딩(Embedding)', category: 'particles' },
  { query: 'BSON이란', expect: 'BSON 형식(BSON)', category: 'particles' },
  { query: '몽구스 스키마는 뭐야', expect: '몽구스 스키마(Mongoose Schema)', category: 'particles' },

  // question
  {
    query: 'ObjectId로 저장된 걸 문자열로 찾으면 왜 안 나와',
    expect: '기본 키와 ObjectId(_id)',
    category: 'question',
  },
  { query: 'updateOne 했는데 다른 필드가 다 사라졌어요', expect: '수정 연산(Upadte)', category: 'question' },
  { query: '댓글이 수천 개면 따로 컬렉션으로 빼야 돼?', expect: '참조(Reference)', category: 'question' },
  { query: '쿼리 느린데 인덱스 타는지 어떻게 확인해', expect: '인덱스(Index)', category: 'question' },
  { query: '인덱스 걸었는데 createdAt으로만 검색하면 왜 안 타', expect: '복합 인덱스', category: 'question' },
  { query: '집계에서 다른 컬렉션이랑 조인하려면 어떻게 해', expect: '$lookup', category: 'question' },
  { query: '노드 수를 왜 홀수로 맞춰', expect: '프라이머리 선출', category: 'question' },
  {
    query: 'insertMany 중간에 하나 실패하면 나머지는 어떻게 돼',
    expect: '삽입(insert)',
    category: 'question',
  },
  {
    query: 'mongoose에서 ref로 저장한 id를 실제 문서로 바꾸려면',
    expect: '모델과 참조 채우기(Populate)',
    category: 'question',
  },
  { query: '도큐먼트 하나가 16MB 넘으면 어떻게 돼', expect: '문서 크기 제한', category: 'question' },

  // spacing
  { query: '집계파이프라인', expect: '집계 파이프라인(Aggregation Pipline)', category: 'spacing' },
  { query: '레플리카셋', expect: '레플리카 셋(Replica Set)', category: 'spacing' },
  { query: '쿼리연산자', expect: '쿼리 연산자(Query Operators)', category: 'spacing' },
  { query: '쓰기확인 수준', expect: '쓰기 확인 수준', category: 'spacing' },

  // typo-query
  { query: '도큐먼드', expect: '도큐먼트(Document)', category: 'typo-query' },
  { query: '레플리카 샛', expect: '레플리카 셋(Replica Set)', category: 'typo-query' },
  { query: '집계 파이프라잉', expect: '집계 파이프라인(Aggregation Pipline)', category: 'typo-query' },
  { query: '몽구즈 스키마', expect: '몽구스 스키마(Mongoose Schema)', category: 'typo-query' },
  { query: 'popluate', expect: '모델과 참조 채우기(Populate)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'update 연산', expect: '수정 연산(Upadte)', category: 'typo-notes' },
  { query: 'aggregation pipeline', expect: '집계 파이프라인(Aggregation Pipline)', category: 'typo-notes' },
  { query: 'sharding', expect: '샤딩(Shardnig)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'dlseprtm', expect: '인덱스(Index)', category: 'keyboard' },
  { query: 'tield', expect: '샤딩(Shardnig)', category: 'keyboard' },
  { query: 'dlaqpeld', expect: '임베딩(Embedding)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅍㄹㅋㅅ', expect: '레플리카 셋(Replica Set)', category: 'choseong' },
  { query: 'ㅅㄷㅋ', expect: '샤드 키(Shard Key)', category: 'choseong' },
  { query: 'ㅈㄱㅍㅇㅍㄹㅇ', expect: '집계 파이프라인(Aggregation Pipline)', category: 'choseong' },

  // english-glossary
  { query: 'compound index', expect: '복합 인덱스', category: 'english-glossary' },
  { query: 'primary election', expect: '프라이머리 선출', category: 'english-glossary' },
  { query: 'write concern', expect: '쓰기 확인 수준', category: 'english-glossary' },
  { query: 'maximum document size', expect: '문서 크기 제한', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how to join another collection in an aggregation', expect: '$lookup', category: 'english' },
  {
    query: 'binary format mongodb uses to store documents on disk',
    expect: 'BSON 형식(BSON)',
    category: 'english',
  },
  {
    query: 'split data across multiple servers for horizontal scaling',
    expect: '샤딩(Shardnig)',
    category: 'english',
  },
  {
    query: 'filter documents with greater than or in operators',
    expect: '쿼리 연산자(Query Operators)',
    category: 'english',
  },
  {
    query: 'define required fields and default values for a node odm',
    expect: '몽구스 스키마(Mongoose Schema)',
    category: 'english',
  },

  // paraphrase
  {
    query: '서버 한 대 죽어도 서비스 계속 돌게 똑같은 복사본 여러 대 두기',
    expect: '레플리카 셋(Replica Set)',
    category: 'paraphrase',
  },
  {
    query: '자식 데이터를 부모 문서 안에 통째로 넣어두는 설계',
    expect: '임베딩(Embedding)',
    category: 'paraphrase',
  },
  {
    query: '검색할 때 전부 훑지 않게 미리 만들어두는 정렬된 자료구조',
    expect: '인덱스(Index)',
    category: 'paraphrase',
  },
  {
    query: '조건 맞는 게 없으면 새로 만들고 있으면 고치기',
    expect: '수정 연산(Upadte)',
    category: 'paraphrase',
  },
  {
    query: '계속 커지는 값 기준으로 나누면 마지막 서버로 몰리는 문제',
    expect: '범위 기반 샤딩(Ranged)',
    category: 'paraphrase',
  },
  { query: 'RDB 테이블에 해당하는 묶음 단위', expect: '컬렉션(Collection)', category: 'paraphrase' },

  // comparison
  {
    query: '임베딩 vs 참조',
    expect: ['임베딩(Embedding)', '참조(Reference)'],
    category: 'comparison',
    compare: ['임베딩(Embedding)', '참조(Reference)'],
  },
  {
    query: '범위 샤딩이랑 해시 샤딩 차이',
    expect: ['범위 기반 샤딩(Ranged)', '해시 기반 샤딩(Hashed)'],
    category: 'comparison',
    compare: ['범위 기반 샤딩(Ranged)', '해시 기반 샤딩(Hashed)'],
  },
  {
    query: '레플리카 셋이랑 샤딩 차이가 뭐야',
    expect: ['레플리카 셋(Replica Set)', '샤딩(Shardnig)'],
    category: 'comparison',
    compare: ['레플리카 셋(Replica Set)', '샤딩(Shardnig)'],
  },
  {
    query: 'find랑 aggregate 차이',
    expect: ['조회(find)', '집계 파이프라인(Aggregation Pipline)'],
    category: 'comparison',
    compare: ['조회(find)', '집계 파이프라인(Aggregation Pipline)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 자세 교정', expect: null, category: 'miss' },
  { query: '임진왜란 주요 전투 순서', expect: null, category: 'miss' },

  // miss-shared
  { query: 'MongoDB Atlas 백업 복원하는 법', expect: null, category: 'miss-shared' },
  { query: 'Change Streams로 실시간 변경 감지', expect: null, category: 'miss-shared' },
  { query: 'GraphQL 스키마 타입 정의', expect: null, category: 'miss-shared' },
  { query: 'Redis 캐시 만료 시간 설정', expect: null, category: 'miss-shared' },
];
