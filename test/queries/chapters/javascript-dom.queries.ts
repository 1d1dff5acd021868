import type { ChapterQuery } from './types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '클로저', expect: '클로저(Closure)', category: 'plain' },
  { query: '호이스팅', expect: '호이스팅(Hoisting)', category: 'plain' },
  { query: '이벤트 위임', expect: '이벤트 위임(Event Delegation)', category: 'plain' },
  { query: 'querySelectorAll', expect: 'querySelector와 querySelectorAll', category: 'plain' },
  { query: '이벤트 루프', expect: '이벤트 루프(Event Loop)', category: 'plain' },

  // particles
  { query: '클로저란', expect: '클로저(Closure)', category: 'particles' },
  { query: '호이스팅은', expect: '호이스팅(Hoisting)', category: 'particles' },
  { query: '프로미스를', expect: '프로미스(Promise)', category: 'particles' },
  { query: '이벤트 버블링이란', expect: '이벤트 버블링(Event Bubbling)', category: 'particles' },
  { query: '스코프는', expect: '스코프(Scope)', category: 'particles' },
  { query: 'DOM 트리는', expect: 'DOM 트리', category: 'particles' },

  // question
  { query: '클로저 왜 쓰나요', expect: '클로저(Closure)', category: 'question' },
  { query: 'const는 언제 써야 돼', expect: 'const', category: 'question' },
  { query: '이벤트 위임 뭐가 좋아요', expect: '이벤트 위임(Event Delegation)', category: 'question' },
  { query: 'fetch 에러 처리 어떻게 해요', expect: 'fetch API', category: 'question' },
  { query: '비동기 안 쓰면 어떻게 돼', expect: '동기와 비동기', category: 'question' },
  {
    query: '부모까지 클릭 이벤트 안 가게 하려면 어떻게 해',
    expect: '이벤트 버블링(Event Bubbling)',
    category: 'question',
  },
  { query: '리스너 제거하려면 어떻게 해', expect: '이벤트 리스너(Event Listener)', category: 'question' },
  { query: 'innerHTML 쓰면 왜 위험해', expect: 'DOM 조작', category: 'question' },
  { query: 'JSON.parse 어디에 쓰여요', expect: 'JSON', category: 'question' },
  {
    query: 'setTimeout 0초로 했는데 왜 바로 실행 안돼요',
    expect: '이벤트 루프(Event Loop)',
    category: 'question',
  },
  {
    query: '폼 제출할 때 새로고침 안 되게 하려면',
    expect: '이벤트 객체(Event Object)',
    category: 'question',
  },
  { query: 'await는 뭐하는거야', expect: 'async/await', category: 'question' },

  // spacing
  { query: '이벤트리스너', expect: '이벤트 리스너(Event Listener)', category: 'spacing' },
  { query: '비동기처리', expect: '동기와 비동기', category: 'spacing' },
  { query: 'DOM트리', expect: 'DOM 트리', category: 'spacing' },
  { query: '콜백함수', expect: '콜백 함수(Callback)', category: 'spacing' },
  { query: '이벤트버블링', expect: '이벤트 버블링(Event Bubbling)', category: 'spacing' },

  // typo-query
  { query: 'clousre', expect: '클로저(Closure)', category: 'typo-query' },
  { query: '호이스틴', expect: '호이스팅(Hoisting)', category: 'typo-query' },
  { query: '이밴트 위임', expect: '이벤트 위임(Event Delegation)', category: 'typo-query' },
  { query: 'querySelecter', expect: 'querySelector와 querySelectorAll', category: 'typo-query' },
  { query: 'promsie all', expect: 'Promise.all과 Promise.race', category: 'typo-query' },
  { query: 'async awiat', expect: 'async/await', category: 'typo-query' },

  // typo-notes (the notes write 직럴화, 사각지데, 콜벡 지옥)
  { query: '직렬화', expect: 'JSON', category: 'typo-notes' },
  { query: '일시적 사각지대', expect: 'let', category: 'typo-notes' },
  { query: '콜백 지옥', expect: '콜백 함수(Callback)', category: 'typo-notes' },

  // keyboard (두벌식 typed on QWERTY)
  { query: 'zmffhwj', expect: '클로저(Closure)', category: 'keyboard' },
  { query: 'ghdltmxld', expect: '호이스팅(Hoisting)', category: 'keyboard' },
  { query: 'qlehdrl', expect: '동기와 비동기', category: 'keyboard' },
  { query: 'vmfhaltm', expect: '프로미스(Promise)', category: 'keyboard' },

  // choseong
  { query: 'ㅋㄹㅈ', expect: '클로저(Closure)', category: 'choseong' },
  { query: 'ㅎㅇㅅㅌ', expect: '호이스팅(Hoisting)', category: 'choseong' },
  { query: 'ㅇㅂㅌ ㅇㅇ', expect: '이벤트 위임(Event Delegation)', category: 'choseong' },

  // english-glossary (terms listed in knowledge/glossary.yaml)
  { query: 'callback', expect: '콜백 함수(Callback)', category: 'english-glossary' },
  { query: 'asynchronous', expect: '동기와 비동기', category: 'english-glossary' },
  { query: 'document object model', expect: 'DOM 트리', category: 'english-glossary' },
  { query: 'javascript object notation', expect: 'JSON', category: 'english-glossary' },
  { query: 'ajax', expect: 'fetch API', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'add event listener', expect: '이벤트 리스너(Event Listener)', category: 'english' },
  { query: 'query_selector', expect: 'querySelector와 querySelectorAll', category: 'english' },
  { query: 'how does event delegation work', expect: '이벤트 위임(Event Delegation)', category: 'english' },
  { query: 'reflow', expect: 'DOM 조작', category: 'english' },
  { query: 'microtask queue', expect: '이벤트 루프(Event Loop)', category: 'english' },
  { query: 'temporal dead zone', expect: 'let', category: 'english' },
  { query: 'promise chaining', expect: '프로미스(Promise)', category: 'english' },
  { query: 'stop propagation', expect: '이벤트 버블링(Event Bubbling)', category: 'english' },

  // paraphrase
  {
    query: '함수 안에서 만든 변수를 밖에서 못 건드리게 숨기는 방법',
    expect: '클로저(Closure)',
    category: 'paraphrase',
  },
  {
    query: '선언하기 전에 변수를 썼는데 에러 안 나고 undefined 나옴',
    expect: '호이스팅(Hoisting)',
    category: 'paraphrase',
  },
  {
    query: '부모 요소 하나에만 클릭 처리를 걸어서 자식들 클릭을 한꺼번에 처리하는 방법',
    expect: '이벤트 위임(Event Delegation)',
    category: 'paraphrase',
  },
  {
    query: '자식 요소를 클릭했는데 부모 요소 클릭 핸들러도 같이 실행돼요',
    expect: '이벤트 버블링(Event Bubbling)',
    category: 'paraphrase',
  },
  { query: '서버에서 데이터 받아오는 브라우저 내장 함수', expect: 'fetch API', category: 'paraphrase' },
  {
    query: '여러 요청을 한꺼번에 보내고 전부 끝날 때까지 기다리기',
    expect: 'Promise.all과 Promise.race',
    category: 'paraphrase',
  },
  { query: '한 번 넣으면 다시 못 바꾸는 변수', expect: 'const', category: 'paraphrase' },

  // comparison
  { query: 'let이랑 var 차이', expect: ['let', 'var'], category: 'comparison', compare: ['let', 'var'] },
  {
    query: 'promise vs callback',
    expect: ['프로미스(Promise)', '콜백 함수(Callback)'],
    category: 'comparison',
    compare: ['프로미스(Promise)', '콜백 함수(Callback)'],
  },
  {
    query: '이벤트 버블링과 캡처링의 차이점',
    expect: ['이벤트 버블링(Event Bubbling)', '이벤트 캡처링(Event Capturing)'],
    category: 'comparison',
    compare: ['이벤트 버블링(Event Bubbling)', '이벤트 캡처링(Event Capturing)'],
  },
  {
    query: 'querySelector랑 getElementById 차이',
    expect: ['querySelector와 querySelectorAll', '요소 선택하기'],
    category: 'comparison',
    compare: ['querySelector와 querySelectorAll', '요소 선택하기'],
  },
  {
    query: 'async await랑 then 뭐가 달라',
    expect: ['async/await', '프로미스(Promise)'],
    category: 'comparison',
    compare: ['async/await', '프로미스(Promise)'],
  },

  // miss: not in the notes
  { query: '웹어셈블리', expect: null, category: 'miss' },
  { query: '타입스크립트 제네릭', expect: null, category: 'miss' },
  { query: '리액트 useState 훅', expect: null, category: 'miss' },

  // miss-shared: not covered, but share generic words with the notes
  { query: '이벤트 소싱 패턴', expect: null, category: 'miss-shared' },
  { query: '쉐도우 DOM 만드는 법', expect: null, category: 'miss-shared' },
  { query: 'JSON 스키마 검증', expect: null, category: 'miss-shared' },
  { query: '웹 워커로 비동기 처리', expect: null, category: 'miss-shared' },
  { query: '제너레이터 함수 yield', expect: null, category: 'miss-shared' },
];
