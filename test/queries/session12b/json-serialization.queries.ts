import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'JSON 스키마', expect: 'JSON 스키마(JSON Schema)', category: 'plain' },
  { query: '메시지팩', expect: '메시지팩(MessagePack)', category: 'plain' },
  { query: '순환 참조', expect: '순환 참조', category: 'plain' },
  { query: 'JSON 문법', expect: 'JSON 문법(JSON Syntax)', category: 'plain' },

  // particles
  { query: '직렬화가 뭐야', expect: '직렬화(Serialization)', category: 'particles' },
  { query: '프로토콜 버퍼란', expect: '프로토콜 버퍼(Protocol Bufers)', category: 'particles' },
  { query: 'YAML은 뭐임', expect: "YAML(YAML Ain't Markup Language)", category: 'particles' },
  { query: '하위 호환성이란', expect: '하위 호환성', category: 'particles' },
  { query: '깊은 복사를 하는 법', expect: '깊은 복사', category: 'particles' },

  // question
  {
    query: 'JSON 키에 작은따옴표 쓰면 왜 에러 나',
    expect: '자주 하는 문법 실수(Common Mistakes)',
    category: 'question',
  },
  {
    query: 'JSON.parse 했는데 날짜가 문자열로 와요',
    expect: '날짜 처리 문제(Date Handling)',
    category: 'question',
  },
  {
    query: '서버에서 받은 큰 ID 끝자리가 바뀌어요',
    expect: '큰 수 정밀도 문제(BigInt Precison)',
    category: 'question',
  },
  {
    query: 'stringify 했는데 undefined 속성이 사라졌어요',
    expect: '직렬화 안 되는 값(Unserializable Values)',
    category: 'question',
  },
  { query: '비밀번호 필드만 빼고 stringify 하려면', expect: 'replacer 인자', category: 'question' },
  { query: 'JSON 로그 예쁘게 들여쓰기해서 찍으려면', expect: '들여쓰기 인자(Space)', category: 'question' },
  { query: 'Unexpected token 에러 나면 어떻게 처리해', expect: 'JSON.parse()', category: 'question' },
  {
    query: 'Date를 stringify하면 왜 ISO 문자열로 나와',
    expect: 'toJSON 메서드(toJSON Method)',
    category: 'question',
  },
  { query: 'protobuf 필드 지웠는데 번호 다시 써도 돼?', expect: '하위 호환성', category: 'question' },
  {
    query: 'JSON 데이터 형식 맞는지 자바스크립트에서 검사하려면 뭐 써',
    expect: '스키마 검증 라이브러리(Validator)',
    category: 'question',
  },

  // spacing
  { query: '순환참조', expect: '순환 참조', category: 'spacing' },
  { query: '프로토콜버퍼', expect: '프로토콜 버퍼(Protocol Bufers)', category: 'spacing' },
  { query: '날짜처리 문제', expect: '날짜 처리 문제(Date Handling)', category: 'spacing' },
  { query: '이스 케이프문자', expect: '이스케이프 문자', category: 'spacing' },

  // typo-query
  { query: '역질렬화', expect: '역직렬화(Deserialzation)', category: 'typo-query' },
  { query: 'JSON.stringfy', expect: 'JSON.stringify()', category: 'typo-query' },
  { query: '메세지팩', expect: '메시지팩(MessagePack)', category: 'typo-query' },
  { query: '바이너리 포멧', expect: '바이너리 포맷(Binary Format)', category: 'typo-query' },
  { query: '직렬회', expect: '직렬화(Serialization)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'deserialization', expect: '역직렬화(Deserialzation)', category: 'typo-notes' },
  { query: 'protocol buffers', expect: '프로토콜 버퍼(Protocol Bufers)', category: 'typo-notes' },
  { query: 'bigint precision', expect: '큰 수 정밀도 문제(BigInt Precison)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'wlrfufghk', expect: '직렬화(Serialization)', category: 'keyboard' },
  { query: 'tnsghks ckawh', expect: '순환 참조', category: 'keyboard' },
  { query: 'aptlwlvor', expect: '메시지팩(MessagePack)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅈㄹㅎ', expect: '역직렬화(Deserialzation)', category: 'choseong' },
  { query: 'ㄱㅇ ㅂㅅ', expect: '깊은 복사', category: 'choseong' },
  { query: 'ㅎㅇ ㅎㅎㅅ', expect: '하위 호환성', category: 'choseong' },

  // english-glossary
  { query: 'circular reference', expect: '순환 참조', category: 'english-glossary' },
  { query: 'deep copy', expect: '깊은 복사', category: 'english-glossary' },
  { query: 'backward compatibility', expect: '하위 호환성', category: 'english-glossary' },
  { query: 'escape sequence', expect: '이스케이프 문자', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to convert a JSON string into a JavaScript object',
    expect: 'JSON.parse()',
    category: 'english',
  },
  {
    query: 'why does undefined disappear when stringifying an object',
    expect: '직렬화 안 되는 값(Unserializable Values)',
    category: 'english',
  },
  {
    query: 'indentation based config file format with comments',
    expect: "YAML(YAML Ain't Markup Language)",
    category: 'english',
  },
  {
    query: 'tag based markup with namespaces and XSD',
    expect: 'XML(eXtensible Markup Language)',
    category: 'english',
  },
  {
    query: 'schema based binary encoding used by gRPC',
    expect: '프로토콜 버퍼(Protocol Bufers)',
    category: 'english',
  },

  // paraphrase
  {
    query: '메모리 속 객체를 네트워크로 보낼 수 있게 문자열이나 바이트로 바꾸기',
    expect: '직렬화(Serialization)',
    category: 'paraphrase',
  },
  {
    query: '데이터가 어떤 모양이어야 하는지 적어둔 명세',
    expect: 'JSON 스키마(JSON Schema)',
    category: 'paraphrase',
  },
  {
    query: '객체가 자기 자신을 가리켜서 문자열 변환이 실패하는 상황',
    expect: '순환 참조',
    category: 'paraphrase',
  },
  {
    query: '사람이 눈으로 못 읽지만 크기가 작고 빠른 데이터 형식',
    expect: '바이너리 포맷(Binary Format)',
    category: 'paraphrase',
  },
  {
    query: '중괄호 묶음과 대괄호 목록을 서로 겹쳐 넣기',
    expect: '객체와 배열(Object & Array)',
    category: 'paraphrase',
  },
  {
    query: '교환 포맷에 쓸 수 있는 자료형이 딱 여섯 가지',
    expect: '허용되는 값 타입(Value Types)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '직렬화 역직렬화 차이',
    expect: ['직렬화(Serialization)', '역직렬화(Deserialzation)'],
    category: 'comparison',
    compare: ['직렬화(Serialization)', '역직렬화(Deserialzation)'],
  },
  {
    query: 'JSON.parse랑 JSON.stringify 차이',
    expect: ['JSON.parse()', 'JSON.stringify()'],
    category: 'comparison',
    compare: ['JSON.parse()', 'JSON.stringify()'],
  },
  {
    query: 'MessagePack vs Protocol Buffers',
    expect: ['메시지팩(MessagePack)', '프로토콜 버퍼(Protocol Bufers)'],
    category: 'comparison',
    compare: ['메시지팩(MessagePack)', '프로토콜 버퍼(Protocol Bufers)'],
  },
  {
    query: '텍스트 포맷이랑 바이너리 포맷 뭐가 달라',
    expect: ['텍스트 포맷(Text Format)', '바이너리 포맷(Binary Format)'],
    category: 'comparison',
    compare: ['텍스트 포맷(Text Format)', '바이너리 포맷(Binary Format)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '유화 물감 섞는 순서', expect: null, category: 'miss' },
  { query: '피아노 코드 반주법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GraphQL 스키마 정의 언어', expect: null, category: 'miss-shared' },
  { query: 'Python pickle 모듈로 직렬화', expect: null, category: 'miss-shared' },
  { query: 'CSV 파일 파싱 라이브러리', expect: null, category: 'miss-shared' },
  { query: 'TOML 설정 파일 문법', expect: null, category: 'miss-shared' },
];
