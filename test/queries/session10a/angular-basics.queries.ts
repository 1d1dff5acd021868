import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '의존성 주입', expect: '의존성 주입(Dependency Injection)', category: 'plain' },
  { query: '콘텐츠 투영', expect: '콘텐츠 투영', category: 'plain' },
  { query: '라우팅', expect: '라우팅(Routing)', category: 'plain' },
  { query: '데코레이터', expect: '데코레이터(Decorator)', category: 'plain' },

  // particles
  { query: '파이프가 뭐야', expect: '파이프(Pipe)', category: 'particles' },
  { query: '서비스란', expect: '서비스(Service)', category: 'particles' },
  { query: '시그널이 뭐임', expect: '시그널(Signals)', category: 'particles' },
  { query: '옵저버블은 뭐야', expect: '옵저버블(Observable)', category: 'particles' },
  { query: '변경 감지란', expect: '변경 감지', category: 'particles' },

  // question
  { query: 'ngModel 썼는데 에러 나요', expect: '양방향 바인딩(Two-way Binding)', category: 'question' },
  {
    query: '초기 데이터 불러오기 constructor에서 하면 안 돼?',
    expect: '생명주기 훅(Lifecyle Hooks)',
    category: 'question',
  },
  { query: 'http get 했는데 요청이 안 나가요', expect: '옵저버블(Observable)', category: 'question' },
  { query: 'OnPush 쓰는데 객체 값 바꿔도 화면이 안 바뀌어', expect: '변경 감지', category: 'question' },
  { query: '컴포넌트 없어질 때 메모리 누수 안 나게 하려면', expect: '구독 해제', category: 'question' },
  {
    query: '검색창 입력할 때마다 요청 안 보내고 좀 기다렸다 보내려면',
    expect: 'RxJS 연산자(Operators)',
    category: 'question',
  },
  { query: '@for 쓰는데 track 빼면 왜 에러 나', expect: '반복 블록(@for)', category: 'question' },
  { query: '자식 컴포넌트에서 부모한테 이벤트 어떻게 보내', expect: '@Output()', category: 'question' },
  {
    query: 'providers에 서비스 넣었더니 인스턴스가 여러 개 생겨요',
    expect: '주입기 계층',
    category: 'question',
  },
  {
    query: '첫 화면 로딩 느린데 관리자 페이지 코드는 나중에 받으려면',
    expect: '지연 로딩',
    category: 'question',
  },

  // spacing
  { query: '의존성주입', expect: '의존성 주입(Dependency Injection)', category: 'spacing' },
  { query: '구조디렉티브', expect: '구조 디렉티브(Structual Directive)', category: 'spacing' },
  { query: '독립형컴포넌트', expect: '독립형 컴포넌트(Standalone Componnet)', category: 'spacing' },
  { query: '생명 주기훅', expect: '생명주기 훅(Lifecyle Hooks)', category: 'spacing' },

  // typo-query
  { query: '데코래이터', expect: '데코레이터(Decorator)', category: 'typo-query' },
  { query: '옵져버블', expect: '옵저버블(Observable)', category: 'typo-query' },
  { query: '시그날', expect: '시그널(Signals)', category: 'typo-query' },
  { query: 'dependancy injection', expect: '의존성 주입(Dependency Injection)', category: 'typo-query' },
  { query: '콘텐트 투영', expect: '콘텐츠 투영', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'standalone component', expect: '독립형 컴포넌트(Standalone Componnet)', category: 'typo-notes' },
  { query: 'lifecycle hooks', expect: '생명주기 훅(Lifecyle Hooks)', category: 'typo-notes' },
  { query: 'structural directive', expect: '구조 디렉티브(Structual Directive)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vkdlvm', expect: '파이프(Pipe)', category: 'keyboard' },
  { query: 'tlrmsjf', expect: '시그널(Signals)', category: 'keyboard' },
  { query: 'fkdnxld', expect: '라우팅(Routing)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅈㅅㅈㅇ', expect: '의존성 주입(Dependency Injection)', category: 'choseong' },
  { query: 'ㅂㄱㄱㅈ', expect: '변경 감지', category: 'choseong' },
  { query: 'ㅈㅇㄹㄷ', expect: '지연 로딩', category: 'choseong' },

  // english-glossary
  { query: 'injector hierarchy', expect: '주입기 계층', category: 'english-glossary' },
  { query: 'content projection', expect: '콘텐츠 투영', category: 'english-glossary' },
  { query: 'change detection', expect: '변경 감지', category: 'english-glossary' },
  { query: 'lazy loading', expect: '지연 로딩', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how to pass a value from parent to child component', expect: '@Input()', category: 'english' },
  {
    query: 'cancel previous http request when a new search term arrives',
    expect: 'RxJS 연산자(Operators)',
    category: 'english',
  },
  { query: 'format a date or currency in the template', expect: '파이프(Pipe)', category: 'english' },
  {
    query: 'group declarations imports and exports into one unit',
    expect: '엔지모듈(NgModule)',
    category: 'english',
  },
  { query: 'singleton class provided in root', expect: '서비스(Service)', category: 'english' },

  // paraphrase
  {
    query: '클래스 위에 골뱅이 붙여서 메타데이터 다는 문법',
    expect: '데코레이터(Decorator)',
    category: 'paraphrase',
  },
  {
    query: '필요한 객체를 직접 new 하지 않고 프레임워크가 넣어주는 것',
    expect: '의존성 주입(Dependency Injection)',
    category: 'paraphrase',
  },
  {
    query: '마우스 올리면 배경색 바뀌게 하는 나만의 속성 만들기',
    expect: '속성 디렉티브(Attribute Directive)',
    category: 'paraphrase',
  },
  {
    query: '0으로 시작하는 값 만들고 set으로 바꾸고 괄호 붙여 읽는 새 기능',
    expect: '시그널(Signals)',
    category: 'paraphrase',
  },
  {
    query: '클래스 필드 값을 중괄호 두 개로 화면에 글자로 찍기',
    expect: '보간법(Interpolation)',
    category: 'paraphrase',
  },
  {
    query: '클래스 코드에서 FormGroup으로 입력칸 구조를 직접 짜는 방식',
    expect: '반응형 폼(Reactive Forms)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '템플릿 기반 폼 vs 반응형 폼',
    expect: ['템플릿 기반 폼(Template-driven Forms)', '반응형 폼(Reactive Forms)'],
    category: 'comparison',
    compare: ['템플릿 기반 폼(Template-driven Forms)', '반응형 폼(Reactive Forms)'],
  },
  {
    query: 'Input Output 차이',
    expect: ['@Input()', '@Output()'],
    category: 'comparison',
    compare: ['@Input()', '@Output()'],
  },
  {
    query: '속성 바인딩이랑 이벤트 바인딩 차이',
    expect: ['속성 바인딩(Property Binding)', '이벤트 바인딩(Event Binding)'],
    category: 'comparison',
    compare: ['속성 바인딩(Property Binding)', '이벤트 바인딩(Event Binding)'],
  },
  {
    query: '구조 디렉티브 속성 디렉티브 차이가 뭐야',
    expect: ['구조 디렉티브(Structual Directive)', '속성 디렉티브(Attribute Directive)'],
    category: 'comparison',
    compare: ['구조 디렉티브(Structual Directive)', '속성 디렉티브(Attribute Directive)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 올리는 법', expect: null, category: 'miss' },
  { query: '양자역학 슈뢰딩거 방정식', expect: null, category: 'miss' },

  // miss-shared
  { query: 'NgRx 스토어 리듀서 액션 만들기', expect: null, category: 'miss-shared' },
  { query: 'Angular Universal 서버 사이드 렌더링', expect: null, category: 'miss-shared' },
  { query: 'Angular 애니메이션 trigger 정의하기', expect: null, category: 'miss-shared' },
  { query: 'TestBed로 컴포넌트 단위 테스트 작성', expect: null, category: 'miss-shared' },
];
