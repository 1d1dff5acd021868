import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스트림', expect: '스트림(Stream)', category: 'plain' },
  { query: '위젯 트리', expect: '위젯 트리(Widget Tree)', category: 'plain' },
  { query: '리스트뷰', expect: '리스트뷰(ListView)', category: 'plain' },
  { query: '화면 이동', expect: '화면 이동(Navigator)', category: 'plain' },

  // particles
  { query: '아이솔레이트가 뭐야', expect: '아이솔레이트(Isolate)', category: 'particles' },
  { query: '스테이트리스 위젯이란', expect: '스테이트리스 위젯(StatelessWidget)', category: 'particles' },
  { query: '키가 뭐야', expect: '키(Key)', category: 'particles' },
  { query: '퓨처란 뭐임', expect: '퓨처(Future)', category: 'particles' },
  { query: 'pubspec.yaml이 뭐야', expect: 'pubspec.yaml', category: 'particles' },

  // question
  { query: '변수 값 바꿨는데 화면이 안 바뀌어요', expect: 'setState', category: 'question' },
  {
    query: 'Row 안에 긴 텍스트 넣으니까 노란 줄무늬 떠요',
    expect: 'Expanded와 Flexible',
    category: 'question',
  },
  {
    query: 'Column 안에 ListView 넣었더니 높이 에러 나요',
    expect: '리스트뷰(ListView)',
    category: 'question',
  },
  { query: 'final이랑 const 뭐가 달라', expect: '변수와 타입(Variables and Types)', category: 'question' },
  { query: 'await 쓰려는데 컴파일 에러 나요', expect: 'async와 await', category: 'question' },
  {
    query: 'initState 고쳤는데 저장해도 반영이 안 돼요',
    expect: '핫 리로드(Hot Reload)',
    category: 'question',
  },
  { query: 'http 패키지 추가하려면 어떻게 해', expect: '패키지 설치(Packages)', category: 'question' },
  { query: '무거운 계산 돌리면 화면이 버벅여요', expect: '아이솔레이트(Isolate)', category: 'question' },
  { query: '리스트 항목 지웠는데 체크 상태가 다른 줄로 가요', expect: '키(Key)', category: 'question' },
  { query: 'String 변수에 null 넣으려니까 에러 나요', expect: '널 안전성', category: 'question' },

  // spacing
  { query: '핫리로드', expect: '핫 리로드(Hot Reload)', category: 'spacing' },
  { query: '상태관리', expect: '상태 관리(State Managment)', category: 'spacing' },
  { query: '스테이트 풀 위젯', expect: '스테이트풀 위젯(StatefulWidget)', category: 'spacing' },
  { query: '위젯생명주기', expect: '위젯 생명주기', category: 'spacing' },

  // typo-query
  { query: '스테이트리스 위잿', expect: '스테이트리스 위젯(StatelessWidget)', category: 'typo-query' },
  { query: '아이소레이트', expect: '아이솔레이트(Isolate)', category: 'typo-query' },
  { query: '리스트부', expect: '리스트뷰(ListView)', category: 'typo-query' },
  { query: 'pubsepc', expect: 'pubspec.yaml', category: 'typo-query' },
  { query: 'navigater', expect: '화면 이동(Navigator)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'container', expect: '컨테이너(Contianer)', category: 'typo-notes' },
  { query: 'state management', expect: '상태 관리(State Managment)', category: 'typo-notes' },
  { query: 'constructor', expect: '클래스와 생성자(Class and Construtor)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmxmfla', expect: '스트림(Stream)', category: 'keyboard' },
  { query: 'dkdlthffpdlxm', expect: '아이솔레이트(Isolate)', category: 'keyboard' },
  { query: 'gkt flfhem', expect: '핫 리로드(Hot Reload)', category: 'keyboard' },

  // choseong
  { query: 'ㄴㅇㅈㅅ', expect: '널 안전성', category: 'choseong' },
  { query: 'ㅅㅌㄱㄹ', expect: '상태 관리(State Managment)', category: 'choseong' },
  { query: 'ㅇㅈㅌㄹ', expect: '위젯 트리(Widget Tree)', category: 'choseong' },

  // english-glossary
  { query: 'null safety', expect: '널 안전성', category: 'english-glossary' },
  { query: 'widget lifecycle', expect: '위젯 생명주기', category: 'english-glossary' },
  { query: 'build modes', expect: '빌드 모드', category: 'english-glossary' },
  { query: 'layout constraints', expect: '제약 조건 전달', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'widget that keeps mutable state across rebuilds',
    expect: '스테이트풀 위젯(StatefulWidget)',
    category: 'english',
  },
  {
    query: 'pause a function until an asynchronous result arrives',
    expect: 'async와 await',
    category: 'english',
  },
  { query: 'overlap widgets on top of each other', expect: 'Stack', category: 'english' },
  {
    query: 'restart the app from scratch and reset all state',
    expect: '핫 리스타트(Hot Restart)',
    category: 'english',
  },
  {
    query: 'share data between distant widgets with provider',
    expect: '상태 관리(State Managment)',
    category: 'english',
  },

  // paraphrase
  {
    query: '코드 고치고 앱 안 끄고 바로 화면에 반영되게 하는 기능',
    expect: '핫 리로드(Hot Reload)',
    category: 'paraphrase',
  },
  {
    query: '자식들을 가로로 나란히 또는 세로로 쌓아서 나열하기',
    expect: 'Row와 Column',
    category: 'paraphrase',
  },
  { query: '나중에 도착할 값 하나를 나타내는 약속 객체', expect: '퓨처(Future)', category: 'paraphrase' },
  {
    query: '앱 이름 버전 의존 라이브러리 적어두는 설정 파일',
    expect: 'pubspec.yaml',
    category: 'paraphrase',
  },
  { query: '여백 배경색 테두리를 한 번에 주는 상자', expect: '컨테이너(Contianer)', category: 'paraphrase' },
  {
    query: '호출할 때 인자에 이름 붙여 넘기고 필수 표시하기',
    expect: '함수와 매개변수(Functions and Parameters)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '핫 리로드 핫 리스타트 차이',
    expect: ['핫 리로드(Hot Reload)', '핫 리스타트(Hot Restart)'],
    category: 'comparison',
    compare: ['핫 리로드(Hot Reload)', '핫 리스타트(Hot Restart)'],
  },
  {
    query: 'stateless stateful 위젯 차이가 뭐야',
    expect: ['스테이트리스 위젯(StatelessWidget)', '스테이트풀 위젯(StatefulWidget)'],
    category: 'comparison',
    compare: ['스테이트리스 위젯(StatelessWidget)', '스테이트풀 위젯(StatefulWidget)'],
  },
  {
    query: 'Future vs Stream',
    expect: ['퓨처(Future)', '스트림(Stream)'],
    category: 'comparison',
    compare: ['퓨처(Future)', '스트림(Stream)'],
  },
  {
    query: 'setState랑 Provider 같은 상태 관리 라이브러리 차이',
    expect: ['setState', '상태 관리(State Managment)'],
    category: 'comparison',
    compare: ['setState', '상태 관리(State Managment)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '바이올린 비브라토 연습', expect: null, category: 'miss' },

  // miss-shared
  { query: 'React Native 브릿지 성능 문제', expect: null, category: 'miss-shared' },
  { query: 'Kotlin 코루틴 suspend 함수', expect: null, category: 'miss-shared' },
  { query: 'Firebase 푸시 알림 설정', expect: null, category: 'miss-shared' },
  { query: '다크 모드 테마 전환하기', expect: null, category: 'miss-shared' },
];
