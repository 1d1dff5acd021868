import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '카르노 맵', expect: '카르노 맵(Karnuagh Map)', category: 'plain' },
  { query: '범용 게이트', expect: '범용 게이트(Universal Gate)', category: 'plain' },
  { query: '2의 보수', expect: "2의 보수(Two's Complement)", category: 'plain' },
  { query: '셋업 타임', expect: '셋업 타임과 홀드 타임(Setup and Hold Time)', category: 'plain' },

  // particles
  { query: '플립플롭이 뭐야', expect: '플립플롭(Flip-Flop)', category: 'particles' },
  { query: '진리표란', expect: '진리표(Truth Table)', category: 'particles' },
  { query: '인코더와 디코더는 뭐임', expect: '인코더와 디코더(Encoder and Decoder)', category: 'particles' },
  { query: '레지스터가 뭔데', expect: '레지스터(Regsiter)', category: 'particles' },
  { query: '드모르간 법칙이란', expect: "드모르간 법칙(De Morgan's Law)", category: 'particles' },

  // question
  { query: 'NAND 하나로 NOT 어떻게 만들어', expect: '범용 게이트(Universal Gate)', category: 'question' },
  { query: '음수는 왜 비트 뒤집고 1 더해?', expect: "2의 보수(Two's Complement)", category: 'question' },
  { query: 'SR 래치에서 S랑 R 둘 다 1 넣으면 왜 안 돼', expect: 'SR 래치', category: 'question' },
  {
    query: '카르노 맵 칸 순서가 왜 00 01 11 10 이야',
    expect: '카르노 맵(Karnuagh Map)',
    category: 'question',
  },
  { query: '여러 비트 덧셈하면 왜 느려져요', expect: '리플 캐리 가산기', category: 'question' },
  {
    query: '클럭 에지 직전에 입력 바뀌면 값이 이상하게 나와요',
    expect: '셋업 타임과 홀드 타임(Setup and Hold Time)',
    category: 'question',
  },
  {
    query: 'Verilog 코드는 왜 위에서 아래로 실행 안 돼',
    expect: '하드웨어 기술 언어(HDL)',
    category: 'question',
  },
  {
    query: '선택선 몇 개 있어야 입력 4개 중 하나 고를 수 있어',
    expect: '멀티플렉서(Multipexer)',
    category: 'question',
  },
  { query: '회로 최대 속도는 뭐가 정해', expect: '전파 지연', category: 'question' },
  { query: '두 수가 같은지 회로로 확인하려면 어떻게 해', expect: '비교기', category: 'question' },

  // spacing
  { query: '유한상태기계', expect: '유한 상태 기계(Finite State Machine)', category: 'spacing' },
  { query: '하드웨어기술언어', expect: '하드웨어 기술 언어(HDL)', category: 'spacing' },
  { query: '리플캐리가산기', expect: '리플 캐리 가산기', category: 'spacing' },
  { query: '기본게이트', expect: '기본 게이트(Basic Gates)', category: 'spacing' },

  // typo-query
  { query: '플립플럽', expect: '플립플롭(Flip-Flop)', category: 'typo-query' },
  { query: '멀티프렉서', expect: '멀티플렉서(Multipexer)', category: 'typo-query' },
  { query: '전가상기', expect: '전가산기(Full Adder)', category: 'typo-query' },
  { query: 'boolan algebra', expect: '불 대수(Boolean Algebra)', category: 'typo-query' },
  { query: '드모르강 법칙', expect: "드모르간 법칙(De Morgan's Law)", category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'karnaugh map', expect: '카르노 맵(Karnuagh Map)', category: 'typo-notes' },
  { query: 'multiplexer', expect: '멀티플렉서(Multipexer)', category: 'typo-notes' },
  { query: 'register', expect: '레지스터(Regsiter)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vmfflqvmffhq', expect: '플립플롭(Flip-Flop)', category: 'keyboard' },
  { query: 'zkdnsxj', expect: '카운터(Counter)', category: 'keyboard' },
  { query: 'qksrktksrl', expect: '반가산기(Half Adder)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㄱㅅㄱ', expect: '전가산기(Full Adder)', category: 'choseong' },
  { query: 'ㄷㅁㅌㅍㄹㅅ', expect: '디멀티플렉서(Demultiplexer)', category: 'choseong' },
  { query: 'ㅇㅎ ㅅㅌ ㄱㄱ', expect: '유한 상태 기계(Finite State Machine)', category: 'choseong' },

  // english-glossary (notes use only the Korean term)
  { query: 'ripple carry adder', expect: '리플 캐리 가산기', category: 'english-glossary' },
  { query: 'magnitude comparator', expect: '비교기', category: 'english-glossary' },
  { query: 'clock signal', expect: '클럭 신호', category: 'english-glossary' },
  { query: 'propagation delay', expect: '전파 지연', category: 'english-glossary' },

  // english
  {
    query: 'how does a half adder compute sum and carry',
    expect: '반가산기(Half Adder)',
    category: 'english',
  },
  { query: 'output is 1 only when inputs differ', expect: 'XOR 게이트(Exclusive OR)', category: 'english' },
  {
    query: 'difference between level triggered and edge triggered storage',
    expect: '플립플롭(Flip-Flop)',
    category: 'english',
  },
  { query: 'shift bits serially to parallel', expect: '레지스터(Regsiter)', category: 'english' },
  { query: 'count up on every clock pulse', expect: '카운터(Counter)', category: 'english' },

  // paraphrase
  { query: '입력 조합마다 결과를 전부 적어놓은 표', expect: '진리표(Truth Table)', category: 'paraphrase' },
  {
    query: '곱을 부정하면 부정의 합이 되는 규칙',
    expect: "드모르간 법칙(De Morgan's Law)",
    category: 'paraphrase',
  },
  {
    query: '번호 하나 받아서 출력선 중 딱 하나만 켜주는 회로',
    expect: '인코더와 디코더(Encoder and Decoder)',
    category: 'paraphrase',
  },
  {
    query: '회로 구조를 텍스트 코드로 써서 설계하는 방식',
    expect: '하드웨어 기술 언어(HDL)',
    category: 'paraphrase',
  },
  {
    query: '신호 하나를 원하는 목적지 선으로 갈라 보내는 장치',
    expect: '디멀티플렉서(Demultiplexer)',
    category: 'paraphrase',
  },
  {
    query: '자판기처럼 지금 단계랑 입력으로 다음 단계가 정해지는 모델',
    expect: '유한 상태 기계(Finite State Machine)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '반가산기 전가산기 차이',
    expect: ['반가산기(Half Adder)', '전가산기(Full Adder)'],
    category: 'comparison',
    compare: ['반가산기(Half Adder)', '전가산기(Full Adder)'],
  },
  {
    query: '래치랑 플립플롭 차이가 뭐야',
    expect: ['래치(Latch)', '플립플롭(Flip-Flop)'],
    category: 'comparison',
    compare: ['래치(Latch)', '플립플롭(Flip-Flop)'],
  },
  {
    query: '무어 머신 vs 밀리 머신',
    expect: ['무어 머신(Moore Machine)', '밀리 머신(Mealy Machine)'],
    category: 'comparison',
    compare: ['무어 머신(Moore Machine)', '밀리 머신(Mealy Machine)'],
  },
  {
    query: 'MUX DEMUX 비교',
    expect: ['멀티플렉서(Multipexer)', '디멀티플렉서(Demultiplexer)'],
    category: 'comparison',
    compare: ['멀티플렉서(Multipexer)', '디멀티플렉서(Demultiplexer)'],
  },

  // miss
  { query: '된장찌개 끓이는 순서', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 높이', expect: null, category: 'miss' },
  { query: '로마 제국 멸망 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: '양자 컴퓨터 큐비트 게이트', expect: null, category: 'miss-shared' },
  { query: '아두이노로 LED 깜빡이기', expect: null, category: 'miss-shared' },
  { query: '연산 증폭기 아날로그 회로', expect: null, category: 'miss-shared' },
  { query: 'CPU 파이프라인 해저드 해결', expect: null, category: 'miss-shared' },
];
