import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '클린 아키텍처', expect: '클린 아키텍처(Clean Architecture)', category: 'plain' },
  { query: '바운디드 컨텍스트', expect: '바운디드 컨텍스트(Bounded Context)', category: 'plain' },
  { query: '이벤트 소싱', expect: '이벤트 소싱(Event Sourcing)', category: 'plain' },
  { query: '도메인 이벤트', expect: '도메인 이벤트(Domain Event)', category: 'plain' },

  // particles
  { query: '애그리거트가 뭐야', expect: '애그리거트(Aggregate)', category: 'particles' },
  { query: '유비쿼터스 언어란', expect: '유비쿼터스 언어(Ubiquitous Languge)', category: 'particles' },
  { query: '사가 패턴은 뭐임', expect: '사가 패턴(Saga Pattern)', category: 'particles' },
  { query: '리포지토리가 뭐야', expect: '리포지토리(Repository)', category: 'particles' },
  { query: '헥사고날 아키텍처란', expect: '헥사고날 아키텍처(Hexagonal Architecure)', category: 'particles' },

  // question
  {
    query: '레거시 시스템 필드명이 우리 코드에 막 섞여 들어와요 어떻게 막아',
    expect: '부패 방지 계층',
    category: 'question',
  },
  {
    query: '여러 서비스에 걸친 주문 처리 중에 결제 실패하면 앞 단계 어떻게 되돌려',
    expect: '사가 패턴(Saga Pattern)',
    category: 'question',
  },
  {
    query: '엔티티에 getter setter만 있고 로직은 다 서비스에 있는데 이거 문제야?',
    expect: '빈약한 도메인 모델',
    category: 'question',
  },
  {
    query: '서비스 클래스에서 DAO 구현체를 직접 new 하면 왜 안 돼',
    expect: '의존성 역전 원칙',
    category: 'question',
  },
  {
    query: 'OrderLine은 왜 꼭 Order를 통해서만 추가해야 돼',
    expect: '애그리거트(Aggregate)',
    category: 'question',
  },
  {
    query: '돈이나 주소 같은 객체는 왜 불변으로 만들어',
    expect: '값 객체(Value Objcet)',
    category: 'question',
  },
  {
    query: '회원 이름이 바뀌어도 같은 회원인지 어떻게 판단해',
    expect: '엔티티(Entity)',
    category: 'question',
  },
  {
    query: '주문 완료되면 알림이랑 포인트 적립을 따로 처리하려면 어떻게 해',
    expect: '도메인 이벤트(Domain Event)',
    category: 'question',
  },
  {
    query: '예전에 왜 RabbitMQ 골랐는지 아무도 기억 못 해요 어떻게 남겨둬',
    expect: '아키텍처 결정 기록(ADR)',
    category: 'question',
  },
  {
    query: '계좌 이체 로직은 어느 엔티티에 넣어야 돼',
    expect: '도메인 서비스(Domain Service)',
    category: 'question',
  },

  // spacing
  { query: '도메인주도설계', expect: '도메인 주도 설계(Domain-Driven Design)', category: 'spacing' },
  { query: '헥사고날아키텍처', expect: '헥사고날 아키텍처(Hexagonal Architecure)', category: 'spacing' },
  { query: '빈약한도메인모델', expect: '빈약한 도메인 모델', category: 'spacing' },
  { query: '이벤트스토밍', expect: '이벤트 스토밍', category: 'spacing' },

  // typo-query
  { query: '애그리거드', expect: '애그리거트(Aggregate)', category: 'typo-query' },
  { query: '바운디드 컨택스트', expect: '바운디드 컨텍스트(Bounded Context)', category: 'typo-query' },
  { query: '클린 아키텍쳐', expect: '클린 아키텍처(Clean Architecture)', category: 'typo-query' },
  { query: '마이크로써비스', expect: '마이크로서비스(Microservices)', category: 'typo-query' },
  { query: 'evnet sourcing', expect: '이벤트 소싱(Event Sourcing)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'hexagonal architecture',
    expect: '헥사고날 아키텍처(Hexagonal Architecure)',
    category: 'typo-notes',
  },
  { query: 'ubiquitous language', expect: '유비쿼터스 언어(Ubiquitous Languge)', category: 'typo-notes' },
  { query: 'value object', expect: '값 객체(Value Objcet)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'dormflrjxm', expect: '애그리거트(Aggregate)', category: 'keyboard' },
  { query: 'dpsxlxl', expect: '엔티티(Entity)', category: 'keyboard' },
  { query: 'qkdnselem zjsxprtmxm', expect: '바운디드 컨텍스트(Bounded Context)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅍㅈㅌㄹ', expect: '리포지토리(Repository)', category: 'choseong' },
  { query: 'ㅂㅇㄷㄷ ㅋㅌㅅㅌ', expect: '바운디드 컨텍스트(Bounded Context)', category: 'choseong' },
  { query: 'ㅇㅂㅌ ㅅㅅ', expect: '이벤트 소싱(Event Sourcing)', category: 'choseong' },

  // english-glossary
  { query: 'dependency inversion principle', expect: '의존성 역전 원칙', category: 'english-glossary' },
  { query: 'anti-corruption layer', expect: '부패 방지 계층', category: 'english-glossary' },
  { query: 'event storming', expect: '이벤트 스토밍', category: 'english-glossary' },
  { query: 'anemic domain model', expect: '빈약한 도메인 모델', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how do ports and adapters isolate the domain',
    expect: '헥사고날 아키텍처(Hexagonal Architecure)',
    category: 'english',
  },
  { query: 'separate read model from write model', expect: 'CQRS', category: 'english' },
  {
    query: 'store every state change as an event and replay it',
    expect: '이벤트 소싱(Event Sourcing)',
    category: 'english',
  },
  {
    query: 'compensating transaction when a step fails',
    expect: '사가 패턴(Saga Pattern)',
    category: 'english',
  },
  {
    query: 'object identified by its id rather than its attributes',
    expect: '엔티티(Entity)',
    category: 'english',
  },

  // paraphrase
  {
    query: '같은 단어가 부서마다 다른 뜻이 되니까 모델의 범위를 나누는 선',
    expect: '바운디드 컨텍스트(Bounded Context)',
    category: 'paraphrase',
  },
  {
    query: '회사 경쟁력이 달려 있어서 제일 잘하는 사람이 맡는 업무 영역',
    expect: '핵심 도메인(Core Domain)',
    category: 'paraphrase',
  },
  {
    query: '포스트잇 붙여 가며 업무 흐름을 찾아내는 회의',
    expect: '이벤트 스토밍',
    category: 'paraphrase',
  },
  {
    query: '바깥 원이 안쪽 원에만 기대는 동심원 구조',
    expect: '클린 아키텍처(Clean Architecture)',
    category: 'paraphrase',
  },
  {
    query: '저장소에서 꺼내서 도메인 메서드 부르고 다시 저장만 하는 얇은 층',
    expect: '응용 서비스(Application Service)',
    category: 'paraphrase',
  },
  {
    query: '로그인이나 결제처럼 어느 회사나 필요해서 그냥 사다 쓰는 영역',
    expect: '일반 도메인(Generic Subdomain)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '모놀리식 vs 마이크로서비스',
    expect: ['모놀리식 아키텍처(Monolithic)', '마이크로서비스(Microservices)'],
    category: 'comparison',
    compare: ['모놀리식 아키텍처(Monolithic)', '마이크로서비스(Microservices)'],
  },
  {
    query: '엔티티랑 값 객체 차이',
    expect: ['엔티티(Entity)', '값 객체(Value Objcet)'],
    category: 'comparison',
    compare: ['엔티티(Entity)', '값 객체(Value Objcet)'],
  },
  {
    query: '결합도 응집도 차이가 뭐야',
    expect: ['결합도(Coupling)', '응집도(Cohesion)'],
    category: 'comparison',
    compare: ['결합도(Coupling)', '응집도(Cohesion)'],
  },
  {
    query: '도메인 서비스랑 응용 서비스 뭐가 달라',
    expect: ['도메인 서비스(Domain Service)', '응용 서비스(Application Service)'],
    category: 'comparison',
    compare: ['도메인 서비스(Domain Service)', '응용 서비스(Application Service)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '바이올린 비브라토 연습', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: '도메인 네임 구매하고 DNS 연결하기', expect: null, category: 'miss-shared' },
  { query: '자바스크립트 이벤트 버블링 막기', expect: null, category: 'miss-shared' },
  { query: '서버리스 아키텍처 람다 콜드 스타트', expect: null, category: 'miss-shared' },
  { query: '싱글톤 패턴 구현 방법', expect: null, category: 'miss-shared' },
];
