import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '소셜 로그인', expect: '소셜 로그인(Social Login)', category: 'plain' },
  { query: '토큰 기반 인증', expect: '토큰 기반 인증(Token Authentication)', category: 'plain' },
  { query: '솔트', expect: '솔트(Salt)', category: 'plain' },
  { query: '인가 코드 흐름', expect: '인가 코드 흐름(Authorization Code Grant)', category: 'plain' },

  // particles
  { query: 'JWT가 뭐야', expect: 'JWT(JSON Web Token)', category: 'particles' },
  { query: '리프레시 토큰이란', expect: '리프레시 토큰(Refersh Token)', category: 'particles' },
  { query: 'SSO는 뭐임', expect: '싱글 사인온(SSO)', category: 'particles' },
  { query: 'OAuth가 뭐야', expect: 'OAuth 2.0', category: 'particles' },
  { query: '세션 기반 인증이란', expect: '세션 기반 인증(Session Authentication)', category: 'particles' },

  // question
  {
    query: '401이랑 403 언제 써',
    expect: '인증과 인가(Authentication vs Authorization)',
    category: 'question',
  },
  {
    query: '비밀번호 DB에 어떻게 저장해야 돼',
    expect: ['비밀번호 해싱(Password Hasing)', 'bcrypt'],
    category: 'question',
  },
  { query: 'JWT 페이로드에 비밀번호 넣어도 돼?', expect: 'JWT 구조', category: 'question' },
  { query: '액세스 토큰 만료 시간 왜 짧게 해', expect: '액세스 토큰(Access Token)', category: 'question' },
  {
    query: '서버 여러 대일 때 세션 어떻게 공유해',
    expect: '세션 기반 인증(Session Authentication)',
    category: 'question',
  },
  {
    query: '로그인한 사용자 강제로 로그아웃 시키려면 어떻게 해',
    expect: ['세션 기반 인증(Session Authentication)', '리프레시 토큰(Refersh Token)'],
    category: 'question',
  },
  {
    query: '토큰 localStorage에 저장해도 돼',
    expect: ['로컬 스토리지(localStorage)', '토큰 저장 위치'],
    category: 'question',
  },
  {
    query: 'SPA에서 client secret 어떻게 숨겨',
    expect: '인가 코드 흐름(Authorization Code Grant)',
    category: 'question',
  },
  { query: 'API 키 깃허브에 올리면 어떻게 돼', expect: 'API 키(API Key)', category: 'question' },
  { query: '구글 OTP 앱은 어떻게 동작해', expect: '2단계 인증(2FA)', category: 'question' },

  // spacing
  { query: '소셜로그인', expect: '소셜 로그인(Social Login)', category: 'spacing' },
  { query: '리프레시토큰', expect: '리프레시 토큰(Refersh Token)', category: 'spacing' },
  { query: '싱글사인온', expect: '싱글 사인온(SSO)', category: 'spacing' },
  { query: '비밀번호해싱', expect: '비밀번호 해싱(Password Hasing)', category: 'spacing' },

  // typo-query
  { query: '리플레시 토큰', expect: '리프레시 토큰(Refersh Token)', category: 'typo-query' },
  { query: 'JWT 토근', expect: 'JWT(JSON Web Token)', category: 'typo-query' },
  { query: '소샬 로그인', expect: '소셜 로그인(Social Login)', category: 'typo-query' },
  { query: '엑세스 토큰', expect: '액세스 토큰(Access Token)', category: 'typo-query' },
  { query: '오픈아이디 컨넥트', expect: '오픈아이디 커넥트(OpenID Connect)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'password hashing', expect: '비밀번호 해싱(Password Hasing)', category: 'typo-notes' },
  { query: 'refresh token', expect: '리프레시 토큰(Refersh Token)', category: 'typo-notes' },
  {
    query: 'role based access control',
    expect: '역할 기반 접근 제어(Role-Based Acess Control)',
    category: 'typo-notes',
  },

  // keyboard (Korean typed on an English layout)
  { query: 'thfxm', expect: '솔트(Salt)', category: 'keyboard' },
  { query: 'flvmfptl', expect: '리프레시 토큰(Refersh Token)', category: 'keyboard' },
  { query: 'gotld', expect: '비밀번호 해싱(Password Hasing)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㄱㅅㅇㅇ', expect: '싱글 사인온(SSO)', category: 'choseong' },
  { query: 'ㅅㅅㄹㄱㅇ', expect: '소셜 로그인(Social Login)', category: 'choseong' },
  {
    query: 'ㅇㅎㄱㅂㅈㄱㅈㅇ',
    expect: '역할 기반 접근 제어(Role-Based Acess Control)',
    category: 'choseong',
  },

  // english-glossary
  { query: 'rainbow table', expect: '솔트(Salt)', category: 'english-glossary' },
  { query: 'two factor authentication', expect: '2단계 인증(2FA)', category: 'english-glossary' },
  {
    query: 'least privilege',
    expect: '역할 기반 접근 제어(Role-Based Acess Control)',
    category: 'english-glossary',
  },
  { query: 'delegated authorization', expect: 'OAuth 2.0', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'bearer token in authorization header',
    expect: '토큰 기반 인증(Token Authentication)',
    category: 'english',
  },
  { query: 'httponly cookie prevent xss', expect: '쿠키 저장(Cookie)', category: 'english' },
  { query: 'id token with user info', expect: '오픈아이디 커넥트(OpenID Connect)', category: 'english' },
  {
    query: 'exchange authorization code for access token',
    expect: '인가 코드 흐름(Authorization Code Grant)',
    category: 'english',
  },
  { query: 'where to put api key in request', expect: 'API 키(API Key)', category: 'english' },

  // paraphrase
  { query: '카카오 계정으로 로그인 붙이기', expect: '소셜 로그인(Social Login)', category: 'paraphrase' },
  {
    query: '한 번 로그인하면 다른 서비스도 자동으로 로그인되는 거',
    expect: '싱글 사인온(SSO)',
    category: 'paraphrase',
  },
  {
    query: '로그인은 했는데 권한 없어서 막히는 거',
    expect: '인증과 인가(Authentication vs Authorization)',
    category: 'paraphrase',
  },
  { query: '만료된 토큰 새로 받는 방법', expect: '리프레시 토큰(Refersh Token)', category: 'paraphrase' },
  {
    query: '비밀번호 말고 휴대폰으로 한 번 더 확인하는 거',
    expect: '2단계 인증(2FA)',
    category: 'paraphrase',
  },
  {
    query: '관리자랑 일반 회원 권한 나누기',
    expect: '역할 기반 접근 제어(Role-Based Acess Control)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '세션 토큰 인증 차이',
    expect: ['세션 기반 인증(Session Authentication)', '토큰 기반 인증(Token Authentication)'],
    category: 'comparison',
    compare: ['세션 기반 인증(Session Authentication)', '토큰 기반 인증(Token Authentication)'],
  },
  {
    query: '액세스 토큰이랑 리프레시 토큰 차이',
    expect: ['액세스 토큰(Access Token)', '리프레시 토큰(Refersh Token)'],
    category: 'comparison',
    compare: ['액세스 토큰(Access Token)', '리프레시 토큰(Refersh Token)'],
  },
  {
    query: 'OAuth랑 OIDC 차이가 뭐야',
    expect: ['OAuth 2.0', '오픈아이디 커넥트(OpenID Connect)'],
    category: 'comparison',
    compare: ['OAuth 2.0', '오픈아이디 커넥트(OpenID Connect)'],
  },
  {
    query: '쿠키 로컬스토리지 토큰 저장 차이',
    expect: ['쿠키 저장(Cookie)', '로컬 스토리지(localStorage)'],
    category: 'comparison',
    compare: ['쿠키 저장(Cookie)', '로컬 스토리지(localStorage)'],
  },

  // miss
  { query: '선형대수 고유값 구하기', expect: null, category: 'miss' },
  { query: '포토샵 레이어 합치기', expect: null, category: 'miss' },
  { query: '안드로이드 액티비티 생명주기', expect: null, category: 'miss' },

  // miss-shared
  { query: '스프링 시큐리티 필터 체인 설정', expect: null, category: 'miss-shared' },
  { query: '패스키 WebAuthn 로그인', expect: null, category: 'miss-shared' },
  { query: 'LDAP 사내 계정 인증', expect: null, category: 'miss-shared' },
  { query: '로그인 실패 횟수 제한 캡차', expect: null, category: 'miss-shared' },
];
