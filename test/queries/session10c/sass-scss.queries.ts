import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '중첩', expect: '중첩(Nesting)', category: 'plain' },
  { query: '소스맵', expect: '소스맵(Source Map)', category: 'plain' },
  { query: '조건문', expect: '조건문(@if/@else)', category: 'plain' },
  { query: '내장 모듈', expect: '내장 모듈(Built-in Modules)', category: 'plain' },

  // particles
  { query: '믹스인이 뭐야', expect: '믹스인(Mixin)', category: 'particles' },
  { query: '파셜이란', expect: '파셜(Partials)', category: 'particles' },
  { query: '상속은 뭐임', expect: '상속(@extend)', category: 'particles' },
  { query: '맵이 뭐야', expect: '맵(Maps)', category: 'particles' },
  { query: '보간이란', expect: '보간(Interpolaton)', category: 'particles' },

  // question
  {
    query: 'scss에서 hover 스타일 안쪽에 같이 쓰려면 어떻게 해',
    expect: '부모 선택자(&)',
    category: 'question',
  },
  { query: 'sass 변수 값 런타임에 js로 바꿀 수 있어?', expect: '변수(Variabels)', category: 'question' },
  { query: '나눗셈 / 쓰니까 경고 떠요', expect: '내장 모듈(Built-in Modules)', category: 'question' },
  { query: '@import 쓰니까 경고 뜨는데 왜 그래', expect: '@import 지원 중단', category: 'question' },
  {
    query: '라이브러리 설정값을 사용하는 쪽에서 덮어쓰게 하려면',
    expect: '기본값 플래그(!default)',
    category: 'question',
  },
  {
    query: '미디어 쿼리 믹스인에 스타일 블록 넘기려면 어떻게 해',
    expect: '콘텐츠 블록(@content)',
    category: 'question',
  },
  { query: '블록 안에서 바꾼 변수가 밖에선 그대로예요', expect: '변수 유효 범위', category: 'question' },
  { query: '밑줄로 시작하는 scss 파일은 왜 css로 안 나와', expect: '파셜(Partials)', category: 'question' },
  { query: '@for through랑 to 차이가 뭐야', expect: '반복문', category: 'question' },
  { query: 'scss 저장할 때마다 자동으로 css 만들려면', expect: '컴파일(Compilation)', category: 'question' },

  // spacing
  { query: '부모선택자', expect: '부모 선택자(&)', category: 'spacing' },
  { query: '사용자정의함수', expect: '사용자 정의 함수(@function)', category: 'spacing' },
  { query: '기본 값 플래그', expect: '기본값 플래그(!default)', category: 'spacing' },
  { query: '플레이스 홀더 선택자', expect: '플레이스홀더 선택자(Placholder Selector)', category: 'spacing' },

  // typo-query
  { query: '믹스잉', expect: '믹스인(Mixin)', category: 'typo-query' },
  { query: 'sorce map', expect: '소스맵(Source Map)', category: 'typo-query' },
  { query: '조건뭄', expect: '조건문(@if/@else)', category: 'typo-query' },
  { query: '@forwrd', expect: '@forward 규칙', category: 'typo-query' },
  { query: '콘텐트 블락', expect: '콘텐츠 블록(@content)', category: 'typo-query' },

  // typo-notes
  { query: 'variables', expect: '변수(Variabels)', category: 'typo-notes' },
  {
    query: 'placeholder selector',
    expect: '플레이스홀더 선택자(Placholder Selector)',
    category: 'typo-notes',
  },
  { query: 'interpolation', expect: '보간(Interpolaton)', category: 'typo-notes' },

  // keyboard
  { query: 'alrtmdls', expect: '믹스인(Mixin)', category: 'keyboard' },
  { query: 'vktuf', expect: '파셜(Partials)', category: 'keyboard' },
  { query: 'qnah tjsxorwk', expect: '부모 선택자(&)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅅㅁ', expect: '소스맵(Source Map)', category: 'choseong' },
  { query: 'ㅂㅂㅁ', expect: '반복문', category: 'choseong' },
  { query: 'ㅍㄹㅇㅅㅎㄷ ㅅㅌㅈ', expect: '플레이스홀더 선택자(Placholder Selector)', category: 'choseong' },

  // english-glossary
  { query: 'comments', expect: '주석', category: 'english-glossary' },
  { query: 'variable scope', expect: '변수 유효 범위', category: 'english-glossary' },
  { query: 'loops', expect: '반복문', category: 'english-glossary' },
  { query: '@import deprecation', expect: '@import 지원 중단', category: 'english-glossary' },

  // english
  { query: 'how to nest selectors in scss', expect: '중첩(Nesting)', category: 'english' },
  { query: 'how does the @use namespace work', expect: '@use 규칙', category: 'english' },
  {
    query: 'define a custom function that returns a value',
    expect: '사용자 정의 함수(@function)',
    category: 'english',
  },
  { query: 'what is sass', expect: 'Sass란(What is Sass)', category: 'english' },
  { query: 'compile scss to css from the command line', expect: '컴파일(Compilation)', category: 'english' },

  // paraphrase
  {
    query: '괄호 없이 파이썬처럼 칸 띄움으로 블록 나누는 옛 형식',
    expect: '들여쓰기 문법(Indented Syntax)',
    category: 'paraphrase',
  },
  {
    query: '개발자 도구에서 원본 파일 몇 번째 줄인지 추적하기',
    expect: '소스맵(Source Map)',
    category: 'paraphrase',
  },
  { query: '클래스 이름 안에 $값 끼워 넣기', expect: '보간(Interpolaton)', category: 'paraphrase' },
  { query: '다른 클래스가 가진 스타일을 그대로 물려받기', expect: '상속(@extend)', category: 'paraphrase' },
  { query: '키와 값 짝으로 된 자료 저장하고 꺼내기', expect: '맵(Maps)', category: 'paraphrase' },
  {
    query: 'CSS 결과에는 안 찍히고 공유 전용으로만 쓰는 % 로 시작하는 것',
    expect: '플레이스홀더 선택자(Placholder Selector)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '.sass랑 .scss 차이',
    expect: ['들여쓰기 문법(Indented Syntax)', 'SCSS 문법(SCSS Syntax)'],
    category: 'comparison',
    compare: ['들여쓰기 문법(Indented Syntax)', 'SCSS 문법(SCSS Syntax)'],
  },
  {
    query: '믹스인이랑 상속 언제 뭐 써야 돼',
    expect: ['믹스인 쓸 때', '상속 쓸 때'],
    category: 'comparison',
    compare: ['믹스인 쓸 때', '상속 쓸 때'],
  },
  {
    query: '@use vs @forward',
    expect: ['@use 규칙', '@forward 규칙'],
    category: 'comparison',
    compare: ['@use 규칙', '@forward 규칙'],
  },
  {
    query: '믹스인이랑 @function 차이',
    expect: ['믹스인(Mixin)', '사용자 정의 함수(@function)'],
    category: 'comparison',
    compare: ['믹스인(Mixin)', '사용자 정의 함수(@function)'],
  },

  // miss
  { query: '김장 김치 담그는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '삼각함수 덧셈정리 증명', expect: null, category: 'miss' },

  // miss-shared
  { query: 'flexbox justify-content 정렬', expect: null, category: 'miss-shared' },
  { query: 'Tailwind 유틸리티 클래스', expect: null, category: 'miss-shared' },
  { query: 'keyframes 애니메이션 만들기', expect: null, category: 'miss-shared' },
  { query: 'PostCSS autoprefixer 벤더 접두사', expect: null, category: 'miss-shared' },
];
