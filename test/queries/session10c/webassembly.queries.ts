import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스택 머신', expect: '스택 머신(Stack Machine)', category: 'plain' },
  { query: '섹션 구성', expect: '섹션 구성(Sections)', category: 'plain' },
  { query: '컴포넌트 모델', expect: '컴포넌트 모델(Componnet Model)', category: 'plain' },
  { query: '활용 사례', expect: '활용 사례(Use Cases)', category: 'plain' },

  // particles
  { query: '선형 메모리가 뭐야', expect: '선형 메모리(Linear Memory)', category: 'particles' },
  { query: '테이블이란', expect: '테이블(Table)', category: 'particles' },
  { query: '엠스크립튼은 뭐임', expect: '엠스크립튼(Emscripten)', category: 'particles' },
  { query: '값 타입이 뭐야', expect: '값 타입(Value Types)', category: 'particles' },
  { query: 'WASI란 뭐야', expect: 'WASI(WebAssembly System Interface)', category: 'particles' },

  // question
  { query: 'wasm 함수에 문자열은 어떻게 넘겨', expect: '문자열 전달', category: 'question' },
  {
    query: 'memory.grow 하고 나서 Uint8Array 길이가 0 나와요',
    expect: '메모리 확장(memory.grow)',
    category: 'question',
  },
  { query: 'instantiateStreaming 쓰는데 TypeError 떠요', expect: '스트리밍 컴파일', category: 'question' },
  {
    query: 'imports 객체 넣었는데 LinkError 나요',
    expect: '임포트와 익스포트(Import/Export)',
    category: 'question',
  },
  {
    query: 'rust 코드를 js에서 부르려면 어떻게 해',
    expect: 'wasm-pack과 wasm-bindgen',
    category: 'question',
  },
  {
    query: '브라우저 말고 서버에서 wasm 돌리려면 뭐 써',
    expect: 'WASI(WebAssembly System Interface)',
    category: 'question',
  },
  { query: '.wasm 파일 맨 앞 4바이트는 뭐야', expect: '바이너리 포맷(Binary Fromat)', category: 'question' },
  { query: 'C 함수 포인터는 wasm에서 어떻게 구현돼', expect: '테이블(Table)', category: 'question' },
  { query: '모듈 로드할 때 CompileError 나는 이유', expect: '검증 단계', category: 'question' },
  {
    query: '큰 wasm 파일 메인 스레드 안 막고 인스턴스 만들려면',
    expect: '인스턴스화 API(Instantiation)',
    category: 'question',
  },

  // spacing
  { query: '선형메모리', expect: '선형 메모리(Linear Memory)', category: 'spacing' },
  { query: '바이너리포맷', expect: '바이너리 포맷(Binary Fromat)', category: 'spacing' },
  { query: '간접호출', expect: '간접 호출', category: 'spacing' },
  { query: '샌드 박스 보안', expect: '샌드박스 보안(Sandbox Securty)', category: 'spacing' },

  // typo-query
  { query: 'linaer memory', expect: '선형 메모리(Linear Memory)', category: 'typo-query' },
  { query: '스트리밈 컴파일', expect: '스트리밍 컴파일', category: 'typo-query' },
  { query: '웹어셈블리 등장 배겅', expect: '등장 배경(Background)', category: 'typo-query' },
  { query: '인스턴수화', expect: '인스턴스화 API(Instantiation)', category: 'typo-query' },
  { query: 'emscriptn', expect: '엠스크립튼(Emscripten)', category: 'typo-query' },

  // typo-notes
  { query: 'binary format', expect: '바이너리 포맷(Binary Fromat)', category: 'typo-notes' },
  { query: 'sandbox security', expect: '샌드박스 보안(Sandbox Securty)', category: 'typo-notes' },
  { query: 'component model', expect: '컴포넌트 모델(Componnet Model)', category: 'typo-notes' },

  // keyboard
  { query: 'tjsgud apahfl', expect: '선형 메모리(Linear Memory)', category: 'keyboard' },
  { query: 'tosemqkrtm', expect: '샌드박스 보안(Sandbox Securty)', category: 'keyboard' },
  { query: 'dpatmzmflqxms', expect: '엠스크립튼(Emscripten)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅌㄹㅁ ㅋㅍㅇ', expect: '스트리밍 컴파일', category: 'choseong' },
  { query: 'ㅅㅌ ㅁㅅ', expect: '스택 머신(Stack Machine)', category: 'choseong' },
  { query: 'ㅁㅈㅇ ㅈㄷ', expect: '문자열 전달', category: 'choseong' },

  // english-glossary
  { query: 'validation', expect: '검증 단계', category: 'english-glossary' },
  { query: 'indirect call', expect: '간접 호출', category: 'english-glossary' },
  { query: 'streaming compilation', expect: '스트리밍 컴파일', category: 'english-glossary' },
  { query: 'passing strings to wasm', expect: '문자열 전달', category: 'english-glossary' },

  // english
  {
    query: 'how does the wasm stack machine execute instructions',
    expect: '스택 머신(Stack Machine)',
    category: 'english',
  },
  { query: 'how to compile C++ to wasm', expect: '엠스크립튼(Emscripten)', category: 'english' },
  {
    query: 'run webassembly outside the browser',
    expect: 'WASI(WebAssembly System Interface)',
    category: 'english',
  },
  {
    query: 'call an exported wasm function from javascript',
    expect: '임포트와 익스포트(Import/Export)',
    category: 'english',
  },
  { query: 'what number types does wasm support', expect: '값 타입(Value Types)', category: 'english' },

  // paraphrase
  {
    query: '사람이 읽을 수 있는 글자 형태로 쓴 wasm 코드',
    expect: '텍스트 포맷(WAT)',
    category: 'paraphrase',
  },
  {
    query: '허락받은 것 말고는 바깥을 못 건드리는 격리 환경',
    expect: '샌드박스 보안(Sandbox Securty)',
    category: 'paraphrase',
  },
  {
    query: '다운로드가 끝나기 전부터 기계어 번역 시작하기',
    expect: '스트리밍 컴파일',
    category: 'paraphrase',
  },
  {
    query: 'asm.js랑 플러그인 시절 이후 새 형식이 필요했던 이유',
    expect: '등장 배경(Background)',
    category: 'paraphrase',
  },
  {
    query: '다른 언어로 만든 부품끼리 레코드 같은 고수준 데이터로 조립',
    expect: '컴포넌트 모델(Componnet Model)',
    category: 'paraphrase',
  },
  {
    query: '실행 중에 바이트 저장 공간 페이지 늘리기',
    expect: '메모리 확장(memory.grow)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'JS 실행이랑 wasm 실행 차이',
    expect: ['JS 실행 과정', 'Wasm 실행 과정'],
    category: 'comparison',
    compare: ['JS 실행 과정', 'Wasm 실행 과정'],
  },
  {
    query: '모듈 vs 인스턴스',
    expect: ['모듈(Module)', '인스턴스(Instance)'],
    category: 'comparison',
    compare: ['모듈(Module)', '인스턴스(Instance)'],
  },
  {
    query: '바이너리 포맷이랑 텍스트 포맷 차이',
    expect: ['바이너리 포맷(Binary Fromat)', '텍스트 포맷(WAT)'],
    category: 'comparison',
    compare: ['바이너리 포맷(Binary Fromat)', '텍스트 포맷(WAT)'],
  },
  {
    query: 'emscripten vs wasm-pack',
    expect: ['엠스크립튼(Emscripten)', 'wasm-pack과 wasm-bindgen'],
    category: 'comparison',
    compare: ['엠스크립튼(Emscripten)', 'wasm-pack과 wasm-bindgen'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'SharedArrayBuffer Atomics 멀티스레드', expect: null, category: 'miss-shared' },
  { query: '가비지 컬렉션 GC 동작 원리', expect: null, category: 'miss-shared' },
  { query: 'WebGPU 셰이더 컴파일', expect: null, category: 'miss-shared' },
  { query: '번들러 트리 쉐이킹으로 JS 크기 줄이기', expect: null, category: 'miss-shared' },
];
