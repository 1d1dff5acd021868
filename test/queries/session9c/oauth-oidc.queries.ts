import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스코프', expect: '스코프(Scope)', category: 'plain' },
  { query: 'PKCE', expect: 'PKCE(Proof Key for Code Exchange)', category: 'plain' },
  { query: '디스커버리 문서', expect: '디스커버리 문서(Discovery Documnet)', category: 'plain' },
  { query: '토큰 검증', expect: '토큰 검증(Token Validation)', category: 'plain' },

  // particles
  { query: '리다이렉트 URI가 뭐야', expect: '리다이렉트 URI(Redirect URI)', category: 'particles' },
  { query: '액세스 토큰이란', expect: '액세스 토큰(Access Token)', category: 'particles' },
  { query: 'ID 토큰은 뭐임', expect: 'ID 토큰(ID Token)', category: 'particles' },
  {
    query: '인가 코드 흐름이 뭐야',
    expect: '인가 코드 흐름(Authorization Code Flow)',
    category: 'particles',
  },
  { query: '유저인포 엔드포인트란', expect: '유저인포 엔드포인트(UserInfo Endpoint)', category: 'particles' },

  // question
  { query: 'code_verifier 는 왜 만들어', expect: 'PKCE(Proof Key for Code Exchange)', category: 'question' },
  {
    query: '콜백에서 돌아온 랜덤 값이랑 세션 값 비교하는 거 왜 해',
    expect: 'state 파라미터(State Parameter)',
    category: 'question',
  },
  {
    query: '로컬에서 구글 로그인하면 redirect_uri mismatch 에러 나요',
    expect: '리다이렉트 URI(Redirect URI)',
    category: 'question',
  },
  {
    query: '액세스 토큰 만료되면 다시 로그인 시켜야 돼?',
    expect: '리프레시 토큰(Refresh Tokne)',
    category: 'question',
  },
  {
    query: '토큰을 localStorage에 저장해도 돼?',
    expect: '로컬 스토리지(localStorage)',
    category: 'question',
  },
  {
    query: '서버끼리 API 호출할 때 사용자 없이 토큰 받으려면',
    expect: '클라이언트 자격 증명(Client Credentials)',
    category: 'question',
  },
  { query: 'ID 토큰으로 API 호출해도 돼?', expect: 'ID 토큰(ID Token)', category: 'question' },
  {
    query: 'client_secret 깃허브에 올려도 돼?',
    expect: '클라이언트 등록(Client Registraton)',
    category: 'question',
  },
  { query: '로그아웃할 때 토큰 못 쓰게 하려면 어떻게 해', expect: '토큰 폐기', category: 'question' },
  {
    query: '예전에 쓰던 ID 토큰 재사용하는 공격 어떻게 막아',
    expect: 'nonce 값(Nonce)',
    category: 'question',
  },

  // spacing
  { query: '인가코드흐름', expect: '인가 코드 흐름(Authorization Code Flow)', category: 'spacing' },
  { query: '클라이언트자격증명', expect: '클라이언트 자격 증명(Client Credentials)', category: 'spacing' },
  { query: '리프레시토큰', expect: '리프레시 토큰(Refresh Tokne)', category: 'spacing' },
  { query: '소셜로그인 구현', expect: '소셜 로그인 구현(Social Login)', category: 'spacing' },

  // typo-query
  { query: '스쿄프', expect: '스코프(Scope)', category: 'typo-query' },
  { query: '리프래시 토큰', expect: '리프레시 토큰(Refresh Tokne)', category: 'typo-query' },
  { query: '액새스 토큰', expect: '액세스 토큰(Access Token)', category: 'typo-query' },
  { query: 'pcke', expect: 'PKCE(Proof Key for Code Exchange)', category: 'typo-query' },
  { query: '클라이언트 등룩', expect: '클라이언트 등록(Client Registraton)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'client registration', expect: '클라이언트 등록(Client Registraton)', category: 'typo-notes' },
  { query: 'refresh token', expect: '리프레시 토큰(Refresh Tokne)', category: 'typo-notes' },
  { query: 'discovery document', expect: '디스커버리 문서(Discovery Documnet)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmzhvm', expect: '스코프(Scope)', category: 'keyboard' },
  { query: 'dortptm xhzms', expect: '액세스 토큰(Access Token)', category: 'keyboard' },
  { query: 'ehddml ghkaus', expect: '동의 화면', category: 'keyboard' },

  // choseong
  { query: 'ㄹㄷㅇㄹㅌ', expect: '리다이렉트 URI(Redirect URI)', category: 'choseong' },
  { query: 'ㅋㄹㅇㅇㅌ ㅈㄱ ㅈㅁ', expect: '클라이언트 자격 증명(Client Credentials)', category: 'choseong' },
  { query: 'ㅍㅈ ㅋㄹㅇ', expect: '표준 클레임', category: 'choseong' },

  // english-glossary
  { query: 'consent screen', expect: '동의 화면', category: 'english-glossary' },
  { query: 'implicit grant flow', expect: '암묵적 흐름', category: 'english-glossary' },
  { query: 'token revocation', expect: '토큰 폐기', category: 'english-glossary' },
  { query: 'standard claims', expect: '표준 클레임', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does the authorization code get exchanged for tokens',
    expect: '인가 코드 흐름(Authorization Code Flow)',
    category: 'english',
  },
  {
    query: 'where to find jwks uri and openid configuration',
    expect: '디스커버리 문서(Discovery Documnet)',
    category: 'english',
  },
  {
    query: 'which field uniquely identifies the user in the id token',
    expect: 'ID 토큰(ID Token)',
    category: 'english',
  },
  {
    query: 'protect the login callback against csrf with a random value',
    expect: 'state 파라미터(State Parameter)',
    category: 'english',
  },
  {
    query: 'fetch user profile json after login',
    expect: '유저인포 엔드포인트(UserInfo Endpoint)',
    category: 'english',
  },

  // paraphrase
  {
    query: '비밀번호 안 알려주고 다른 앱에 내 데이터 접근 권한만 넘겨주는 표준',
    expect: 'OAuth 2.0 개요(OAuth Overview)',
    category: 'paraphrase',
  },
  {
    query: '쓸 때마다 새 걸로 바꿔주고 옛날 거 다시 쓰면 전부 무효로 만드는 방식',
    expect: '리프레시 토큰(Refresh Tokne)',
    category: 'paraphrase',
  },
  {
    query: '사용자가 누군지 알려주는 인증 계층을 위에 얹은 표준',
    expect: 'OIDC 개요(OIDC Overview)',
    category: 'paraphrase',
  },
  {
    query: '피해자를 공격자 계정에 접속된 상태로 만들어버리는 수법',
    expect: '로그인 CSRF',
    category: 'paraphrase',
  },
  {
    query: '자바스크립트로 못 읽게 막아둔 브라우저 저장소에 토큰 두기',
    expect: 'HttpOnly 쿠키',
    category: 'paraphrase',
  },
  {
    query: '로그인 서버, 데이터 서버, 사용자, 앱이 각각 맡는 일',
    expect: '네 가지 역할(Roles)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '액세스 토큰 리프레시 토큰 차이',
    expect: ['액세스 토큰(Access Token)', '리프레시 토큰(Refresh Tokne)'],
    category: 'comparison',
    compare: ['액세스 토큰(Access Token)', '리프레시 토큰(Refresh Tokne)'],
  },
  {
    query: 'OAuth랑 OIDC 차이가 뭐야',
    expect: ['OAuth 2.0 개요(OAuth Overview)', 'OIDC 개요(OIDC Overview)'],
    category: 'comparison',
    compare: ['OAuth 2.0 개요(OAuth Overview)', 'OIDC 개요(OIDC Overview)'],
  },
  {
    query: '인가 코드 흐름 vs 클라이언트 자격 증명',
    expect: ['인가 코드 흐름(Authorization Code Flow)', '클라이언트 자격 증명(Client Credentials)'],
    category: 'comparison',
    compare: ['인가 코드 흐름(Authorization Code Flow)', '클라이언트 자격 증명(Client Credentials)'],
  },
  {
    query: 'localStorage vs HttpOnly 쿠키 토큰 어디에 저장',
    expect: ['로컬 스토리지(localStorage)', 'HttpOnly 쿠키'],
    category: 'comparison',
    compare: ['로컬 스토리지(localStorage)', 'HttpOnly 쿠키'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '배드민턴 스매시 자세', expect: null, category: 'miss' },
  { query: '고려청자 상감 기법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'SAML SSO 연동 설정', expect: null, category: 'miss-shared' },
  { query: 'OTP 2단계 인증 앱 등록', expect: null, category: 'miss-shared' },
  { query: 'Passport.js 세션 로그인 전략', expect: null, category: 'miss-shared' },
  { query: 'Kerberos 티켓 인증', expect: null, category: 'miss-shared' },
];
