import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스와핑', expect: '스와핑(Swapping)', category: 'plain' },
  { query: '요구 페이징', expect: '요구 페이징(Demand Paging)', category: 'plain' },
  { query: '변환 색인 버퍼', expect: '변환 색인 버퍼(TLB)', category: 'plain' },
  { query: '벨레이디의 모순', expect: "벨레이디의 모순(Belady's Anomaly)", category: 'plain' },

  // particles
  { query: '페이지 폴트가 뭐야', expect: '페이지 폴트(Page Fault)', category: 'particles' },
  { query: 'MMU란', expect: '메모리 관리 장치(MMU)', category: 'particles' },
  { query: '단편화는 뭐임', expect: '단편화(Fragmentation)', category: 'particles' },
  { query: '최적 교체가 뭐야', expect: '최적 교체(Optimal)', category: 'particles' },
  { query: '가상 메모리란', expect: '가상 메모리 개념(Virtual Memory Concept)', category: 'particles' },

  // question
  { query: 'fork 하면 부모 메모리 전부 복사돼?', expect: '쓰기 시 복사', category: 'question' },
  {
    query: '프레임 늘렸는데 왜 폴트가 더 많이 나',
    expect: "벨레이디의 모순(Belady's Anomaly)",
    category: 'question',
  },
  {
    query: 'TLB 히트율 주어지면 유효 접근 시간 어떻게 계산해',
    expect: '변환 색인 버퍼(TLB)',
    category: 'question',
  },
  {
    query: '페이지 테이블을 계층으로 나누면 뭐가 좋아',
    expect: '다단계 페이지 테이블(Hierarchical Paging)',
    category: 'question',
  },
  { query: '서버가 스왑을 너무 많이 써서 느려요', expect: '스와핑(Swapping)', category: 'question' },
  {
    query: 'CPU 이용률은 바닥인데 디스크만 계속 돌아요',
    expect: '스래싱(Trashing)',
    category: 'question',
  },
  {
    query: '교체할 때 수정 안 된 페이지도 디스크에 다시 써야 돼?',
    expect: '페이지 테이블 항목(PTE)',
    category: 'question',
  },
  {
    query: '실제 운영체제는 LRU 대신 뭘로 근사해',
    expect: '2차 기회 알고리즘',
    category: 'question',
  },
  { query: '가장 좋은 교체 방법은 왜 실제로 못 써', expect: '최적 교체(Optimal)', category: 'question' },
  { query: '4KB 페이지면 오프셋이 몇 비트야', expect: '페이징(Paging)', category: 'question' },

  // spacing
  { query: '페이지폴트', expect: '페이지 폴트(Page Fault)', category: 'spacing' },
  { query: '요구페이징', expect: '요구 페이징(Demand Paging)', category: 'spacing' },
  { query: '변환색인버퍼', expect: '변환 색인 버퍼(TLB)', category: 'spacing' },
  { query: '다단계페이지테이블', expect: '다단계 페이지 테이블(Hierarchical Paging)', category: 'spacing' },

  // typo-query
  { query: '페이지 폴뜨', expect: '페이지 폴트(Page Fault)', category: 'typo-query' },
  { query: '세그맨테이션', expect: '세그멘테이션(Segmentaton)', category: 'typo-query' },
  { query: '요구 패이징', expect: '요구 페이징(Demand Paging)', category: 'typo-query' },
  { query: '메모리 관리 장지', expect: '메모리 관리 장치(MMU)', category: 'typo-query' },
  { query: 'LRU 교채', expect: 'LRU 교체(Least Recently Used)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'page table', expect: '페이지 테이블(Page Tabel)', category: 'typo-notes' },
  { query: 'segmentation', expect: '세그멘테이션(Segmentaton)', category: 'typo-notes' },
  { query: 'thrashing', expect: '스래싱(Trashing)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmdhkvld', expect: '스와핑(Swapping)', category: 'keyboard' },
  { query: 'vpdlwld', expect: '페이징(Paging)', category: 'keyboard' },
  { query: 'tmfotld', expect: '스래싱(Trashing)', category: 'keyboard' },

  // choseong
  { query: 'ㅍㅇㅈ ㅍㅌ', expect: '페이지 폴트(Page Fault)', category: 'choseong' },
  { query: 'ㄱㅅ ㅁㅁㄹ', expect: '가상 메모리 개념(Virtual Memory Concept)', category: 'choseong' },
  { query: 'ㅇㄱ ㅍㅇㅈ', expect: '요구 페이징(Demand Paging)', category: 'choseong' },

  // english-glossary
  { query: 'inverted page table', expect: '역 페이지 테이블', category: 'english-glossary' },
  { query: 'copy on write', expect: '쓰기 시 복사', category: 'english-glossary' },
  { query: 'working set', expect: '작업 집합', category: 'english-glossary' },
  { query: 'second chance algorithm', expect: '2차 기회 알고리즘', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'what happens when the accessed page is not in RAM',
    expect: '페이지 폴트(Page Fault)',
    category: 'english',
  },
  {
    query: 'evict the page that has not been used for the longest time',
    expect: 'LRU 교체(Least Recently Used)',
    category: 'english',
  },
  {
    query: 'wasted space inside an allocated page',
    expect: '내부 단편화',
    category: 'english',
  },
  {
    query: 'small cache for recent address translations',
    expect: '변환 색인 버퍼(TLB)',
    category: 'english',
  },
  {
    query: 'evict the page with the lowest reference count',
    expect: 'LFU 교체(Least Frequently Used)',
    category: 'english',
  },

  // paraphrase
  {
    query: 'RAM보다 큰 프로그램도 돌아가게 해주는 운영체제 기법',
    expect: '가상 메모리 개념(Virtual Memory Concept)',
    category: 'paraphrase',
  },
  {
    query: '빈 공간 합치면 충분한데 여기저기 흩어져서 못 쓰는 문제',
    expect: '외부 단편화',
    category: 'paraphrase',
  },
  {
    query: '시작할 때 다 안 올리고 건드리는 순간에만 올리기',
    expect: '요구 페이징(Demand Paging)',
    category: 'paraphrase',
  },
  {
    query: '부모 자식 프로세스가 같은 프레임 공유하다가 수정할 때만 따로 떼기',
    expect: '쓰기 시 복사',
    category: 'paraphrase',
  },
  {
    query: '코드 데이터 스택처럼 의미별로 크기 다르게 나누는 방식',
    expect: '세그멘테이션(Segmentaton)',
    category: 'paraphrase',
  },
  {
    query: '물리 프레임 기준으로 시스템 전체에 대응표 하나만 두기',
    expect: '역 페이지 테이블',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '페이징이랑 세그멘테이션 차이',
    expect: ['페이징(Paging)', '세그멘테이션(Segmentaton)'],
    category: 'comparison',
    compare: ['페이징(Paging)', '세그멘테이션(Segmentaton)'],
  },
  {
    query: '내부 단편화 외부 단편화 차이',
    expect: ['내부 단편화', '외부 단편화'],
    category: 'comparison',
    compare: ['내부 단편화', '외부 단편화'],
  },
  {
    query: 'FIFO랑 LRU 뭐가 달라',
    expect: ['FIFO 교체(First In First Out)', 'LRU 교체(Least Recently Used)'],
    category: 'comparison',
    compare: ['FIFO 교체(First In First Out)', 'LRU 교체(Least Recently Used)'],
  },
  {
    query: '논리 주소 vs 물리 주소',
    expect: ['논리 주소(Logical Address)', '물리 주소(Physical Address)'],
    category: 'comparison',
    compare: ['논리 주소(Logical Address)', '물리 주소(Physical Address)'],
  },

  // miss
  { query: '파스타 알덴테로 삶는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 높이', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응 차이', expect: null, category: 'miss' },

  // miss-shared
  { query: '자바 가비지 컬렉션 힙 메모리 튜닝', expect: null, category: 'miss-shared' },
  { query: 'CPU 캐시 일관성 MESI 프로토콜', expect: null, category: 'miss-shared' },
  { query: '웹 페이지 무한 스크롤 구현', expect: null, category: 'miss-shared' },
  { query: 'Redis LRU 캐시 만료 정책', expect: null, category: 'miss-shared' },
];
