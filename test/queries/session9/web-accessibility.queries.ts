import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스크린 리더', expect: '스크린 리더(Screen Reader)', category: 'plain' },
  { query: '라이브 리전', expect: '라이브 리전(Live Regon)', category: 'plain' },
  { query: '건너뛰기 링크', expect: '건너뛰기 링크', category: 'plain' },
  { query: '랜드마크 요소', expect: '랜드마크 요소(Landmarks)', category: 'plain' },

  // particles
  { query: '대체 텍스트가 뭐야', expect: '대체 텍스트(Alt Text)', category: 'particles' },
  { query: '적합성 수준이란', expect: '적합성 수준(Conformance Level)', category: 'particles' },
  { query: '보조 기술은 뭐임', expect: '보조 기술', category: 'particles' },
  { query: '포커스 표시가 왜 중요해', expect: '포커스 표시', category: 'particles' },
  { query: '시맨틱 HTML이란', expect: '시맨틱 HTML(Semantic HTML)', category: 'particles' },

  // question
  { query: '글자 없는 X 닫기 버튼에 이름 붙이려면', expect: 'aria-label', category: 'question' },
  { query: 'outline none 했더니 키보드 사용자가 불편하대요', expect: '포커스 표시', category: 'question' },
  { query: '꾸미기용 배경 그림은 alt 비워도 돼?', expect: '장식용 이미지', category: 'question' },
  { query: 'placeholder만 있으면 label 안 써도 돼?', expect: '폼 레이블(Form Lable)', category: 'question' },
  { query: '모달 닫으면 포커스 어디로 보내야 돼', expect: '모달 포커스 관리', category: 'question' },
  { query: '연회색 글씨 대비 기준 몇 대 몇이야', expect: '색상 대비(Color Contarst)', category: 'question' },
  { query: 'role=button 붙였는데 키보드로 안 눌려요', expect: '역할(Role)', category: 'question' },
  { query: '장바구니 담겼다고 스크린 리더에 알려주려면', expect: 'polite', category: 'question' },
  { query: 'h2 다음에 h4 바로 써도 돼?', expect: '제목 구조(Heading Structure)', category: 'question' },
  {
    query: '자동 검사 통과했으면 접근성 작업 끝난 거야?',
    expect: '접근성 검사 도구(Accessibility Testing)',
    category: 'question',
  },

  // spacing
  { query: '웹접근성이란', expect: '웹 접근성이란(What is Accessibility)', category: 'spacing' },
  { query: '색상대비', expect: '색상 대비(Color Contarst)', category: 'spacing' },
  { query: '키보드포커스', expect: '키보드 포커스(Keyboard Focus)', category: 'spacing' },
  { query: '스크린리더', expect: '스크린 리더(Screen Reader)', category: 'spacing' },

  // typo-query
  { query: '랜드마그', expect: '랜드마크 요소(Landmarks)', category: 'typo-query' },
  { query: '시멘틱 HTML', expect: '시맨틱 HTML(Semantic HTML)', category: 'typo-query' },
  { query: '대채 텍스트', expect: '대체 텍스트(Alt Text)', category: 'typo-query' },
  { query: '라이브 리젼', expect: '라이브 리전(Live Regon)', category: 'typo-query' },
  { query: 'tabindx', expect: '탭 순서(Tab Order)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'form label', expect: '폼 레이블(Form Lable)', category: 'typo-notes' },
  { query: 'live region', expect: '라이브 리전(Live Regon)', category: 'typo-notes' },
  { query: 'color contrast', expect: '색상 대비(Color Contarst)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tortkd eoql', expect: '색상 대비(Color Contarst)', category: 'keyboard' },
  { query: 'fosemakzm', expect: '랜드마크 요소(Landmarks)', category: 'keyboard' },
  { query: 'qhwh rltnf', expect: '보조 기술', category: 'keyboard' },

  // choseong
  { query: 'ㄱㄴㄸㄱㄹㅋ', expect: '건너뛰기 링크', category: 'choseong' },
  { query: 'ㄹㅇㅂㄹㅈ', expect: '라이브 리전(Live Regon)', category: 'choseong' },
  { query: 'ㅈㅎㅅㅅㅈ', expect: '적합성 수준(Conformance Level)', category: 'choseong' },

  // english-glossary
  { query: 'assistive technology', expect: '보조 기술', category: 'english-glossary' },
  { query: 'accessible name', expect: '접근 가능한 이름', category: 'english-glossary' },
  { query: 'skip link', expect: '건너뛰기 링크', category: 'english-glossary' },
  { query: 'focus trap', expect: '모달 포커스 관리', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'text and background brightness ratio 4.5 to 1',
    expect: '색상 대비(Color Contarst)',
    category: 'english',
  },
  {
    query: 'text alternative for images read by blind users',
    expect: '대체 텍스트(Alt Text)',
    category: 'english',
  },
  {
    query: 'announce dynamic updates without moving focus',
    expect: '라이브 리전(Live Regon)',
    category: 'english',
  },
  {
    query: 'hide an element from assistive tech but keep it visible',
    expect: '상태와 속성(States & Properties)',
    category: 'english',
  },
  {
    query: 'page regions like header nav main footer',
    expect: '랜드마크 요소(Landmarks)',
    category: 'english',
  },

  // paraphrase
  {
    query: '태그를 생김새 말고 뜻에 맞게 고르기',
    expect: '시맨틱 HTML(Semantic HTML)',
    category: 'paraphrase',
  },
  { query: '메뉴 수십 개 안 거치고 곧바로 본문으로 가기', expect: '건너뛰기 링크', category: 'paraphrase' },
  {
    query: '빨강 초록 구분 못 하는 사람도 정보 알 수 있게 하기',
    expect: '색에만 의존하지 않기',
    category: 'paraphrase',
  },
  {
    query: '팝업 창 떠 있는 동안 탭 눌러도 바깥으로 안 나가게',
    expect: '모달 포커스 관리',
    category: 'paraphrase',
  },
  { query: '읽어주던 말 끊고 급한 경고부터 바로 읽기', expect: 'assertive', category: 'paraphrase' },
  {
    query: '장애 있든 없든 누구나 사이트를 쓸 수 있게 만드는 것',
    expect: '웹 접근성이란(What is Accessibility)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'aria-label aria-labelledby 차이',
    expect: ['aria-label', 'aria-labelledby'],
    category: 'comparison',
    compare: ['aria-label', 'aria-labelledby'],
  },
  {
    query: 'polite vs assertive',
    expect: ['polite', 'assertive'],
    category: 'comparison',
    compare: ['polite', 'assertive'],
  },
  {
    query: 'tabindex 0이랑 -1 차이',
    expect: ['tabindex="0"', 'tabindex="-1"'],
    category: 'comparison',
    compare: ['tabindex="0"', 'tabindex="-1"'],
  },
  {
    query: '의미 있는 이미지랑 장식용 이미지 alt 차이',
    expect: ['의미 있는 이미지', '장식용 이미지'],
    category: 'comparison',
    compare: ['의미 있는 이미지', '장식용 이미지'],
  },

  // miss
  { query: '스쿼트 자세 교정하는 법', expect: null, category: 'miss' },
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '양자역학 슈뢰딩거 방정식 풀이', expect: null, category: 'miss' },

  // miss-shared
  { query: '이미지 lazy loading 지연 로딩', expect: null, category: 'miss-shared' },
  { query: '반응형 웹 미디어 쿼리 브레이크포인트', expect: null, category: 'miss-shared' },
  { query: '다크 모드 색상 테마 전환', expect: null, category: 'miss-shared' },
  { query: 'VS Code 키보드 단축키 설정', expect: null, category: 'miss-shared' },
];
