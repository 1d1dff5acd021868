import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '페이지 테이블', expect: '페이지 테이블(Page Table)', category: 'plain' },
  { query: '뮤텍스', expect: '뮤텍스(Mutex)', category: 'plain' },
  { query: '라운드 로빈', expect: '라운드 로빈(Round Robn)', category: 'plain' },
  { query: '좀비 프로세스', expect: '좀비 프로세스(Zombie Process)', category: 'plain' },

  // particles
  { query: '스레드가 뭐야', expect: '스레드(Thread)', category: 'particles' },
  { query: '교착 상태란', expect: '교착 상태', category: 'particles' },
  { query: '페이지 폴트가 뭐임', expect: '페이지 폴트(Page Fault)', category: 'particles' },
  { query: '세마포어는 뭐야', expect: '세마포어(Semaphre)', category: 'particles' },
  { query: '프로세스 제어 블록이란', expect: '프로세스 제어 블록(PCB)', category: 'particles' },

  // question
  {
    query: 'fork 하면 자식 프로세스한테 뭐가 리턴돼',
    expect: '프로세스 생성(fork와 exec)',
    category: 'question',
  },
  {
    query: '대기 상태에서 바로 실행으로 갈 수 있어?',
    expect: '프로세스 상태(Process State)',
    category: 'question',
  },
  {
    query: '스레드 여러 개로 count++ 했는데 값이 이상하게 나와요',
    expect: '임계 구역',
    category: 'question',
  },
  {
    query: '우선순위 낮은 프로세스가 계속 실행 안 되면 어떻게 해',
    expect: '우선순위 스케줄링(Priority Scheduling)',
    category: 'question',
  },
  { query: '타임 퀀텀 너무 작게 잡으면 왜 안 좋아', expect: '라운드 로빈(Round Robn)', category: 'question' },
  { query: '프레임 늘렸는데 페이지 폴트가 더 많아지는 이유', expect: 'FIFO 교체', category: 'question' },
  {
    query: '주소 변환할 때 메모리 두 번 접근하는 거 어떻게 빠르게 해',
    expect: 'TLB(Translation Lookaside Bufer)',
    category: 'question',
  },
  {
    query: '자식 프로세스 끝났는데 ps에 defunct로 계속 남아있어요',
    expect: '좀비 프로세스(Zombie Process)',
    category: 'question',
  },
  {
    query: '부모 프로세스가 먼저 죽으면 자식은 어떻게 돼',
    expect: '고아 프로세스(Orphan Process)',
    category: 'question',
  },
  {
    query: '짧은 작업이 긴 작업 뒤에서 한참 기다리는 거 왜 그래',
    expect: 'FCFS 스케줄링(First Come First Served)',
    category: 'question',
  },

  // spacing
  { query: '교착상태', expect: '교착 상태', category: 'spacing' },
  { query: '페이지폴트', expect: '페이지 폴트(Page Fault)', category: 'spacing' },
  { query: '문맥교환', expect: '문맥 교환', category: 'spacing' },
  { query: '우선 순위 스케줄링', expect: '우선순위 스케줄링(Priority Scheduling)', category: 'spacing' },

  // typo-query
  { query: '세마포오', expect: '세마포어(Semaphre)', category: 'typo-query' },
  { query: '스레싱', expect: '스래싱(Thrashing)', category: 'typo-query' },
  { query: '뮤텍쓰', expect: '뮤텍스(Mutex)', category: 'typo-query' },
  { query: '페이지 테이플', expect: '페이지 테이블(Page Table)', category: 'typo-query' },
  { query: 'thred', expect: '스레드(Thread)', category: 'typo-query' },

  // typo-notes
  { query: 'semaphore', expect: '세마포어(Semaphre)', category: 'typo-notes' },
  { query: 'round robin', expect: '라운드 로빈(Round Robn)', category: 'typo-notes' },
  {
    query: 'translation lookaside buffer',
    expect: 'TLB(Translation Lookaside Bufer)',
    category: 'typo-notes',
  },

  // keyboard
  { query: 'vpdlwld', expect: '페이징(Paging)', category: 'keyboard' },
  { query: 'abxprtm', expect: '뮤텍스(Mutex)', category: 'keyboard' },
  { query: 'ryckr tkdxo', expect: '교착 상태', category: 'keyboard' },

  // choseong
  { query: 'ㅅㄹㅅ', expect: '스래싱(Thrashing)', category: 'choseong' },
  { query: 'ㅇㄱㄱㅇ', expect: '임계 구역', category: 'choseong' },
  { query: 'ㅈㅂㅍㄹㅅㅅ', expect: '좀비 프로세스(Zombie Process)', category: 'choseong' },

  // english-glossary
  { query: 'context switch', expect: '문맥 교환', category: 'english-glossary' },
  { query: 'deadlock', expect: '교착 상태', category: 'english-glossary' },
  { query: 'critical section', expect: '임계 구역', category: 'english-glossary' },
  { query: 'demand paging', expect: '요구 페이징', category: 'english-glossary' },

  // english
  {
    query: 'what happens when a process accesses a page that is not in memory',
    expect: '페이지 폴트(Page Fault)',
    category: 'english',
  },
  {
    query: 'evict the page that has not been used for the longest time',
    expect: 'LRU 교체(Least Recently Used)',
    category: 'english',
  },
  { query: 'what do threads in the same process share', expect: '스레드(Thread)', category: 'english' },
  {
    query: 'replace the current process image with a new program',
    expect: '프로세스 생성(fork와 exec)',
    category: 'english',
  },
  {
    query: 'scheduler that always picks the job with the shortest burst time',
    expect: 'SJF 스케줄링(Shortest Job First)',
    category: 'english',
  },

  // paraphrase
  {
    query: '실행 중인 작업을 운영체제가 강제로 뺏어서 다른 작업에 줄 수 있는 방식',
    expect: '선점형(Preemptive)',
    category: 'paraphrase',
  },
  {
    query: '메모리가 모자라서 CPU는 놀고 디스크만 바쁘게 돌아가는 현상',
    expect: '스래싱(Thrashing)',
    category: 'paraphrase',
  },
  {
    query: '커널이 실행 단위마다 상태랑 레지스터 값을 보관해 두는 자료구조',
    expect: '프로세스 제어 블록(PCB)',
    category: 'paraphrase',
  },
  {
    query: '자원 개수만큼만 동시에 들어가게 숫자로 세는 동기화 도구',
    expect: '세마포어(Semaphre)',
    category: 'paraphrase',
  },
  {
    query: '당장 쓰는 부분만 그때그때 메모리에 불러오고 나머진 디스크에 두는 방식',
    expect: '요구 페이징',
    category: 'paraphrase',
  },
  {
    query: '논리 메모리를 같은 크기 조각으로 잘라서 물리 메모리 아무 칸에나 넣는 기법',
    expect: '페이징(Paging)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '뮤텍스 세마포어 차이',
    expect: ['뮤텍스(Mutex)', '세마포어(Semaphre)'],
    category: 'comparison',
    compare: ['뮤텍스(Mutex)', '세마포어(Semaphre)'],
  },
  {
    query: '멀티프로세스 vs 멀티스레드',
    expect: ['멀티프로세스(Multi-process)', '멀티스레드(Multi-thread)'],
    category: 'comparison',
    compare: ['멀티프로세스(Multi-process)', '멀티스레드(Multi-thread)'],
  },
  {
    query: '선점형 비선점형 차이가 뭐야',
    expect: ['선점형(Preemptive)', '비선점형(Non-preemptive)'],
    category: 'comparison',
    compare: ['선점형(Preemptive)', '비선점형(Non-preemptive)'],
  },
  {
    query: 'FIFO랑 LRU 페이지 교체 차이',
    expect: ['FIFO 교체', 'LRU 교체(Least Recently Used)'],
    category: 'comparison',
    compare: ['FIFO 교체', 'LRU 교체(Least Recently Used)'],
  },

  // miss
  { query: '떡볶이 맛있게 만드는 법', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절하는 방법', expect: null, category: 'miss' },
  { query: '피아노 코드 반주 연습법', expect: null, category: 'miss' },

  // miss-shared
  { query: '디스크 스케줄링 SCAN 알고리즘', expect: null, category: 'miss-shared' },
  { query: '파일 시스템 inode 구조', expect: null, category: 'miss-shared' },
  { query: 'JVM 가비지 컬렉션으로 메모리 해제', expect: null, category: 'miss-shared' },
  { query: '리눅스 cgroup으로 컨테이너 자원 제한', expect: null, category: 'miss-shared' },
];
