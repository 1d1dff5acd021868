import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '캐시 메모리', expect: '캐시 메모리(Cache Memory)', category: 'plain' },
  { query: '파이프라이닝', expect: '파이프라이닝(Pipelinning)', category: 'plain' },
  { query: '주소 지정 방식', expect: '주소 지정 방식(Addressing Mode)', category: 'plain' },
  { query: '메모리 계층 구조', expect: '메모리 계층 구조(Memory Hierarchy)', category: 'plain' },

  // particles
  { query: '레지스터가 뭐야', expect: '레지스터(Register)', category: 'particles' },
  { query: '인터럽트란', expect: '인터럽트(Interrupt)', category: 'particles' },
  { query: 'TLB는 뭐임', expect: 'TLB(Translation Lookaside Buffer)', category: 'particles' },
  { query: 'DMA가 뭐야', expect: 'DMA(Direct Memory Access)', category: 'particles' },
  { query: '지역성이란', expect: '지역성(Locality)', category: 'particles' },

  // question
  { query: '2차원 배열 열 우선으로 돌면 왜 느려', expect: '지역성(Locality)', category: 'question' },
  { query: '페이지 폴트 나면 왜 엄청 느려져', expect: '페이징(Paging)', category: 'question' },
  {
    query: 'x86용 프로그램이 ARM 맥북에서 왜 그냥 안 돌아가',
    expect: '명령어 집합 구조(Instruction Set Architecure)',
    category: 'question',
  },
  {
    query: '데이터 해저드는 어떻게 해결해',
    expect: '파이프라인 해저드(Pipeline Hazard)',
    category: 'question',
  },
  { query: 'PC 레지스터에는 뭐가 저장돼', expect: '레지스터(Register)', category: 'question' },
  { query: '캐시 꽉 차면 뭘 먼저 내보내', expect: '캐시 메모리(Cache Memory)', category: 'question' },
  {
    query: '인터럽트 처리 끝나면 원래 하던 작업 어떻게 이어가',
    expect: '인터럽트(Interrupt)',
    category: 'question',
  },
  { query: '직접 사상은 왜 충돌 미스가 많아', expect: '캐시 매핑(Cache Maping)', category: 'question' },
  {
    query: '주소 변환할 때마다 페이지 테이블 보러 메모리 가면 느리지 않아?',
    expect: 'TLB(Translation Lookaside Buffer)',
    category: 'question',
  },
  {
    query: '파이프라인 쓰면 명령어 하나 실행 시간도 줄어들어?',
    expect: '파이프라이닝(Pipelinning)',
    category: 'question',
  },

  // spacing
  { query: '캐시메모리', expect: '캐시 메모리(Cache Memory)', category: 'spacing' },
  { query: '가상메모리', expect: '가상 메모리(Virtual Memory)', category: 'spacing' },
  { query: '주소지정방식', expect: '주소 지정 방식(Addressing Mode)', category: 'spacing' },
  { query: '메모리계층구조', expect: '메모리 계층 구조(Memory Hierarchy)', category: 'spacing' },

  // typo-query
  { query: '레지스타', expect: '레지스터(Register)', category: 'typo-query' },
  { query: '인터럽드', expect: '인터럽트(Interrupt)', category: 'typo-query' },
  { query: '파이프라인 헤저드', expect: '파이프라인 해저드(Pipeline Hazard)', category: 'typo-query' },
  { query: '패이징', expect: '페이징(Paging)', category: 'typo-query' },
  { query: '캐쉬 매핑', expect: '캐시 매핑(Cache Maping)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'instruction set architecture',
    expect: '명령어 집합 구조(Instruction Set Architecure)',
    category: 'typo-notes',
  },
  { query: 'cache mapping', expect: '캐시 매핑(Cache Maping)', category: 'typo-notes' },
  { query: 'pipelining', expect: '파이프라이닝(Pipelinning)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'fpwltmxj', expect: '레지스터(Register)', category: 'keyboard' },
  { query: 'dlsxjfjqxm', expect: '인터럽트(Interrupt)', category: 'keyboard' },
  { query: 'wldurtjd', expect: '지역성(Locality)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅅㅁㅁㄹ', expect: '가상 메모리(Virtual Memory)', category: 'choseong' },
  { query: 'ㅈㅅㅈㅈㅂㅅ', expect: '주소 지정 방식(Addressing Mode)', category: 'choseong' },
  { query: 'ㅍㄴㅇㅁㄱㅈ', expect: '폰 노이만 구조(Von Neumann Architecture)', category: 'choseong' },

  // english-glossary
  { query: 'program counter', expect: '레지스터(Register)', category: 'english-glossary' },
  { query: 'set associative mapping', expect: '캐시 매핑(Cache Maping)', category: 'english-glossary' },
  { query: 'branch prediction', expect: '파이프라인 해저드(Pipeline Hazard)', category: 'english-glossary' },
  { query: 'fetch decode execute', expect: '명령어 사이클(Instruction Cycle)', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'CPU repeatedly asks the device whether it is done',
    expect: '폴링(Polling)',
    category: 'english',
  },
  {
    query: 'device copies data into memory without the CPU',
    expect: 'DMA(Direct Memory Access)',
    category: 'english',
  },
  {
    query: 'only load and store instructions touch memory',
    expect: 'RISC(Reduced Instruction Set Computer)',
    category: 'english',
  },
  { query: 'dirty bit, write to memory on eviction', expect: 'Write-Back', category: 'english' },
  {
    query: 'cache recent virtual to physical address translations',
    expect: 'TLB(Translation Lookaside Buffer)',
    category: 'english',
  },

  // paraphrase
  {
    query: '프로그램마다 자기 전용 주소 공간이 있는 것처럼 속이는 기법',
    expect: '가상 메모리(Virtual Memory)',
    category: 'paraphrase',
  },
  {
    query: '덧셈이나 AND 같은 연산을 실제로 하는 CPU 부품',
    expect: 'ALU(Arithmetic Logic Unit)',
    category: 'paraphrase',
  },
  {
    query: '명령 해석해서 각 부품한테 뭐 하라고 지시하는 장치',
    expect: '제어 장치(Control Unit)',
    category: 'paraphrase',
  },
  {
    query: '빠른 저장장치는 비싸서 여러 층으로 나눠 쓰는 구조',
    expect: '메모리 계층 구조(Memory Hierarchy)',
    category: 'paraphrase',
  },
  {
    query: '명령어랑 데이터를 한 메모리에 같이 넣어두는 컴퓨터 설계',
    expect: '폰 노이만 구조(Von Neumann Architecture)',
    category: 'paraphrase',
  },
  {
    query: '명령어 길이 제각각이고 명령 하나가 일을 많이 하는 CPU 설계',
    expect: 'CISC(Complex Instruction Set Computer)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'CISC RISC 차이',
    expect: ['CISC(Complex Instruction Set Computer)', 'RISC(Reduced Instruction Set Computer)'],
    category: 'comparison',
    compare: ['CISC(Complex Instruction Set Computer)', 'RISC(Reduced Instruction Set Computer)'],
  },
  {
    query: 'write through vs write back',
    expect: ['Write-Through', 'Write-Back'],
    category: 'comparison',
    compare: ['Write-Through', 'Write-Back'],
  },
  {
    query: '인터럽트랑 폴링 차이가 뭐야',
    expect: ['인터럽트(Interrupt)', '폴링(Polling)'],
    category: 'comparison',
    compare: ['인터럽트(Interrupt)', '폴링(Polling)'],
  },
  {
    query: 'ALU랑 제어 장치 차이',
    expect: ['ALU(Arithmetic Logic Unit)', '제어 장치(Control Unit)'],
    category: 'comparison',
    compare: ['ALU(Arithmetic Logic Unit)', '제어 장치(Control Unit)'],
  },

  // miss
  { query: '프랑스 혁명이 일어난 원인', expect: null, category: 'miss' },
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '토익 리스닝 점수 올리는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'MESI 캐시 일관성 프로토콜', expect: null, category: 'miss-shared' },
  { query: '부동소수점 IEEE 754 표현 방식', expect: null, category: 'miss-shared' },
  { query: '카르노 맵으로 논리 회로 간소화', expect: null, category: 'miss-shared' },
  { query: 'GPU CUDA 병렬 프로그래밍', expect: null, category: 'miss-shared' },
];
