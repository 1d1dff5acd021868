import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '이징 함수', expect: '이징 함수', category: 'plain' },
  { query: '변형 기준점', expect: '변형 기준점(Tranform Origin)', category: 'plain' },
  { query: '렌더링 파이프라인', expect: '렌더링 파이프라인(Rendering Pipeline)', category: 'plain' },
  { query: '크기 조절', expect: '크기 조절(Scale)', category: 'plain' },

  // particles
  { query: '합성 레이어가 뭐야', expect: '합성 레이어', category: 'particles' },
  { query: '프레임 예산이란', expect: '프레임 예산', category: 'particles' },
  { query: '강제 동기 레이아웃은 뭐임', expect: '강제 동기 레이아웃', category: 'particles' },
  { query: '기울이기를 어떻게 써', expect: '기울이기', category: 'particles' },
  { query: '리페인트가 뭐지', expect: '리페인트(Repaint)', category: 'particles' },

  // question
  {
    query: '애니메이션 끝나면 원래 위치로 튀어 돌아가요',
    expect: 'animation-fill-mode',
    category: 'question',
  },
  {
    query: 'display none은 왜 트랜지션이 안 돼',
    expect: '트랜지션 속성(Transtion Property)',
    category: 'question',
  },
  {
    query: '요소 화면 정가운데 정렬하려면 translate 어떻게 해',
    expect: '이동(Translate)',
    category: 'question',
  },
  {
    query: '카드 뒤집었는데 뒷면이 비쳐 보여요',
    expect: '뒷면 숨기기(backface-visibility)',
    category: 'question',
  },
  {
    query: '마우스 올리면 배너 애니메이션 멈추게 하려면',
    expect: '재생 상태 제어(Play State)',
    category: 'question',
  },
  {
    query: '스프라이트 이미지로 캐릭터 걷는 모션 어떻게 만들어',
    expect: '계단식 애니메이션(steps)',
    category: 'question',
  },
  {
    query: 'will-change 모든 요소에 걸어도 돼?',
    expect: 'will-change 사용법(will-change)',
    category: 'question',
  },
  {
    query: '어지럼증 있는 사용자 위해서 애니메이션 끄는 법',
    expect: '모션 접근성(Reduced Motion)',
    category: 'question',
  },
  {
    query: 'transitionend 이벤트가 여러 번 불려요',
    expect: '트랜지션 종료 이벤트(transitionend)',
    category: 'question',
  },
  { query: '리스트 항목 하나씩 순서대로 나오게 하려면', expect: '지연 시간(Delay)', category: 'question' },

  // spacing
  { query: '변형기준점', expect: '변형 기준점(Tranform Origin)', category: 'spacing' },
  { query: '하드웨어가속', expect: '하드웨어 가속', category: 'spacing' },
  { query: '렌더링파이프라인', expect: '렌더링 파이프라인(Rendering Pipeline)', category: 'spacing' },
  { query: '키 프레임 정의', expect: '키프레임 정의(@keyframes)', category: 'spacing' },

  // typo-query
  { query: '트렌지션 기본', expect: '트랜지션 기본(Transition Basics)', category: 'typo-query' },
  { query: '하드웨워 가속', expect: '하드웨어 가속', category: 'typo-query' },
  { query: '리플루우', expect: '리플로우(Reflow)', category: 'typo-query' },
  { query: 'requestAnimatonFrame', expect: 'JS 애니메이션(requestAnimationFrame)', category: 'typo-query' },
  { query: 'perspectve 원근감', expect: '원근감(perspective)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'rotation', expect: '회전(Rotaton)', category: 'typo-notes' },
  { query: 'transform origin', expect: '변형 기준점(Tranform Origin)', category: 'typo-notes' },
  { query: 'transition property', expect: '트랜지션 속성(Transtion Property)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'gkemdnpdj rkthr', expect: '하드웨어 가속', category: 'keyboard' },
  { query: 'gkqtjd fpdldj', expect: '합성 레이어', category: 'keyboard' },
  { query: 'ghlwjs', expect: '회전(Rotaton)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅍㄹㅇ', expect: '리플로우(Reflow)', category: 'choseong' },
  { query: 'ㅎㄷㅇㅇ ㄱㅅ', expect: '하드웨어 가속', category: 'choseong' },
  { query: 'ㅇㅈ ㅎㅅ', expect: '이징 함수', category: 'choseong' },

  // english-glossary
  { query: 'hardware acceleration', expect: '하드웨어 가속', category: 'english-glossary' },
  { query: 'compositing layer', expect: '합성 레이어', category: 'english-glossary' },
  { query: 'forced synchronous layout', expect: '강제 동기 레이아웃', category: 'english-glossary' },
  { query: 'frame budget', expect: '프레임 예산', category: 'english-glossary' },

  // english
  { query: 'how to pause a css animation', expect: '재생 상태 제어(Play State)', category: 'english' },
  {
    query: 'keep the last keyframe style after animation ends',
    expect: 'animation-fill-mode',
    category: 'english',
  },
  { query: 'custom cubic bezier easing curve', expect: '이징 함수', category: 'english' },
  { query: 'flip an element horizontally with scale', expect: '크기 조절(Scale)', category: 'english' },
  {
    query: 'why use requestAnimationFrame instead of setInterval',
    expect: 'JS 애니메이션(requestAnimationFrame)',
    category: 'english',
  },

  // paraphrase
  {
    query: '위치나 크기가 바뀌어서 배치를 처음부터 다시 계산하는 일',
    expect: '리플로우(Reflow)',
    category: 'paraphrase',
  },
  {
    query: '곧 바뀔 속성을 브라우저에 미리 귀띔해주기',
    expect: 'will-change 사용법(will-change)',
    category: 'paraphrase',
  },
  {
    query: '부드럽게 말고 뚝뚝 끊어지게 진행시키기',
    expect: '계단식 애니메이션(steps)',
    category: 'paraphrase',
  },
  {
    query: '값을 읽고 쓰기를 번갈아 해서 화면이 엄청 느려지는 문제',
    expect: '강제 동기 레이아웃',
    category: 'paraphrase',
  },
  {
    query: '멀리 있는 건 작아 보이게 입체감 주는 거리 값',
    expect: '원근감(perspective)',
    category: 'paraphrase',
  },
  {
    query: '몇 번 되풀이할지 정하는 값, 끝없이 돌게도 가능',
    expect: 'animation-iteration-count',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'transition이랑 keyframes 차이',
    expect: ['트랜지션 기본(Transition Basics)', '키프레임 정의(@keyframes)'],
    category: 'comparison',
    compare: ['트랜지션 기본(Transition Basics)', '키프레임 정의(@keyframes)'],
  },
  {
    query: '리플로우 vs 리페인트',
    expect: ['리플로우(Reflow)', '리페인트(Repaint)'],
    category: 'comparison',
    compare: ['리플로우(Reflow)', '리페인트(Repaint)'],
  },
  {
    query: 'translateZ(0) 꼼수랑 will-change 차이',
    expect: ['하드웨어 가속', 'will-change 사용법(will-change)'],
    category: 'comparison',
    compare: ['하드웨어 가속', 'will-change 사용법(will-change)'],
  },
  {
    query: 'rotate랑 skew 뭐가 달라',
    expect: ['회전(Rotaton)', '기울이기'],
    category: 'comparison',
    compare: ['회전(Rotaton)', '기울이기'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 잘 올리는 법', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'SVG stroke-dasharray로 선 그리기 애니메이션', expect: null, category: 'miss-shared' },
  { query: 'CSS Grid 레이아웃 영역 지정', expect: null, category: 'miss-shared' },
  { query: 'Lottie JSON 애니메이션 재생', expect: null, category: 'miss-shared' },
  { query: 'GSAP 타임라인 애니메이션 만들기', expect: null, category: 'miss-shared' },
];
