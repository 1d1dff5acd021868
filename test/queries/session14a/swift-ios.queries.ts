import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '클로저', expect: '클로저(Closure)', category: 'plain' },
  { query: '프로토콜', expect: '프로토콜(Protocol)', category: 'plain' },
  { query: '익스텐션', expect: '익스텐션(Extension)', category: 'plain' },
  { query: '열거형', expect: '열거형(Enumeration)', category: 'plain' },

  // particles
  { query: '옵셔널이 뭐야', expect: '옵셔널(Optional)', category: 'particles' },
  { query: 'ARC란', expect: '자동 참조 카운팅(ARC)', category: 'particles' },
  { query: '엑스코드가 뭐임', expect: '엑스코드(Xcode)', category: 'particles' },
  { query: '관찰 객체가 뭐예요', expect: '관찰 객체(ObservableObject)', category: 'particles' },
  { query: '유아이킷이란', expect: '유아이킷(UIKit)', category: 'particles' },

  // question
  { query: 'nil이면 바로 return하고 싶을 때 뭐 써', expect: '옵셔널 바인딩(if let)', category: 'question' },
  {
    query: '변수 뒤에 느낌표 붙였더니 앱이 크래시 나요',
    expect: '강제 언래핑(Force Unwrap)',
    category: 'question',
  },
  { query: '클로저에서 self 쓰면 왜 메모리 누수 생겨', expect: '강한 순환 참조', category: 'question' },
  {
    query: '뷰에서 그냥 var 바꾸면 왜 화면이 안 바뀌어',
    expect: '상태 프로퍼티(@State)',
    category: 'question',
  },
  { query: '자식 뷰에서 부모 상태 값 바꾸려면 어떻게 해', expect: '바인딩(@Binding)', category: 'question' },
  { query: '윈도우 노트북으로 아이폰 앱 개발 돼?', expect: '엑스코드(Xcode)', category: 'question' },
  { query: 'switch에서 case 하나 빠뜨리면 왜 에러 나', expect: '열거형(Enumeration)', category: 'question' },
  { query: '앱이 백그라운드 갔다 온 거 어떻게 감지해', expect: '앱 생명 주기', category: 'question' },
  {
    query: 'UI 업데이트는 왜 메인 스레드에서 해야 돼',
    expect: 'Swift 동시성(Concurency)',
    category: 'question',
  },
  {
    query: '목록 누르면 다음 화면으로 넘어가게 하려면',
    expect: '화면 이동(NavigationStack)',
    category: 'question',
  },

  // spacing
  { query: '옵셔널체이닝', expect: '옵셔널 체이닝(Optional Chainning)', category: 'spacing' },
  { query: '자동참조카운팅', expect: '자동 참조 카운팅(ARC)', category: 'spacing' },
  { query: '강한순환참조', expect: '강한 순환 참조', category: 'spacing' },
  { query: '스택레이아웃', expect: '스택 레이아웃(Stack Layout)', category: 'spacing' },

  // typo-query
  { query: '클러저', expect: '클로저(Closure)', category: 'typo-query' },
  { query: '프로토꼴', expect: '프로토콜(Protocol)', category: 'typo-query' },
  { query: '익스텐선', expect: '익스텐션(Extension)', category: 'typo-query' },
  { query: 'optinal', expect: '옵셔널(Optional)', category: 'typo-query' },
  { query: '모디퍼이어', expect: '뷰와 모디파이어(View Modifier)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'optional chaining', expect: '옵셔널 체이닝(Optional Chainning)', category: 'typo-notes' },
  {
    query: 'weak reference',
    expect: ['약한 참조(Weak Refrence)', 'weak 참조'],
    category: 'typo-notes',
  },
  { query: 'swift concurrency', expect: 'Swift 동시성(Concurency)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'zmffhwj', expect: '클로저(Closure)', category: 'keyboard' },
  { query: 'dhqtusjf', expect: '옵셔널(Optional)', category: 'keyboard' },
  { query: 'dufrjgud', expect: '열거형(Enumeration)', category: 'keyboard' },

  // choseong
  { query: 'ㅌㅇㅊㄹ', expect: '타입 추론', category: 'choseong' },
  { query: 'ㅈㄱㅈㅇ', expect: '접근 제어', category: 'choseong' },
  { query: 'ㅇㅅㅁㅈㄱ', expect: '앱 생명 주기', category: 'choseong' },

  // english-glossary
  { query: 'type inference', expect: '타입 추론', category: 'english-glossary' },
  { query: 'strong reference cycle', expect: '강한 순환 참조', category: 'english-glossary' },
  { query: 'app lifecycle', expect: '앱 생명 주기', category: 'english-glossary' },
  { query: 'access control', expect: '접근 제어', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'functions that throw and do try catch',
    expect: '에러 처리(Error Handling)',
    category: 'english',
  },
  {
    query: 'add methods to an existing type without its source',
    expect: '익스텐션(Extension)',
    category: 'english',
  },
  {
    query: 'arrange views vertically or horizontally',
    expect: '스택 레이아웃(Stack Layout)',
    category: 'english',
  },
  {
    query: 'share a model class across several views with published properties',
    expect: '관찰 객체(ObservableObject)',
    category: 'english',
  },
  { query: 'attach extra data to each enum case', expect: '열거형(Enumeration)', category: 'english' },

  // paraphrase
  { query: '이름 없는 함수 덩어리를 인자로 넘기기', expect: '클로저(Closure)', category: 'paraphrase' },
  { query: '한 번 넣으면 못 바꾸는 값 선언하기', expect: '상수와 변수(let and var)', category: 'paraphrase' },
  { query: '가리키던 객체 사라지면 알아서 nil로 바뀌는 변수', expect: 'weak 참조', category: 'paraphrase' },
  {
    query: '가리키는 개수 세다가 0 되면 바로 메모리 풀어주는 방식',
    expect: '자동 참조 카운팅(ARC)',
    category: 'paraphrase',
  },
  {
    query: '점으로 이어 붙여서 여백이나 글꼴 꾸미기',
    expect: '뷰와 모디파이어(View Modifier)',
    category: 'paraphrase',
  },
  {
    query: '뷰 컨트롤러 중심으로 명령형으로 화면 짜는 예전 방식',
    expect: '유아이킷(UIKit)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '구조체 클래스 차이',
    expect: ['구조체(Struct)', '클래스(Class)'],
    category: 'comparison',
    compare: ['구조체(Struct)', '클래스(Class)'],
  },
  {
    query: 'weak vs unowned',
    expect: ['weak 참조', 'unowned 참조'],
    category: 'comparison',
    compare: ['weak 참조', 'unowned 참조'],
  },
  {
    query: '@State랑 @Binding 차이가 뭐야',
    expect: ['상태 프로퍼티(@State)', '바인딩(@Binding)'],
    category: 'comparison',
    compare: ['상태 프로퍼티(@State)', '바인딩(@Binding)'],
  },
  {
    query: 'if let이랑 강제 언래핑 차이',
    expect: ['옵셔널 바인딩(if let)', '강제 언래핑(Force Unwrap)'],
    category: 'comparison',
    compare: ['옵셔널 바인딩(if let)', '강제 언래핑(Force Unwrap)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '미분방정식 변수분리 푸는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Core Data로 로컬에 데이터 저장하기', expect: null, category: 'miss-shared' },
  { query: '푸시 알림 APNs 인증서 설정', expect: null, category: 'miss-shared' },
  { query: 'Combine 퍼블리셔 구독하기', expect: null, category: 'miss-shared' },
  { query: 'Kotlin 안드로이드 액티비티 생명 주기', expect: null, category: 'miss-shared' },
];
