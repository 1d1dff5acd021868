import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '래스터 그래픽', expect: '래스터 그래픽(Raster Graphics)', category: 'plain' },
  { query: '렌더링 컨텍스트', expect: '렌더링 컨텍스트(Rendering Context)', category: 'plain' },
  { query: '기본 도형 요소', expect: '기본 도형 요소(Basic Shapes)', category: 'plain' },
  { query: '게임 루프', expect: '게임 루프(Game Loop)', category: 'plain' },

  // particles
  { query: '뷰박스가 뭐야', expect: '뷰박스(viewBox)', category: 'particles' },
  { query: '경로란', expect: '경로(Path)', category: 'particles' },
  { query: '좌표계는 어떻게 돼', expect: '좌표계', category: 'particles' },
  { query: '충돌 감지가 뭐임', expect: '충돌 감지', category: 'particles' },
  { query: '패스 요소의 d 속성', expect: '패스 요소(Path Element)', category: 'particles' },

  // question
  { query: '레티나 맥북에서 캔버스 그림이 흐릿해요', expect: '고해상도 화면 대응', category: 'question' },
  { query: 'beginPath 안 쓰면 왜 이전 도형까지 다시 칠해져', expect: '경로(Path)', category: 'question' },
  {
    query: 'setInterval 말고 애니메이션 돌릴 때 뭐 써야 돼',
    expect: 'requestAnimationFrame',
    category: 'question',
  },
  {
    query: '도형을 자기 중심 기준으로 회전시키려면 어떻게 해',
    expect: '변환(Transfromations)',
    category: 'question',
  },
  { query: 'canvas에서 글자 줄바꿈이 안 돼요', expect: '텍스트 그리기(Text Drawing)', category: 'question' },
  {
    query: 'svg 원 클릭했을 때 이벤트 어떻게 걸어',
    expect: 'SVG 이벤트 처리(SVG Events)',
    category: 'question',
  },
  {
    query: '사진을 흑백으로 바꾸는 필터 직접 만들려면',
    expect: '픽셀 조작(Pixel Manipulaton)',
    category: 'question',
  },
  {
    query: '모니터 주사율 달라도 게임 속도 똑같게 하려면',
    expect: '게임 루프(Game Loop)',
    category: 'question',
  },
  {
    query: 'svg 크기 바꿔도 안쪽 도형이 같이 늘어나게 하려면',
    expect: '뷰박스(viewBox)',
    category: 'question',
  },
  {
    query: 'svg에서 선이 그려지는 효과 어떻게 만들어',
    expect: 'SVG 애니메이션(SVG Animation)',
    category: 'question',
  },

  // spacing
  { query: '렌더링컨텍스트', expect: '렌더링 컨텍스트(Rendering Context)', category: 'spacing' },
  { query: '캔버스요소', expect: '캔버스 요소(Canvas Element)', category: 'spacing' },
  { query: '고해상도 화면대응', expect: '고해상도 화면 대응', category: 'spacing' },
  { query: '기본도형 요소', expect: '기본 도형 요소(Basic Shapes)', category: 'spacing' },

  // typo-query
  { query: '레스터 그래픽', expect: '래스터 그래픽(Raster Graphics)', category: 'typo-query' },
  { query: 'requestAnimatonFrame', expect: 'requestAnimationFrame', category: 'typo-query' },
  { query: '뷰벅스', expect: '뷰박스(viewBox)', category: 'typo-query' },
  { query: '랜더링 컨텍스트', expect: '렌더링 컨텍스트(Rendering Context)', category: 'typo-query' },
  { query: '좌표게', expect: '좌표계', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'vector graphics', expect: '벡터 그래픽(Vector Grapics)', category: 'typo-notes' },
  { query: 'transformations', expect: '변환(Transfromations)', category: 'typo-notes' },
  { query: 'pixel manipulation', expect: '픽셀 조작(Pixel Manipulaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'rudfh', expect: '경로(Path)', category: 'keyboard' },
  { query: 'qbqkrtm', expect: '뷰박스(viewBox)', category: 'keyboard' },
  { query: 'qusghks', expect: '변환(Transfromations)', category: 'keyboard' },

  // choseong
  { query: 'ㅊㄷㄱㅈ', expect: '충돌 감지', category: 'choseong' },
  { query: 'ㄱㅇㄹㅍ', expect: '게임 루프(Game Loop)', category: 'choseong' },
  { query: 'ㄹㅅㅌ ㄱㄹㅍ', expect: '래스터 그래픽(Raster Graphics)', category: 'choseong' },

  // english-glossary
  { query: 'coordinate system', expect: '좌표계', category: 'english-glossary' },
  { query: 'collision detection', expect: '충돌 감지', category: 'english-glossary' },
  { query: 'high dpi display', expect: '고해상도 화면 대응', category: 'english-glossary' },
  { query: 'svg accessibility', expect: '접근성', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'draw a filled rectangle on canvas', expect: '도형 그리기(Drawing Shapes)', category: 'english' },
  {
    query: 'get the 2d drawing context from a canvas',
    expect: '렌더링 컨텍스트(Rendering Context)',
    category: 'english',
  },
  { query: 'load an svg file with an img tag', expect: '외부 파일 참조', category: 'english' },
  { query: 'svg path d attribute commands', expect: '패스 요소(Path Element)', category: 'english' },
  {
    query: 'how to stop an animation loop with cancel frame',
    expect: 'requestAnimationFrame',
    category: 'english',
  },

  // paraphrase
  {
    query: '확대해도 절대 안 깨지는 이미지 저장 방식',
    expect: '벡터 그래픽(Vector Grapics)',
    category: 'paraphrase',
  },
  {
    query: '그린 순간 점으로 굳어버려서 나중에 도형 하나만 못 고치는 방식',
    expect: '렌더링 컨텍스트(Rendering Context)',
    category: 'paraphrase',
  },
  { query: '도형 안쪽을 색으로 칠하기', expect: '채우기(fill)', category: 'paraphrase' },
  { query: '원점 옮기고 돌리고 크기 키우기', expect: '변환(Transfromations)', category: 'paraphrase' },
  {
    query: '움직이는 물체 수만 개를 매번 새로 그려야 할 때',
    expect: 'Canvas가 유리한 경우',
    category: 'paraphrase',
  },
  { query: '두 물체가 서로 부딪혔는지 판단하기', expect: '충돌 감지', category: 'paraphrase' },

  // comparison
  {
    query: '래스터 벡터 차이',
    expect: ['래스터 그래픽(Raster Graphics)', '벡터 그래픽(Vector Grapics)'],
    category: 'comparison',
    compare: ['래스터 그래픽(Raster Graphics)', '벡터 그래픽(Vector Grapics)'],
  },
  {
    query: 'fill stroke 차이',
    expect: ['채우기(fill)', '선 긋기(stroke)'],
    category: 'comparison',
    compare: ['채우기(fill)', '선 긋기(stroke)'],
  },
  {
    query: '인라인 svg vs img 태그',
    expect: ['인라인 SVG', '외부 파일 참조'],
    category: 'comparison',
    compare: ['인라인 SVG', '외부 파일 참조'],
  },
  {
    query: 'canvas랑 svg 중에 뭐 써야 돼',
    expect: ['Canvas가 유리한 경우', 'SVG가 유리한 경우'],
    category: 'comparison',
    compare: ['Canvas가 유리한 경우', 'SVG가 유리한 경우'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 자세', expect: null, category: 'miss' },
  { query: '세종대왕 업적 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'WebGL 셰이더 프로그래밍', expect: null, category: 'miss-shared' },
  { query: 'Three.js로 3D 모델 불러오기', expect: null, category: 'miss-shared' },
  { query: 'Lottie 애니메이션 JSON 재생', expect: null, category: 'miss-shared' },
  { query: '포토샵 레이어 마스크 사용법', expect: null, category: 'miss-shared' },
];
