import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '쿼럼', expect: '쿼럼(Quorum)', category: 'plain' },
  { query: '펜싱 토큰', expect: '펜싱 토큰(Fencing Token)', category: 'plain' },
  { query: '로그 복제', expect: '로그 복제(Log Replication)', category: 'plain' },
  { query: 'PACELC', expect: 'PACELC 정리', category: 'plain' },

  // particles
  { query: '장애 모델이 뭐야', expect: '장애 모델(Failure Model)', category: 'particles' },
  { query: 'FLP 불가능성이란', expect: 'FLP 불가능성', category: 'particles' },
  { query: '최종 일관성은 뭐임', expect: '최종 일관성(Eventual Consistency)', category: 'particles' },
  { query: '합의 문제란 뭐야', expect: '합의 문제(Consensus Problem)', category: 'particles' },
  { query: '리더리스 복제가 뭐야', expect: '리더리스 복제(Leaderless)', category: 'particles' },

  // question
  { query: 'W랑 R 값을 어떻게 정해야 최신 값을 읽어', expect: '쿼럼(Quorum)', category: 'question' },
  { query: '클러스터를 2대로 구성하면 왜 안 돼', expect: '분할 뇌(Split Brian)', category: 'question' },
  {
    query: '방금 프로필 바꿨는데 새로고침하니 옛날 값이 나와요',
    expect: '내가 쓴 값 읽기 보장',
    category: 'question',
  },
  {
    query: '2PC 하다가 코디네이터 죽으면 어떻게 돼',
    expect: '2단계 커밋(Two-Phase Commit)',
    category: 'question',
  },
  { query: 'Raft 선거 타임아웃은 왜 랜덤으로 줘', expect: '임기와 투표(Term & Vote)', category: 'question' },
  { query: '서버마다 시간이 다른데 이벤트 순서는 어떻게 정해', expect: '논리 시계', category: 'question' },
  {
    query: '비동기 복제 쓰면 데이터 날아갈 수 있어?',
    expect: '비동기 복제(Asynchronous)',
    category: 'question',
  },
  {
    query: '팔로워 로그가 리더랑 다르면 어떻게 맞춰',
    expect: '로그 복제(Log Replication)',
    category: 'question',
  },
  { query: 'CAP에서 C는 ACID의 C랑 같은 거야?', expect: 'CAP 정리(CAP Theorm)', category: 'question' },
  {
    query: '쿠버네티스 상태는 어디에 저장돼',
    expect: '코디네이션 서비스(ZooKeeper & etcd)',
    category: 'question',
  },

  // spacing
  { query: '분할뇌', expect: '분할 뇌(Split Brian)', category: 'spacing' },
  { query: '리더기반복제', expect: '리더 기반 복제(Leader-based Replication)', category: 'spacing' },
  { query: '인과적일관성', expect: '인과적 일관성(Causal Consistency)', category: 'spacing' },
  { query: '코디네이션서비스', expect: '코디네이션 서비스(ZooKeeper & etcd)', category: 'spacing' },

  // typo-query
  { query: '쿼롬', expect: '쿼럼(Quorum)', category: 'typo-query' },
  { query: 'Rfat 개요', expect: 'Raft 개요', category: 'typo-query' },
  { query: '비잔틴 장에 허용', expect: '비잔틴 장애 허용', category: 'typo-query' },
  { query: '리더 선츌', expect: '리더 선출(Leader Elction)', category: 'typo-query' },
  { query: '인과젹 일관성', expect: '인과적 일관성(Causal Consistency)', category: 'typo-query' },

  // typo-notes
  { query: 'CAP theorem', expect: 'CAP 정리(CAP Theorm)', category: 'typo-notes' },
  { query: 'split brain', expect: '분할 뇌(Split Brian)', category: 'typo-notes' },
  { query: 'leader election', expect: '리더 선출(Leader Elction)', category: 'typo-notes' },

  // keyboard
  { query: 'znjfja', expect: '쿼럼(Quorum)', category: 'keyboard' },
  { query: 'qnsgkf shl', expect: '분할 뇌(Split Brian)', category: 'keyboard' },
  { query: 'vkrthtm', expect: '팍소스(Paxos)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㄷ ㅅㅊ', expect: '리더 선출(Leader Elction)', category: 'choseong' },
  { query: 'ㄴㄹ ㅅㄱ', expect: '논리 시계', category: 'choseong' },
  { query: 'ㅂㅈ ㅈㅇ', expect: '복제 지연', category: 'choseong' },

  // english-glossary
  { query: 'logical clock', expect: '논리 시계', category: 'english-glossary' },
  { query: 'read your writes', expect: '내가 쓴 값 읽기 보장', category: 'english-glossary' },
  { query: 'byzantine fault tolerance', expect: '비잔틴 장애 허용', category: 'english-glossary' },
  { query: 'conflict resolution', expect: '충돌 해결', category: 'english-glossary' },

  // english
  {
    query: 'how does raft send log entries to followers',
    expect: '로그 복제(Log Replication)',
    category: 'english',
  },
  {
    query: 'cluster split into two groups that cannot see each other',
    expect: '네트워크 분할(Network Partition)',
    category: 'english',
  },
  {
    query: 'how many nodes must acknowledge reads and writes so they overlap',
    expect: '쿼럼(Quorum)',
    category: 'english',
  },
  {
    query: 'impossibility of deterministic consensus in an asynchronous network',
    expect: 'FLP 불가능성',
    category: 'english',
  },
  {
    query: 'term number increases with every election',
    expect: '임기와 투표(Term & Vote)',
    category: 'english',
  },

  // paraphrase
  {
    query: '복사본이 여러 개인데도 딱 하나만 있는 것처럼 보이는 제일 센 보장',
    expect: '선형화 가능성(Linearizability)',
    category: 'paraphrase',
  },
  {
    query: '쓰기를 멈추면 결국엔 모든 사본이 같은 값이 되는 것',
    expect: '최종 일관성(Eventual Consistency)',
    category: 'paraphrase',
  },
  {
    query: '주인 노드 없이 아무 노드에나 쓰고 읽는 방식',
    expect: '리더리스 복제(Leaderless)',
    category: 'paraphrase',
  },
  { query: '팔로워가 원본보다 몇 초씩 뒤처지는 현상', expect: '복제 지연', category: 'paraphrase' },
  {
    query: '저장소가 예전 리더의 늦은 쓰기를 번호 비교로 거절하는 장치',
    expect: '펜싱 토큰(Fencing Token)',
    category: 'paraphrase',
  },
  {
    query: '여러 컴퓨터가 한 값에 모두 동의하게 만드는 문제',
    expect: '합의 문제(Consensus Problem)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '동기 복제 vs 비동기 복제',
    expect: ['동기 복제(Synchronous)', '비동기 복제(Asynchronous)'],
    category: 'comparison',
    compare: ['동기 복제(Synchronous)', '비동기 복제(Asynchronous)'],
  },
  {
    query: 'Raft랑 Paxos 차이',
    expect: ['Raft 개요', '팍소스(Paxos)'],
    category: 'comparison',
    compare: ['Raft 개요', '팍소스(Paxos)'],
  },
  {
    query: '선형화 가능성이랑 최종 일관성 차이',
    expect: ['선형화 가능성(Linearizability)', '최종 일관성(Eventual Consistency)'],
    category: 'comparison',
    compare: ['선형화 가능성(Linearizability)', '최종 일관성(Eventual Consistency)'],
  },
  {
    query: 'CAP랑 PACELC 차이',
    expect: ['CAP 정리(CAP Theorm)', 'PACELC 정리'],
    category: 'comparison',
    compare: ['CAP 정리(CAP Theorm)', 'PACELC 정리'],
  },

  // miss
  { query: '배드민턴 스매시 자세', expect: null, category: 'miss' },
  { query: '된장국 끓이는 법', expect: null, category: 'miss' },
  { query: '광합성 명반응 과정', expect: null, category: 'miss' },

  // miss-shared
  { query: '분산 트랜잭션 사가 패턴', expect: null, category: 'miss-shared' },
  { query: '블록체인 작업증명 합의', expect: null, category: 'miss-shared' },
  { query: 'DB 샤딩 샤드 키 고르는 법', expect: null, category: 'miss-shared' },
  { query: '하둡 맵리듀스 분산 처리', expect: null, category: 'miss-shared' },
];
