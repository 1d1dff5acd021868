import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '패킷 필터링', expect: '패킷 필터링(Packet Filtering)', category: 'plain' },
  { query: '보안 그룹', expect: '보안 그룹(Security Group)', category: 'plain' },
  { query: '제로 트러스트', expect: '제로 트러스트(Zero Trust)', category: 'plain' },
  { query: '웹 방화벽', expect: '웹 방화벽(WAF)', category: 'plain' },

  // particles
  { query: '넷필터가 뭐야', expect: '넷필터(Netfilter)', category: 'particles' },
  { query: 'DMZ란', expect: 'DMZ(Demilitarized Zone)', category: 'particles' },
  { query: '침입 방지 시스템이 뭐임', expect: '침입 방지 시스템(IPS)', category: 'particles' },
  { query: '기본 정책은 뭐야', expect: '기본 정책(Default Policy)', category: 'particles' },
  { query: '심층 방어란', expect: '심층 방어', category: 'particles' },

  // question
  {
    query: 'AWS에서 DB는 웹서버에서 오는 요청만 받게 하려면 어떻게 해',
    expect: '보안 그룹(Security Group)',
    category: 'question',
  },
  {
    query: 'iptables로 INPUT DROP 걸었더니 SSH가 끊겼어요',
    expect: 'iptables 규칙 작성(iptables Rules)',
    category: 'question',
  },
  { query: 'NACL에서 응답이 안 돌아와요 왜 그래', expect: '네트워크 ACL(Network ACL)', category: 'question' },
  { query: '방화벽 있는데 SQL 인젝션은 왜 못 막아', expect: '웹 방화벽(WAF)', category: 'question' },
  {
    query: '공유기 8080으로 들어오면 내부 서버로 보내려면 어떻게 해',
    expect: 'NAT와 포트 포워딩(NAT & Port Forwading)',
    category: 'question',
  },
  {
    query: '프라이빗 서브넷에 있는 서버에 SSH 접속하려면 어떻게 해',
    expect: '배스천 호스트',
    category: 'question',
  },
  {
    query: '응답 패킷 규칙 따로 안 열어도 되는 이유가 뭐야',
    expect: '상태 기반 검사(Stateful Inspecton)',
    category: 'question',
  },
  {
    query: '집에서 회사 내부 시스템 접속하려면 뭐 써야 돼',
    expect: 'VPN(Virtual Private Network)',
    category: 'question',
  },
  { query: '0.0.0.0/0으로 다 열어두면 왜 안 돼', expect: '최소 권한 원칙', category: 'question' },
  { query: 'IDS 경보는 뜨는데 왜 공격이 차단 안 돼', expect: '침입 탐지 시스템(IDS)', category: 'question' },

  // spacing
  { query: '패킷필터링', expect: '패킷 필터링(Packet Filtering)', category: 'spacing' },
  { query: '상태기반 검사', expect: '상태 기반 검사(Stateful Inspecton)', category: 'spacing' },
  { query: '침입탐지시스템', expect: '침입 탐지 시스템(IDS)', category: 'spacing' },
  { query: '배스천호스트', expect: '배스천 호스트', category: 'spacing' },

  // typo-query
  { query: '방하벽', expect: '방화벽(Firewall)', category: 'typo-query' },
  { query: '넷필타', expect: '넷필터(Netfilter)', category: 'typo-query' },
  { query: '보안 그롭', expect: '보안 그룹(Security Group)', category: 'typo-query' },
  { query: 'iptalbes 규칙', expect: 'iptables 규칙 작성(iptables Rules)', category: 'typo-query' },
  { query: '제로 투러스트', expect: '제로 트러스트(Zero Trust)', category: 'typo-query' },

  // typo-notes
  { query: 'stateful inspection', expect: '상태 기반 검사(Stateful Inspecton)', category: 'typo-notes' },
  { query: 'table and chain', expect: '테이블과 체인(Table & Chian)', category: 'typo-notes' },
  { query: 'port forwarding', expect: 'NAT와 포트 포워딩(NAT & Port Forwading)', category: 'typo-notes' },

  // keyboard
  { query: 'qkdghkqur', expect: '방화벽(Firewall)', category: 'keyboard' },
  { query: 'sptvlfxj', expect: '넷필터(Netfilter)', category: 'keyboard' },
  { query: 'qhdks rmfnq', expect: '보안 그룹(Security Group)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㄹㅌㄹㅅㅌ', expect: '제로 트러스트(Zero Trust)', category: 'choseong' },
  { query: 'ㅅㄱㄴㅊㄱㅂㅌㅈ', expect: '시그니처 기반 탐지', category: 'choseong' },
  { query: 'ㅍㅋㅍㅌㄹ', expect: '패킷 필터링(Packet Filtering)', category: 'choseong' },

  // english-glossary
  { query: 'defense in depth', expect: '심층 방어', category: 'english-glossary' },
  { query: 'principle of least privilege', expect: '최소 권한 원칙', category: 'english-glossary' },
  { query: 'bastion host', expect: '배스천 호스트', category: 'english-glossary' },
  { query: 'network segmentation', expect: '망 분리', category: 'english-glossary' },

  // english
  {
    query: 'track connection state so reply packets are allowed automatically',
    expect: '상태 기반 검사(Stateful Inspecton)',
    category: 'english',
  },
  { query: 'silently discard a packet without sending a response', expect: 'DROP', category: 'english' },
  {
    query: 'filter traffic at the subnet level with allow and deny rules',
    expect: '네트워크 ACL(Network ACL)',
    category: 'english',
  },
  {
    query: 'encrypted tunnel over the public internet',
    expect: 'VPN(Virtual Private Network)',
    category: 'english',
  },
  { query: 'block SQL injection and XSS at the HTTP layer', expect: '웹 방화벽(WAF)', category: 'english' },

  // paraphrase
  {
    query: '공개 서버를 내부망이랑 떼어서 따로 두는 중간 구역',
    expect: 'DMZ(Demilitarized Zone)',
    category: 'paraphrase',
  },
  { query: '경보만 울리고 막지는 않는 감시 장비', expect: '침입 탐지 시스템(IDS)', category: 'paraphrase' },
  {
    query: '알려진 공격 패턴 목록이랑 대조해서 찾아내는 방법',
    expect: '시그니처 기반 탐지',
    category: 'paraphrase',
  },
  {
    query: '사설 주소를 공인 주소로 바꿔서 내보내는 것',
    expect: 'NAT와 포트 포워딩(NAT & Port Forwading)',
    category: 'paraphrase',
  },
  {
    query: '회사 안쪽이라도 믿지 말고 요청마다 확인하는 보안 모델',
    expect: '제로 트러스트(Zero Trust)',
    category: 'paraphrase',
  },
  {
    query: '리눅스 커널 안에서 패킷을 실제로 거르는 부분',
    expect: '넷필터(Netfilter)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'IDS IPS 차이',
    expect: ['침입 탐지 시스템(IDS)', '침입 방지 시스템(IPS)'],
    category: 'comparison',
    compare: ['침입 탐지 시스템(IDS)', '침입 방지 시스템(IPS)'],
  },
  {
    query: '보안 그룹이랑 NACL 차이',
    expect: ['보안 그룹(Security Group)', '네트워크 ACL(Network ACL)'],
    category: 'comparison',
    compare: ['보안 그룹(Security Group)', '네트워크 ACL(Network ACL)'],
  },
  {
    query: 'DROP vs REJECT',
    expect: ['DROP', 'REJECT'],
    category: 'comparison',
    compare: ['DROP', 'REJECT'],
  },
  {
    query: 'IPsec이랑 SSL VPN 뭐가 달라',
    expect: ['IPsec', 'SSL VPN'],
    category: 'comparison',
    compare: ['IPsec', 'SSL VPN'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '피아노 페달 밟는 법', expect: null, category: 'miss' },
  { query: '광합성 명반응 과정', expect: null, category: 'miss' },

  // miss-shared
  { query: "Let's Encrypt 인증서 자동 갱신", expect: null, category: 'miss-shared' },
  { query: 'DNS 캐시 포이즈닝 공격', expect: null, category: 'miss-shared' },
  { query: '와이파이 WPA2 보안 설정', expect: null, category: 'miss-shared' },
  { query: 'CSRF 토큰으로 방어하기', expect: null, category: 'miss-shared' },
];
