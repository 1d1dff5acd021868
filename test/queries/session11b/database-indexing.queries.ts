import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '해시 인덱스', expect: '해시 인덱스(Hash Index)', category: 'plain' },
  { query: '비트맵 인덱스', expect: '비트맵 인덱스(Bitmap Index)', category: 'plain' },
  { query: '실행 계획', expect: '실행 계획(EXPLAIN)', category: 'plain' },
  { query: '유니크 인덱스', expect: '유니크 인덱스(Unique Index)', category: 'plain' },

  // particles
  { query: '카디널리티가 뭐야', expect: '카디널리티(Cardinalty)', category: 'particles' },
  { query: '클러스터형 인덱스란', expect: '클러스터형 인덱스(Clustered Index)', category: 'particles' },
  { query: '옵티마이저는 뭐임', expect: '옵티마이저(Optimizer)', category: 'particles' },
  { query: '복합 인덱스가 뭐야', expect: '복합 인덱스(Composite Index)', category: 'particles' },
  { query: '선택도란', expect: '선택도', category: 'particles' },

  // question
  { query: '성별 컬럼에 인덱스 걸면 좋아?', expect: '카디널리티(Cardinalty)', category: 'question' },
  { query: 'WHERE YEAR(created_at) = 2024 쓰면 인덱스 왜 안 써', expect: '컬럼 가공', category: 'question' },
  { query: "LIKE '%kim' 검색이 너무 느려요", expect: '앞쪽 와일드카드', category: 'question' },
  {
    query: '문자열 전화번호 컬럼을 숫자로 비교했더니 인덱스를 무시해요',
    expect: '암묵적 형 변환',
    category: 'question',
  },
  {
    query: 'UUID로 PK 잡으면 리프 페이지가 쪼개진다는데 왜 그래',
    expect: '페이지 분할',
    category: 'question',
  },
  {
    query: '인덱스가 (a, b, c)인데 b 조건만 걸면 인덱스 타?',
    expect: '최좌측 접두사 규칙',
    category: 'question',
  },
  {
    query: 'SELECT * 대신 필요한 컬럼만 조회하면 왜 빨라져',
    expect: '커버링 인덱스(Coverng Index)',
    category: 'question',
  },
  {
    query: '통계가 오래돼서 엉뚱한 인덱스를 고르면 어떻게 해',
    expect: '옵티마이저(Optimizer)',
    category: 'question',
  },
  {
    query: '인덱스 많은 테이블에 insert 하면 왜 느려져',
    expect: '쓰기 오버헤드(Write Ovrhead)',
    category: 'question',
  },
  {
    query: 'BETWEEN 범위 검색할 때 리프 노드끼리 연결돼 있으면 뭐가 좋아',
    expect: 'B+트리(B+Tree)',
    category: 'question',
  },

  // spacing
  { query: '풀테이블스캔', expect: '풀 테이블 스캔(Full Table Scan)', category: 'spacing' },
  { query: '커버링인덱스', expect: '커버링 인덱스(Coverng Index)', category: 'spacing' },
  { query: '최좌측접두사 규칙', expect: '최좌측 접두사 규칙', category: 'spacing' },
  { query: '암묵적형변환', expect: '암묵적 형 변환', category: 'spacing' },

  // typo-query
  { query: '카디날리티', expect: '카디널리티(Cardinalty)', category: 'typo-query' },
  { query: '클러스터형 인댁스', expect: '클러스터형 인덱스(Clustered Index)', category: 'typo-query' },
  { query: '옵티마이져', expect: '옵티마이저(Optimizer)', category: 'typo-query' },
  { query: '비트멥 인덱스', expect: '비트맵 인덱스(Bitmap Index)', category: 'typo-query' },
  { query: '해쉬 인덱스', expect: '해시 인덱스(Hash Index)', category: 'typo-query' },

  // typo-notes
  { query: 'cardinality', expect: '카디널리티(Cardinalty)', category: 'typo-notes' },
  { query: 'covering index', expect: '커버링 인덱스(Coverng Index)', category: 'typo-notes' },
  { query: 'write overhead', expect: '쓰기 오버헤드(Write Ovrhead)', category: 'typo-notes' },

  // keyboard
  { query: 'tjsxoreh', expect: '선택도', category: 'keyboard' },
  { query: 'dhqxlakdlwj', expect: '옵티마이저(Optimizer)', category: 'keyboard' },
  { query: 'vpdlwl qnsgkf', expect: '페이지 분할', category: 'keyboard' },

  // choseong
  { query: 'ㅍㅌㅇㅂㅅㅋ', expect: '풀 테이블 스캔(Full Table Scan)', category: 'choseong' },
  { query: 'ㅂㅈㅇㄷㅅ', expect: '보조 인덱스(Secondary Index)', category: 'choseong' },
  { query: 'ㅊㅈㅊㅈㄷㅅㄱㅊ', expect: '최좌측 접두사 규칙', category: 'choseong' },

  // english-glossary
  { query: 'selectivity', expect: '선택도', category: 'english-glossary' },
  { query: 'inverted index', expect: '역 인덱스', category: 'english-glossary' },
  { query: 'leftmost prefix rule', expect: '최좌측 접두사 규칙', category: 'english-glossary' },
  { query: 'page split', expect: '페이지 분할', category: 'english-glossary' },

  // english
  { query: 'how does a b-tree keep lookups logarithmic', expect: 'B-트리(B-Tree)', category: 'english' },
  {
    query: 'index where table rows are physically sorted by primary key',
    expect: '클러스터형 인덱스(Clustered Index)',
    category: 'english',
  },
  {
    query: 'when is reading every row faster than using an index',
    expect: '풀 테이블 스캔(Full Table Scan)',
    category: 'english',
  },
  {
    query: 'show the query plan to see which index is chosen',
    expect: '실행 계획(EXPLAIN)',
    category: 'english',
  },
  {
    query: 'index that rejects duplicate values',
    expect: '유니크 인덱스(Unique Index)',
    category: 'english',
  },

  // paraphrase
  {
    query: '쿼리에 필요한 값이 전부 색인 안에 있어서 원본 행을 안 읽어도 되는 경우',
    expect: '커버링 인덱스(Coverng Index)',
    category: 'paraphrase',
  },
  {
    query: '값 종류마다 0과 1 배열을 만들어서 AND OR 비트 연산으로 거르는 방식',
    expect: '비트맵 인덱스(Bitmap Index)',
    category: 'paraphrase',
  },
  {
    query: '본문 단어로 문서를 찾으려고 단어 → 문서 목록으로 뒤집어 저장한 구조',
    expect: '역 인덱스',
    category: 'paraphrase',
  },
  {
    query: '컬럼 두 개 이상을 묶어서 정렬해 두는 색인',
    expect: '복합 인덱스(Composite Index)',
    category: 'paraphrase',
  },
  {
    query: 'PK 말고 따로 만든 색인으로 찾으면 기본 키로 한 번 더 찾아가는 구조',
    expect: '보조 인덱스(Secondary Index)',
    category: 'paraphrase',
  },
  {
    query: '어떤 컬럼에 색인을 걸지 정할 때 따르는 기준',
    expect: '인덱스 설계 원칙',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'B-트리 vs B+트리',
    expect: ['B-트리(B-Tree)', 'B+트리(B+Tree)'],
    category: 'comparison',
    compare: ['B-트리(B-Tree)', 'B+트리(B+Tree)'],
  },
  {
    query: '클러스터형 인덱스랑 보조 인덱스 차이',
    expect: ['클러스터형 인덱스(Clustered Index)', '보조 인덱스(Secondary Index)'],
    category: 'comparison',
    compare: ['클러스터형 인덱스(Clustered Index)', '보조 인덱스(Secondary Index)'],
  },
  {
    query: '해시 인덱스랑 B+트리 차이',
    expect: ['해시 인덱스(Hash Index)', 'B+트리(B+Tree)'],
    category: 'comparison',
    compare: ['해시 인덱스(Hash Index)', 'B+트리(B+Tree)'],
  },
  {
    query: '카디널리티랑 선택도 차이',
    expect: ['카디널리티(Cardinalty)', '선택도'],
    category: 'comparison',
    compare: ['카디널리티(Cardinalty)', '선택도'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '로마 제국 멸망 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: '데이터베이스 샤딩 전략', expect: null, category: 'miss-shared' },
  { query: '트랜잭션 격리 수준 팬텀 리드', expect: null, category: 'miss-shared' },
  { query: '제3정규형으로 정규화 하는 법', expect: null, category: 'miss-shared' },
  { query: '윈도우 함수 ROW_NUMBER OVER 사용법', expect: null, category: 'miss-shared' },
];
