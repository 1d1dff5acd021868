import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '순수 함수', expect: '순수 함수(Pure Function)', category: 'plain' },
  { query: '클로저', expect: '클로저(Closure)', category: 'plain' },
  { query: '메모이제이션', expect: '메모이제이션(Memoization)', category: 'plain' },
  { query: '꼬리 호출 최적화', expect: '꼬리 호출 최적화(Tail Call Optimization)', category: 'plain' },

  // particles
  { query: '불변성이 뭐야', expect: '불변성(Immutability)', category: 'particles' },
  { query: '고차 함수란', expect: '고차 함수(Higer-Order Function)', category: 'particles' },
  { query: '부수 효과는 뭐임', expect: '부수 효과(Side Effect)', category: 'particles' },
  { query: '파이프라인이 뭐야', expect: '파이프라인(Pipeline)', category: 'particles' },
  { query: '일급 객체란', expect: '일급 객체(First-class Citizen)', category: 'particles' },

  // question
  { query: 'const로 선언했는데 객체 속성이 바뀌어요', expect: '불변성(Immutability)', category: 'question' },
  {
    query: 'Math.random 쓰는 함수는 왜 순수하지 않아',
    expect: '순수 함수(Pure Function)',
    category: 'question',
  },
  { query: 'reduce 초기값 안 넣었더니 TypeError 나요', expect: 'reduce', category: 'question' },
  {
    query: '복사한 객체 안쪽 속성 바꿨는데 원본도 같이 바뀌어요',
    expect: '얕은 복사(Shallow Copy)',
    category: 'question',
  },
  {
    query: '재귀 돌리다가 Maximum call stack size exceeded 떠요',
    expect: '재귀(Recursion)',
    category: 'question',
  },
  {
    query: '바깥에서 못 건드리는 private 변수 만들려면 어떻게 해',
    expect: '클로저(Closure)',
    category: 'question',
  },
  {
    query: '피보나치 재귀 너무 느린데 빠르게 하려면',
    expect: '메모이제이션(Memoization)',
    category: 'question',
  },
  {
    query: 'compose(f, g) 하면 어떤 게 먼저 실행돼',
    expect: '함수 합성(Function Compositon)',
    category: 'question',
  },
  {
    query: '리액트에서 배열 state에 push 했는데 리렌더링 안 돼요',
    expect: '리액트와 함수형(React & FP)',
    category: 'question',
  },
  { query: '무한 수열을 필요한 만큼만 꺼내 쓰려면 어떻게 해', expect: '지연 평가', category: 'question' },

  // spacing
  { query: '순수함수', expect: '순수 함수(Pure Function)', category: 'spacing' },
  { query: '고차함수', expect: '고차 함수(Higer-Order Function)', category: 'spacing' },
  { query: '참조투명성', expect: '참조 투명성', category: 'spacing' },
  { query: '꼬리호출최적화', expect: '꼬리 호출 최적화(Tail Call Optimization)', category: 'spacing' },

  // typo-query
  { query: '클로져', expect: '클로저(Closure)', category: 'typo-query' },
  { query: '메모이재이션', expect: '메모이제이션(Memoization)', category: 'typo-query' },
  { query: '참조 투면성', expect: '참조 투명성', category: 'typo-query' },
  { query: 'pipline', expect: '파이프라인(Pipeline)', category: 'typo-query' },
  { query: 'imutability', expect: '불변성(Immutability)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'higher-order function', expect: '고차 함수(Higer-Order Function)', category: 'typo-notes' },
  { query: 'function composition', expect: '함수 합성(Function Compositon)', category: 'typo-notes' },
  { query: 'currying', expect: '커링(Curryng)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'zmffhwj', expect: '클로저(Closure)', category: 'keyboard' },
  { query: 'zjfld', expect: '커링(Curryng)', category: 'keyboard' },
  { query: 'wornl', expect: '재귀(Recursion)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅅㅎㅅ', expect: '순수 함수(Pure Function)', category: 'choseong' },
  { query: 'ㄱㅊㅎㅅ', expect: '고차 함수(Higer-Order Function)', category: 'choseong' },
  { query: 'ㅁㅁㅇㅈㅇㅅ', expect: '메모이제이션(Memoization)', category: 'choseong' },

  // english-glossary
  { query: 'referential transparency', expect: '참조 투명성', category: 'english-glossary' },
  { query: 'partial application', expect: '부분 적용', category: 'english-glossary' },
  { query: 'structural sharing', expect: '구조적 공유', category: 'english-glossary' },
  { query: 'lazy evaluation', expect: '지연 평가', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'function that always returns the same result for the same arguments',
    expect: '순수 함수(Pure Function)',
    category: 'english',
  },
  {
    query: 'inner function remembers variables of the outer scope',
    expect: '클로저(Closure)',
    category: 'english',
  },
  {
    query: 'cache function results by their arguments',
    expect: '메모이제이션(Memoization)',
    category: 'english',
  },
  {
    query: 'recursive call as the last operation reuses the stack frame',
    expect: '꼬리 호출 최적화(Tail Call Optimization)',
    category: 'english',
  },
  { query: 'container with flatMap to chain nested wrappers', expect: '모나드(Monad)', category: 'english' },

  // paraphrase
  {
    query: '함수를 변수에 담고 인자로 넘기고 반환값으로도 돌려줄 수 있는 성질',
    expect: '일급 객체(First-class Citizen)',
    category: 'paraphrase',
  },
  { query: '여러 인자 받는 걸 한 개씩 받는 연쇄로 쪼개기', expect: '커링(Curryng)', category: 'paraphrase' },
  {
    query: '바뀐 부분만 새로 만들고 나머지는 예전 데이터 그대로 재활용',
    expect: '구조적 공유',
    category: 'paraphrase',
  },
  {
    query: '읽는 순서대로 왼쪽에서 오른쪽으로 이어서 실행',
    expect: '파이프라인(Pipeline)',
    category: 'paraphrase',
  },
  {
    query: '반환값 말고 콘솔 출력이나 전역 변수 수정처럼 바깥에 남는 흔적',
    expect: '부수 효과(Side Effect)',
    category: 'paraphrase',
  },
  { query: '조건 맞는 원소만 골라서 새 배열 만들기', expect: 'filter', category: 'paraphrase' },

  // comparison
  {
    query: '명령형 vs 선언형',
    expect: ['명령형(Imperative)', '선언형(Declarative)'],
    category: 'comparison',
    compare: ['명령형(Imperative)', '선언형(Declarative)'],
  },
  {
    query: '커링이랑 부분 적용 차이가 뭐야',
    expect: ['커링(Curryng)', '부분 적용'],
    category: 'comparison',
    compare: ['커링(Curryng)', '부분 적용'],
  },
  {
    query: 'map reduce 차이',
    expect: ['map', 'reduce'],
    category: 'comparison',
    compare: ['map', 'reduce'],
  },
  {
    query: '얕은 복사 깊은 복사 차이점',
    expect: ['얕은 복사(Shallow Copy)', '깊은 복사(Deep Copy)'],
    category: 'comparison',
    compare: ['얕은 복사(Shallow Copy)', '깊은 복사(Deep Copy)'],
  },

  // miss
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습법', expect: null, category: 'miss' },
  { query: '고려 거란 전쟁 강감찬', expect: null, category: 'miss' },

  // miss-shared
  { query: 'RxJS 옵저버블로 이벤트 스트림 다루기', expect: null, category: 'miss-shared' },
  { query: 'AWS 람다 서버리스 함수 배포하기', expect: null, category: 'miss-shared' },
  { query: 'Elixir 패턴 매칭 문법', expect: null, category: 'miss-shared' },
  { query: 'Redux thunk 미들웨어로 비동기 처리', expect: null, category: 'miss-shared' },
];
