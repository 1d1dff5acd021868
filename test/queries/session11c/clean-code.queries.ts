import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '매직 넘버', expect: '매직 넘버(Magic Number)', category: 'plain' },
  { query: '기능 편애', expect: '기능 편애(Feature Envy)', category: 'plain' },
  { query: '조기 반환', expect: '조기 반환(Early Return)', category: 'plain' },
  { query: '데이터 뭉치', expect: '데이터 뭉치(Data Clumps)', category: 'plain' },

  // particles
  { query: '산탄총 수술이 뭐야', expect: '산탄총 수술(Shotgun Surgery)', category: 'particles' },
  { query: '부수 효과란', expect: '부수 효과', category: 'particles' },
  { query: '헝가리안 표기법은 뭐임', expect: '헝가리안 표기법', category: 'particles' },
  { query: '함수 인라인이 뭐지', expect: '함수 인라인(Inline Method)', category: 'particles' },
  { query: '기본형 집착이란', expect: '기본형 집착', category: 'particles' },

  // question
  { query: 'if 중첩이 너무 깊어요 어떻게 줄여', expect: '조기 반환(Early Return)', category: 'question' },
  {
    query: '함수 인자가 true false 플래그면 왜 안 좋아',
    expect: '매개변수 개수(Function Arguments)',
    category: 'question',
  },
  { query: '주석 처리한 옛날 코드 남겨둬도 돼?', expect: '나쁜 주석(Bad Comments)', category: 'question' },
  {
    query: 'isValid 처럼 true/false 변수 이름 어떻게 지어',
    expect: '불리언 이름 규칙(Boolean Naming)',
    category: 'question',
  },
  {
    query: '기능 하나 고치는데 파일 열 개 수정해야 돼요',
    expect: '산탄총 수술(Shotgun Surgery)',
    category: 'question',
  },
  {
    query: '리팩터링 하기 전에 테스트 꼭 있어야 돼?',
    expect: '리팩터링 원칙(When to Refactor)',
    category: 'question',
  },
  {
    query: 'validateAndSave 같은 함수 이름 왜 안 좋아',
    expect: '단일 책임 원칙(Single Responsiblity)',
    category: 'question',
  },
  {
    query: 'status === 3 같은 숫자 코드에 그냥 써도 돼?',
    expect: '매직 넘버(Magic Number)',
    category: 'question',
  },
  {
    query: '변수 이름 바꿀 때 참조까지 한 번에 바꾸는 법',
    expect: '변수 이름 바꾸기(Rename Variable)',
    category: 'question',
  },
  {
    query: '타입마다 switch 문 복붙된 거 어떻게 없애',
    expect: '조건문을 다형성으로 바꾸기(Replace Conditional with Polymorphsim)',
    category: 'question',
  },

  // spacing
  { query: '매직넘버', expect: '매직 넘버(Magic Number)', category: 'spacing' },
  { query: '산탄총수술', expect: '산탄총 수술(Shotgun Surgery)', category: 'spacing' },
  { query: '명령조회분리', expect: '명령 조회 분리', category: 'spacing' },
  {
    query: '매개 변수 객체 만들기',
    expect: '매개변수 객체 만들기(Introduce Parameter Object)',
    category: 'spacing',
  },

  // typo-query
  { query: '매직 남버', expect: '매직 넘버(Magic Number)', category: 'typo-query' },
  { query: '기능 펀애', expect: '기능 편애(Feature Envy)', category: 'typo-query' },
  { query: '거대한 클레스', expect: '거대한 클래스(Large Class)', category: 'typo-query' },
  { query: 'shotgun surgrey', expect: '산탄총 수술(Shotgun Surgery)', category: 'typo-query' },
  { query: 'duplicted code', expect: '중복 코드(Duplicated Code)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'single responsibility', expect: '단일 책임 원칙(Single Responsiblity)', category: 'typo-notes' },
  { query: 'extract method', expect: '함수 추출(Extrat Method)', category: 'typo-notes' },
  {
    query: 'replace conditional with polymorphism',
    expect: '조건문을 다형성으로 바꾸기(Replace Conditional with Polymorphsim)',
    category: 'typo-notes',
  },

  // keyboard (Korean typed on an English layout)
  { query: 'aowlr sjaqj', expect: '매직 넘버(Magic Number)', category: 'keyboard' },
  { query: 'qntn gyrhk', expect: '부수 효과', category: 'keyboard' },
  { query: 'tksxkschd tntnf', expect: '산탄총 수술(Shotgun Surgery)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㄴ ㅍㅇ', expect: '기능 편애(Feature Envy)', category: 'choseong' },
  { query: 'ㅎㅅ ㅊㅊ', expect: '함수 추출(Extrat Method)', category: 'choseong' },
  { query: 'ㄱㅂㅎ ㅈㅊ', expect: '기본형 집착', category: 'choseong' },

  // english-glossary
  { query: 'side effects', expect: '부수 효과', category: 'english-glossary' },
  { query: 'command query separation', expect: '명령 조회 분리', category: 'english-glossary' },
  { query: 'primitive obsession', expect: '기본형 집착', category: 'english-glossary' },
  { query: 'hungarian notation', expect: '헝가리안 표기법', category: 'english-glossary' },

  // english
  {
    query: 'how to name variables so intent is clear',
    expect: '의도를 드러내는 이름(Intention-Revealing Names)',
    category: 'english',
  },
  {
    query: 'method uses another class data more than its own',
    expect: '기능 편애(Feature Envy)',
    category: 'english',
  },
  { query: 'god object with too many fields', expect: '거대한 클래스(Large Class)', category: 'english' },
  { query: 'when is a comment actually useful', expect: '좋은 주석(Good Comments)', category: 'english' },
  {
    query: 'how many lines should a function have',
    expect: '작은 함수(Small Functions)',
    category: 'english',
  },

  // paraphrase
  { query: '함수 이름에 없는 일을 몰래 하는 문제', expect: '부수 효과', category: 'paraphrase' },
  {
    query: '같이 몰려다니는 인자들을 하나로 묶어서 넘기기',
    expect: '매개변수 객체 만들기(Introduce Parameter Object)',
    category: 'paraphrase',
  },
  {
    query: '본문이 뻔한 함수를 없애고 호출한 곳에 내용 붙이기',
    expect: '함수 인라인(Inline Method)',
    category: 'paraphrase',
  },
  {
    query: '똑같은 코드 복붙이 여러 군데 흩어져 있음',
    expect: '중복 코드(Duplicated Code)',
    category: 'paraphrase',
  },
  { query: '스크롤해야 끝이 보이는 엄청 긴 메서드', expect: '긴 함수(Long Method)', category: 'paraphrase' },
  {
    query: '인자를 줄줄이 여섯 개씩 받아서 순서 헷갈림',
    expect: '긴 매개변수 목록(Long Parameter List)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '함수 추출 vs 함수 인라인',
    expect: ['함수 추출(Extrat Method)', '함수 인라인(Inline Method)'],
    category: 'comparison',
    compare: ['함수 추출(Extrat Method)', '함수 인라인(Inline Method)'],
  },
  {
    query: '좋은 주석 나쁜 주석 차이',
    expect: ['좋은 주석(Good Comments)', '나쁜 주석(Bad Comments)'],
    category: 'comparison',
    compare: ['좋은 주석(Good Comments)', '나쁜 주석(Bad Comments)'],
  },
  {
    query: '긴 함수랑 거대한 클래스 차이',
    expect: ['긴 함수(Long Method)', '거대한 클래스(Large Class)'],
    category: 'comparison',
    compare: ['긴 함수(Long Method)', '거대한 클래스(Large Class)'],
  },
  {
    query: '데이터 뭉치랑 기본형 집착 뭐가 달라',
    expect: ['데이터 뭉치(Data Clumps)', '기본형 집착'],
    category: 'comparison',
    compare: ['데이터 뭉치(Data Clumps)', '기본형 집착'],
  },

  // miss
  { query: '삼겹살 굽는 온도', expect: null, category: 'miss' },
  { query: '농구 픽앤롤 전술', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Jest 테스트 커버리지 측정', expect: null, category: 'miss-shared' },
  { query: 'ESLint Prettier 설정 방법', expect: null, category: 'miss-shared' },
  { query: 'Git 커밋 메시지 컨벤션', expect: null, category: 'miss-shared' },
  { query: '싱글톤 패턴 구현 코드', expect: null, category: 'miss-shared' },
];
