import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '확장 함수', expect: '확장 함수(Extension Function)', category: 'plain' },
  { query: '플로우', expect: '플로우(Flow)', category: 'plain' },
  { query: '리컴포지션', expect: '리컴포지션(Recomposition)', category: 'plain' },
  { query: '스코프 함수', expect: '스코프 함수', category: 'plain' },

  // particles
  { query: '데이터 클래스가 뭐야', expect: '데이터 클래스(Data Class)', category: 'particles' },
  { query: '엘비스 연산자란', expect: '엘비스 연산자(?:)', category: 'particles' },
  { query: '뷰모델은 뭐임', expect: '뷰모델(ViewModel)', category: 'particles' },
  { query: '디스패처가 뭔데', expect: '디스패처(Dispatchers)', category: 'particles' },
  { query: '젯팩 컴포즈란', expect: '젯팩 컴포즈(Jetpack Compose)', category: 'particles' },

  // question
  { query: '화면 돌리면 입력한 값이 다 날아가요', expect: '화면 회전과 구성 변경', category: 'question' },
  {
    query: 'copy로 객체 일부만 바꾼 새 객체 만들려면 어떻게 해',
    expect: '데이터 클래스(Data Class)',
    category: 'question',
  },
  {
    query: '메인 스레드에서 네트워크 호출하면 앱이 멈춰요',
    expect: '디스패처(Dispatchers)',
    category: 'question',
  },
  { query: 'GlobalScope 쓰면 왜 안 돼', expect: '코루틴 스코프(CoroutineScope)', category: 'question' },
  {
    query: '컴포즈에서 다시 그릴 때마다 카운트가 0으로 돌아가요',
    expect: 'remember와 mutableStateOf',
    category: 'question',
  },
  { query: '다른 앱으로 웹페이지 열게 하려면 어떻게 해', expect: '암시적 인텐트', category: 'question' },
  { query: 'onResume은 언제 호출돼', expect: '액티비티 생명주기(Activity Lifecyle)', category: 'question' },
  { query: 'Hilt 왜 써', expect: '의존성 주입(Dependency Injecton)', category: 'question' },
  { query: 'room 라이브러리 추가하려면 어디에 적어', expect: '의존성 추가하기', category: 'question' },
  { query: '!! 쓰면 왜 안 좋아요', expect: '널 안정성(Null Safty)', category: 'question' },

  // spacing
  { query: '널안정성', expect: '널 안정성(Null Safty)', category: 'spacing' },
  { query: '코루틴스코프', expect: '코루틴 스코프(CoroutineScope)', category: 'spacing' },
  { query: '상태끌어 올리기', expect: '상태 끌어올리기', category: 'spacing' },
  { query: '일시중단 함수', expect: '일시 중단 함수(suspend)', category: 'spacing' },

  // typo-query
  { query: '코루딘', expect: '코루틴(Coroutine)', category: 'typo-query' },
  { query: '엘비스 연산지', expect: '엘비스 연산자(?:)', category: 'typo-query' },
  { query: '라이브테이터', expect: '라이브데이터(LiveData)', category: 'typo-query' },
  { query: 'recompostion', expect: '리컴포지션(Recomposition)', category: 'typo-query' },
  { query: '컴포저블 험수', expect: '컴포저블 함수(Composable)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'null safety', expect: '널 안정성(Null Safty)', category: 'typo-notes' },
  { query: 'activity lifecycle', expect: '액티비티 생명주기(Activity Lifecyle)', category: 'typo-notes' },
  { query: 'dependency injection', expect: '의존성 주입(Dependency Injecton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'zhfnxls', expect: '코루틴(Coroutine)', category: 'keyboard' },
  { query: 'eltmvocj', expect: '디스패처(Dispatchers)', category: 'keyboard' },
  { query: 'qbahepf', expect: '뷰모델(ViewModel)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅇㅌ ㅋㄹㅅ', expect: '데이터 클래스(Data Class)', category: 'choseong' },
  { query: 'ㄹㅋㅍㅈㅅ', expect: '리컴포지션(Recomposition)', category: 'choseong' },
  { query: 'ㅁㅅㅈ ㅇㅌㅌ', expect: '명시적 인텐트', category: 'choseong' },

  // english-glossary (the notes use only the Korean term)
  { query: 'higher-order function', expect: '람다와 고차 함수', category: 'english-glossary' },
  { query: 'state hoisting', expect: '상태 끌어올리기', category: 'english-glossary' },
  { query: 'configuration change', expect: '화면 회전과 구성 변경', category: 'english-glossary' },
  { query: 'safe call operator', expect: '안전 호출 연산자', category: 'english-glossary' },

  // english
  {
    query: 'how to switch a coroutine to a background thread',
    expect: '디스패처(Dispatchers)',
    category: 'english',
  },
  { query: 'asynchronous stream that emits multiple values', expect: '플로우(Flow)', category: 'english' },
  {
    query: 'add a function to an existing class without inheritance',
    expect: '확장 함수(Extension Function)',
    category: 'english',
  },
  {
    query: 'declarative UI toolkit instead of XML layouts',
    expect: '젯팩 컴포즈(Jetpack Compose)',
    category: 'english',
  },
  { query: 'read-only versus reassignable variables', expect: '변수 선언(val / var)', category: 'english' },

  // paraphrase
  {
    query: '부모가 취소되면 딸린 작업도 같이 멈추는 가벼운 비동기 실행 단위',
    expect: '코루틴(Coroutine)',
    category: 'paraphrase',
  },
  {
    query: '화면용 데이터 보관하는 객체인데 안에 Context 넣으면 누수 나는 거',
    expect: '뷰모델(ViewModel)',
    category: 'paraphrase',
  },
  {
    query: '값이 바뀌면 그 값을 읽는 UI 함수만 다시 돌리는 것',
    expect: '리컴포지션(Recomposition)',
    category: 'paraphrase',
  },
  {
    query: '앱 안에서 띄울 화면 클래스를 직접 지정해서 이동',
    expect: '명시적 인텐트',
    category: 'paraphrase',
  },
  {
    query: '구독하는 화면이 보이는 상태일 때만 변경을 알려주는 데이터 통',
    expect: '라이브데이터(LiveData)',
    category: 'paraphrase',
  },
  {
    query: '기다리는 동안 스레드를 붙잡지 않고 반납하는 함수',
    expect: '일시 중단 함수(suspend)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '명시적 인텐트 암시적 인텐트 차이',
    expect: ['명시적 인텐트', '암시적 인텐트'],
    category: 'comparison',
    compare: ['명시적 인텐트', '암시적 인텐트'],
  },
  {
    query: '안전 호출 vs 엘비스 연산자',
    expect: ['안전 호출 연산자', '엘비스 연산자(?:)'],
    category: 'comparison',
    compare: ['안전 호출 연산자', '엘비스 연산자(?:)'],
  },
  {
    query: 'LiveData랑 Flow 차이가 뭐야',
    expect: ['라이브데이터(LiveData)', '플로우(Flow)'],
    category: 'comparison',
    compare: ['라이브데이터(LiveData)', '플로우(Flow)'],
  },
  {
    query: '코루틴 스코프랑 디스패처 차이',
    expect: ['코루틴 스코프(CoroutineScope)', '디스패처(Dispatchers)'],
    category: 'comparison',
    compare: ['코루틴 스코프(CoroutineScope)', '디스패처(Dispatchers)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 백핸드 자세 교정', expect: null, category: 'miss' },
  { query: '임진왜란이 일어난 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: 'SwiftUI로 아이폰 앱 뷰 만들기', expect: null, category: 'miss-shared' },
  { query: '코틀린 멀티플랫폼 KMP 프로젝트 설정', expect: null, category: 'miss-shared' },
  { query: '안드로이드 푸시 알림 FCM 보내기', expect: null, category: 'miss-shared' },
  { query: 'WorkManager로 주기적인 백그라운드 작업 예약', expect: null, category: 'miss-shared' },
];
