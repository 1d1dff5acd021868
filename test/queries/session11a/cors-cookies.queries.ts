import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '프리플라이트 요청', expect: '프리플라이트 요청(Preflight Request)', category: 'plain' },
  { query: '쿠키 접두사', expect: '쿠키 접두사(Cookie Prefixs)', category: 'plain' },
  { query: '세션 탈취', expect: '세션 탈취', category: 'plain' },
  { query: '개발 서버 프록시', expect: '개발 서버 프록시', category: 'plain' },

  // particles
  { query: '동일 출처 정책이 뭐야', expect: '동일 출처 정책(Same-Origin Policy)', category: 'particles' },
  { query: '출처란', expect: '출처(Origin)', category: 'particles' },
  { query: 'HttpOnly 속성은 뭐임', expect: 'HttpOnly 속성', category: 'particles' },
  { query: '영속 쿠키가 뭐예요', expect: '영속 쿠키', category: 'particles' },
  { query: '토큰 저장 위치는', expect: '토큰 저장 위치(Token Storage)', category: 'particles' },

  // question
  {
    query: '네트워크 탭에 같은 URL 요청이 두 번 찍혀요',
    expect: '프리플라이트 요청(Preflight Request)',
    category: 'question',
  },
  {
    query: 'has been blocked by CORS policy 에러 뜨는데 어떻게 해',
    expect: 'CORS 오류 해결(Troubleshooting CORS)',
    category: 'question',
  },
  {
    query: 'axios withCredentials 켜야 쿠키가 같이 가?',
    expect: '자격 증명 포함 요청',
    category: 'question',
  },
  {
    query: '로컬에서 vite로 개발할 때 CORS 안 나게 하려면',
    expect: '개발 서버 프록시',
    category: 'question',
  },
  {
    query: 'Postman에선 되는데 브라우저에서만 막히는 이유',
    expect: '동일 출처 정책(Same-Origin Policy)',
    category: 'question',
  },
  {
    query: 'img 태그로 다른 도메인 이미지 불러오는 건 왜 돼',
    expect: '정책의 예외(SOP Exceptions)',
    category: 'question',
  },
  { query: '브라우저 닫으면 쿠키 왜 사라져', expect: '세션 쿠키', category: 'question' },
  {
    query: 'document.cookie로 세션 ID 못 읽게 막으려면',
    expect: 'HttpOnly 속성',
    category: 'question',
  },
  {
    query: '외부 링크 타고 들어오면 로그인 풀린 것처럼 보여요',
    expect: 'SameSite=Strict',
    category: 'question',
  },
  {
    query: '액세스 토큰 localStorage에 둬도 돼?',
    expect: '토큰 저장 위치(Token Storage)',
    category: 'question',
  },

  // spacing
  { query: '동일출처정책', expect: '동일 출처 정책(Same-Origin Policy)', category: 'spacing' },
  { query: '자격증명포함요청', expect: '자격 증명 포함 요청', category: 'spacing' },
  { query: '브라우저추적방지', expect: '브라우저 추적 방지(Tracking Prevension)', category: 'spacing' },
  { query: '사이트와출처의차이', expect: '사이트와 출처의 차이(Site vs Origin)', category: 'spacing' },

  // typo-query
  { query: '프리플라이드 요청', expect: '프리플라이트 요청(Preflight Request)', category: 'typo-query' },
  { query: 'httponyl', expect: 'HttpOnly 속성', category: 'typo-query' },
  { query: '세선 탈취', expect: '세션 탈취', category: 'typo-query' },
  { query: '영속 쿠기', expect: '영속 쿠키', category: 'typo-query' },
  { query: '출쳐', expect: '출처(Origin)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'simple request', expect: '단순 요청(Simple Requst)', category: 'typo-notes' },
  { query: 'cookie prefixes', expect: '쿠키 접두사(Cookie Prefixs)', category: 'typo-notes' },
  { query: 'tracking prevention', expect: '브라우저 추적 방지(Tracking Prevension)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'cnfcj', expect: '출처(Origin)', category: 'keyboard' },
  { query: 'tptus xkfcnl', expect: '세션 탈취', category: 'keyboard' },
  { query: 'znzl tnaud', expect: '쿠키 수명(Cookie Lifetime)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅇㅊㅊㅈㅊ', expect: '동일 출처 정책(Same-Origin Policy)', category: 'choseong' },
  { query: 'ㅍㄹㅍㄹㅇㅌ', expect: '프리플라이트 요청(Preflight Request)', category: 'choseong' },
  { query: 'ㅇㅅㅋㅋ', expect: '영속 쿠키', category: 'choseong' },

  // english-glossary
  { query: 'persistent cookie', expect: '영속 쿠키', category: 'english-glossary' },
  { query: 'third-party cookie', expect: '자사 쿠키와 제3자 쿠키', category: 'english-glossary' },
  { query: 'session hijacking', expect: '세션 탈취', category: 'english-glossary' },
  { query: 'credentialed request', expect: '자격 증명 포함 요청', category: 'english-glossary' },

  // english
  {
    query: 'browser sends OPTIONS before the actual request',
    expect: '프리플라이트 요청(Preflight Request)',
    category: 'english',
  },
  {
    query: 'how long the browser caches the preflight result',
    expect: 'Access-Control-Max-Age',
    category: 'english',
  },
  { query: 'cookie only sent over https', expect: 'Secure 속성', category: 'english' },
  { query: 'scheme host and port must all match', expect: '출처(Origin)', category: 'english' },
  {
    query: 'cookie sent only on top-level navigation from another site',
    expect: 'SameSite=Lax',
    category: 'english',
  },

  // paraphrase
  {
    query: '서버가 응답에 허락 표시를 붙여서 다른 주소의 스크립트도 결과를 읽게 해주는 방식',
    expect: 'CORS 개념(Cross-Origin Resource Sharing)',
    category: 'paraphrase',
  },
  {
    query: '이름 맨 앞에 밑줄 두 개 붙인 특별한 형식',
    expect: '쿠키 접두사(Cookie Prefixs)',
    category: 'paraphrase',
  },
  {
    query: 'a.example.com이랑 b.example.com은 같은 곳인데 또 다른 곳이기도 한 이유',
    expect: '사이트와 출처의 차이(Site vs Origin)',
    category: 'paraphrase',
  },
  {
    query: '사파리랑 파이어폭스가 광고 회사 따라다니기를 기본으로 막는 기능',
    expect: '브라우저 추적 방지(Tracking Prevension)',
    category: 'paraphrase',
  },
  {
    query: '리프레시는 자바스크립트가 못 만지는 곳에, 액세스는 메모리 변수에 두는 조합',
    expect: '토큰 저장 위치(Token Storage)',
    category: 'paraphrase',
  },
  {
    query: '서버가 응답 한 줄로 브라우저에 이름=값 데이터를 심는 방법',
    expect: 'Set-Cookie 헤더',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'SameSite Strict랑 Lax 차이',
    expect: ['SameSite=Strict', 'SameSite=Lax'],
    category: 'comparison',
    compare: ['SameSite=Strict', 'SameSite=Lax'],
  },
  {
    query: '세션 쿠키 영속 쿠키 차이가 뭐야',
    expect: ['세션 쿠키', '영속 쿠키'],
    category: 'comparison',
    compare: ['세션 쿠키', '영속 쿠키'],
  },
  {
    query: '단순 요청 vs 프리플라이트 요청',
    expect: ['단순 요청(Simple Requst)', '프리플라이트 요청(Preflight Request)'],
    category: 'comparison',
    compare: ['단순 요청(Simple Requst)', '프리플라이트 요청(Preflight Request)'],
  },
  {
    query: 'Secure랑 HttpOnly 뭐가 달라',
    expect: ['Secure 속성', 'HttpOnly 속성'],
    category: 'comparison',
    compare: ['Secure 속성', 'HttpOnly 속성'],
  },

  // miss
  { query: '제육볶음 양념 비율', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 자세', expect: null, category: 'miss' },
  { query: '로마 제국이 멸망한 이유', expect: null, category: 'miss' },

  // miss-shared
  { query: 'WebSocket 연결 핸드셰이크 과정', expect: null, category: 'miss-shared' },
  { query: 'ETag랑 Cache-Control로 HTTP 캐시 설정', expect: null, category: 'miss-shared' },
  { query: '서버 로드 밸런싱 라운드 로빈', expect: null, category: 'miss-shared' },
  { query: 'IndexedDB 브라우저 데이터베이스 사용법', expect: null, category: 'miss-shared' },
];
