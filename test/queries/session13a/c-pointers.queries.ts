import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '역참조', expect: '역참조(Dereference)', category: 'plain' },
  { query: '함수 포인터', expect: '함수 포인터(Function Pointer)', category: 'plain' },
  { query: '버퍼 오버플로', expect: '버퍼 오버플로(Buffer Overflow)', category: 'plain' },
  { query: '댕글링 포인터', expect: '댕글링 포인터', category: 'plain' },

  // particles
  { query: '널 포인터가 뭐야', expect: '널 포인터(Null Pointr)', category: 'particles' },
  { query: '이중 포인터란', expect: '이중 포인터', category: 'particles' },
  { query: 'void 포인터는 뭐임', expect: 'void 포인터(Void Pointer)', category: 'particles' },
  { query: 'realloc은 뭐야', expect: 'calloc과 realloc', category: 'particles' },
  {
    query: '세그멘테이션 폴트가 뭐야',
    expect: '세그멘테이션 폴트(Segmentation Fault)',
    category: 'particles',
  },

  // question
  {
    query: 'swap 함수 만들었는데 값이 안 바뀌어요',
    expect: '값에 의한 호출(Call by Value)',
    category: 'question',
  },
  {
    query: 'int *a, b 하면 b도 포인터야?',
    expect: '포인터 변수 선언(Pointer Declaration)',
    category: 'question',
  },
  { query: 'p+1 하면 왜 4바이트씩 늘어나', expect: '포인터 연산(Pointer Arithmatic)', category: 'question' },
  {
    query: 'char *s = "hi" 로 만든 문자열 s[0] 바꾸면 왜 죽어',
    expect: '문자열과 char 포인터',
    category: 'question',
  },
  { query: 'realloc 실패하면 원래 주소 날아가요?', expect: 'calloc과 realloc', category: 'question' },
  {
    query: '함수 안 지역 변수 주소 return 하면 안 되는 이유',
    expect: '스택과 힙(Stack and Heap)',
    category: 'question',
  },
  { query: 'malloc 하고 나서 NULL 체크 꼭 해야 돼?', expect: 'malloc과 free', category: 'question' },
  {
    query: 'qsort에 비교 함수 넘기려면 어떻게 해',
    expect: '함수 포인터(Function Pointer)',
    category: 'question',
  },
  {
    query: '함수 안에서 malloc 한 결과를 바깥 포인터에 넣으려면',
    expect: '이중 포인터',
    category: 'question',
  },
  { query: 'sizeof 배열이랑 포인터 결과가 왜 달라', expect: '배열과 포인터의 관계', category: 'question' },

  // spacing
  { query: '메모리누수', expect: '메모리 누수(Memory Leek)', category: 'spacing' },
  { query: '세그멘테이션폴트', expect: '세그멘테이션 폴트(Segmentation Fault)', category: 'spacing' },
  { query: '초기화 되지않은 포인터', expect: '초기화되지 않은 포인터', category: 'spacing' },
  { query: '주소연산자', expect: '주소 연산자(Address-of Operator)', category: 'spacing' },

  // typo-query
  { query: '포인테 연산', expect: '포인터 연산(Pointer Arithmatic)', category: 'typo-query' },
  { query: '댕글린 포인터', expect: '댕글링 포인터', category: 'typo-query' },
  { query: '버퍼 오버플루', expect: '버퍼 오버플로(Buffer Overflow)', category: 'typo-query' },
  { query: '세그맨테이션 폴트', expect: '세그멘테이션 폴트(Segmentation Fault)', category: 'typo-query' },
  { query: 'derefernce', expect: '역참조(Dereference)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'null pointer', expect: '널 포인터(Null Pointr)', category: 'typo-notes' },
  { query: 'pointer arithmetic', expect: '포인터 연산(Pointer Arithmatic)', category: 'typo-notes' },
  { query: 'memory leak', expect: '메모리 누수(Memory Leek)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'durckawh', expect: '역참조(Dereference)', category: 'keyboard' },
  { query: 'apahfl sntn', expect: '메모리 누수(Memory Leek)', category: 'keyboard' },
  { query: 'tprmapsxpdltus vhfxm', expect: '세그멘테이션 폴트(Segmentation Fault)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅊㅈ', expect: '역참조(Dereference)', category: 'choseong' },
  { query: 'ㅂㅍㅇㅂㅍㄹ', expect: '버퍼 오버플로(Buffer Overflow)', category: 'choseong' },
  { query: 'ㄷㄱㄹㅍㅇㅌ', expect: '댕글링 포인터', category: 'choseong' },

  // english-glossary
  { query: 'dangling pointer', expect: '댕글링 포인터', category: 'english-glossary' },
  { query: 'double free', expect: '이중 해제', category: 'english-glossary' },
  { query: 'double pointer', expect: '이중 포인터', category: 'english-glossary' },
  { query: 'uninitialized pointer', expect: '초기화되지 않은 포인터', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how to allocate memory at runtime and release it', expect: 'malloc과 free', category: 'english' },
  {
    query: 'what causes core dumped crash when accessing memory',
    expect: '세그멘테이션 폴트(Segmentation Fault)',
    category: 'english',
  },
  {
    query: 'store the address of a function in a variable',
    expect: '함수 포인터(Function Pointer)',
    category: 'english',
  },
  {
    query: 'difference between const int *p and int *const p',
    expect: 'const 포인터(Const Pointer)',
    category: 'english',
  },
  {
    query: 'get the address of a variable with ampersand',
    expect: '주소 연산자(Address-of Operator)',
    category: 'english',
  },

  // paraphrase
  { query: '이미 반납한 공간을 아직도 가리키고 있는 상태', expect: '댕글링 포인터', category: 'paraphrase' },
  {
    query: '받아간 공간을 안 돌려줘서 계속 차지하는 문제',
    expect: '메모리 누수(Memory Leek)',
    category: 'paraphrase',
  },
  {
    query: '주소를 따라가서 거기 들어있는 실제 값을 꺼내기',
    expect: '역참조(Dereference)',
    category: 'paraphrase',
  },
  {
    query: '타입 정보 없이 아무 대상이나 가리킬 수 있는 범용 주소',
    expect: 'void 포인터(Void Pointer)',
    category: 'paraphrase',
  },
  {
    query: '정해진 칸보다 많이 써서 옆 칸 값을 덮어쓰는 취약점',
    expect: '버퍼 오버플로(Buffer Overflow)',
    category: 'paraphrase',
  },
  { query: '같은 메모리를 두 번 반납해서 힙이 깨지는 것', expect: '이중 해제', category: 'paraphrase' },

  // comparison
  {
    query: '포인터 배열 vs 배열 포인터',
    expect: ['포인터 배열(Array of Pointers)', '배열 포인터(Pointer to Array)'],
    category: 'comparison',
    compare: ['포인터 배열(Array of Pointers)', '배열 포인터(Pointer to Array)'],
  },
  {
    query: 'call by value call by reference 차이',
    expect: ['값에 의한 호출(Call by Value)', '주소에 의한 호출(Call by Reference)'],
    category: 'comparison',
    compare: ['값에 의한 호출(Call by Value)', '주소에 의한 호출(Call by Reference)'],
  },
  {
    query: 'malloc이랑 calloc 차이가 뭐야',
    expect: ['malloc과 free', 'calloc과 realloc'],
    category: 'comparison',
    compare: ['malloc과 free', 'calloc과 realloc'],
  },
  {
    query: '널 포인터랑 댕글링 포인터 차이',
    expect: ['널 포인터(Null Pointr)', '댕글링 포인터'],
    category: 'comparison',
    compare: ['널 포인터(Null Pointr)', '댕글링 포인터'],
  },

  // miss
  { query: '김장 배추 절이는 시간', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 높이', expect: null, category: 'miss' },
  { query: '수능 영어 빈칸 추론 푸는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'C++ 스마트 포인터 unique_ptr 사용법', expect: null, category: 'miss-shared' },
  { query: '가상 메모리 페이지 교체 알고리즘', expect: null, category: 'miss-shared' },
  { query: 'IP 주소 서브넷 마스크 계산', expect: null, category: 'miss-shared' },
  { query: '전처리기 매크로 #define 함수 만들기', expect: null, category: 'miss-shared' },
];
