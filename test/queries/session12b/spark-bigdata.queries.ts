import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '맵리듀스', expect: '맵리듀스(MapReduce)', category: 'plain' },
  { query: '셔플', expect: '셔플(Shuffle)', category: 'plain' },
  { query: '구조적 스트리밍', expect: '구조적 스트리밍(Structured Streaming)', category: 'plain' },
  { query: '데이터프레임', expect: '데이터프레임(DataFrame)', category: 'plain' },

  // particles
  { query: '지연 평가가 뭐야', expect: '지연 평가(Lazy Evaluaton)', category: 'particles' },
  { query: '파티션이란', expect: '파티션(Partition)', category: 'particles' },
  {
    query: '카탈리스트 옵티마이저는 뭐임',
    expect: '카탈리스트 옵티마이저(Catalyst Optimzer)',
    category: 'particles',
  },
  { query: '하둡 에코시스템이 뭐야', expect: '하둡 에코시스템(Hadoop Ecosystem)', category: 'particles' },
  { query: '브로드캐스트 변수란', expect: '브로드캐스트 변수(Broadcast Variable)', category: 'particles' },

  // question
  {
    query: 'collect 했더니 드라이버 메모리 터졌어요',
    expect: '드라이버와 익스큐터(Driver & Executer)',
    category: 'question',
  },
  {
    query: 'filter 썼는데 왜 아무것도 실행이 안 돼',
    expect: '지연 평가(Lazy Evaluaton)',
    category: 'question',
  },
  { query: 'groupByKey 대신 reduceByKey 쓰라는 이유', expect: '셔플(Shuffle)', category: 'question' },
  {
    query: '저장하기 전에 파일 개수 줄이려면 어떻게 해',
    expect: 'repartition과 coalesce',
    category: 'question',
  },
  { query: '태스크 하나만 엄청 오래 걸려요', expect: '데이터 쏠림', category: 'question' },
  {
    query: '같은 DataFrame 여러 번 쓸 때 매번 다시 계산 안 하게 하려면',
    expect: '캐싱(Caching)',
    category: 'question',
  },
  { query: '노드 하나 죽으면 RDD 데이터는 어떻게 복구돼', expect: '계보와 장애 복구', category: 'question' },
  { query: 'HDFS 블록 크기 기본값 몇이야', expect: '하둡 분산 파일 시스템(HDFS)', category: 'question' },
  { query: 'DataFrame을 SQL로 조회하려면 어떻게 해', expect: '스파크 SQL(Spark SQL)', category: 'question' },
  { query: '스테이지는 언제 나뉘어', expect: 'DAG와 스테이지(DAG & Stage)', category: 'question' },

  // spacing
  { query: '지연평가', expect: '지연 평가(Lazy Evaluaton)', category: 'spacing' },
  { query: '구조적스트리밍', expect: '구조적 스트리밍(Structured Streaming)', category: 'spacing' },
  { query: '하둡분산파일시스템', expect: '하둡 분산 파일 시스템(HDFS)', category: 'spacing' },
  { query: '브로드캐스트변수', expect: '브로드캐스트 변수(Broadcast Variable)', category: 'spacing' },

  // typo-query
  { query: '맵리듀수', expect: '맵리듀스(MapReduce)', category: 'typo-query' },
  { query: '셔풀', expect: '셔플(Shuffle)', category: 'typo-query' },
  { query: '데이타프레임', expect: '데이터프레임(DataFrame)', category: 'typo-query' },
  { query: 'coalsce', expect: 'repartition과 coalesce', category: 'typo-query' },
  {
    query: '카탈리스트 옵티마이져',
    expect: '카탈리스트 옵티마이저(Catalyst Optimzer)',
    category: 'typo-query',
  },

  // typo-notes
  { query: 'lazy evaluation', expect: '지연 평가(Lazy Evaluaton)', category: 'typo-notes' },
  { query: 'driver and executor', expect: '드라이버와 익스큐터(Driver & Executer)', category: 'typo-notes' },
  { query: 'catalyst optimizer', expect: '카탈리스트 옵티마이저(Catalyst Optimzer)', category: 'typo-notes' },

  // keyboard
  { query: 'tuvmf', expect: '셔플(Shuffle)', category: 'keyboard' },
  { query: 'vkxltus', expect: '파티션(Partition)', category: 'keyboard' },
  { query: 'zotld', expect: '캐싱(Caching)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㅇㅍㄱ', expect: '지연 평가(Lazy Evaluaton)', category: 'choseong' },
  { query: 'ㅁㄹㄷㅅ', expect: '맵리듀스(MapReduce)', category: 'choseong' },
  { query: 'ㄴㅇㄴㄷ', expect: '네임노드(NameNode)', category: 'choseong' },

  // english-glossary
  { query: 'lineage', expect: '계보와 장애 복구', category: 'english-glossary' },
  { query: 'data skew', expect: '데이터 쏠림', category: 'english-glossary' },
  { query: 'narrow dependency', expect: '좁은 의존성', category: 'english-glossary' },
  { query: 'volume velocity variety', expect: '빅데이터의 3V', category: 'english-glossary' },

  // english
  {
    query: 'master node that keeps file metadata in hdfs',
    expect: '네임노드(NameNode)',
    category: 'english',
  },
  {
    query: 'operations that trigger job execution and return results to the driver',
    expect: '액션(Action)',
    category: 'english',
  },
  { query: 'run sql queries on a temp view', expect: '스파크 SQL(Spark SQL)', category: 'english' },
  {
    query: 'reduce the number of partitions without a full shuffle',
    expect: 'repartition과 coalesce',
    category: 'english',
  },
  {
    query: 'send a small lookup table to every executor once',
    expect: '브로드캐스트 변수(Broadcast Variable)',
    category: 'english',
  },

  // paraphrase
  {
    query: '실시간 데이터를 1초씩 잘라서 작은 묶음으로 처리하는 옛날 방식',
    expect: '스파크 스트리밍(Spark Streaming)',
    category: 'paraphrase',
  },
  {
    query: '같은 키끼리 모으려고 노드 사이로 데이터 옮기는 비싼 작업',
    expect: '셔플(Shuffle)',
    category: 'paraphrase',
  },
  {
    query: '디스크 말고 메모리에서 돌려서 하둡보다 빠른 분산 엔진',
    expect: '아파치 스파크(Apache Spark)',
    category: 'paraphrase',
  },
  {
    query: '큰 파일을 조각내서 여러 서버에 복사본 세 개씩 저장하는 저장소',
    expect: '하둡 분산 파일 시스템(HDFS)',
    category: 'paraphrase',
  },
  {
    query: '지각한 이벤트를 언제까지 집계에 넣어줄지 정하는 기준',
    expect: '늦게 도착한 데이터와 워터마크',
    category: 'paraphrase',
  },
  { query: '컬럼 이름과 타입이 있는 분산 테이블', expect: '데이터프레임(DataFrame)', category: 'paraphrase' },

  // comparison
  {
    query: '트랜스포메이션 액션 차이',
    expect: ['트랜스포메이션(Transformation)', '액션(Action)'],
    category: 'comparison',
    compare: ['트랜스포메이션(Transformation)', '액션(Action)'],
  },
  {
    query: '좁은 의존성 넓은 의존성 차이',
    expect: ['좁은 의존성', '넓은 의존성'],
    category: 'comparison',
    compare: ['좁은 의존성', '넓은 의존성'],
  },
  {
    query: '네임노드랑 데이터노드 차이',
    expect: ['네임노드(NameNode)', '데이터노드(DataNode)'],
    category: 'comparison',
    compare: ['네임노드(NameNode)', '데이터노드(DataNode)'],
  },
  {
    query: 'RDD vs DataFrame',
    expect: ['RDD(Resilient Distributed Dataset)', '데이터프레임(DataFrame)'],
    category: 'comparison',
    compare: ['RDD(Resilient Distributed Dataset)', '데이터프레임(DataFrame)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '야구 인필드 플라이 규칙', expect: null, category: 'miss' },
  { query: '십자군 전쟁 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Kafka 컨슈머 그룹 오프셋 커밋', expect: null, category: 'miss-shared' },
  { query: 'Hive 메타스토어 설정', expect: null, category: 'miss-shared' },
  { query: 'MLlib 랜덤 포레스트 학습', expect: null, category: 'miss-shared' },
  { query: 'Airflow DAG 스케줄링', expect: null, category: 'miss-shared' },
];
