import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '엑스포', expect: '엑스포(Expo)', category: 'plain' },
  { query: '딥 링크', expect: '딥 링크(Deep Linking)', category: 'plain' },
  { query: '스타일시트', expect: '스타일시트(StyleSheet)', category: 'plain' },
  { query: '헤르메스 엔진', expect: '헤르메스 엔진(Hermes)', category: 'plain' },

  // particles
  { query: '브리지 구조가 뭐야', expect: '브리지 구조(Bridge)', category: 'particles' },
  { query: '네이티브 모듈이란', expect: '네이티브 모듈(Native Modules)', category: 'particles' },
  { query: '푸시 알림은 어떻게 동작해', expect: '푸시 알림', category: 'particles' },
  { query: '코어 컴포넌트가 뭐임', expect: '코어 컴포넌트(Core Components)', category: 'particles' },
  { query: '권한 요청은', expect: '권한 요청', category: 'particles' },

  // question
  { query: '목록 항목 수천 개 보여줄 때 뭐 써야 돼', expect: 'FlatList', category: 'question' },
  {
    query: '문자열을 View 안에 바로 넣었더니 에러 나요',
    expect: '코어 컴포넌트(Core Components)',
    category: 'question',
  },
  {
    query: 'flex: 1 줬는데 자식이 화면을 안 채워요',
    expect: '플렉스박스 레이아웃(Flexbox Layuot)',
    category: 'question',
  },
  {
    query: 'iOS랑 안드로이드에서 다른 코드 돌리려면 어떻게 해',
    expect: '플랫폼별 분기(Platform Specific Code)',
    category: 'question',
  },
  { query: '로그인 토큰 어디에 저장해야 안전해', expect: '기기 내 저장소', category: 'question' },
  { query: '카메라 쓰는 앱인데 iOS 심사에서 거절당했어요', expect: '권한 요청', category: 'question' },
  { query: '스토어 심사 없이 버그 수정 바로 내보내는 법', expect: '무선 업데이트', category: 'question' },
  { query: 'JS가 바쁘면 애니메이션이 뚝뚝 끊겨요', expect: '애니메이션(Animation)', category: 'question' },
  {
    query: '맥 없어도 iOS 앱 빌드할 수 있어?',
    expect: '앱 빌드와 배포(Build & Release)',
    category: 'question',
  },
  {
    query: '다음 화면으로 넘어갈 때 id 같이 넘기려면 어떻게 해',
    expect: '리액트 내비게이션(React Navigation)',
    category: 'question',
  },

  // spacing
  { query: '리액트네이티브개요', expect: '리액트 네이티브 개요(Overview)', category: 'spacing' },
  { query: '플렉스 박스레이아웃', expect: '플렉스박스 레이아웃(Flexbox Layuot)', category: 'spacing' },
  { query: '스택내비게이터', expect: '스택 내비게이터(Stack Navigator)', category: 'spacing' },
  { query: '전역상태관리', expect: '전역 상태 관리(State Management)', category: 'spacing' },

  // typo-query
  { query: '헤르매스 엔진', expect: '헤르메스 엔진(Hermes)', category: 'typo-query' },
  { query: '스타일시드', expect: '스타일시트(StyleSheet)', category: 'typo-query' },
  { query: '딥 링그', expect: '딥 링크(Deep Linking)', category: 'typo-query' },
  { query: 'flatlsit', expect: 'FlatList', category: 'typo-query' },
  { query: '네이티브 모들', expect: '네이티브 모듈(Native Modules)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'new architecture', expect: '새 아키텍처(New Architecure)', category: 'typo-notes' },
  { query: 'flexbox layout', expect: '플렉스박스 레이아웃(Flexbox Layuot)', category: 'typo-notes' },
  { query: 'render optimization', expect: '렌더링 최적화(Render Optimizaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'elqjrld', expect: '디버깅(Debugging)', category: 'keyboard' },
  { query: 'vntl dkffla', expect: '푸시 알림', category: 'keyboard' },
  { query: 'dprtmvh', expect: '엑스포(Expo)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㄹㅁㅅ ㅇㅈ', expect: '헤르메스 엔진(Hermes)', category: 'choseong' },
  { query: 'ㅁㅅ ㅇㄷㅇㅌ', expect: '무선 업데이트', category: 'choseong' },
  { query: 'ㅌ ㄴㅂㄱㅇㅌ', expect: '탭 내비게이터(Tab Navigator)', category: 'choseong' },

  // english-glossary
  { query: 'runtime permissions', expect: '권한 요청', category: 'english-glossary' },
  { query: 'push notifications', expect: '푸시 알림', category: 'english-glossary' },
  { query: 'over the air update', expect: '무선 업데이트', category: 'english-glossary' },
  { query: 'persistent storage', expect: '기기 내 저장소', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does the old bridge between JS and native threads work',
    expect: '브리지 구조(Bridge)',
    category: 'english',
  },
  { query: 'open a specific screen from a URL', expect: '딥 링크(Deep Linking)', category: 'english' },
  {
    query: 'write custom Swift or Kotlin code and call it from JavaScript',
    expect: '네이티브 모듈(Native Modules)',
    category: 'english',
  },
  {
    query: 'precompile JavaScript to bytecode for faster startup',
    expect: '헤르메스 엔진(Hermes)',
    category: 'english',
  },
  {
    query: 'how to open the developer menu on the simulator',
    expect: '디버깅(Debugging)',
    category: 'english',
  },

  // paraphrase
  {
    query: '아래쪽 메뉴 버튼 눌러서 화면 바꾸는 구조',
    expect: '탭 내비게이터(Tab Navigator)',
    category: 'paraphrase',
  },
  {
    query: '화면을 카드처럼 위로 쌓았다가 뒤로 가면 하나씩 빼는 방식',
    expect: '스택 내비게이터(Stack Navigator)',
    category: 'paraphrase',
  },
  {
    query: '웹 개발자가 자바스크립트로 아이폰 안드로이드 앱을 한 번에 만드는 프레임워크',
    expect: '리액트 네이티브 개요(Overview)',
    category: 'paraphrase',
  },
  {
    query: '버튼 눌림 감지하고 길게 누르기 처리하기',
    expect: '터치 이벤트(Touch Handling)',
    category: 'paraphrase',
  },
  {
    query: '쓸데없이 다시 그려지는 걸 줄여서 앱 빠르게 만들기',
    expect: '렌더링 최적화(Render Optimizaton)',
    category: 'paraphrase',
  },
  {
    query: 'QR 코드 찍어서 실기기에서 바로 확인하는 개발 도구',
    expect: '엑스포(Expo)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'FlatList vs ScrollView',
    expect: ['FlatList', 'ScrollView'],
    category: 'comparison',
    compare: ['FlatList', 'ScrollView'],
  },
  {
    query: '스택 내비게이터랑 탭 내비게이터 차이',
    expect: ['스택 내비게이터(Stack Navigator)', '탭 내비게이터(Tab Navigator)'],
    category: 'comparison',
    compare: ['스택 내비게이터(Stack Navigator)', '탭 내비게이터(Tab Navigator)'],
  },
  {
    query: '브리지 방식이랑 새 아키텍처 차이가 뭐야',
    expect: ['브리지 구조(Bridge)', '새 아키텍처(New Architecure)'],
    category: 'comparison',
    compare: ['브리지 구조(Bridge)', '새 아키텍처(New Architecure)'],
  },
  {
    query: '스토어 배포랑 무선 업데이트 차이',
    expect: ['앱 빌드와 배포(Build & Release)', '무선 업데이트'],
    category: 'comparison',
    compare: ['앱 빌드와 배포(Build & Release)', '무선 업데이트'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 잘 던지는 법', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Flutter 위젯 트리와 Dart 문법', expect: null, category: 'miss-shared' },
  { query: 'Jetpack Compose 리컴포지션 원리', expect: null, category: 'miss-shared' },
  { query: 'PWA 서비스 워커로 오프라인 캐시 만들기', expect: null, category: 'miss-shared' },
  { query: '인앱 결제 구독 영수증 검증', expect: null, category: 'miss-shared' },
];
