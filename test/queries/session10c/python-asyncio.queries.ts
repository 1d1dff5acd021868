import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '이벤트 루프', expect: '이벤트 루프(Event Loop)', category: 'plain' },
  { query: '태스크 그룹', expect: '태스크 그룹(TaskGroup)', category: 'plain' },
  { query: '블로킹 호출', expect: '블로킹 호출 주의(Blocking Calls)', category: 'plain' },
  { query: '디버그 모드', expect: '디버그 모드(Debug Mode)', category: 'plain' },

  // particles
  { query: '코루틴이 뭐야', expect: '코루틴(Corutine)', category: 'particles' },
  { query: '세마포어란', expect: '세마포어(Semaphre)', category: 'particles' },
  { query: '어웨이터블이 뭐임', expect: '어웨이터블(Awaitable)', category: 'particles' },
  { query: '생산자 소비자 패턴이란', expect: '생산자 소비자 패턴', category: 'particles' },
  { query: '락은 뭐야', expect: '락(Lock)', category: 'particles' },

  // question
  {
    query: 'async 함수 불렀는데 실행 안 되고 never awaited 경고 떠요',
    expect: '코루틴(Corutine)',
    category: 'question',
  },
  {
    query: '코루틴 안에서 time.sleep 쓰면 왜 안 돼',
    expect: '블로킹 호출 주의(Blocking Calls)',
    category: 'question',
  },
  {
    query: '주피터에서 asyncio.run 하면 에러 나요',
    expect: '실행 진입점(asyncio.run)',
    category: 'question',
  },
  {
    query: 'URL 천 개 요청하는데 10개씩만 동시에 보내려면',
    expect: '세마포어(Semaphre)',
    category: 'question',
  },
  {
    query: '외부 API가 응답을 안 줘서 계속 기다려요',
    expect: '타임아웃 처리(Timeout)',
    category: 'question',
  },
  {
    query: 'requests 라이브러리 asyncio에서 써도 돼?',
    expect: 'aiohttp 클라이언트(aiohttp Client)',
    category: 'question',
  },
  { query: '요청마다 세션 새로 만들면 왜 느려', expect: 'ClientSession 재사용', category: 'question' },
  {
    query: '동기 함수를 비동기 코드에서 어떻게 돌려',
    expect: '스레드 풀 위임(run_in_executor)',
    category: 'question',
  },
  { query: '파이썬 스레드 써도 CPU 작업이 왜 안 빨라져', expect: '전역 인터프리터 락', category: 'question' },
  {
    query: 'gather에서 하나 에러 나도 나머지 결과 받고 싶어',
    expect: 'asyncio.gather()',
    category: 'question',
  },

  // spacing
  { query: '이벤트루프', expect: '이벤트 루프(Event Loop)', category: 'spacing' },
  { query: '태스크그룹', expect: '태스크 그룹(TaskGroup)', category: 'spacing' },
  { query: '생산자소비자패턴', expect: '생산자 소비자 패턴', category: 'spacing' },
  { query: '비동기컨텍스트매니저', expect: '비동기 컨텍스트 매니저', category: 'spacing' },

  // typo-query
  { query: '세마포아', expect: '세마포어(Semaphre)', category: 'typo-query' },
  { query: '이밴트 루프', expect: '이벤트 루프(Event Loop)', category: 'typo-query' },
  { query: '블러킹 호출', expect: '블로킹 호출 주의(Blocking Calls)', category: 'typo-query' },
  { query: '태스그 그룹', expect: '태스크 그룹(TaskGroup)', category: 'typo-query' },
  { query: '어웨이러블', expect: '어웨이터블(Awaitable)', category: 'typo-query' },

  // typo-notes (notes misspell these)
  { query: 'coroutine', expect: '코루틴(Corutine)', category: 'typo-notes' },
  { query: 'cancellation', expect: '취소 처리(Cancellaton)', category: 'typo-notes' },
  { query: 'semaphore', expect: '세마포어(Semaphre)', category: 'typo-notes' },

  // keyboard (2-beolsik, IME off)
  { query: 'zhfnxls', expect: '코루틴(Corutine)', category: 'keyboard' },
  { query: 'tpakvhdj', expect: '세마포어(Semaphre)', category: 'keyboard' },
  { query: 'dlqpsxm fnvm', expect: '이벤트 루프(Event Loop)', category: 'keyboard' },

  // choseong
  { query: 'ㅋㄹㅌ', expect: '코루틴(Corutine)', category: 'choseong' },
  { query: 'ㅇㅂㅌ ㄹㅍ', expect: '이벤트 루프(Event Loop)', category: 'choseong' },
  { query: 'ㅎㄹㅈ ㅁㅌㅌㅅㅋ', expect: '협력적 멀티태스킹', category: 'choseong' },

  // english-glossary (headings/notes use only the Korean term)
  { query: 'cooperative multitasking', expect: '협력적 멀티태스킹', category: 'english-glossary' },
  { query: 'global interpreter lock', expect: '전역 인터프리터 락', category: 'english-glossary' },
  { query: 'producer consumer', expect: '생산자 소비자 패턴', category: 'english-glossary' },
  { query: 'async context manager', expect: '비동기 컨텍스트 매니저', category: 'english-glossary' },

  // english
  {
    query: 'how does the event loop schedule coroutines',
    expect: '이벤트 루프(Event Loop)',
    category: 'english',
  },
  {
    query: 'run multiple coroutines concurrently and collect results in order',
    expect: 'asyncio.gather()',
    category: 'english',
  },
  { query: 'how to cancel a running task', expect: '취소 처리(Cancellaton)', category: 'english' },
  { query: 'limit the number of concurrent requests', expect: '세마포어(Semaphre)', category: 'english' },
  {
    query: 'how to run blocking code in a separate thread',
    expect: '스레드 풀 위임(run_in_executor)',
    category: 'english',
  },

  // paraphrase
  {
    query: '응답 올 때까지 손 놓고 있는 것과 그동안 딴 일 하는 것의 차이',
    expect: '동기와 비동기(Sync vs Async)',
    category: 'paraphrase',
  },
  { query: '한 번에 딱 하나만 공유 상태를 건드리게 막는 장치', expect: '락(Lock)', category: 'paraphrase' },
  {
    query: '여러 작업을 묶어서 하나 실패하면 나머지도 자동으로 멈추게',
    expect: '태스크 그룹(TaskGroup)',
    category: 'paraphrase',
  },
  {
    query: '페이지 넘겨가며 값을 한 개씩 기다렸다 받아오는 반복문',
    expect: '비동기 반복(async for)',
    category: 'paraphrase',
  },
  {
    query: '오래 붙잡고 있는 콜백을 로그로 찾아주는 설정',
    expect: '디버그 모드(Debug Mode)',
    category: 'paraphrase',
  },
  {
    query: '작업을 예약해서 만들자마자 백그라운드에서 돌게 하는 것',
    expect: '태스크(Task)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'gather랑 wait 차이',
    expect: ['asyncio.gather()', 'asyncio.wait()'],
    category: 'comparison',
    compare: ['asyncio.gather()', 'asyncio.wait()'],
  },
  {
    query: '세마포어 vs 락',
    expect: ['세마포어(Semaphre)', '락(Lock)'],
    category: 'comparison',
    compare: ['세마포어(Semaphre)', '락(Lock)'],
  },
  {
    query: '코루틴이랑 태스크 뭐가 달라',
    expect: ['코루틴(Corutine)', '태스크(Task)'],
    category: 'comparison',
    compare: ['코루틴(Corutine)', '태스크(Task)'],
  },
  {
    query: 'wait_for 타임아웃 vs task.cancel 취소',
    expect: ['타임아웃 처리(Timeout)', '취소 처리(Cancellaton)'],
    category: 'comparison',
    compare: ['타임아웃 처리(Timeout)', '취소 처리(Cancellaton)'],
  },

  // miss
  { query: '김장 배추 절이는 법', expect: null, category: 'miss' },
  { query: '야구 타율 계산하는 법', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },

  // miss-shared
  { query: '자바스크립트 Promise then 체이닝', expect: null, category: 'miss-shared' },
  { query: 'FastAPI 비동기 엔드포인트 만들기', expect: null, category: 'miss-shared' },
  { query: 'uvloop로 이벤트 루프 교체하기', expect: null, category: 'miss-shared' },
  { query: 'Celery 비동기 작업 큐 설정', expect: null, category: 'miss-shared' },
];
