import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '트리클 ICE', expect: '트리클 ICE(Trickle ICE)', category: 'plain' },
  { query: '사이멀캐스트', expect: '사이멀캐스트(Simulcast)', category: 'plain' },
  { query: 'ICE 후보', expect: 'ICE 후보(ICE Candidate)', category: 'plain' },
  { query: '메시 구조', expect: '메시 구조(Mesh)', category: 'plain' },

  // particles
  { query: '시그널링 서버가 뭐야', expect: '시그널링 서버(Signaling Sever)', category: 'particles' },
  { query: 'SDP란', expect: 'SDP(Session Description Protocol)', category: 'particles' },
  { query: 'TURN 서버는 뭐임', expect: 'TURN 서버(TURN)', category: 'particles' },
  { query: '미디어스트림이 뭔데', expect: '미디어스트림(MediaStream)', category: 'particles' },
  { query: '데이터 채널이란', expect: '데이터 채널(DataChanel)', category: 'particles' },

  // question
  {
    query: 'STUN으로 공인 주소 알아냈는데 왜 상대가 그 주소로 못 붙어',
    expect: '대칭형 NAT',
    category: 'question',
  },
  { query: 'http로 배포했더니 카메라가 안 켜져요', expect: 'getUserMedia', category: 'question' },
  {
    query: '받은 영상을 video 태그에 어떻게 띄워',
    expect: '미디어스트림(MediaStream)',
    category: 'question',
  },
  {
    query: 'setRemoteDescription 했는데 InvalidStateError 나요',
    expect: '오퍼와 앤서(Offer & Answr)',
    category: 'question',
  },
  {
    query: '통화 중에 카메라를 화면으로 바꾸려면 어떻게 해',
    expect: '화면 공유(Screen Sharing)',
    category: 'question',
  },
  {
    query: '게임 위치 정보 보낼 때 재전송 끄는 법',
    expect: '데이터 채널(DataChanel)',
    category: 'question',
  },
  {
    query: '화상회의 5명 넘으니까 노트북이 버벅여요 왜 그래',
    expect: '메시 구조(Mesh)',
    category: 'question',
  },
  {
    query: '후보 다 모일 때까지 기다리느라 연결이 느린데 어떻게 해',
    expect: '트리클 ICE(Trickle ICE)',
    category: 'question',
  },
  { query: '두 브라우저가 VP8 쓸지 H.264 쓸지 어떻게 정해', expect: '코덱 협상', category: 'question' },
  {
    query: 'SDP 주고받는 건 꼭 WebSocket으로 해야 돼?',
    expect: '시그널링 서버(Signaling Sever)',
    category: 'question',
  },

  // spacing
  { query: '화면공유', expect: '화면 공유(Screen Sharing)', category: 'spacing' },
  { query: '종단간암호화', expect: '종단 간 암호화', category: 'spacing' },
  { query: '코덱협상', expect: '코덱 협상', category: 'spacing' },
  { query: '대칭형NAT', expect: '대칭형 NAT', category: 'spacing' },

  // typo-query
  { query: '시그날링 서버', expect: '시그널링 서버(Signaling Sever)', category: 'typo-query' },
  { query: '사이멀케스트', expect: '사이멀캐스트(Simulcast)', category: 'typo-query' },
  { query: 'trikle ice', expect: '트리클 ICE(Trickle ICE)', category: 'typo-query' },
  { query: '미디어 스트립', expect: '미디어스트림(MediaStream)', category: 'typo-query' },
  { query: 'getUserMeida', expect: 'getUserMedia', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'signaling server', expect: '시그널링 서버(Signaling Sever)', category: 'typo-notes' },
  { query: 'offer and answer', expect: '오퍼와 앤서(Offer & Answr)', category: 'typo-notes' },
  { query: 'data channel', expect: '데이터 채널(DataChanel)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tkdlajfzotmxm', expect: '사이멀캐스트(Simulcast)', category: 'keyboard' },
  { query: 'zhepr guqtkd', expect: '코덱 협상', category: 'keyboard' },
  { query: 'ghkaus rhddb', expect: '화면 공유(Screen Sharing)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅇㅁㅋㅅㅌ', expect: '사이멀캐스트(Simulcast)', category: 'choseong' },
  { query: 'ㅈㄷ ㄱ ㅇㅎㅎ', expect: '종단 간 암호화', category: 'choseong' },
  { query: 'ㅁㄷㅇㅅㅌㄹ', expect: '미디어스트림(MediaStream)', category: 'choseong' },

  // english-glossary
  { query: 'end-to-end encryption', expect: '종단 간 암호화', category: 'english-glossary' },
  { query: 'codec negotiation', expect: '코덱 협상', category: 'english-glossary' },
  { query: 'symmetric NAT', expect: '대칭형 NAT', category: 'english-glossary' },
  { query: 'server reflexive candidate', expect: '서버 반사 후보', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'relay all media when a direct connection fails', expect: 'TURN 서버(TURN)', category: 'english' },
  {
    query: 'how do I find my public ip and port behind a router',
    expect: 'STUN 서버(STUN)',
    category: 'english',
  },
  {
    query: 'server that forwards streams without decoding them',
    expect: 'SFU(Selective Forwarding Unit)',
    category: 'english',
  },
  {
    query: 'encode several quality layers of the same video',
    expect: '사이멀캐스트(Simulcast)',
    category: 'english',
  },
  {
    query: 'ask permission for camera and microphone in the browser',
    expect: 'getUserMedia',
    category: 'english',
  },

  // paraphrase
  {
    query: '서버가 모든 사람 영상을 하나로 섞어서 다시 내려주는 방식',
    expect: 'MCU(Multipoint Control Unit)',
    category: 'paraphrase',
  },
  {
    query: '공유기가 집 안 사설 주소를 공인 주소 하나로 바꿔서 내보내는 것',
    expect: 'NAT(Network Address Translation)',
    category: 'paraphrase',
  },
  {
    query: '내가 어떤 미디어를 어떤 조건으로 주고받을 수 있는지 적은 텍스트',
    expect: 'SDP(Session Description Protocol)',
    category: 'paraphrase',
  },
  {
    query: '갈 수 있는 경로를 전부 모아 짝지어 시험해보고 제일 나은 걸 고르는 틀',
    expect: 'ICE(Interactive Connectivity Establishment)',
    category: 'paraphrase',
  },
  {
    query: '플러그인 없이 브라우저끼리 영상 음성 주고받게 해주는 표준',
    expect: 'WebRTC란(Web Real-Time Communication)',
    category: 'paraphrase',
  },
  {
    query: '중간 서버 안 거치고 두 기기가 직접 미디어 주고받기',
    expect: 'P2P 연결(Peer-to-Peer)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'SFU vs MCU',
    expect: ['SFU(Selective Forwarding Unit)', 'MCU(Multipoint Control Unit)'],
    category: 'comparison',
    compare: ['SFU(Selective Forwarding Unit)', 'MCU(Multipoint Control Unit)'],
  },
  {
    query: 'STUN이랑 TURN 차이가 뭐야',
    expect: ['STUN 서버(STUN)', 'TURN 서버(TURN)'],
    category: 'comparison',
    compare: ['STUN 서버(STUN)', 'TURN 서버(TURN)'],
  },
  {
    query: '메시 방식이랑 SFU 차이',
    expect: ['메시 구조(Mesh)', 'SFU(Selective Forwarding Unit)'],
    category: 'comparison',
    compare: ['메시 구조(Mesh)', 'SFU(Selective Forwarding Unit)'],
  },
  {
    query: 'getUserMedia getDisplayMedia 차이',
    expect: ['getUserMedia', '화면 공유(Screen Sharing)'],
    category: 'comparison',
    compare: ['getUserMedia', '화면 공유(Screen Sharing)'],
  },

  // miss
  { query: '배드민턴 스매시 자세', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '고등어 조림 양념 비율', expect: null, category: 'miss' },

  // miss-shared
  { query: 'HLS 라이브 스트리밍 m3u8 세그먼트', expect: null, category: 'miss-shared' },
  { query: 'Server-Sent Events로 실시간 알림 보내기', expect: null, category: 'miss-shared' },
  { query: 'gRPC 양방향 스트리밍 서버 구현', expect: null, category: 'miss-shared' },
  { query: 'VPN 터널 IPsec 연결 설정', expect: null, category: 'miss-shared' },
];
