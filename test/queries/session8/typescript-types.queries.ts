import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '타입 추론', expect: '타입 추론(Type Inference)', category: 'plain' },
  { query: '교차 타입', expect: '교차 타입(Intersection Type)', category: 'plain' },
  { query: '리터럴 타입', expect: '리터럴 타입(Literal Type)', category: 'plain' },
  { query: '타입 선언 파일', expect: '타입 선언 파일(Declaration Files)', category: 'plain' },

  // particles
  { query: '인터페이스가 뭐야', expect: '인터페이스(Interface)', category: 'particles' },
  { query: '제네릭 함수란', expect: '제네릭 함수(Generic Function)', category: 'particles' },
  { query: '타입 별칭은 뭐임', expect: '타입 별칭(Type Alias)', category: 'particles' },
  { query: '유니온 타입이 뭐야', expect: '유니온 타입(Union Type)', category: 'particles' },
  { query: 'never 타입이란', expect: 'never 타입(Never)', category: 'particles' },

  // question
  { query: 'JSON.parse 결과를 any 말고 뭘로 받아야 돼', expect: 'unknown', category: 'question' },
  {
    query: 'lodash 쓰는데 타입이 없다고 에러 나요',
    expect: '타입 선언 파일(Declaration Files)',
    category: 'question',
  },
  {
    query: '객체 리터럴을 바로 넘기면 왜 속성 많다고 에러 나',
    expect: '구조적 타이핑',
    category: 'question',
  },
  {
    query: 'switch에서 case 하나 빠뜨린 거 컴파일 에러로 잡으려면',
    expect: 'never 타입(Never)',
    category: 'question',
  },
  { query: 'getElementById 결과를 input 요소로 쓰려면 어떻게 해', expect: '타입 단언', category: 'question' },
  { query: 'strictNullChecks 켜려면 어디서 설정해', expect: '컴파일러 설정(tsconfig)', category: 'question' },
  {
    query: 'const로 선언하면 왜 string이 아니라 값 자체가 타입이 돼',
    expect: '타입 추론(Type Inference)',
    category: 'question',
  },
  {
    query: '회원정보 수정 API에서 일부 필드만 받는 타입 어떻게 만들어',
    expect: 'Partial',
    category: 'question',
  },
  {
    query: 'ReturnType은 infer로 어떻게 만들어진 거야',
    expect: '조건부 타입(Conditionl Types)',
    category: 'question',
  },
  {
    query: 'phone 속성은 있어도 되고 없어도 되게 하려면',
    expect: '선택적 속성(Optional Property)',
    category: 'question',
  },

  // spacing
  { query: '타입좁히기', expect: '타입 좁히기', category: 'spacing' },
  { query: '구별된유니온', expect: '구별된 유니온(Discriminated Unoin)', category: 'spacing' },
  { query: '유틸리티타입', expect: '유틸리티 타입(Utility Types)', category: 'spacing' },
  { query: '제네릭 제약조건', expect: '제네릭 제약 조건', category: 'spacing' },

  // typo-query
  { query: '인터패이스', expect: '인터페이스(Interface)', category: 'typo-query' },
  { query: '제내릭 함수', expect: '제네릭 함수(Generic Function)', category: 'typo-query' },
  { query: '타입 별창', expect: '타입 별칭(Type Alias)', category: 'typo-query' },
  { query: 'intersecton type', expect: '교차 타입(Intersection Type)', category: 'typo-query' },
  { query: '리터롤 타입', expect: '리터럴 타입(Literal Type)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'index signature', expect: '인덱스 시그니처(Index Signatuer)', category: 'typo-notes' },
  { query: 'discriminated union', expect: '구별된 유니온(Discriminated Unoin)', category: 'typo-notes' },
  { query: 'conditional types', expect: '조건부 타입(Conditionl Types)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'dlsxjvpdltm', expect: '인터페이스(Interface)', category: 'keyboard' },
  { query: 'xkdlq cnfhs', expect: '타입 추론(Type Inference)', category: 'keyboard' },
  { query: 'ryck xkdlq', expect: '교차 타입(Intersection Type)', category: 'keyboard' },

  // choseong
  { query: 'ㅌㅇㅊㄹ', expect: '타입 추론(Type Inference)', category: 'choseong' },
  { query: 'ㄱㅈㅈㅌㅇㅍ', expect: '구조적 타이핑', category: 'choseong' },
  { query: 'ㅇㅌㄹㅌㅌㅇ', expect: '유틸리티 타입(Utility Types)', category: 'choseong' },

  // english-glossary
  { query: 'structural typing', expect: '구조적 타이핑', category: 'english-glossary' },
  { query: 'type narrowing', expect: '타입 좁히기', category: 'english-glossary' },
  { query: 'type assertion', expect: '타입 단언', category: 'english-glossary' },
  { query: 'mapped types', expect: '매핑된 타입', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'get the union of an object type keys', expect: 'keyof와 typeof 연산자', category: 'english' },
  {
    query: 'reusable function that takes a type parameter',
    expect: '제네릭 함수(Generic Function)',
    category: 'english',
  },
  {
    query: 'check types at compile time before the code runs',
    expect: '정적 타이핑(Static Typing)',
    category: 'english',
  },
  { query: 'remove a field like password from a type', expect: 'Omit', category: 'english' },
  {
    query: 'combine two object types so the result has all properties of both',
    expect: '교차 타입(Intersection Type)',
    category: 'english',
  },

  // paraphrase
  {
    query: '키 이름을 미리 모를 때 아무 문자열 키나 허용하는 객체 모양',
    expect: '인덱스 시그니처(Index Signatuer)',
    category: 'paraphrase',
  },
  {
    query: '변수에 들어올 수 있는 값을 up down 두 문자열로 딱 정해두기',
    expect: '리터럴 타입(Literal Type)',
    category: 'paraphrase',
  },
  {
    query: '공통 kind 필드 값으로 case 나누면 자동으로 구분되는 패턴',
    expect: '구별된 유니온(Discriminated Unoin)',
    category: 'paraphrase',
  },
  { query: '검사를 통째로 꺼버리는 탈출구', expect: 'any', category: 'paraphrase' },
  {
    query: 'json 옵션 파일에서 엄격 모드 한 번에 켜기',
    expect: '컴파일러 설정(tsconfig)',
    category: 'paraphrase',
  },
  { query: '원하는 필드만 골라서 새로운 모양 만들기', expect: 'Pick', category: 'paraphrase' },

  // comparison
  {
    query: 'interface랑 type 차이',
    expect: ['인터페이스(Interface)', '타입 별칭(Type Alias)'],
    category: 'comparison',
    compare: ['인터페이스(Interface)', '타입 별칭(Type Alias)'],
  },
  {
    query: 'any vs unknown',
    expect: ['any', 'unknown'],
    category: 'comparison',
    compare: ['any', 'unknown'],
  },
  {
    query: '유니온 타입이랑 교차 타입 차이가 뭐야',
    expect: ['유니온 타입(Union Type)', '교차 타입(Intersection Type)'],
    category: 'comparison',
    compare: ['유니온 타입(Union Type)', '교차 타입(Intersection Type)'],
  },
  {
    query: 'Pick Omit 차이',
    expect: ['Pick', 'Omit'],
    category: 'comparison',
    compare: ['Pick', 'Omit'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 연습 방법', expect: null, category: 'miss' },
  { query: '프랑스 혁명이 일어난 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: '데코레이터로 클래스 메서드 로깅하기', expect: null, category: 'miss-shared' },
  { query: '네임스페이스로 타입 묶기', expect: null, category: 'miss-shared' },
  { query: '추상 클래스 abstract 메서드 구현', expect: null, category: 'miss-shared' },
  { query: 'zod 스키마로 런타임 검증하기', expect: null, category: 'miss-shared' },
];
