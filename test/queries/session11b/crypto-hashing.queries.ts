import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '솔트', expect: '솔트(Salt)', category: 'plain' },
  { query: '키 교환', expect: '키 교환(Diffie-Hellman)', category: 'plain' },
  { query: '무결성 검증', expect: '무결성 검증(Integrity Check)', category: 'plain' },
  { query: '공개키 인증서', expect: '공개키 인증서(Certificate)', category: 'plain' },

  // particles
  { query: '해시 함수가 뭐야', expect: '해시 함수(Hash Function)', category: 'particles' },
  { query: '비크립트란', expect: '비크립트(bcrypt)', category: 'particles' },
  { query: '레인보우 테이블이 뭐임', expect: '레인보우 테이블(Rainbow Tabel)', category: 'particles' },
  { query: '전자 서명은 뭐야', expect: '전자 서명(Digital Signatre)', category: 'particles' },
  { query: '키 스트레칭이란', expect: '키 스트레칭', category: 'particles' },

  // question
  {
    query: '비밀번호 저장할 때 SHA-256 한 번만 돌리면 왜 안 돼',
    expect: '키 스트레칭',
    category: 'question',
  },
  { query: '같은 비번 쓰는 사람들 해시값이 똑같이 나와요', expect: '솔트(Salt)', category: 'question' },
  {
    query: 'JWT payload 디코딩하면 내용 다 보이는데 괜찮은 거야?',
    expect: 'JWT 서명(JWT Signature)',
    category: 'question',
  },
  {
    query: '다운받은 파일이 중간에 바뀌었는지 어떻게 확인해',
    expect: '무결성 검증(Integrity Check)',
    category: 'question',
  },
  {
    query: '웹훅 요청이 진짜 그 서비스에서 온 건지 확인하려면',
    expect: 'HMAC(Hash-based MAC)',
    category: 'question',
  },
  { query: '암호화 키 소스코드에 그냥 박아둬도 돼?', expect: '키 관리(Key Managment)', category: 'question' },
  { query: 'ECB로 이미지 암호화하면 왜 윤곽이 보여', expect: 'ECB 모드', category: 'question' },
  {
    query: '공개키 방식이 안전하면 왜 데이터 전체를 그걸로 안 잠가',
    expect: '하이브리드 암호화',
    category: 'question',
  },
  { query: 'MD5 아직 보안용으로 써도 돼?', expect: 'MD5(Message Digest 5)', category: 'question' },
  { query: 'bcrypt cost 값 올리면 뭐가 달라져', expect: '비크립트(bcrypt)', category: 'question' },

  // spacing
  { query: '대칭키암호화', expect: '대칭키 암호화(Symmetric Encryption)', category: 'spacing' },
  { query: '레인보우테이블', expect: '레인보우 테이블(Rainbow Tabel)', category: 'spacing' },
  { query: '공개 키 인증서', expect: '공개키 인증서(Certificate)', category: 'spacing' },
  { query: '해시함수', expect: '해시 함수(Hash Function)', category: 'spacing' },

  // typo-query
  { query: '솔투', expect: '솔트(Salt)', category: 'typo-query' },
  { query: 'bcyrpt', expect: '비크립트(bcrypt)', category: 'typo-query' },
  { query: '레인보우 태이블', expect: '레인보우 테이블(Rainbow Tabel)', category: 'typo-query' },
  { query: 'diffie hellmann', expect: '키 교환(Diffie-Hellman)', category: 'typo-query' },
  { query: '전자 서멍', expect: '전자 서명(Digital Signatre)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'key management', expect: '키 관리(Key Managment)', category: 'typo-notes' },
  { query: 'rainbow table', expect: '레인보우 테이블(Rainbow Tabel)', category: 'typo-notes' },
  { query: 'digital signature', expect: '전자 서명(Digital Signatre)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qndls qkdwl', expect: '부인 방지', category: 'keyboard' },
  { query: 'wjswk tjaud', expect: '전자 서명(Digital Signatre)', category: 'keyboard' },
  { query: 'thfxm', expect: '솔트(Salt)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅇㅂㅇㅌㅇㅂ', expect: '레인보우 테이블(Rainbow Tabel)', category: 'choseong' },
  { query: 'ㅋㅅㅌㄹㅊ', expect: '키 스트레칭', category: 'choseong' },
  { query: 'ㄴㅅㅌㅎㄱ', expect: '눈사태 효과', category: 'choseong' },

  // english-glossary
  { query: 'elliptic curve cryptography', expect: '타원 곡선 암호', category: 'english-glossary' },
  { query: 'non-repudiation', expect: '부인 방지', category: 'english-glossary' },
  { query: 'avalanche effect', expect: '눈사태 효과', category: 'english-glossary' },
  { query: 'key stretching', expect: '키 스트레칭', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does public key encryption work',
    expect: '비대칭키 암호화(Asymmetric Encryption)',
    category: 'english',
  },
  { query: 'why hashing is not encryption', expect: '해시 함수(Hash Function)', category: 'english' },
  {
    query: 'same secret key to lock and unlock data',
    expect: '대칭키 암호화(Symmetric Encryption)',
    category: 'english',
  },
  {
    query: 'sign with private key and verify with public key',
    expect: '전자 서명(Digital Signatre)',
    category: 'english',
  },
  { query: 'algorithm based on factoring large numbers', expect: 'RSA', category: 'english' },

  // paraphrase
  {
    query: '자주 쓰는 비번들 결과값을 미리 뽑아둔 조회표로 푸는 공격',
    expect: '레인보우 테이블(Rainbow Tabel)',
    category: 'paraphrase',
  },
  {
    query: '이 도메인 주인이 맞다고 믿을 만한 기관이 보증해주는 문서',
    expect: '공개키 인증서(Certificate)',
    category: 'paraphrase',
  },
  { query: '나중에 내가 보낸 거 아니라고 발뺌 못 하게 하는 것', expect: '부인 방지', category: 'paraphrase' },
  {
    query: '엿듣는 사람 있어도 두 사람이 공통 비밀 숫자 합의하는 방법',
    expect: '키 교환(Diffie-Hellman)',
    category: 'paraphrase',
  },
  {
    query: '느린 공개키로는 세션 키만 넘기고 본문은 빠른 방식으로 잠그기',
    expect: '하이브리드 암호화',
    category: 'paraphrase',
  },
  {
    query: '메모리를 많이 먹게 해서 그래픽카드 대입 공격 막는 비번 해싱',
    expect: 'Argon2와 scrypt',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '대칭키 비대칭키 차이',
    expect: ['대칭키 암호화(Symmetric Encryption)', '비대칭키 암호화(Asymmetric Encryption)'],
    category: 'comparison',
    compare: ['대칭키 암호화(Symmetric Encryption)', '비대칭키 암호화(Asymmetric Encryption)'],
  },
  {
    query: 'MD5 vs SHA-256',
    expect: ['MD5(Message Digest 5)', 'SHA-256'],
    category: 'comparison',
    compare: ['MD5(Message Digest 5)', 'SHA-256'],
  },
  {
    query: 'ECB랑 CBC 차이가 뭐야',
    expect: ['ECB 모드', 'CBC 모드'],
    category: 'comparison',
    compare: ['ECB 모드', 'CBC 모드'],
  },
  {
    query: 'bcrypt랑 argon2 중에 뭐 써',
    expect: ['비크립트(bcrypt)', 'Argon2와 scrypt'],
    category: 'comparison',
    compare: ['비크립트(bcrypt)', 'Argon2와 scrypt'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응 차이', expect: null, category: 'miss' },

  // miss-shared
  { query: '양자 암호 키 분배 원리', expect: null, category: 'miss-shared' },
  { query: '블록체인 채굴 작업 증명 해시', expect: null, category: 'miss-shared' },
  { query: '자바 HashMap 해시 충돌 처리', expect: null, category: 'miss-shared' },
  { query: 'ssh-keygen으로 SSH 키 생성', expect: null, category: 'miss-shared' },
];
