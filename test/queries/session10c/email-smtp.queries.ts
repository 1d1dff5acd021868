import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'DKIM', expect: 'DKIM(DomainKeys Identified Mail)', category: 'plain' },
  { query: 'IP 워밍업', expect: 'IP 워밍업(IP Warmup)', category: 'plain' },
  { query: '발송 큐', expect: '발송 큐(Mail Queue)', category: 'plain' },
  { query: '오픈율', expect: '오픈율과 클릭 추적(Tracking)', category: 'plain' },

  // particles
  { query: 'SPF가 뭐야', expect: 'SPF(Sender Policy Framework)', category: 'particles' },
  { query: 'DMARC란', expect: 'DMARC(Domain-based Message Authentcation)', category: 'particles' },
  { query: '하드 바운스는 뭐임', expect: '하드 바운스(Hard Bounce)', category: 'particles' },
  { query: '발신자 평판이란', expect: '발신자 평판', category: 'particles' },
  { query: 'STARTTLS가 뭐야', expect: 'STARTTLS', category: 'particles' },

  // question
  {
    query: '회원가입 인증 메일 API 안에서 바로 보내면 안 돼?',
    expect: '발송 큐(Mail Queue)',
    category: 'question',
  },
  {
    query: 'DMARC p=reject 처음부터 설정해도 돼?',
    expect: 'DMARC(Domain-based Message Authentcation)',
    category: 'question',
  },
  { query: '25번 포트로 메일이 안 보내져요', expect: 'STARTTLS', category: 'question' },
  {
    query: '존재하지 않는 주소로 계속 보내면 어떻게 돼',
    expect: '하드 바운스(Hard Bounce)',
    category: 'question',
  },
  {
    query: '새로 받은 전용 IP로 대량 발송했더니 차단당했어요',
    expect: 'IP 워밍업(IP Warmup)',
    category: 'question',
  },
  { query: 'HTML 메일에 외부 CSS가 안 먹어요', expect: '메일 템플릿(Email Template)', category: 'question' },
  {
    query: '광고 메일 보낼 때 제목에 뭐 붙여야 돼',
    expect: '마케팅 메일(Marketing Email)',
    category: 'question',
  },
  { query: '5xx 에러 난 메일도 다시 보내야 돼?', expect: '재시도 전략', category: 'question' },
  {
    query: 'Gmail에서 421 에러 나면서 일시 거부돼요',
    expect: '발송 속도 제한(Rate Limiting)',
    category: 'question',
  },
  {
    query: '메일 보낼 때 MX 레코드는 왜 조회해',
    expect: 'SMTP(Simple Mail Transfer Protocol)',
    category: 'question',
  },

  // spacing
  { query: '수신거부목록', expect: '수신 거부 목록', category: 'spacing' },
  { query: '역방향DNS조회', expect: '역방향 DNS 조회', category: 'spacing' },
  { query: '발송속도 제한', expect: '발송 속도 제한(Rate Limiting)', category: 'spacing' },
  { query: 'SMTP대화과정', expect: 'SMTP 대화 과정', category: 'spacing' },

  // typo-query
  { query: '바운수', expect: '바운스(Bounce)', category: 'typo-query' },
  { query: '트렌잭션 메일', expect: '트랜잭션 메일(Transactional Email)', category: 'typo-query' },
  { query: '피드벡 루프', expect: '스팸 신고와 피드백 루프(Feedback Lop)', category: 'typo-query' },
  { query: 'IP 워밍엄', expect: 'IP 워밍업(IP Warmup)', category: 'typo-query' },
  { query: '메일 탬플릿', expect: '메일 템플릿(Email Template)', category: 'typo-query' },

  // typo-notes
  {
    query: 'internet message access protocol',
    expect: 'IMAP(Internet Message Acess Protocol)',
    category: 'typo-notes',
  },
  {
    query: 'domain-based message authentication',
    expect: 'DMARC(Domain-based Message Authentcation)',
    category: 'typo-notes',
  },
  { query: 'feedback loop', expect: '스팸 신고와 피드백 루프(Feedback Lop)', category: 'typo-notes' },

  // keyboard
  { query: 'qkdnstm', expect: '바운스(Bounce)', category: 'keyboard' },
  { query: 'tntls rjqn ahrfhr', expect: '수신 거부 목록', category: 'keyboard' },
  { query: 'qkftlswk vudvks', expect: '발신자 평판', category: 'keyboard' },

  // choseong
  { query: 'ㅈㅅㄷ ㅈㄹ', expect: '재시도 전략', category: 'choseong' },
  { query: 'ㅂㅅ ㅋ', expect: '발송 큐(Mail Queue)', category: 'choseong' },
  { query: 'ㅁㅇ ㅌㅍㄹ', expect: '메일 템플릿(Email Template)', category: 'choseong' },

  // english-glossary
  { query: 'suppression list', expect: '수신 거부 목록', category: 'english-glossary' },
  { query: 'reverse DNS lookup', expect: '역방향 DNS 조회', category: 'english-glossary' },
  { query: 'sender reputation', expect: '발신자 평판', category: 'english-glossary' },
  { query: 'retry policy', expect: '재시도 전략', category: 'english-glossary' },

  // english
  { query: 'how does an SPF record work', expect: 'SPF(Sender Policy Framework)', category: 'english' },
  {
    query: 'how to sign outgoing emails with a private key',
    expect: 'DKIM(DomainKeys Identified Mail)',
    category: 'english',
  },
  { query: 'why use a queue for sending emails', expect: '발송 큐(Mail Queue)', category: 'english' },
  { query: 'how is email open rate tracked', expect: '오픈율과 클릭 추적(Tracking)', category: 'english' },
  { query: 'which port to use for smtp submission with starttls', expect: 'STARTTLS', category: 'english' },

  // paraphrase
  {
    query: '서버에 남겨두고 여러 기기에서 똑같이 읽는 방식',
    expect: 'IMAP(Internet Message Acess Protocol)',
    category: 'paraphrase',
  },
  {
    query: '받은 편지를 로컬로 내려받고 서버에선 지우는 방식',
    expect: 'POP3(Post Office Protocol)',
    category: 'paraphrase',
  },
  {
    query: '가입 인증, 비밀번호 재설정처럼 사용자 행동 하나에 한 통씩 나가는 것',
    expect: '트랜잭션 메일(Transactional Email)',
    category: 'paraphrase',
  },
  {
    query: '우리 도메인 이름으로 보내도 되는 IP 목록을 DNS에 공개',
    expect: 'SPF(Sender Policy Framework)',
    category: 'paraphrase',
  },
  {
    query: '받는 사람이 정크 버튼 누르면 보낸 쪽에 통보해주는 구조',
    expect: '스팸 신고와 피드백 루프(Feedback Lop)',
    category: 'paraphrase',
  },
  {
    query: '본문에 보이지 않는 1픽셀 그림 넣어서 읽었는지 확인',
    expect: '오픈율과 클릭 추적(Tracking)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'IMAP vs POP3',
    expect: ['IMAP(Internet Message Acess Protocol)', 'POP3(Post Office Protocol)'],
    category: 'comparison',
    compare: ['IMAP(Internet Message Acess Protocol)', 'POP3(Post Office Protocol)'],
  },
  {
    query: 'SPF랑 DKIM 차이',
    expect: ['SPF(Sender Policy Framework)', 'DKIM(DomainKeys Identified Mail)'],
    category: 'comparison',
    compare: ['SPF(Sender Policy Framework)', 'DKIM(DomainKeys Identified Mail)'],
  },
  {
    query: '하드 바운스 소프트 바운스 차이',
    expect: ['하드 바운스(Hard Bounce)', '소프트 바운스(Soft Bounce)'],
    category: 'comparison',
    compare: ['하드 바운스(Hard Bounce)', '소프트 바운스(Soft Bounce)'],
  },
  {
    query: '트랜잭션 메일 vs 마케팅 메일',
    expect: ['트랜잭션 메일(Transactional Email)', '마케팅 메일(Marketing Email)'],
    category: 'comparison',
    compare: ['트랜잭션 메일(Transactional Email)', '마케팅 메일(Marketing Email)'],
  },

  // miss
  { query: '김장 김치 담그는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 자세', expect: null, category: 'miss' },
  { query: '세종대왕 업적', expect: null, category: 'miss' },

  // miss-shared
  { query: '푸시 알림 FCM 토큰', expect: null, category: 'miss-shared' },
  { query: 'SMS 문자 인증번호 발송', expect: null, category: 'miss-shared' },
  { query: 'DNS 캐시 TTL 설정', expect: null, category: 'miss-shared' },
  { query: '웹소켓 실시간 채팅 메시지', expect: null, category: 'miss-shared' },
];
