import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '해시 함수', expect: '해시 함수(Hash Function)', category: 'plain' },
  { query: '암호 스위트', expect: '암호 스위트(Cipher Suite)', category: 'plain' },
  { query: '혼합 콘텐츠', expect: '혼합 콘텐츠(Mixed Content)', category: 'plain' },
  { query: '인증 기관', expect: '인증 기관(Certificate Authority)', category: 'plain' },

  // particles
  { query: 'HSTS가 뭐야', expect: 'HSTS(HTTP Strict Transport Security)', category: 'particles' },
  { query: '세션 재개란', expect: '세션 재개(Sesion Resumption)', category: 'particles' },
  {
    query: '자체 서명 인증서는 뭐임',
    expect: '자체 서명 인증서(Self-Signed Certificate)',
    category: 'particles',
  },
  { query: '다운그레이드 공격이 뭔데', expect: '다운그레이드 공격(Downgrade Attack)', category: 'particles' },
  { query: 'mTLS란', expect: '상호 TLS 인증(mTLS)', category: 'particles' },

  // question
  {
    query: '로컬에서 https 테스트하려면 인증서 어떻게 만들어',
    expect: '자체 서명 인증서(Self-Signed Certificate)',
    category: 'question',
  },
  {
    query: '안드로이드에서만 인증서 검증 실패해요',
    expect: '인증서 체인(Certficate Chain)',
    category: 'question',
  },
  {
    query: 'https 페이지에서 http 스크립트 불러오면 왜 안 돼요',
    expect: '혼합 콘텐츠(Mixed Content)',
    category: 'question',
  },
  {
    query: '무료 인증서 90일마다 만료되는데 어떻게 해',
    expect: "렛츠인크립트(Let's Encrypt)",
    category: 'question',
  },
  {
    query: '서버 80 포트 외부에 안 열려 있는데 인증서 발급 받을 수 있어?',
    expect: 'DNS-01 챌린지',
    category: 'question',
  },
  {
    query: '주소창에 http로 쳐도 자동으로 https로 가게 하려면',
    expect: 'HSTS(HTTP Strict Transport Security)',
    category: 'question',
  },
  { query: '0-RTT 쓰면 뭐가 위험해', expect: 'TLS 1.3 핸드셰이크', category: 'question' },
  { query: '서명할 때는 개인키로 해 공개키로 해?', expect: '전자 서명', category: 'question' },
  {
    query: '한 IP에 도메인 여러 개 있으면 인증서 어떻게 골라',
    expect: '서버 이름 표시(SNI)',
    category: 'question',
  },
  { query: '앱에서 서버 인증서 바꿨더니 연결이 다 안 돼요', expect: '인증서 고정', category: 'question' },

  // spacing
  { query: '대칭키암호화', expect: '대칭키 암호화(Symmetric Key Encryption)', category: 'spacing' },
  { query: '인증서폐기확인', expect: '인증서 폐기 확인', category: 'spacing' },
  { query: '중간자공격', expect: '중간자 공격', category: 'spacing' },
  { query: '상호TLS인증', expect: '상호 TLS 인증(mTLS)', category: 'spacing' },

  // typo-query
  { query: '다운그래이드 공격', expect: '다운그레이드 공격(Downgrade Attack)', category: 'typo-query' },
  { query: 'OCSP 스태이플링', expect: 'OCSP 스테이플링(OCSP Stapling)', category: 'typo-query' },
  { query: '렛츠엔크립트', expect: "렛츠인크립트(Let's Encrypt)", category: 'typo-query' },
  { query: '인증서 채인', expect: '인증서 체인(Certficate Chain)', category: 'typo-query' },
  { query: 'ECDHE 키 교한', expect: 'ECDHE 키 교환', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'asymmetric encryption', expect: '비대칭키 암호화(Asymetric Encryption)', category: 'typo-notes' },
  { query: 'certificate chain', expect: '인증서 체인(Certficate Chain)', category: 'typo-notes' },
  { query: 'session resumption', expect: '세션 재개(Sesion Resumption)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'gotl gkatn', expect: '해시 함수(Hash Function)', category: 'keyboard' },
  { query: 'fptcmdlszmflqxm', expect: "렛츠인크립트(Let's Encrypt)", category: 'keyboard' },
  { query: 'ghsgkq zhsxpscm', expect: '혼합 콘텐츠(Mixed Content)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅂㅎ ㅂㅁㅅ', expect: '순방향 비밀성', category: 'choseong' },
  { query: 'ㅈㅊ ㅅㅁ ㅇㅈㅅ', expect: '자체 서명 인증서(Self-Signed Certificate)', category: 'choseong' },
  { query: 'ㅇㅈ ㄱㄱ', expect: '인증 기관(Certificate Authority)', category: 'choseong' },

  // english-glossary
  { query: 'digital signature', expect: '전자 서명', category: 'english-glossary' },
  { query: 'forward secrecy', expect: '순방향 비밀성', category: 'english-glossary' },
  { query: 'man in the middle attack', expect: '중간자 공격', category: 'english-glossary' },
  { query: 'certificate pinning', expect: '인증서 고정', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how does the TLS 1.2 handshake work', expect: 'TLS 1.2 핸드셰이크', category: 'english' },
  {
    query: 'free certificate authority with automatic renewal',
    expect: "렛츠인크립트(Let's Encrypt)",
    category: 'english',
  },
  {
    query: 'force the browser to always use https',
    expect: 'HSTS(HTTP Strict Transport Security)',
    category: 'english',
  },
  {
    query: 'which certificate to send when many domains share one IP',
    expect: '서버 이름 표시(SNI)',
    category: 'english',
  },
  {
    query: 'client also presents a certificate to the server',
    expect: '상호 TLS 인증(mTLS)',
    category: 'english',
  },

  // paraphrase
  {
    query: '루트부터 서버까지 서명이 줄줄이 이어진 구조',
    expect: '인증서 체인(Certficate Chain)',
    category: 'paraphrase',
  },
  {
    query: '유효한지 미리 받아둔 응답을 서버가 연결할 때 같이 붙여주는 방식',
    expect: 'OCSP 스테이플링(OCSP Stapling)',
    category: 'paraphrase',
  },
  {
    query: '토큰 파일을 웹서버 특정 경로에 올려서 도메인 주인인지 증명',
    expect: 'HTTP-01 챌린지',
    category: 'paraphrase',
  },
  {
    query: '예전에 붙었던 서버면 처음부터 다시 협상 안 하고 빨리 연결하는 것',
    expect: '세션 재개(Sesion Resumption)',
    category: 'paraphrase',
  },
  {
    query: '중간에서 낮은 버전 프로토콜 쓰게 속이는 수법',
    expect: '다운그레이드 공격(Downgrade Attack)',
    category: 'paraphrase',
  },
  {
    query: '조직이 실제로 존재하는지 서류로 심사해서 발급',
    expect: 'OV 인증서(Organization Validation)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '대칭키 vs 비대칭키',
    expect: ['대칭키 암호화(Symmetric Key Encryption)', '비대칭키 암호화(Asymetric Encryption)'],
    category: 'comparison',
    compare: ['대칭키 암호화(Symmetric Key Encryption)', '비대칭키 암호화(Asymetric Encryption)'],
  },
  {
    query: 'TLS 1.2랑 1.3 핸드셰이크 차이',
    expect: ['TLS 1.2 핸드셰이크', 'TLS 1.3 핸드셰이크'],
    category: 'comparison',
    compare: ['TLS 1.2 핸드셰이크', 'TLS 1.3 핸드셰이크'],
  },
  {
    query: 'RSA 키 교환이랑 ECDHE 차이',
    expect: ['RSA 키 교환', 'ECDHE 키 교환'],
    category: 'comparison',
    compare: ['RSA 키 교환', 'ECDHE 키 교환'],
  },
  {
    query: 'HTTP-01 DNS-01 챌린지 차이',
    expect: ['HTTP-01 챌린지', 'DNS-01 챌린지'],
    category: 'comparison',
    compare: ['HTTP-01 챌린지', 'DNS-01 챌린지'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 트래블링 규칙', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'JWT 토큰 인증 방식', expect: null, category: 'miss-shared' },
  { query: 'XSS 공격 막는 법', expect: null, category: 'miss-shared' },
  { query: 'bcrypt로 비밀번호 해싱할 때 솔트', expect: null, category: 'miss-shared' },
  { query: 'SSH 공개키로 서버 로그인 설정', expect: null, category: 'miss-shared' },
];
