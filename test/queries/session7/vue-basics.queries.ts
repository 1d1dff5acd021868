import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '반응성', expect: '반응성(Reactivity)', category: 'plain' },
  { query: '슬롯', expect: '슬롯(Slot)', category: 'plain' },
  { query: '네비게이션 가드', expect: '네비게이션 가드(Navigation Guard)', category: 'plain' },
  { query: '리스트 렌더링', expect: '리스트 렌더링(List Rendering)', category: 'plain' },

  // particles
  { query: '피니아가 뭐야', expect: '피니아(Pinia)', category: 'particles' },
  { query: '프롭스란', expect: '프롭스(Props)', category: 'particles' },
  { query: '라이프사이클 훅이 뭐야', expect: '라이프사이클 훅(Lifecycle Hooks)', category: 'particles' },
  { query: '감시자는 뭐임', expect: '감시자(Watcher)', category: 'particles' },
  { query: '컴포지션 API란', expect: '컴포지션 API(Compositon API)', category: 'particles' },

  // question
  { query: 'v-for 할 때 key 왜 넣어야 돼', expect: '리스트 렌더링(List Rendering)', category: 'question' },
  { query: 'ref 쓰면 스크립트에서 왜 .value 붙여야 돼', expect: 'ref()', category: 'question' },
  { query: '자식 컴포넌트에서 props 값 직접 바꿔도 돼?', expect: '프롭스(Props)', category: 'question' },
  {
    query: '처음 화면 뜰 때 데이터 fetch는 어디서 해',
    expect: '라이프사이클 훅(Lifecycle Hooks)',
    category: 'question',
  },
  {
    query: '로그인 안 한 사람 특정 페이지 못 들어가게 하려면',
    expect: '네비게이션 가드(Navigation Guard)',
    category: 'question',
  },
  { query: 'reactive 객체 구조분해하면 왜 화면이 안 바뀌어', expect: 'reactive()', category: 'question' },
  {
    query: 'users/1에서 users/2로 갔는데 onMounted가 다시 안 불려요',
    expect: '동적 라우트 매칭(Dynamic Route Matching)',
    category: 'question',
  },
  { query: '폼 submit 할 때 새로고침 막는 법', expect: '이벤트 처리(Event Handling)', category: 'question' },
  {
    query: 'createWebHistory 쓰면 새로고침할 때 404 나는 이유',
    expect: '뷰 라우터(Vue Router)',
    category: 'question',
  },
  { query: '검색어 바뀔 때마다 API 요청 보내려면 뭐 써', expect: '감시자(Watcher)', category: 'question' },

  // spacing
  { query: '조건부렌더링', expect: '조건부 렌더링(Conditional Rendring)', category: 'spacing' },
  { query: '양방향바인딩', expect: '양방향 바인딩(v-model)', category: 'spacing' },
  { query: '라이프 사이클 훅', expect: '라이프사이클 훅(Lifecycle Hooks)', category: 'spacing' },
  { query: '동적라우트매칭', expect: '동적 라우트 매칭(Dynamic Route Matching)', category: 'spacing' },

  // typo-query
  { query: '컴포넌드', expect: '컴포넌트(Component)', category: 'typo-query' },
  { query: '네비개이션 가드', expect: '네비게이션 가드(Navigation Guard)', category: 'typo-query' },
  { query: '라이프싸이클 훅', expect: '라이프사이클 훅(Lifecycle Hooks)', category: 'typo-query' },
  { query: 'wathcer', expect: '감시자(Watcher)', category: 'typo-query' },
  { query: '양뱡향 바인딩', expect: '양방향 바인딩(v-model)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'conditional rendering', expect: '조건부 렌더링(Conditional Rendring)', category: 'typo-notes' },
  { query: 'computed property', expect: '계산된 속성(Computed Proprety)', category: 'typo-notes' },
  { query: 'composition api', expect: '컴포지션 API(Compositon API)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qksdmdtjd', expect: '반응성(Reactivity)', category: 'keyboard' },
  { query: 'tmffht', expect: '슬롯(Slot)', category: 'keyboard' },
  { query: 'vlsldk', expect: '피니아(Pinia)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅇㅅ', expect: '반응성(Reactivity)', category: 'choseong' },
  { query: 'ㅇㅂㅎㅂㅇㄷ', expect: '양방향 바인딩(v-model)', category: 'choseong' },
  { query: 'ㄴㅂㄱㅇㅅㄱㄷ', expect: '네비게이션 가드(Navigation Guard)', category: 'choseong' },

  // english-glossary
  { query: 'two-way binding', expect: '양방향 바인딩(v-model)', category: 'english-glossary' },
  { query: 'single file component', expect: '컴포넌트(Component)', category: 'english-glossary' },
  { query: 'virtual DOM', expect: '반응성(Reactivity)', category: 'english-glossary' },
  { query: 'text interpolation', expect: '템플릿 문법(Template Syntax)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how to pass data from parent to child component', expect: '프롭스(Props)', category: 'english' },
  { query: 'child notifies parent with a custom event', expect: '이벤트 발생(Emit)', category: 'english' },
  {
    query: 'cached value recalculated only when dependencies change',
    expect: '계산된 속성(Computed Proprety)',
    category: 'english',
  },
  { query: 'named placeholder for parent content inside child', expect: '슬롯(Slot)', category: 'english' },
  { query: 'mount the root app on an element', expect: 'Vue 인스턴스(Vue Instance)', category: 'english' },

  // paraphrase
  {
    query: '자식 컴포넌트 안쪽 내용을 부모가 채워 넣게 하는 기능',
    expect: '슬롯(Slot)',
    category: 'paraphrase',
  },
  {
    query: '여러 화면이 같이 쓰는 데이터를 한 군데 모아두는 라이브러리',
    expect: '피니아(Pinia)',
    category: 'paraphrase',
  },
  {
    query: '조건 거짓이면 요소를 숨기는 게 아니라 아예 안 만드는 거',
    expect: 'v-if',
    category: 'paraphrase',
  },
  {
    query: '입력창 값이랑 변수가 서로 자동으로 맞춰지게 하기',
    expect: '양방향 바인딩(v-model)',
    category: 'paraphrase',
  },
  { query: '주소창 경로마다 다른 화면 보여주기', expect: '뷰 라우터(Vue Router)', category: 'paraphrase' },
  {
    query: 'data methods 나눠서 this로 쓰는 예전 방식',
    expect: '옵션 API(Options API)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'v-if v-show 차이',
    expect: ['v-if', 'v-show'],
    category: 'comparison',
    compare: ['v-if', 'v-show'],
  },
  {
    query: 'computed랑 watch 차이가 뭐야',
    expect: ['계산된 속성(Computed Proprety)', '감시자(Watcher)'],
    category: 'comparison',
    compare: ['계산된 속성(Computed Proprety)', '감시자(Watcher)'],
  },
  {
    query: 'ref vs reactive',
    expect: ['ref()', 'reactive()'],
    category: 'comparison',
    compare: ['ref()', 'reactive()'],
  },
  {
    query: '옵션 API랑 컴포지션 API 차이',
    expect: ['옵션 API(Options API)', '컴포지션 API(Compositon API)'],
    category: 'comparison',
    compare: ['옵션 API(Options API)', '컴포지션 API(Compositon API)'],
  },

  // miss
  { query: '김치찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '기타 F코드 잡는 법', expect: null, category: 'miss' },
  { query: '주식 PER 계산하는 방법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Nuxt 서버 사이드 렌더링 설정', expect: null, category: 'miss-shared' },
  { query: 'Vue 커스텀 디렉티브 만들기', expect: null, category: 'miss-shared' },
  { query: 'Transition 컴포넌트로 애니메이션 넣기', expect: null, category: 'miss-shared' },
  { query: 'Teleport로 모달을 body에 렌더링', expect: null, category: 'miss-shared' },
];
