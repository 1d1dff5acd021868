import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스코프', expect: '스코프(Scope)', category: 'plain' },
  { query: '워크박스', expect: '워크박스(Workbox)', category: 'plain' },
  { query: '라이트하우스 점검', expect: '라이트하우스 점검(Lighthouse)', category: 'plain' },
  { query: '캐시 전용', expect: '캐시 전용(Cache Only)', category: 'plain' },

  // particles
  { query: '푸시 알림이 뭐야', expect: '푸시 알림(Push Notification)', category: 'particles' },
  { query: '캐시 스토리지란', expect: '캐시 스토리지(Cache Storage)', category: 'particles' },
  {
    query: '오프라인 폴백 페이지는 뭐임',
    expect: '오프라인 폴백 페이지(Offline Fallback)',
    category: 'particles',
  },
  { query: 'PWA가 뭐야', expect: 'PWA 개념(Progressive Web App)', category: 'particles' },
  { query: '네트워크 우선 전략이란', expect: '네트워크 우선(Network First)', category: 'particles' },

  // question
  {
    query: 'http 서버에 올렸더니 서비스 워커 등록이 안 돼요',
    expect: 'HTTPS 필수 조건(HTTPS Requirement)',
    category: 'question',
  },
  {
    query: '새 버전 배포했는데 새로고침해도 옛날 서비스 워커가 그대로야',
    expect: '대기 상태(waiting)',
    category: 'question',
  },
  { query: 'skipWaiting 왜 써', expect: '즉시 교체하기', category: 'question' },
  {
    query: 'sw.js를 js 폴더에 넣었더니 다른 페이지 요청을 못 잡아요',
    expect: '스코프(Scope)',
    category: 'question',
  },
  {
    query: '설치 배너를 내가 만든 버튼 누를 때 띄우려면 어떻게 해',
    expect: 'beforeinstallprompt 이벤트',
    category: 'question',
  },
  {
    query: '오프라인에서 쓴 댓글 연결되면 자동으로 보내려면',
    expect: '백그라운드 동기화(Backgroud Sync)',
    category: 'question',
  },
  { query: '캐시 이름에 v2 붙이는 이유가 뭐야', expect: '캐시 버전 관리', category: 'question' },
  { query: '설치 버튼이 안 뜨는데 manifest에 뭐 빠진 거야', expect: '설치 조건', category: 'question' },
  {
    query: '서비스 워커에서 localStorage 왜 못 써',
    expect: '인덱스드DB 활용(IndexedDB)',
    category: 'question',
  },
  { query: '알림 권한은 언제 물어봐야 돼', expect: '푸시 알림(Push Notification)', category: 'question' },

  // spacing
  { query: '서비스워커', expect: '서비스 워커(Service Worker)', category: 'spacing' },
  { query: '백그라운드동기화', expect: '백그라운드 동기화(Backgroud Sync)', category: 'spacing' },
  { query: '웹앱 매니페스트', expect: '웹 앱 매니페스트(Web App Manfest)', category: 'spacing' },
  { query: '오프라인폴백페이지', expect: '오프라인 폴백 페이지(Offline Fallback)', category: 'spacing' },

  // typo-query
  { query: '서비스 워거', expect: '서비스 워커(Service Worker)', category: 'typo-query' },
  { query: '메니페스트', expect: '웹 앱 매니페스트(Web App Manfest)', category: 'typo-query' },
  { query: '푸쉬 알림', expect: '푸시 알림(Push Notification)', category: 'typo-query' },
  { query: '캐쉬 우선', expect: '캐시 우선(Cache First)', category: 'typo-query' },
  { query: '라이트하우쓰', expect: '라이트하우스 점검(Lighthouse)', category: 'typo-query' },

  // typo-notes
  { query: 'web app manifest', expect: '웹 앱 매니페스트(Web App Manfest)', category: 'typo-notes' },
  { query: 'registration', expect: '등록(Registraton)', category: 'typo-notes' },
  { query: 'background sync', expect: '백그라운드 동기화(Backgroud Sync)', category: 'typo-notes' },

  // keyboard
  { query: 'aoslvptmxm', expect: '웹 앱 매니페스트(Web App Manfest)', category: 'keyboard' },
  { query: 'dnjzmqkrtm', expect: '워크박스(Workbox)', category: 'keyboard' },
  { query: 'tmzhvm', expect: '스코프(Scope)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㄱㄹㅇㄷㄷㄱㅎ', expect: '백그라운드 동기화(Backgroud Sync)', category: 'choseong' },
  { query: 'ㅍㅅㅇㄹ', expect: '푸시 알림(Push Notification)', category: 'choseong' },
  { query: 'ㅅㅂㅅㅇㅋ', expect: '서비스 워커(Service Worker)', category: 'choseong' },

  // english-glossary
  { query: 'add to home screen', expect: '홈 화면에 추가', category: 'english-glossary' },
  { query: 'app shell', expect: '앱 셸 미리 캐싱', category: 'english-glossary' },
  { query: 'cache versioning', expect: '캐시 버전 관리', category: 'english-glossary' },
  { query: 'chrome devtools', expect: '개발자 도구로 디버깅', category: 'english-glossary' },

  // english
  {
    query: 'intercept network requests and respond from the worker',
    expect: '페치 이벤트(Fetch Event)',
    category: 'english',
  },
  {
    query: 'serve the cached copy first then refresh it in the background',
    expect: '재검증 중 캐시 반환(Stale While Revalidate)',
    category: 'english',
  },
  {
    query: 'why do service workers only work over https',
    expect: 'HTTPS 필수 조건(HTTPS Requirement)',
    category: 'english',
  },
  {
    query: 'show a custom page when offline and nothing is cached',
    expect: '오프라인 폴백 페이지(Offline Fallback)',
    category: 'english',
  },
  {
    query: 'subscribe users to push messages with VAPID keys',
    expect: '푸시 알림(Push Notification)',
    category: 'english',
  },

  // paraphrase
  {
    query: '요청 보낼 때 인터넷 안 거치고 저장해둔 것부터 꺼내주는 방식',
    expect: '캐시 우선(Cache First)',
    category: 'paraphrase',
  },
  {
    query: '워커가 처음 깔릴 때 필요한 파일들을 미리 담아두는 시점',
    expect: '설치 단계(install)',
    category: 'paraphrase',
  },
  {
    query: '결제 요청처럼 절대 저장해두면 안 되는 요청 처리 방법',
    expect: '네트워크 전용(Network Only)',
    category: 'paraphrase',
  },
  {
    query: '주소창 없이 진짜 앱처럼 뜨게 해주는 이름 아이콘 적은 설정 파일',
    expect: '웹 앱 매니페스트(Web App Manfest)',
    category: 'paraphrase',
  },
  {
    query: '페이지와 따로 뒤에서 돌면서 요청을 중계하는 프록시 같은 스크립트',
    expect: '서비스 워커(Service Worker)',
    category: 'paraphrase',
  },
  {
    query: '배포 전에 설치 가능 여부랑 성능 점수를 매겨주는 크롬 도구',
    expect: '라이트하우스 점검(Lighthouse)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'cache first vs network first',
    expect: ['캐시 우선(Cache First)', '네트워크 우선(Network First)'],
    category: 'comparison',
    compare: ['캐시 우선(Cache First)', '네트워크 우선(Network First)'],
  },
  {
    query: '캐시 전용이랑 네트워크 전용 차이',
    expect: ['캐시 전용(Cache Only)', '네트워크 전용(Network Only)'],
    category: 'comparison',
    compare: ['캐시 전용(Cache Only)', '네트워크 전용(Network Only)'],
  },
  {
    query: 'install 이벤트랑 activate 이벤트 차이',
    expect: ['설치 단계(install)', '활성화 단계(activate)'],
    category: 'comparison',
    compare: ['설치 단계(install)', '활성화 단계(activate)'],
  },
  {
    query: 'IndexedDB랑 캐시 스토리지 뭐가 달라',
    expect: ['인덱스드DB 활용(IndexedDB)', '캐시 스토리지(Cache Storage)'],
    category: 'comparison',
    compare: ['인덱스드DB 활용(IndexedDB)', '캐시 스토리지(Cache Storage)'],
  },

  // miss
  { query: '골프 드라이버 스윙 자세', expect: null, category: 'miss' },
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '산업혁명이 일어난 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: '웹 워커로 무거운 계산 따로 돌리기', expect: null, category: 'miss-shared' },
  { query: '웹소켓으로 실시간 채팅 구현', expect: null, category: 'miss-shared' },
  { query: 'CDN 캐시 무효화 방법', expect: null, category: 'miss-shared' },
  { query: 'React Native 앱 스토어 배포', expect: null, category: 'miss-shared' },
];
