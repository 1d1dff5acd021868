import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '커버링 인덱스', expect: '커버링 인덱스(Covering Index)', category: 'plain' },
  { query: '해시 조인', expect: '해시 조인(Hash Join)', category: 'plain' },
  { query: '쿼리 옵티마이저', expect: '쿼리 옵티마이저(Query Optimizer)', category: 'plain' },
  { query: '드라이빙 테이블', expect: '드라이빙 테이블', category: 'plain' },

  // particles
  { query: '실행 계획이 뭐야', expect: '실행 계획(Execution Plan)', category: 'particles' },
  { query: '복합 인덱스란', expect: '복합 인덱스(Composit Index)', category: 'particles' },
  { query: 'N+1 문제가 뭐임', expect: 'N+1 문제(N+1 Problem)', category: 'particles' },
  { query: '쿼리 힌트는 언제 써', expect: '쿼리 힌트(Query Hint)', category: 'particles' },
  { query: '히스토그램이란', expect: '히스토그램', category: 'particles' },

  // question
  {
    query: 'WHERE YEAR(created_at) 쓰면 왜 인덱스 안 타요',
    expect: '인덱스를 못 타는 경우',
    category: 'question',
  },
  { query: 'EXPLAIN에서 type이 ALL로 나오면 안 좋은 거야?', expect: 'type 컬럼', category: 'question' },
  {
    query: '인덱스를 (a, b)로 만들었는데 b만 조건 걸면 왜 안 써져',
    expect: '복합 인덱스(Composit Index)',
    category: 'question',
  },
  {
    query: 'OFFSET 커지면 뒤쪽 페이지가 왜 이렇게 느려',
    expect: '페이징 최적화(Pagination)',
    category: 'question',
  },
  {
    query: 'JPA로 목록 조회하는데 쿼리가 수백 개 나가요',
    expect: 'N+1 문제(N+1 Problem)',
    category: 'question',
  },
  { query: '예상 row 말고 실제 걸린 시간까지 보려면 뭐 써', expect: 'EXPLAIN ANALYZE', category: 'question' },
  {
    query: '1초 넘게 걸리는 쿼리만 따로 기록하려면 어떻게 해',
    expect: '슬로우 쿼리 로그(Slow Query Log)',
    category: 'question',
  },
  { query: '성별 컬럼에 인덱스 걸어도 소용없는 이유', expect: '카디널리티와 선택도', category: 'question' },
  { query: '조인할 때 어느 테이블을 먼저 읽어야 빨라', expect: '드라이빙 테이블', category: 'question' },
  { query: 'NOT IN 서브쿼리 느린데 어떻게 바꿔', expect: '조인 재작성(Join Rewrite)', category: 'question' },

  // spacing
  { query: '실행계획', expect: '실행 계획(Execution Plan)', category: 'spacing' },
  { query: '커버링인덱스', expect: '커버링 인덱스(Covering Index)', category: 'spacing' },
  { query: '정렬병합조인', expect: '정렬 병합 조인(Sort Merge Join)', category: 'spacing' },
  { query: '비용기반최적화', expect: '비용 기반 최적화', category: 'spacing' },

  // typo-query
  { query: '옵티마이져', expect: '쿼리 옵티마이저(Query Optimizer)', category: 'typo-query' },
  { query: '히스토그렘', expect: '히스토그램', category: 'typo-query' },
  { query: '카디널러티', expect: '카디널리티와 선택도', category: 'typo-query' },
  { query: '써브쿼리', expect: '서브쿼리(Subquery)', category: 'typo-query' },
  { query: 'EXPALIN 명령어', expect: 'EXPLAIN 명령어(EXPLAIN)', category: 'typo-query' },

  // typo-notes
  { query: 'composite index', expect: '복합 인덱스(Composit Index)', category: 'typo-notes' },
  { query: 'nested loop join', expect: '중첩 루프 조인(Nested Lop Join)', category: 'typo-notes' },
  { query: 'statistics', expect: '통계 정보(Statistcs)', category: 'typo-notes' },

  // keyboard
  { query: 'dhqxlakdlwj', expect: '쿼리 옵티마이저(Query Optimizer)', category: 'keyboard' },
  { query: 'gltmxhrmfoa', expect: '히스토그램', category: 'keyboard' },
  { query: 'zjqjfld dlseprtm', expect: '커버링 인덱스(Covering Index)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㄹㅇㅋㄹㄹㄱ', expect: '슬로우 쿼리 로그(Slow Query Log)', category: 'choseong' },
  { query: 'ㅈㄹㅂㅎㅈㅇ', expect: '정렬 병합 조인(Sort Merge Join)', category: 'choseong' },
  { query: 'ㅈㅊㄹㅍㅈㅇ', expect: '중첩 루프 조인(Nested Lop Join)', category: 'choseong' },

  // english-glossary
  { query: 'cost-based optimizer', expect: '비용 기반 최적화', category: 'english-glossary' },
  { query: 'cardinality', expect: '카디널리티와 선택도', category: 'english-glossary' },
  { query: 'driving table', expect: '드라이빙 테이블', category: 'english-glossary' },
  { query: 'histogram', expect: '히스토그램', category: 'english-glossary' },

  // english
  {
    query: 'show the plan without actually running the query',
    expect: 'EXPLAIN 명령어(EXPLAIN)',
    category: 'english',
  },
  {
    query: 'index that contains every column the query needs',
    expect: '커버링 인덱스(Covering Index)',
    category: 'english',
  },
  {
    query: 'build a hash table from the smaller table then probe',
    expect: '해시 조인(Hash Join)',
    category: 'english',
  },
  { query: 'leading wildcard LIKE prevents index use', expect: '인덱스를 못 타는 경우', category: 'english' },
  {
    query: 'force the optimizer to use a specific index',
    expect: '쿼리 힌트(Query Hint)',
    category: 'english',
  },

  // paraphrase
  {
    query: 'DB가 SQL을 어떤 순서와 방법으로 처리할지 정해놓은 설계도',
    expect: '실행 계획(Execution Plan)',
    category: 'paraphrase',
  },
  {
    query: '이중 for문처럼 바깥 행마다 안쪽 테이블을 뒤지는 방식',
    expect: '중첩 루프 조인(Nested Lop Join)',
    category: 'paraphrase',
  },
  {
    query: '양쪽을 키 순서대로 줄 세운 다음 지퍼처럼 나란히 합치기',
    expect: '정렬 병합 조인(Sort Merge Join)',
    category: 'paraphrase',
  },
  {
    query: '목록 가져온 다음 항목마다 연관 데이터를 또 가져와서 질의가 폭증하는 현상',
    expect: 'N+1 문제(N+1 Problem)',
    category: 'paraphrase',
  },
  {
    query: '처음부터 끝까지 모든 행을 하나하나 다 읽는 방식',
    expect: '풀 테이블 스캔(Full Table Scan)',
    category: 'paraphrase',
  },
  {
    query: '값이 한쪽으로 쏠려 있을 때 구간별 분포를 저장해둔 것',
    expect: '히스토그램',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '풀 스캔 vs 인덱스 스캔',
    expect: ['풀 테이블 스캔(Full Table Scan)', '인덱스 스캔(Index Scan)'],
    category: 'comparison',
    compare: ['풀 테이블 스캔(Full Table Scan)', '인덱스 스캔(Index Scan)'],
  },
  {
    query: '서브쿼리랑 조인 차이',
    expect: ['서브쿼리(Subquery)', '조인 재작성(Join Rewrite)'],
    category: 'comparison',
    compare: ['서브쿼리(Subquery)', '조인 재작성(Join Rewrite)'],
  },
  {
    query: '해시 조인 vs 중첩 루프 조인',
    expect: ['해시 조인(Hash Join)', '중첩 루프 조인(Nested Lop Join)'],
    category: 'comparison',
    compare: ['해시 조인(Hash Join)', '중첩 루프 조인(Nested Lop Join)'],
  },
  {
    query: 'EXPLAIN type 컬럼이랑 Extra 컬럼 뭐가 달라',
    expect: ['type 컬럼', 'Extra 컬럼'],
    category: 'comparison',
    compare: ['type 컬럼', 'Extra 컬럼'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '식빵 반죽 2차 발효 시간', expect: null, category: 'miss' },
  { query: '고려 무신정권 성립 배경', expect: null, category: 'miss' },

  // miss-shared
  { query: '샤딩할 때 파티션 키 고르는 법', expect: null, category: 'miss-shared' },
  { query: '트랜잭션 격리 수준 때문에 쿼리 결과가 달라요', expect: null, category: 'miss-shared' },
  { query: '정규화로 테이블 나누는 기준', expect: null, category: 'miss-shared' },
  { query: '읽기 레플리카로 조회 쿼리 분산하기', expect: null, category: 'miss-shared' },
];
