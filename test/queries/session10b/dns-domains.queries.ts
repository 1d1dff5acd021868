import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'DNSSEC', expect: 'DNSSEC(DNS Security Extensions)', category: 'plain' },
  { query: '루트 네임서버', expect: '루트 네임서버(Root Name Server)', category: 'plain' },
  { query: 'MX 레코드', expect: 'MX 레코드(Mail Exchanger)', category: 'plain' },
  { query: '네거티브 캐싱', expect: '네거티브 캐싱(NXDOMAIN)', category: 'plain' },

  // particles
  { query: 'CNAME 레코드가 뭐야', expect: 'CNAME 레코드(Canonical Name)', category: 'particles' },
  { query: 'TTL이란', expect: 'TTL(Time To Live)', category: 'particles' },
  { query: '재귀 리졸버는 뭐임', expect: '재귀 리졸버(Recursive Resolver)', category: 'particles' },
  { query: 'TXT 레코드란', expect: 'TXT 레코드(Text Record)', category: 'particles' },
  { query: 'SOA 레코드가 뭐야', expect: 'SOA 레코드(Start of Authority)', category: 'particles' },

  // question
  {
    query: '네임서버 옮겼는데 하루 넘게 옛날 IP가 나와요',
    expect: '도메인 변경 전파',
    category: 'question',
  },
  {
    query: 'example.com 루트 도메인에 CNAME 걸면 안 돼?',
    expect: 'CNAME 레코드(Canonical Name)',
    category: 'question',
  },
  {
    query: '메일 서버 두 대 중 하나 죽으면 어떻게 돼',
    expect: 'MX 레코드(Mail Exchanger)',
    category: 'question',
  },
  { query: '내 PC DNS 캐시 비우려면 어떻게 해', expect: 'DNS 캐시 계층(Cache Layers)', category: 'question' },
  { query: '서버 이전 전에 TTL 미리 낮춰야 하는 이유', expect: 'TTL(Time To Live)', category: 'question' },
  {
    query: '레코드 만들기 전에 조회했더니 계속 없다고 나와요',
    expect: '네거티브 캐싱(NXDOMAIN)',
    category: 'question',
  },
  { query: 'SPF DKIM 설정은 어디에 넣어', expect: 'TXT 레코드(Text Record)', category: 'question' },
  { query: 'DNS 질의는 UDP야 TCP야', expect: 'DNS란(Domain Name System)', category: 'question' },
  { query: 'dig로 특정 DNS 서버에 물어보려면', expect: 'dig 명령어(dig Command)', category: 'question' },
  {
    query: '로컬 개발할 때 도메인을 내 IP로 보내려면 어떻게 해',
    expect: '질의 흐름 정리(Lookup Flow)',
    category: 'question',
  },

  // spacing
  {
    query: '권한있는네임서버',
    expect: '권한 있는 네임서버(Authoritive Name Server)',
    category: 'spacing',
  },
  { query: '반복질의', expect: '반복 질의(Iterativ Query)', category: 'spacing' },
  { query: 'DNS캐시포이즈닝', expect: 'DNS 캐시 포이즈닝(Cache Poisonning)', category: 'spacing' },
  { query: '도메인이름구조', expect: '도메인 이름 구조(Domain Name Structure)', category: 'spacing' },

  // typo-query
  { query: '재귀 리졸바', expect: '재귀 리졸버(Recursive Resolver)', category: 'typo-query' },
  { query: 'DNSSCE', expect: 'DNSSEC(DNS Security Extensions)', category: 'typo-query' },
  { query: 'CNMAE 레코드', expect: 'CNAME 레코드(Canonical Name)', category: 'typo-query' },
  { query: '도매인 변경 전파', expect: '도메인 변경 전파', category: 'typo-query' },
  { query: '네거티브 캐슁', expect: '네거티브 캐싱(NXDOMAIN)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'authoritative name server',
    expect: '권한 있는 네임서버(Authoritive Name Server)',
    category: 'typo-notes',
  },
  { query: 'iterative query', expect: '반복 질의(Iterativ Query)', category: 'typo-notes' },
  { query: 'cache poisoning', expect: 'DNS 캐시 포이즈닝(Cache Poisonning)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qksqhr wlfdml', expect: '반복 질의(Iterativ Query)', category: 'keyboard' },
  { query: 'duddur wjsthd', expect: '영역 전송(AXFR)', category: 'keyboard' },
  { query: 'wnth fpzhem', expect: '주소 레코드', category: 'keyboard' },

  // choseong
  { query: 'ㅈㄱㅈㅇ', expect: '재귀 질의(Recursive Query)', category: 'choseong' },
  { query: 'ㄷㅁㅇㅂㄱㅈㅍ', expect: '도메인 변경 전파', category: 'choseong' },
  { query: 'ㅂㅎㅂㅅ', expect: 'DNS 기반 부하 분산', category: 'choseong' },

  // english-glossary
  { query: 'reverse DNS lookup', expect: 'PTR 레코드(역방향 조회)', category: 'english-glossary' },
  { query: 'DNS propagation', expect: '도메인 변경 전파', category: 'english-glossary' },
  { query: 'zone transfer', expect: '영역 전송(AXFR)', category: 'english-glossary' },
  { query: 'DNS load balancing', expect: 'DNS 기반 부하 분산', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'what is an FQDN and the trailing dot',
    expect: '도메인 이름 구조(Domain Name Structure)',
    category: 'english',
  },
  { query: 'map a domain to an IPv6 address', expect: 'AAAA 레코드(IPv6)', category: 'english' },
  { query: 'send DNS queries encrypted over HTTPS', expect: 'DoH와 DoT(Encrypted DNS)', category: 'english' },
  {
    query: 'how many root servers are there',
    expect: '루트 네임서버(Root Name Server)',
    category: 'english',
  },
  {
    query: 'serial number with refresh retry expire values',
    expect: 'SOA 레코드(Start of Authority)',
    category: 'english',
  },

  // paraphrase
  {
    query: '이름을 숫자 주소로 바꿔주는 인터넷 전화번호부',
    expect: 'DNS란(Domain Name System)',
    category: 'paraphrase',
  },
  {
    query: '메일 받을 서버를 우선순위 붙여서 정해두는 설정',
    expect: 'MX 레코드(Mail Exchanger)',
    category: 'paraphrase',
  },
  {
    query: '하나의 이름에 다른 이름을 별명처럼 연결',
    expect: 'CNAME 레코드(Canonical Name)',
    category: 'paraphrase',
  },
  {
    query: '가짜 답을 먼저 밀어넣어서 사용자를 엉뚱한 사이트로 보내는 공격',
    expect: 'DNS 캐시 포이즈닝(Cache Poisonning)',
    category: 'paraphrase',
  },
  {
    query: '응답이 위조 안 됐는지 서명으로 확인하는 확장',
    expect: 'DNSSEC(DNS Security Extensions)',
    category: 'paraphrase',
  },
  {
    query: '.com .kr 같은 맨 끝 이름을 맡는 서버',
    expect: 'TLD 네임서버(TLD Name Server)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '재귀 질의 반복 질의 차이',
    expect: ['재귀 질의(Recursive Query)', '반복 질의(Iterativ Query)'],
    category: 'comparison',
    compare: ['재귀 질의(Recursive Query)', '반복 질의(Iterativ Query)'],
  },
  {
    query: 'A 레코드랑 AAAA 레코드 차이',
    expect: ['A 레코드(IPv4)', 'AAAA 레코드(IPv6)'],
    category: 'comparison',
    compare: ['A 레코드(IPv4)', 'AAAA 레코드(IPv6)'],
  },
  {
    query: '권한 있는 네임서버랑 재귀 리졸버 차이',
    expect: ['권한 있는 네임서버(Authoritive Name Server)', '재귀 리졸버(Recursive Resolver)'],
    category: 'comparison',
    compare: ['권한 있는 네임서버(Authoritive Name Server)', '재귀 리졸버(Recursive Resolver)'],
  },
  {
    query: 'DNSSEC vs DoH 뭐가 달라',
    expect: ['DNSSEC(DNS Security Extensions)', 'DoH와 DoT(Encrypted DNS)'],
    category: 'comparison',
    compare: ['DNSSEC(DNS Security Extensions)', 'DoH와 DoT(Encrypted DNS)'],
  },

  // miss
  { query: '스쿼트 자세 교정하는 법', expect: null, category: 'miss' },
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 외우기', expect: null, category: 'miss' },

  // miss-shared
  { query: 'IP 주소 서브넷 마스크 계산', expect: null, category: 'miss-shared' },
  { query: 'HTTPS 인증서 certbot으로 발급받기', expect: null, category: 'miss-shared' },
  { query: 'DHCP로 IP 주소 자동 할당', expect: null, category: 'miss-shared' },
  { query: '메일 서버 POP3 IMAP 설정', expect: null, category: 'miss-shared' },
];
