import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'FOIT', expect: 'FOIT(Flash of Invisible Text)', category: 'plain' },
  { query: '폰트 스택', expect: '폰트 스택(Font Stack)', category: 'plain' },
  { query: '서브셋 폰트', expect: '서브셋 폰트', category: 'plain' },
  { query: '변형 축', expect: '변형 축(Variation Axes)', category: 'plain' },

  // particles
  { query: 'font-display가 뭐야', expect: 'font-display 속성', category: 'particles' },
  { query: '프리로드란', expect: '프리로드(Prelaod)', category: 'particles' },
  { query: '가변 폰트가 뭐임', expect: '가변 폰트 개념(Varaible Fonts)', category: 'particles' },
  { query: '웹 폰트란 뭐야', expect: '웹 폰트란(What is a Web Font)', category: 'particles' },
  { query: '유동 타이포그래피는', expect: '유동 타이포그래피', category: 'particles' },

  // question
  { query: '폰트 preload 했는데 두 번 다운로드돼요', expect: '프리로드(Prelaod)', category: 'question' },
  { query: '한글이 단어 중간에서 줄이 바뀌어요', expect: '한글 줄바꿈(Word Break)', category: 'question' },
  {
    query: '폰트 로딩될 때 글자가 3초 동안 안 보여요',
    expect: 'FOIT(Flash of Invisible Text)',
    category: 'question',
  },
  {
    query: '웹폰트 바뀔 때 아래 요소가 밀려서 CLS 점수 나빠짐 어떻게 해',
    expect: '레이아웃 이동 줄이기',
    category: 'question',
  },
  { query: '한글 폰트 파일 너무 커요 용량 줄이려면', expect: '서브셋 폰트', category: 'question' },
  {
    query: '없는 굵기 쓰면 글자가 뭉개져 보이는 이유',
    expect: '굵기와 스타일 매칭(Weight & Style Matching)',
    category: 'question',
  },
  { query: '구글 폰트 주소에 display=swap 왜 붙여', expect: 'font-display: swap', category: 'question' },
  {
    query: 'document.fonts.ready 언제 써',
    expect: '폰트 로딩 API(CSS Font Loading API)',
    category: 'question',
  },
  {
    query: '본문 글자 크기 px 말고 rem 써야 돼?',
    expect: '글자 크기 단위(Font Size Units)',
    category: 'question',
  },
  { query: 'format("woff2") 꼭 적어야 돼', expect: 'src와 format 힌트(src & format)', category: 'question' },

  // spacing
  { query: '폰트스택', expect: '폰트 스택(Font Stack)', category: 'spacing' },
  { query: '가변폰트 장단점', expect: '가변 폰트 장단점(Pros and Cons)', category: 'spacing' },
  { query: '폰트 로딩과정', expect: '폰트 로딩 과정(Font Loading Process)', category: 'spacing' },
  { query: '한글줄바꿈', expect: '한글 줄바꿈(Word Break)', category: 'spacing' },

  // typo-query
  { query: '폰트 스텍', expect: '폰트 스택(Font Stack)', category: 'typo-query' },
  { query: '서부셋 폰트', expect: '서브셋 폰트', category: 'typo-query' },
  { query: 'font-dispaly', expect: 'font-display 속성', category: 'typo-query' },
  { query: 'unicode-rnage', expect: '유니코드 범위 나누기(unicode-range)', category: 'typo-query' },
  { query: '구굴 폰트', expect: '구글 폰트(Google Fonts)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'font formats', expect: '폰트 파일 형식(Font Formts)', category: 'typo-notes' },
  { query: 'preload', expect: '프리로드(Prelaod)', category: 'typo-notes' },
  { query: 'variable fonts', expect: '가변 폰트 개념(Varaible Fonts)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vmflfhem', expect: '프리로드(Prelaod)', category: 'keyboard' },
  { query: 'tjqmtpt', expect: '서브셋 폰트', category: 'keyboard' },
  { query: 'vhsxm tmxor', expect: '폰트 스택(Font Stack)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅂ ㅍㅌ', expect: '가변 폰트 개념(Varaible Fonts)', category: 'choseong' },
  { query: 'ㅅㅈ ㄹㄷ', expect: '수직 리듬과 행간', category: 'choseong' },
  { query: 'ㅇㄷ ㅌㅇㅍㄱㄹㅍ', expect: '유동 타이포그래피', category: 'choseong' },

  // english-glossary
  { query: 'font subsetting', expect: '서브셋 폰트', category: 'english-glossary' },
  { query: 'cumulative layout shift', expect: '레이아웃 이동 줄이기', category: 'english-glossary' },
  { query: 'vertical rhythm', expect: '수직 리듬과 행간', category: 'english-glossary' },
  { query: 'optical size axis', expect: '변형 축(Variation Axes)', category: 'english-glossary' },

  // english
  {
    query: 'how to register a custom font in CSS',
    expect: '@font-face 규칙(@font-face Rule)',
    category: 'english',
  },
  {
    query: 'text stays invisible until the web font downloads',
    expect: 'FOIT(Flash of Invisible Text)',
    category: 'english',
  },
  {
    query: 'fallback font shown first then replaced when the web font arrives',
    expect: 'FOUT(Flash of Unstyled Text)',
    category: 'english',
  },
  {
    query: 'stop line breaks in the middle of Korean words',
    expect: '한글 줄바꿈(Word Break)',
    category: 'english',
  },
  { query: 'responsive font size with clamp and vw', expect: '유동 타이포그래피', category: 'english' },

  // paraphrase
  {
    query: '사용자 PC에 깔린 글꼴을 순서대로 나열해서 다운로드 없이 쓰기',
    expect: '폰트 스택(Font Stack)',
    category: 'paraphrase',
  },
  {
    query: '페이지에 해당 글자가 있을 때만 그 조각 파일 받기',
    expect: '유니코드 범위 나누기(unicode-range)',
    category: 'paraphrase',
  },
  {
    query: '파일 하나로 굵기를 아무 값이나 쓸 수 있는 글꼴',
    expect: '가변 폰트 개념(Varaible Fonts)',
    category: 'paraphrase',
  },
  { query: '줄과 줄 사이 간격 얼마나 줘야 읽기 편해', expect: '수직 리듬과 행간', category: 'paraphrase' },
  { query: 'Brotli로 압축된 웹 전용 글꼴 파일', expect: 'WOFF2', category: 'paraphrase' },
  {
    query: '잠깐만 기다리고 못 오면 이번 방문은 기본 글꼴로 끝까지 가는 설정',
    expect: 'font-display: optional',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'FOIT FOUT 차이',
    expect: ['FOIT(Flash of Invisible Text)', 'FOUT(Flash of Unstyled Text)'],
    category: 'comparison',
    compare: ['FOIT(Flash of Invisible Text)', 'FOUT(Flash of Unstyled Text)'],
  },
  {
    query: 'font-display block vs swap',
    expect: ['font-display: block', 'font-display: swap'],
    category: 'comparison',
    compare: ['font-display: block', 'font-display: swap'],
  },
  {
    query: 'WOFF2랑 TTF 차이',
    expect: ['WOFF2', 'TTF와 OTF'],
    category: 'comparison',
    compare: ['WOFF2', 'TTF와 OTF'],
  },
  {
    query: 'swap이랑 optional 뭐가 나아',
    expect: ['font-display: swap', 'font-display: optional'],
    category: 'comparison',
    compare: ['font-display: swap', 'font-display: optional'],
  },

  // miss
  { query: '제육볶음 양념 레시피', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 높이', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'CSS 그리드로 카드 배치하기', expect: null, category: 'miss-shared' },
  { query: 'SVG 아이콘 스프라이트 만들기', expect: null, category: 'miss-shared' },
  { query: '이미지 지연 로딩 lazy loading', expect: null, category: 'miss-shared' },
  { query: 'CSS 다크 모드 색상 변수 설정', expect: null, category: 'miss-shared' },
];
