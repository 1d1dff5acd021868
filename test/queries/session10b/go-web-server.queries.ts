import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '구조체', expect: '구조체(Struct)', category: 'plain' },
  { query: '컨텍스트', expect: '컨텍스트(Context)', category: 'plain' },
  { query: '미들웨어 체이닝', expect: '미들웨어 체이닝(Chaining)', category: 'plain' },
  { query: '타임아웃 설정', expect: '타임아웃 설정(Timeouts)', category: 'plain' },

  // particles
  { query: '인터페이스가 뭐야', expect: '인터페이스(Interface)', category: 'particles' },
  { query: '뮤텍스란', expect: '뮤텍스(Mutex)', category: 'particles' },
  { query: '고루틴이 뭐임', expect: '고루틴(Gorutine)', category: 'particles' },
  { query: '핸들러는 뭐야', expect: '핸들러(Handler)', category: 'particles' },
  { query: '라우팅이란', expect: '라우팅(ServeMux)', category: 'particles' },

  // question
  {
    query: 'go에는 try catch 없어? 에러 어떻게 잡아',
    expect: '에러 처리(Error Handling)',
    category: 'question',
  },
  {
    query: 'main 끝나면 고루틴이 같이 죽는데 기다리려면 어떻게 해',
    expect: '고루틴(Gorutine)',
    category: 'question',
  },
  { query: 'JSON 응답이 빈 객체로 나와요', expect: 'JSON 응답 만들기(JSON Encoding)', category: 'question' },
  {
    query: 'WriteHeader 했는데 상태 코드가 200으로 나와요',
    expect: '요청과 응답(Request and Response)',
    category: 'question',
  },
  {
    query: '클라이언트가 연결 끊으면 DB 쿼리도 멈추게 하려면',
    expect: '컨텍스트(Context)',
    category: 'question',
  },
  {
    query: '배포할 때 처리 중인 요청 안 끊기게 서버 끄려면',
    expect: '우아한 종료(Gracefull Shutdown)',
    category: 'question',
  },
  { query: '서버 안 띄우고 핸들러 테스트하는 법', expect: '핸들러 테스트(httptest)', category: 'question' },
  { query: 'map에 여러 고루틴이 동시에 쓰면 왜 죽어', expect: '경쟁 상태', category: 'question' },
  {
    query: '미들웨어 여러 개 감싸면 어떤 순서로 실행돼',
    expect: '미들웨어 체이닝(Chaining)',
    category: 'question',
  },
  { query: 'URL 경로에서 id 값 꺼내려면 어떻게 해', expect: '라우팅(ServeMux)', category: 'question' },

  // spacing
  { query: '에러처리', expect: '에러 처리(Error Handling)', category: 'spacing' },
  { query: '우아한종료', expect: '우아한 종료(Gracefull Shutdown)', category: 'spacing' },
  { query: '버퍼있는채널', expect: '버퍼 있는 채널(Buffered Channel)', category: 'spacing' },
  { query: '미들웨어기본구조', expect: '미들웨어 기본 구조(Middleware Basics)', category: 'spacing' },

  // typo-query
  { query: '뮤텍쓰', expect: '뮤텍스(Mutex)', category: 'typo-query' },
  { query: '컨택스트', expect: '컨텍스트(Context)', category: 'typo-query' },
  { query: '인터페이쓰', expect: '인터페이스(Interface)', category: 'typo-query' },
  { query: '구조채', expect: '구조체(Struct)', category: 'typo-query' },
  { query: 'middlewear chaining', expect: '미들웨어 체이닝(Chaining)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'goroutine', expect: '고루틴(Gorutine)', category: 'typo-notes' },
  { query: 'select statement', expect: '셀렉트문(Select Statment)', category: 'typo-notes' },
  { query: 'graceful shutdown', expect: '우아한 종료(Gracefull Shutdown)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'cosjf', expect: '채널(Channel)', category: 'keyboard' },
  { query: 'abxprtm', expect: '뮤텍스(Mutex)', category: 'keyboard' },
  { query: 'gosemffj', expect: '핸들러(Handler)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㄹㅌ', expect: '고루틴(Gorutine)', category: 'choseong' },
  { query: 'ㅇㅈㅅㅈㅇ', expect: '의존성 주입', category: 'choseong' },
  { query: 'ㅍㄴㄱㅂㄱ', expect: '패닉과 복구(Panic and Recover)', category: 'choseong' },

  // english-glossary
  { query: 'race condition', expect: '경쟁 상태', category: 'english-glossary' },
  { query: 'deadlock', expect: '교착 상태', category: 'english-glossary' },
  { query: 'dependency injection', expect: '의존성 주입', category: 'english-glossary' },
  { query: 'type assertion', expect: '타입 단언', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'cancel a request after a deadline', expect: '컨텍스트(Context)', category: 'english' },
  {
    query: 'wrap an error and check it later with errors.Is',
    expect: '에러 처리(Error Handling)',
    category: 'english',
  },
  { query: 'protect a shared variable with a lock', expect: '뮤텍스(Mutex)', category: 'english' },
  {
    query: 'check the bearer token before the handler runs',
    expect: '인증 미들웨어(Auth)',
    category: 'english',
  },
  {
    query: 'read and write timeout on the http server',
    expect: '타임아웃 설정(Timeouts)',
    category: 'english',
  },

  // paraphrase
  {
    query: '프로그램이 터질 때 붙잡아서 안 죽게 살리는 방법',
    expect: '패닉과 복구(Panic and Recover)',
    category: 'paraphrase',
  },
  {
    query: '여러 통로 중에 먼저 값이 온 쪽을 골라 처리하기',
    expect: '셀렉트문(Select Statment)',
    category: 'paraphrase',
  },
  { query: '요청 주소 보고 맞는 함수로 보내주는 거', expect: '라우팅(ServeMux)', category: 'paraphrase' },
  { query: '서버 객체 필드로 DB 넘겨주기', expect: '의존성 주입', category: 'paraphrase' },
  {
    query: '상속 대신 타입 안에 다른 타입을 넣어서 재사용',
    expect: '구조체(Struct)',
    category: 'paraphrase',
  },
  {
    query: '받는 쪽이 없어도 몇 개까지는 미리 넣어둘 수 있는 통로',
    expect: '버퍼 있는 채널(Buffered Channel)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '값 리시버 포인터 리시버 차이',
    expect: ['값 리시버(Value Receiver)', '포인터 리시버(Pointer Receiver)'],
    category: 'comparison',
    compare: ['값 리시버(Value Receiver)', '포인터 리시버(Pointer Receiver)'],
  },
  {
    query: '버퍼 없는 채널 vs 버퍼 있는 채널',
    expect: ['버퍼 없는 채널(Unbuffered Channel)', '버퍼 있는 채널(Buffered Channel)'],
    category: 'comparison',
    compare: ['버퍼 없는 채널(Unbuffered Channel)', '버퍼 있는 채널(Buffered Channel)'],
  },
  {
    query: '채널이랑 뮤텍스 중에 뭐 써',
    expect: ['채널(Channel)', '뮤텍스(Mutex)'],
    category: 'comparison',
    compare: ['채널(Channel)', '뮤텍스(Mutex)'],
  },
  {
    query: 'panic이랑 error 반환 차이',
    expect: ['패닉과 복구(Panic and Recover)', '에러 처리(Error Handling)'],
    category: 'comparison',
    compare: ['패닉과 복구(Panic and Recover)', '에러 처리(Error Handling)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 잘 던지는 법', expect: null, category: 'miss' },
  { query: '임진왜란 일어난 연도', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Go 제네릭 타입 파라미터 쓰는 법', expect: null, category: 'miss-shared' },
  { query: 'gRPC 서버 만들기 protobuf 정의', expect: null, category: 'miss-shared' },
  { query: 'WebSocket 연결 핸들러 구현', expect: null, category: 'miss-shared' },
  { query: 'go.mod 모듈 의존성 버전 관리', expect: null, category: 'miss-shared' },
];
