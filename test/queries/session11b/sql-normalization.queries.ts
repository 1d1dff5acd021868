import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스타 스키마', expect: '스타 스키마(Star Schema)', category: 'plain' },
  { query: '후보 키', expect: '후보 키(Candidate Key)', category: 'plain' },
  { query: '데이터 무결성', expect: '데이터 무결성(Data Integrity)', category: 'plain' },
  { query: '조인 비용', expect: '조인 비용(Join Cost)', category: 'plain' },

  // particles
  { query: '제3정규형이 뭐야', expect: '제3정규형(3NF)', category: 'particles' },
  { query: '이상 현상이란', expect: '이상 현상(Anomaly)', category: 'particles' },
  { query: '함수 종속이 뭐임', expect: '함수 종속(Functional Dependancy)', category: 'particles' },
  { query: '역정규화란', expect: '역정규화(Denormalizaton)', category: 'particles' },
  { query: '슈퍼 키가 뭐야', expect: '슈퍼 키(Super Key)', category: 'particles' },

  // question
  { query: '한 칸에 과목 여러 개 넣으면 안 돼?', expect: '제1정규형(1NF)', category: 'question' },
  {
    query: '신입생이 아직 수강신청을 안 해서 등록이 안 돼요',
    expect: '삽입 이상(Insertion Anomaly)',
    category: 'question',
  },
  {
    query: '학과 옮겼는데 몇 행만 수정돼서 값이 서로 안 맞아',
    expect: '갱신 이상(Update Anomaly)',
    category: 'question',
  },
  {
    query: '기본키가 컬럼 하나면 2정규형 따로 안 따져도 돼?',
    expect: '제2정규형(2NF)',
    category: 'question',
  },
  {
    query: '3정규형까지 했는데 교수가 과목을 결정하면 문제야?',
    expect: '보이스-코드 정규형(Boyce-Codd Nromal Form)',
    category: 'question',
  },
  { query: '테이블 쪼갰다가 조인했더니 없던 행이 생겨요', expect: '무손실 분해', category: 'question' },
  { query: '속성 폐포 구할 때 쓰는 규칙 뭐였지', expect: '암스트롱 공리', category: 'question' },
  {
    query: '게시글 목록에서 댓글 수 매번 세면 느린데 어떻게 해',
    expect: '파생 컬럼 추가(Derived Column)',
    category: 'question',
  },
  { query: 'MongoDB는 정규화 어떻게 해', expect: '문서 DB 모델링(Document Modeling)', category: 'question' },
  { query: '리포트용 분석 DB랑 주문 처리 DB 설계가 왜 달라', expect: 'OLTP와 OLAP', category: 'question' },

  // spacing
  { query: '보이스코드정규형', expect: '보이스-코드 정규형(Boyce-Codd Nromal Form)', category: 'spacing' },
  { query: '함수종속', expect: '함수 종속(Functional Dependancy)', category: 'spacing' },
  { query: '부분함수종속', expect: '부분 함수 종속(Partial Dependency)', category: 'spacing' },
  { query: '문서DB모델링', expect: '문서 DB 모델링(Document Modeling)', category: 'spacing' },

  // typo-query
  { query: '졍규화 개념', expect: '정규화 개념(Normalization)', category: 'typo-query' },
  { query: '스타 스키나', expect: '스타 스키마(Star Schema)', category: 'typo-query' },
  { query: 'candiate key', expect: '후보 키(Candidate Key)', category: 'typo-query' },
  { query: '이행 함수 종쏙', expect: '이행 함수 종속(Transitive Dependency)', category: 'typo-query' },
  { query: '데이터 무결썽', expect: '데이터 무결성(Data Integrity)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'functional dependency', expect: '함수 종속(Functional Dependancy)', category: 'typo-notes' },
  {
    query: 'boyce codd normal form',
    expect: '보이스-코드 정규형(Boyce-Codd Nromal Form)',
    category: 'typo-notes',
  },
  { query: 'denormalization', expect: '역정규화(Denormalizaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'durwjdrbghk', expect: '역정규화(Denormalizaton)', category: 'keyboard' },
  { query: 'gnqh zl', expect: '후보 키(Candidate Key)', category: 'keyboard' },
  { query: 'tmxk tmzlak', expect: '스타 스키마(Star Schema)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅈㄱㅎ', expect: '역정규화(Denormalizaton)', category: 'choseong' },
  { query: 'ㅁㅅㅅㅂㅎ', expect: '무손실 분해', category: 'choseong' },
  { query: 'ㅎㅅㅈㅅ', expect: '함수 종속(Functional Dependancy)', category: 'choseong' },

  // english-glossary
  { query: "Armstrong's axioms", expect: '암스트롱 공리', category: 'english-glossary' },
  { query: 'multivalued dependency', expect: '다치 종속과 제4정규형', category: 'english-glossary' },
  { query: 'lossless join decomposition', expect: '무손실 분해', category: 'english-glossary' },
  { query: 'dependency preservation', expect: '종속성 보존', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'every determinant must be a candidate key',
    expect: '보이스-코드 정규형(Boyce-Codd Nromal Form)',
    category: 'english',
  },
  { query: 'atomic values and no repeating groups', expect: '제1정규형(1NF)', category: 'english' },
  {
    query: 'embed or reference related data in MongoDB',
    expect: '문서 DB 모델링(Document Modeling)',
    category: 'english',
  },
  {
    query: 'fact table surrounded by dimension tables',
    expect: '스타 스키마(Star Schema)',
    category: 'english',
  },
  {
    query: 'store a precomputed total column instead of recalculating',
    expect: '파생 컬럼 추가(Derived Column)',
    category: 'english',
  },

  // paraphrase
  {
    query: '행 하나 지웠더니 딴 정보까지 같이 날아가는 문제',
    expect: '삭제 이상(Deletion Anomaly)',
    category: 'paraphrase',
  },
  {
    query: '읽기 속도 때문에 일부러 중복 데이터를 허용하는 설계',
    expect: '역정규화(Denormalizaton)',
    category: 'paraphrase',
  },
  {
    query: '키 아닌 컬럼이 또 다른 키 아닌 컬럼을 결정하는 걸 없애는 단계',
    expect: '제3정규형(3NF)',
    category: 'paraphrase',
  },
  {
    query: '행마다 유일하게 구분되기만 하면 되고 최소일 필요는 없는 속성 묶음',
    expect: '슈퍼 키(Super Key)',
    category: 'paraphrase',
  },
  {
    query: '쪼갠 다음에도 원래 규칙들을 각 표 안에서 검사할 수 있어야 한다는 조건',
    expect: '종속성 보존',
    category: 'paraphrase',
  },
  {
    query: '다른 테이블 값을 복사해 와서 조인 안 하게 만들기',
    expect: '중복 컬럼 추가(Redundant Column)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '제2정규형이랑 제3정규형 차이',
    expect: ['제2정규형(2NF)', '제3정규형(3NF)'],
    category: 'comparison',
    compare: ['제2정규형(2NF)', '제3정규형(3NF)'],
  },
  {
    query: '3NF vs BCNF',
    expect: ['제3정규형(3NF)', '보이스-코드 정규형(Boyce-Codd Nromal Form)'],
    category: 'comparison',
    compare: ['제3정규형(3NF)', '보이스-코드 정규형(Boyce-Codd Nromal Form)'],
  },
  {
    query: '정규화 역정규화 차이',
    expect: ['정규화 개념(Normalization)', '역정규화(Denormalizaton)'],
    category: 'comparison',
    compare: ['정규화 개념(Normalization)', '역정규화(Denormalizaton)'],
  },
  {
    query: '부분 함수 종속이랑 이행 함수 종속 차이가 뭐야',
    expect: ['부분 함수 종속(Partial Dependency)', '이행 함수 종속(Transitive Dependency)'],
    category: 'comparison',
    compare: ['부분 함수 종속(Partial Dependency)', '이행 함수 종속(Transitive Dependency)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '피아노 반주 코드 진행', expect: null, category: 'miss' },
  { query: '광합성 명반응 과정', expect: null, category: 'miss' },

  // miss-shared
  { query: 'B+트리 인덱스 구조', expect: null, category: 'miss-shared' },
  { query: '트랜잭션 격리 수준 팬텀 리드', expect: null, category: 'miss-shared' },
  { query: 'SQL 윈도우 함수 ROW_NUMBER', expect: null, category: 'miss-shared' },
  { query: '저장 프로시저와 트리거 작성', expect: null, category: 'miss-shared' },
];
