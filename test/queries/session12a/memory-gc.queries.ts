import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '참조 카운팅', expect: '참조 카운팅(Reference Counting)', category: 'plain' },
  { query: '마크 앤 스윕', expect: '마크 앤 스윕(Mark-and-Sweep)', category: 'plain' },
  { query: '삼색 마킹', expect: '삼색 마킹(Tri-color Marking)', category: 'plain' },
  { query: '클로저 누수', expect: '클로저 누수(Closure Leak)', category: 'plain' },

  // particles
  { query: '스캐빈저가 뭐야', expect: '스캐빈저(Scavenger)', category: 'particles' },
  { query: '스톱 더 월드란', expect: '스톱 더 월드(Stop-the-World)', category: 'particles' },
  { query: '힙 메모리는 뭐임', expect: '힙 메모리(Heap)', category: 'particles' },
  { query: '분리된 DOM 노드가 뭔데', expect: '분리된 DOM 노드(Detached DOM)', category: 'particles' },
  { query: '순환 참조란', expect: '순환 참조(Circular Refrence)', category: 'particles' },

  // question
  {
    query: 'Swift에서 두 객체가 서로 가리키면 왜 메모리가 안 풀려',
    expect: '순환 참조(Circular Refrence)',
    category: 'question',
  },
  {
    query: 'setInterval 걸어둔 컴포넌트 없어졌는데 메모리가 계속 늘어요',
    expect: '타이머와 이벤트 리스너 누수(Timer & Event Listner Leak)',
    category: 'question',
  },
  { query: '테라바이트급 힙에서도 멈춤 1ms 안으로 하려면 뭐 써', expect: 'ZGC', category: 'question' },
  {
    query: '크롬에서 메모리 누수 어디서 나는지 어떻게 찾아',
    expect: '힙 스냅샷 분석(Heap Snapshot)',
    category: 'question',
  },
  {
    query: 'remove() 한 요소가 왜 메모리에 계속 남아있어',
    expect: '분리된 DOM 노드(Detached DOM)',
    category: 'question',
  },
  { query: 'free 한 포인터로 다시 접근하면 어떻게 돼', expect: '허상 포인터', category: 'question' },
  {
    query: '자바 Eden이랑 Survivor 영역이 뭐야',
    expect: 'JVM 힙 구조(JVM Heap Structre)',
    category: 'question',
  },
  { query: 'V8은 New space를 왜 반으로 나눠서 써', expect: '스캐빈저(Scavenger)', category: 'question' },
  {
    query: 'DOM 노드에 데이터 붙일 때 GC 안 막으려면 뭐 써',
    expect: 'WeakMap과 WeakRef',
    category: 'question',
  },
  { query: '함수 끝나면 지역 변수는 어떻게 정리돼', expect: '스택 메모리(Stack)', category: 'question' },

  // spacing
  { query: '마크앤스윕', expect: '마크 앤 스윕(Mark-and-Sweep)', category: 'spacing' },
  { query: '가비지컬렉션이란', expect: '가비지 컬렉션이란(Garbage Collection)', category: 'spacing' },
  { query: '전역변수누수', expect: '전역 변수 누수(Global Variable Leak)', category: 'spacing' },
  { query: '힙스냅샷', expect: '힙 스냅샷 분석(Heap Snapshot)', category: 'spacing' },

  // typo-query
  { query: '참조 카운탕', expect: '참조 카운팅(Reference Counting)', category: 'typo-query' },
  { query: '가비지 콜렉션', expect: '가비지 컬렉션이란(Garbage Collection)', category: 'typo-query' },
  { query: 'scavanger', expect: '스캐빈저(Scavenger)', category: 'typo-query' },
  { query: '삼섹 마킹', expect: '삼색 마킹(Tri-color Marking)', category: 'typo-query' },
  { query: '클러저 누수', expect: '클로저 누수(Closure Leak)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'circular reference', expect: '순환 참조(Circular Refrence)', category: 'typo-notes' },
  { query: 'JVM heap structure', expect: 'JVM 힙 구조(JVM Heap Structre)', category: 'typo-notes' },
  {
    query: 'event listener leak',
    expect: '타이머와 이벤트 리스너 누수(Timer & Event Listner Leak)',
    category: 'typo-notes',
  },

  // keyboard (Korean typed on an English layout)
  { query: 'tmzoqlswj', expect: '스캐빈저(Scavenger)', category: 'keyboard' },
  { query: 'ckawh zkdnsxld', expect: '참조 카운팅(Reference Counting)', category: 'keyboard' },
  { query: 'tkator akzld', expect: '삼색 마킹(Tri-color Marking)', category: 'keyboard' },

  // choseong
  { query: 'ㅊㅈ ㅋㅇㅌ', expect: '참조 카운팅(Reference Counting)', category: 'choseong' },
  { query: 'ㅅㅅㅁㅋ', expect: '삼색 마킹(Tri-color Marking)', category: 'choseong' },
  { query: 'ㄷㄷㄱㄴㅅ', expect: '도달 가능성', category: 'choseong' },

  // english-glossary
  { query: 'reachability', expect: '도달 가능성', category: 'english-glossary' },
  { query: 'heap compaction', expect: '메모리 압축', category: 'english-glossary' },
  { query: 'write barrier', expect: '쓰기 장벽', category: 'english-glossary' },
  { query: 'dangling pointer', expect: '허상 포인터', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'objects that survive minor collections get promoted to the old generation',
    expect: '영 영역과 올드 영역(Young & Old Generation)',
    category: 'english',
  },
  {
    query: 'memory leak from callbacks capturing a large array',
    expect: '클로저 누수(Closure Leak)',
    category: 'english',
  },
  { query: 'java default collector that splits the heap into regions', expect: 'G1 GC', category: 'english' },
  {
    query: 'allocate and release memory by hand with malloc',
    expect: '수동 메모리 관리(Manual Memory Management)',
    category: 'english',
  },
  {
    query: 'white gray black object coloring during marking',
    expect: '삼색 마킹(Tri-color Marking)',
    category: 'english',
  },

  // paraphrase
  {
    query: '자기를 가리키는 개수를 세다가 0 되면 바로 치우는 방식',
    expect: '참조 카운팅(Reference Counting)',
    category: 'paraphrase',
  },
  {
    query: '살아남은 객체를 한쪽으로 밀어서 빈칸을 하나로 합치기',
    expect: '메모리 압축',
    category: 'paraphrase',
  },
  {
    query: '함수 부를 때마다 쌓였다가 끝나면 자동으로 빠지는 공간',
    expect: '스택 메모리(Stack)',
    category: 'paraphrase',
  },
  {
    query: '선언 없이 대입해서 window 에 붙어버리는 실수',
    expect: '전역 변수 누수(Global Variable Leak)',
    category: 'paraphrase',
  },
  {
    query: '메인 스레드 멈춤 줄이려고 병렬 동시 증분 다 쓰는 크롬 엔진 프로젝트',
    expect: '오리노코(Orinoco)',
    category: 'paraphrase',
  },
  {
    query: '오래된 객체가 새 객체를 가리키는 걸 따로 적어두는 장치',
    expect: '쓰기 장벽',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '스택 힙 차이',
    expect: ['스택 메모리(Stack)', '힙 메모리(Heap)'],
    category: 'comparison',
    compare: ['스택 메모리(Stack)', '힙 메모리(Heap)'],
  },
  {
    query: '참조 카운팅 vs 마크 앤 스윕',
    expect: ['참조 카운팅(Reference Counting)', '마크 앤 스윕(Mark-and-Sweep)'],
    category: 'comparison',
    compare: ['참조 카운팅(Reference Counting)', '마크 앤 스윕(Mark-and-Sweep)'],
  },
  {
    query: '마이너 GC랑 메이저 GC 차이가 뭐야',
    expect: ['마이너 GC(Minor GC)', '메이저 GC(Major GC)'],
    category: 'comparison',
    compare: ['마이너 GC(Minor GC)', '메이저 GC(Major GC)'],
  },
  {
    query: 'V8 힙이랑 JVM 힙 구조 비교',
    expect: ['V8 힙 구조(V8 Heap)', 'JVM 힙 구조(JVM Heap Structre)'],
    category: 'comparison',
    compare: ['V8 힙 구조(V8 Heap)', 'JVM 힙 구조(JVM Heap Structre)'],
  },

  // miss
  { query: '김장 배추 절이는 시간', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '피아노 페달 밟는 타이밍', expect: null, category: 'miss' },

  // miss-shared
  { query: '힙 정렬 시간 복잡도', expect: null, category: 'miss-shared' },
  { query: '스택으로 괄호 짝 검사하기', expect: null, category: 'miss-shared' },
  { query: '운영체제 스와핑이랑 스래싱 차이', expect: null, category: 'miss-shared' },
  { query: 'Redis 메모리 eviction 정책', expect: null, category: 'miss-shared' },
];
