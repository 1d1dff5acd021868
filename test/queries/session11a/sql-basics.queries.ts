import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '셀프 조인', expect: '셀프 조인(Slef Join)', category: 'plain' },
  { query: '집계 함수', expect: '집계 함수', category: 'plain' },
  { query: '제약 조건', expect: '제약 조건(Constraints)', category: 'plain' },
  { query: '정렬', expect: '정렬(ORDER BY)', category: 'plain' },

  // particles
  { query: '정규화가 뭐야', expect: '정규화', category: 'particles' },
  { query: '상관 서브쿼리란', expect: '상관 서브쿼리', category: 'particles' },
  { query: '별칭이 뭐임', expect: '별칭', category: 'particles' },
  { query: '교차 조인은 뭐야', expect: '교차 조인(CROSS JOIN)', category: 'particles' },
  { query: '스칼라 서브쿼리란', expect: '스칼라 서브쿼리(Scalar Subqeury)', category: 'particles' },

  // question
  {
    query: '= NULL로 비교했는데 결과가 하나도 안 나와요',
    expect: 'WHERE 조건절(WHERE Clause)',
    category: 'question',
  },
  { query: '주문 한 번도 안 한 회원 찾으려면 어떻게 해', expect: 'LEFT JOIN', category: 'question' },
  { query: 'NOT IN 썼는데 결과가 통째로 비어요', expect: 'EXISTS와 IN', category: 'question' },
  { query: 'COUNT(*)랑 COUNT(컬럼) 결과가 왜 달라', expect: '집계 함수', category: 'question' },
  { query: 'WHERE에 SUM 넣었더니 에러 나요', expect: 'HAVING 절(HAVING Clause)', category: 'question' },
  { query: 'UPDATE 할 때 WHERE 빼먹으면 어떻게 돼', expect: '데이터 수정(UPDATE)', category: 'question' },
  {
    query: 'ON 조건 빼먹었더니 결과 행이 엄청 많아졌어요',
    expect: '교차 조인(CROSS JOIN)',
    category: 'question',
  },
  {
    query: '부모 행 지울 때 자식 행도 같이 지워지게 하려면',
    expect: '외래키(Foreign Key)',
    category: 'question',
  },
  {
    query: 'GROUP BY에 없는 컬럼 SELECT에 넣으면 왜 에러 나',
    expect: '그룹화(GROUP BY)',
    category: 'question',
  },
  {
    query: '페이지네이션 하려면 10개씩만 가져오는 법',
    expect: 'SELECT 기본(SELECT Basics)',
    category: 'question',
  },

  // spacing
  { query: '내부조인', expect: '내부 조인(INNER JOIN)', category: 'spacing' },
  { query: '상관서브쿼리', expect: '상관 서브쿼리', category: 'spacing' },
  { query: '쿼리실행순서', expect: '쿼리 실행 순서(Execution Oder)', category: 'spacing' },
  { query: '데이터삽입', expect: '데이터 삽입(INSERT)', category: 'spacing' },

  // typo-query
  { query: '집계 험수', expect: '집계 함수', category: 'typo-query' },
  { query: '외부 존인', expect: '외부 조인(Outer Join)', category: 'typo-query' },
  { query: 'grup by', expect: '그룹화(GROUP BY)', category: 'typo-query' },
  { query: '스칼러 서브쿼리', expect: '스칼라 서브쿼리(Scalar Subqeury)', category: 'typo-query' },
  { query: '제약 조껀', expect: '제약 조건(Constraints)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'self join', expect: '셀프 조인(Slef Join)', category: 'typo-notes' },
  { query: 'scalar subquery', expect: '스칼라 서브쿼리(Scalar Subqeury)', category: 'typo-notes' },
  { query: 'execution order', expect: '쿼리 실행 순서(Execution Oder)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qufcld', expect: '별칭', category: 'keyboard' },
  { query: 'wjdrbghk', expect: '정규화', category: 'keyboard' },
  { query: 'dhlfozl', expect: '외래키(Foreign Key)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㄱㅎ', expect: '정규화', category: 'choseong' },
  { query: 'ㅈㄱㅎㅅ', expect: '집계 함수', category: 'choseong' },
  { query: 'ㅅㄱㅅㅂㅋㄹ', expect: '상관 서브쿼리', category: 'choseong' },

  // english-glossary
  { query: 'column alias', expect: '별칭', category: 'english-glossary' },
  { query: 'aggregate functions', expect: '집계 함수', category: 'english-glossary' },
  { query: 'correlated subquery', expect: '상관 서브쿼리', category: 'english-glossary' },
  { query: 'database normalization', expect: '정규화', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'filter groups after aggregation', expect: 'HAVING 절(HAVING Clause)', category: 'english' },
  { query: 'combine two result sets and keep duplicate rows', expect: 'UNION ALL', category: 'english' },
  {
    query: 'keep all rows from the left table even without a match',
    expect: 'LEFT JOIN',
    category: 'english',
  },
  {
    query: 'what is the difference between DDL and DML',
    expect: '명령어 분류(Command Categories)',
    category: 'english',
  },
  {
    query: 'unique identifier of each row that cannot be null',
    expect: '기본키(Primary Key)',
    category: 'english',
  },

  // paraphrase
  {
    query: '표 구조는 남기고 안에 있는 행만 싹 비우는 명령',
    expect: '테이블 변경과 삭제(ALTER / DROP)',
    category: 'paraphrase',
  },
  {
    query: '두 표에서 짝이 맞는 행만 남기고 연결하기',
    expect: '내부 조인(INNER JOIN)',
    category: 'paraphrase',
  },
  { query: '결과를 큰 값부터 작은 값 순서로 나열하기', expect: '정렬(ORDER BY)', category: 'paraphrase' },
  {
    query: '안쪽 질의가 값 딱 하나만 돌려줘서 컬럼처럼 쓰는 것',
    expect: '스칼라 서브쿼리(Scalar Subqeury)',
    category: 'paraphrase',
  },
  {
    query: '다른 표의 식별값을 가리켜서 없는 회원 번호는 못 들어오게 막기',
    expect: '외래키(Foreign Key)',
    category: 'paraphrase',
  },
  {
    query: '같은 도시 겹치는 거 없이 한 번씩만 보여주기',
    expect: 'SELECT 기본(SELECT Basics)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'WHERE vs HAVING',
    expect: ['WHERE 조건절(WHERE Clause)', 'HAVING 절(HAVING Clause)'],
    category: 'comparison',
    compare: ['WHERE 조건절(WHERE Clause)', 'HAVING 절(HAVING Clause)'],
  },
  {
    query: 'UNION이랑 UNION ALL 차이',
    expect: ['UNION', 'UNION ALL'],
    category: 'comparison',
    compare: ['UNION', 'UNION ALL'],
  },
  {
    query: 'LEFT JOIN RIGHT JOIN 차이',
    expect: ['LEFT JOIN', 'RIGHT JOIN'],
    category: 'comparison',
    compare: ['LEFT JOIN', 'RIGHT JOIN'],
  },
  {
    query: '기본키랑 외래키 차이가 뭐야',
    expect: ['기본키(Primary Key)', '외래키(Foreign Key)'],
    category: 'comparison',
    compare: ['기본키(Primary Key)', '외래키(Foreign Key)'],
  },

  // miss
  { query: '요가 다운독 자세 하는 법', expect: null, category: 'miss' },
  { query: '식빵 반죽 1차 발효 시간', expect: null, category: 'miss' },
  { query: '산업혁명이 영국에서 시작된 이유', expect: null, category: 'miss' },

  // miss-shared
  { query: '윈도우 함수 ROW_NUMBER로 순위 매기기', expect: null, category: 'miss-shared' },
  { query: '인덱스 걸어서 조회 속도 높이기', expect: null, category: 'miss-shared' },
  { query: '저장 프로시저랑 트리거 만들기', expect: null, category: 'miss-shared' },
  { query: '트랜잭션 격리 수준 팬텀 리드', expect: null, category: 'miss-shared' },
];
