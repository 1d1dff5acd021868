import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '서비스 워커', expect: '서비스 워커(Service Worker)', category: 'plain' },
  { query: '동일 출처 정책', expect: '동일 출처 정책(Same-Origin Policy)', category: 'plain' },
  { query: '인덱스와 커서', expect: '인덱스와 커서', category: 'plain' },
  { query: '서드파티 쿠키', expect: '서드파티 쿠키(Third-pary Cookie)', category: 'plain' },

  // particles
  { query: '세션스토리지가 뭐야', expect: '세션스토리지(sessionStorage)', category: 'particles' },
  { query: '캐시 API란', expect: '캐시 API(Cache API)', category: 'particles' },
  { query: '객체 저장소는 뭐임', expect: '객체 저장소(Object Store)', category: 'particles' },
  { query: '스토리지 이벤트가 언제 발생해', expect: '스토리지 이벤트(Storage Event)', category: 'particles' },
  { query: '토큰 저장 위치를 어디로', expect: '토큰 저장 위치', category: 'particles' },

  // question
  {
    query: 'localStorage 에 객체 넣었더니 [object Object] 나와요',
    expect: '문자열만 저장되는 문제',
    category: 'question',
  },
  { query: '자바스크립트로 쿠키 못 읽게 하려면 어떻게 해', expect: 'HttpOnly', category: 'question' },
  {
    query: '새 탭 열었더니 저장해둔 값이 없어요',
    expect: '세션스토리지(sessionStorage)',
    category: 'question',
  },
  {
    query: '한 탭에서 로그아웃하면 다른 탭도 로그아웃 시키고 싶어',
    expect: '스토리지 이벤트(Storage Event)',
    category: 'question',
  },
  {
    query: 'http 랑 https 는 같은 사이트로 봐?',
    expect: '동일 출처 정책(Same-Origin Policy)',
    category: 'question',
  },
  {
    query: '오프라인에서도 앱 열리게 하려면 뭐 써',
    expect: '서비스 워커(Service Worker)',
    category: 'question',
  },
  { query: 'QuotaExceededError 뜨는데 어떻게 해', expect: '용량 제한(Storage Quota)', category: 'question' },
  {
    query: '중간에 fetch 넣었더니 트랜잭션이 끝나버려요',
    expect: '트랜잭션(Transacton)',
    category: 'question',
  },
  {
    query: 'createObjectStore 하는데 에러 나요 어디서 해야 돼',
    expect: '버전 업그레이드(Version Upgrade)',
    category: 'question',
  },
  { query: '다른 사이트에서 보낸 요청에 쿠키 안 붙게 하려면', expect: 'SameSite', category: 'question' },

  // spacing
  { query: '동일출처정책', expect: '동일 출처 정책(Same-Origin Policy)', category: 'spacing' },
  { query: '세션 스토리지', expect: '세션스토리지(sessionStorage)', category: 'spacing' },
  { query: '민감정보 저장금지', expect: '민감 정보 저장 금지', category: 'spacing' },
  { query: '캐싱전략', expect: '캐싱 전략(Caching Stratgy)', category: 'spacing' },

  // typo-query
  { query: '로컬스토러지', expect: '로컬스토리지(localStorage)', category: 'typo-query' },
  { query: '서비스 워크', expect: '서비스 워커(Service Worker)', category: 'typo-query' },
  { query: 'IndexdDB', expect: 'IndexedDB 개요', category: 'typo-query' },
  { query: '쿠기 속성', expect: '쿠키 속성(Cookie Attributes)', category: 'typo-query' },
  { query: 'stale while revalidat', expect: 'Stale-While-Revalidate', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'third-party cookie', expect: '서드파티 쿠키(Third-pary Cookie)', category: 'typo-notes' },
  { query: 'indexeddb transaction', expect: '트랜잭션(Transacton)', category: 'typo-notes' },
  { query: 'caching strategy', expect: '캐싱 전략(Caching Stratgy)', category: 'typo-notes' },

  // keyboard (2-beolsik, IME off)
  { query: 'tptustmxhflwl', expect: '세션스토리지(sessionStorage)', category: 'keyboard' },
  { query: 'xmfoswortus', expect: '트랜잭션(Transacton)', category: 'keyboard' },
  { query: 'dydfid wpgks', expect: '용량 제한(Storage Quota)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅇ ㅊㅊ ㅈㅊ', expect: '동일 출처 정책(Same-Origin Policy)', category: 'choseong' },
  { query: 'ㅅㄷㅍㅌ ㅋㅋ', expect: '서드파티 쿠키(Third-pary Cookie)', category: 'choseong' },
  { query: 'ㅋㅅ ㅈㄹ', expect: '캐싱 전략(Caching Stratgy)', category: 'choseong' },

  // english-glossary (the notes use only the Korean form)
  { query: 'persistent cookie', expect: '세션 쿠키와 영구 쿠키', category: 'english-glossary' },
  { query: 'storage eviction', expect: '저장소 비우기', category: 'english-glossary' },
  { query: 'where to store access token', expect: '토큰 저장 위치', category: 'english-glossary' },
  {
    query: 'json serialization in web storage',
    expect: '문자열만 저장되는 문제',
    category: 'english-glossary',
  },

  // english
  { query: 'how much data can localStorage hold', expect: '용량 제한(Storage Quota)', category: 'english' },
  {
    query: 'what is the same origin policy',
    expect: '동일 출처 정책(Same-Origin Policy)',
    category: 'english',
  },
  {
    query: 'how does a service worker intercept requests',
    expect: '서비스 워커(Service Worker)',
    category: 'english',
  },
  { query: 'how to query indexeddb by another field', expect: '인덱스와 커서', category: 'english' },
  { query: 'how to protect cookies from csrf attacks', expect: 'CSRF와 쿠키', category: 'english' },

  // paraphrase
  {
    query: '서버가 응답 헤더로 내려준 작은 값을 브라우저가 기억했다가 요청마다 다시 보내는 것',
    expect: '쿠키 기본(Cookie Basics)',
    category: 'paraphrase',
  },
  { query: '브라우저 안에 들어있는 NoSQL 데이터베이스', expect: 'IndexedDB 개요', category: 'paraphrase' },
  {
    query: '광고 회사가 여러 사이트 돌아다니는 사용자 추적하는 데 쓰는 것',
    expect: '서드파티 쿠키(Third-pary Cookie)',
    category: 'paraphrase',
  },
  {
    query: '악성 스크립트가 페이지에서 돌면 저장해둔 값 다 읽히는 문제',
    expect: 'XSS와 저장소(XSS)',
    category: 'paraphrase',
  },
  {
    query: '비밀번호나 카드번호를 브라우저에 넣어두면 안 되는 이유',
    expect: '민감 정보 저장 금지',
    category: 'paraphrase',
  },
  {
    query: '요청과 응답 쌍을 통째로 보관하는 저장 공간',
    expect: '캐시 API(Cache API)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'localStorage vs sessionStorage',
    expect: ['로컬스토리지(localStorage)', '세션스토리지(sessionStorage)'],
    category: 'comparison',
    compare: ['로컬스토리지(localStorage)', '세션스토리지(sessionStorage)'],
  },
  {
    query: '캐시 우선이랑 네트워크 우선 차이',
    expect: ['캐시 우선(Cache First)', '네트워크 우선(Network First)'],
    category: 'comparison',
    compare: ['캐시 우선(Cache First)', '네트워크 우선(Network First)'],
  },
  {
    query: 'XSS 와 CSRF 비교',
    expect: ['XSS와 저장소(XSS)', 'CSRF와 쿠키'],
    category: 'comparison',
    compare: ['XSS와 저장소(XSS)', 'CSRF와 쿠키'],
  },
  {
    query: 'Secure 속성 vs HttpOnly 속성',
    expect: ['Secure', 'HttpOnly'],
    category: 'comparison',
    compare: ['Secure', 'HttpOnly'],
  },

  // miss
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '산업혁명이 일어난 배경', expect: null, category: 'miss' },

  // miss-shared
  { query: '데이터베이스 정규화 제3정규형', expect: null, category: 'miss-shared' },
  { query: 'HTTP 캐시 헤더 Cache-Control ETag', expect: null, category: 'miss-shared' },
  { query: 'CORS preflight 요청 출처 허용', expect: null, category: 'miss-shared' },
  { query: 'Redis 세션 저장소 만료 설정', expect: null, category: 'miss-shared' },
];
