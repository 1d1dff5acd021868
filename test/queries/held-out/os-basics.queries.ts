import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '커널', expect: '커널', category: 'plain' },
  { query: '세마포어', expect: '세마포어(Semaphore)', category: 'plain' },
  { query: '라운드 로빈', expect: '라운드 로빈(Round Robin)', category: 'plain' },
  { query: '페이징', expect: '페이징(Paging)', category: 'plain' },

  // particles
  { query: '데드락은', expect: '교착 상태(Deadlock)', category: 'particles' },
  { query: '인터럽트란', expect: '인터럽트(Interrupt)', category: 'particles' },
  { query: '뮤텍스는', expect: '뮤텍스(Mutex)', category: 'particles' },
  { query: '시스템 콜이란', expect: '시스템 콜(System Call)', category: 'particles' },
  { query: '임계 구역이', expect: '임계 구역(Critical Section)', category: 'particles' },

  // question
  { query: '운영체제는 왜 필요해요', expect: '운영체제의 역할', category: 'question' },
  { query: '캐시 메모리 쓰면 뭐가 좋아요', expect: '캐시 메모리', category: 'question' },
  { query: '세마포어 어디에 쓰여요', expect: '세마포어(Semaphore)', category: 'question' },
  { query: '데드락 안 생기게 하려면 어떻게 해', expect: '데드락 해결 방법', category: 'question' },
  { query: '페이지 폴트 나면 어떻게 돼', expect: '페이지 폴트(Page Fault)', category: 'question' },
  { query: '가상 메모리 쓰는 이유', expect: '가상 메모리(Virtual Memory)', category: 'question' },
  {
    query: '뮤텍스 안 쓰면 어떻게 돼',
    expect: ['뮤텍스(Mutex)', '임계 구역(Critical Section)'],
    category: 'question',
  },
  { query: '시스템 콜은 언제 필요해', expect: '시스템 콜(System Call)', category: 'question' },
  { query: '커널 모드랑 사용자 모드 뭐가 달라요', expect: '커널', category: 'question' },
  {
    query: '라운드 로빈에서 시간 할당량은 어떻게 정해요',
    expect: '라운드 로빈(Round Robin)',
    category: 'question',
  },

  // spacing
  { query: '가상메모리', expect: '가상 메모리(Virtual Memory)', category: 'spacing' },
  { query: '컨텍스트스위칭', expect: '컨텍스트 스위칭(Context Switching)', category: 'spacing' },
  { query: '페이지폴트', expect: '페이지 폴트(Page Fault)', category: 'spacing' },
  { query: '교착상태 조건', expect: '교착 상태(Deadlock)', category: 'spacing' },
  { query: '라운드로빈', expect: '라운드 로빈(Round Robin)', category: 'spacing' },
  { query: '멀티 스레드', expect: '스레드(Thread)', category: 'spacing' },

  // typo-query
  { query: '스래드', expect: '스레드(Thread)', category: 'typo-query' },
  { query: 'deadlcok', expect: '교착 상태(Deadlock)', category: 'typo-query' },
  { query: '컨텍스트 스위침', expect: '컨텍스트 스위칭(Context Switching)', category: 'typo-query' },
  { query: '페이지 교채 알고리즘', expect: '페이지 교체 알고리즘', category: 'typo-query' },
  { query: 'virtual memroy', expect: '가상 메모리(Virtual Memory)', category: 'typo-query' },
  { query: '세머포어', expect: '세마포어(Semaphore)', category: 'typo-query' },

  // typo-notes (the notes write 스케쥴링, 오버해드)
  { query: 'CPU 스케줄링', expect: 'CPU 스케쥴링', category: 'typo-notes' },
  { query: '우선순위 스케줄링', expect: '우선순위 스케쥴링', category: 'typo-notes' },
  { query: '오버헤드', expect: '컨텍스트 스위칭(Context Switching)', category: 'typo-notes' },

  // keyboard (두벌식 typed on an English layout)
  { query: 'tmfpem', expect: '스레드(Thread)', category: 'keyboard' }, // 스레드
  { query: 'epemfkr', expect: '교착 상태(Deadlock)', category: 'keyboard' }, // 데드락
  { query: 'vpdlwld', expect: '페이징(Paging)', category: 'keyboard' }, // 페이징

  // choseong
  { query: 'ㅅㅁㅍㅇ', expect: '세마포어(Semaphore)', category: 'choseong' },
  { query: 'ㅍㅇㅈㅍㅌ', expect: '페이지 폴트(Page Fault)', category: 'choseong' },
  { query: 'ㄱㅊㅅㅌ', expect: '교착 상태(Deadlock)', category: 'choseong' },

  // english-glossary (operating system, cache, process are glossary terms)
  { query: 'operating system', expect: '운영체제의 역할', category: 'english-glossary' },
  { query: 'cache memory', expect: '캐시 메모리', category: 'english-glossary' },
  { query: 'what is a process', expect: '프로세스(Process)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'kernel', expect: '커널', category: 'english' },
  { query: 'how to prevent deadlock', expect: '데드락 해결 방법', category: 'english' },
  { query: 'page replacement algorithm', expect: '페이지 교체 알고리즘', category: 'english' },
  { query: 'race condition', expect: '임계 구역(Critical Section)', category: 'english' },
  { query: 'what is a context switch', expect: '컨텍스트 스위칭(Context Switching)', category: 'english' },

  // paraphrase
  {
    query: '프로세스끼리 서로 자원 내놓기를 기다리다가 둘 다 멈춰버리는 상황',
    expect: '교착 상태(Deadlock)',
    category: 'paraphrase',
  },
  {
    query: '램보다 큰 프로그램을 돌릴 수 있게 해주는 기술',
    expect: '가상 메모리(Virtual Memory)',
    category: 'paraphrase',
  },
  {
    query: 'CPU가 실행하던 프로그램을 다른 걸로 갈아끼우는 것',
    expect: '컨텍스트 스위칭(Context Switching)',
    category: 'paraphrase',
  },
  {
    query: '프로그램이 운영체제한테 파일 읽어달라고 부탁하는 방법',
    expect: '시스템 콜(System Call)',
    category: 'paraphrase',
  },
  { query: 'CPU랑 램 사이 속도 차이 줄여주는 저장장치', expect: '캐시 메모리', category: 'paraphrase' },

  // comparison
  {
    query: '프로세스랑 스레드 차이',
    expect: ['프로세스(Process)', '스레드(Thread)'],
    category: 'comparison',
    compare: ['프로세스(Process)', '스레드(Thread)'],
  },
  {
    query: 'mutex vs semaphore',
    expect: ['뮤텍스(Mutex)', '세마포어(Semaphore)'],
    category: 'comparison',
    compare: ['뮤텍스(Mutex)', '세마포어(Semaphore)'],
  },
  {
    query: '시스템 콜과 인터럽트의 차이점',
    expect: ['시스템 콜(System Call)', '인터럽트(Interrupt)'],
    category: 'comparison',
    compare: ['시스템 콜(System Call)', '인터럽트(Interrupt)'],
  },
  {
    query: 'FCFS랑 라운드 로빈 뭐가 달라',
    expect: ['FCFS(First Come First Served)', '라운드 로빈(Round Robin)'],
    category: 'comparison',
    compare: ['FCFS(First Come First Served)', '라운드 로빈(Round Robin)'],
  },

  // miss
  { query: '쿠버네티스', expect: null, category: 'miss' },
  { query: '블록체인이 뭐야', expect: null, category: 'miss' },
  { query: 'TCP 3 way handshake', expect: null, category: 'miss' },
  { query: '리액트 useState 사용법', expect: null, category: 'miss' },

  // miss-shared (누수, 마이그레이션, 컴파일, 풀 appear nowhere in the chapter)
  { query: '메모리 누수 디버깅', expect: null, category: 'miss-shared' },
  { query: '프로세스 마이그레이션', expect: null, category: 'miss-shared' },
  { query: '리눅스 커널 컴파일 방법', expect: null, category: 'miss-shared' },
  { query: '스레드 풀 크기 설정', expect: null, category: 'miss-shared' },
];
