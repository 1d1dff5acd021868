import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '인증서 고정', expect: '인증서 고정(Certificate Pinning)', category: 'plain' },
  { query: '신뢰 저장소', expect: '신뢰 저장소(Trust Store)', category: 'plain' },
  { query: '키 교환', expect: '키 교환(Key Exchange)', category: 'plain' },
  { query: '인증서 투명성', expect: '인증서 투명성(Certificate Transparency)', category: 'plain' },

  // particles
  { query: '인증 기관이 뭐야', expect: '인증 기관(Certificate Authority)', category: 'particles' },
  { query: '해시 함수란', expect: '해시 함수(Hash Function)', category: 'particles' },
  { query: '전자 서명은 뭐임', expect: '전자 서명(Digital Signiture)', category: 'particles' },
  { query: '검증 수준이란', expect: '검증 수준(Validation Level)', category: 'particles' },
  { query: '레츠인크립트가 뭔데', expect: "레츠인크립트(Let's Encrypt)", category: 'particles' },

  // question
  { query: '모바일에서만 unable to get local issuer 에러 떠요', expect: '인증서 체인', category: 'question' },
  {
    query: '와일드카드 인증서로 a.b.example.com 안 돼요',
    expect: '주체 대체 이름(Subject Alternative Nmae)',
    category: 'question',
  },
  {
    query: '인증서 갱신했는데 브라우저엔 아직 옛날 거 보여',
    expect: '인증서 갱신(Renwal)',
    category: 'question',
  },
  { query: '개인키 유출되면 만료 전에 인증서 어떻게 무효화해', expect: '인증서 폐기', category: 'question' },
  { query: 'CSR 만들 때 개인키도 같이 보내야 돼?', expect: '인증서 서명 요청', category: 'question' },
  {
    query: '로컬 개발할 때 https 경고 안 뜨게 하려면',
    expect: '자체 서명 인증서(Self-Signed Certificate)',
    category: 'question',
  },
  {
    query: '서버 인증서 내용 터미널에서 보려면 뭐 쳐',
    expect: 'openssl 명령어(OpenSSL Commands)',
    category: 'question',
  },
  {
    query: '공개키 방식은 왜 데이터 전체 암호화에 안 써',
    expect: '공개키 암호(Public Key Cryptography)',
    category: 'question',
  },
  { query: '사내 CA 인증서를 자바가 안 믿어요', expect: '신뢰 저장소(Trust Store)', category: 'question' },
  {
    query: '와일드카드 인증서 발급받으려면 도메인 확인 뭘로 해',
    expect: "레츠인크립트(Let's Encrypt)",
    category: 'question',
  },

  // spacing
  { query: '인증서서명요청', expect: '인증서 서명 요청', category: 'spacing' },
  { query: '자체서명인증서', expect: '자체 서명 인증서(Self-Signed Certificate)', category: 'spacing' },
  { query: '주체대체이름', expect: '주체 대체 이름(Subject Alternative Nmae)', category: 'spacing' },
  { query: 'TLS핸드셰이크', expect: 'TLS 핸드셰이크(TLS Handshake)', category: 'spacing' },

  // typo-query
  { query: '인증서 페기', expect: '인증서 폐기', category: 'typo-query' },
  { query: 'TLS 핸드쉐이크', expect: 'TLS 핸드셰이크(TLS Handshake)', category: 'typo-query' },
  { query: '레츠인크립', expect: "레츠인크립트(Let's Encrypt)", category: 'typo-query' },
  { query: 'certificate pining', expect: '인증서 고정(Certificate Pinning)', category: 'typo-query' },
  { query: '대칭기 암호', expect: '대칭키 암호(Symmetric Key)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'digital signature', expect: '전자 서명(Digital Signiture)', category: 'typo-notes' },
  {
    query: 'subject alternative name',
    expect: '주체 대체 이름(Subject Alternative Nmae)',
    category: 'typo-notes',
  },
  { query: 'certificate renewal', expect: '인증서 갱신(Renwal)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'gotlgkatn', expect: '해시 함수(Hash Function)', category: 'keyboard' },
  { query: 'tlsfhl wjwkdth', expect: '신뢰 저장소(Trust Store)', category: 'keyboard' },
  { query: 'wjswk tjaud', expect: '전자 서명(Digital Signiture)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅎㅇㅈ', expect: '상호 인증', category: 'choseong' },
  { query: 'ㅇㅈㅅ ㅌㅁㅅ', expect: '인증서 투명성(Certificate Transparency)', category: 'choseong' },
  { query: 'ㄱㄱㅋ ㅇㅎ', expect: '공개키 암호(Public Key Cryptography)', category: 'choseong' },

  // english-glossary (notes use only the Korean term)
  { query: 'certificate chain', expect: '인증서 체인', category: 'english-glossary' },
  { query: 'certificate signing request', expect: '인증서 서명 요청', category: 'english-glossary' },
  { query: 'certificate revocation', expect: '인증서 폐기', category: 'english-glossary' },
  { query: 'mutual TLS authentication', expect: '상호 인증', category: 'english-glossary' },

  // english
  { query: 'how does the TLS handshake work', expect: 'TLS 핸드셰이크(TLS Handshake)', category: 'english' },
  {
    query: 'basic constraints and key usage fields',
    expect: '인증서 확장 필드(Extensions)',
    category: 'english',
  },
  {
    query: 'forward secrecy with ephemeral diffie hellman',
    expect: '키 교환(Key Exchange)',
    category: 'english',
  },
  {
    query: 'what fields are inside an x509 certificate',
    expect: 'X.509 인증서(X.509 Certificate)',
    category: 'english',
  },
  {
    query: 'public log of all issued certificates',
    expect: '인증서 투명성(Certificate Transparency)',
    category: 'english',
  },

  // paraphrase
  {
    query: '같은 비밀 열쇠로 잠그고 여는 방식',
    expect: '대칭키 암호(Symmetric Key)',
    category: 'paraphrase',
  },
  {
    query: '앱에 서버 공개키 지문을 박아놔서 다른 건 거부',
    expect: '인증서 고정(Certificate Pinning)',
    category: 'paraphrase',
  },
  {
    query: '입력이 조금만 달라져도 완전히 다른 고정 길이 값이 나오는 일방향 계산',
    expect: '해시 함수(Hash Function)',
    category: 'paraphrase',
  },
  {
    query: '도메인 소유만 볼지 회사 실체까지 볼지 심사 등급',
    expect: '검증 수준(Validation Level)',
    category: 'paraphrase',
  },
  {
    query: '서버뿐 아니라 접속하는 쪽도 자기 신원 증명서를 내게 하는 것',
    expect: '상호 인증',
    category: 'paraphrase',
  },
  {
    query: '도메인 주인인지 심사해서 증명서에 도장 찍어주는 회사',
    expect: '인증 기관(Certificate Authority)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '대칭키 공개키 차이',
    expect: ['대칭키 암호(Symmetric Key)', '공개키 암호(Public Key Cryptography)'],
    category: 'comparison',
    compare: ['대칭키 암호(Symmetric Key)', '공개키 암호(Public Key Cryptography)'],
  },
  {
    query: 'CRL vs OCSP',
    expect: ['CRL', 'OCSP'],
    category: 'comparison',
    compare: ['CRL', 'OCSP'],
  },
  {
    query: '루트 CA랑 중간 CA 차이가 뭐야',
    expect: ['루트 CA', '중간 CA'],
    category: 'comparison',
    compare: ['루트 CA', '중간 CA'],
  },
  {
    query: 'PEM DER 차이',
    expect: ['PEM', 'DER'],
    category: 'comparison',
    compare: ['PEM', 'DER'],
  },

  // miss
  { query: '마라톤 페이스 조절 방법', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '임진왜란 해전 순서', expect: null, category: 'miss' },

  // miss-shared
  { query: 'ssh-keygen으로 SSH 키 생성', expect: null, category: 'miss-shared' },
  { query: 'JWT 서명 검증 방법', expect: null, category: 'miss-shared' },
  { query: 'PGP로 이메일 암호화', expect: null, category: 'miss-shared' },
  { query: '비트코인 지갑 개인키 보관', expect: null, category: 'miss-shared' },
];
