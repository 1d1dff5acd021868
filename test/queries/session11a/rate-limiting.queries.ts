import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '토큰 버킷', expect: '토큰 버킷(Token Bucket)', category: 'plain' },
  { query: '제한 기준 키', expect: '제한 기준 키(Limit Key)', category: 'plain' },
  { query: '루아 스크립트', expect: '루아 스크립트(Lua Script)', category: 'plain' },
  { query: '적용 위치', expect: '적용 위치(Where to Apply)', category: 'plain' },

  // particles
  { query: '리키 버킷이 뭐야', expect: '리키 버킷(Leaky Buket)', category: 'particles' },
  { query: '경쟁 상태란', expect: '경쟁 상태', category: 'particles' },
  { query: '지수 백오프는 뭐임', expect: '지수 백오프', category: 'particles' },
  { query: '요청 제한이란', expect: '요청 제한 개념(Rate Limiting)', category: 'particles' },
  { query: '레디스 카운터로 세는 법', expect: '레디스 카운터(Redis Counter)', category: 'particles' },

  // question
  {
    query: '한도 넘으면 상태 코드 뭐로 돌려줘',
    expect: '429 상태 코드(Too Many Requests)',
    category: 'question',
  },
  {
    query: '0:59에 100번 1:00에 100번 보내면 다 통과되는 이유',
    expect: '고정 윈도우 카운터',
    category: 'question',
  },
  {
    query: '클라이언트한테 몇 초 뒤에 다시 오라고 알려주려면',
    expect: '재시도 안내 헤더(Retry-After)',
    category: 'question',
  },
  {
    query: '회사 사람들이 다같이 막혀요 IP 하나 공유하는데',
    expect: '제한 기준 키(Limit Key)',
    category: 'question',
  },
  {
    query: 'nginx limit_req 걸었는데 503이 나와요',
    expect: '엔진엑스 설정(Nginx limit_req)',
    category: 'question',
  },
  {
    query: '서버 여러 대인데 각자 메모리에 세면 왜 안 돼',
    expect: '레디스 카운터(Redis Counter)',
    category: 'question',
  },
  {
    query: '재시도하는 클라이언트들이 같은 순간에 또 몰리는 거 어떻게 막아',
    expect: '무작위 지연(Jitter)',
    category: 'question',
  },
  {
    query: '남은 요청 횟수 응답에 어떻게 알려줘',
    expect: '요청 한도 헤더(RateLimit Headers)',
    category: 'question',
  },
  {
    query: '로그인 비밀번호 계속 때려보는 봇 막으려면',
    expect: '서비스 거부 공격 방어',
    category: 'question',
  },
  {
    query: '새 제한 규칙 바로 막지 말고 먼저 영향만 보고 싶어',
    expect: '소프트 리밋(Soft Limit)',
    category: 'question',
  },

  // spacing
  { query: '토큰버킷', expect: '토큰 버킷(Token Bucket)', category: 'spacing' },
  { query: '고정윈도우카운터', expect: '고정 윈도우 카운터', category: 'spacing' },
  { query: '요금 제별 한도', expect: '요금제별 한도(Qouta)', category: 'spacing' },
  { query: '슬라이딩윈도우로그', expect: '슬라이딩 윈도우 로그(Sliding Window Log)', category: 'spacing' },

  // typo-query
  { query: '토큰 버켓', expect: '토큰 버킷(Token Bucket)', category: 'typo-query' },
  { query: '지수 백오브', expect: '지수 백오프', category: 'typo-query' },
  { query: '레디쓰 카운터', expect: '레디스 카운터(Redis Counter)', category: 'typo-query' },
  { query: 'retry-afer 헤더', expect: '재시도 안내 헤더(Retry-After)', category: 'typo-query' },
  { query: '모니터닝', expect: '모니터링(Monitoring)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'leaky bucket', expect: '리키 버킷(Leaky Buket)', category: 'typo-notes' },
  {
    query: 'sliding window counter',
    expect: '슬라이딩 윈도우 카운터(Sliding Windw Counter)',
    category: 'typo-notes',
  },
  { query: 'quota', expect: '요금제별 한도(Qouta)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'xhzms qjzlt', expect: '토큰 버킷(Token Bucket)', category: 'keyboard' },
  { query: 'rudwod tkdxo', expect: '경쟁 상태', category: 'keyboard' },
  { query: 'fpeltm zkdnsxj', expect: '레디스 카운터(Redis Counter)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅋㅂㅋ', expect: '리키 버킷(Leaky Buket)', category: 'choseong' },
  { query: 'ㄱㅈㅇㄷㅇㅋㅇㅌ', expect: '고정 윈도우 카운터', category: 'choseong' },
  { query: 'ㅈㅅㅂㅇㅍ', expect: '지수 백오프', category: 'choseong' },

  // english-glossary
  { query: 'fixed window counter', expect: '고정 윈도우 카운터', category: 'english-glossary' },
  { query: 'race condition', expect: '경쟁 상태', category: 'english-glossary' },
  { query: 'exponential backoff', expect: '지수 백오프', category: 'english-glossary' },
  { query: 'denial of service protection', expect: '서비스 거부 공격 방어', category: 'english-glossary' },

  // english
  {
    query: 'how does token refill rate and burst capacity work',
    expect: '토큰 버킷(Token Bucket)',
    category: 'english',
  },
  {
    query: 'store every request timestamp in a sorted set',
    expect: '슬라이딩 윈도우 로그(Sliding Window Log)',
    category: 'english',
  },
  { query: 'atomic redis script with EVAL', expect: '루아 스크립트(Lua Script)', category: 'english' },
  {
    query: 'json error message when request is rejected',
    expect: '에러 응답 본문(Error Body)',
    category: 'english',
  },
  { query: 'dashboard of rejected requests ratio', expect: '모니터링(Monitoring)', category: 'english' },

  // paraphrase
  {
    query: '들쭉날쭉 들어와도 일정한 속도로 하나씩 흘려보내는 방식',
    expect: '리키 버킷(Leaky Buket)',
    category: 'paraphrase',
  },
  {
    query: '이전 구간 개수에 겹치는 비율 곱해서 근사하는 계산',
    expect: '슬라이딩 윈도우 카운터(Sliding Windw Counter)',
    category: 'paraphrase',
  },
  {
    query: '무료 플랜 유료 플랜마다 하루 호출 횟수 다르게',
    expect: '요금제별 한도(Qouta)',
    category: 'paraphrase',
  },
  {
    query: '게이트웨이 프록시 미들웨어 중 어디서 막을지',
    expect: '적용 위치(Where to Apply)',
    category: 'paraphrase',
  },
  {
    query: '기다리는 시간을 매번 두 배로 늘려가며 다시 보내기',
    expect: '지수 백오프',
    category: 'paraphrase',
  },
  {
    query: '인스턴스마다 자기 메모리에서 따로 세는 방식',
    expect: '로컬 제한(Local Limit)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '토큰 버킷 리키 버킷 차이',
    expect: ['토큰 버킷(Token Bucket)', '리키 버킷(Leaky Buket)'],
    category: 'comparison',
    compare: ['토큰 버킷(Token Bucket)', '리키 버킷(Leaky Buket)'],
  },
  {
    query: '고정 윈도우 vs 슬라이딩 윈도우 로그',
    expect: ['고정 윈도우 카운터', '슬라이딩 윈도우 로그(Sliding Window Log)'],
    category: 'comparison',
    compare: ['고정 윈도우 카운터', '슬라이딩 윈도우 로그(Sliding Window Log)'],
  },
  {
    query: '로컬 제한이랑 전역 제한 뭐가 나아',
    expect: ['로컬 제한(Local Limit)', '전역 제한(Global Limit)'],
    category: 'comparison',
    compare: ['로컬 제한(Local Limit)', '전역 제한(Global Limit)'],
  },
  {
    query: '소프트 리밋 하드 리밋 차이',
    expect: ['소프트 리밋(Soft Limit)', '하드 리밋(Hard Limit)'],
    category: 'comparison',
    compare: ['소프트 리밋(Soft Limit)', '하드 리밋(Hard Limit)'],
  },

  // miss
  { query: '골프 드라이버 스윙 자세', expect: null, category: 'miss' },
  { query: '뜨개질로 목도리 뜨는 법', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: '서킷 브레이커 요청 실패 시 차단', expect: null, category: 'miss-shared' },
  { query: '로드밸런서 라운드 로빈 설정', expect: null, category: 'miss-shared' },
  { query: '검색창 입력 디바운스 처리', expect: null, category: 'miss-shared' },
  { query: 'WAF로 SQL 인젝션 요청 막기', expect: null, category: 'miss-shared' },
];
