import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '가상 돔', expect: '가상 돔', category: 'plain' },
  { query: '프롭 드릴링', expect: '프롭 드릴링(Prop Drilling)', category: 'plain' },
  { query: '커스텀 훅', expect: '커스텀 훅(Custom Hooks)', category: 'plain' },
  { query: '훅의 규칙', expect: '훅의 규칙(Rules of Hooks)', category: 'plain' },

  // particles
  { query: '재조정이 뭐야', expect: '재조정', category: 'particles' },
  { query: '컨텍스트란', expect: '컨텍스트(Context API)', category: 'particles' },
  { query: '상태 끌어올리기가 뭐임', expect: '상태 끌어올리기', category: 'particles' },
  { query: '클린업 함수는 뭐야', expect: '클린업 함수(Cleanup Function)', category: 'particles' },
  { query: 'useRef 훅이란', expect: 'useRef 훅', category: 'particles' },

  // question
  {
    query: 'map으로 리스트 그릴 때 index를 key로 쓰면 안 돼?',
    expect: '리스트와 키(Lists and Keys)',
    category: 'question',
  },
  {
    query: 'count && 로 썼는데 화면에 0이 떠요',
    expect: '조건부 렌더링(Conditinal Rendering)',
    category: 'question',
  },
  {
    query: 'setCount 세 번 불렀는데 1만 올라가요',
    expect: '함수형 업데이트(Updater Function)',
    category: 'question',
  },
  { query: '배열 state에 push 했는데 화면이 안 바뀌어', expect: 'useState', category: 'question' },
  {
    query: '컴포넌트 사라질 때 타이머랑 이벤트 리스너 해제는 어디서 해',
    expect: '클린업 함수(Cleanup Function)',
    category: 'question',
  },
  { query: 'useEffect 의존성 배열 비워두면 언제 실행돼', expect: 'useEffect 훅', category: 'question' },
  {
    query: '조건문 안에서 useState 부르면 왜 안 돼',
    expect: '훅의 규칙(Rules of Hooks)',
    category: 'question',
  },
  {
    query: 'onClick에 함수 넣었는데 렌더링하자마자 실행돼요',
    expect: '이벤트 처리(Event Handling)',
    category: 'question',
  },
  {
    query: '형제 컴포넌트끼리 같은 데이터 쓰려면 어떻게 해',
    expect: '상태 끌어올리기',
    category: 'question',
  },
  {
    query: '컴포넌트 이름 소문자로 쓰면 왜 안 나와',
    expect: '함수형 컴포넌트(Function Component)',
    category: 'question',
  },

  // spacing
  { query: '상태끌어올리기', expect: '상태 끌어올리기', category: 'spacing' },
  { query: '단방향데이터흐름', expect: '단방향 데이터 흐름', category: 'spacing' },
  { query: '리렌더링조건', expect: '리렌더링 조건(Re-rendering)', category: 'spacing' },
  { query: '컴포넌트합성', expect: '컴포넌트 합성(Component Composition)', category: 'spacing' },

  // typo-query
  { query: '프롭 드릴랑', expect: '프롭 드릴링(Prop Drilling)', category: 'typo-query' },
  { query: '컨택스트', expect: '컨텍스트(Context API)', category: 'typo-query' },
  { query: '메모이재이션', expect: '메모이제이션(Memoizaton)', category: 'typo-query' },
  { query: 'useEfect', expect: 'useEffect 훅', category: 'typo-query' },
  { query: '리랜더링 조건', expect: '리렌더링 조건(Re-rendering)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'conditional rendering', expect: '조건부 렌더링(Conditinal Rendering)', category: 'typo-notes' },
  { query: 'memoization', expect: '메모이제이션(Memoizaton)', category: 'typo-notes' },
  { query: 'lifecycle', expect: '생명주기(Lifecyle)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'wowhwjd', expect: '재조정', category: 'keyboard' },
  { query: 'zjsxprtmxm', expect: '컨텍스트(Context API)', category: 'keyboard' },
  { query: 'vmfhqtm', expect: '프롭스(Props)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅌㄲㅇㅇㄹㄱ', expect: '상태 끌어올리기', category: 'choseong' },
  { query: 'ㅋㅅㅌㅎ', expect: '커스텀 훅(Custom Hooks)', category: 'choseong' },
  { query: 'ㄱㅅㄷ', expect: '가상 돔', category: 'choseong' },

  // english-glossary
  { query: 'virtual DOM', expect: '가상 돔', category: 'english-glossary' },
  { query: 'one-way data flow', expect: '단방향 데이터 흐름', category: 'english-glossary' },
  { query: 'lifting state up', expect: '상태 끌어올리기', category: 'english-glossary' },
  { query: 'reconciliation', expect: '재조정', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'provide a theme to the whole tree and read it with a hook',
    expect: '컨텍스트(Context API)',
    category: 'english',
  },
  {
    query: 'why does a child re-render when its parent renders',
    expect: '리렌더링 조건(Re-rendering)',
    category: 'english',
  },
  { query: 'get a reference to an input element to focus it', expect: 'useRef 훅', category: 'english' },
  {
    query: 'skip re-rendering a component when props are shallowly equal',
    expect: 'React.memo',
    category: 'english',
  },
  {
    query: 'class component with setState and a render method',
    expect: '클래스형 컴포넌트(Class Component)',
    category: 'english',
  },

  // paraphrase
  {
    query: '입력칸 값을 리액트 변수가 직접 들고 있게 하는 폼 방식',
    expect: '제어 컴포넌트',
    category: 'paraphrase',
  },
  {
    query: '중간에 있는 애들이 안 쓰는 값을 계속 아래로 넘겨주기만 하는 문제',
    expect: '프롭 드릴링(Prop Drilling)',
    category: 'paraphrase',
  },
  {
    query: 'use로 시작하는 나만의 함수로 상태 로직 재사용하기',
    expect: '커스텀 훅(Custom Hooks)',
    category: 'paraphrase',
  },
  {
    query: '바뀐 내용을 진짜 브라우저 요소에 적용하는 시점',
    expect: '커밋 단계(Commit Phase)',
    category: 'paraphrase',
  },
  {
    query: '상속 말고 안에 끼워 넣어서 조립하는 방식',
    expect: '컴포넌트 합성(Component Composition)',
    category: 'paraphrase',
  },
  {
    query: '무거운 계산 결과 저장해두고 의존값 그대로면 다시 안 돌리기',
    expect: 'useMemo',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '제어 컴포넌트 vs 비제어 컴포넌트',
    expect: ['제어 컴포넌트', '비제어 컴포넌트'],
    category: 'comparison',
    compare: ['제어 컴포넌트', '비제어 컴포넌트'],
  },
  {
    query: '함수형 컴포넌트랑 클래스형 컴포넌트 차이',
    expect: ['함수형 컴포넌트(Function Component)', '클래스형 컴포넌트(Class Component)'],
    category: 'comparison',
    compare: ['함수형 컴포넌트(Function Component)', '클래스형 컴포넌트(Class Component)'],
  },
  {
    query: 'useMemo useCallback 차이',
    expect: ['useMemo', 'useCallback'],
    category: 'comparison',
    compare: ['useMemo', 'useCallback'],
  },
  {
    query: '렌더 단계랑 커밋 단계 차이가 뭐야',
    expect: ['렌더 단계(Render Phase)', '커밋 단계(Commit Phase)'],
    category: 'comparison',
    compare: ['렌더 단계(Render Phase)', '커밋 단계(Commit Phase)'],
  },

  // miss
  { query: '떡볶이 양념 비율', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Next.js 서버 컴포넌트 렌더링', expect: null, category: 'miss-shared' },
  { query: 'Suspense와 lazy로 코드 스플리팅', expect: null, category: 'miss-shared' },
  { query: '에러 바운더리로 렌더링 에러 잡기', expect: null, category: 'miss-shared' },
  { query: 'React Query로 서버 상태 캐싱', expect: null, category: 'miss-shared' },
];
