import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '혼잡 제어', expect: '혼잡 제어(Congestion Control)', category: 'plain' },
  { query: '슬라이딩 윈도우', expect: '슬라이딩 윈도우(Sliding Window)', category: 'plain' },
  { query: 'TIME_WAIT', expect: 'TIME_WAIT 상태', category: 'plain' },
  { query: 'SYN 플러딩', expect: 'SYN 플러딩 공격(SYN Flooding)', category: 'plain' },

  // particles
  { query: '흐름 제어가 뭐야', expect: '흐름 제어(Flow Contrl)', category: 'particles' },
  { query: '3-way 핸드셰이크란', expect: '3-way 핸드셰이크(3-Way Handshake)', category: 'particles' },
  { query: '느린 시작은 뭐임', expect: '느린 시작(Slow Start)', category: 'particles' },
  { query: 'QUIC이 뭐야', expect: 'QUIC과 HTTP/3', category: 'particles' },
  { query: '포트 번호란', expect: '포트 번호(Port Numbr)', category: 'particles' },

  // question
  { query: '서버에 TIME_WAIT 소켓이 수천 개 쌓였어요', expect: 'TIME_WAIT 상태', category: 'question' },
  {
    query: '연결 끊을 때 왜 4번이나 주고받아',
    expect: '4-way 연결 종료(Connection Termination)',
    category: 'question',
  },
  { query: 'DNS는 왜 UDP 써', expect: 'UDP 사용 사례(UDP Use Cases)', category: 'question' },
  { query: '게임 서버에서 TCP_NODELAY 왜 켜', expect: '네이글 알고리즘', category: 'question' },
  { query: '중복 ACK 3번 오면 어떻게 돼', expect: '빠른 재전송(Fast Retransmit)', category: 'question' },
  {
    query: 'HTTP/2인데 패킷 하나 잃으면 요청이 다 멈추는 이유',
    expect: 'HOL 블로킹(Head-of-Line Blocking)',
    category: 'question',
  },
  { query: '수신 버퍼 안 넘치게 하려면 어떻게 해', expect: '흐름 제어(Flow Contrl)', category: 'question' },
  {
    query: 'send 두 번 했는데 recv에서 한 번에 붙어서 와요',
    expect: 'TCP 특징(TCP Features)',
    category: 'question',
  },
  { query: 'HTTP/3는 왜 UDP 위에서 돌아가', expect: 'QUIC과 HTTP/3', category: 'question' },
  { query: 'ACK 안 오면 언제 다시 보내', expect: '타임아웃 재전송(RTO)', category: 'question' },

  // spacing
  { query: '혼잡회피', expect: '혼잡 회피(Congestion Avoidance)', category: 'spacing' },
  { query: '슬라이딩윈도우', expect: '슬라이딩 윈도우(Sliding Window)', category: 'spacing' },
  { query: '다중화와역다중화', expect: '다중화와 역다중화', category: 'spacing' },
  { query: '전송계층의 역할', expect: '전송 계층의 역할(Role of Transport Layer)', category: 'spacing' },

  // typo-query
  { query: '3-way 핸드쉐이크', expect: '3-way 핸드셰이크(3-Way Handshake)', category: 'typo-query' },
  { query: '네이걸 알고리즘', expect: '네이글 알고리즘', category: 'typo-query' },
  { query: 'congetsion control', expect: '혼잡 제어(Congestion Control)', category: 'typo-query' },
  { query: '멀티케스트', expect: '멀티캐스트와 브로드캐스트', category: 'typo-query' },
  { query: '체크썸', expect: 'UDP 헤더와 체크섬', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'port number', expect: '포트 번호(Port Numbr)', category: 'typo-notes' },
  { query: 'flow control', expect: '흐름 제어(Flow Contrl)', category: 'typo-notes' },
  { query: 'UDP features', expect: 'UDP 특징(UDP Featrues)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'ghswkq wpdj', expect: '혼잡 제어(Congestion Control)', category: 'keyboard' },
  { query: 'cpzmtja', expect: 'UDP 헤더와 체크섬', category: 'keyboard' },
  { query: 'zlqdjffkdlqm', expect: '킵얼라이브(Keep-Alive)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㅈ ㅎㅍ', expect: '혼잡 회피(Congestion Avoidance)', category: 'choseong' },
  { query: 'ㅅㄹㅇㄷ ㅇㄷㅇ', expect: '슬라이딩 윈도우(Sliding Window)', category: 'choseong' },
  { query: 'ㄷㅈㅎ', expect: '다중화와 역다중화', category: 'choseong' },

  // english-glossary
  { query: 'multiplexing and demultiplexing', expect: '다중화와 역다중화', category: 'english-glossary' },
  { query: 'Nagle algorithm', expect: '네이글 알고리즘', category: 'english-glossary' },
  { query: 'checksum', expect: 'UDP 헤더와 체크섬', category: 'english-glossary' },
  { query: 'fast recovery', expect: '빠른 회복', category: 'english-glossary' },

  // english
  {
    query: 'how does TCP open a connection with SYN and ACK',
    expect: '3-way 핸드셰이크(3-Way Handshake)',
    category: 'english',
  },
  { query: 'why wait 2MSL after the last ACK', expect: 'TIME_WAIT 상태', category: 'english' },
  {
    query: 'why online games and video calls use UDP',
    expect: 'UDP 사용 사례(UDP Use Cases)',
    category: 'english',
  },
  {
    query: 'exponential growth of the congestion window at the start',
    expect: '느린 시작(Slow Start)',
    category: 'english',
  },
  {
    query: 'CUBIC and BBR congestion algorithms',
    expect: '혼잡 제어 알고리즘 종류(Congestion Algorithms)',
    category: 'english',
  },

  // paraphrase
  {
    query: '받는 쪽이 감당 못 할 만큼 쏟아붓지 않게 속도 맞추기',
    expect: '흐름 제어(Flow Contrl)',
    category: 'paraphrase',
  },
  {
    query: '작은 데이터를 모아뒀다가 한꺼번에 내보내는 방식',
    expect: '네이글 알고리즘',
    category: 'paraphrase',
  },
  {
    query: '인사를 세 번 주고받고 나서야 통신 시작',
    expect: '3-way 핸드셰이크(3-Way Handshake)',
    category: 'paraphrase',
  },
  {
    query: '맨 앞 하나가 막히면 뒤에 줄 선 것들이 전부 기다리는 문제',
    expect: 'HOL 블로킹(Head-of-Line Blocking)',
    category: 'paraphrase',
  },
  {
    query: '한 번 맺은 연결을 여러 요청에 계속 돌려쓰기',
    expect: '킵얼라이브(Keep-Alive)',
    category: 'paraphrase',
  },
  {
    query: '그룹에 가입한 컴퓨터들한테만 한꺼번에 뿌리기',
    expect: '멀티캐스트와 브로드캐스트',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'TCP랑 UDP 언제 뭐 써',
    expect: ['TCP를 고를 때', 'UDP를 고를 때'],
    category: 'comparison',
    compare: ['TCP를 고를 때', 'UDP를 고를 때'],
  },
  {
    query: '흐름 제어 vs 혼잡 제어',
    expect: ['흐름 제어(Flow Contrl)', '혼잡 제어(Congestion Control)'],
    category: 'comparison',
    compare: ['흐름 제어(Flow Contrl)', '혼잡 제어(Congestion Control)'],
  },
  {
    query: '느린 시작이랑 혼잡 회피 차이',
    expect: ['느린 시작(Slow Start)', '혼잡 회피(Congestion Avoidance)'],
    category: 'comparison',
    compare: ['느린 시작(Slow Start)', '혼잡 회피(Congestion Avoidance)'],
  },
  {
    query: '타임아웃 재전송 vs 빠른 재전송',
    expect: ['타임아웃 재전송(RTO)', '빠른 재전송(Fast Retransmit)'],
    category: 'comparison',
    compare: ['타임아웃 재전송(RTO)', '빠른 재전송(Fast Retransmit)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 3점슛 자세 교정', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'IP 주소 서브넷 마스크 계산', expect: null, category: 'miss-shared' },
  { query: 'ARP로 MAC 주소 알아내기', expect: null, category: 'miss-shared' },
  { query: 'WebSocket으로 실시간 채팅 연결 구현', expect: null, category: 'miss-shared' },
  { query: "TLS 인증서 발급 Let's Encrypt", expect: null, category: 'miss-shared' },
];
