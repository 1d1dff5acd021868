import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '정산', expect: '정산(Settlement)', category: 'plain' },
  { query: '멱등 키', expect: '멱등 키(Idempotency Key)', category: 'plain' },
  { query: '빌링키', expect: '빌링키와 정기결제(Recurring Payment)', category: 'plain' },
  { query: '대사 작업', expect: '대사 작업', category: 'plain' },

  // particles
  { query: '웹훅이 뭐야', expect: '웹훅(Webhook)', category: 'particles' },
  { query: '간편결제란', expect: '간편결제(Easy Payment)', category: 'particles' },
  { query: '부분 취소는 어떻게 함', expect: '부분 취소(Partial Cancle)', category: 'particles' },
  { query: '3D 시큐어가 뭐임', expect: '3D 시큐어(3D Secure)', category: 'particles' },
  { query: 'PG사의 역할', expect: 'PG사(Payment Gateway)', category: 'particles' },

  // question
  {
    query: '결제 성공 리다이렉트로 온 amount 그대로 믿어도 돼?',
    expect: '결제 검증(Payment Verificaton)',
    category: 'question',
  },
  { query: '승인 API 프론트에서 호출하면 안 되는 이유', expect: '승인(Authorizaton)', category: 'question' },
  {
    query: '고객이 결제하고 브라우저 꺼버리면 결제 완료 어떻게 알아',
    expect: '웹훅(Webhook)',
    category: 'question',
  },
  { query: '버튼 연타해서 결제 두 번 되는 거 막으려면', expect: '중복 결제 방지', category: 'question' },
  {
    query: '승인 요청 응답이 안 오는데 실패로 처리해도 돼?',
    expect: '네트워크 타임아웃',
    category: 'question',
  },
  { query: '웹훅 요청이 진짜 PG사에서 온 건지 어떻게 확인해', expect: '서명 검증', category: 'question' },
  { query: '가상계좌로 입금한 사람 환불은 어떻게 해줘', expect: '가상계좌 환불', category: 'question' },
  {
    query: '구독 서비스 매달 자동으로 결제하려면 어떻게 해',
    expect: '빌링키와 정기결제(Recurring Payment)',
    category: 'question',
  },
  { query: 'CVC 저장해도 돼?', expect: 'PCI DSS 준수(PCI DSS)', category: 'question' },
  { query: '우리 DB랑 PG 거래 내역 금액이 안 맞아요', expect: '대사 작업', category: 'question' },

  // spacing
  { query: '결제수단종류', expect: '결제 수단 종류', category: 'spacing' },
  { query: '중복결제방지', expect: '중복 결제 방지', category: 'spacing' },
  { query: '카드정보 토큰화', expect: '카드 정보 토큰화', category: 'spacing' },
  { query: '결제상태관리', expect: '결제 상태 관리', category: 'spacing' },

  // typo-query
  { query: '멱득 키', expect: '멱등 키(Idempotency Key)', category: 'typo-query' },
  { query: '간펀결제', expect: '간편결제(Easy Payment)', category: 'typo-query' },
  { query: '웹흑', expect: '웹훅(Webhook)', category: 'typo-query' },
  { query: '빌링퀴 정기결제', expect: '빌링키와 정기결제(Recurring Payment)', category: 'typo-query' },
  { query: '3D 시큐얼', expect: '3D 시큐어(3D Secure)', category: 'typo-query' },

  // typo-notes
  { query: 'authorization', expect: '승인(Authorizaton)', category: 'typo-notes' },
  { query: 'payment verification', expect: '결제 검증(Payment Verificaton)', category: 'typo-notes' },
  { query: 'partial cancel', expect: '부분 취소(Partial Cancle)', category: 'typo-notes' },

  // keyboard
  { query: 'auremd zl', expect: '멱등 키(Idempotency Key)', category: 'keyboard' },
  { query: 'wjdtks', expect: '정산(Settlement)', category: 'keyboard' },
  { query: 'xhzmsghk', expect: '카드 정보 토큰화', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅍㄱㅈ', expect: '간편결제(Easy Payment)', category: 'choseong' },
  { query: 'ㄷㅅ ㅈㅇ', expect: '대사 작업', category: 'choseong' },
  { query: 'ㅈㅂ ㄱㅈ ㅂㅈ', expect: '중복 결제 방지', category: 'choseong' },

  // english-glossary
  { query: 'reconciliation', expect: '대사 작업', category: 'english-glossary' },
  { query: 'card tokenization', expect: '카드 정보 토큰화', category: 'english-glossary' },
  { query: 'signature verification', expect: '서명 검증', category: 'english-glossary' },
  { query: 'double charge prevention', expect: '중복 결제 방지', category: 'english-glossary' },

  // english
  { query: 'how does payment settlement work', expect: '정산(Settlement)', category: 'english' },
  {
    query: 'how to make payment retries safe with idempotency',
    expect: '멱등 키(Idempotency Key)',
    category: 'english',
  },
  { query: 'what is PCI DSS compliance', expect: 'PCI DSS 준수(PCI DSS)', category: 'english' },
  { query: 'how to refund only part of an order', expect: '부분 취소(Partial Cancle)', category: 'english' },
  { query: '3D Secure liability shift on chargeback', expect: '3D 시큐어(3D Secure)', category: 'english' },

  // paraphrase
  {
    query: '사용자가 URL 바꿔서 싼 가격에 사는 거 막는 방법',
    expect: '결제 검증(Payment Verificaton)',
    category: 'paraphrase',
  },
  {
    query: 'PG가 수수료 떼고 우리 계좌로 돈 넣어주는 것',
    expect: '정산(Settlement)',
    category: 'paraphrase',
  },
  {
    query: '실제 번호 대신 의미 없는 대체값만 DB에 보관하는 방식',
    expect: '카드 정보 토큰화',
    category: 'paraphrase',
  },
  {
    query: '같은 요청 여러 번 보내도 한 번 보낸 것처럼 처리되게 하는 헤더',
    expect: '멱등 키(Idempotency Key)',
    category: 'paraphrase',
  },
  {
    query: '해외 결제할 때 카드사 화면에서 한 번 더 본인 확인',
    expect: '3D 시큐어(3D Secure)',
    category: 'paraphrase',
  },
  {
    query: '온라인 쇼핑몰 대신 카드사들이랑 계약해서 돈 받아주는 중간 업체',
    expect: 'PG사(Payment Gateway)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '전체 취소 vs 부분 취소',
    expect: ['전체 취소(Full Cancel)', '부분 취소(Partial Cancle)'],
    category: 'comparison',
    compare: ['전체 취소(Full Cancel)', '부분 취소(Partial Cancle)'],
  },
  {
    query: 'PG랑 밴사 차이',
    expect: ['PG사(Payment Gateway)', '가맹점과 밴사'],
    category: 'comparison',
    compare: ['PG사(Payment Gateway)', '가맹점과 밴사'],
  },
  {
    query: '승인이랑 정산 차이',
    expect: ['승인(Authorizaton)', '정산(Settlement)'],
    category: 'comparison',
    compare: ['승인(Authorizaton)', '정산(Settlement)'],
  },
  {
    query: '웹훅이랑 리다이렉트 후 결제 검증 차이',
    expect: ['웹훅(Webhook)', '결제 검증(Payment Verificaton)'],
    category: 'comparison',
    compare: ['웹훅(Webhook)', '결제 검증(Payment Verificaton)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '피아노 코드 진행', expect: null, category: 'miss' },

  // miss-shared
  { query: '암호화폐 비트코인 결제 지갑', expect: null, category: 'miss-shared' },
  { query: 'OAuth 소셜 로그인 인증 토큰', expect: null, category: 'miss-shared' },
  { query: '세금계산서 발행 API', expect: null, category: 'miss-shared' },
  { query: '장바구니 재고 차감 동시성', expect: null, category: 'miss-shared' },
];
