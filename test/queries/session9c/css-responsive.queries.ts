import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '뷰포트 메타 태그', expect: '뷰포트 메타 태그(Viewport Meta Tag)', category: 'plain' },
  { query: '미디어 쿼리 문법', expect: '미디어 쿼리 문법(Media Query Syntax)', category: 'plain' },
  { query: 'object-fit', expect: 'object-fit 속성', category: 'plain' },
  { query: '동적 뷰포트 단위', expect: '동적 뷰포트 단위(Dynamic Viewport Units)', category: 'plain' },

  // particles
  { query: '적응형 웹이 뭐야', expect: '적응형 웹(Adaptive Web)', category: 'particles' },
  { query: 'picture 요소란', expect: 'picture 요소(Picture Element)', category: 'particles' },
  { query: 'clamp 함수는 뭐임', expect: 'clamp() 함수', category: 'particles' },
  { query: 'rem 단위가 뭐야', expect: 'rem 단위(Root em)', category: 'particles' },
  { query: '그리드 자동 배치란', expect: '그리드 자동 배치(Grid Auto Fit)', category: 'particles' },

  // question
  {
    query: '모바일에서 글씨가 엄청 작게 나와요',
    expect: '뷰포트 메타 태그(Viewport Meta Tag)',
    category: 'question',
  },
  { query: 'em 쓰면 중첩될 때 글자가 왜 점점 커져', expect: 'em 단위', category: 'question' },
  {
    query: '100vh 줬는데 모바일에서 화면 아래가 잘려요',
    expect: '동적 뷰포트 단위(Dynamic Viewport Units)',
    category: 'question',
  },
  {
    query: '이미지가 부모 박스 밖으로 튀어나와요',
    expect: '유연한 이미지(Flexible Image)',
    category: 'question',
  },
  {
    query: '@container 썼는데 스타일이 안 먹어요',
    expect: '컨테이너 쿼리(Container Qurey)',
    category: 'question',
  },
  {
    query: '레티나 화면에서 이미지가 흐릿하게 보이는 이유',
    expect: '디바이스 픽셀 비율',
    category: 'question',
  },
  {
    query: '레이아웃 바뀌는 기준 폭은 몇 px로 정해야 돼',
    expect: '브레이크포인트(Breakpont)',
    category: 'question',
  },
  { query: 'srcset 쓸 때 sizes 꼭 같이 써야 돼?', expect: 'w 서술자', category: 'question' },
  {
    query: '카드 목록 열 개수가 폭 따라 자동으로 바뀌게 grid 어떻게 짜',
    expect: '그리드 자동 배치(Grid Auto Fit)',
    category: 'question',
  },
  {
    query: '다크 모드인지 CSS에서 감지하려면 어떻게 해',
    expect: '미디어 특성(Media Feature)',
    category: 'question',
  },

  // spacing
  { query: '뷰포트메타태그', expect: '뷰포트 메타 태그(Viewport Meta Tag)', category: 'spacing' },
  { query: '모바일우선', expect: '모바일 우선(Mobile First)', category: 'spacing' },
  { query: '유동타이포그래피', expect: '유동 타이포그래피(Fluid Typograpy)', category: 'spacing' },
  { query: '해상도전환', expect: '해상도 전환', category: 'spacing' },

  // typo-query
  { query: '뷰표트 메타 태그', expect: '뷰포트 메타 태그(Viewport Meta Tag)', category: 'typo-query' },
  { query: '미디아 쿼리 문법', expect: '미디어 쿼리 문법(Media Query Syntax)', category: 'typo-query' },
  { query: '컨테이너 쿠리', expect: '컨테이너 쿼리(Container Qurey)', category: 'typo-query' },
  { query: 'objet-fit', expect: 'object-fit 속성', category: 'typo-query' },
  { query: '적응헝 웹', expect: '적응형 웹(Adaptive Web)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'breakpoint', expect: '브레이크포인트(Breakpont)', category: 'typo-notes' },
  { query: 'fluid typography', expect: '유동 타이포그래피(Fluid Typograpy)', category: 'typo-notes' },
  { query: 'container query', expect: '컨테이너 쿼리(Container Qurey)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qmfpdlzmvhdlsxm', expect: '브레이크포인트(Breakpont)', category: 'keyboard' },
  { query: 'wjawlswjr gidtkd', expect: '점진적 향상', category: 'keyboard' },
  { query: 'wjrdmdgud dnpq', expect: '적응형 웹(Adaptive Web)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅂㅇㅅㅍㅅㅂㅇ', expect: '디바이스 픽셀 비율', category: 'choseong' },
  { query: 'ㅁㅂㅇㅇㅅ', expect: '모바일 우선(Mobile First)', category: 'choseong' },
  { query: 'ㅇㄷㅌㅇㅍㄱㄹㅍ', expect: '유동 타이포그래피(Fluid Typograpy)', category: 'choseong' },

  // english-glossary
  { query: 'device pixel ratio', expect: '디바이스 픽셀 비율', category: 'english-glossary' },
  { query: 'progressive enhancement', expect: '점진적 향상', category: 'english-glossary' },
  { query: 'resolution switching', expect: '해상도 전환', category: 'english-glossary' },
  { query: 'touch target size', expect: '터치 영역 크기', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'unit relative to the root html font size',
    expect: 'rem 단위(Root em)',
    category: 'english',
  },
  {
    query: 'show a differently cropped image on wide screens',
    expect: 'picture 요소(Picture Element)',
    category: 'english',
  },
  {
    query: 'style a component based on its parent width instead of the viewport',
    expect: '컨테이너 쿼리(Container Qurey)',
    category: 'english',
  },
  {
    query: 'stop images from overflowing their container',
    expect: '유연한 이미지(Flexible Image)',
    category: 'english',
  },
  {
    query: 'move flex items to the next line when space runs out',
    expect: '플렉스 줄바꿈(Flex Wrap)',
    category: 'english',
  },

  // paraphrase
  {
    query: '화면 폭마다 미리 정한 몇 가지 고정 레이아웃을 갈아끼우는 방식',
    expect: '적응형 웹(Adaptive Web)',
    category: 'paraphrase',
  },
  {
    query: '작은 화면 스타일을 기본으로 깔고 넓어질수록 규칙을 덧붙이는 설계',
    expect: '모바일 우선(Mobile First)',
    category: 'paraphrase',
  },
  { query: '최솟값과 최댓값 사이로 값을 가둬두는 거', expect: 'clamp() 함수', category: 'paraphrase' },
  {
    query: '버튼은 최소 몇 px 이어야 손가락으로 잘 눌러져',
    expect: '터치 영역 크기',
    category: 'paraphrase',
  },
  {
    query: '사진을 박스에 꽉 채우고 넘치는 부분은 잘라내기',
    expect: 'object-fit 속성',
    category: 'paraphrase',
  },
  {
    query: '옛날 브라우저에서도 기본은 되게 만들고 새 기능은 되는 곳에서만 얹기',
    expect: '점진적 향상',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'em rem 차이',
    expect: ['em 단위', 'rem 단위(Root em)'],
    category: 'comparison',
    compare: ['em 단위', 'rem 단위(Root em)'],
  },
  {
    query: '모바일 우선 vs 데스크톱 우선',
    expect: ['모바일 우선(Mobile First)', '데스크톱 우선(Desktop First)'],
    category: 'comparison',
    compare: ['모바일 우선(Mobile First)', '데스크톱 우선(Desktop First)'],
  },
  {
    query: '반응형 웹이랑 적응형 웹 차이가 뭐야',
    expect: ['반응형 웹이란(What is Responsive Web)', '적응형 웹(Adaptive Web)'],
    category: 'comparison',
    compare: ['반응형 웹이란(What is Responsive Web)', '적응형 웹(Adaptive Web)'],
  },
  {
    query: 'srcset w 서술자랑 x 서술자 차이',
    expect: ['w 서술자', 'x 서술자'],
    category: 'comparison',
    compare: ['w 서술자', 'x 서술자'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 자세 교정', expect: null, category: 'miss' },
  { query: '임진왜란이 일어난 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: 'CSS 트랜지션이랑 keyframes로 효과 주기', expect: null, category: 'miss-shared' },
  { query: '이미지 지연 로딩 lazy 적용', expect: null, category: 'miss-shared' },
  { query: 'CSS 변수 var() 선언해서 재사용', expect: null, category: 'miss-shared' },
  { query: 'z-index 쌓임 맥락 안 먹을 때', expect: null, category: 'miss-shared' },
];
