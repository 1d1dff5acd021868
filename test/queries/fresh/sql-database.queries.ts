import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '외래 키', expect: '외래 키(Foreign Key)', category: 'plain' },
  { query: 'ACID', expect: 'ACID', category: 'plain' },
  { query: '격리 수준', expect: '격리 수준(Isolation Level)', category: 'plain' },
  { query: 'GROUP BY', expect: '집계 함수와 GROUP BY', category: 'plain' },
  { query: '셀프 조인', expect: '셀프 조인(Self Join)', category: 'plain' },

  // particles
  { query: '인덱스가 뭐야', expect: ['인덱스 동작 원리', '인덱스(Index)'], category: 'particles' },
  { query: 'JOIN의 종류', expect: ['조인(JOIN) > 정리', '조인(JOIN)'], category: 'particles' },
  {
    query: '정규화를 하는 이유',
    expect: ['정규화(Normalization)', '이상 현상(Anomaly)'],
    category: 'particles',
  },
  { query: '서브쿼리를 쓰는 방법', expect: '서브쿼리(Subquery)', category: 'particles' },
  { query: '기본 키의 조건', expect: '기본 키(Primary Key)', category: 'particles' },

  // question
  { query: 'WHERE랑 HAVING은 뭐가 달라', expect: 'HAVING', category: 'question' },
  {
    query: '인덱스 많이 걸면 왜 INSERT가 느려져요',
    expect: '인덱스(Index) > 장점과 단점',
    category: 'question',
  },
  { query: '트랜잭션은 언제 써요', expect: 'COMMIT과 ROLLBACK', category: 'question' },
  { query: 'NULL은 어떻게 비교해야 해', expect: 'WHERE 조건절', category: 'question' },
  { query: '글을 한 번도 안 쓴 유저는 어떻게 찾나요', expect: 'LEFT JOIN', category: 'question' },
  { query: 'UPDATE할 때 WHERE 빼먹으면 어떻게 돼', expect: 'INSERT, UPDATE, DELETE', category: 'question' },
  { query: '쿼리가 느린 이유는 어떻게 확인하나요', expect: '실행 계획(EXPLAIN)', category: 'question' },
  { query: '반정규화는 왜 하는 거야', expect: '반정규화(Denormalization)', category: 'question' },
  { query: 'SQL은 어떤 순서로 실행돼요', expect: 'SELECT 조회', category: 'question' },
  { query: 'MySQL 기본 격리 수준은 뭐예요', expect: '격리 수준(Isolation Level)', category: 'question' },
  { query: 'ON DELETE CASCADE 쓰면 뭐가 위험해', expect: '외래 키(Foreign Key)', category: 'question' },
  {
    query: '성별 컬럼에도 인덱스 걸어야 하나요',
    expect: '인덱스(Index) > 장점과 단점',
    category: 'question',
  },

  // spacing
  { query: '외래키', expect: '외래 키(Foreign Key)', category: 'spacing' },
  { query: '집계함수', expect: '집계 함수와 GROUP BY', category: 'spacing' },
  { query: '제 3 정규형', expect: '제3정규형(3NF)', category: 'spacing' },
  { query: '풀테이블스캔', expect: '인덱스 동작 원리', category: 'spacing' },
  { query: '격리수준종류', expect: '격리 수준(Isolation Level)', category: 'spacing' },
  { query: '내부조인', expect: '내부 조인(INNER JOIN)', category: 'spacing' },

  // typo-query
  { query: '트랜젝션 롤백', expect: 'COMMIT과 ROLLBACK', category: 'typo-query' },
  { query: '서브퀴리', expect: '서브쿼리(Subquery)', category: 'typo-query' },
  { query: 'subqeury', expect: '서브쿼리(Subquery)', category: 'typo-query' },
  { query: '외레 키', expect: '외래 키(Foreign Key)', category: 'typo-query' },
  { query: 'denormalizaton', expect: '반정규화(Denormalization)', category: 'typo-query' },
  { query: '격리 수쥰', expect: '격리 수준(Isolation Level)', category: 'typo-query' },

  // typo-notes (notes spell these 트렌젝션, 인덱쓰, 롤벡; also spacing slips 실행전에, 웬만한건, 갱신해야해서)
  { query: '트랜잭션이 지켜야 하는 성질', expect: 'ACID', category: 'typo-notes' },
  { query: '복합 인덱스 컬럼 순서', expect: '복합 인덱쓰(Composite Index)', category: 'typo-notes' },
  { query: '롤백하면 어떻게 돼', expect: 'COMMIT과 ROLLBACK', category: 'typo-notes' },
  { query: '인덱스 저장 공간', expect: '인덱스(Index) > 장점과 단점', category: 'typo-notes' },
  { query: '트랜잭션끼리 락 기다리기', expect: '락(Lock)', category: 'typo-notes' },

  // keyboard (정규화, 인덱스, 외래키, 트랜잭션 typed on an English layout)
  { query: 'wjdrbghk', expect: '정규화(Normalization)', category: 'keyboard' },
  { query: 'dlseprtm', expect: ['인덱스 동작 원리', '인덱스(Index)'], category: 'keyboard' },
  { query: 'dhlfozl', expect: '외래 키(Foreign Key)', category: 'keyboard' },
  { query: 'xmfoswortus', expect: ['트랜잭션(Transaction)', 'COMMIT과 ROLLBACK'], category: 'keyboard' },

  // choseong
  { query: 'ㅈㄱㅎ', expect: '정규화(Normalization)', category: 'choseong' },
  { query: 'ㅂㅈㄱㅎ', expect: '반정규화(Denormalization)', category: 'choseong' },
  { query: 'ㅇㄹ ㅋ', expect: '외래 키(Foreign Key)', category: 'choseong' },

  // english-glossary
  { query: 'foreign key', expect: '외래 키(Foreign Key)', category: 'english-glossary' },
  { query: 'composite index', expect: '복합 인덱쓰(Composite Index)', category: 'english-glossary' },
  { query: 'isolation level', expect: '격리 수준(Isolation Level)', category: 'english-glossary' },
  { query: 'anomaly', expect: '이상 현상(Anomaly)', category: 'english-glossary' },
  { query: 'durability', expect: '지속성(Durability)', category: 'english-glossary' },

  // english (notes say these only in Korean or by description)
  { query: 'bank transfer example', expect: 'COMMIT과 ROLLBACK', category: 'english' },
  { query: 'filter groups after aggregation', expect: 'HAVING', category: 'english' },
  { query: 'cartesian product', expect: '크로스 조인(CROSS JOIN)', category: 'english' },
  { query: 'find users who have no posts', expect: 'LEFT JOIN', category: 'english' },
  { query: 'employee and manager in the same table', expect: '셀프 조인(Self Join)', category: 'english' },
  { query: 'low cardinality column index', expect: '인덱스(Index) > 장점과 단점', category: 'english' },

  // paraphrase
  {
    query: '여러 쿼리를 묶어서 다 성공하거나 다 취소되게 하는 것',
    expect: ['COMMIT과 ROLLBACK', '원자성(Atomicity)'],
    category: 'paraphrase',
  },
  { query: '한 칸에 값을 여러 개 넣지 말라는 규칙', expect: '제1정규형(1NF)', category: 'paraphrase' },
  {
    query: '조회 빨라지라고 중복을 일부러 남겨두는 설계',
    expect: '반정규화(Denormalization)',
    category: 'paraphrase',
  },
  {
    query: '테이블을 전부 훑지 않고 원하는 행을 바로 찾게 해주는 것',
    expect: ['인덱스 동작 원리', '인덱스(Index)'],
    category: 'paraphrase',
  },
  {
    query: '아직 확정 안 된 남의 변경 내용을 읽어버리는 문제',
    expect: '격리 수준(Isolation Level)',
    category: 'paraphrase',
  },
  {
    query: '두 작업이 서로 상대가 잡은 행을 기다리다 둘 다 멈춤',
    expect: '락(Lock)',
    category: 'paraphrase',
  },
  {
    query: '기록 하나 지웠는데 엉뚱한 정보까지 같이 사라지는 문제',
    expect: '이상 현상(Anomaly)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'WHERE vs HAVING',
    expect: ['WHERE 조건절', 'HAVING'],
    category: 'comparison',
    compare: ['WHERE 조건절', 'HAVING'],
  },
  {
    query: 'INNER JOIN이랑 LEFT JOIN 차이',
    expect: ['내부 조인(INNER JOIN)', 'LEFT JOIN'],
    category: 'comparison',
    compare: ['내부 조인(INNER JOIN)', 'LEFT JOIN'],
  },
  {
    query: '정규화와 반정규화 비교',
    expect: ['정규화(Normalization)', '반정규화(Denormalization)'],
    category: 'comparison',
    compare: ['정규화(Normalization)', '반정규화(Denormalization)'],
  },
  {
    query: '2정규형 3정규형 차이',
    expect: ['제2정규형(2NF)', '제3정규형(3NF)'],
    category: 'comparison',
    compare: ['제2정규형(2NF)', '제3정규형(3NF)'],
  },
  {
    query: '기본 키랑 외래 키 차이',
    expect: ['기본 키(Primary Key)', '외래 키(Foreign Key)'],
    category: 'comparison',
    compare: ['기본 키(Primary Key)', '외래 키(Foreign Key)'],
  },

  // miss
  { query: '경사 하강법 학습률 조정', expect: null, category: 'miss' },
  { query: '다익스트라 최단 경로 알고리즘', expect: null, category: 'miss' },
  { query: '안드로이드 액티비티 생명주기', expect: null, category: 'miss' },

  // miss-shared (윈도우 함수, MongoDB, 레플리케이션, 저장 프로시저, 트리거, 샤딩 appear nowhere in the chapter)
  { query: '윈도우 함수 ROW_NUMBER 사용법', expect: null, category: 'miss-shared' },
  { query: 'MongoDB 컬렉션에 도큐먼트 저장', expect: null, category: 'miss-shared' },
  { query: '데이터베이스 레플리케이션 복제 지연', expect: null, category: 'miss-shared' },
  { query: '저장 프로시저 만드는 법', expect: null, category: 'miss-shared' },
  { query: '트리거로 UPDATE 후 자동 실행', expect: null, category: 'miss-shared' },
  { query: '샤딩으로 테이블 수평 분할', expect: null, category: 'miss-shared' },
];
