import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '데이터프레임', expect: '데이터프레임(DataFrame)', category: 'plain' },
  { query: '불리언 인덱싱', expect: '불리언 인덱싱(Boolean Indexing)', category: 'plain' },
  { query: '벡터화 연산', expect: '벡터화 연산(Vectorized Operations)', category: 'plain' },
  { query: '멜트', expect: '멜트(melt)', category: 'plain' },

  // particles
  { query: '시리즈가 뭐야', expect: '시리즈(Series)', category: 'particles' },
  { query: '그룹화란', expect: '그룹화(groupby)', category: 'particles' },
  { query: '피벗 테이블은 뭐임', expect: '피벗 테이블(Pivot Tabel)', category: 'particles' },
  { query: '이상치를 처리하는 방법', expect: '이상치 처리', category: 'particles' },
  { query: '문자열 처리가 뭐야', expect: '문자열 처리(String Methods)', category: 'particles' },

  // question
  { query: '한글 csv 읽으면 글자 깨져요', expect: '파일 읽기와 저장(File I/O)', category: 'question' },
  {
    query: 'df.loc 슬라이싱하면 왜 마지막 행까지 나와',
    expect: 'loc',
    category: 'question',
  },
  {
    query: '조건 두 개 and로 걸었더니 에러 나요',
    expect: '불리언 인덱싱(Boolean Indexing)',
    category: 'question',
  },
  {
    query: '빈 값을 평균으로 채우려면 어떻게 해',
    expect: 'fillna()',
    category: 'question',
  },
  {
    query: '열마다 빈 칸이 몇 개인지 어떻게 세',
    expect: '결측치 확인(Missing Values)',
    category: 'question',
  },
  {
    query: '부서별 평균 연봉 구하려면 뭐 써',
    expect: '그룹화(groupby)',
    category: 'question',
  },
  {
    query: '주문 테이블에 회원 정보 붙이고 싶은데 SQL join처럼 하려면',
    expect: '병합(merge)',
    category: 'question',
  },
  {
    query: '월별로 나뉜 csv 파일 여러 개 하나로 합치는 법',
    expect: '이어 붙이기(concat)',
    category: 'question',
  },
  {
    query: 'apply 쓰니까 너무 느린데 빠르게 하는 방법 없어?',
    expect: '벡터화 연산(Vectorized Operations)',
    category: 'question',
  },
  {
    query: 'groupby 결과 바로 막대그래프로 그리려면',
    expect: '판다스 내장 플롯(Plotting)',
    category: 'question',
  },

  // spacing
  { query: '결측치확인', expect: '결측치 확인(Missing Values)', category: 'spacing' },
  { query: '원핫 인코딩', expect: '원-핫 인코딩', category: 'spacing' },
  { query: '데이터 프레임', expect: '데이터프레임(DataFrame)', category: 'spacing' },
  { query: '인덱스재설정', expect: '인덱스 재설정(set_index & reset_index)', category: 'spacing' },

  // typo-query
  { query: '결측지 채우기', expect: '결측치 채우기와 삭제', category: 'typo-query' },
  { query: 'gorupby', expect: '그룹화(groupby)', category: 'typo-query' },
  { query: '데이터 훝어보기', expect: '데이터 훑어보기(Inspection)', category: 'typo-query' },
  { query: '메소드 체이닝', expect: '메서드 체이닝', category: 'typo-query' },
  { query: '피봇 테이블', expect: '피벗 테이블(Pivot Tabel)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'duplicates', expect: '중복 제거(Duplicats)', category: 'typo-notes' },
  { query: 'aggregation', expect: '집계 함수(Aggregaton)', category: 'typo-notes' },
  { query: 'pivot table', expect: '피벗 테이블(Pivot Tabel)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vlqjt', expect: '피벗 테이블(Pivot Tabel)', category: 'keyboard' },
  { query: 'tlflwm', expect: '시리즈(Series)', category: 'keyboard' },
  { query: 'rmfnqghk', expect: '그룹화(groupby)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅇㅌㅍㄹㅇ', expect: '데이터프레임(DataFrame)', category: 'choseong' },
  { query: 'ㅍㅂㅌㅇㅂ', expect: '피벗 테이블(Pivot Tabel)', category: 'choseong' },
  { query: 'ㅂㄹㅇㅇㄷㅅ', expect: '불리언 인덱싱(Boolean Indexing)', category: 'choseong' },

  // english-glossary (the notes use only the Korean term)
  { query: 'outlier', expect: '이상치 처리', category: 'english-glossary' },
  { query: 'binning', expect: '구간 나누기', category: 'english-glossary' },
  { query: 'one-hot encoding', expect: '원-핫 인코딩', category: 'english-glossary' },
  { query: 'method chaining', expect: '메서드 체이닝', category: 'english-glossary' },

  // english
  {
    query: 'how to select rows by integer position',
    expect: 'iloc',
    category: 'english',
  },
  {
    query: 'unpivot wide table into long format',
    expect: '멜트(melt)',
    category: 'english',
  },
  {
    query: 'replace each value using a dictionary mapping',
    expect: 'map()',
    category: 'english',
  },
  {
    query: 'how to remove rows that contain NaN',
    expect: 'dropna()',
    category: 'english',
  },
  {
    query: 'summary statistics of numeric columns mean std quartiles',
    expect: '데이터 훑어보기(Inspection)',
    category: 'english',
  },

  // paraphrase
  {
    query: '엑셀 열 하나처럼 라벨 붙은 1차원 배열',
    expect: '시리즈(Series)',
    category: 'paraphrase',
  },
  {
    query: '나이 같은 연속된 숫자를 10대 20대처럼 범위별로 묶기',
    expect: '구간 나누기',
    category: 'paraphrase',
  },
  {
    query: '같은 이메일로 두 번 들어간 행 하나만 남기기',
    expect: '중복 제거(Duplicats)',
    category: 'paraphrase',
  },
  {
    query: '특정 열을 행 이름으로 올렸다가 다시 일반 열로 내리기',
    expect: '인덱스 재설정(set_index & reset_index)',
    category: 'paraphrase',
  },
  {
    query: '쪼개고 계산하고 다시 합치는 3단계 흐름',
    expect: '그룹화(groupby)',
    category: 'paraphrase',
  },
  {
    query: '열 이름 넘겨서 hue로 색 나눠 그리는 통계 그래프 라이브러리',
    expect: '시본 연계(Seaborn)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'loc iloc 차이',
    expect: ['loc', 'iloc'],
    category: 'comparison',
    compare: ['loc', 'iloc'],
  },
  {
    query: 'merge랑 concat 차이가 뭐야',
    expect: ['병합(merge)', '이어 붙이기(concat)'],
    category: 'comparison',
    compare: ['병합(merge)', '이어 붙이기(concat)'],
  },
  {
    query: 'apply vs map',
    expect: ['apply()', 'map()'],
    category: 'comparison',
    compare: ['apply()', 'map()'],
  },
  {
    query: 'pivot_table이랑 melt 반대 관계',
    expect: ['피벗 테이블(Pivot Tabel)', '멜트(melt)'],
    category: 'comparison',
    compare: ['피벗 테이블(Pivot Tabel)', '멜트(melt)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '식빵 반죽 발효 온도', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Polars LazyFrame 지연 실행', expect: null, category: 'miss-shared' },
  { query: '넘파이 브로드캐스팅 규칙', expect: null, category: 'miss-shared' },
  { query: 'SQL 윈도우 함수 ROW_NUMBER 순위', expect: null, category: 'miss-shared' },
  { query: '엑셀 VLOOKUP 매크로 자동화', expect: null, category: 'miss-shared' },
];
