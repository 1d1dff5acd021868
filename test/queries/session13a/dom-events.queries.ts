import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '버블링', expect: '버블링(Bubbling)', category: 'plain' },
  { query: '이벤트 객체', expect: '이벤트 객체(Event Object)', category: 'plain' },
  { query: '커스텀 이벤트', expect: '커스텀 이벤트(CustomEvent)', category: 'plain' },
  { query: '인라인 핸들러', expect: '인라인 핸들러(Inline Handler)', category: 'plain' },

  // particles
  { query: '이벤트 위임이 뭐야', expect: '이벤트 위임(Event Delegaton)', category: 'particles' },
  { query: '캡처링이란', expect: '캡처링(Captuirng)', category: 'particles' },
  { query: '전파 중단은 뭐임', expect: '전파 중단(stopPropagation)', category: 'particles' },
  { query: '리스너 옵션이 뭐야', expect: '리스너 옵션(Listener Options)', category: 'particles' },
  { query: '마우스 이벤트에는 뭐가 있어', expect: '마우스 이벤트(Mouse Events)', category: 'particles' },

  // question
  {
    query: 'addEventListener에 함수 넣었는데 등록하자마자 바로 실행돼요',
    expect: '이벤트 리스너 등록(addEventListener)',
    category: 'question',
  },
  {
    query: '익명 함수로 등록한 리스너 왜 안 지워져',
    expect: '리스너 해제(removeEventListener)',
    category: 'question',
  },
  {
    query: 'li 안에 있는 아이콘 눌렀을 때 li 요소를 찾으려면 어떻게 해',
    expect: '클릭된 항목 찾기(closest)',
    category: 'question',
  },
  {
    query: '화살표 함수로 핸들러 만들면 this가 버튼이 아니에요',
    expect: '핸들러 안의 this(this in Handler)',
    category: 'question',
  },
  {
    query: '한글 입력하고 엔터 치면 keydown이 두 번 발생해요',
    expect: '키보드 이벤트(Keybaord Events)',
    category: 'question',
  },
  {
    query: 'dispatch한 커스텀 이벤트를 부모 요소에서 못 받아요',
    expect: '커스텀 이벤트(CustomEvent)',
    category: 'question',
  },
  {
    query: 'focus 이벤트를 부모 요소에서 받으려면 어떻게 해',
    expect: '버블링 안 되는 이벤트',
    category: 'question',
  },
  { query: '스크롤 리스너 부드럽게 하려면 옵션 뭐 줘', expect: 'passive', category: 'question' },
  {
    query: '이미지까지 다 로드된 다음에 코드 실행하려면',
    expect: '문서 로드 이벤트(DOMContentLoaded)',
    category: 'question',
  },
  {
    query: 'stopPropagation 했는데 같은 버튼에 달린 다른 핸들러도 돌아요 어떻게 막아',
    expect: '즉시 전파 중단(stopImmediatePropagation)',
    category: 'question',
  },

  // spacing
  { query: '이벤트리스너등록', expect: '이벤트 리스너 등록(addEventListener)', category: 'spacing' },
  { query: '기본동작막기', expect: '기본 동작 막기(preventDefault)', category: 'spacing' },
  { query: '문서로드이벤트', expect: '문서 로드 이벤트(DOMContentLoaded)', category: 'spacing' },
  { query: '즉시전파 중단', expect: '즉시 전파 중단(stopImmediatePropagation)', category: 'spacing' },

  // typo-query
  { query: '이밴트 위임', expect: '이벤트 위임(Event Delegaton)', category: 'typo-query' },
  { query: '커스톰 이벤트', expect: '커스텀 이벤트(CustomEvent)', category: 'typo-query' },
  { query: 'preventDefualt', expect: '기본 동작 막기(preventDefault)', category: 'typo-query' },
  { query: 'dispatchEvnet', expect: '이벤트 발생시키기(dispatchEvent)', category: 'typo-query' },
  { query: '인라인 핸드러', expect: '인라인 핸들러(Inline Handler)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'capturing', expect: '캡처링(Captuirng)', category: 'typo-notes' },
  { query: 'event delegation', expect: '이벤트 위임(Event Delegaton)', category: 'typo-notes' },
  { query: 'keyboard events', expect: '키보드 이벤트(Keybaord Events)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qjqmffld', expect: '버블링(Bubbling)', category: 'keyboard' },
  { query: 'zoqcjfld', expect: '캡처링(Captuirng)', category: 'keyboard' },
  { query: 'dlqpsxm dnldla', expect: '이벤트 위임(Event Delegaton)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㅍㅈㄷ', expect: '전파 중단(stopPropagation)', category: 'choseong' },
  { query: 'ㅋㅅㅌㅇㅂㅌ', expect: '커스텀 이벤트(CustomEvent)', category: 'choseong' },
  { query: 'ㅁㅇㅅㅇㅂㅌ', expect: '마우스 이벤트(Mouse Events)', category: 'choseong' },

  // english-glossary
  { query: 'default action', expect: '기본 동작 막기(preventDefault)', category: 'english-glossary' },
  { query: 'non-bubbling events', expect: '버블링 안 되는 이벤트', category: 'english-glossary' },
  { query: 'event phases', expect: '이벤트 흐름 3단계', category: 'english-glossary' },
  { query: 'debounce', expect: '디바운싱', category: 'english-glossary' },

  // english
  {
    query: 'how to stop an event from reaching parent elements',
    expect: '전파 중단(stopPropagation)',
    category: 'english',
  },
  {
    query: 'fire an event manually from code',
    expect: '이벤트 발생시키기(dispatchEvent)',
    category: 'english',
  },
  {
    query: 'one listener on the parent handles clicks for many children',
    expect: '이벤트 위임(Event Delegaton)',
    category: 'english',
  },
  { query: 'listener that runs only once and removes itself', expect: 'once', category: 'english' },
  { query: 'event fired on every keystroke in a text field', expect: 'input 이벤트', category: 'english' },

  // paraphrase
  {
    query: '안쪽에서 생긴 일이 바깥 요소들로 차례차례 올라가는 현상',
    expect: '버블링(Bubbling)',
    category: 'paraphrase',
  },
  {
    query: '링크 눌러도 페이지가 안 넘어가게 하기',
    expect: '기본 동작 막기(preventDefault)',
    category: 'paraphrase',
  },
  {
    query: '핸들러 함수에 자동으로 들어오는 첫 번째 인자',
    expect: '이벤트 객체(Event Object)',
    category: 'paraphrase',
  },
  { query: '타이핑 멈추고 잠깐 지나면 요청 한 번만 보내기', expect: '디바운싱', category: 'paraphrase' },
  {
    query: '입력 끝내고 다른 데로 빠져나갈 때 한 번 발생하는 거',
    expect: 'change 이벤트',
    category: 'paraphrase',
  },
  { query: '아무리 자주 발생해도 정해진 주기에 한 번씩만 처리', expect: '쓰로틀링', category: 'paraphrase' },

  // comparison
  {
    query: 'target currentTarget 차이',
    expect: ['event.target', 'event.currentTarget'],
    category: 'comparison',
    compare: ['event.target', 'event.currentTarget'],
  },
  {
    query: 'mouseover랑 mouseenter 차이가 뭐야',
    expect: ['mouseover와 mouseout', 'mouseenter와 mouseleave'],
    category: 'comparison',
    compare: ['mouseover와 mouseout', 'mouseenter와 mouseleave'],
  },
  {
    query: '버블링 vs 캡처링',
    expect: ['버블링(Bubbling)', '캡처링(Captuirng)'],
    category: 'comparison',
    compare: ['버블링(Bubbling)', '캡처링(Captuirng)'],
  },
  {
    query: 'stopPropagation preventDefault 차이',
    expect: ['전파 중단(stopPropagation)', '기본 동작 막기(preventDefault)'],
    category: 'comparison',
    compare: ['전파 중단(stopPropagation)', '기본 동작 막기(preventDefault)'],
  },

  // miss
  { query: '김장 배추 절이는 시간', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 높이', expect: null, category: 'miss' },
  { query: '슈뢰딩거 방정식 풀이', expect: null, category: 'miss' },

  // miss-shared
  { query: 'React 합성 이벤트 SyntheticEvent', expect: null, category: 'miss-shared' },
  { query: 'Shadow DOM 이벤트 리타게팅', expect: null, category: 'miss-shared' },
  { query: '드래그 앤 드롭 dataTransfer 사용법', expect: null, category: 'miss-shared' },
  { query: 'Node.js EventEmitter 사용법', expect: null, category: 'miss-shared' },
];
