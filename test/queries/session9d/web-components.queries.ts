import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '섀도 돔', expect: '섀도 돔(Shadow DOM)', category: 'plain' },
  { query: '슬롯', expect: '슬롯(Slot)', category: 'plain' },
  { query: '이벤트 재타겟팅', expect: '이벤트 재타겟팅(Event Retargeting)', category: 'plain' },
  { query: '태그 이름 규칙', expect: '태그 이름 규칙(Naming Rules)', category: 'plain' },

  // particles
  { query: '릿이 뭐야', expect: '릿(Lit)', category: 'particles' },
  { query: '스타일 캡슐화란', expect: '스타일 캡슐화(Encapsulation)', category: 'particles' },
  { query: '템플릿 태그는 뭐임', expect: '템플릿 태그(Template Element)', category: 'particles' },
  {
    query: '자율 커스텀 엘리먼트가 뭐야',
    expect: '자율 커스텀 엘리먼트(Autonomous Custom Element)',
    category: 'particles',
  },
  { query: '폼 연동이란', expect: '폼 연동(Form-Associated Custom Elements)', category: 'particles' },

  // question
  {
    query: 'attributeChangedCallback이 안 불려요',
    expect: '속성 변경 콜백(attributeChangedCallback)',
    category: 'question',
  },
  {
    query: '커스텀 태그 이름에 왜 하이픈 넣어야 돼',
    expect: '태그 이름 규칙(Naming Rules)',
    category: 'question',
  },
  {
    query: '컴포넌트에서 setInterval 정리는 어디서 해',
    expect: '연결 해제 콜백(disconnectedCallback)',
    category: 'question',
  },
  { query: 'constructor에서 getAttribute 해도 돼?', expect: '생성자(constructor)', category: 'question' },
  {
    query: '섀도 안에서 보낸 커스텀 이벤트가 바깥에서 안 잡혀요',
    expect: '이벤트 재타겟팅(Event Retargeting)',
    category: 'question',
  },
  {
    query: '바깥 CSS로 컴포넌트 내부 요소 스타일 바꾸려면 어떻게 해',
    expect: '섀도 돔 스타일링(:host와 ::part)',
    category: 'question',
  },
  {
    query: '직접 만든 input 값이 form 제출할 때 안 들어가요',
    expect: '폼 연동(Form-Associated Custom Elements)',
    category: 'question',
  },
  {
    query: '컴포넌트 등록 끝날 때까지 기다리려면 어떻게 해',
    expect: '업그레이드와 whenDefined',
    category: 'question',
  },
  {
    query: 'button 태그 기능 그대로 물려받아서 확장하려면',
    expect: '확장 내장 엘리먼트(Customized Buil-in Element)',
    category: 'question',
  },
  {
    query: 'React 있는데 웹 컴포넌트 왜 써',
    expect: '프레임워크 컴포넌트와 비교(Web Components vs Framwork)',
    category: 'question',
  },

  // spacing
  {
    query: '커스텀엘리먼트정의',
    expect: '커스텀 엘리먼트 정의(Custom Element Definition)',
    category: 'spacing',
  },
  { query: '연결해제콜백', expect: '연결 해제 콜백(disconnectedCallback)', category: 'spacing' },
  { query: '섀도돔스타일링', expect: '섀도 돔 스타일링(:host와 ::part)', category: 'spacing' },
  { query: '속성변경 콜백', expect: '속성 변경 콜백(attributeChangedCallback)', category: 'spacing' },

  // typo-query
  { query: '섀더 돔', expect: '섀도 돔(Shadow DOM)', category: 'typo-query' },
  {
    query: '커스텀 앨리먼트 정의',
    expect: '커스텀 엘리먼트 정의(Custom Element Definition)',
    category: 'typo-query',
  },
  { query: '이벤트 재타갯팅', expect: '이벤트 재타겟팅(Event Retargeting)', category: 'typo-query' },
  { query: 'conectedCallback', expect: '연결 콜백(connectedCallback)', category: 'typo-query' },
  { query: '탬플릿 태그', expect: '템플릿 태그(Template Element)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'customized built-in element',
    expect: '확장 내장 엘리먼트(Customized Buil-in Element)',
    category: 'typo-notes',
  },
  {
    query: 'web components vs framework',
    expect: '프레임워크 컴포넌트와 비교(Web Components vs Framwork)',
    category: 'typo-notes',
  },
  { query: 'accessibility', expect: '접근성 고려(Accesibility)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmffht', expect: '슬롯(Slot)', category: 'keyboard' },
  { query: 'flt', expect: '릿(Lit)', category: 'keyboard' },
  { query: 'zoqtbfghk', expect: '스타일 캡슐화(Encapsulation)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㄷㄷ', expect: '섀도 돔(Shadow DOM)', category: 'choseong' },
  { query: 'ㅇㅂㅌㅈㅌㄱㅌ', expect: '이벤트 재타겟팅(Event Retargeting)', category: 'choseong' },
  { query: 'ㅌㄱㅇㄹㄱㅊ', expect: '태그 이름 규칙(Naming Rules)', category: 'choseong' },

  // english-glossary
  { query: 'hyphen', expect: '태그 이름 규칙(Naming Rules)', category: 'english-glossary' },
  { query: 'memory leak', expect: '연결 해제 콜백(disconnectedCallback)', category: 'english-glossary' },
  { query: 'screen reader', expect: '접근성 고려(Accesibility)', category: 'english-glossary' },
  { query: 'decorator', expect: '릿(Lit)', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to keep component styles from leaking into the page',
    expect: '스타일 캡슐화(Encapsulation)',
    category: 'english',
  },
  {
    query: 'register a new html tag with a javascript class',
    expect: '커스텀 엘리먼트 정의(Custom Element Definition)',
    category: 'english',
  },
  {
    query: 'clone an inert html fragment many times',
    expect: '템플릿 태그(Template Element)',
    category: 'english',
  },
  {
    query: 'make the shadow root inaccessible from outside scripts',
    expect: 'closed 모드',
    category: 'english',
  },
  {
    query: 'callback when an observed attribute value changes',
    expect: '속성 변경 콜백(attributeChangedCallback)',
    category: 'english',
  },

  // paraphrase
  {
    query: '바깥에서 넘긴 자식 내용을 컴포넌트 내부 원하는 자리에 꽂아 보여주기',
    expect: '슬롯(Slot)',
    category: 'paraphrase',
  },
  {
    query: '요소가 문서에 붙는 순간마다 실행되는 함수',
    expect: '연결 콜백(connectedCallback)',
    category: 'paraphrase',
  },
  {
    query: '프레임워크 없이 브라우저 표준만으로 재사용 부품 만드는 기술 묶음',
    expect: '웹 컴포넌트란(What are Web Components)',
    category: 'paraphrase',
  },
  { query: '구글이 만든 5KB짜리 작성 도우미, Polymer 다음 버전', expect: '릿(Lit)', category: 'paraphrase' },
  {
    query: 'HTML에 먼저 나온 태그가 나중에 클래스 등록되면 바뀌는 과정',
    expect: '업그레이드와 whenDefined',
    category: 'paraphrase',
  },
  {
    query: '내가 쓴 CSS가 페이지 다른 곳에 번지지 않게 막기',
    expect: '스타일 캡슐화(Encapsulation)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'attribute vs property 차이',
    expect: ['속성(attribute)', '프로퍼티(property)'],
    category: 'comparison',
    compare: ['속성(attribute)', '프로퍼티(property)'],
  },
  {
    query: 'open 모드랑 closed 모드 차이',
    expect: ['open 모드', 'closed 모드'],
    category: 'comparison',
    compare: ['open 모드', 'closed 모드'],
  },
  {
    query: '자율 커스텀 엘리먼트 vs 확장 내장 엘리먼트',
    expect: [
      '자율 커스텀 엘리먼트(Autonomous Custom Element)',
      '확장 내장 엘리먼트(Customized Buil-in Element)',
    ],
    category: 'comparison',
    compare: [
      '자율 커스텀 엘리먼트(Autonomous Custom Element)',
      '확장 내장 엘리먼트(Customized Buil-in Element)',
    ],
  },
  {
    query: 'connectedCallback disconnectedCallback 차이',
    expect: ['연결 콜백(connectedCallback)', '연결 해제 콜백(disconnectedCallback)'],
    category: 'comparison',
    compare: ['연결 콜백(connectedCallback)', '연결 해제 콜백(disconnectedCallback)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 리바운드 잡는 요령', expect: null, category: 'miss' },
  { query: '조선 후기 실학자 정약용', expect: null, category: 'miss' },

  // miss-shared
  { query: 'React 컴포넌트 useEffect 의존성 배열', expect: null, category: 'miss-shared' },
  { query: 'CSS 그리드 템플릿 영역 나누기', expect: null, category: 'miss-shared' },
  { query: '가상 돔 diff 알고리즘', expect: null, category: 'miss-shared' },
  { query: '이벤트 루프 마이크로태스크 큐', expect: null, category: 'miss-shared' },
];
