import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '데이터 마트', expect: '데이터 마트(Data Mart)', category: 'plain' },
  { query: '팩트 테이블', expect: '팩트 테이블(Fact Table)', category: 'plain' },
  { query: '스테이징 영역', expect: '스테이징 영역(Staging Area)', category: 'plain' },
  { query: '컬럼 기반 저장소', expect: '컬럼 기반 저장소(Columnar Storage)', category: 'plain' },

  // particles
  { query: '데이터 레이크가 뭐야', expect: '데이터 레이크(Data Lake)', category: 'particles' },
  { query: '대리 키란', expect: '대리 키', category: 'particles' },
  { query: '증분 적재는 뭐임', expect: '증분 적재', category: 'particles' },
  {
    query: '워크플로 오케스트레이션이 뭐야',
    expect: '워크플로 오케스트레이션(Workflow Orchestration)',
    category: 'particles',
  },
  { query: '데이터 계보란 뭔가요', expect: '데이터 계보', category: 'particles' },

  // question
  { query: '배치 두 번 돌렸더니 매출이 두 배로 찍혀요', expect: '멱등성 보장', category: 'question' },
  {
    query: '고객 주소 바뀌면 예전 주소 이력은 어떻게 남겨',
    expect: '천천히 변하는 차원',
    category: 'question',
  },
  {
    query: '삭제된 행은 updated_at으로 못 잡는데 어떻게 해',
    expect: '변경 데이터 캡처(CDC)',
    category: 'question',
  },
  {
    query: 'BigQuery 요금 왜 이렇게 많이 나와',
    expect: '클라우드 데이터 웨어하우스(Cloud DW)',
    category: 'question',
  },
  {
    query: '운영 DB에서 바로 집계 쿼리 돌리면 안 돼?',
    expect: '데이터 웨어하우스(Data Warehouse)',
    category: 'question',
  },
  { query: '날짜 형식 제각각인 거 어디서 맞춰', expect: '변환(Transformaton)', category: 'question' },
  { query: '대량으로 넣을 때 INSERT 하나씩 하면 너무 느려요', expect: '적재(Load)', category: 'question' },
  {
    query: '연 매출에서 월별로 파고들어 보려면',
    expect: '롤업과 드릴다운(Roll-up & Drill-down)',
    category: 'question',
  },
  {
    query: '원천 DB에 부하 안 주고 데이터 뽑으려면 어떻게 해',
    expect: '추출(Extraction)',
    category: 'question',
  },
  {
    query: '특정 날짜만 조회하는데 테이블 전체 다 읽는 거 막으려면',
    expect: '파티셔닝(Partitoning)',
    category: 'question',
  },

  // spacing
  { query: '데이터웨어하우스', expect: '데이터 웨어하우스(Data Warehouse)', category: 'spacing' },
  {
    query: '스노우 플레이크스키마',
    expect: '스노우플레이크 스키마(Snowflake Schema)',
    category: 'spacing',
  },
  { query: '차원테이블', expect: '차원 테이블(Dimension Tabel)', category: 'spacing' },
  { query: '데이터품질검증', expect: '데이터 품질 검증', category: 'spacing' },

  // typo-query
  { query: '팩투 테이블', expect: '팩트 테이블(Fact Table)', category: 'typo-query' },
  { query: '스테이싱 영역', expect: '스테이징 영역(Staging Area)', category: 'typo-query' },
  {
    query: '워크플로 오케스트래이션',
    expect: '워크플로 오케스트레이션(Workflow Orchestration)',
    category: 'typo-query',
  },
  { query: '멱등썽 보장', expect: '멱등성 보장', category: 'typo-query' },
  { query: 'datta lake', expect: '데이터 레이크(Data Lake)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'dimension table', expect: '차원 테이블(Dimension Tabel)', category: 'typo-notes' },
  { query: 'transformation', expect: '변환(Transformaton)', category: 'typo-notes' },
  { query: 'partitioning', expect: '파티셔닝(Partitoning)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'wjrwo', expect: '적재(Load)', category: 'keyboard' },
  { query: 'cncnf', expect: '추출(Extraction)', category: 'keyboard' },
  { query: 'eofl zl', expect: '대리 키', category: 'keyboard' },

  // choseong
  { query: 'ㅍㅌㅌㅇㅂ', expect: '팩트 테이블(Fact Table)', category: 'choseong' },
  { query: 'ㄷㅇㅌㄹㅇㅋ', expect: '데이터 레이크(Data Lake)', category: 'choseong' },
  { query: 'ㅈㅂㅈㅈ', expect: '증분 적재', category: 'choseong' },

  // english-glossary
  { query: 'slowly changing dimension', expect: '천천히 변하는 차원', category: 'english-glossary' },
  { query: 'surrogate key', expect: '대리 키', category: 'english-glossary' },
  { query: 'incremental load', expect: '증분 적재', category: 'english-glossary' },
  { query: 'data lineage', expect: '데이터 계보', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'capture inserts and deletes from the database log',
    expect: '변경 데이터 캡처(CDC)',
    category: 'english',
  },
  {
    query: 'central table with numeric measures and foreign keys',
    expect: '팩트 테이블(Fact Table)',
    category: 'english',
  },
  {
    query: 'load raw data first then transform inside the warehouse with sql',
    expect: 'ELT(Extract Load Transform)',
    category: 'english',
  },
  {
    query: 'why column oriented storage is faster for analytics',
    expect: '컬럼 기반 저장소(Columnar Storage)',
    category: 'english',
  },
  {
    query: 'schedule and retry dependent batch jobs as a DAG',
    expect: '워크플로 오케스트레이션(Workflow Orchestration)',
    category: 'english',
  },

  // paraphrase
  {
    query: '부서 하나만 쓰라고 일부만 떼어낸 작은 분석용 창고',
    expect: '데이터 마트(Data Mart)',
    category: 'paraphrase',
  },
  {
    query: '한 축을 값 하나로 고정해서 잘라 보기',
    expect: '슬라이스와 다이스(Slice & Dice)',
    category: 'paraphrase',
  },
  {
    query: '가공 안 하고 원본 그대로 전부 쏟아 붓는 곳',
    expect: '데이터 레이크(Data Lake)',
    category: 'paraphrase',
  },
  {
    query: '부서별로 먼저 만들고 나중에 공통 축으로 묶는 상향식 설계',
    expect: '킴볼 방식(Bottom-up)',
    category: 'paraphrase',
  },
  {
    query: '가공하기 전에 뽑아온 원본을 잠깐 두는 임시 공간',
    expect: '스테이징 영역(Staging Area)',
    category: 'paraphrase',
  },
  {
    query: '보고서 숫자가 틀리기 전에 NULL 비율이랑 행 수 체크하기',
    expect: '데이터 품질 검증',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'OLTP vs OLAP 차이',
    expect: ['OLTP(온라인 트랜잭션 처리)', 'OLAP(온라인 분석 처리)'],
    category: 'comparison',
    compare: ['OLTP(온라인 트랜잭션 처리)', 'OLAP(온라인 분석 처리)'],
  },
  {
    query: '스타 스키마랑 스노우플레이크 스키마 차이',
    expect: ['스타 스키마(Star Schema)', '스노우플레이크 스키마(Snowflake Schema)'],
    category: 'comparison',
    compare: ['스타 스키마(Star Schema)', '스노우플레이크 스키마(Snowflake Schema)'],
  },
  {
    query: 'ETL이랑 ELT 차이가 뭐야',
    expect: ['ETL 과정(ETL Process)', 'ELT(Extract Load Transform)'],
    category: 'comparison',
    compare: ['ETL 과정(ETL Process)', 'ELT(Extract Load Transform)'],
  },
  {
    query: '인몬 킴볼 방법론 비교',
    expect: ['인몬 방식(Top-down)', '킴볼 방식(Bottom-up)'],
    category: 'comparison',
    compare: ['인몬 방식(Top-down)', '킴볼 방식(Bottom-up)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Kafka 스트림으로 실시간 데이터 처리', expect: null, category: 'miss-shared' },
  { query: 'MongoDB 스키마 설계할 때 임베딩 vs 참조', expect: null, category: 'miss-shared' },
  { query: 'Spark 셔플 줄이는 파티션 튜닝', expect: null, category: 'miss-shared' },
  { query: 'Tableau 대시보드에 차트 추가하기', expect: null, category: 'miss-shared' },
];
