import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스코프 체인', expect: '스코프 체인(Scope Chain)', category: 'plain' },
  { query: '실행 컨텍스트', expect: '실행 컨텍스트(Execution Context)', category: 'plain' },
  { query: '함수 팩토리', expect: '함수 팩토리(Function Factory)', category: 'plain' },
  { query: '디바운스', expect: '디바운스(Debounce)', category: 'plain' },

  // particles
  { query: '호이스팅이 뭐야', expect: '호이스팅(Hoisting)', category: 'particles' },
  { query: '클로저란', expect: '클로저 개념(Closure Concept)', category: 'particles' },
  { query: '렉시컬 스코프가 뭐임', expect: '렉시컬 스코프(Lexical Scoep)', category: 'particles' },
  { query: '즉시 실행 함수는 뭐야', expect: '즉시 실행 함수(IIFE)', category: 'particles' },
  { query: '블록 스코프란', expect: '블록 스코프(Block Scope)', category: 'particles' },

  // question
  {
    query: 'for문에서 setTimeout 찍으면 왜 3만 세 번 나와',
    expect: '반복문 클로저 함정',
    category: 'question',
  },
  {
    query: 'setTimeout에 메서드 넘겼더니 this가 undefined 떠요',
    expect: 'this 유실 문제',
    category: 'question',
  },
  { query: 'let 변수를 선언 전에 쓰면 왜 에러 나', expect: '일시적 사각지대', category: 'question' },
  { query: 'const로 만든 객체 속성은 왜 바뀌어', expect: 'let과 const', category: 'question' },
  {
    query: '검색창 입력할 때마다 요청 가는 거 줄이려면 어떻게 해',
    expect: '디바운스(Debounce)',
    category: 'question',
  },
  {
    query: '화살표 함수 안에서 this 찍으면 왜 바깥 거 나와',
    expect: '화살표 함수의 this(Arrow Function)',
    category: 'question',
  },
  {
    query: '인자를 배열로 넘기면서 this 지정하려면 뭐 써',
    expect: 'call, apply, bind',
    category: 'question',
  },
  {
    query: '피보나치 재귀 너무 느린데 어떻게 빠르게 해',
    expect: '메모이제이션(Memoizaton)',
    category: 'question',
  },
  {
    query: '이벤트 리스너 안 지우면 왜 메모리 계속 먹어',
    expect: '클로저와 메모리 누수',
    category: 'question',
  },
  {
    query: '함수를 정의하기 전에 호출해도 되는 경우가 있어?',
    expect: '함수 선언문(Function Declaration)',
    category: 'question',
  },

  // spacing
  { query: '스코프체인', expect: '스코프 체인(Scope Chain)', category: 'spacing' },
  { query: '즉시실행함수', expect: '즉시 실행 함수(IIFE)', category: 'spacing' },
  { query: '일시적사각지대', expect: '일시적 사각지대', category: 'spacing' },
  { query: '암시적바인딩', expect: '암시적 바인딩(Implicit Binding)', category: 'spacing' },

  // typo-query
  { query: '호이스딩', expect: '호이스팅(Hoisting)', category: 'typo-query' },
  { query: '클로져', expect: '클로저 개념(Closure Concept)', category: 'typo-query' },
  { query: '디바운즈', expect: '디바운스(Debounce)', category: 'typo-query' },
  { query: '메모이재이션', expect: '메모이제이션(Memoizaton)', category: 'typo-query' },
  { query: '실행 컨텍트스', expect: '실행 컨텍스트(Execution Context)', category: 'typo-query' },

  // typo-notes
  { query: 'lexical scope', expect: '렉시컬 스코프(Lexical Scoep)', category: 'typo-notes' },
  { query: 'function expression', expect: '함수 표현식(Function Expresion)', category: 'typo-notes' },
  { query: 'memoization', expect: '메모이제이션(Memoizaton)', category: 'typo-notes' },

  // keyboard
  { query: 'zjfld', expect: '커링', category: 'keyboard' },
  { query: 'ghdltmxld', expect: '호이스팅(Hoisting)', category: 'keyboard' },
  { query: 'zmffhwj', expect: '클로저 개념(Closure Concept)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅋㅍ ㅊㅇ', expect: '스코프 체인(Scope Chain)', category: 'choseong' },
  { query: 'ㄷㅂㅇㅅ', expect: '디바운스(Debounce)', category: 'choseong' },
  { query: 'ㅁㅁㅇㅈㅇㅅ', expect: '메모이제이션(Memoizaton)', category: 'choseong' },

  // english-glossary
  { query: 'temporal dead zone', expect: '일시적 사각지대', category: 'english-glossary' },
  { query: 'currying', expect: '커링', category: 'english-glossary' },
  { query: 'information hiding', expect: '정보 은닉', category: 'english-glossary' },
  { query: 'memory leak', expect: '클로저와 메모리 누수', category: 'english-glossary' },

  // english
  {
    query: 'how does a closure work in javascript',
    expect: '클로저 개념(Closure Concept)',
    category: 'english',
  },
  { query: 'difference between call apply and bind', expect: 'call, apply, bind', category: 'english' },
  {
    query: 'what is this when calling a function with the new keyword',
    expect: 'new 바인딩(new Binding)',
    category: 'english',
  },
  { query: 'why enable strict mode', expect: '엄격 모드(Strict Mode)', category: 'english' },
  { query: 'immediately invoked function expression', expect: '즉시 실행 함수(IIFE)', category: 'english' },

  // paraphrase
  {
    query: '안쪽 함수가 바깥 함수 끝난 뒤에도 그 변수를 계속 붙잡고 있는 것',
    expect: '클로저 개념(Closure Concept)',
    category: 'paraphrase',
  },
  {
    query: '더할 숫자를 미리 정해둔 덧셈 함수를 만들어 돌려주기',
    expect: '함수 팩토리(Function Factory)',
    category: 'paraphrase',
  },
  {
    query: '연속으로 입력이 들어오면 멈출 때까지 기다렸다 한 번만 처리',
    expect: '디바운스(Debounce)',
    category: 'paraphrase',
  },
  {
    query: '점 앞에 붙은 객체가 자동으로 this가 되는 경우',
    expect: '암시적 바인딩(Implicit Binding)',
    category: 'paraphrase',
  },
  {
    query: '변수 이름을 안쪽에서 바깥쪽으로 차례로 올라가며 찾는 과정',
    expect: '스코프 체인(Scope Chain)',
    category: 'paraphrase',
  },
  { query: '여러 인자를 하나씩 나눠 받는 함수로 바꾸기', expect: '커링', category: 'paraphrase' },

  // comparison
  {
    query: 'var vs let const 차이',
    expect: ['var', 'let과 const'],
    category: 'comparison',
    compare: ['var', 'let과 const'],
  },
  {
    query: '함수 선언문이랑 함수 표현식 차이',
    expect: ['함수 선언문(Function Declaration)', '함수 표현식(Function Expresion)'],
    category: 'comparison',
    compare: ['함수 선언문(Function Declaration)', '함수 표현식(Function Expresion)'],
  },
  {
    query: '함수 스코프 vs 블록 스코프',
    expect: ['함수 스코프(Function Scope)', '블록 스코프(Block Scope)'],
    category: 'comparison',
    compare: ['함수 스코프(Function Scope)', '블록 스코프(Block Scope)'],
  },
  {
    query: '암시적 바인딩과 명시적 바인딩 차이',
    expect: ['암시적 바인딩(Implicit Binding)', '명시적 바인딩(Explicit Binding)'],
    category: 'comparison',
    compare: ['암시적 바인딩(Implicit Binding)', '명시적 바인딩(Explicit Binding)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 트래블링 규칙', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 연습', expect: null, category: 'miss' },

  // miss-shared
  { query: '이벤트 루프와 마이크로태스크 큐', expect: null, category: 'miss-shared' },
  { query: '프로토타입 체인으로 상속하기', expect: null, category: 'miss-shared' },
  { query: 'Promise async await 에러 처리', expect: null, category: 'miss-shared' },
  { query: 'CSS scoped 스타일 적용', expect: null, category: 'miss-shared' },
];
