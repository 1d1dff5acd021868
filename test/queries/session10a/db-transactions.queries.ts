import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '세이브포인트', expect: '세이브포인트(Savepoint)', category: 'plain' },
  { query: '원자성', expect: '원자성(Atomicity)', category: 'plain' },
  { query: '갭 락', expect: '갭 락(Gap Lock)', category: 'plain' },
  { query: '팬텀 리드', expect: '팬텀 리드(Phantom Read)', category: 'plain' },

  // particles
  { query: 'MVCC가 뭐야', expect: 'MVCC(Multi-Version Concurrency Control)', category: 'particles' },
  { query: '데드락이란', expect: '데드락(Deadlock)', category: 'particles' },
  { query: '지속성은 뭐임', expect: '지속성(Durabilty)', category: 'particles' },
  { query: '더티 리드가 뭔데', expect: '더티 리드(Dirty Read)', category: 'particles' },
  { query: '비관적 락이 뭐야', expect: '비관적 락(Pessimistic Lock)', category: 'particles' },

  // question
  {
    query: '@Transactional 붙였는데 롤백이 안 돼요',
    expect: '스프링 트랜잭션(@Transactional)',
    category: 'question',
  },
  { query: 'MySQL 기본 격리 수준 뭐야', expect: 'REPEATABLE READ', category: 'question' },
  {
    query: '조회수 동시에 올리면 숫자가 덜 올라가요',
    expect: '갱신 손실(Lost Update)',
    category: 'question',
  },
  {
    query: '트랜잭션 중간 지점까지만 되돌리려면 어떻게 해',
    expect: '세이브포인트(Savepoint)',
    category: 'question',
  },
  {
    query: '데드락 났을 때 DB는 어떻게 처리해',
    expect: '데드락 해결(Deadlock Handling)',
    category: 'question',
  },
  { query: 'where에 인덱스 없으면 왜 테이블 전체가 잠겨', expect: '락 단위', category: 'question' },
  { query: 'version 컬럼 두고 업데이트하는 이유', expect: '낙관적 락(Optimistc Lock)', category: 'question' },
  { query: '서버 크래시 나면 DB가 어떻게 복구해', expect: '로그 선행 기록', category: 'question' },
  {
    query: '트랜잭션 안에서 외부 API 호출해도 돼?',
    expect: '긴 트랜잭션 주의(Long Transactions)',
    category: 'question',
  },
  { query: 'JDBC에서 쿼리 여러 개를 하나로 묶으려면', expect: '자동 커밋', category: 'question' },

  // spacing
  { query: '반복불가능한읽기', expect: '반복 불가능한 읽기(Non-Repeatable Read)', category: 'spacing' },
  { query: '공유락과배타락', expect: '공유 락과 배타 락', category: 'spacing' },
  { query: '긴트랜잭션주의', expect: '긴 트랜잭션 주의(Long Transactions)', category: 'spacing' },
  { query: '데드락해결', expect: '데드락 해결(Deadlock Handling)', category: 'spacing' },

  // typo-query
  { query: '세이브포인드', expect: '세이브포인트(Savepoint)', category: 'typo-query' },
  { query: '펜텀 리드', expect: '팬텀 리드(Phantom Read)', category: 'typo-query' },
  { query: '겡신 손실', expect: '갱신 손실(Lost Update)', category: 'typo-query' },
  { query: 'mvvc', expect: 'MVCC(Multi-Version Concurrency Control)', category: 'typo-query' },
  { query: '격리썽', expect: '격리성(Isolation)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'consistency', expect: '일관성(Consistancy)', category: 'typo-notes' },
  { query: 'durability', expect: '지속성(Durabilty)', category: 'typo-notes' },
  { query: 'optimistic lock', expect: '낙관적 락(Optimistc Lock)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tpdlqmvhdlsxm', expect: '세이브포인트(Savepoint)', category: 'keyboard' },
  { query: 'epemfkr', expect: '데드락(Deadlock)', category: 'keyboard' },
  { query: 'skrrhkswjr fkr', expect: '낙관적 락(Optimistc Lock)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㄱㅈ ㄹ', expect: '비관적 락(Pessimistic Lock)', category: 'choseong' },
  { query: 'ㄹㄱ ㅅㅎ ㄱㄹ', expect: '로그 선행 기록', category: 'choseong' },
  { query: 'ㅈㄷ ㅋㅁ', expect: '자동 커밋', category: 'choseong' },

  // english-glossary
  { query: 'write-ahead logging', expect: '로그 선행 기록', category: 'english-glossary' },
  { query: 'lock granularity', expect: '락 단위', category: 'english-glossary' },
  { query: 'two-phase locking', expect: '2단계 락킹', category: 'english-glossary' },
  { query: 'concurrency anomalies', expect: '동시성 이상 현상', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'reading a value that is later rolled back',
    expect: '더티 리드(Dirty Read)',
    category: 'english',
  },
  {
    query: 'how does multi version concurrency control work',
    expect: 'MVCC(Multi-Version Concurrency Control)',
    category: 'english',
  },
  {
    query: 'lock the row while reading with select for update',
    expect: '비관적 락(Pessimistic Lock)',
    category: 'english',
  },
  {
    query: 'new rows appear between two range queries',
    expect: '팬텀 리드(Phantom Read)',
    category: 'english',
  },
  { query: 'all or nothing', expect: '원자성(Atomicity)', category: 'english' },

  // paraphrase
  {
    query: '돈 보내다 서버 죽으면 돈 증발하는 거 막으려고 여러 SQL을 한 덩어리로 묶기',
    expect: '트랜잭션(Transaction)',
    category: 'paraphrase',
  },
  {
    query: '여럿이 동시에 읽을 수 있지만 그동안 아무도 못 고치는 잠금',
    expect: '공유 락(Shared Lock)',
    category: 'paraphrase',
  },
  {
    query: '인덱스 값 사이 빈 구간에 끼워넣기를 막는 잠금',
    expect: '갭 락(Gap Lock)',
    category: 'paraphrase',
  },
  {
    query: '잠금을 얻는 시기와 푸는 시기를 나눠서 순서를 보장하는 규칙',
    expect: '2단계 락킹',
    category: 'paraphrase',
  },
  {
    query: '서로 상대가 쥔 자원을 기다리며 꼼짝 못 하는 상황',
    expect: '데드락(Deadlock)',
    category: 'paraphrase',
  },
  {
    query: '하나씩 줄 세워 실행한 것과 결과가 같은 가장 엄격한 단계',
    expect: 'SERIALIZABLE',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '비관적 락 vs 낙관적 락',
    expect: ['비관적 락(Pessimistic Lock)', '낙관적 락(Optimistc Lock)'],
    category: 'comparison',
    compare: ['비관적 락(Pessimistic Lock)', '낙관적 락(Optimistc Lock)'],
  },
  {
    query: '공유 락 배타 락 차이',
    expect: ['공유 락(Shared Lock)', '배타 락(Exclusive Lock)'],
    category: 'comparison',
    compare: ['공유 락(Shared Lock)', '배타 락(Exclusive Lock)'],
  },
  {
    query: '커밋이랑 롤백 차이',
    expect: ['커밋(COMMIT)', '롤백(ROLLBACK)'],
    category: 'comparison',
    compare: ['커밋(COMMIT)', '롤백(ROLLBACK)'],
  },
  {
    query: 'READ COMMITTED랑 REPEATABLE READ 차이',
    expect: ['READ COMMITTED', 'REPEATABLE READ'],
    category: 'comparison',
    compare: ['READ COMMITTED', 'REPEATABLE READ'],
  },

  // miss
  { query: '삼겹살 굽는 적정 온도', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 높이', expect: null, category: 'miss' },
  { query: '임진왜란 한산도 대첩', expect: null, category: 'miss' },

  // miss-shared
  { query: 'B-트리 인덱스 구조', expect: null, category: 'miss-shared' },
  { query: 'DB 정규화 제2정규형', expect: null, category: 'miss-shared' },
  { query: 'LEFT JOIN이랑 INNER JOIN 차이', expect: null, category: 'miss-shared' },
  { query: 'Redis로 분산 락 구현하기', expect: null, category: 'miss-shared' },
];
