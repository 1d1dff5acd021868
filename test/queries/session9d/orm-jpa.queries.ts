import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '영속성 컨텍스트', expect: '영속성 컨텍스트(Persistence Context)', category: 'plain' },
  { query: '페치 조인', expect: '페치 조인(Fetch Jion)', category: 'plain' },
  { query: '고아 객체 제거', expect: '고아 객체 제거(Orphan Removal)', category: 'plain' },
  { query: '패러다임 불일치', expect: '패러다임 불일치(Paradigm Mismatch)', category: 'plain' },

  // particles
  { query: '1차 캐시가 뭐야', expect: '1차 캐시(First Level Cache)', category: 'particles' },
  { query: '플러시란', expect: '플러시(Flush)', category: 'particles' },
  {
    query: '연관관계의 주인은 누구임',
    expect: '연관관계의 주인(Owner of Relationship)',
    category: 'particles',
  },
  { query: '프록시가 뭔데', expect: '프록시(Proxy)', category: 'particles' },
  { query: '쓰기 지연이란', expect: '쓰기 지연', category: 'particles' },

  // question
  { query: '값만 바꿨는데 update 쿼리가 왜 나가', expect: '변경 감지(Dirty Checkng)', category: 'question' },
  {
    query: '회원 목록 조회했는데 쿼리가 수백 개 나가요',
    expect: 'N+1 문제(N+1 Problem)',
    category: 'question',
  },
  {
    query: 'could not initialize proxy no Session 에러 해결',
    expect: '지연 로딩 예외(LazyInitializationException)',
    category: 'question',
  },
  {
    query: 'mappedBy 쪽에 값 넣었는데 team_id가 null이에요',
    expect: '연관관계의 주인(Owner of Relationship)',
    category: 'question',
  },
  {
    query: 'IDENTITY 쓰면 insert가 왜 바로 나가',
    expect: '기본 키 생성 전략(Id Generation)',
    category: 'question',
  },
  { query: '엔티티에 기본 생성자 왜 있어야 돼', expect: '엔티티(Entitiy)', category: 'question' },
  {
    query: '컨트롤러에서 지연 로딩 되는 이유가 뭐야 커넥션 부족',
    expect: 'OSIV(Open Session In View)',
    category: 'question',
  },
  {
    query: 'ManyToOne 기본 fetch 전략 EAGER 바꿔야 돼?',
    expect: '즉시 로딩(Eager Loading)',
    category: 'question',
  },
  { query: '동시에 같은 글 수정하면 충돌 어떻게 막아', expect: '낙관적 락', category: 'question' },
  { query: '부모 저장할 때 자식도 같이 저장하려면', expect: '영속성 전이', category: 'question' },

  // spacing
  { query: '변경감지', expect: '변경 감지(Dirty Checkng)', category: 'spacing' },
  { query: '지연로딩', expect: '지연 로딩(Lazy Loading)', category: 'spacing' },
  { query: '연관 관계의주인', expect: '연관관계의 주인(Owner of Relationship)', category: 'spacing' },
  { query: '기본키 생성전략', expect: '기본 키 생성 전략(Id Generation)', category: 'spacing' },

  // typo-query
  { query: '영속성 컨택스트', expect: '영속성 컨텍스트(Persistence Context)', category: 'typo-query' },
  { query: '하이버내이트', expect: 'JPA와 하이버네이트(JPA & Hibernate)', category: 'typo-query' },
  { query: '양뱡향 연관관계', expect: '양방향 연관관계(Bidirectional Relationship)', category: 'typo-query' },
  { query: 'lazy loadnig', expect: '지연 로딩(Lazy Loading)', category: 'typo-query' },
  { query: '엔티티 생명주귀', expect: '엔티티 생명주기(Entity Lifecycle)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'entity', expect: '엔티티(Entitiy)', category: 'typo-notes' },
  { query: 'dirty checking', expect: '변경 감지(Dirty Checkng)', category: 'typo-notes' },
  { query: 'fetch join', expect: '페치 조인(Fetch Jion)', category: 'typo-notes' },

  // keyboard (2-beolsik, IME off)
  { query: 'vmfhrtl', expect: '프록시(Proxy)', category: 'keyboard' },
  { query: '1ck zotl', expect: '1차 캐시(First Level Cache)', category: 'keyboard' },
  { query: 'dudthrtjd wjsdl', expect: '영속성 전이', category: 'keyboard' },

  // choseong
  { query: 'ㅂㄱ ㄱㅈ', expect: '변경 감지(Dirty Checkng)', category: 'choseong' },
  { query: 'ㅈㅅ ㄹㄷ', expect: '즉시 로딩(Eager Loading)', category: 'choseong' },
  { query: 'ㄴㄱㅈ ㄹ', expect: '낙관적 락', category: 'choseong' },

  // english-glossary (notes use only the Korean term)
  { query: 'write-behind', expect: '쓰기 지연', category: 'english-glossary' },
  { query: 'unidirectional association', expect: '단방향 연관관계', category: 'english-glossary' },
  { query: 'cascade', expect: '영속성 전이', category: 'english-glossary' },
  { query: 'optimistic locking', expect: '낙관적 락', category: 'english-glossary' },

  // english
  {
    query: 'how does the first level cache work in JPA',
    expect: '1차 캐시(First Level Cache)',
    category: 'english',
  },
  { query: 'what is the N+1 query problem', expect: 'N+1 문제(N+1 Problem)', category: 'english' },
  { query: 'when does hibernate flush to the database', expect: '플러시(Flush)', category: 'english' },
  { query: 'what is open session in view', expect: 'OSIV(Open Session In View)', category: 'english' },
  { query: 'detached entity state', expect: '준영속(Detached)', category: 'english' },

  // paraphrase
  {
    query: '처음 읽어온 값 복사본이랑 비교해서 바뀐 컬럼 찾아내는 기능',
    expect: '변경 감지(Dirty Checkng)',
    category: 'paraphrase',
  },
  {
    query: '진짜 객체 대신 가짜 껍데기 넘겨주고 필요할 때 DB 가는 것',
    expect: '프록시(Proxy)',
    category: 'paraphrase',
  },
  {
    query: '컬렉션에서 빠진 자식 행을 자동으로 지워주는 옵션',
    expect: '고아 객체 제거(Orphan Removal)',
    category: 'paraphrase',
  },
  {
    query: '객체는 참조로 따라가는데 테이블은 외래 키로 묶여서 생기는 차이',
    expect: '패러다임 불일치(Paradigm Mismatch)',
    category: 'paraphrase',
  },
  { query: '메모리에 모아둔 변경을 DB랑 맞추는 시점', expect: '플러시(Flush)', category: 'paraphrase' },
  {
    query: '@Transactional 시작과 끝에 맞춰 관리 공간이 생기고 사라지는 것',
    expect: '트랜잭션과 영속성 컨텍스트',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '지연 로딩 vs 즉시 로딩',
    expect: ['지연 로딩(Lazy Loading)', '즉시 로딩(Eager Loading)'],
    category: 'comparison',
    compare: ['지연 로딩(Lazy Loading)', '즉시 로딩(Eager Loading)'],
  },
  {
    query: '단방향이랑 양방향 연관관계 차이',
    expect: ['단방향 연관관계', '양방향 연관관계(Bidirectional Relationship)'],
    category: 'comparison',
    compare: ['단방향 연관관계', '양방향 연관관계(Bidirectional Relationship)'],
  },
  {
    query: '비영속 준영속 차이',
    expect: ['비영속(New)', '준영속(Detached)'],
    category: 'comparison',
    compare: ['비영속(New)', '준영속(Detached)'],
  },
  {
    query: '@ManyToOne vs @OneToMany 차이',
    expect: ['@ManyToOne', '@OneToMany'],
    category: 'comparison',
    compare: ['@ManyToOne', '@OneToMany'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '임진왜란 이순신 해전', expect: null, category: 'miss' },

  // miss-shared
  { query: 'MyBatis 매퍼 XML 작성법', expect: null, category: 'miss-shared' },
  { query: 'QueryDSL 동적 쿼리 만들기', expect: null, category: 'miss-shared' },
  { query: 'Redis 캐시 TTL 만료 설정', expect: null, category: 'miss-shared' },
  { query: '트랜잭션 격리 수준 팬텀 리드', expect: null, category: 'miss-shared' },
];
