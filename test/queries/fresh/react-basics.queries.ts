import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'useEffect', expect: 'useEffect', category: 'plain' },
  { query: '가상 DOM', expect: '가상 DOM(Virtual DOM)', category: 'plain' },
  { query: 'Context API', expect: 'Context API', category: 'plain' },
  { query: '커스텀 훅', expect: '커스텀 훅(Custom Hook)', category: 'plain' },
  { query: 'JSX 문법', expect: 'JSX', category: 'plain' },

  // particles
  { query: 'props가 뭐야', expect: 'Props', category: 'particles' },
  { query: '의존성 배열의 역할', expect: '의존성 배열(Dependency Array)', category: 'particles' },
  { query: 'key의 용도', expect: '리스트와 key', category: 'particles' },
  { query: '불변성을 지켜야 하는 이유', expect: '불변성(Immutability)', category: 'particles' },
  { query: 'Hook의 규칙을 알려줘', expect: 'Hook 규칙', category: 'particles' },

  // question
  {
    query: 'useEffect에서 무한 루프는 왜 생겨요',
    expect: '의존성 배열(Dependency Array)',
    category: 'question',
  },
  { query: '콘솔 로그가 두 번 찍히는데 버그인가요', expect: '리랜더링 조건', category: 'question' },
  { query: '인덱스를 key로 쓰면 안 되나요', expect: '리스트와 key', category: 'question' },
  { query: 'setState 했는데 값이 바로 안 바뀌어요', expect: 'State(상태)', category: 'question' },
  { query: '클래스형 컴포넌트도 배워야 하나요', expect: '클래스형 컴포넌트', category: 'question' },
  { query: 'useMemo는 언제 써야 돼', expect: 'useMemo와 useCallback', category: 'question' },
  {
    query: '형제 컴포넌트끼리 데이터는 어떻게 공유해요',
    expect: '상태 끌어올리기(Lifting State Up)',
    category: 'question',
  },
  { query: 'Hook을 if문 안에서 부르면 왜 안 돼', expect: 'Hook 규칙', category: 'question' },
  { query: '&& 썼는데 화면에 0이 나오는 이유', expect: '조건부 렌더링', category: 'question' },
  { query: 'onClick에 함수 호출을 바로 넣으면 어떻게 돼', expect: '이벤트 처리', category: 'question' },
  { query: 'Context 쓰면 성능 문제는 없나요', expect: 'Context API > 장점과 단점', category: 'question' },
  {
    query: '가상 DOM이 항상 더 빠른 거야?',
    expect: '가상 DOM(Virtual DOM) > 장점과 단점',
    category: 'question',
  },

  // spacing
  { query: '조건부렌더링', expect: '조건부 렌더링', category: 'spacing' },
  { query: '함수형컴포넌트', expect: '함수형 컴포넌트', category: 'spacing' },
  { query: '의존성배열', expect: '의존성 배열(Dependency Array)', category: 'spacing' },
  { query: '상태끌어올리기', expect: '상태 끌어올리기(Lifting State Up)', category: 'spacing' },
  { query: 'useEffect클린업', expect: '클린업(Cleanup) 함수', category: 'spacing' },

  // typo-query
  { query: 'useEffet', expect: 'useEffect', category: 'typo-query' },
  { query: 'virtaul dom', expect: '가상 DOM(Virtual DOM)', category: 'typo-query' },
  { query: '프롭 드릴닝', expect: '프롭 드릴링(Prop Drilling)', category: 'typo-query' },
  { query: '커스텀 훜', expect: '커스텀 훅(Custom Hook)', category: 'typo-query' },
  { query: '불변셩', expect: '불변성(Immutability)', category: 'typo-query' },
  { query: 'useCallbak', expect: 'useMemo와 useCallback', category: 'typo-query' },

  // typo-notes (notes spell these 리랜더링, 이팩트, 컴퍼넌트; also spacing slip 렌더할때)
  { query: '리렌더링 되는 조건', expect: '리랜더링 조건', category: 'typo-notes' },
  { query: '사이드 이펙트 처리', expect: 'useEffect', category: 'typo-notes' },
  { query: '이펙트 정리 함수', expect: '클린업(Cleanup) 함수', category: 'typo-notes' },
  { query: '컴포넌트 이름 대문자', expect: '함수형 컴포넌트', category: 'typo-notes' },

  // keyboard (불변성, 의존성 배열, 커스텀훅 typed on an English layout)
  { query: 'qnfqustjd', expect: '불변성(Immutability)', category: 'keyboard' },
  { query: 'dmlwhstjd qoduf', expect: '의존성 배열(Dependency Array)', category: 'keyboard' },
  { query: 'zjtmxjagnr', expect: '커스텀 훅(Custom Hook)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅂㅅ', expect: '불변성(Immutability)', category: 'choseong' },
  { query: 'ㅍㄹ ㄷㄹㄹ', expect: '프롭 드릴링(Prop Drilling)', category: 'choseong' },
  { query: 'ㅈㄱㅂ ㄹㄷㄹ', expect: '조건부 렌더링', category: 'choseong' },

  // english-glossary
  { query: 'virtual dom', expect: '가상 DOM(Virtual DOM)', category: 'english-glossary' },
  { query: 'lifting state up', expect: '상태 끌어올리기(Lifting State Up)', category: 'english-glossary' },
  { query: 'dependency array', expect: '의존성 배열(Dependency Array)', category: 'english-glossary' },
  { query: 'immutability', expect: '불변성(Immutability)', category: 'english-glossary' },
  { query: 'reconciliation', expect: '가상 DOM(Virtual DOM)', category: 'english-glossary' },

  // english (notes say these only in Korean or by description)
  { query: 'memory leak from timer', expect: '클린업(Cleanup) 함수', category: 'english' },
  { query: 'conditional rendering', expect: '조건부 렌더링', category: 'english' },
  { query: 'prevent page refresh on form submit', expect: '이벤트 처리', category: 'english' },
  { query: 'skip re-render when props are the same', expect: 'React.memo', category: 'english' },
  { query: 'focus an input element directly', expect: 'useRef', category: 'english' },
  { query: 'class component lifecycle', expect: '클래스형 컴포넌트', category: 'english' },

  // paraphrase
  { query: '부모 컴포넌트가 자식한테 값 내려주는 방법', expect: 'Props', category: 'paraphrase' },
  { query: '값을 바꿔도 화면이 다시 안 그려지는 보관함', expect: 'useRef', category: 'paraphrase' },
  {
    query: '중간 컴포넌트들이 자기는 안 쓰는 값을 계속 전달만 하는 문제',
    expect: '프롭 드릴링(Prop Drilling)',
    category: 'paraphrase',
  },
  {
    query: '화면이 그려진 다음에 서버에서 데이터 받아오는 코드 넣는 곳',
    expect: 'useEffect',
    category: 'paraphrase',
  },
  {
    query: '여러 컴포넌트에서 반복되는 훅 로직을 함수로 빼기',
    expect: '커스텀 훅(Custom Hook)',
    category: 'paraphrase',
  },
  { query: '여는 태그와 닫는 태그 사이에 넣은 내용 받기', expect: 'children', category: 'paraphrase' },
  {
    query: '이전 화면이랑 새 화면을 비교해서 바뀐 데만 고치는 방식',
    expect: '가상 DOM(Virtual DOM)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '함수형 컴포넌트랑 클래스형 컴포넌트 차이',
    expect: ['함수형 컴포넌트', '클래스형 컴포넌트'],
    category: 'comparison',
    compare: ['함수형 컴포넌트', '클래스형 컴포넌트'],
  },
  {
    query: 'props vs state',
    expect: ['Props', 'State(상태)'],
    category: 'comparison',
    compare: ['Props', 'State(상태)'],
  },
  {
    query: 'useRef랑 useState 뭐가 달라',
    expect: ['useRef', 'State(상태)'],
    category: 'comparison',
    compare: ['useRef', 'State(상태)'],
  },
  {
    query: 'Context API와 프롭 드릴링 비교',
    expect: ['Context API', '프롭 드릴링(Prop Drilling)'],
    category: 'comparison',
    compare: ['Context API', '프롭 드릴링(Prop Drilling)'],
  },
  {
    query: 'useEffect useMemo 차이',
    expect: ['useEffect', 'useMemo와 useCallback'],
    category: 'comparison',
    compare: ['useEffect', 'useMemo와 useCallback'],
  },

  // miss
  { query: '쿠버네티스 파드 오토스케일링', expect: null, category: 'miss' },
  { query: '유니티 리지드바디 물리 충돌', expect: null, category: 'miss' },
  { query: '행렬 고유값 분해', expect: null, category: 'miss' },

  // miss-shared (Redux 사용법, Next.js SSR, React Router, React Native, useReducer, Vue appear nowhere in the chapter;
  // Redux is only named once in 정리 with no explanation)
  { query: 'Redux 리듀서에서 액션 디스패치하는 법', expect: null, category: 'miss-shared' },
  { query: 'Next.js 서버 사이드 렌더링', expect: null, category: 'miss-shared' },
  { query: 'React Router로 페이지 이동', expect: null, category: 'miss-shared' },
  { query: 'React Native 모바일 앱 빌드', expect: null, category: 'miss-shared' },
  { query: 'useReducer 훅 사용법', expect: null, category: 'miss-shared' },
  { query: 'Vue 컴포넌트 props 정의', expect: null, category: 'miss-shared' },
];
