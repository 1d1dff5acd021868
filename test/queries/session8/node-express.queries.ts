import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '이벤트 루프', expect: '이벤트 루프(Event Loop)', category: 'plain' },
  { query: '정적 파일 제공', expect: '정적 파일 제공(Static Files)', category: 'plain' },
  { query: '라우터 분리', expect: '라우터 분리(express.Router)', category: 'plain' },
  { query: '스트림', expect: '스트림(Stream)', category: 'plain' },

  // particles
  { query: '미들웨어가 뭐야', expect: '미들웨어 개념(Middlewre)', category: 'particles' },
  { query: '프로미스란', expect: '프로미스(Promise)', category: 'particles' },
  { query: '환경 변수는 뭐임', expect: '환경 변수', category: 'particles' },
  { query: '바디 파서가 뭐야', expect: '바디 파서(Body Parsing)', category: 'particles' },
  { query: 'JWT 인증이란', expect: 'JWT 인증(JSON Web Tokne)', category: 'particles' },

  // question
  {
    query: 'POST로 보낸 JSON 파싱하려면 뭐 등록해야 돼',
    expect: '바디 파서(Body Parsing)',
    category: 'question',
  },
  { query: '요청 보냈는데 브라우저가 계속 로딩만 돼요', expect: 'next 함수', category: 'question' },
  {
    query: 'async 라우트 안에서 난 에러가 안 잡혀요',
    expect: '에러 처리 미들웨어(Error Handlng)',
    category: 'question',
  },
  { query: 'API 키를 코드에 안 넣고 관리하려면 어떻게 해', expect: '환경 변수', category: 'question' },
  {
    query: '프론트에서 API 호출하면 브라우저가 응답을 막아요',
    expect: 'CORS 설정(Cross-Origin)',
    category: 'question',
  },
  { query: '/users/me로 요청했는데 id 라우트로 잡혀요', expect: '라우팅(Routing)', category: 'question' },
  {
    query: 'Cannot set headers after they are sent 에러 왜 나',
    expect: '응답 보내기(Response)',
    category: 'question',
  },
  { query: '큰 동영상 파일 메모리 안 터지게 보내려면', expect: '스트림(Stream)', category: 'question' },
  {
    query: 'JWT는 로그아웃시켜도 왜 강제로 못 끊어',
    expect: 'JWT 인증(JSON Web Tokne)',
    category: 'question',
  },
  { query: 'process.nextTick이 왜 먼저 실행돼', expect: '이벤트 루프(Event Loop)', category: 'question' },

  // spacing
  { query: '이벤트루프', expect: '이벤트 루프(Event Loop)', category: 'spacing' },
  { query: '에러처리 미들웨어', expect: '에러 처리 미들웨어(Error Handlng)', category: 'spacing' },
  { query: '논블로킹입출력', expect: '논블로킹 입출력', category: 'spacing' },
  { query: '서버만들기', expect: '서버 만들기(Creating a Server)', category: 'spacing' },

  // typo-query
  { query: '이밴트 루프', expect: '이벤트 루프(Event Loop)', category: 'typo-query' },
  { query: '라우터 분라', expect: '라우터 분리(express.Router)', category: 'typo-query' },
  { query: '세선과 쿠키', expect: '세션과 쿠키(Session)', category: 'typo-query' },
  { query: 'promsie', expect: '프로미스(Promise)', category: 'typo-query' },
  { query: '환경 번수', expect: '환경 변수', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'middleware', expect: '미들웨어 개념(Middlewre)', category: 'typo-notes' },
  { query: 'error handling', expect: '에러 처리 미들웨어(Error Handlng)', category: 'typo-notes' },
  { query: 'json web token', expect: 'JWT 인증(JSON Web Tokne)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmxmfla', expect: '스트림(Stream)', category: 'keyboard' },
  { query: 'fkdnxld', expect: '라우팅(Routing)', category: 'keyboard' },
  { query: 'zhfqor wldhr', expect: '콜백 지옥', category: 'keyboard' },

  // choseong
  { query: 'ㅂㄷㅍㅅ', expect: '바디 파서(Body Parsing)', category: 'choseong' },
  { query: 'ㅇㅂㅌㄹㅍ', expect: '이벤트 루프(Event Loop)', category: 'choseong' },
  { query: 'ㅅㅅㄱㅋㅋ', expect: '세션과 쿠키(Session)', category: 'choseong' },

  // english-glossary
  { query: 'non-blocking I/O', expect: '논블로킹 입출력', category: 'english-glossary' },
  { query: 'environment variables', expect: '환경 변수', category: 'english-glossary' },
  { query: 'callback hell', expect: '콜백 지옥', category: 'english-glossary' },
  { query: 'path parameters', expect: '경로 매개변수', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'serve images and css from a folder',
    expect: '정적 파일 제공(Static Files)',
    category: 'english',
  },
  { query: 'split routes into separate files', expect: '라우터 분리(express.Router)', category: 'english' },
  {
    query: 'run several async jobs at once and wait for all of them',
    expect: '프로미스(Promise)',
    category: 'english',
  },
  { query: 'load modules with require and module.exports', expect: 'CommonJS', category: 'english' },
  {
    query: 'keep login state on the server and give the browser only an id',
    expect: '세션과 쿠키(Session)',
    category: 'english',
  },

  // paraphrase
  {
    query: '요청이 응답으로 가기 전에 차례로 거쳐가는 함수 사슬',
    expect: '미들웨어 개념(Middlewre)',
    category: 'paraphrase',
  },
  { query: '주소 물음표 뒤에 붙는 검색 옵션 읽기', expect: '쿼리 문자열', category: 'paraphrase' },
  {
    query: '브라우저 바깥에서 V8로 자바스크립트 돌리는 싱글 스레드 환경',
    expect: '노드의 특징(Node.js Features)',
    category: 'paraphrase',
  },
  {
    query: '비동기 코드를 위에서 아래로 동기처럼 읽히게 쓰는 문법',
    expect: 'async/await',
    category: 'paraphrase',
  },
  {
    query: '포트 다른 프론트엔드가 호출할 수 있게 출처 허용해주기',
    expect: 'CORS 설정(Cross-Origin)',
    category: 'paraphrase',
  },
  {
    query: '죽은 서버 프로그램 자동으로 다시 띄우고 코어 수만큼 늘리기',
    expect: '프로세스 매니저(PM2)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'CommonJS vs ES 모듈',
    expect: ['CommonJS', 'ES 모듈'],
    category: 'comparison',
    compare: ['CommonJS', 'ES 모듈'],
  },
  {
    query: '세션이랑 JWT 차이',
    expect: ['세션과 쿠키(Session)', 'JWT 인증(JSON Web Tokne)'],
    category: 'comparison',
    compare: ['세션과 쿠키(Session)', 'JWT 인증(JSON Web Tokne)'],
  },
  {
    query: '프로미스랑 async await 차이가 뭐야',
    expect: ['프로미스(Promise)', 'async/await'],
    category: 'comparison',
    compare: ['프로미스(Promise)', 'async/await'],
  },
  {
    query: 'req.params req.query 차이',
    expect: ['경로 매개변수', '쿼리 문자열'],
    category: 'comparison',
    compare: ['경로 매개변수', '쿼리 문자열'],
  },

  // miss
  { query: '자전거 체인 기름칠하는 법', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 연습', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응 차이', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GraphQL 리졸버 작성법', expect: null, category: 'miss-shared' },
  { query: 'Socket.io 웹소켓으로 실시간 채팅 서버 만들기', expect: null, category: 'miss-shared' },
  { query: 'NestJS 의존성 주입 데코레이터', expect: null, category: 'miss-shared' },
  { query: 'Prisma ORM으로 DB 마이그레이션', expect: null, category: 'miss-shared' },
];
