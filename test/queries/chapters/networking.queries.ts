import type { ChapterQuery } from './types.ts';

const OSI = 'OSI 7계층(OSI 7 Layer)';
const TCPIP = 'TCP/IP 4계층';
const IP = 'IP 주소(IP Address)';
const PUBLIC_PRIVATE = '공인 IP와 사설 IP';
const SUBNET = '서브넷 마스크(Subnet Mask)';
const PORT = '포트(Port)';
const TCP = 'TCP(Transmission Control Protocol)';
const UDP = 'UDP(User Datagram Protocol)';
const HANDSHAKE3 = '3-way 핸드셰이크(3-way Handshake)';
const HANDSHAKE4 = '4-way 핸드쉐이크';
const ROUTER = '라우터(Router)';
const SWITCH = '스위치(Switch)';
const NAT = 'NAT(Network Address Translation)';
const DNS = 'DNS 동작 과정';
const HTTP = 'HTTP(HyperText Transfer Protocol)';
const STATUS = '상태 코드';
const HTTPS = 'HTTPS';
const TLS = 'TLS 인증서';
const COOKIE = '쿠키(Cookie)';
const SESSION = '세션(Session)';
const CORS = 'CORS(Cross-Origin Resource Sharing)';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '서브넷 마스크', expect: SUBNET, category: 'plain' },
  { query: 'HTTP 상태 코드', expect: STATUS, category: 'plain' },
  { query: 'TLS 인증서', expect: TLS, category: 'plain' },
  { query: '포트 포워딩', expect: NAT, category: 'plain' },

  // particles
  { query: 'TCP가 뭐야', expect: TCP, category: 'particles' },
  { query: '라우터의 역할', expect: ROUTER, category: 'particles' },
  { query: '세션은 어디에 저장돼요', expect: SESSION, category: 'particles' },
  { query: 'UDP의 특징', expect: UDP, category: 'particles' },

  // question
  { query: 'CORS 에러 왜 나요', expect: CORS, category: 'question' },
  { query: 'HTTPS 왜 써야 돼요', expect: HTTPS, category: 'question' },
  { query: '3-way 핸드셰이크 안 하면 어떻게 돼', expect: HANDSHAKE3, category: 'question' },
  { query: '서브넷은 왜 나누는 거야', expect: SUBNET, category: 'question' },
  { query: '외부에서 우리집 서버에 접속하려면 어떻게 해', expect: NAT, category: 'question' },
  { query: 'IPv6는 왜 필요해', expect: IP, category: 'question' },
  { query: 'TLS 인증서 무료로 발급받으려면 어떻게 해요', expect: TLS, category: 'question' },
  { query: 'OSI 계층은 왜 나눈 거야', expect: OSI, category: 'question' },
  { query: '스위치는 뭐하는거야', expect: SWITCH, category: 'question' },

  // spacing
  { query: '서브넷마스크', expect: SUBNET, category: 'spacing' },
  { query: '3way핸드셰이크', expect: HANDSHAKE3, category: 'spacing' },
  { query: '공인ip랑사설ip', expect: PUBLIC_PRIVATE, category: 'spacing' },
  { query: 'dns동작과정', expect: DNS, category: 'spacing' },

  // typo-query
  { query: '3way 헨드셰이크', expect: HANDSHAKE3, category: 'typo-query' },
  { query: 'CROS 에러 해결', expect: CORS, category: 'typo-query' },
  { query: 'TSL 인증서 발급', expect: TLS, category: 'typo-query' },
  { query: '새션 로그인 유지', expect: SESSION, category: 'typo-query' },
  { query: '라우타가 하는 일', expect: ROUTER, category: 'typo-query' },

  // typo-notes: the notes spell these 핸드쉐이크, 프로토컬, 브라우져
  { query: '4-way 핸드셰이크', expect: HANDSHAKE4, category: 'typo-notes' },
  { query: '연결형 프로토콜이 뭐야', expect: TCP, category: 'typo-notes' },
  { query: '브라우저 캐시 확인하는 순서', expect: DNS, category: 'typo-notes' },

  // keyboard: 라우터, 서브넷 마스크 typed on an English layout
  { query: 'fkdnxj', expect: ROUTER, category: 'keyboard' },
  { query: 'tjqmspt aktmzm', expect: SUBNET, category: 'keyboard' },

  // choseong
  { query: 'ㅅㅂㄴ ㅁㅅㅋ', expect: SUBNET, category: 'choseong' },
  { query: 'ㅅㅌ ㅋㄷ', expect: STATUS, category: 'choseong' },

  // english-glossary
  { query: 'three-way handshake', expect: HANDSHAKE3, category: 'english-glossary' },
  { query: 'same origin policy', expect: CORS, category: 'english-glossary' },
  { query: 'mac address', expect: SWITCH, category: 'english-glossary' },
  { query: 'private ip address', expect: PUBLIC_PRIVATE, category: 'english-glossary' },

  // english: no glossary entry / spelled only in Hangul in the notes
  { query: 'preflight request', expect: CORS, category: 'english' },
  { query: 'well known port numbers', expect: PORT, category: 'english' },
  { query: 'what is port forwarding', expect: NAT, category: 'english' },
  { query: 'why is udp faster than tcp', expect: UDP, category: 'english' },
  { query: 'what does a dns resolver do', expect: DNS, category: 'english' },

  // paraphrase
  { query: '주소창에 도메인 치면 IP 찾아가는 순서', expect: DNS, category: 'paraphrase' },
  { query: '공유기 하나로 여러 기기가 인터넷 같이 쓰는 원리', expect: NAT, category: 'paraphrase' },
  { query: '서버가 로그인한 사용자를 기억하는 방법', expect: SESSION, category: 'paraphrase' },
  { query: 'TCP 연결 끊을 때 주고받는 절차', expect: HANDSHAKE4, category: 'paraphrase' },
  { query: '404 403 같은 숫자 뜻', expect: STATUS, category: 'paraphrase' },
  { query: '데이터가 계층 내려갈 때 헤더 붙는 거', expect: TCPIP, category: 'paraphrase' },

  // comparison
  { query: 'TCP랑 UDP 차이', expect: [TCP, UDP], category: 'comparison', compare: [TCP, UDP] },
  { query: '쿠키 vs 세션', expect: [COOKIE, SESSION], category: 'comparison', compare: [COOKIE, SESSION] },
  { query: '라우터 스위치 차이점', expect: [ROUTER, SWITCH], category: 'comparison', compare: [ROUTER, SWITCH] },
  { query: 'OSI 7계층이랑 TCP/IP 4계층 비교', expect: [OSI, TCPIP], category: 'comparison', compare: [OSI, TCPIP] },
  { query: 'HTTP HTTPS 뭐가 달라', expect: [HTTP, HTTPS], category: 'comparison', compare: [HTTP, HTTPS] },

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
