import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '캐시 어사이드', expect: '캐시 어사이드(Cache-Aside)', category: 'plain' },
  { query: '교체 정책', expect: '교체 정책(Eviction Policy)', category: 'plain' },
  { query: '레디스', expect: '레디스(Redis)', category: 'plain' },
  { query: '캐시 히트율', expect: '캐시 히트율(Hit Ratio)', category: 'plain' },

  // particles
  { query: '캐시 무효화가 뭐야', expect: '캐시 무효화(Cache Invalidaton)', category: 'particles' },
  { query: '멤캐시드란', expect: '멤캐시드(Memcached)', category: 'particles' },
  { query: '라이트 스루는 뭐임', expect: '라이트 스루(Write-Through)', category: 'particles' },
  { query: '조건부 요청이란', expect: '조건부 요청(Conditional Request)', category: 'particles' },
  { query: '로컬 캐시가 뭐야', expect: '로컬 캐시(Local Cache)', category: 'particles' },

  // question
  {
    query: '인기 키 만료되자마자 DB가 터졌어요',
    expect: '캐시 스탬피드(Cache Stampde)',
    category: 'question',
  },
  {
    query: 'DB 업데이트하고 캐시는 지워야 돼 덮어써야 돼',
    expect: '캐시 무효화(Cache Invalidaton)',
    category: 'question',
  },
  { query: '배포했는데 사용자 브라우저에 옛날 JS가 계속 떠요', expect: '캐시 버스팅', category: 'question' },
  { query: '캐시 만료 시간 너무 길게 잡으면 어떻게 돼', expect: 'TTL(Time To Live)', category: 'question' },
  { query: 'no-cache 붙였는데 왜 브라우저에 저장돼요', expect: 'no-cache 디렉티브', category: 'question' },
  {
    query: '캐시 서버 한 대 추가했더니 키가 전부 미스 나요',
    expect: '분산 캐시와 일관된 해싱',
    category: 'question',
  },
  {
    query: '없는 id로 계속 요청 들어와서 DB 부하 생기면 어떻게 막아',
    expect: '부정 캐싱',
    category: 'question',
  },
  { query: '304 응답은 언제 와', expect: 'ETag와 If-None-Match', category: 'question' },
  { query: 'Redis 재시작해도 데이터 안 날아가게 하려면', expect: '레디스(Redis)', category: 'question' },
  { query: 'LRU를 O(1)로 구현하려면 뭐 써', expect: 'LRU(Least Recently Used)', category: 'question' },

  // spacing
  { query: '캐시어사이드', expect: '캐시 어사이드(Cache-Aside)', category: 'spacing' },
  { query: '라이트스루', expect: '라이트 스루(Write-Through)', category: 'spacing' },
  { query: '캐시버스팅', expect: '캐시 버스팅', category: 'spacing' },
  { query: '조건부요청', expect: '조건부 요청(Conditional Request)', category: 'spacing' },

  // typo-query
  { query: '캐시 스템피드', expect: '캐시 스탬피드(Cache Stampde)', category: 'typo-query' },
  { query: '멤케시드', expect: '멤캐시드(Memcached)', category: 'typo-query' },
  { query: '래디스', expect: '레디스(Redis)', category: 'typo-query' },
  { query: 'eviciton policy', expect: '교체 정책(Eviction Policy)', category: 'typo-query' },
  { query: '캐시 무효하', expect: '캐시 무효화(Cache Invalidaton)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'cache invalidation', expect: '캐시 무효화(Cache Invalidaton)', category: 'typo-notes' },
  { query: 'cache stampede', expect: '캐시 스탬피드(Cache Stampde)', category: 'typo-notes' },
  { query: 'write-around', expect: '라이트 어라운드(Write-Aroud)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'fpeltm', expect: '레디스(Redis)', category: 'keyboard' },
  { query: 'zotl angyghk', expect: '캐시 무효화(Cache Invalidaton)', category: 'keyboard' },
  { query: 'rycp wjdcor', expect: '교체 정책(Eviction Policy)', category: 'keyboard' },

  // choseong
  { query: 'ㅁㅋㅅㄷ', expect: '멤캐시드(Memcached)', category: 'choseong' },
  { query: 'ㅋㅅㅂㅅㅌ', expect: '캐시 버스팅', category: 'choseong' },
  { query: 'ㅂㅈㅋㅅ', expect: '부정 캐싱', category: 'choseong' },

  // english-glossary
  { query: 'locality of reference', expect: '지역성 원리', category: 'english-glossary' },
  { query: 'negative caching', expect: '부정 캐싱', category: 'english-glossary' },
  { query: 'consistent hashing', expect: '분산 캐시와 일관된 해싱', category: 'english-glossary' },
  { query: 'cache busting', expect: '캐시 버스팅', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'what happens when many requests miss the same expired hot key',
    expect: '캐시 스탬피드(Cache Stampde)',
    category: 'english',
  },
  {
    query: 'evict the item that has not been accessed for the longest time',
    expect: 'LRU(Least Recently Used)',
    category: 'english',
  },
  { query: 'browser cache header max-age public private', expect: 'Cache-Control 헤더', category: 'english' },
  {
    query: 'serve static files from edge servers near users',
    expect: 'CDN 캐시(CDN Caching)',
    category: 'english',
  },
  {
    query: 'single threaded in-memory store with snapshot persistence',
    expect: '레디스(Redis)',
    category: 'english',
  },

  // paraphrase
  {
    query: '쓸 때 캐시랑 DB 두 군데 동시에 저장하고 둘 다 성공해야 끝나는 방식',
    expect: '라이트 스루(Write-Through)',
    category: 'paraphrase',
  },
  {
    query: '쓰기는 DB에만 하고 캐시는 안 건드리는 방식',
    expect: '라이트 어라운드(Write-Aroud)',
    category: 'paraphrase',
  },
  {
    query: '쓰인 횟수가 제일 적은 항목부터 내쫓기',
    expect: 'LFU(Least Frequently Used)',
    category: 'paraphrase',
  },
  {
    query: '전체 요청 중에 원본까지 안 가고 바로 찾은 비율',
    expect: '캐시 히트율(Hit Ratio)',
    category: 'paraphrase',
  },
  {
    query: '앱은 캐시에만 묻고 DB 읽기는 라이브러리가 알아서 해주는 방식',
    expect: '리드 스루(Read-Through)',
    category: 'paraphrase',
  },
  {
    query: '방금 읽은 데이터를 곧 또 읽는 경향',
    expect: '지역성 원리',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'write-through vs write-back 차이',
    expect: ['라이트 스루(Write-Through)', '라이트 백(Write-Back)'],
    category: 'comparison',
    compare: ['라이트 스루(Write-Through)', '라이트 백(Write-Back)'],
  },
  {
    query: 'LRU LFU 차이',
    expect: ['LRU(Least Recently Used)', 'LFU(Least Frequently Used)'],
    category: 'comparison',
    compare: ['LRU(Least Recently Used)', 'LFU(Least Frequently Used)'],
  },
  {
    query: '레디스랑 멤캐시드 뭐가 달라',
    expect: ['레디스(Redis)', '멤캐시드(Memcached)'],
    category: 'comparison',
    compare: ['레디스(Redis)', '멤캐시드(Memcached)'],
  },
  {
    query: 'no-cache no-store 차이',
    expect: ['no-cache 디렉티브', 'no-store 디렉티브'],
    category: 'comparison',
    compare: ['no-cache 디렉티브', 'no-store 디렉티브'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 잘 던지는 자세', expect: null, category: 'miss' },
  { query: '피아노 화음 연습 순서', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Redis Pub/Sub 채널 구독하기', expect: null, category: 'miss-shared' },
  { query: '서비스 워커로 오프라인 캐싱하기', expect: null, category: 'miss-shared' },
  { query: 'React Query staleTime 설정', expect: null, category: 'miss-shared' },
  { query: 'DNS 리졸버 캐시 지우는 법', expect: null, category: 'miss-shared' },
];
