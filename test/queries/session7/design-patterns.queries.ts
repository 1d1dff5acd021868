import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '싱글톤 패턴', expect: '싱글톤 패턴(Singleton)', category: 'plain' },
  { query: '빌더 패턴', expect: '빌더 패턴(Builder)', category: 'plain' },
  { query: '퍼사드 패턴', expect: '퍼사드 패턴', category: 'plain' },
  { query: '의존성 주입', expect: '의존성 주입(Dependency Injection)', category: 'plain' },

  // particles
  { query: '옵저버 패턴이 뭐야', expect: '옵저버 패턴(Observer)', category: 'particles' },
  { query: '팩토리 메서드 패턴이란', expect: '팩토리 메서드 패턴(Factory Method)', category: 'particles' },
  { query: '제어의 역전은 뭐임', expect: '제어의 역전(IoC)', category: 'particles' },
  { query: '컴포지트 패턴이 뭐야', expect: '컴포지트 패턴(Composite)', category: 'particles' },
  { query: 'MVC란', expect: 'MVC 패턴(Model-View-Controller)', category: 'particles' },

  // question
  {
    query: '싱글톤이 멀티스레드에서 두 개 생기는 이유',
    expect: '싱글톤 패턴(Singleton)',
    category: 'question',
  },
  { query: '생성자 파라미터가 너무 많을 때 어떻게 해', expect: '빌더 패턴(Builder)', category: 'question' },
  { query: '할인 정책을 바꿔 끼우려면 어떻게 설계해', expect: '전략 패턴(Stratgy)', category: 'question' },
  {
    query: '레거시 결제 모듈을 새 인터페이스에 맞추려면',
    expect: '어댑터 패턴(Adpater)',
    category: 'question',
  },
  {
    query: 'BufferedReader는 왜 new를 겹쳐서 써',
    expect: '데코레이터 패턴(Decorater)',
    category: 'question',
  },
  { query: '필드 주입은 왜 비추야', expect: '의존성 주입(Dependency Injection)', category: 'question' },
  { query: '실행 취소 기능 만들려면 무슨 패턴 써', expect: '커맨드 패턴(Command)', category: 'question' },
  {
    query: '컨트롤러 코드가 너무 길어지면 어떡해',
    expect: 'MVC 패턴(Model-View-Controller)',
    category: 'question',
  },
  { query: '자판기처럼 상태마다 동작이 다른 거 어떻게 짜', expect: '상태 패턴(State)', category: 'question' },
  { query: '라이브러리랑 프레임워크는 뭐가 달라', expect: '제어의 역전(IoC)', category: 'question' },

  // spacing
  { query: '싱글톤패턴', expect: '싱글톤 패턴(Singleton)', category: 'spacing' },
  { query: '의존성주입', expect: '의존성 주입(Dependency Injection)', category: 'spacing' },
  { query: '팩토리메서드 패턴', expect: '팩토리 메서드 패턴(Factory Method)', category: 'spacing' },
  { query: '템플릿메서드패턴', expect: '템플릿 메서드 패턴', category: 'spacing' },

  // typo-query
  { query: '옵져버 패턴', expect: '옵저버 패턴(Observer)', category: 'typo-query' },
  { query: '데코래이터', expect: '데코레이터 패턴(Decorater)', category: 'typo-query' },
  { query: '팩토리 매서드', expect: '팩토리 메서드 패턴(Factory Method)', category: 'typo-query' },
  { query: '어뎁터 패턴', expect: '어댑터 패턴(Adpater)', category: 'typo-query' },
  { query: '컴포지드 패턴', expect: '컴포지트 패턴(Composite)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'adapter pattern', expect: '어댑터 패턴(Adpater)', category: 'typo-notes' },
  { query: 'decorator', expect: '데코레이터 패턴(Decorater)', category: 'typo-notes' },
  { query: 'strategy pattern', expect: '전략 패턴(Stratgy)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tldrmfxhs', expect: '싱글톤 패턴(Singleton)', category: 'keyboard' },
  { query: 'dhqwjqj', expect: '옵저버 패턴(Observer)', category: 'keyboard' },
  { query: 'vmfhrtl', expect: '프록시 패턴', category: 'keyboard' },

  // choseong
  { query: 'ㅊㅅㅍㅌㄹ', expect: '추상 팩토리 패턴(Abstract Factory)', category: 'choseong' },
  { query: 'ㅇㅈㅅㅈㅇ', expect: '의존성 주입(Dependency Injection)', category: 'choseong' },
  { query: 'ㅈㅇㅇㅇㅈ', expect: '제어의 역전(IoC)', category: 'choseong' },

  // english-glossary (the notes write these only in Korean)
  { query: 'facade pattern', expect: '퍼사드 패턴', category: 'english-glossary' },
  { query: 'template method pattern', expect: '템플릿 메서드 패턴', category: 'english-glossary' },
  { query: 'lazy initialization', expect: '싱글톤 패턴(Singleton)', category: 'english-glossary' },
  { query: 'shallow copy vs deep copy', expect: '프로토타입 패턴', category: 'english-glossary' },

  // english
  {
    query: 'wrap an object to add behavior at runtime',
    expect: '데코레이터 패턴(Decorater)',
    category: 'english',
  },
  {
    query: 'notify all subscribers when state changes',
    expect: '옵저버 패턴(Observer)',
    category: 'english',
  },
  {
    query: 'create families of related objects',
    expect: '추상 팩토리 패턴(Abstract Factory)',
    category: 'english',
  },
  { query: 'swap algorithms at runtime', expect: '전략 패턴(Stratgy)', category: 'english' },
  {
    query: 'traverse a collection with hasNext and next',
    expect: '이터레이터 패턴(Iterator)',
    category: 'english',
  },

  // paraphrase
  {
    query: '인스턴스 딱 하나만 만들어서 다 같이 쓰는 거',
    expect: '싱글톤 패턴(Singleton)',
    category: 'paraphrase',
  },
  {
    query: '여러 서비스 호출을 메서드 하나로 감싸서 간단하게 쓰게 하는 것',
    expect: '퍼사드 패턴',
    category: 'paraphrase',
  },
  {
    query: '진짜 객체 앞에서 대신 요청 받아서 캐싱하거나 접근 막는 것',
    expect: '프록시 패턴',
    category: 'paraphrase',
  },
  {
    query: '폴더랑 파일을 같은 방식으로 다루는 트리 구조',
    expect: '컴포지트 패턴(Composite)',
    category: 'paraphrase',
  },
  { query: '기존 객체를 복사해서 새 객체 만드는 방법', expect: '프로토타입 패턴', category: 'paraphrase' },
  {
    query: '요청을 객체로 만들어서 나중에 실행하거나 되돌리는 것',
    expect: '커맨드 패턴(Command)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '팩토리 메서드 추상 팩토리 차이',
    expect: ['팩토리 메서드 패턴(Factory Method)', '추상 팩토리 패턴(Abstract Factory)'],
    category: 'comparison',
    compare: ['팩토리 메서드 패턴(Factory Method)', '추상 팩토리 패턴(Abstract Factory)'],
  },
  {
    query: '전략 패턴 vs 템플릿 메서드 패턴',
    expect: ['전략 패턴(Stratgy)', '템플릿 메서드 패턴'],
    category: 'comparison',
    compare: ['전략 패턴(Stratgy)', '템플릿 메서드 패턴'],
  },
  {
    query: '데코레이터랑 프록시 차이가 뭐야',
    expect: ['데코레이터 패턴(Decorater)', '프록시 패턴'],
    category: 'comparison',
    compare: ['데코레이터 패턴(Decorater)', '프록시 패턴'],
  },
  {
    query: 'MVC MVVM 차이',
    expect: ['MVC 패턴(Model-View-Controller)', 'MVVM 패턴'],
    category: 'comparison',
    compare: ['MVC 패턴(Model-View-Controller)', 'MVVM 패턴'],
  },

  // miss
  { query: '수영 자유형 호흡하는 법', expect: null, category: 'miss' },
  { query: '조선 건국 과정 한국사 요약', expect: null, category: 'miss' },
  { query: '유기화학 벤젠 치환 반응', expect: null, category: 'miss' },

  // miss-shared
  { query: '정규표현식 패턴 매칭 문법', expect: null, category: 'miss-shared' },
  { query: 'Redux 리듀서 액션 디스패치', expect: null, category: 'miss-shared' },
  { query: 'UML 클래스 다이어그램 화살표 종류', expect: null, category: 'miss-shared' },
  { query: 'RxJS 옵저버블 pipe 연산자', expect: null, category: 'miss-shared' },
];
