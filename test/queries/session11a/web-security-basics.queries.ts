import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '클릭재킹', expect: '클릭재킹(Clickjacking)', category: 'plain' },
  { query: '이중 제출 쿠키', expect: '이중 제출 쿠키', category: 'plain' },
  { query: '블라인드 SQL 인젝션', expect: '블라인드 SQL 인젝션(Blind SQL Injection)', category: 'plain' },
  { query: '논스와 해시', expect: '논스와 해시(Nonce & Hash)', category: 'plain' },

  // particles
  { query: '콘텐츠 보안 정책이 뭐야', expect: '콘텐츠 보안 정책(CSP)', category: 'particles' },
  { query: '최소 권한 원칙이란', expect: '최소 권한 원칙', category: 'particles' },
  { query: '저장형 XSS는 뭐임', expect: '저장형 XSS(Stored XSS)', category: 'particles' },
  { query: 'CSRF 토큰이 뭐예요', expect: 'CSRF 토큰(CSRF Token)', category: 'particles' },
  { query: 'OWASP Top 10이란', expect: 'OWASP Top 10', category: 'particles' },

  // question
  {
    query: '게시판 댓글에 script 태그 넣으면 왜 위험해',
    expect: 'XSS 공격 원리(Cross-Site Scripting)',
    category: 'question',
  },
  {
    query: 'v-html 쓰면 XSS 자동으로 막아지나요',
    expect: '출력 이스케이프(Output Escpaing)',
    category: 'question',
  },
  {
    query: "아이디에 ' OR '1'='1 넣으면 왜 로그인이 돼",
    expect: 'SQL 인젝션 원리',
    category: 'question',
  },
  {
    query: '에러 메시지 안 보여도 DB 정보 빼낼 수 있어?',
    expect: '블라인드 SQL 인젝션(Blind SQL Injection)',
    category: 'question',
  },
  {
    query: '게시판 에디터에서 HTML 태그 허용하려면 어떻게 해',
    expect: 'HTML 새니타이즈(HTML Sanitization)',
    category: 'question',
  },
  {
    query: 'CSP 켰는데 인라인 스크립트 꼭 써야 하면 어떻게 해',
    expect: '논스와 해시(Nonce & Hash)',
    category: 'question',
  },
  {
    query: '프런트에서 입력 검사했는데 서버에서도 또 해야 돼?',
    expect: '입력 검증(Input Validaton)',
    category: 'question',
  },
  { query: 'GET 요청에도 CSRF 토큰 검사해야 돼?', expect: 'CSRF 토큰(CSRF Token)', category: 'question' },
  { query: 'DB 계정 root로 앱 돌려도 돼?', expect: '최소 권한 원칙', category: 'question' },
  {
    query: 'HTTPS로만 접속하라고 브라우저에 기억시키려면',
    expect: '기타 보안 헤더(Security Headers)',
    category: 'question',
  },

  // spacing
  { query: '콘텐츠보안정책', expect: '콘텐츠 보안 정책(CSP)', category: 'spacing' },
  { query: '출력이스케이프', expect: '출력 이스케이프(Output Escpaing)', category: 'spacing' },
  { query: '반사형XSS', expect: '반사형 XSS(Reflected XSS)', category: 'spacing' },
  { query: '매개 변수화 된 쿼리', expect: '매개변수화된 쿼리', category: 'spacing' },

  // typo-query
  { query: '클릭제킹', expect: '클릭재킹(Clickjacking)', category: 'typo-query' },
  { query: '세니타이즈', expect: 'HTML 새니타이즈(HTML Sanitization)', category: 'typo-query' },
  { query: '이중 재출 쿠키', expect: '이중 제출 쿠키', category: 'typo-query' },
  { query: 'owsap top 10', expect: 'OWASP Top 10', category: 'typo-query' },
  {
    query: '블라인드 sql 인잭션',
    expect: '블라인드 SQL 인젝션(Blind SQL Injection)',
    category: 'typo-query',
  },

  // typo-notes (the notes misspell these)
  { query: 'input validation', expect: '입력 검증(Input Validaton)', category: 'typo-notes' },
  { query: 'output escaping', expect: '출력 이스케이프(Output Escpaing)', category: 'typo-notes' },
  { query: 'csp directives', expect: 'CSP 지시어(CSP Directves)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'zmfflrwozld', expect: '클릭재킹(Clickjacking)', category: 'keyboard' },
  { query: 'toslxkdlwm', expect: 'HTML 새니타이즈(HTML Sanitization)', category: 'keyboard' },
  { query: 'dlwnd wpcnf znzl', expect: '이중 제출 쿠키', category: 'keyboard' },

  // choseong
  { query: 'ㅋㄹㅈㅋ', expect: '클릭재킹(Clickjacking)', category: 'choseong' },
  { query: 'ㅊㅅㄱㅎㅇㅊ', expect: '최소 권한 원칙', category: 'choseong' },
  { query: 'ㅋㅌㅊㅂㅇㅈㅊ', expect: '콘텐츠 보안 정책(CSP)', category: 'choseong' },

  // english-glossary
  { query: 'CIA triad', expect: '보안의 3요소', category: 'english-glossary' },
  { query: 'double submit cookie', expect: '이중 제출 쿠키', category: 'english-glossary' },
  { query: 'parameterized query', expect: '매개변수화된 쿼리', category: 'english-glossary' },
  { query: 'principle of least privilege', expect: '최소 권한 원칙', category: 'english-glossary' },

  // english
  {
    query: 'malicious script saved in the database runs for every visitor',
    expect: '저장형 XSS(Stored XSS)',
    category: 'english',
  },
  {
    query: 'how to bind user values with placeholders instead of string concatenation',
    expect: '매개변수화된 쿼리',
    category: 'english',
  },
  {
    query: 'invisible iframe tricks the user into clicking a button',
    expect: '클릭재킹(Clickjacking)',
    category: 'english',
  },
  {
    query: 'allow one inline script with a random value per response',
    expect: '논스와 해시(Nonce & Hash)',
    category: 'english',
  },
  {
    query: "attacker page sends a request with the victim's cookies",
    expect: 'CSRF 공격 원리(Cross-Site Request Forgery)',
    category: 'english',
  },

  // paraphrase
  {
    query: '사용자가 쓴 글의 꺾쇠 기호를 코드 말고 글자로 보이게 바꿔서 찍기',
    expect: '출력 이스케이프(Output Escpaing)',
    category: 'paraphrase',
  },
  {
    query: '검색 링크에 심어둔 코드가 클릭 한 번에 그대로 되돌아와 실행되는 공격',
    expect: '반사형 XSS(Reflected XSS)',
    category: 'paraphrase',
  },
  {
    query: '응답이 몇 초 늦어지는지 보고 데이터를 한 글자씩 알아내기',
    expect: '블라인드 SQL 인젝션(Blind SQL Injection)',
    category: 'paraphrase',
  },
  {
    query: '서버에 값 안 남기고 브라우저 저장값이랑 헤더 값이 같은지만 보는 방식',
    expect: '이중 제출 쿠키',
    category: 'paraphrase',
  },
  {
    query: '요청이 어느 페이지에서 출발했는지 헤더로 보고 우리 사이트인지 판단하기',
    expect: 'Referer 검증(Referer Check)',
    category: 'paraphrase',
  },
  {
    query: '가장 흔한 웹 취약점 열 개를 모아 몇 년마다 발표하는 목록',
    expect: 'OWASP Top 10',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'XSS랑 CSRF 차이',
    expect: ['XSS 공격 원리(Cross-Site Scripting)', 'CSRF 공격 원리(Cross-Site Request Forgery)'],
    category: 'comparison',
    compare: ['XSS 공격 원리(Cross-Site Scripting)', 'CSRF 공격 원리(Cross-Site Request Forgery)'],
  },
  {
    query: '저장형 XSS vs 반사형 XSS',
    expect: ['저장형 XSS(Stored XSS)', '반사형 XSS(Reflected XSS)'],
    category: 'comparison',
    compare: ['저장형 XSS(Stored XSS)', '반사형 XSS(Reflected XSS)'],
  },
  {
    query: 'X-Frame-Options랑 frame-ancestors 차이가 뭐야',
    expect: ['X-Frame-Options', 'frame-ancestors'],
    category: 'comparison',
    compare: ['X-Frame-Options', 'frame-ancestors'],
  },
  {
    query: 'CSRF 토큰이랑 이중 제출 쿠키 뭐가 달라',
    expect: ['CSRF 토큰(CSRF Token)', '이중 제출 쿠키'],
    category: 'comparison',
    compare: ['CSRF 토큰(CSRF Token)', '이중 제출 쿠키'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 트래블링 규칙', expect: null, category: 'miss' },
  { query: '피아노 체르니 30번 연습 순서', expect: null, category: 'miss' },

  // miss-shared
  { query: '비밀번호 bcrypt 솔트 넣어서 저장하기', expect: null, category: 'miss-shared' },
  { query: 'JWT 서명 검증 방법', expect: null, category: 'miss-shared' },
  { query: 'OAuth 로그인 리다이렉트 URI 설정', expect: null, category: 'miss-shared' },
  { query: 'XXE XML 외부 엔티티 공격', expect: null, category: 'miss-shared' },
];
