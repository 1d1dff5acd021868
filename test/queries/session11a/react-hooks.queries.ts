import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'useReducer', expect: 'useReducer', category: 'plain' },
  { query: '프롭 드릴링', expect: '프롭 드릴링(Prop Drilling)', category: 'plain' },
  { query: '참조 동일성', expect: '참조 동일성', category: 'plain' },
  { query: 'useRef', expect: 'useRef', category: 'plain' },

  // particles
  { query: '훅이 뭐야', expect: '훅(Hook)', category: 'particles' },
  { query: '불변성이란', expect: '불변성', category: 'particles' },
  { query: 'useContext는 뭐야', expect: 'useContext', category: 'particles' },
  { query: '메모이제이션이 뭐임', expect: '메모이제이션(Memoizaton)', category: 'particles' },
  { query: '의존성 배열이란', expect: '의존성 배열(Dependency Aray)', category: 'particles' },

  // question
  {
    query: 'setCount 하고 바로 console.log 찍었는데 옛날 값이 나와요',
    expect: 'useState',
    category: 'question',
  },
  {
    query: 'setCount(count + 1) 세 번 했는데 1만 올라가요',
    expect: '함수형 업데이트(Functional Update)',
    category: 'question',
  },
  { query: '배열에 push 하고 setState 했는데 화면이 안 바뀌어', expect: '불변성', category: 'question' },
  {
    query: '이벤트 리스너 등록한 거 컴포넌트 사라질 때 제거하려면',
    expect: '정리 함수',
    category: 'question',
  },
  {
    query: 'useEffect가 무한으로 계속 실행돼요',
    expect: '의존성 배열(Dependency Aray)',
    category: 'question',
  },
  { query: 'if 문 안에서 useState 쓰면 왜 안 돼', expect: '훅의 규칙(Rules of Hooks)', category: 'question' },
  { query: '툴팁 위치 계산할 때 화면이 깜빡거려요', expect: 'useLayoutEffect', category: 'question' },
  { query: 'input에 자동으로 포커스 주려면 어떻게 해', expect: 'useRef', category: 'question' },
  { query: '개발 모드에서 useEffect가 두 번 실행돼요', expect: 'useEffect', category: 'question' },
  { query: '다크모드 테마를 여러 컴포넌트에서 같이 쓰려면', expect: 'useContext', category: 'question' },

  // spacing
  { query: '함수형업데이트', expect: '함수형 업데이트(Functional Update)', category: 'spacing' },
  { query: '커스텀훅', expect: '커스텀 훅(Custom Hok)', category: 'spacing' },
  { query: '의존성배열', expect: '의존성 배열(Dependency Aray)', category: 'spacing' },
  { query: '일괄처리', expect: '일괄 처리', category: 'spacing' },

  // typo-query
  { query: '메모이재이션', expect: '메모이제이션(Memoizaton)', category: 'typo-query' },
  { query: 'useEfect', expect: 'useEffect', category: 'typo-query' },
  { query: 'usecallbak', expect: 'useCallback', category: 'typo-query' },
  { query: '불볍성', expect: '불변성', category: 'typo-query' },
  { query: '프롭 드릴닝', expect: '프롭 드릴링(Prop Drilling)', category: 'typo-query' },

  // typo-notes
  { query: 'dependency array', expect: '의존성 배열(Dependency Aray)', category: 'typo-notes' },
  { query: 'memoization', expect: '메모이제이션(Memoizaton)', category: 'typo-notes' },
  { query: 'custom hook', expect: '커스텀 훅(Custom Hok)', category: 'typo-notes' },

  // keyboard
  { query: 'qnfqustjd', expect: '불변성', category: 'keyboard' },
  { query: 'wjdfl gkatn', expect: '정리 함수', category: 'keyboard' },
  { query: 'apahdlwpdltus', expect: '메모이제이션(Memoizaton)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㄱㅊㄹ', expect: '일괄 처리', category: 'choseong' },
  { query: 'ㅍㄹㄷㄹㄹ', expect: '프롭 드릴링(Prop Drilling)', category: 'choseong' },
  { query: 'ㅋㅅㅌㅎ', expect: '커스텀 훅(Custom Hok)', category: 'choseong' },

  // english-glossary
  { query: 'batching', expect: '일괄 처리', category: 'english-glossary' },
  { query: 'immutability', expect: '불변성', category: 'english-glossary' },
  { query: 'cleanup function', expect: '정리 함수', category: 'english-glossary' },
  { query: 'referential equality', expect: '참조 동일성', category: 'english-glossary' },

  // english
  { query: 'how to memoize an expensive computed value', expect: 'useMemo', category: 'english' },
  {
    query: 'skip re-rendering a child component when its props are shallowly equal',
    expect: 'React.memo',
    category: 'english',
  },
  {
    query: 'manage complex state with actions and a reducer function',
    expect: 'useReducer',
    category: 'english',
  },
  {
    query: 'passing props down through many intermediate components',
    expect: '프롭 드릴링(Prop Drilling)',
    category: 'english',
  },
  { query: 'reuse stateful logic between components', expect: '커스텀 훅(Custom Hok)', category: 'english' },

  // paraphrase
  {
    query: '렌더링 끝난 다음에 서버 요청이나 타이머 같은 부가 작업 돌리는 방법',
    expect: 'useEffect',
    category: 'paraphrase',
  },
  {
    query: '다시 그려질 때마다 새로 생기는 콜백을 같은 것으로 유지하기',
    expect: 'useCallback',
    category: 'paraphrase',
  },
  {
    query: '값 바꿔도 화면은 다시 안 그리는 상자에 타이머 id 보관하기',
    expect: 'useRef',
    category: 'paraphrase',
  },
  {
    query: '한 번 구한 결과를 저장했다가 입력이 같으면 재사용하는 기법',
    expect: '메모이제이션(Memoizaton)',
    category: 'paraphrase',
  },
  {
    query: '상태를 여러 번 바꿔도 화면은 한 번만 다시 그리게 묶는 것',
    expect: '일괄 처리',
    category: 'paraphrase',
  },
  {
    query: 'this.state랑 생명주기 메서드로 짜던 옛날 방식',
    expect: '클래스 컴포넌트(Class Component)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'useMemo useCallback 차이',
    expect: ['useMemo', 'useCallback'],
    category: 'comparison',
    compare: ['useMemo', 'useCallback'],
  },
  {
    query: 'useEffect vs useLayoutEffect',
    expect: ['useEffect', 'useLayoutEffect'],
    category: 'comparison',
    compare: ['useEffect', 'useLayoutEffect'],
  },
  {
    query: 'useState랑 useReducer 언제 뭐 써',
    expect: ['useState', 'useReducer'],
    category: 'comparison',
    compare: ['useState', 'useReducer'],
  },
  {
    query: '클래스 컴포넌트 함수 컴포넌트 차이',
    expect: ['클래스 컴포넌트(Class Component)', '함수 컴포넌트(Function Component)'],
    category: 'comparison',
    compare: ['클래스 컴포넌트(Class Component)', '함수 컴포넌트(Function Component)'],
  },

  // miss
  { query: '테니스 서브 자세 교정', expect: null, category: 'miss' },
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '세종대왕 업적 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'React Router 라우팅 설정', expect: null, category: 'miss-shared' },
  { query: 'Next.js 서버 컴포넌트 사용법', expect: null, category: 'miss-shared' },
  { query: 'Suspense로 로딩 fallback 보여주기', expect: null, category: 'miss-shared' },
  { query: 'React Hook Form 폼 유효성 검사', expect: null, category: 'miss-shared' },
];
