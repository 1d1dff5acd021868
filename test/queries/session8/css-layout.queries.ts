import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '박스 모델', expect: '박스 모델(Box Model)', category: 'plain' },
  { query: '가운데 정렬', expect: '가운데 정렬(Centering)', category: 'plain' },
  { query: '컨테이너 쿼리', expect: '컨테이너 쿼리(Container Query)', category: 'plain' },
  { query: '뷰포트 메타 태그', expect: '뷰포트 메타 태그(Viewport Meta Tag)', category: 'plain' },

  // particles
  { query: '플렉스 아이템이 뭐야', expect: '플렉스 아이템(Flex Item)', category: 'particles' },
  { query: '디스플레이 속성이란', expect: '디스플레이 속성(Display)', category: 'particles' },
  { query: '성배 레이아웃은 뭐임', expect: '성배 레이아웃(Holy Grail Layout)', category: 'particles' },
  { query: '주축과 교차축이 뭐야', expect: '주축과 교차축(Main Axis and Cross Axis)', category: 'particles' },
  { query: '그리드 영역을 어떻게 써', expect: '그리드 영역(Grid Templte Areas)', category: 'particles' },

  // question
  {
    query: 'width 200px 줬는데 padding 넣으니까 왜 240px 돼',
    expect: '박스 크기 계산(box-sizing)',
    category: 'question',
  },
  { query: 'z-index 9999 줬는데 모달이 헤더 밑에 깔려요', expect: '쌓임 맥락', category: 'question' },
  { query: 'position sticky 안 먹어요', expect: 'fixed와 sticky', category: 'question' },
  { query: 'div 가로세로 가운데 놓으려면 어떻게 해', expect: '가운데 정렬(Centering)', category: 'question' },
  {
    query: '모바일에서 글씨가 깨알만하게 작게 나와요',
    expect: '뷰포트 메타 태그(Viewport Meta Tag)',
    category: 'question',
  },
  { query: '위아래 margin 30px 20px인데 간격이 왜 50px이 아니야', expect: '마진 상쇄', category: 'question' },
  { query: 'span에 width 줬는데 왜 안 먹어', expect: '디스플레이 속성(Display)', category: 'question' },
  {
    query: '아이콘이 flex 안에서 찌그러지는 거 막으려면',
    expect: 'flex-grow와 flex-shrink',
    category: 'question',
  },
  { query: '모바일에서 100vh가 화면보다 길게 나오는 이유', expect: 'vw와 vh', category: 'question' },
  { query: '내용 짧은 페이지에서 푸터가 중간에 떠 있어요', expect: '푸터 바닥 고정', category: 'question' },

  // spacing
  { query: '박스크기계산', expect: '박스 크기 계산(box-sizing)', category: 'spacing' },
  { query: '플렉스컨테이너', expect: '플렉스 컨테이너(Flex Contaner)', category: 'spacing' },
  { query: '모바일우선설계', expect: '모바일 우선 설계', category: 'spacing' },
  { query: '유동타이포 그래피', expect: '유동 타이포그래피', category: 'spacing' },

  // typo-query
  { query: '그리드 컨테니어', expect: '그리드 컨테이너(Grid Container)', category: 'typo-query' },
  { query: '미디어 퀴리', expect: '미디어 쿼리(Media Querry)', category: 'typo-query' },
  { query: '포지숀', expect: '포지션(Position)', category: 'typo-query' },
  { query: 'holy grale layout', expect: '성배 레이아웃(Holy Grail Layout)', category: 'typo-query' },
  { query: '쌓임 맥랙', expect: '쌓임 맥락', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'flex container', expect: '플렉스 컨테이너(Flex Contaner)', category: 'typo-notes' },
  { query: 'grid template areas', expect: '그리드 영역(Grid Templte Areas)', category: 'typo-notes' },
  { query: 'media query', expect: '미디어 쿼리(Media Querry)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'akwls tkdtho', expect: '마진 상쇄', category: 'keyboard' },
  { query: 'tkdeo eksdnl', expect: '상대 단위(Relative Units)', category: 'keyboard' },
  { query: 'tjdqo fpdldkdnt', expect: '성배 레이아웃(Holy Grail Layout)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅅㅁㄷ', expect: '박스 모델(Box Model)', category: 'choseong' },
  { query: 'ㅈㄷㅊㅇㅂㅂ', expect: '자동 채움 반복', category: 'choseong' },
  { query: 'ㅈㅂㄲ', expect: '줄바꿈(Flex Wrap)', category: 'choseong' },

  // english-glossary
  { query: 'stacking context', expect: '쌓임 맥락', category: 'english-glossary' },
  { query: 'margin collapsing', expect: '마진 상쇄', category: 'english-glossary' },
  { query: 'mobile first', expect: '모바일 우선 설계', category: 'english-glossary' },
  { query: 'fluid typography', expect: '유동 타이포그래피', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'element sticks to the top once you scroll past it',
    expect: 'fixed와 sticky',
    category: 'english',
  },
  { query: 'responsive card grid without media queries', expect: 'auto-fit', category: 'english' },
  {
    query: 'style a component based on its parent width instead of the screen',
    expect: '컨테이너 쿼리(Container Query)',
    category: 'english',
  },
  { query: 'font size relative to the root html element', expect: 'em과 rem', category: 'english' },
  {
    query: 'one-dimensional layout with justify-content and align-items',
    expect: '플렉스 컨테이너(Flex Contaner)',
    category: 'english',
  },

  // paraphrase
  {
    query: '가까운 조상 요소를 기준 삼아 자식을 원하는 좌표에 딱 박아두기',
    expect: 'absolute',
    category: 'paraphrase',
  },
  {
    query: '여유 공간을 아이템끼리 비율대로 나눠 먹게 하는 설정',
    expect: 'flex-grow와 flex-shrink',
    category: 'paraphrase',
  },
  {
    query: '글씨 크기가 창 너비 따라 최소 최대 사이에서 스르륵 바뀌게 하기',
    expect: '유동 타이포그래피',
    category: 'paraphrase',
  },
  {
    query: '폰용 CSS를 기본으로 두고 넓은 화면용을 나중에 추가하는 전략',
    expect: '모바일 우선 설계',
    category: 'paraphrase',
  },
  {
    query: '위에 머리 양옆에 사이드 가운데 본문 아래 꼬리로 된 전통적인 페이지 틀',
    expect: '성배 레이아웃(Holy Grail Layout)',
    category: 'paraphrase',
  },
  {
    query: '행과 열을 한꺼번에 나눠서 배치하는 2차원 방식',
    expect: '그리드 컨테이너(Grid Container)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'flex vs grid 차이',
    expect: ['플렉스 컨테이너(Flex Contaner)', '그리드 컨테이너(Grid Container)'],
    category: 'comparison',
    compare: ['플렉스 컨테이너(Flex Contaner)', '그리드 컨테이너(Grid Container)'],
  },
  {
    query: 'auto-fill auto-fit 차이',
    expect: ['auto-fill', 'auto-fit'],
    category: 'comparison',
    compare: ['auto-fill', 'auto-fit'],
  },
  {
    query: 'relative랑 absolute 차이가 뭐야',
    expect: ['relative', 'absolute'],
    category: 'comparison',
    compare: ['relative', 'absolute'],
  },
  {
    query: '미디어 쿼리랑 컨테이너 쿼리 차이',
    expect: ['미디어 쿼리(Media Querry)', '컨테이너 쿼리(Container Query)'],
    category: 'comparison',
    compare: ['미디어 쿼리(Media Querry)', '컨테이너 쿼리(Container Query)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '야구 타율 계산하는 법', expect: null, category: 'miss' },
  { query: '임진왜란 주요 전투', expect: null, category: 'miss' },

  // miss-shared
  { query: 'CSS 애니메이션 keyframes 만들기', expect: null, category: 'miss-shared' },
  { query: 'Tailwind 유틸리티 클래스 쓰는 법', expect: null, category: 'miss-shared' },
  { query: 'Sass 믹스인이랑 변수 쓰기', expect: null, category: 'miss-shared' },
  { query: '다크 모드 prefers-color-scheme 적용', expect: null, category: 'miss-shared' },
];
