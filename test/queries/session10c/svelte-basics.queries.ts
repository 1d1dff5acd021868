import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '컴파일러', expect: '컴파일러(Compiler)', category: 'plain' },
  { query: '슬롯', expect: '슬롯(Slot)', category: 'plain' },
  { query: '어댑터', expect: '어댑터(Adapter)', category: 'plain' },
  { query: '폼 액션', expect: '폼 액션(Form Actions)', category: 'plain' },

  // particles
  { query: '프롭스가 뭐야', expect: '프롭스(Props)', category: 'particles' },
  { query: '컨텍스트 API란', expect: '컨텍스트 API(Context API)', category: 'particles' },
  { query: '로드 함수는 뭐임', expect: '로드 함수(Load Function)', category: 'particles' },
  { query: '비동기 블록이 뭐야', expect: '비동기 블록({#await})', category: 'particles' },
  { query: '파생 스토어란', expect: '파생 스토어(Derived Stor)', category: 'particles' },

  // question
  {
    query: '배열에 push 했는데 목록이 화면에 안 늘어나요',
    expect: '반응형 할당(Reactive Assignment)',
    category: 'question',
  },
  {
    query: 'count 바뀔 때마다 다른 값 자동으로 다시 계산하려면',
    expect: '반응성 선언($:)',
    category: 'question',
  },
  {
    query: '자식 컴포넌트에서 부모한테 값 보내려면 어떻게 해',
    expect: '이벤트 디스패치(Event Dispatcher)',
    category: 'question',
  },
  { query: 'form 제출할 때 새로고침 막는 법', expect: '이벤트 처리(Event Handlng)', category: 'question' },
  {
    query: '리스트 중간 항목 지웠는데 다른 항목 상태가 이상하게 남아요',
    expect: '키 지정 반복(Keyed Each)',
    category: 'question',
  },
  {
    query: 'DOM에 처음 붙은 다음에 실행할 코드는 어디 넣어',
    expect: '라이프사이클 함수(Lifecycle Functons)',
    category: 'question',
  },
  {
    query: 'subscribe 직접 하면 메모리 누수 왜 생겨',
    expect: '쓰기 가능 스토어(Writable Store)',
    category: 'question',
  },
  {
    query: '페이지 뜨기 전에 DB에서 글 가져오려면 어디에 작성해',
    expect: '로드 함수(Load Function)',
    category: 'question',
  },
  {
    query: '블로그 글 빌드할 때 HTML 미리 만들어두려면',
    expect: '사전 렌더링(prerender)',
    category: 'question',
  },
  {
    query: '마우스 위치 같은 외부 값 밖에서 못 바꾸게 공유하려면',
    expect: '읽기 전용 스토어(Readable Store)',
    category: 'question',
  },

  // spacing
  { query: '반응형할당', expect: '반응형 할당(Reactive Assignment)', category: 'spacing' },
  { query: '양방향바인딩', expect: '양방향 바인딩', category: 'spacing' },
  { query: '파일기반 라우팅', expect: '파일 기반 라우팅', category: 'spacing' },
  { query: '쓰기가능스토어', expect: '쓰기 가능 스토어(Writable Store)', category: 'spacing' },

  // typo-query
  { query: '컴퍼넌트 구조', expect: '컴포넌트 구조(Component Structure)', category: 'typo-query' },
  { query: '라이프싸이클 함수', expect: '라이프사이클 함수(Lifecycle Functons)', category: 'typo-query' },
  { query: '이벤트 디스페치', expect: '이벤트 디스패치(Event Dispatcher)', category: 'typo-query' },
  { query: '컨택스트 API', expect: '컨텍스트 API(Context API)', category: 'typo-query' },
  { query: 'adpater', expect: '어댑터(Adapter)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'event handling', expect: '이벤트 처리(Event Handlng)', category: 'typo-notes' },
  { query: 'lifecycle functions', expect: '라이프사이클 함수(Lifecycle Functons)', category: 'typo-notes' },
  { query: 'derived store', expect: '파생 스토어(Derived Stor)', category: 'typo-notes' },

  // keyboard (2-beolsik, IME off)
  { query: 'zjavkdlffj', expect: '컴파일러(Compiler)', category: 'keyboard' },
  { query: 'vmfhqtm', expect: '프롭스(Props)', category: 'keyboard' },
  { query: 'djeoqxj', expect: '어댑터(Adapter)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅇㅅ ㅅㅇ', expect: '반응성 선언($:)', category: 'choseong' },
  { query: 'ㅈㅎ ㅎㄱ', expect: '전환 효과', category: 'choseong' },
  { query: 'ㅈㄷ ㄱㄷ', expect: '자동 구독', category: 'choseong' },

  // english-glossary (notes use only the Korean term)
  { query: 'two-way binding', expect: '양방향 바인딩', category: 'english-glossary' },
  { query: 'transition', expect: '전환 효과', category: 'english-glossary' },
  { query: 'file-based routing', expect: '파일 기반 라우팅', category: 'english-glossary' },
  { query: 'auto subscription', expect: '자동 구독', category: 'english-glossary' },

  // english
  {
    query: 'how does svelte update the DOM without a virtual dom',
    expect: '컴파일러(Compiler)',
    category: 'english',
  },
  { query: 'how do I declare props in a svelte component', expect: '프롭스(Props)', category: 'english' },
  {
    query: 'how to show a loading state while a promise is pending',
    expect: '비동기 블록({#await})',
    category: 'english',
  },
  {
    query: 'how to handle a form POST in sveltekit without javascript',
    expect: '폼 액션(Form Actions)',
    category: 'english',
  },
  { query: 'how to deploy sveltekit as a static site', expect: '어댑터(Adapter)', category: 'english' },

  // paraphrase
  {
    query: '의존하는 변수가 바뀌면 그 줄이 알아서 다시 실행되게 표시하는 법',
    expect: '반응성 선언($:)',
    category: 'paraphrase',
  },
  { query: '부모가 자식 안쪽에 자기 마크업을 끼워 넣는 자리', expect: '슬롯(Slot)', category: 'paraphrase' },
  {
    query: '중간 컴포넌트 거치지 않고 깊은 자손한테 값 내려주기',
    expect: '컨텍스트 API(Context API)',
    category: 'paraphrase',
  },
  { query: '요소가 나타나고 사라질 때 움직임 주기', expect: '전환 효과', category: 'paraphrase' },
  { query: '폴더 구조가 그대로 주소가 되는 방식', expect: '파일 기반 라우팅', category: 'paraphrase' },
  {
    query: '다른 공유 상태 값으로 계산해서 만들어지는 공유 상태',
    expect: '파생 스토어(Derived Stor)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '쓰기 가능 스토어 vs 읽기 전용 스토어',
    expect: ['쓰기 가능 스토어(Writable Store)', '읽기 전용 스토어(Readable Store)'],
    category: 'comparison',
    compare: ['쓰기 가능 스토어(Writable Store)', '읽기 전용 스토어(Readable Store)'],
  },
  {
    query: '$: 반응성 선언이랑 derived 파생 스토어 차이',
    expect: ['반응성 선언($:)', '파생 스토어(Derived Stor)'],
    category: 'comparison',
    compare: ['반응성 선언($:)', '파생 스토어(Derived Stor)'],
  },
  {
    query: 'prerender 사전 렌더링 vs ssr 서버 렌더링 끄기',
    expect: ['사전 렌더링(prerender)', '서버 렌더링 끄기'],
    category: 'comparison',
    compare: ['사전 렌더링(prerender)', '서버 렌더링 끄기'],
  },
  {
    query: 'on:click 이벤트 처리 vs createEventDispatcher 디스패치 차이',
    expect: ['이벤트 처리(Event Handlng)', '이벤트 디스패치(Event Dispatcher)'],
    category: 'comparison',
    compare: ['이벤트 처리(Event Handlng)', '이벤트 디스패치(Event Dispatcher)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 외우는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Svelte 5 룬 $state $effect 사용법', expect: null, category: 'miss-shared' },
  { query: 'React useEffect 의존성 배열', expect: null, category: 'miss-shared' },
  { query: 'SvelteKit 서비스 워커로 오프라인 캐시', expect: null, category: 'miss-shared' },
  { query: 'Svelte 컴포넌트 vitest 단위 테스트 작성', expect: null, category: 'miss-shared' },
];
