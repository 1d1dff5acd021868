import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '투명 프록시', expect: '투명 프록시(Transparent Proxy)', category: 'plain' },
  { query: '스플릿 터널링', expect: '스플릿 터널링(Split Tunneling)', category: 'plain' },
  { query: '제로 트러스트', expect: '제로 트러스트(Zero Trust)', category: 'plain' },
  { query: '프록시 캐시', expect: '프록시 캐시(Proxy Cache)', category: 'plain' },

  // particles
  { query: '리버스 프록시가 뭐야', expect: '리버스 프록시(Reverse Procy)', category: 'particles' },
  { query: '와이어가드란', expect: '와이어가드(WireGuard)', category: 'particles' },
  { query: '캡슐화는 뭐임', expect: '캡슐화', category: 'particles' },
  { query: 'IPsec이 뭐야', expect: 'IPsec', category: 'particles' },
  { query: '사이트 간 VPN이란', expect: '사이트 간 VPN(Site-to-Site VPN)', category: 'particles' },

  // question
  {
    query: '회사에서 직원들이 특정 사이트 못 들어가게 막으려면 뭐 써',
    expect: '포워드 프록시(Forward Proxy)',
    category: 'question',
  },
  {
    query: 'nginx 뒤에 있는 서버 로그에 사용자 IP가 다 똑같이 찍혀요',
    expect: '클라이언트 IP 전달(X-Forwarded-For)',
    category: 'question',
  },
  {
    query: '회사 VPN 연결하면 유튜브까지 느려지는데 어떻게 해',
    expect: '스플릿 터널링(Split Tunneling)',
    category: 'question',
  },
  { query: 'VPN 갑자기 끊겼을 때 내 IP 노출 안 되게 하려면', expect: '킬 스위치', category: 'question' },
  {
    query: '터미널에서 git clone이 사내 프록시 때문에 안 돼요',
    expect: '프록시 환경 변수(HTTP_PROXY)',
    category: 'question',
  },
  {
    query: 'HTTP 프록시로 https 사이트는 어떻게 접속해',
    expect: 'HTTP 터널링(CONNECT Method)',
    category: 'question',
  },
  { query: 'VPN 켜면 큰 패킷만 자꾸 막혀요 MTU 왜 줄여야 돼', expect: '캡슐화', category: 'question' },
  {
    query: '브라우저가 주소마다 프록시 쓸지 말지 알아서 고르게 하려면',
    expect: '프록시 자동 설정(PAC File)',
    category: 'question',
  },
  { query: 'ssh로 프록시 만드는 법', expect: 'SOCKS 프록시(SOCKS5)', category: 'question' },
  { query: '서버 여러 대에 요청 골고루 나누려면 어떻게 해', expect: '부하 분산', category: 'question' },

  // spacing
  { query: '리버스프록시', expect: '리버스 프록시(Reverse Procy)', category: 'spacing' },
  { query: '원격접속VPN', expect: '원격 접속 VPN(Remote Acess VPN)', category: 'spacing' },
  { query: '가상사설망', expect: '가상 사설망(VPN)', category: 'spacing' },
  { query: 'DNS누출방지', expect: 'DNS 누출 방지(DNS Leek Protection)', category: 'spacing' },

  // typo-query
  { query: '와이어가더', expect: '와이어가드(WireGuard)', category: 'typo-query' },
  { query: '포워드 프락시', expect: '포워드 프록시(Forward Proxy)', category: 'typo-query' },
  { query: '스플릿 터너링', expect: '스플릿 터널링(Split Tunneling)', category: 'typo-query' },
  { query: 'SOKCS 프록시', expect: 'SOCKS 프록시(SOCKS5)', category: 'typo-query' },
  { query: '제로 트로스트', expect: '제로 트러스트(Zero Trust)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'reverse proxy', expect: '리버스 프록시(Reverse Procy)', category: 'typo-notes' },
  { query: 'remote access vpn', expect: '원격 접속 VPN(Remote Acess VPN)', category: 'typo-notes' },
  { query: 'dns leak protection', expect: 'DNS 누출 방지(DNS Leek Protection)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'zoqtbfghk', expect: '캡슐화', category: 'keyboard' },
  { query: 'dhkdldjrkem', expect: '와이어가드(WireGuard)', category: 'keyboard' },
  { query: 'tmvmfflt xjsjffld', expect: '스플릿 터널링(Split Tunneling)', category: 'keyboard' },

  // choseong
  { query: 'ㅍㅇㄷ ㅍㄹㅅ', expect: '포워드 프록시(Forward Proxy)', category: 'choseong' },
  { query: 'ㅅㅍㄹ ㅌㄴㄹ', expect: '스플릿 터널링(Split Tunneling)', category: 'choseong' },
  { query: 'ㅈㄹ ㅌㄹㅅㅌ', expect: '제로 트러스트(Zero Trust)', category: 'choseong' },

  // english-glossary
  { query: 'load balancing', expect: '부하 분산', category: 'english-glossary' },
  { query: 'packet encapsulation', expect: '캡슐화', category: 'english-glossary' },
  { query: 'kill switch', expect: '킬 스위치', category: 'english-glossary' },
  { query: 'onion routing', expect: '양파 라우팅', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'terminate TLS in front of backend servers',
    expect: '리버스 프록시(Reverse Procy)',
    category: 'english',
  },
  { query: 'tunnel HTTPS through an HTTP proxy', expect: 'HTTP 터널링(CONNECT Method)', category: 'english' },
  {
    query: 'header that carries the original client ip',
    expect: '클라이언트 IP 전달(X-Forwarded-For)',
    category: 'english',
  },
  {
    query: 'connect branch office network to headquarters',
    expect: '사이트 간 VPN(Site-to-Site VPN)',
    category: 'english',
  },
  {
    query: 'encrypt only the payload and keep the original ip header',
    expect: '전송 모드(Transport Mode)',
    category: 'english',
  },

  // paraphrase
  {
    query: '사용자가 설정 안 했는데 통신망 장비가 중간에서 몰래 가로채는 중계',
    expect: '투명 프록시(Transparent Proxy)',
    category: 'paraphrase',
  },
  {
    query: '재택근무자가 집에서 회사 내부망 들어가는 방법',
    expect: '원격 접속 VPN(Remote Acess VPN)',
    category: 'paraphrase',
  },
  {
    query: '한 번 들어왔다고 다 믿지 말고 매번 확인하는 보안 모델',
    expect: '제로 트러스트(Zero Trust)',
    category: 'paraphrase',
  },
  {
    query: '다른 나라 IP로 접속해서 그 나라 전용 콘텐츠 보기',
    expect: '지역 차단 우회',
    category: 'paraphrase',
  },
  {
    query: '자주 찾는 응답을 중간에 저장해서 원본까지 안 가게 하기',
    expect: '프록시 캐시(Proxy Cache)',
    category: 'paraphrase',
  },
  {
    query: '코드가 몇천 줄밖에 안 되는 가볍고 빠른 최신 터널 프로토콜',
    expect: '와이어가드(WireGuard)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '포워드 프록시 리버스 프록시 차이',
    expect: ['포워드 프록시(Forward Proxy)', '리버스 프록시(Reverse Procy)'],
    category: 'comparison',
    compare: ['포워드 프록시(Forward Proxy)', '리버스 프록시(Reverse Procy)'],
  },
  {
    query: 'IPsec 전송 모드 vs 터널 모드',
    expect: ['전송 모드(Transport Mode)', '터널 모드(Tunnel Mode)'],
    category: 'comparison',
    compare: ['전송 모드(Transport Mode)', '터널 모드(Tunnel Mode)'],
  },
  {
    query: '와이어가드랑 오픈VPN 뭐가 달라',
    expect: ['와이어가드(WireGuard)', '오픈VPN(OpenVPN)'],
    category: 'comparison',
    compare: ['와이어가드(WireGuard)', '오픈VPN(OpenVPN)'],
  },
  {
    query: '사이트 간 VPN이랑 원격 접속 VPN 차이점',
    expect: ['사이트 간 VPN(Site-to-Site VPN)', '원격 접속 VPN(Remote Acess VPN)'],
    category: 'comparison',
    compare: ['사이트 간 VPN(Site-to-Site VPN)', '원격 접속 VPN(Remote Acess VPN)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '임진왜란이 일어난 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: '디자인 패턴 중 프록시 패턴 구현', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 인그레스 컨트롤러 설정', expect: null, category: 'miss-shared' },
  { query: 'VPC 서브넷 라우팅 테이블 구성', expect: null, category: 'miss-shared' },
  { query: 'DNS CNAME 레코드 등록하는 법', expect: null, category: 'miss-shared' },
];
