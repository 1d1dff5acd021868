import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '서브넷 마스크', expect: '서브넷 마스크(Subnet Mask)', category: 'plain' },
  { query: 'VLSM', expect: '가변 길이 서브넷 마스크(VLSM)', category: 'plain' },
  { query: '슈퍼넷팅', expect: '슈퍼넷팅(Supernetting)', category: 'plain' },
  { query: '클래스풀 주소', expect: '클래스풀 주소(Classful Addressing)', category: 'plain' },

  // particles
  { query: 'CIDR 표기법이 뭐야', expect: 'CIDR 표기법(CIDR Notation)', category: 'particles' },
  { query: 'NAT란', expect: '네트워크 주소 변환(NAT)', category: 'particles' },
  { query: 'ARP는 뭐임', expect: 'ARP(Address Resoluton Protocol)', category: 'particles' },
  { query: '공인 IP가 뭐야', expect: '공인 IP(Public IP)', category: 'particles' },
  { query: 'DHCP 임대란', expect: 'DHCP 임대(DHCP Lease)', category: 'particles' },

  // question
  {
    query: '/26이면 호스트 몇 개 쓸 수 있어',
    expect: '서브넷 계산(Subnet Calculaton)',
    category: 'question',
  },
  {
    query: '내 IP가 169.254로 시작해요 왜 그래',
    expect: '특수 용도 주소(Special-Purpose Addresses)',
    category: 'question',
  },
  { query: '내부망은 되는데 인터넷만 안 돼요', expect: '기본 게이트웨이', category: 'question' },
  { query: '집 공유기 안 서버에 밖에서 접속하려면', expect: '네트워크 주소 변환(NAT)', category: 'question' },
  {
    query: '10.0.0.0 대역 인터넷에서 써도 돼?',
    expect: '사설 IP 대역(Private Adress Ranges)',
    category: 'question',
  },
  { query: 'IPv6 주소 너무 긴데 줄여 쓰는 법', expect: '주소 생략 규칙', category: 'question' },
  {
    query: '부서마다 호스트 수가 다른데 서브넷 어떻게 나눠',
    expect: '가변 길이 서브넷 마스크(VLSM)',
    category: 'question',
  },
  {
    query: 'IP 자동으로 받을 때 무슨 일이 일어나',
    expect: 'DHCP 동작 과정(DHCP Process)',
    category: 'question',
  },
  {
    query: 'IP 주소로 MAC 주소 어떻게 알아내',
    expect: 'ARP(Address Resoluton Protocol)',
    category: 'question',
  },
  { query: 'IPv4 주소는 왜 부족해졌어', expect: '주소 고갈 문제', category: 'question' },

  // spacing
  { query: '서브넷마스크', expect: '서브넷 마스크(Subnet Mask)', category: 'spacing' },
  { query: '사설IP대역', expect: '사설 IP 대역(Private Adress Ranges)', category: 'spacing' },
  { query: '주소생략규칙', expect: '주소 생략 규칙', category: 'spacing' },
  { query: '네트워크 주소변환', expect: '네트워크 주소 변환(NAT)', category: 'spacing' },

  // typo-query
  { query: '서브냇 마스크', expect: '서브넷 마스크(Subnet Mask)', category: 'typo-query' },
  { query: '슈퍼넷딩', expect: '슈퍼넷팅(Supernetting)', category: 'typo-query' },
  { query: '브로드캐스드 주소', expect: '브로드캐스트 주소(Broadcast Address)', category: 'typo-query' },
  { query: '듀얼 스텍', expect: '듀얼 스택(Dual Stack)', category: 'typo-query' },
  { query: 'DHPC 임대', expect: 'DHCP 임대(DHCP Lease)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'subnet calculation', expect: '서브넷 계산(Subnet Calculaton)', category: 'typo-notes' },
  { query: 'private address ranges', expect: '사설 IP 대역(Private Adress Ranges)', category: 'typo-notes' },
  { query: 'address resolution protocol', expect: 'ARP(Address Resoluton Protocol)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tjqmspt aktmzm', expect: '서브넷 마스크(Subnet Mask)', category: 'keyboard' },
  { query: 'tbvjsptxld', expect: '슈퍼넷팅(Supernetting)', category: 'keyboard' },
  { query: 'xjsjffld', expect: '터널링(Tunneling)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅂㄴ ㅁㅅㅋ', expect: '서브넷 마스크(Subnet Mask)', category: 'choseong' },
  { query: 'ㄱㅂ ㄱㅇㅌㅇㅇ', expect: '기본 게이트웨이', category: 'choseong' },
  { query: 'ㅅㅍㄴㅌ', expect: '슈퍼넷팅(Supernetting)', category: 'choseong' },

  // english-glossary
  { query: 'static IP assignment', expect: '정적 IP 할당', category: 'english-glossary' },
  { query: 'IPv6 zero compression', expect: '주소 생략 규칙', category: 'english-glossary' },
  { query: 'default gateway', expect: '기본 게이트웨이', category: 'english-glossary' },
  { query: 'IPv4 address exhaustion', expect: '주소 고갈 문제', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how many usable hosts in a /24 network',
    expect: '서브넷 계산(Subnet Calculaton)',
    category: 'english',
  },
  {
    query: 'which IP blocks are reserved for internal networks',
    expect: '사설 IP 대역(Private Adress Ranges)',
    category: 'english',
  },
  {
    query: 'how does DHCP hand out an IP address',
    expect: 'DHCP 동작 과정(DHCP Process)',
    category: 'english',
  },
  {
    query: 'what is the loopback address 127.0.0.1',
    expect: '특수 용도 주소(Special-Purpose Addresses)',
    category: 'english',
  },
  {
    query: 'run IPv4 and IPv6 at the same time on one host',
    expect: '듀얼 스택(Dual Stack)',
    category: 'english',
  },

  // paraphrase
  {
    query: '작은 네트워크 여러 개를 하나로 합쳐서 라우팅 표 줄이기',
    expect: '슈퍼넷팅(Supernetting)',
    category: 'paraphrase',
  },
  {
    query: '주소 첫 숫자 보고 네트워크 크기 정하던 옛날 방식',
    expect: '클래스풀 주소(Classful Addressing)',
    category: 'paraphrase',
  },
  {
    query: '빌려준 주소 기한 끝나면 회수해서 다른 기기에 주기',
    expect: 'DHCP 임대(DHCP Lease)',
    category: 'paraphrase',
  },
  {
    query: '공유기가 내부 주소를 바깥 주소 하나로 바꿔서 내보내는 것',
    expect: '네트워크 주소 변환(NAT)',
    category: 'paraphrase',
  },
  {
    query: '32비트를 8비트씩 네 덩어리로 나눈 모양',
    expect: 'IPv4 주소 구조(IPv4 Structure)',
    category: 'paraphrase',
  },
  {
    query: '새 주소 체계 패킷을 옛날 망 패킷 안에 싸서 보내기',
    expect: '터널링(Tunneling)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '사설 IP 공인 IP 차이',
    expect: ['사설 IP 대역(Private Adress Ranges)', '공인 IP(Public IP)'],
    category: 'comparison',
    compare: ['사설 IP 대역(Private Adress Ranges)', '공인 IP(Public IP)'],
  },
  {
    query: '네트워크 주소 vs 브로드캐스트 주소',
    expect: ['네트워크 주소(Network Address)', '브로드캐스트 주소(Broadcast Address)'],
    category: 'comparison',
    compare: ['네트워크 주소(Network Address)', '브로드캐스트 주소(Broadcast Address)'],
  },
  {
    query: '듀얼 스택이랑 터널링 차이',
    expect: ['듀얼 스택(Dual Stack)', '터널링(Tunneling)'],
    category: 'comparison',
    compare: ['듀얼 스택(Dual Stack)', '터널링(Tunneling)'],
  },
  {
    query: '고정 IP랑 DHCP 차이가 뭐야',
    expect: ['정적 IP 할당', 'DHCP 동작 과정(DHCP Process)'],
    category: 'comparison',
    compare: ['정적 IP 할당', 'DHCP 동작 과정(DHCP Process)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '고려 무신정권 한국사 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'BGP 라우팅 프로토콜 경로 선택', expect: null, category: 'miss-shared' },
  { query: 'IPsec VPN 터널 설정', expect: null, category: 'miss-shared' },
  { query: 'TCP 3-way handshake 과정', expect: null, category: 'miss-shared' },
  { query: 'DNS CNAME 레코드 설정', expect: null, category: 'miss-shared' },
];
