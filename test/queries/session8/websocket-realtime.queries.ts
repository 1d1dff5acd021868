import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '프레임 구조', expect: '프레임 구조(Frame Structure)', category: 'plain' },
  { query: '서브프로토콜', expect: '서브프로토콜(Subprotocol)', category: 'plain' },
  { query: '바이너리 데이터', expect: '바이너리 데이터(Binary Data)', category: 'plain' },
  { query: '인증 처리', expect: '인증 처리(Authentication)', category: 'plain' },

  // particles
  { query: '롱 폴링이 뭐야', expect: '롱 폴링(Long Polling)', category: 'particles' },
  { query: '핸드셰이크란', expect: '핸드셰이크(Handshkae)', category: 'particles' },
  { query: '소켓아이오는 뭐임', expect: '소켓아이오(Socket.IO)', category: 'particles' },
  { query: '수평 확장이 뭐야', expect: '수평 확장(Horizontal Scailing)', category: 'particles' },
  { query: '서버 전송 이벤트란', expect: '서버 전송 이벤트(Server-Sent Evnets)', category: 'particles' },

  // question
  {
    query: '웹소켓 만들자마자 send 했는데 에러 나요',
    expect: 'WebSocket 객체(WebSocket API)',
    category: 'question',
  },
  {
    query: '서버 두 대로 늘렸더니 다른 서버 사용자한테 채팅이 안 가요',
    expect: '수평 확장(Horizontal Scailing)',
    category: 'question',
  },
  {
    query: 'nginx 뒤에 두니까 웹소켓 업그레이드가 안 돼요',
    expect: '로드밸런서 설정(Load Balancer)',
    category: 'question',
  },
  {
    query: '브라우저 웹소켓에 Authorization 헤더 어떻게 넣어',
    expect: '인증 처리(Authentication)',
    category: 'question',
  },
  { query: '죽은 연결인지 서버가 어떻게 알아내', expect: '연결 생존 확인', category: 'question' },
  { query: '종료 코드 1006은 왜 뜨는 거야', expect: '연결 종료(Closing)', category: 'question' },
  {
    query: '서버 재시작하면 접속자들이 한꺼번에 다시 붙어서 또 죽어요',
    expect: '재연결 전략',
    category: 'question',
  },
  {
    query: 'Socket.IO 서버에 그냥 WebSocket 클라이언트로 붙였는데 안 돼요',
    expect: '소켓아이오(Socket.IO)',
    category: 'question',
  },
  { query: '특정 채팅방 사람들한테만 메시지 보내려면', expect: '룸(Room)', category: 'question' },
  {
    query: '받은 메시지 JSON을 객체로 쓰려면 어떻게 해',
    expect: 'onopen과 onmessage',
    category: 'question',
  },

  // spacing
  { query: '롱폴링', expect: '롱 폴링(Long Polling)', category: 'spacing' },
  { query: '서버전송이벤트', expect: '서버 전송 이벤트(Server-Sent Evnets)', category: 'spacing' },
  { query: '재연결전략', expect: '재연결 전략', category: 'spacing' },
  { query: '접속상태 표시', expect: '접속 상태 표시', category: 'spacing' },

  // typo-query
  { query: '핸드세이크', expect: '핸드셰이크(Handshkae)', category: 'typo-query' },
  { query: '서브프로토컬', expect: '서브프로토콜(Subprotocol)', category: 'typo-query' },
  { query: '소캣아이오', expect: '소켓아이오(Socket.IO)', category: 'typo-query' },
  { query: 'websocekt api', expect: 'WebSocket 객체(WebSocket API)', category: 'typo-query' },
  { query: '로드밸런셔 설정', expect: '로드밸런서 설정(Load Balancer)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'server-sent events', expect: '서버 전송 이벤트(Server-Sent Evnets)', category: 'typo-notes' },
  { query: 'handshake', expect: '핸드셰이크(Handshkae)', category: 'typo-notes' },
  { query: 'horizontal scaling', expect: '수평 확장(Horizontal Scailing)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'gosemtPdlzm', expect: '핸드셰이크(Handshkae)', category: 'keyboard' },
  { query: 'qkdlsjfl', expect: '바이너리 데이터(Binary Data)', category: 'keyboard' },
  { query: 'wodusruf', expect: '재연결 전략', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅍㄹ', expect: '롱 폴링(Long Polling)', category: 'choseong' },
  { query: 'ㅈㅅㅅㅌㅍㅅ', expect: '접속 상태 표시', category: 'choseong' },
  { query: 'ㅅㅍㅎㅈ', expect: '수평 확장(Horizontal Scailing)', category: 'choseong' },

  // english-glossary
  { query: 'heartbeat', expect: '연결 생존 확인', category: 'english-glossary' },
  { query: 'reconnection strategy', expect: '재연결 전략', category: 'english-glossary' },
  { query: 'cross-site websocket hijacking', expect: '교차 출처 연결 탈취', category: 'english-glossary' },
  { query: 'online presence', expect: '접속 상태 표시', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does the upgrade from http to websocket work',
    expect: '핸드셰이크(Handshkae)',
    category: 'english',
  },
  {
    query: 'why must client frames use a masking key',
    expect: '프레임 구조(Frame Structure)',
    category: 'english',
  },
  {
    query: 'one-way stream from server using EventSource',
    expect: '서버 전송 이벤트(Server-Sent Evnets)',
    category: 'english',
  },
  {
    query: 'broadcast to every connected client in node',
    expect: 'ws 라이브러리(ws Library)',
    category: 'english',
  },
  {
    query: 'receive messages as arraybuffer instead of blob',
    expect: '바이너리 데이터(Binary Data)',
    category: 'english',
  },

  // paraphrase
  {
    query: '클라이언트가 몇 초마다 새 소식 있냐고 계속 물어보는 방식',
    expect: '폴링(Polling)',
    category: 'paraphrase',
  },
  {
    query: '서버가 답을 바로 안 주고 새 소식 생길 때까지 쥐고 있다가 주는 방식',
    expect: '롱 폴링(Long Polling)',
    category: 'paraphrase',
  },
  {
    query: '아직 못 나가고 쌓여 있는 송신 데이터 양 보고 보내는 속도 늦추기',
    expect: '전송 버퍼(bufferedAmount)',
    category: 'paraphrase',
  },
  {
    query: '소켓 위에서 어떤 메시지 규칙 쓸지 이름으로 합의하기',
    expect: '서브프로토콜(Subprotocol)',
    category: 'paraphrase',
  },
  {
    query: '주고받는 데이터에 종류 필드 넣어서 받는 쪽이 분기하게 만들기',
    expect: '메시지 형식 설계',
    category: 'paraphrase',
  },
  {
    query: '악성 사이트가 사용자 쿠키 달고 우리 서버에 소켓 여는 것 막기',
    expect: '교차 출처 연결 탈취',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '폴링 롱폴링 차이',
    expect: ['폴링(Polling)', '롱 폴링(Long Polling)'],
    category: 'comparison',
    compare: ['폴링(Polling)', '롱 폴링(Long Polling)'],
  },
  {
    query: '서버 전송 이벤트랑 웹소켓 차이',
    expect: ['서버 전송 이벤트(Server-Sent Evnets)', '웹소켓 개요(WebSocket Overview)'],
    category: 'comparison',
    compare: ['서버 전송 이벤트(Server-Sent Evnets)', '웹소켓 개요(WebSocket Overview)'],
  },
  {
    query: 'ws 라이브러리 vs Socket.IO',
    expect: ['ws 라이브러리(ws Library)', '소켓아이오(Socket.IO)'],
    category: 'comparison',
    compare: ['ws 라이브러리(ws Library)', '소켓아이오(Socket.IO)'],
  },
  {
    query: '룸이랑 네임스페이스 차이가 뭐야',
    expect: ['룸(Room)', '네임스페이스(Namespace)'],
    category: 'comparison',
    compare: ['룸(Room)', '네임스페이스(Namespace)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '김장 김치 담그는 법', expect: null, category: 'miss' },
  { query: '산업혁명이 일어난 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: 'WebRTC 화상 통화 STUN 서버 설정', expect: null, category: 'miss-shared' },
  { query: 'gRPC 양방향 스트리밍 protobuf 정의', expect: null, category: 'miss-shared' },
  { query: 'MQTT QoS 레벨 차이', expect: null, category: 'miss-shared' },
  { query: '웹 푸시 알림 서비스 워커 등록', expect: null, category: 'miss-shared' },
];
