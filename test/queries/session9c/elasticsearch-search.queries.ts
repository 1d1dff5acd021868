import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '역색인', expect: '역색인(Inverted Indx)', category: 'plain' },
  { query: '샤드', expect: '샤드(Shard)', category: 'plain' },
  { query: '불 쿼리', expect: '불 쿼리(Bool Query)', category: 'plain' },
  { query: '엔그램', expect: '엔그램(N-gram)', category: 'plain' },

  // particles
  { query: '노리 분석기가 뭐야', expect: '노리 한국어 분석기(Nori)', category: 'particles' },
  { query: '매핑이란', expect: '매핑(Mapping)', category: 'particles' },
  { query: '레플리카는 뭐임', expect: '레플리카(Replica)', category: 'particles' },
  { query: '토크나이저가 뭐야', expect: '토크나이저(Tokenizer)', category: 'particles' },
  { query: '클러스터랑 노드란', expect: '클러스터와 노드(Cluster & Node)', category: 'particles' },

  // question
  { query: 'term 쿼리로 찾았는데 결과가 0개 나와요', expect: '텀 쿼리(Term Query)', category: 'question' },
  { query: '문서 넣었는데 바로 검색이 안 돼요', expect: '준실시간 검색', category: 'question' },
  { query: '프라이머리 샤드 개수 나중에 늘릴 수 있어?', expect: '샤드(Shard)', category: 'question' },
  {
    query: '클러스터 상태가 yellow로 뜨는 이유',
    expect: '클러스터와 노드(Cluster & Node)',
    category: 'question',
  },
  {
    query: '검색엔진은 검색엔진을 이 서로 다른 토큰이 되는 이유',
    expect: '형태소 분석(Morphological Analysis)',
    category: 'question',
  },
  {
    query: '상태값 조건은 must에 넣어야 돼 filter에 넣어야 돼',
    expect: '불 쿼리(Bool Query)',
    category: 'question',
  },
  { query: '필드 타입 잘못 정했는데 바꾸려면 어떻게 해', expect: '매핑(Mapping)', category: 'question' },
  {
    query: '분석기가 문장을 어떻게 쪼개는지 확인하려면',
    expect: '분석기 테스트(_analyze API)',
    category: 'question',
  },
  { query: '노드 하나 죽으면 데이터 날아가?', expect: '레플리카(Replica)', category: 'question' },
  {
    query: '삼성전자를 삼성 전자로 나눠서 색인하려면',
    expect: '노리 한국어 분석기(Nori)',
    category: 'question',
  },

  // spacing
  { query: '역 색인', expect: '역색인(Inverted Indx)', category: 'spacing' },
  { query: '형태소분석', expect: '형태소 분석(Morphological Analysis)', category: 'spacing' },
  { query: '준 실시간검색', expect: '준실시간 검색', category: 'spacing' },
  { query: '동의어사전', expect: '동의어 사전', category: 'spacing' },

  // typo-query
  { query: '레플리케', expect: '레플리카(Replica)', category: 'typo-query' },
  { query: '토크나이져', expect: '토크나이저(Tokenizer)', category: 'typo-query' },
  { query: '메치 쿼리', expect: '매치 쿼리(Match Query)', category: 'typo-query' },
  { query: '블용어 처리', expect: '불용어 처리', category: 'typo-query' },
  { query: '형태서 분석', expect: '형태소 분석(Morphological Analysis)', category: 'typo-query' },

  // typo-notes
  { query: 'inverted index', expect: '역색인(Inverted Indx)', category: 'typo-notes' },
  { query: 'relevance score', expect: '연관도 점수(Relevence Score)', category: 'typo-notes' },
  { query: 'aggregation', expect: '집계(Aggregaton)', category: 'typo-notes' },

  // keyboard
  { query: 'durtordls', expect: '역색인(Inverted Indx)', category: 'keyboard' },
  { query: 'tiem', expect: '샤드(Shard)', category: 'keyboard' },
  { query: 'aovld', expect: '매핑(Mapping)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㅌㅅㅂㅅ', expect: '형태소 분석(Morphological Analysis)', category: 'choseong' },
  { query: 'ㄹㅍㄹㅋ', expect: '레플리카(Replica)', category: 'choseong' },
  { query: 'ㅇㄱㄷㅈㅅ', expect: '연관도 점수(Relevence Score)', category: 'choseong' },

  // english-glossary
  { query: 'near real-time search', expect: '준실시간 검색', category: 'english-glossary' },
  { query: 'stop words', expect: '불용어 처리', category: 'english-glossary' },
  { query: 'synonym', expect: '동의어 사전', category: 'english-glossary' },
  { query: 'pagination', expect: '페이지 나누기', category: 'english-glossary' },

  // english
  {
    query: 'how does full text search differ from SQL LIKE',
    expect: '전문 검색(Full-text Search)',
    category: 'english',
  },
  {
    query: 'query that skips analysis and compares exact tokens',
    expect: '텀 쿼리(Term Query)',
    category: 'english',
  },
  {
    query: 'how is the document score calculated from term frequency and IDF',
    expect: 'BM25 알고리즘(BM25)',
    category: 'english',
  },
  { query: 'autocomplete with edge ngrams', expect: '엔그램(N-gram)', category: 'english' },
  { query: 'group documents by field value like GROUP BY', expect: '버킷 집계(Bucket)', category: 'english' },

  // paraphrase
  {
    query: '책 뒤에 있는 찾아보기처럼 단어별로 문서 번호를 적어두는 구조',
    expect: '역색인(Inverted Indx)',
    category: 'paraphrase',
  },
  { query: '너무 흔한 단어라 검색할 때 빼버리는 것', expect: '불용어 처리', category: 'paraphrase' },
  { query: '뜻이 같은 다른 말로 찾아도 걸리게 묶어주기', expect: '동의어 사전', category: 'paraphrase' },
  {
    query: '데이터를 여러 조각으로 쪼개서 서버 여러 대에 나눠 두기',
    expect: '샤드(Shard)',
    category: 'paraphrase',
  },
  { query: '평균이나 최댓값 같은 숫자 하나 계산하기', expect: '메트릭 집계(Metric)', category: 'paraphrase' },
  {
    query: '원본 조각이 있는 서버가 죽어도 버티게 복사본 두기',
    expect: '레플리카(Replica)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'match 쿼리 term 쿼리 차이',
    expect: ['매치 쿼리(Match Query)', '텀 쿼리(Term Query)'],
    category: 'comparison',
    compare: ['매치 쿼리(Match Query)', '텀 쿼리(Term Query)'],
  },
  {
    query: 'text 타입이랑 keyword 타입 차이',
    expect: ['텍스트 타입(text)', '키워드 타입(keyword)'],
    category: 'comparison',
    compare: ['텍스트 타입(text)', '키워드 타입(keyword)'],
  },
  {
    query: '메트릭 집계 vs 버킷 집계',
    expect: ['메트릭 집계(Metric)', '버킷 집계(Bucket)'],
    category: 'comparison',
    compare: ['메트릭 집계(Metric)', '버킷 집계(Bucket)'],
  },
  {
    query: '샤드랑 레플리카 차이',
    expect: ['샤드(Shard)', '레플리카(Replica)'],
    category: 'comparison',
    compare: ['샤드(Shard)', '레플리카(Replica)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 외우기', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'MySQL 실행 계획 EXPLAIN으로 쿼리 튜닝', expect: null, category: 'miss-shared' },
  { query: 'Kibana 대시보드로 로그 시각화', expect: null, category: 'miss-shared' },
  { query: '벡터 검색 임베딩 kNN', expect: null, category: 'miss-shared' },
  { query: 'Logstash 필터로 로그 수집', expect: null, category: 'miss-shared' },
];
