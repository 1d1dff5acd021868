import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '레코드', expect: '레코드(Record)', category: 'plain' },
  { query: '델리게이트', expect: '델리게이트(Delegate)', category: 'plain' },
  { query: '예외 처리', expect: '예외 처리(Exception Handling)', category: 'plain' },
  { query: '제네릭', expect: '제네릭(Generics)', category: 'plain' },

  // particles
  { query: '프로퍼티가 뭐야', expect: '프로퍼티(Property)', category: 'particles' },
  { query: '인터페이스란', expect: '인터페이스(Interface)', category: 'particles' },
  { query: '확장 메서드는 뭐임', expect: '확장 메서드(Extention Method)', category: 'particles' },
  { query: '태스크가 뭐예요', expect: '태스크(Task)', category: 'particles' },
  { query: '박싱이란', expect: '박싱과 언박싱(Boxing)', category: 'particles' },

  // question
  { query: 'int에 null 넣으려면 어떻게 해', expect: '널 허용 형식(Nullable Types)', category: 'question' },
  { query: '.Result로 기다렸더니 앱이 멈춰요', expect: '비동기 메서드(async/await)', category: 'question' },
  { query: 'LINQ 쿼리가 왜 ToList 할 때 실행돼', expect: '지연 실행', category: 'question' },
  {
    query: 'throw ex 하면 스택 트레이스 왜 날아가',
    expect: '예외 처리(Exception Handling)',
    category: 'question',
  },
  {
    query: '파일이나 DB 연결 자동으로 닫으려면 어떻게 해',
    expect: '리소스 해제(Dispose Patern)',
    category: 'question',
  },
  {
    query: 'C# 프로그램 처음 실행할 때 왜 느려',
    expect: '중간 언어와 JIT 컴파일(Intermediate Langauge)',
    category: 'question',
  },
  { query: '이벤트 구독 해제 안 하면 왜 메모리 새', expect: '이벤트(Event)', category: 'question' },
  { query: 'record 두 개 값 같으면 == true 나와?', expect: '레코드(Record)', category: 'question' },
  {
    query: '터미널에서 새 콘솔 프로젝트 만드는 명령어',
    expect: '닷넷 CLI(dotnet CLI)',
    category: 'question',
  },
  { query: '아무것도 안 붙이면 멤버 기본 접근 수준이 뭐야', expect: '접근 제한자', category: 'question' },

  // spacing
  { query: '공통언어런타임', expect: '공통 언어 런타임(CLR)', category: 'spacing' },
  { query: '확장메서드', expect: '확장 메서드(Extention Method)', category: 'spacing' },
  { query: '널허용형식', expect: '널 허용 형식(Nullable Types)', category: 'spacing' },
  { query: '추상클래스', expect: '추상 클래스(Abstract Class)', category: 'spacing' },

  // typo-query
  { query: '델리개이트', expect: '델리게이트(Delegate)', category: 'typo-query' },
  { query: '인터페이즈', expect: '인터페이스(Interface)', category: 'typo-query' },
  { query: '제내릭', expect: '제네릭(Generics)', category: 'typo-query' },
  { query: '프러퍼티', expect: '프로퍼티(Property)', category: 'typo-query' },
  { query: 'exeption handling', expect: '예외 처리(Exception Handling)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'intermediate language',
    expect: '중간 언어와 JIT 컴파일(Intermediate Langauge)',
    category: 'typo-notes',
  },
  { query: 'extension method', expect: '확장 메서드(Extention Method)', category: 'typo-notes' },
  { query: 'dispose pattern', expect: '리소스 해제(Dispose Patern)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'fpzhem', expect: '레코드(Record)', category: 'keyboard' },
  { query: 'epfflrpdlxm', expect: '델리게이트(Delegate)', category: 'keyboard' },
  { query: 'xotmzm', expect: '태스크(Task)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅂㅈㅋㄹㅅ', expect: '가비지 컬렉션', category: 'choseong' },
  { query: 'ㅈㄱㅈㅎㅈ', expect: '접근 제한자', category: 'choseong' },
  { query: 'ㅈㅇㅅㅎ', expect: '지연 실행', category: 'choseong' },

  // english-glossary
  { query: 'garbage collection', expect: '가비지 컬렉션', category: 'english-glossary' },
  { query: 'access modifiers', expect: '접근 제한자', category: 'english-glossary' },
  { query: 'deferred execution', expect: '지연 실행', category: 'english-glossary' },
  { query: 'lambda expression', expect: '람다 식', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'what runs .NET programs like the JVM does for Java',
    expect: '공통 언어 런타임(CLR)',
    category: 'english',
  },
  { query: 'wait for several tasks at once with WhenAll', expect: '태스크(Task)', category: 'english' },
  {
    query: 'add a method to an existing class without modifying it',
    expect: '확장 메서드(Extention Method)',
    category: 'english',
  },
  { query: 'immutable data type with value equality', expect: '레코드(Record)', category: 'english' },
  { query: 'type parameter constraints where T : class', expect: '제네릭(Generics)', category: 'english' },

  // paraphrase
  { query: '메서드를 변수처럼 담아서 넘기는 타입', expect: '델리게이트(Delegate)', category: 'paraphrase' },
  {
    query: '숫자를 object에 넣을 때 힙에 상자 만들어 복사하는 거',
    expect: '박싱과 언박싱(Boxing)',
    category: 'paraphrase',
  },
  { query: '필드를 get set 접근자로 감싸서 노출하기', expect: '프로퍼티(Property)', category: 'paraphrase' },
  {
    query: '직접 new 못 하고 상속받아서만 쓰는 부모 타입',
    expect: '추상 클래스(Abstract Class)',
    category: 'paraphrase',
  },
  {
    query: '좌표처럼 작고 가벼운 데이터를 복사되는 타입으로 만들기',
    expect: '구조체(Struct)',
    category: 'paraphrase',
  },
  {
    query: '기다리는 동안 스레드 안 막고 양보했다가 이어서 실행',
    expect: '비동기 메서드(async/await)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '값 형식 참조 형식 차이',
    expect: ['값 형식(Value Type)', '참조 형식(Reference Type)'],
    category: 'comparison',
    compare: ['값 형식(Value Type)', '참조 형식(Reference Type)'],
  },
  {
    query: '쿼리 구문 vs 메서드 구문',
    expect: ['쿼리 구문(Query Syntax)', '메서드 구문(Method Syntax)'],
    category: 'comparison',
    compare: ['쿼리 구문(Query Syntax)', '메서드 구문(Method Syntax)'],
  },
  {
    query: '인터페이스랑 추상 클래스 차이가 뭐야',
    expect: ['인터페이스(Interface)', '추상 클래스(Abstract Class)'],
    category: 'comparison',
    compare: ['인터페이스(Interface)', '추상 클래스(Abstract Class)'],
  },
  {
    query: 'struct랑 record 차이',
    expect: ['구조체(Struct)', '레코드(Record)'],
    category: 'comparison',
    compare: ['구조체(Struct)', '레코드(Record)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 성공률 높이는 법', expect: null, category: 'miss' },
  { query: '조선 후기 실학 사상 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Entity Framework 마이그레이션 추가하기', expect: null, category: 'miss-shared' },
  { query: 'Blazor 컴포넌트 만들기', expect: null, category: 'miss-shared' },
  { query: 'ASP.NET Core 미들웨어 파이프라인 순서', expect: null, category: 'miss-shared' },
  { query: 'C# 리플렉션으로 클래스 메서드 목록 가져오기', expect: null, category: 'miss-shared' },
];
