import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '보안 스킴', expect: '보안 스킴(Security Scheme)', category: 'plain' },
  { query: '린팅 규칙', expect: '린팅 규칙(Linting)', category: 'plain' },
  { query: '요청 본문', expect: '요청 본문(Request Body)', category: 'plain' },
  { query: '오퍼레이션 객체', expect: '오퍼레이션 객체(Operation)', category: 'plain' },

  // particles
  { query: '스웨거 UI가 뭐야', expect: '스웨거 UI(Swagger UI)', category: 'particles' },
  { query: '컴포넌트 객체란', expect: '컴포넌트 객체(Components)', category: 'particles' },
  { query: '목 서버는 왜 씀', expect: '목 서버', category: 'particles' },
  { query: '참조를 쓰는 이유', expect: '참조($ref)', category: 'particles' },
  { query: '하위 호환성이란', expect: '하위 호환성', category: 'particles' },

  // question
  { query: 'operationId 꼭 유일해야 돼?', expect: '오퍼레이션 객체(Operation)', category: 'question' },
  {
    query: 'path 파라미터에 required 안 넣었더니 에러 나요',
    expect: '파라미터 정의(Parameters)',
    category: 'question',
  },
  { query: '파일 업로드 API는 명세에 어떻게 적어', expect: '요청 본문(Request Body)', category: 'question' },
  {
    query: 'JWT 토큰 인증은 명세에 어떻게 표시해',
    expect: '보안 스킴(Security Scheme)',
    category: 'question',
  },
  { query: '3.1로 올렸더니 nullable이 안 먹어요', expect: '스키마 정의(Schema)', category: 'question' },
  {
    query: 'info에 쓰는 version이랑 openapi 버전 뭐가 달라',
    expect: '정보 객체(Info Objcet)',
    category: 'question',
  },
  {
    query: '자동으로 만들어진 클라이언트 코드 직접 수정해도 돼?',
    expect: '코드 생성기(Code Generaton)',
    category: 'question',
  },
  {
    query: '스프링에서 swagger 화면 띄우려면 어떻게 해',
    expect: '스웨거 UI(Swagger UI)',
    category: 'question',
  },
  { query: '백엔드 아직 안 됐는데 프론트 먼저 개발하려면', expect: '목 서버', category: 'question' },
  {
    query: '샘플 값이 스키마랑 안 맞는데 왜 에러 안 나요',
    expect: '예제 작성(Exampels)',
    category: 'question',
  },

  // spacing
  { query: '보안스킴', expect: '보안 스킴(Security Scheme)', category: 'spacing' },
  { query: '하위호환성', expect: '하위 호환성', category: 'spacing' },
  { query: '코드생성기', expect: '코드 생성기(Code Generaton)', category: 'spacing' },
  { query: '문서최상위구조', expect: '문서 최상위 구조(Root Object)', category: 'spacing' },

  // typo-query
  { query: '스웨가 UI', expect: '스웨거 UI(Swagger UI)', category: 'typo-query' },
  { query: '오퍼래이션 객체', expect: '오퍼레이션 객체(Operation)', category: 'typo-query' },
  { query: '컴퍼넌트 객체', expect: '컴포넌트 객체(Components)', category: 'typo-query' },
  { query: 'paramters', expect: '파라미터 정의(Parameters)', category: 'typo-query' },
  { query: 'API 버져닝', expect: 'API 버저닝(API Versioning)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'info object', expect: '정보 객체(Info Objcet)', category: 'typo-notes' },
  { query: 'openapi examples', expect: '예제 작성(Exampels)', category: 'typo-notes' },
  { query: 'code generation', expect: '코드 생성기(Code Generaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmzlak', expect: '스키마 정의(Schema)', category: 'keyboard' },
  { query: 'zjavhsjsxm', expect: '컴포넌트 객체(Components)', category: 'keyboard' },
  { query: 'flsxld', expect: '린팅 규칙(Linting)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㅇㅎㅎㅅ', expect: '하위 호환성', category: 'choseong' },
  { query: 'ㅁㅅㅂ', expect: '목 서버', category: 'choseong' },
  { query: 'ㅂㅇㅅㅋ', expect: '보안 스킴(Security Scheme)', category: 'choseong' },

  // english-glossary
  { query: 'backward compatibility', expect: '하위 호환성', category: 'english-glossary' },
  { query: 'mock server', expect: '목 서버', category: 'english-glossary' },
  { query: 'polymorphism', expect: '다형성 스키마', category: 'english-glossary' },
  { query: 'API deprecation', expect: '폐기 처리', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how to reference a schema defined elsewhere', expect: '참조($ref)', category: 'english' },
  {
    query: 'generate a typescript client from the spec',
    expect: '코드 생성기(Code Generaton)',
    category: 'english',
  },
  {
    query: 'interactive API docs with a try it out button',
    expect: '스웨거 UI(Swagger UI)',
    category: 'english',
  },
  { query: 'enforce naming rules on the spec in CI', expect: '린팅 규칙(Linting)', category: 'english' },
  {
    query: 'status codes and error payload for each endpoint',
    expect: '응답 정의(Responses)',
    category: 'english',
  },

  // paraphrase
  { query: '여러 후보 중 딱 하나에만 들어맞아야 통과하는 규칙', expect: 'oneOf', category: 'paraphrase' },
  {
    query: '설계 문서부터 팀끼리 합의하고 나서 구현 시작하는 방식',
    expect: '계약 우선(Contract-First)',
    category: 'paraphrase',
  },
  { query: '주소 앞부분에 v1 v2 붙여서 구분하기', expect: 'URI 버저닝', category: 'paraphrase' },
  {
    query: '설계 파일에 문법 오류 있는지 미리 잡아내기',
    expect: '명세 검증(Validation)',
    category: 'paraphrase',
  },
  {
    query: '이름이 바뀐 사연, 리눅스 재단에 넘겨준 이야기',
    expect: '스웨거의 역사(Swagger History)',
    category: 'paraphrase',
  },
  { query: '요청은 못 보내고 읽기만 하는 3단 레이아웃 문서', expect: '리독(Redoc)', category: 'paraphrase' },

  // comparison
  {
    query: 'oneOf allOf 차이',
    expect: ['oneOf', 'allOf'],
    category: 'comparison',
    compare: ['oneOf', 'allOf'],
  },
  {
    query: 'contract first vs code first',
    expect: ['계약 우선(Contract-First)', '코드 우선(Code-First)'],
    category: 'comparison',
    compare: ['계약 우선(Contract-First)', '코드 우선(Code-First)'],
  },
  {
    query: 'URI 버저닝이랑 헤더 버저닝 뭐가 나아',
    expect: ['URI 버저닝', '헤더 버저닝'],
    category: 'comparison',
    compare: ['URI 버저닝', '헤더 버저닝'],
  },
  {
    query: '스웨거 UI랑 Redoc 차이',
    expect: ['스웨거 UI(Swagger UI)', '리독(Redoc)'],
    category: 'comparison',
    compare: ['스웨거 UI(Swagger UI)', '리독(Redoc)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GraphQL 스키마 정의 언어 SDL', expect: null, category: 'miss-shared' },
  { query: 'gRPC protobuf 코드 생성', expect: null, category: 'miss-shared' },
  { query: 'Postman 컬렉션으로 API 테스트 자동화', expect: null, category: 'miss-shared' },
  { query: 'HATEOAS 하이퍼미디어 링크 응답', expect: null, category: 'miss-shared' },
];
