import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '어휘 분석기', expect: '어휘 분석기(Lexer)', category: 'plain' },
  { query: '상수 폴딩', expect: '상수 폴딩(Constant Folding)', category: 'plain' },
  { query: '바이트코드', expect: '바이트코드(Bytecode)', category: 'plain' },
  { query: '의미 분석', expect: '의미 분석(Semantic Analysis)', category: 'plain' },

  // particles
  { query: '트랜스파일러가 뭐야', expect: '트랜스파일러(Transpiller)', category: 'particles' },
  { query: '가상 머신이란', expect: '가상 머신(Virtual Machine)', category: 'particles' },
  { query: '토큰은 뭐임', expect: '토큰(Token)', category: 'particles' },
  { query: 'JIT 컴파일이 뭐야', expect: 'JIT 컴파일(Just-In-Time)', category: 'particles' },
  { query: '중간 표현이란', expect: '중간 표현(Intermediate Representation)', category: 'particles' },

  // question
  {
    query: 'Babel로 최신 JS 문법을 옛날 브라우저용으로 바꾸는 원리가 뭐야',
    expect: '트랜스파일러(Transpiller)',
    category: 'question',
  },
  {
    query: '재귀 함수 마지막에 자기 자신 호출하면 스택 프레임 재사용돼?',
    expect: '꼬리 호출 최적화',
    category: 'question',
  },
  {
    query: '자바 .class 파일은 왜 어느 OS에서나 돌아가',
    expect: '바이트코드(Bytecode)',
    category: 'question',
  },
  {
    query: '좌재귀 문법 있으면 왜 파서가 무한 루프 돌아',
    expect: '하향식 파싱(Top-down Parsing)',
    category: 'question',
  },
  {
    query: '60 * 60 * 24 같은 식은 실행할 때 매번 계산해?',
    expect: '상수 폴딩(Constant Folding)',
    category: 'question',
  },
  {
    query: '선언 안 한 변수 쓰면 어느 단계에서 에러 잡아',
    expect: '의미 분석(Semantic Analysis)',
    category: 'question',
  },
  {
    query: 'V8은 왜 처음엔 Ignition으로 돌다가 나중에 TurboFan으로 넘어가',
    expect: '계층형 컴파일',
    category: 'question',
  },
  {
    query: '숫자만 받던 함수에 문자열 넣으면 최적화된 코드 버려지는 이유',
    expect: 'JIT 컴파일(Just-In-Time)',
    category: 'question',
  },
  {
    query: 'GraalVM native image 쓰면 왜 시작이 빨라져',
    expect: 'AOT 컴파일(Ahead-Of-Time)',
    category: 'question',
  },
  {
    query: '번들된 코드 말고 원래 TS 파일 줄 번호로 디버깅하려면 어떻게 해',
    expect: '소스 맵',
    category: 'question',
  },

  // spacing
  { query: '어휘분석기', expect: '어휘 분석기(Lexer)', category: 'spacing' },
  { query: '추상구문트리', expect: '추상 구문 트리(Abstact Syntax Tree)', category: 'spacing' },
  { query: '죽은코드제거', expect: '죽은 코드 제거', category: 'spacing' },
  { query: '꼬리호출 최적화', expect: '꼬리 호출 최적화', category: 'spacing' },

  // typo-query
  { query: '인터프리타', expect: '인터프리터(Interpreter)', category: 'typo-query' },
  { query: '가상 머산', expect: '가상 머신(Virtual Machine)', category: 'typo-query' },
  { query: '상수 폴팅', expect: '상수 폴딩(Constant Folding)', category: 'typo-query' },
  { query: 'tokne', expect: '토큰(Token)', category: 'typo-query' },
  { query: '레지스타 할당', expect: '레지스터 할당(Register Allocation)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'abstract syntax tree', expect: '추상 구문 트리(Abstact Syntax Tree)', category: 'typo-notes' },
  { query: 'transpiler', expect: '트랜스파일러(Transpiller)', category: 'typo-notes' },
  { query: 'inlining', expect: '인라인 확장(Inlinning)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'xhzms', expect: '토큰(Token)', category: 'keyboard' },
  { query: 'dlsfkdls ghkrwkd', expect: '인라인 확장(Inlinning)', category: 'keyboard' },
  { query: 'qkdlxmzhem', expect: '바이트코드(Bytecode)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅅㅍㄷ', expect: '상수 폴딩(Constant Folding)', category: 'choseong' },
  { query: 'ㅇㅎㅂㅅㄱ', expect: '어휘 분석기(Lexer)', category: 'choseong' },
  { query: 'ㄱㅅㅁㅅ', expect: '가상 머신(Virtual Machine)', category: 'choseong' },

  // english-glossary (heading and notes use only the Korean form)
  { query: 'tiered compilation', expect: '계층형 컴파일', category: 'english-glossary' },
  { query: 'dead code elimination', expect: '죽은 코드 제거', category: 'english-glossary' },
  { query: 'tail call optimization', expect: '꼬리 호출 최적화', category: 'english-glossary' },
  { query: 'source map', expect: '소스 맵', category: 'english-glossary' },

  // english
  {
    query: 'how does a runtime decide which hot code to compile to machine code',
    expect: 'JIT 컴파일(Just-In-Time)',
    category: 'english',
  },
  { query: 'what is SSA form', expect: '중간 표현(Intermediate Representation)', category: 'english' },
  { query: 'recursive descent parser', expect: '하향식 파싱(Top-down Parsing)', category: 'english' },
  {
    query: 'graph coloring and spilling variables to memory',
    expect: '레지스터 할당(Register Allocation)',
    category: 'english',
  },
  {
    query: 'move invariant computation out of a loop',
    expect: '루프 불변 코드 이동(LICM)',
    category: 'english',
  },

  // paraphrase
  {
    query: '코드를 한 줄씩 읽으면서 그때그때 바로 실행하는 방식',
    expect: '인터프리터(Interpreter)',
    category: 'paraphrase',
  },
  {
    query: '괄호랑 세미콜론 같은 건 빼고 의미만 남긴 나무 모양 구조',
    expect: '추상 구문 트리(Abstact Syntax Tree)',
    category: 'paraphrase',
  },
  {
    query: '함수 부르는 자리에 함수 몸통을 그대로 붙여넣기',
    expect: '인라인 확장(Inlinning)',
    category: 'paraphrase',
  },
  {
    query: '반복문 본문을 여러 번 복사해서 조건 검사 횟수 줄이기',
    expect: '루프 펼치기',
    category: 'paraphrase',
  },
  {
    query: '피연산자를 쌓았다 꺼냈다 하면서 계산하는 실행기',
    expect: '스택 기반 VM(Stack-based VM)',
    category: 'paraphrase',
  },
  {
    query: '아무도 안 쓰는 계산이나 절대 못 가는 분기를 지워버림',
    expect: '죽은 코드 제거',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '컴파일러 vs 인터프리터',
    expect: ['컴파일러(Compiler)', '인터프리터(Interpreter)'],
    category: 'comparison',
    compare: ['컴파일러(Compiler)', '인터프리터(Interpreter)'],
  },
  {
    query: 'JIT AOT 차이',
    expect: ['JIT 컴파일(Just-In-Time)', 'AOT 컴파일(Ahead-Of-Time)'],
    category: 'comparison',
    compare: ['JIT 컴파일(Just-In-Time)', 'AOT 컴파일(Ahead-Of-Time)'],
  },
  {
    query: '하향식 파싱이랑 상향식 파싱 차이가 뭐야',
    expect: ['하향식 파싱(Top-down Parsing)', '상향식 파싱(Bottom-up Parsing)'],
    category: 'comparison',
    compare: ['하향식 파싱(Top-down Parsing)', '상향식 파싱(Bottom-up Parsing)'],
  },
  {
    query: '스택 기반 VM vs 레지스터 기반 VM',
    expect: ['스택 기반 VM(Stack-based VM)', '레지스터 기반 VM(Register-based VM)'],
    category: 'comparison',
    compare: ['스택 기반 VM(Stack-based VM)', '레지스터 기반 VM(Register-based VM)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 높이', expect: null, category: 'miss' },
  { query: '임진왜란 발생 연도와 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: '링커 정적 링크 동적 링크 차이', expect: null, category: 'miss-shared' },
  { query: 'WebAssembly wasm 모듈 브라우저에서 로드하기', expect: null, category: 'miss-shared' },
  { query: '정규 표현식 lookahead 캡처 그룹', expect: null, category: 'miss-shared' },
  { query: 'Python GIL 때문에 멀티스레드 느린 이유', expect: null, category: 'miss-shared' },
];
