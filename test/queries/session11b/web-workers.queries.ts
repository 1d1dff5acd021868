import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '이벤트 루프', expect: '이벤트 루프(Event Loop)', category: 'plain' },
  { query: '공유 워커', expect: '공유 워커(Shared Worker)', category: 'plain' },
  { query: '모듈 워커', expect: '모듈 워커(Module Worker)', category: 'plain' },
  { query: '푸시 알림', expect: '푸시 알림(Push Notification)', category: 'plain' },

  // particles
  { query: '서비스 워커가 뭐야', expect: '서비스 워커(Service Worker)', category: 'particles' },
  { query: '웹 워커란', expect: '웹 워커(Web Worker)', category: 'particles' },
  { query: '워커 풀이 뭐임', expect: '워커 풀', category: 'particles' },
  { query: '브로드캐스트 채널은 뭐야', expect: '브로드캐스트 채널(BroadcastChannel)', category: 'particles' },
  { query: '코미링크란', expect: '코미링크(Comlink)', category: 'particles' },

  // question
  { query: '크롬 성능 탭에 빨간 삼각형 뜨는 거 뭐야', expect: '긴 작업과 화면 멈춤', category: 'question' },
  {
    query: '워커 안에서 document.querySelector 안 돼요',
    expect: 'DOM 접근 제한(No DOM Access)',
    category: 'question',
  },
  {
    query: '콘솔 출력 순서가 1 4 3 2로 나오는 이유',
    expect: '이벤트 루프(Event Loop)',
    category: 'question',
  },
  {
    query: '큰 ArrayBuffer 워커로 보낼 때 복사 안 하려면',
    expect: '전송 가능 객체(Transferable Objects)',
    category: 'question',
  },
  {
    query: '워커 다 쓰고 나면 어떻게 끝내',
    expect: '워커 생성과 종료(Worker Lifecyle)',
    category: 'question',
  },
  {
    query: '서비스 워커 새 버전 배포했는데 적용이 안 돼요',
    expect: '활성화 단계(activate)',
    category: 'question',
  },
  {
    query: '인터넷 끊겨도 페이지 열리게 하려면 어떻게 해',
    expect: '오프라인 캐싱(Offline Cahing)',
    category: 'question',
  },
  {
    query: '탭 여러 개 열려있을 때 다른 탭들한테 한 번에 알리는 법',
    expect: '브로드캐스트 채널(BroadcastChannel)',
    category: 'question',
  },
  {
    query: 'SharedArrayBuffer가 undefined로 나와요',
    expect: '공유 메모리(SharedArrayBuffer)',
    category: 'question',
  },
  {
    query: '애니메이션을 setTimeout으로 돌리면 왜 안 좋아',
    expect: '렌더링 타이밍(requestAnimationFrame)',
    category: 'question',
  },

  // spacing
  { query: '웹워커', expect: '웹 워커(Web Worker)', category: 'spacing' },
  { query: '메인스레드', expect: '메인 스레드(Main Thread)', category: 'spacing' },
  { query: '전송가능 객체', expect: '전송 가능 객체(Transferable Objects)', category: 'spacing' },
  { query: '서비스워커 생명 주기', expect: '서비스 워커 생명주기', category: 'spacing' },

  // typo-query
  { query: '이밴트 루프', expect: '이벤트 루프(Event Loop)', category: 'typo-query' },
  { query: '서비스 워거', expect: '서비스 워커(Service Worker)', category: 'typo-query' },
  { query: '마이크로태스트', expect: '마이크로태스크(Microtask Queue)', category: 'typo-query' },
  { query: 'postMesage', expect: '메시지 전달(postMessage)', category: 'typo-query' },
  { query: '브로드케스트 채널', expect: '브로드캐스트 채널(BroadcastChannel)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'worker lifecycle', expect: '워커 생성과 종료(Worker Lifecyle)', category: 'typo-notes' },
  { query: 'error handling', expect: '에러 처리(Error Handing)', category: 'typo-notes' },
  { query: 'offline caching', expect: '오프라인 캐싱(Offline Cahing)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'dnjzj vnf', expect: '워커 풀', category: 'keyboard' },
  { query: 'rhddb dnjzj', expect: '공유 워커(Shared Worker)', category: 'keyboard' },
  { query: 'vntl dkffla', expect: '푸시 알림(Push Notification)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅂㅌㄹㅍ', expect: '이벤트 루프(Event Loop)', category: 'choseong' },
  { query: 'ㅅㅂㅅㅇㅋ', expect: '서비스 워커(Service Worker)', category: 'choseong' },
  { query: 'ㄱㅈㅅㅌ', expect: '경쟁 상태와 원자적 연산', category: 'choseong' },

  // english-glossary
  { query: 'structured clone algorithm', expect: '구조화된 복제', category: 'english-glossary' },
  { query: 'long task', expect: '긴 작업과 화면 멈춤', category: 'english-glossary' },
  { query: 'race condition', expect: '경쟁 상태와 원자적 연산', category: 'english-glossary' },
  { query: 'background sync', expect: '백그라운드 동기화', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'run heavy computation in a separate thread', expect: '웹 워커(Web Worker)', category: 'english' },
  {
    query: 'intercept network requests like a proxy in the browser',
    expect: '서비스 워커(Service Worker)',
    category: 'english',
  },
  { query: 'one worker used by several tabs', expect: '공유 워커(Shared Worker)', category: 'english' },
  {
    query: 'library to call worker functions like async functions',
    expect: '코미링크(Comlink)',
    category: 'english',
  },
  {
    query: 'when do promise then callbacks run',
    expect: '마이크로태스크(Microtask Queue)',
    category: 'english',
  },

  // paraphrase
  {
    query: '변수 공유 없이 메인과 백그라운드 쪽이 데이터 주고받는 방식',
    expect: '메시지 전달(postMessage)',
    category: 'paraphrase',
  },
  {
    query: '보낸 데이터를 참조 말고 깊은 복사본으로 넘기는 규칙',
    expect: '구조화된 복제',
    category: 'paraphrase',
  },
  {
    query: '복사 안 하고 소유권 자체를 넘겨버리는 것',
    expect: '전송 가능 객체(Transferable Objects)',
    category: 'paraphrase',
  },
  { query: '스레드 몇 개 미리 만들어두고 돌려쓰기', expect: '워커 풀', category: 'paraphrase' },
  {
    query: '오프라인 때 쓴 글을 연결 복구되면 자동으로 다시 보내기',
    expect: '백그라운드 동기화',
    category: 'paraphrase',
  },
  {
    query: '페이지 안 열려있어도 서버가 보낸 소식 띄워주기',
    expect: '푸시 알림(Push Notification)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '매크로태스크 마이크로태스크 차이',
    expect: ['매크로태스크(Task Queue)', '마이크로태스크(Microtask Queue)'],
    category: 'comparison',
    compare: ['매크로태스크(Task Queue)', '마이크로태스크(Microtask Queue)'],
  },
  {
    query: '공유 워커 vs 서비스 워커',
    expect: ['공유 워커(Shared Worker)', '서비스 워커(Service Worker)'],
    category: 'comparison',
    compare: ['공유 워커(Shared Worker)', '서비스 워커(Service Worker)'],
  },
  {
    query: '구조화된 복제랑 전송 가능 객체 차이',
    expect: ['구조화된 복제', '전송 가능 객체(Transferable Objects)'],
    category: 'comparison',
    compare: ['구조화된 복제', '전송 가능 객체(Transferable Objects)'],
  },
  {
    query: 'install 이벤트랑 activate 이벤트 차이',
    expect: ['설치 단계(install)', '활성화 단계(activate)'],
    category: 'comparison',
    compare: ['설치 단계(install)', '활성화 단계(activate)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 외우기', expect: null, category: 'miss' },
  { query: '세종대왕 업적 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Node.js worker_threads 사용법', expect: null, category: 'miss-shared' },
  { query: '자바 synchronized 키워드로 스레드 동기화', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 워커 노드 스케줄링', expect: null, category: 'miss-shared' },
  { query: '파이썬 GIL 때문에 멀티스레딩 느린 이유', expect: null, category: 'miss-shared' },
];
