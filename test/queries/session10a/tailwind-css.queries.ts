import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '다크 모드', expect: '다크 모드(Dark Mode)', category: 'plain' },
  { query: '프리플라이트', expect: '프리플라이트(Preflight)', category: 'plain' },
  { query: '유틸리티 우선', expect: '유틸리티 우선(Utility-First)', category: 'plain' },
  { query: '플러그인', expect: '플러그인(Plugins)', category: 'plain' },

  // particles
  { query: '임의 값이 뭐야', expect: '임의 값', category: 'particles' },
  { query: '설정 파일이란', expect: '설정 파일(tailwind.config.js)', category: 'particles' },
  { query: 'JIT 엔진이 뭐임', expect: 'JIT 엔진(Just-In-Time Engine)', category: 'particles' },
  { query: '상태 변형자가 뭐야', expect: '상태 변형자', category: 'particles' },
  { query: '컴포넌트 추출이란', expect: '컴포넌트 추출(Component Extraction)', category: 'particles' },

  // question
  {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: what the student typed, a template literal's text
    query: 'bg-${color}-500 이렇게 썼는데 색이 안 나와요',
    expect: '동적 클래스 이름 함정(Dynamic Class Names)',
    category: 'question',
  },
  {
    query: '클래스 다 붙였는데 빌드된 CSS에 스타일이 하나도 없어요',
    expect: '사용하지 않는 스타일 제거',
    category: 'question',
  },
  { query: 'sm: 붙였는데 왜 큰 화면에서도 적용돼', expect: '모바일 우선 설계', category: 'question' },
  { query: 'h1 태그 썼는데 제목이 안 커져요', expect: '프리플라이트(Preflight)', category: 'question' },
  {
    query: 'p-2랑 p-4 같이 붙이면 뭐가 이겨',
    expect: '클래스 충돌 해결(tailwind-merge)',
    category: 'question',
  },
  { query: '다크 모드 토글 버튼 만들려면 어떻게 해', expect: '클래스 전략(class)', category: 'question' },
  {
    query: '브랜드 색 추가했더니 기본 색들이 다 사라졌어요',
    expect: '테마 덮어쓰기(Override)',
    category: 'question',
  },
  {
    query: '배경 반투명하게 하려면 어떻게 해',
    expect: '색상과 불투명도(Colors & Opacity)',
    category: 'question',
  },
  { query: '카드에 마우스 올리면 안쪽 글자색 바꾸려면', expect: '상태 변형자', category: 'question' },
  {
    query: '요소 가로로 나란히 놓고 세로 가운데 맞추려면',
    expect: '플렉스박스와 그리드(Flexbox & Grid)',
    category: 'question',
  },

  // spacing
  { query: '다크모드', expect: '다크 모드(Dark Mode)', category: 'spacing' },
  { query: '반응형접두사', expect: '반응형 접두사(Responsive Prefx)', category: 'spacing' },
  { query: '임의값', expect: '임의 값', category: 'spacing' },
  { query: '유틸리티클래스', expect: '유틸리티 클래스(Utility Classes)', category: 'spacing' },

  // typo-query
  { query: '프리플라잇', expect: '프리플라이트(Preflight)', category: 'typo-query' },
  { query: '플러그닌', expect: '플러그인(Plugins)', category: 'typo-query' },
  { query: '유틸리티 클레스', expect: '유틸리티 클래스(Utility Classes)', category: 'typo-query' },
  { query: 'tailwnd merge', expect: '클래스 충돌 해결(tailwind-merge)', category: 'typo-query' },
  { query: '타이포그라피', expect: '타이포그래피(Typograpy)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'typography', expect: '타이포그래피(Typograpy)', category: 'typo-notes' },
  { query: 'responsive prefix', expect: '반응형 접두사(Responsive Prefx)', category: 'typo-notes' },
  { query: 'layer directive', expect: '@layer 지시어(Layer Directve)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'ekzm ahem', expect: '다크 모드(Dark Mode)', category: 'keyboard' },
  { query: 'vmffjrmdls', expect: '플러그인(Plugins)', category: 'keyboard' },
  { query: 'vmflvmffkdlxm', expect: '프리플라이트(Preflight)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅌㄹㅌㅇㅅ', expect: '유틸리티 우선(Utility-First)', category: 'choseong' },
  { query: 'ㅅㅌㅂㅎㅈ', expect: '상태 변형자', category: 'choseong' },
  { query: 'ㅁㅂㅇㅇㅅㅅㄱ', expect: '모바일 우선 설계', category: 'choseong' },

  // english-glossary
  { query: 'arbitrary values', expect: '임의 값', category: 'english-glossary' },
  { query: 'mobile first', expect: '모바일 우선 설계', category: 'english-glossary' },
  { query: 'state variants', expect: '상태 변형자', category: 'english-glossary' },
  { query: 'purge unused styles', expect: '사용하지 않는 스타일 제거', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to apply styles only on larger screens',
    expect: '반응형 접두사(Responsive Prefx)',
    category: 'english',
  },
  {
    query: 'bundle repeated classes into one css class',
    expect: '@apply 지시어(@apply Directive)',
    category: 'english',
  },
  {
    query: 'generate only the classes you use on demand',
    expect: 'JIT 엔진(Just-In-Time Engine)',
    category: 'english',
  },
  {
    query: 'merge conflicting tailwind classes',
    expect: '클래스 충돌 해결(tailwind-merge)',
    category: 'english',
  },
  { query: 'padding and margin scale', expect: '간격과 크기(Spacing & Sizing)', category: 'english' },

  // paraphrase
  {
    query: '운영체제가 어두운 테마면 자동으로 따라가는 방식',
    expect: '미디어 전략(media)',
    category: 'paraphrase',
  },
  {
    query: '기본 색은 그대로 두고 내 브랜드 색만 추가하기',
    expect: '테마 확장(Extend)',
    category: 'paraphrase',
  },
  {
    query: '반복되는 버튼 모양을 리액트 부품 하나로 빼서 재사용',
    expect: '컴포넌트 추출(Component Extraction)',
    category: 'paraphrase',
  },
  {
    query: '내가 만든 .card 스타일을 유틸리티보다 우선순위 낮은 층에 넣기',
    expect: '@layer 지시어(Layer Directve)',
    category: 'paraphrase',
  },
  { query: '글자 크기 굵기 줄 간격 조절', expect: '타이포그래피(Typograpy)', category: 'paraphrase' },
  {
    query: '이름 안 짓고 한 가지 일만 하는 작은 조각들을 마크업에 바로 붙여 꾸미는 철학',
    expect: '유틸리티 우선(Utility-First)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '다크 모드 media 전략 class 전략 차이',
    expect: ['미디어 전략(media)', '클래스 전략(class)'],
    category: 'comparison',
    compare: ['미디어 전략(media)', '클래스 전략(class)'],
  },
  {
    query: 'theme 덮어쓰기 vs extend',
    expect: ['테마 덮어쓰기(Override)', '테마 확장(Extend)'],
    category: 'comparison',
    compare: ['테마 덮어쓰기(Override)', '테마 확장(Extend)'],
  },
  {
    query: '@apply 쓸까 컴포넌트로 뺄까',
    expect: ['@apply 지시어(@apply Directive)', '컴포넌트 추출(Component Extraction)'],
    category: 'comparison',
    compare: ['@apply 지시어(@apply Directive)', '컴포넌트 추출(Component Extraction)'],
  },
  {
    query: '시맨틱 CSS랑 유틸리티 우선 차이',
    expect: ['시맨틱 CSS(Semantic CSS)', '유틸리티 우선(Utility-First)'],
    category: 'comparison',
    compare: ['시맨틱 CSS(Semantic CSS)', '유틸리티 우선(Utility-First)'],
  },

  // miss
  { query: '마라톤 페이스 조절 방법', expect: null, category: 'miss' },
  { query: '식빵 반죽 발효 시간', expect: null, category: 'miss' },
  { query: '임진왜란 이순신 해전', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Sass 믹스인으로 스타일 재사용', expect: null, category: 'miss-shared' },
  { query: 'styled-components로 CSS-in-JS 작성', expect: null, category: 'miss-shared' },
  { query: 'CSS @keyframes 애니메이션 만들기', expect: null, category: 'miss-shared' },
  { query: 'BEM 네이밍 규칙 블록 엘리먼트', expect: null, category: 'miss-shared' },
];
