import type { ChapterQuery } from './types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '서브넷 마스크', expect: '서브넷 마스크(Subnet Mask)', category: 'plain' },
  { query: 'HTTP 상태 코드', expect: '상태 코드', category: 'plain' },
  { query: 'TLS 인증서', expect: 'TLS 인증서', category: 'plain' },
  { query: '포트 포워딩', expect: 'NAT(Network Address Translation)', category: 'plain' },

  // particles
  { query: 'TCP가 뭐야', expect: 'TCP(Transmission Control Protocol)', category: 'particles' },
  { query: '라우터의 역할', expect: '라우터(Router)', category: 'particles' },
  { query: '세션은 어디에 저장돼요', expect: '세션(Session)', category: 'particles' },
  { query: 'UDP의 특징', expect: 'UDP(User Datagram Protocol)', category: 'particles' },

  // question
  { query: 'CORS 에러 왜 나요', expect: 'CORS(Cross-Origin Resource Sharing)', category: 'question' },
  { query: 'HTTPS 왜 써야 돼요', expect: 'HTTPS', category: 'question' },
  {
    query: '3-way 핸드셰이크 안 하면 어떻게 돼',
    expect: '3-way 핸드셰이크(3-way Handshake)',
    category: 'question',
  },
  { query: '서브넷은 왜 나누는 거야', expect: '서브넷 마스크(Subnet Mask)', category: 'question' },
  {
    query: '외부에서 우리집 서버에 접속하려면 어떻게 해',
    expect: 'NAT(Network Address Translation)',
    category: 'question',
  },
  { query: 'IPv6는 왜 필요해', expect: 'IP 주소(IP Address)', category: 'question' },
  { query: 'TLS 인증서 무료로 발급받으려면 어떻게 해요', expect: 'TLS 인증서', category: 'question' },
  { query: 'OSI 계층은 왜 나눈 거야', expect: 'OSI 7계층(OSI 7 Layer)', category: 'question' },
  { query: '스위치는 뭐하는거야', expect: '스위치(Switch)', category: 'question' },

  // spacing
  { query: '서브넷마스크', expect: '서브넷 마스크(Subnet Mask)', category: 'spacing' },
  { query: '3way핸드셰이크', expect: '3-way 핸드셰이크(3-way Handshake)', category: 'spacing' },
  { query: '공인ip랑사설ip', expect: '공인 IP와 사설 IP', category: 'spacing' },
  { query: 'dns동작과정', expect: 'DNS 동작 과정', category: 'spacing' },

  // typo-query
  { query: '3way 헨드셰이크', expect: '3-way 핸드셰이크(3-way Handshake)', category: 'typo-query' },
  { query: 'CROS 에러 해결', expect: 'CORS(Cross-Origin Resource Sharing)', category: 'typo-query' },
  { query: 'TSL 인증서 발급', expect: 'TLS 인증서', category: 'typo-query' },
  { query: '새션 로그인 유지', expect: '세션(Session)', category: 'typo-query' },
  { query: '라우타가 하는 일', expect: '라우터(Router)', category: 'typo-query' },

  // typo-notes: the notes spell these 핸드쉐이크, 프로토컬, 브라우져
  { query: '4-way 핸드셰이크', expect: '4-way 핸드쉐이크', category: 'typo-notes' },
  { query: '연결형 프로토콜이 뭐야', expect: 'TCP(Transmission Control Protocol)', category: 'typo-notes' },
  { query: '브라우저 캐시 확인하는 순서', expect: 'DNS 동작 과정', category: 'typo-notes' },

  // keyboard: 라우터, 서브넷 마스크 typed on an English layout
  { query: 'fkdnxj', expect: '라우터(Router)', category: 'keyboard' },
  { query: 'tjqmspt aktmzm', expect: '서브넷 마스크(Subnet Mask)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅂㄴ ㅁㅅㅋ', expect: '서브넷 마스크(Subnet Mask)', category: 'choseong' },
  { query: 'ㅅㅌ ㅋㄷ', expect: '상태 코드', category: 'choseong' },

  // english-glossary
  { query: 'three-way handshake', expect: '3-way 핸드셰이크(3-way Handshake)', category: 'english-glossary' },
  {
    query: 'same origin policy',
    expect: 'CORS(Cross-Origin Resource Sharing)',
    category: 'english-glossary',
  },
  { query: 'mac address', expect: '스위치(Switch)', category: 'english-glossary' },
  { query: 'private ip address', expect: '공인 IP와 사설 IP', category: 'english-glossary' },

  // english: no glossary entry / spelled only in Hangul in the notes
  { query: 'preflight request', expect: 'CORS(Cross-Origin Resource Sharing)', category: 'english' },
  { query: 'well known port numbers', expect: '포트(Port)', category: 'english' },
  { query: 'what is port forwarding', expect: 'NAT(Network Address Translation)', category: 'english' },
  { query: 'why is udp faster than tcp', expect: 'UDP(User Datagram Protocol)', category: 'english' },
  { query: 'what does a dns resolver do', expect: 'DNS 동작 과정', category: 'english' },

  // paraphrase
  { query: '주소창에 도메인 치면 IP 찾아가는 순서', expect: 'DNS 동작 과정', category: 'paraphrase' },
  {
    query: '공유기 하나로 여러 기기가 인터넷 같이 쓰는 원리',
    expect: 'NAT(Network Address Translation)',
    category: 'paraphrase',
  },
  { query: '서버가 로그인한 사용자를 기억하는 방법', expect: '세션(Session)', category: 'paraphrase' },
  { query: 'TCP 연결 끊을 때 주고받는 절차', expect: '4-way 핸드쉐이크', category: 'paraphrase' },
  { query: '404 403 같은 숫자 뜻', expect: '상태 코드', category: 'paraphrase' },
  { query: '데이터가 계층 내려갈 때 헤더 붙는 거', expect: 'TCP/IP 4계층', category: 'paraphrase' },

  // comparison
  {
    query: 'TCP랑 UDP 차이',
    expect: ['TCP(Transmission Control Protocol)', 'UDP(User Datagram Protocol)'],
    category: 'comparison',
    compare: ['TCP(Transmission Control Protocol)', 'UDP(User Datagram Protocol)'],
  },
  {
    query: '쿠키 vs 세션',
    expect: ['쿠키(Cookie)', '세션(Session)'],
    category: 'comparison',
    compare: ['쿠키(Cookie)', '세션(Session)'],
  },
  {
    query: '라우터 스위치 차이점',
    expect: ['라우터(Router)', '스위치(Switch)'],
    category: 'comparison',
    compare: ['라우터(Router)', '스위치(Switch)'],
  },
  {
    query: 'OSI 7계층이랑 TCP/IP 4계층 비교',
    expect: ['OSI 7계층(OSI 7 Layer)', 'TCP/IP 4계층'],
    category: 'comparison',
    compare: ['OSI 7계층(OSI 7 Layer)', 'TCP/IP 4계층'],
  },
  {
    query: 'HTTP HTTPS 뭐가 달라',
    expect: ['HTTP(HyperText Transfer Protocol)', 'HTTPS'],
    category: 'comparison',
    compare: ['HTTP(HyperText Transfer Protocol)', 'HTTPS'],
  },

  // miss
  { query: '이진 탐색 트리 구현하는 법', expect: null, category: 'miss' },
  { query: '리액트 useEffect 언제 써', expect: null, category: 'miss' },
  { query: '파이썬 데코레이터 예제', expect: null, category: 'miss' },

  // miss-shared: DHCP, QUIC, SameSite, 소켓 appear nowhere in the chapter
  { query: 'DHCP로 IP 주소 자동 할당 받는 과정', expect: null, category: 'miss-shared' },
  { query: 'HTTP/3 QUIC 프로토콜 특징', expect: null, category: 'miss-shared' },
  { query: '쿠키 SameSite 속성', expect: null, category: 'miss-shared' },
  { query: 'TCP 소켓 프로그래밍 예제', expect: null, category: 'miss-shared' },
];
