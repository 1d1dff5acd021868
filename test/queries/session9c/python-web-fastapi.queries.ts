import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '유비콘', expect: '유비콘 실행(Uvicorn)', category: 'plain' },
  { query: '응답 모델', expect: '응답 모델(Response Model)', category: 'plain' },
  { query: '라우터 분리', expect: '라우터 분리(APIRouter)', category: 'plain' },
  { query: '백그라운드 작업', expect: '백그라운드 작업(Background Tasks)', category: 'plain' },

  // particles
  { query: '경로 매개변수가 뭐야', expect: '경로 매개변수(Path Params)', category: 'particles' },
  { query: '미들웨어란', expect: '미들웨어(Middleware)', category: 'particles' },
  { query: '중첩 모델은 뭐임', expect: '중첩 모델(Nested Models)', category: 'particles' },
  { query: '베이스모델이 뭐야', expect: '베이스모델(BaseModel)', category: 'particles' },
  { query: '필드 제약이란', expect: '필드 제약(Field)', category: 'particles' },

  // question
  {
    query: '/users/me 로 요청했는데 /users/{user_id} 함수로 잡혀요',
    expect: '라우팅 데코레이터(Routing Decorator)',
    category: 'question',
  },
  {
    query: 'async def 안에서 time.sleep 쓰면 왜 서버가 멈춰',
    expect: 'async def 함수',
    category: 'question',
  },
  {
    query: '비밀번호 필드 응답에서 안 보이게 하려면 어떻게 해',
    expect: '응답 모델(Response Model)',
    category: 'question',
  },
  { query: '없는 아이템 요청하면 404 어떻게 돌려줘', expect: '에러 응답 처리', category: 'question' },
  { query: '프론트에서 API 호출하면 CORS 에러 나요', expect: '교차 출처 리소스 공유', category: 'question' },
  { query: 'DB 세션 열고 요청 끝나면 닫으려면 어떻게 해', expect: 'yield 의존성', category: 'question' },
  {
    query: '가입 환영 메일은 응답 보낸 다음에 보내고 싶어',
    expect: '백그라운드 작업(Background Tasks)',
    category: 'question',
  },
  {
    query: '파일 업로드 받으려면 뭐 설치해야 돼',
    expect: '폼 데이터와 파일 업로드(Form & UploadFile)',
    category: 'question',
  },
  { query: 'uvicorn --reload 운영 서버에서 써도 돼?', expect: '유비콘 실행(Uvicorn)', category: 'question' },
  {
    query: '쿼리 값 최대 길이 제한 거는 법',
    expect: '매개변수 검증(Query & Path Validation)',
    category: 'question',
  },

  // spacing
  { query: '경로매개변수', expect: '경로 매개변수(Path Params)', category: 'spacing' },
  { query: '백그라운드작업', expect: '백그라운드 작업(Background Tasks)', category: 'spacing' },
  { query: '의존성주입', expect: '의존성 주입(Dependncy Injection)', category: 'spacing' },
  { query: '라우팅 데코 레이터', expect: '라우팅 데코레이터(Routing Decorator)', category: 'spacing' },

  // typo-query
  { query: '미들웨아', expect: '미들웨어(Middleware)', category: 'typo-query' },
  { query: '유비컨', expect: '유비콘 실행(Uvicorn)', category: 'typo-query' },
  { query: '중첩 머델', expect: '중첩 모델(Nested Models)', category: 'typo-query' },
  { query: 'swager ui', expect: '스웨거 UI(Swagger UI)', category: 'typo-query' },
  { query: '의존성 주잎', expect: '의존성 주입(Dependncy Injection)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'query parameter', expect: '쿼리 매개변수(Query Paramter)', category: 'typo-notes' },
  { query: 'dependency injection', expect: '의존성 주입(Dependncy Injection)', category: 'typo-notes' },
  { query: 'authentication', expect: 'OAuth2 인증(Authentcation)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'alemfdnpdj', expect: '미들웨어(Middleware)', category: 'keyboard' },
  { query: 'dbqlzhs', expect: '유비콘 실행(Uvicorn)', category: 'keyboard' },
  { query: 'fkdnxj', expect: '라우터 분리(APIRouter)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅈㅅㅈㅇ', expect: '의존성 주입(Dependncy Injection)', category: 'choseong' },
  { query: 'ㅂㄱㄹㅇㄷㅈㅇ', expect: '백그라운드 작업(Background Tasks)', category: 'choseong' },
  { query: 'ㄱㄹㅁㄱㅂㅅ', expect: '경로 매개변수(Path Params)', category: 'choseong' },

  // english-glossary
  { query: 'request body', expect: '요청 본문', category: 'english-glossary' },
  { query: 'concurrency', expect: '동시성과 이벤트 루프', category: 'english-glossary' },
  { query: 'exception handling', expect: '에러 응답 처리', category: 'english-glossary' },
  { query: 'cross-origin resource sharing', expect: '교차 출처 리소스 공유', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to run the fastapi app with auto reload',
    expect: '유비콘 실행(Uvicorn)',
    category: 'english',
  },
  {
    query: 'interactive api docs with try it out button',
    expect: '스웨거 UI(Swagger UI)',
    category: 'english',
  },
  {
    query: 'split endpoints into multiple files with a prefix',
    expect: '라우터 분리(APIRouter)',
    category: 'english',
  },
  { query: 'bearer token login with JWT', expect: 'OAuth2 인증(Authentcation)', category: 'english' },
  {
    query: 'validate deeply nested JSON with models inside models',
    expect: '중첩 모델(Nested Models)',
    category: 'english',
  },

  // paraphrase
  { query: '주소 물음표 뒤에 붙는 값 받기', expect: '쿼리 매개변수(Query Paramter)', category: 'paraphrase' },
  {
    query: '모든 요청 앞뒤에 공통으로 처리 시간 재는 코드 끼우기',
    expect: '미들웨어(Middleware)',
    category: 'paraphrase',
  },
  {
    query: '여러 엔드포인트가 반복하는 준비 코드를 함수로 빼서 자동으로 넣어주기',
    expect: 'Depends 사용법',
    category: 'paraphrase',
  },
  {
    query: '클라이언트가 보낸 JSON을 클래스로 검사하고 파이썬 객체로 바꿔주는 것',
    expect: '베이스모델(BaseModel)',
    category: 'paraphrase',
  },
  {
    query: '블로킹 라이브러리를 써도 스레드 풀에서 대신 돌려주는 방식',
    expect: '일반 def 함수',
    category: 'paraphrase',
  },
  {
    query: '직접 요청은 못 보내고 읽기만 하는 깔끔한 문서 화면',
    expect: '리독(ReDoc)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'async def vs def 차이',
    expect: ['async def 함수', '일반 def 함수'],
    category: 'comparison',
    compare: ['async def 함수', '일반 def 함수'],
  },
  {
    query: '경로 매개변수랑 쿼리 매개변수 차이',
    expect: ['경로 매개변수(Path Params)', '쿼리 매개변수(Query Paramter)'],
    category: 'comparison',
    compare: ['경로 매개변수(Path Params)', '쿼리 매개변수(Query Paramter)'],
  },
  {
    query: 'swagger랑 redoc 뭐가 달라',
    expect: ['스웨거 UI(Swagger UI)', '리독(ReDoc)'],
    category: 'comparison',
    compare: ['스웨거 UI(Swagger UI)', '리독(ReDoc)'],
  },
  {
    query: '폼 데이터랑 JSON 요청 본문 차이',
    expect: ['요청 본문', '폼 데이터와 파일 업로드(Form & UploadFile)'],
    category: 'comparison',
    compare: ['요청 본문', '폼 데이터와 파일 업로드(Form & UploadFile)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절하는 요령', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Django ORM 모델 마이그레이션 만들기', expect: null, category: 'miss-shared' },
  { query: 'WebSocket으로 실시간 채팅 서버 만들기', expect: null, category: 'miss-shared' },
  { query: 'GraphQL 스키마 쿼리 작성법', expect: null, category: 'miss-shared' },
  { query: 'SQLAlchemy 세션 트랜잭션 롤백', expect: null, category: 'miss-shared' },
];
