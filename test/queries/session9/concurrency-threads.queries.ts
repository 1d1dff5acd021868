import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '뮤텍스', expect: '뮤텍스(Mutex)', category: 'plain' },
  { query: '스레드 풀', expect: '스레드 풀(Thread Pool)', category: 'plain' },
  { query: '이벤트 루프', expect: '이벤트 루프(Event Loop)', category: 'plain' },
  { query: '컨텍스트 스위칭', expect: '컨텍스트 스위칭(Context Switching)', category: 'plain' },

  // particles
  { query: '데드락이 뭐야', expect: '데드락(Deadlock)', category: 'particles' },
  { query: '세마포어란', expect: '세마포어(Semaphroe)', category: 'particles' },
  { query: '원자성이 뭐임', expect: '원자성(Atomicity)', category: 'particles' },
  { query: '스핀락은 언제 써', expect: '스핀락(Spinlock)', category: 'particles' },
  { query: '코루틴이란 뭐야', expect: '코루틴(Coroutine)', category: 'particles' },

  // question
  {
    query: '두 스레드가 count += 1 하는데 값이 매번 다르게 나와요',
    expect: '경쟁 상태(Race Conditon)',
    category: 'question',
  },
  { query: 'lock 걸고 나서 예외 나면 어떻게 돼', expect: '뮤텍스(Mutex)', category: 'question' },
  {
    query: 'DB 커넥션 개수 제한하려면 뭐 써',
    expect: '카운팅 세마포어',
    category: 'question',
  },
  {
    query: '스레드 너무 많이 만들면 왜 느려져',
    expect: '컨텍스트 스위칭(Context Switching)',
    category: 'question',
  },
  {
    query: 'setTimeout이랑 Promise 중에 뭐가 먼저 실행돼',
    expect: '이벤트 루프(Event Loop)',
    category: 'question',
  },
  {
    query: '파이썬 멀티스레드로 CPU 작업 돌렸는데 안 빨라져요',
    expect: '멀티스레드 방식(Multi-thread)',
    category: 'question',
  },
  { query: '락 잡는 순서를 어떻게 해야 데드락 안 나', expect: '예방(Prevention)', category: 'question' },
  { query: 'wait 하고 깨어났을 때 왜 while로 다시 확인해', expect: '조건 변수', category: 'question' },
  { query: '스레드 하나 죽으면 프로세스도 같이 죽어?', expect: '스레드(Thread)', category: 'question' },
  {
    query: '요청 올 때마다 스레드 새로 만들면 안 돼?',
    expect: '스레드 풀(Thread Pool)',
    category: 'question',
  },

  // spacing
  { query: '경쟁상태', expect: '경쟁 상태(Race Conditon)', category: 'spacing' },
  { query: '스레드풀', expect: '스레드 풀(Thread Pool)', category: 'spacing' },
  { query: '읽기쓰기락', expect: '읽기-쓰기 락(Read-Write Lock)', category: 'spacing' },
  { query: '식사하는철학자문제', expect: '식사하는 철학자 문제', category: 'spacing' },

  // typo-query
  { query: '뮤텍쓰', expect: '뮤텍스(Mutex)', category: 'typo-query' },
  { query: '세마포오', expect: '세마포어(Semaphroe)', category: 'typo-query' },
  { query: '데드랔', expect: '데드락(Deadlock)', category: 'typo-query' },
  { query: '콘텍스트 스위칭', expect: '컨텍스트 스위칭(Context Switching)', category: 'typo-query' },
  { query: 'corutine', expect: '코루틴(Coroutine)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'race condition', expect: '경쟁 상태(Race Conditon)', category: 'typo-notes' },
  { query: 'semaphore', expect: '세마포어(Semaphroe)', category: 'typo-notes' },
  { query: 'deadlock avoidance', expect: '회피(Avoidence)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'abxprtm', expect: '뮤텍스(Mutex)', category: 'keyboard' },
  { query: 'dnjswktjd', expect: '원자성(Atomicity)', category: 'keyboard' },
  { query: 'epemfkr', expect: '데드락(Deadlock)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅈㅅㅌ', expect: '경쟁 상태(Race Conditon)', category: 'choseong' },
  { query: 'ㅅㄹㄷㅍ', expect: '스레드 풀(Thread Pool)', category: 'choseong' },
  { query: 'ㅇㅂㅌㄹㅍ', expect: '이벤트 루프(Event Loop)', category: 'choseong' },

  // english-glossary (the notes use only the Korean term)
  { query: 'parallelism', expect: '동시성과 병렬성', category: 'english-glossary' },
  { query: 'critical section', expect: '임계 구역', category: 'english-glossary' },
  { query: 'condition variable', expect: '조건 변수', category: 'english-glossary' },
  { query: 'dining philosophers problem', expect: '식사하는 철학자 문제', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'why a single threaded node server freezes on heavy computation',
    expect: '이벤트 루프(Event Loop)',
    category: 'english',
  },
  {
    query: 'lock that keeps checking in a loop instead of sleeping',
    expect: '스핀락(Spinlock)',
    category: 'english',
  },
  {
    query: 'many readers at once but only one writer',
    expect: '읽기-쓰기 락(Read-Write Lock)',
    category: 'english',
  },
  { query: 'java synchronized keyword', expect: '모니터(Monitor)', category: 'english' },
  {
    query: 'low priority thread never gets the resource',
    expect: '기아 상태(Starvation)',
    category: 'english',
  },

  // paraphrase
  {
    query: '서로 상대가 쥔 걸 기다리면서 둘 다 영원히 멈춰버린 상황',
    expect: '데드락(Deadlock)',
    category: 'paraphrase',
  },
  {
    query: '중간에 끊기지 않고 다 되거나 아예 안 되거나 둘 중 하나',
    expect: '원자성(Atomicity)',
    category: 'paraphrase',
  },
  {
    query: '일꾼을 미리 몇 명 뽑아두고 들어오는 일감을 돌려가며 맡기는 구조',
    expect: '스레드 풀(Thread Pool)',
    category: 'paraphrase',
  },
  {
    query: '넣는 쪽이랑 꺼내가는 쪽이 버퍼 하나를 같이 쓸 때 속도 맞추기',
    expect: '생산자-소비자 문제(Producer-Consumer)',
    category: 'paraphrase',
  },
  {
    query: '중간에 양보했다가 결과 오면 다시 깨어나는 가벼운 실행 단위',
    expect: '코루틴(Coroutine)',
    category: 'paraphrase',
  },
  {
    query: '일단 막히는 걸 허용하고 나중에 발견해서 하나를 죽여 푸는 방법',
    expect: '탐지와 회복(Detection & Recovery)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '프로세스 스레드 차이',
    expect: ['프로세스(Process)', '스레드(Thread)'],
    category: 'comparison',
    compare: ['프로세스(Process)', '스레드(Thread)'],
  },
  {
    query: '뮤텍스랑 세마포어 차이가 뭐야',
    expect: ['뮤텍스(Mutex)', '세마포어(Semaphroe)'],
    category: 'comparison',
    compare: ['뮤텍스(Mutex)', '세마포어(Semaphroe)'],
  },
  {
    query: 'async/await vs 멀티스레드',
    expect: ['async/await 방식(Single Thread)', '멀티스레드 방식(Multi-thread)'],
    category: 'comparison',
    compare: ['async/await 방식(Single Thread)', '멀티스레드 방식(Multi-thread)'],
  },
  {
    query: '데드락 예방이랑 회피 차이',
    expect: ['예방(Prevention)', '회피(Avoidence)'],
    category: 'comparison',
    compare: ['예방(Prevention)', '회피(Avoidence)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '빵 반죽 발효 온도', expect: null, category: 'miss' },
  { query: '임진왜란 이순신 해전', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GPU CUDA 커널 그리드 설정', expect: null, category: 'miss-shared' },
  { query: 'Go 고루틴이랑 채널 select문', expect: null, category: 'miss-shared' },
  { query: 'DB 트랜잭션 격리 수준 MVCC', expect: null, category: 'miss-shared' },
  { query: 'Redis 분산 락 Redlock', expect: null, category: 'miss-shared' },
];
