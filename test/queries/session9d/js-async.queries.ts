import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '콜백 지옥', expect: '콜백 지옥(Callback Hell)', category: 'plain' },
  { query: '이벤트 루프', expect: '이벤트 루프(Event Loop)', category: 'plain' },
  { query: '호출 스택', expect: '호출 스택(Call Stack)', category: 'plain' },
  { query: '재시도 패턴', expect: '재시도 패턴', category: 'plain' },

  // particles
  { query: '마이크로태스크 큐가 뭐야', expect: '마이크로태스크 큐(Microtask Queue)', category: 'particles' },
  { query: '프로미스 상태란', expect: '프로미스 상태(Promise State)', category: 'particles' },
  { query: 'async 함수는 뭘 반환해', expect: 'async 함수(Async Function)', category: 'particles' },
  { query: '콜백 함수란 무엇인가', expect: '콜백 함수(Callback)', category: 'particles' },
  { query: '싱글 스레드라는 게 뭐임', expect: '싱글 스레드', category: 'particles' },

  // question
  {
    query: 'setTimeout 0 줬는데 왜 바로 실행 안 돼',
    expect: '매크로태스크 큐(Macrotask Queu)',
    category: 'question',
  },
  { query: 'then 다음에 undefined 가 넘어와요', expect: 'then 체이닝(then Chaining)', category: 'question' },
  {
    query: 'forEach 안에서 await 했는데 안 기다려줘요',
    expect: '순차 실행과 병렬 실행',
    category: 'question',
  },
  {
    query: 'fetch 404 떴는데 catch 로 안 가요',
    expect: '비동기 에러 처리(Async Error Handling)',
    category: 'question',
  },
  {
    query: '검색창에서 이전 요청 취소하려면 어떻게 해',
    expect: '요청 취소(AbortController)',
    category: 'question',
  },
  { query: '로딩 스피너 성공이든 실패든 끄려면 어디서 해', expect: 'catch와 finally', category: 'question' },
  {
    query: '요청 여러 개 중 몇 개 실패해도 결과 다 받고 싶어',
    expect: 'Promise.allSettled',
    category: 'question',
  },
  { query: '콘솔에 Uncaught (in promise) 뜨는 이유', expect: '처리되지 않은 거부', category: 'question' },
  { query: 'fetch 3초 넘으면 끊으려면 어떻게 해', expect: '타임아웃 구현(Timout)', category: 'question' },
  { query: 'resolve 두 번 부르면 어떻게 돼', expect: '프로미스 상태(Promise State)', category: 'question' },

  // spacing
  { query: '콜백지옥', expect: '콜백 지옥(Callback Hell)', category: 'spacing' },
  { query: '마이크로 태스크큐', expect: '마이크로태스크 큐(Microtask Queue)', category: 'spacing' },
  { query: '실행순서퀴즈', expect: '실행 순서 퀴즈', category: 'spacing' },
  { query: '처리되지않은 거부', expect: '처리되지 않은 거부', category: 'spacing' },

  // typo-query
  { query: '이밴트 루프', expect: '이벤트 루프(Event Loop)', category: 'typo-query' },
  { query: '프로미즈 상태', expect: '프로미스 상태(Promise State)', category: 'typo-query' },
  { query: 'AbortControler', expect: '요청 취소(AbortController)', category: 'typo-query' },
  { query: 'then 채이닝', expect: 'then 체이닝(then Chaining)', category: 'typo-query' },
  { query: 'Promise.allSetled', expect: 'Promise.allSettled', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'promise constructor', expect: '프로미스 생성(Promise Constructer)', category: 'typo-notes' },
  { query: 'macrotask queue', expect: '매크로태스크 큐(Macrotask Queu)', category: 'typo-notes' },
  { query: 'timeout', expect: '타임아웃 구현(Timout)', category: 'typo-notes' },

  // keyboard (2-beolsik, IME off)
  { query: 'zhfqor wldhr', expect: '콜백 지옥(Callback Hell)', category: 'keyboard' },
  { query: 'ghcnf tmxor', expect: '호출 스택(Call Stack)', category: 'keyboard' },
  { query: 'wotleh voxjs', expect: '재시도 패턴', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅂㅌ ㄹㅍ', expect: '이벤트 루프(Event Loop)', category: 'choseong' },
  { query: 'ㅁㅇㅋㄹㅌㅅㅋ ㅋ', expect: '마이크로태스크 큐(Microtask Queue)', category: 'choseong' },
  { query: 'ㅋㅂ ㅈㅇ', expect: '콜백 지옥(Callback Hell)', category: 'choseong' },

  // english-glossary (the notes use only the Korean form)
  { query: 'single thread', expect: '싱글 스레드', category: 'english-glossary' },
  { query: 'unhandled promise rejection', expect: '처리되지 않은 거부', category: 'english-glossary' },
  { query: 'retry with exponential backoff', expect: '재시도 패턴', category: 'english-glossary' },
  {
    query: 'sequential vs parallel execution',
    expect: '순차 실행과 병렬 실행',
    category: 'english-glossary',
  },

  // english
  { query: 'how does the event loop work', expect: '이벤트 루프(Event Loop)', category: 'english' },
  { query: 'how to cancel a fetch request', expect: '요청 취소(AbortController)', category: 'english' },
  { query: 'what is callback hell', expect: '콜백 지옥(Callback Hell)', category: 'english' },
  { query: 'difference between promise race and any', expect: 'Promise.any', category: 'english' },
  {
    query: 'what does await do inside an async function',
    expect: 'await 키워드(Await Keyword)',
    category: 'english',
  },

  // paraphrase
  {
    query: '작업 끝나면 불러달라고 인자로 넘겨주는 것',
    expect: '콜백 함수(Callback)',
    category: 'paraphrase',
  },
  {
    query: '지금 돌고 있는 함수들이 차곡차곡 쌓였다 빠지는 곳',
    expect: '호출 스택(Call Stack)',
    category: 'paraphrase',
  },
  {
    query: '여러 요청 전부 성공해야 결과 배열 주고 하나라도 실패하면 바로 실패',
    expect: 'Promise.all',
    category: 'paraphrase',
  },
  { query: '가장 빨리 끝난 작업 하나로 승부가 결정되는 것', expect: 'Promise.race', category: 'paraphrase' },
  {
    query: '실패하면 기다리는 시간 두 배씩 늘리면서 다시 보내기',
    expect: '재시도 패턴',
    category: 'paraphrase',
  },
  {
    query: '앞 작업 끝날 때까지 기다렸다가 다음 줄 실행하는 방식과 안 기다리는 방식',
    expect: '동기와 비동기(Sync vs Async)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '마이크로태스크 vs 매크로태스크',
    expect: ['마이크로태스크 큐(Microtask Queue)', '매크로태스크 큐(Macrotask Queu)'],
    category: 'comparison',
    compare: ['마이크로태스크 큐(Microtask Queue)', '매크로태스크 큐(Macrotask Queu)'],
  },
  {
    query: 'Promise.all 이랑 allSettled 차이',
    expect: ['Promise.all', 'Promise.allSettled'],
    category: 'comparison',
    compare: ['Promise.all', 'Promise.allSettled'],
  },
  {
    query: 'race vs any 비교',
    expect: ['Promise.race', 'Promise.any'],
    category: 'comparison',
    compare: ['Promise.race', 'Promise.any'],
  },
  {
    query: '이행 상태와 거부 상태 차이',
    expect: ['이행(fulfilled)', '거부(rejected)'],
    category: 'comparison',
    compare: ['이행(fulfilled)', '거부(rejected)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '파스타 면 알덴테로 삶기', expect: null, category: 'miss' },
  { query: '클래식 기타 조율 방법', expect: null, category: 'miss' },

  // miss-shared
  { query: '웹 워커로 무거운 계산 별도 스레드에서 돌리기', expect: null, category: 'miss-shared' },
  { query: '제너레이터 함수 yield 동작', expect: null, category: 'miss-shared' },
  { query: 'Node.js 스트림 pipe 이벤트', expect: null, category: 'miss-shared' },
  { query: '웹소켓 연결 끊김 처리', expect: null, category: 'miss-shared' },
];
