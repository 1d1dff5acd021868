import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '멀티플렉싱', expect: '멀티플렉싱(Multiplexing)', category: 'plain' },
  { query: '서버 푸시', expect: '서버 푸시(Server Push)', category: 'plain' },
  { query: '연결 마이그레이션', expect: '연결 마이그레이션(Connection Migration)', category: 'plain' },
  { query: '흐름 제어', expect: '흐름 제어(Flow Control)', category: 'plain' },

  // particles
  { query: '헤더 압축이 뭐야', expect: '헤더 압축(HPACK)', category: 'particles' },
  { query: '파이프라이닝이란', expect: '파이프라이닝(Pipelining)', category: 'particles' },
  {
    query: '바이너리 프레이밍은 뭐임',
    expect: '바이너리 프레이밍(Binary Framing Layer)',
    category: 'particles',
  },
  { query: '스트림 우선순위가 뭐야', expect: '스트림 우선순위(Stream Prioritizaton)', category: 'particles' },
  { query: '버전 협상이란', expect: '버전 협상(Alt-Svc and ALPN)', category: 'particles' },

  // question
  {
    query: '와이파이에서 LTE로 바뀌어도 왜 안 끊겨',
    expect: '연결 마이그레이션(Connection Migration)',
    category: 'question',
  },
  { query: 'HTTP/3는 왜 TCP 말고 UDP 써', expect: 'UDP 위에 만든 이유', category: 'question' },
  {
    query: 'HTTP/2인데 패킷 하나 손실 나면 왜 전부 멈춰',
    expect: 'TCP 수준 HOL 블로킹(TCP Head-of-Line Blocking)',
    category: 'question',
  },
  {
    query: '크롬에서 서버가 미리 보내주는 기능 왜 없앴어',
    expect: '서버 푸시(Server Push)',
    category: 'question',
  },
  { query: '0-RTT로 결제 POST 보내도 돼?', expect: '재전송 공격(Replay Attack)', category: 'question' },
  {
    query: '이미지 스프라이트 HTTP/2에서도 해야 돼?',
    expect: '당시의 우회 기법(Workarounds)',
    category: 'question',
  },
  {
    query: '내 사이트가 h3로 접속되는지 확인하려면',
    expect: '도입 시 주의점(Deploymnet Issues)',
    category: 'question',
  },
  {
    query: '브라우저는 서버가 HTTP/3 되는지 어떻게 알아',
    expect: '버전 협상(Alt-Svc and ALPN)',
    category: 'question',
  },
  { query: '헤더 압축에 gzip 안 쓰는 이유', expect: '헤더 압축(HPACK)', category: 'question' },
  { query: 'HTTP/2랑 HTTP/3 한눈에 뭐가 달라', expect: 'HTTP/2 vs HTTP/3', category: 'question' },

  // spacing
  { query: '연결마이그레이션', expect: '연결 마이그레이션(Connection Migration)', category: 'spacing' },
  { query: '서버푸시', expect: '서버 푸시(Server Push)', category: 'spacing' },
  { query: '스트림 우선 순위', expect: '스트림 우선순위(Stream Prioritizaton)', category: 'spacing' },
  { query: '독립스트림', expect: '독립 스트림(Independent Streams)', category: 'spacing' },

  // typo-query
  { query: '멀티플랙싱', expect: '멀티플렉싱(Multiplexing)', category: 'typo-query' },
  { query: '파이프라니잉', expect: '파이프라이닝(Pipelining)', category: 'typo-query' },
  { query: '헤더 압측', expect: '헤더 압축(HPACK)', category: 'typo-query' },
  { query: 'conection migration', expect: '연결 마이그레이션(Connection Migration)', category: 'typo-query' },
  { query: '혼잡 재어', expect: '혼잡 제어(Congestion Contorl)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'stream prioritization', expect: '스트림 우선순위(Stream Prioritizaton)', category: 'typo-notes' },
  { query: 'deployment issues', expect: '도입 시 주의점(Deploymnet Issues)', category: 'typo-notes' },
  { query: 'congestion control', expect: '혼잡 제어(Congestion Contorl)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'ajfxlvmffprtld', expect: '멀티플렉싱(Multiplexing)', category: 'keyboard' },
  { query: 'tjqj vntl', expect: '서버 푸시(Server Push)', category: 'keyboard' },
  { query: 'zbdlr', expect: '큐익 프로토콜(QUIC)', category: 'keyboard' },

  // choseong
  { query: 'ㅁㅌㅍㄹㅅ', expect: '멀티플렉싱(Multiplexing)', category: 'choseong' },
  { query: 'ㅅㅂㅍㅅ', expect: '서버 푸시(Server Push)', category: 'choseong' },
  { query: 'ㅇㄱㅁㅇㄱㄹㅇㅅ', expect: '연결 마이그레이션(Connection Migration)', category: 'choseong' },

  // english-glossary
  { query: 'domain sharding', expect: '당시의 우회 기법(Workarounds)', category: 'english-glossary' },
  { query: 'huffman coding', expect: '헤더 압축(HPACK)', category: 'english-glossary' },
  { query: 'middlebox', expect: 'UDP 위에 만든 이유', category: 'english-glossary' },
  { query: 'text-based protocol', expect: 'HTTP/1.1 복습(HTTP/1.1 Review)', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'a lost packet only stalls its own stream in quic',
    expect: '독립 스트림(Independent Streams)',
    category: 'english',
  },
  {
    query: 'send many requests over one connection at the same time',
    expect: '멀티플렉싱(Multiplexing)',
    category: 'english',
  },
  {
    query: 'server sends resources before the client asks for them',
    expect: '서버 푸시(Server Push)',
    category: 'english',
  },
  {
    query: 'keep the connection alive when the client ip address changes',
    expect: '연결 마이그레이션(Connection Migration)',
    category: 'english',
  },
  {
    query: 'receiver advertises a window so it is not overwhelmed',
    expect: '흐름 제어(Flow Control)',
    category: 'english',
  },

  // paraphrase
  {
    query: '전에 가본 사이트면 첫 패킷에 바로 요청 실어 보내기',
    expect: '0-RTT 재연결(0-RTT Resumption)',
    category: 'paraphrase',
  },
  {
    query: '예전에 응답 안 기다리고 요청을 줄줄이 보내던 기능',
    expect: '파이프라이닝(Pipelining)',
    category: 'paraphrase',
  },
  {
    query: '매번 반복되는 쿠키 같은 값을 번호로만 보내서 줄이기',
    expect: '헤더 압축(HPACK)',
    category: 'paraphrase',
  },
  {
    query: '구글이 만든 새 전송 계층, 암호화까지 한 몸으로 합친 것',
    expect: '큐익 프로토콜(QUIC)',
    category: 'paraphrase',
  },
  {
    query: '글자 대신 0과 1 덩어리로 잘라서 보내는 방식',
    expect: '바이너리 프레이밍(Binary Framing Layer)',
    category: 'paraphrase',
  },
  {
    query: '네트워크가 막히면 보내는 속도를 줄이는 알고리즘',
    expect: '혼잡 제어(Congestion Contorl)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'TCP HOL 블로킹이랑 QUIC 독립 스트림 차이',
    expect: ['TCP 수준 HOL 블로킹(TCP Head-of-Line Blocking)', '독립 스트림(Independent Streams)'],
    category: 'comparison',
    compare: ['TCP 수준 HOL 블로킹(TCP Head-of-Line Blocking)', '독립 스트림(Independent Streams)'],
  },
  {
    query: '1-RTT 핸드셰이크 vs 0-RTT',
    expect: ['핸드셰이크 단축(1-RTT Handshake)', '0-RTT 재연결(0-RTT Resumption)'],
    category: 'comparison',
    compare: ['핸드셰이크 단축(1-RTT Handshake)', '0-RTT 재연결(0-RTT Resumption)'],
  },
  {
    query: '흐름 제어랑 혼잡 제어 차이',
    expect: ['흐름 제어(Flow Control)', '혼잡 제어(Congestion Contorl)'],
    category: 'comparison',
    compare: ['흐름 제어(Flow Control)', '혼잡 제어(Congestion Contorl)'],
  },
  {
    query: '파이프라이닝 vs 멀티플렉싱',
    expect: ['파이프라이닝(Pipelining)', '멀티플렉싱(Multiplexing)'],
    category: 'comparison',
    compare: ['파이프라이닝(Pipelining)', '멀티플렉싱(Multiplexing)'],
  },

  // miss
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '테니스 서브 폼 교정', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'WebSocket 양방향 통신 연결 유지', expect: null, category: 'miss-shared' },
  { query: 'HTTP 상태 코드 404 500 의미', expect: null, category: 'miss-shared' },
  { query: 'CORS 프리플라이트 요청', expect: null, category: 'miss-shared' },
  { query: 'DNS 재귀 질의 과정', expect: null, category: 'miss-shared' },
];
