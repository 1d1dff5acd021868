import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '카디널리티', expect: '카디널리티(Cardinality)', category: 'plain' },
  { query: 'PromQL', expect: 'PromQL', category: 'plain' },
  { query: '연속 집계', expect: '연속 집계(Continuous Aggregate)', category: 'plain' },
  { query: '시간 파티셔닝', expect: '시간 파티셔닝(Time Partitioning)', category: 'plain' },

  // particles
  { query: '프로메테우스가 뭐야', expect: '프로메테우스(Prometheus)', category: 'particles' },
  { query: '데이터 모델이란', expect: '데이터 모델(Data Model)', category: 'particles' },
  { query: '고릴라 압축은 뭐임', expect: '고릴라 압축(Gorilla)', category: 'particles' },
  { query: 'LSM 트리가 뭐야', expect: 'LSM 트리(LSM Tree)', category: 'particles' },
  { query: '이상 탐지란', expect: '이상 탐지', category: 'particles' },

  // question
  {
    query: 'tag에 user_id 넣었더니 메모리가 터져요',
    expect: '카디널리티(Cardinality)',
    category: 'question',
  },
  {
    query: '일반 MySQL에 센서 데이터 넣으면 안 돼?',
    expect: '시계열 데이터(Time Series Data)',
    category: 'question',
  },
  {
    query: '30일 지난 데이터 자동으로 지우려면 어떻게 해',
    expect: '보존 정책(Retention Polcy)',
    category: 'question',
  },
  {
    query: '5분 단위로 평균 내려면 쿼리 어떻게 짜',
    expect: '시간 버킷 집계(time_bucket)',
    category: 'question',
  },
  { query: '요청 수 카운터 그래프가 계속 올라가기만 해요', expect: 'PromQL', category: 'question' },
  { query: '수집 빠진 구간 때문에 그래프가 끊겨요', expect: '빈 구간 채우기', category: 'question' },
  {
    query: 'PostgreSQL 그대로 쓰면서 시계열 저장하려면 뭐 써',
    expect: '타임스케일DB(TimescaleDB)',
    category: 'question',
  },
  {
    query: '대시보드 쿼리가 매번 느린데 미리 계산해둘 수 없나',
    expect: '연속 집계(Continuous Aggregate)',
    category: 'question',
  },
  { query: '짧게 끝나는 배치 작업 메트릭은 어떻게 긁어가', expect: '풀 방식(Pull)', category: 'question' },
  {
    query: 'Prometheus 데이터 1년 넘게 보관하려면',
    expect: '프로메테우스(Prometheus)',
    category: 'question',
  },

  // spacing
  { query: '시계열데이터', expect: '시계열 데이터(Time Series Data)', category: 'spacing' },
  { query: '시간버킷 집계', expect: '시간 버킷 집계(time_bucket)', category: 'spacing' },
  { query: '고가용성구성', expect: '고가용성 구성(High Availability)', category: 'spacing' },
  { query: '컬럼기반 저장', expect: '컬럼 기반 저장(Columnar Storag)', category: 'spacing' },

  // typo-query
  { query: '카디널리트', expect: '카디널리티(Cardinality)', category: 'typo-query' },
  { query: '프로메테우수', expect: '프로메테우스(Prometheus)', category: 'typo-query' },
  { query: '다운셈플링', expect: '다운샘플링(Downsamplng)', category: 'typo-query' },
  { query: 'grafna 대시보드', expect: '시각화 대시보드(Grafana)', category: 'typo-query' },
  { query: '타임스캐일DB', expect: '타임스케일DB(TimescaleDB)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'columnar storage', expect: '컬럼 기반 저장(Columnar Storag)', category: 'typo-notes' },
  { query: 'downsampling', expect: '다운샘플링(Downsamplng)', category: 'typo-notes' },
  { query: 'retention policy', expect: '보존 정책(Retention Polcy)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qhwhs wjdcor', expect: '보존 정책(Retention Polcy)', category: 'keyboard' },
  { query: 'dkqcnr rlqjq', expect: '압축 기법', category: 'keyboard' },
  { query: 'epfxk dlszheld', expect: '델타 인코딩(Delta Encoding)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅅ ㅌㅈ', expect: '이상 탐지', category: 'choseong' },
  { query: 'ㅂㅈ ㅈㅊ', expect: '보존 정책(Retention Polcy)', category: 'choseong' },
  { query: 'ㄷㅌ ㅇㅋㄷ', expect: '델타 인코딩(Delta Encoding)', category: 'choseong' },

  // english-glossary
  { query: 'append only writes', expect: '쓰기 특성', category: 'english-glossary' },
  { query: 'data compression', expect: '압축 기법', category: 'english-glossary' },
  { query: 'anomaly detection', expect: '이상 탐지', category: 'english-glossary' },
  { query: 'interpolation of missing values', expect: '빈 구간 채우기', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how does a memtable flush to sorted files', expect: 'LSM 트리(LSM Tree)', category: 'english' },
  {
    query: 'store only the difference between consecutive timestamps',
    expect: '델타 인코딩(Delta Encoding)',
    category: 'english',
  },
  {
    query: 'XOR floating point compression from facebook',
    expect: '고릴라 압축(Gorilla)',
    category: 'english',
  },
  {
    query: 'replicate nodes so data survives a failure',
    expect: '고가용성 구성(High Availability)',
    category: 'english',
  },
  { query: 'line protocol measurement tag field', expect: '데이터 모델(Data Model)', category: 'english' },

  // paraphrase
  {
    query: '오래된 원본을 큰 시간 단위 요약본으로 줄여서 남기기',
    expect: '다운샘플링(Downsamplng)',
    category: 'paraphrase',
  },
  {
    query: '날짜 단위로 데이터를 쪼개 두고 오래된 덩어리는 파일째 삭제',
    expect: '시간 파티셔닝(Time Partitioning)',
    category: 'paraphrase',
  },
  { query: '에이전트가 DB로 직접 데이터를 보내는 수집', expect: '푸시 방식(Push)', category: 'paraphrase' },
  {
    query: '여러 데이터 소스 연결해서 그래프 패널로 보여주는 도구',
    expect: '시각화 대시보드(Grafana)',
    category: 'paraphrase',
  },
  {
    query: '포스트그레스 확장 설치하면 테이블이 청크로 자동 분할되는 것',
    expect: '타임스케일DB(TimescaleDB)',
    category: 'paraphrase',
  },
  {
    query: 'Rust로 다시 만든 제일 유명한 시계열 전용 DB',
    expect: '인플럭스DB(InfluxDB)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '풀 방식 푸시 방식 차이',
    expect: ['풀 방식(Pull)', '푸시 방식(Push)'],
    category: 'comparison',
    compare: ['풀 방식(Pull)', '푸시 방식(Push)'],
  },
  {
    query: '델타 인코딩 vs 고릴라 압축',
    expect: ['델타 인코딩(Delta Encoding)', '고릴라 압축(Gorilla)'],
    category: 'comparison',
    compare: ['델타 인코딩(Delta Encoding)', '고릴라 압축(Gorilla)'],
  },
  {
    query: '다운샘플링이랑 보존 정책 차이가 뭐야',
    expect: ['다운샘플링(Downsamplng)', '보존 정책(Retention Polcy)'],
    category: 'comparison',
    compare: ['다운샘플링(Downsamplng)', '보존 정책(Retention Polcy)'],
  },
  {
    query: 'InfluxDB vs TimescaleDB',
    expect: ['인플럭스DB(InfluxDB)', '타임스케일DB(TimescaleDB)'],
    category: 'comparison',
    compare: ['인플럭스DB(InfluxDB)', '타임스케일DB(TimescaleDB)'],
  },

  // miss
  { query: '스쿼트 자세 교정하는 법', expect: null, category: 'miss' },
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 외우는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'MongoDB 샤딩 샤드 키 고르는 법', expect: null, category: 'miss-shared' },
  { query: '엘라스틱서치 역색인 전문 검색', expect: null, category: 'miss-shared' },
  { query: 'Redis 캐시 만료 TTL 설정', expect: null, category: 'miss-shared' },
  { query: 'Neo4j Cypher 쿼리로 관계 탐색', expect: null, category: 'miss-shared' },
];
