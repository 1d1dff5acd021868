import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '세션 고정 공격', expect: '세션 고정 공격(Session Fixation)', category: 'plain' },
  { query: 'SameSite 쿠키', expect: 'SameSite 쿠키(SameSite Cookie)', category: 'plain' },
  { query: '토큰 탈취', expect: '토큰 탈취(Token Theft)', category: 'plain' },
  { query: '콘텐츠 보안 정책', expect: '콘텐츠 보안 정책(CSP)', category: 'plain' },

  // particles
  { query: 'CSRF가 뭐야', expect: '사이트 간 요청 위조(CSRF)', category: 'particles' },
  { query: 'XSS란', expect: '크로스 사이트 스크립팅(XSS)', category: 'particles' },
  { query: 'JWT 구조란', expect: 'JWT 구조(JWT Structure)', category: 'particles' },
  { query: '리프레시 토큰이 뭐야', expect: '리프레시 토큰(Refresh Token)', category: 'particles' },
  { query: '액세스 토큰은 뭐임', expect: '액세스 토큰(Access Token)', category: 'particles' },

  // question
  {
    query: '로그인하고 나서 세션 ID 왜 새로 바꿔야 돼',
    expect: '세션 고정 공격(Session Fixation)',
    category: 'question',
  },
  { query: 'JWT 페이로드에 비밀번호 넣어도 돼?', expect: 'JWT 구조(JWT Structure)', category: 'question' },
  {
    query: 'SameSite None으로 했는데 쿠키가 안 붙어요',
    expect: 'SameSite 쿠키(SameSite Cookie)',
    category: 'question',
  },
  {
    query: 'jwt.decode로만 확인하면 안 되는 이유',
    expect: '서명 검증(Signature Verfication)',
    category: 'question',
  },
  { query: '도난 신고된 JWT 만료 전에 막으려면 어떻게 해', expect: '토큰 폐기 목록', category: 'question' },
  { query: '토큰 localStorage에 저장해도 돼?', expect: '로컬 스토리지(localStorage)', category: 'question' },
  {
    query: '이미 사용한 리프레시 토큰이 또 들어오면 어떻게 해',
    expect: '리프레시 토큰 회전(Refresh Token Rotaton)',
    category: 'question',
  },
  { query: 'document.cookie로 쿠키 못 읽게 하려면', expect: 'HttpOnly 속성', category: 'question' },
  {
    query: '인라인 스크립트 실행 막으려면 어떤 헤더 써',
    expect: '콘텐츠 보안 정책(CSP)',
    category: 'question',
  },
  {
    query: '세션이랑 JWT 중에 뭐 써야 돼',
    expect: '인증 방식 선택(Choosing an Approach)',
    category: 'question',
  },

  // spacing
  { query: '세션고정공격', expect: '세션 고정 공격(Session Fixation)', category: 'spacing' },
  { query: '토큰저장위치', expect: '토큰 저장 위치(Token Storage)', category: 'spacing' },
  { query: '리프레시토큰 회전', expect: '리프레시 토큰 회전(Refresh Token Rotaton)', category: 'spacing' },
  { query: '사이트간 요청위조', expect: '사이트 간 요청 위조(CSRF)', category: 'spacing' },

  // typo-query
  { query: '새션 고정', expect: '세션 고정 공격(Session Fixation)', category: 'typo-query' },
  { query: '리프래시 토큰', expect: '리프레시 토큰(Refresh Token)', category: 'typo-query' },
  { query: '크로스 사이트 스크립딩', expect: '크로스 사이트 스크립팅(XSS)', category: 'typo-query' },
  { query: 'SameSit 쿠키', expect: 'SameSite 쿠키(SameSite Cookie)', category: 'typo-query' },
  { query: '엑세스 토큰', expect: '액세스 토큰(Access Token)', category: 'typo-query' },

  // typo-notes
  { query: 'cookie attributes', expect: '쿠키 보안 속성(Cookie Atributes)', category: 'typo-notes' },
  { query: 'signature verification', expect: '서명 검증(Signature Verfication)', category: 'typo-notes' },
  {
    query: 'refresh token rotation',
    expect: '리프레시 토큰 회전(Refresh Token Rotaton)',
    category: 'typo-notes',
  },

  // keyboard
  { query: 'tptus rhwjd', expect: '세션 고정 공격(Session Fixation)', category: 'keyboard' },
  { query: 'xhzms xkfcnl', expect: '토큰 탈취(Token Theft)', category: 'keyboard' },
  { query: 'dlwnd wpcnf', expect: '이중 제출 쿠키', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅅㄱㅈ', expect: '세션 고정 공격(Session Fixation)', category: 'choseong' },
  { query: 'ㅌㅋㅈㅈㅇㅊ', expect: '토큰 저장 위치(Token Storage)', category: 'choseong' },
  { query: 'ㄹㅍㄹㅅㅌㅋ', expect: '리프레시 토큰(Refresh Token)', category: 'choseong' },

  // english-glossary
  { query: 'session hijacking', expect: '세션 탈취', category: 'english-glossary' },
  { query: 'double submit cookie', expect: '이중 제출 쿠키', category: 'english-glossary' },
  { query: 'token blacklist', expect: '토큰 폐기 목록', category: 'english-glossary' },
  { query: 'JWT expiration time', expect: '만료 시간 설정', category: 'english-glossary' },

  // english
  {
    query: 'forged request from another site riding on the victim cookies',
    expect: '사이트 간 요청 위조(CSRF)',
    category: 'english',
  },
  {
    query: 'stored and reflected script injection',
    expect: '크로스 사이트 스크립팅(XSS)',
    category: 'english',
  },
  {
    query: 'private key signs the token and public key verifies it',
    expect: 'RS256 비대칭키',
    category: 'english',
  },
  {
    query: 'where should I store a JWT in the browser',
    expect: '토큰 저장 위치(Token Storage)',
    category: 'english',
  },
  {
    query: 'what happens when someone steals a bearer token',
    expect: '토큰 탈취(Token Theft)',
    category: 'english',
  },

  // paraphrase
  {
    query: '나쁜 사람이 미리 받아둔 식별값을 남의 브라우저에 심어 두고 그 사람이 로그인하길 기다리기',
    expect: '세션 고정 공격(Session Fixation)',
    category: 'paraphrase',
  },
  { query: '암호화된 연결일 때만 쿠키 보내게 하는 옵션', expect: 'Secure 속성', category: 'paraphrase' },
  {
    query: '다른 사이트에서 넘어온 요청엔 인증 정보 안 붙이게 하기',
    expect: 'SameSite 쿠키(SameSite Cookie)',
    category: 'paraphrase',
  },
  {
    query: '짧게 쓰는 출입증 다시 받을 때만 쓰는 오래가는 증표',
    expect: '리프레시 토큰(Refresh Token)',
    category: 'paraphrase',
  },
  {
    query: '같은 비밀값 하나로 서명도 하고 확인도 하는 방식',
    expect: 'HS256 대칭키',
    category: 'paraphrase',
  },
  {
    query: '응답 헤더로 허용한 출처의 스크립트만 돌게 제한하기',
    expect: '콘텐츠 보안 정책(CSP)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'CSRF XSS 차이',
    expect: ['사이트 간 요청 위조(CSRF)', '크로스 사이트 스크립팅(XSS)'],
    category: 'comparison',
    compare: ['사이트 간 요청 위조(CSRF)', '크로스 사이트 스크립팅(XSS)'],
  },
  {
    query: 'HS256 vs RS256',
    expect: ['HS256 대칭키', 'RS256 비대칭키'],
    category: 'comparison',
    compare: ['HS256 대칭키', 'RS256 비대칭키'],
  },
  {
    query: 'localStorage랑 HttpOnly 쿠키 중 어디에 저장',
    expect: ['로컬 스토리지(localStorage)', 'HttpOnly 쿠키 저장'],
    category: 'comparison',
    compare: ['로컬 스토리지(localStorage)', 'HttpOnly 쿠키 저장'],
  },
  {
    query: '액세스 토큰 리프레시 토큰 차이',
    expect: ['액세스 토큰(Access Token)', '리프레시 토큰(Refresh Token)'],
    category: 'comparison',
    compare: ['액세스 토큰(Access Token)', '리프레시 토큰(Refresh Token)'],
  },

  // miss
  { query: '야구 타율 계산하는 법', expect: null, category: 'miss' },
  { query: '식빵 반죽 발효 시간', expect: null, category: 'miss' },
  { query: '로마 제국 멸망 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: 'OAuth 소셜 로그인 인가 코드 흐름', expect: null, category: 'miss-shared' },
  { query: 'bcrypt 비밀번호 해싱 솔트', expect: null, category: 'miss-shared' },
  { query: 'OTP 2단계 인증 설정', expect: null, category: 'miss-shared' },
  { query: 'SQL 인젝션 공격 방어', expect: null, category: 'miss-shared' },
];
