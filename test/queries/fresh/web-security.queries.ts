import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'CSRF 토큰', expect: 'CSRF 토큰', category: 'plain' },
  { query: '솔트', expect: '솔트(Salt)', category: 'plain' },
  { query: 'SameSite 쿠키', expect: 'SameSite 쿠키', category: 'plain' },
  { query: '저장형 XSS', expect: '저장형 XSS(Stored XSS)', category: 'plain' },
  { query: 'CORS', expect: 'CORS 동작 방식', category: 'plain' },

  // particles
  { query: 'XSS가 뭐야', expect: 'XSS(Cross-Site Scripting)', category: 'particles' },
  { query: '솔트를 쓰는 이유', expect: '솔트(Salt)', category: 'particles' },
  { query: '인증서의 역할', expect: '인증서(Certificate)와 CA', category: 'particles' },
  { query: '동일 출처 정책이란', expect: '동일 출처 정책(Same-Origin Policy)', category: 'particles' },
  { query: 'SQL 인젝션을 막는 법', expect: '파라미터 바인딩(Prepared Statement)', category: 'particles' },

  // question
  { query: 'CORS 에러는 왜 포스트맨에서는 안 나요', expect: 'CORS 동작 방식', category: 'question' },
  {
    query: 'OPTIONS 요청은 왜 먼저 가요',
    expect: '프리플라이트 요청(Preflight Request)',
    category: 'question',
  },
  {
    query: '비밀번호는 DB에 어떻게 저장해야 해',
    expect: ['비밀번호 저장', 'bcrypt와 키 스트레칭'],
    category: 'question',
  },
  {
    query: 'SHA-256으로 비번 해시하면 안 되나요',
    expect: ['해시 함수(Hash Function)', 'bcrypt와 키 스트레칭'],
    category: 'question',
  },
  { query: 'HttpOnly 쿠키는 뭘 막아줘', expect: 'XSS 방어', category: 'question' },
  {
    query: 'TLS는 왜 대칭키랑 공개키를 둘 다 써요',
    expect: ['TLS 핸드쉐이크(Handshake)', '공개키 암호화 > 장점과 단점'],
    category: 'question',
  },
  { query: '인증서가 만료되면 어떻게 돼요', expect: '인증서(Certificate)와 CA', category: 'question' },
  { query: 'SameSite Lax는 언제 쿠키를 보내나요', expect: 'SameSite 쿠키', category: 'question' },
  { query: '로그인은 됐는데 권한이 없으면 몇 번 에러야', expect: '인증과 인가', category: 'question' },
  {
    query: '프론트에서 버튼만 숨기면 안전한가요',
    expect: '클라이언트 입력은 믿지 않기',
    category: 'question',
  },
  { query: '솔트는 비밀로 숨겨놔야 돼?', expect: '솔트(Salt)', category: 'question' },
  {
    query: 'localhost 3000이랑 8000은 왜 다른 출처예요',
    expect: '동일 출처 정책(Same-Origin Policy)',
    category: 'question',
  },

  // spacing
  { query: '동일출처정책', expect: '동일 출처 정책(Same-Origin Policy)', category: 'spacing' },
  { query: '반사형xss', expect: '반사형 XSS(Reflected XSS)', category: 'spacing' },
  { query: '공개키암호화', expect: '공개키 암호화', category: 'spacing' },
  { query: '키스트레칭', expect: 'bcrypt와 키 스트레칭', category: 'spacing' },
  { query: 'sql인젝션방어', expect: '파라미터 바인딩(Prepared Statement)', category: 'spacing' },

  // typo-query
  { query: 'XXS 공격', expect: 'XSS(Cross-Site Scripting)', category: 'typo-query' },
  { query: 'CRSF 토큰', expect: 'CSRF 토큰', category: 'typo-query' },
  { query: '프리플라이트 요쳥', expect: '프리플라이트 요청(Preflight Request)', category: 'typo-query' },
  {
    query: 'SQL 인잭션',
    expect: ['SQL 인젝션(SQL Injection)', 'SQL 인젝션(SQL Injection) > 공격 원리'],
    category: 'typo-query',
  },
  { query: '대칭기 암호화', expect: '대칭키 암호화', category: 'typo-query' },
  { query: 'bcrpyt', expect: 'bcrypt와 키 스트레칭', category: 'typo-query' },

  // typo-notes (notes spell these 이스캐이프, 래인보우, 핸드쉐이크, 렌덤; also 그제서야)
  { query: 'HTML 이스케이프', expect: 'XSS 방어', category: 'typo-notes' },
  { query: '레인보우 테이블', expect: '솔트(Salt)', category: 'typo-notes' },
  { query: 'TLS 핸드셰이크 과정', expect: 'TLS 핸드쉐이크(Handshake)', category: 'typo-notes' },
  { query: '폼에 랜덤 토큰 숨겨서 보내기', expect: 'CSRF 토큰', category: 'typo-notes' },

  // keyboard (솔트, 인증서, 동일 출처 typed on an English layout)
  { query: 'thfxm', expect: '솔트(Salt)', category: 'keyboard' },
  { query: 'dlswmdtj', expect: '인증서(Certificate)와 CA', category: 'keyboard' },
  { query: 'ehddlf cnfcj', expect: '동일 출처 정책(Same-Origin Policy)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅇ ㅊㅊ ㅈㅊ', expect: '동일 출처 정책(Same-Origin Policy)', category: 'choseong' },
  { query: 'ㅍㄹㅍㄹㅇㅌ', expect: '프리플라이트 요청(Preflight Request)', category: 'choseong' },
  { query: 'ㅋ ㅅㅌㄹㅊ', expect: 'bcrypt와 키 스트레칭', category: 'choseong' },

  // english-glossary
  { query: 'stored xss', expect: '저장형 XSS(Stored XSS)', category: 'english-glossary' },
  { query: 'key stretching', expect: 'bcrypt와 키 스트레칭', category: 'english-glossary' },
  { query: 'same origin policy', expect: '동일 출처 정책(Same-Origin Policy)', category: 'english-glossary' },
  { query: 'rainbow table', expect: '솔트(Salt)', category: 'english-glossary' },
  {
    query: 'cross site request forgery',
    expect: ['CSRF(Cross-Site Request Forgery)', 'CSRF 공격 원리'],
    category: 'english-glossary',
  },

  // english (notes say these only in Korean or by description)
  { query: 'escape html special characters', expect: 'XSS 방어', category: 'english' },
  { query: 'symmetric key encryption', expect: '대칭키 암호화', category: 'english' },
  { query: 'asymmetric encryption', expect: '공개키 암호화', category: 'english' },
  { query: 'free ssl certificate renewal', expect: '인증서(Certificate)와 CA', category: 'english' },
  { query: 'eavesdropping on public wifi', expect: 'HTTPS', category: 'english' },
  { query: 'never trust user input', expect: '클라이언트 입력은 믿지 않기', category: 'english' },

  // paraphrase
  {
    query: '댓글에 스크립트를 심어두고 읽는 사람마다 실행되게 하는 공격',
    expect: '저장형 XSS(Stored XSS)',
    category: 'paraphrase',
  },
  {
    query: '로그인된 사용자 몰래 다른 사이트에서 송금 요청을 보내게 만드는 공격',
    expect: 'CSRF 공격 원리',
    category: 'paraphrase',
  },
  {
    query: '아이디 칸에 따옴표 넣어서 비밀번호 없이 로그인하기',
    expect: 'SQL 인젝션(SQL Injection) > 공격 원리',
    category: 'paraphrase',
  },
  {
    query: '같은 비번이어도 저장되는 값이 사람마다 다르게 나오게 하는 방법',
    expect: '솔트(Salt)',
    category: 'paraphrase',
  },
  {
    query: '이 공개키가 진짜 그 사이트 것이라고 보증해주는 문서',
    expect: '인증서(Certificate)와 CA',
    category: 'paraphrase',
  },
  {
    query: '포트만 다른 서버의 응답도 브라우저가 못 읽게 막는 규칙',
    expect: '동일 출처 정책(Same-Origin Policy)',
    category: 'paraphrase',
  },
  {
    query: '해시를 일부러 엄청 여러 번 돌려서 느리게 만드는 기법',
    expect: 'bcrypt와 키 스트레칭',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'XSS랑 CSRF 차이',
    expect: ['XSS(Cross-Site Scripting)', 'CSRF 공격 원리'],
    category: 'comparison',
    compare: ['XSS(Cross-Site Scripting)', 'CSRF 공격 원리'],
  },
  {
    query: '저장형 XSS vs 반사형 XSS',
    expect: ['저장형 XSS(Stored XSS)', '반사형 XSS(Reflected XSS)'],
    category: 'comparison',
    compare: ['저장형 XSS(Stored XSS)', '반사형 XSS(Reflected XSS)'],
  },
  {
    query: '대칭키와 공개키 암호화 비교',
    expect: ['대칭키 암호화', '공개키 암호화'],
    category: 'comparison',
    compare: ['대칭키 암호화', '공개키 암호화'],
  },
  {
    query: 'CSRF 토큰이랑 SameSite 쿠키 차이',
    expect: ['CSRF 토큰', 'SameSite 쿠키'],
    category: 'comparison',
    compare: ['CSRF 토큰', 'SameSite 쿠키'],
  },
  {
    query: '동일 출처 정책과 CORS 차이',
    expect: ['동일 출처 정책(Same-Origin Policy)', 'CORS 동작 방식'],
    category: 'comparison',
    compare: ['동일 출처 정책(Same-Origin Policy)', 'CORS 동작 방식'],
  },

  // miss
  { query: '피아노 코드 진행 연습', expect: null, category: 'miss' },
  { query: '미적분 연쇄 법칙', expect: null, category: 'miss' },
  { query: '쿠버네티스 헬름 차트 배포', expect: null, category: 'miss' },

  // miss-shared (OAuth, JWT, DDoS, 클릭재킹, 방화벽, OTP appear nowhere in the chapter)
  { query: 'OAuth 2.0 인가 코드 흐름', expect: null, category: 'miss-shared' },
  { query: 'JWT 서명 검증 방법', expect: null, category: 'miss-shared' },
  { query: 'DDoS 공격 막는 방법', expect: null, category: 'miss-shared' },
  { query: '클릭재킹 X-Frame-Options 헤더', expect: null, category: 'miss-shared' },
  { query: '방화벽 인바운드 포트 열기', expect: null, category: 'miss-shared' },
  { query: '2단계 인증 OTP 설정', expect: null, category: 'miss-shared' },
];
