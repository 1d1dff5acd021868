import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '캡슐화', expect: '캡슐화(Encapsulaton)', category: 'plain' },
  { query: '추상 클래스', expect: '추상 클래스(Abstract Class)', category: 'plain' },
  { query: '접근 제어자', expect: '접근 제어자(Access Modifier)', category: 'plain' },
  { query: '제네릭', expect: '제네릭(Generics)', category: 'plain' },

  // particles
  { query: '상속이 뭐야', expect: '상속(Inheritance)', category: 'particles' },
  { query: '다형성이란', expect: '다형성(Polymorphsim)', category: 'particles' },
  { query: '인터페이스는 뭐임', expect: '인터페이스(Interface)', category: 'particles' },
  { query: 'JVM이 뭐야', expect: 'JVM(Java Virtual Machine)', category: 'particles' },
  { query: '가비지 컬렉션이란', expect: '가비지 컬렉션(Garbage Colection)', category: 'particles' },

  // question
  {
    query: '자바는 왜 다중 상속이 안돼',
    expect: ['상속(Inheritance)', '인터페이스(Interface)'],
    category: 'question',
  },
  { query: 'finally 블록은 언제 실행돼', expect: '예외 처리(Exception Handling)', category: 'question' },
  { query: 'HashSet에 객체 넣었는데 중복이 안 걸러져요 왜 그래', expect: '셋(Set)', category: 'question' },
  { query: 'static 메서드는 객체 없이 어떻게 호출해', expect: 'static 키워드', category: 'question' },
  { query: '리턴 타입만 다르게 해도 오버로딩 돼요?', expect: '오버로딩(Overloading)', category: 'question' },
  { query: 'protected는 어디까지 접근 가능해', expect: '접근 제어자(Access Modifier)', category: 'question' },
  { query: '제네릭에 int 왜 못 넣어', expect: '제네릭(Generics)', category: 'question' },
  {
    query: 'GC 돌 때 프로그램 멈추는 이유',
    expect: '가비지 컬렉션(Garbage Colection)',
    category: 'question',
  },
  { query: '생성자 안 만들면 어떻게 돼', expect: '클래스와 객체(Class & Object)', category: 'question' },
  { query: 'ArrayList는 언제 느려', expect: '리스트(List)', category: 'question' },

  // spacing
  { query: '추상클래스', expect: '추상 클래스(Abstract Class)', category: 'spacing' },
  { query: '접근제어자', expect: '접근 제어자(Access Modifier)', category: 'spacing' },
  { query: '가비지컬렉션', expect: '가비지 컬렉션(Garbage Colection)', category: 'spacing' },
  { query: '예외처리', expect: '예외 처리(Exception Handling)', category: 'spacing' },

  // typo-query
  { query: '다향성', expect: '다형성(Polymorphsim)', category: 'typo-query' },
  { query: '오바라이딩', expect: '오버라이딩(Overriding)', category: 'typo-query' },
  { query: '제내릭', expect: '제네릭(Generics)', category: 'typo-query' },
  { query: '인터패이스', expect: '인터페이스(Interface)', category: 'typo-query' },
  { query: '켑슐화', expect: '캡슐화(Encapsulaton)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'encapsulation', expect: '캡슐화(Encapsulaton)', category: 'typo-notes' },
  { query: 'polymorphism', expect: '다형성(Polymorphsim)', category: 'typo-notes' },
  { query: 'garbage collection', expect: '가비지 컬렉션(Garbage Colection)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tkdthr', expect: '상속(Inheritance)', category: 'keyboard' },
  { query: 'wpspflr', expect: '제네릭(Generics)', category: 'keyboard' },
  { query: 'ekgudtjd', expect: '다형성(Polymorphsim)', category: 'keyboard' },

  // choseong
  { query: 'ㅊㅅㅋㄹㅅ', expect: '추상 클래스(Abstract Class)', category: 'choseong' },
  { query: 'ㅈㄱㅈㅇㅈ', expect: '접근 제어자(Access Modifier)', category: 'choseong' },
  { query: 'ㄱㅂㅈㅋㄹㅅ', expect: '가비지 컬렉션(Garbage Colection)', category: 'choseong' },

  // english-glossary
  { query: 'single responsibility principle', expect: 'SOLID 원칙', category: 'english-glossary' },
  { query: 'dynamic binding', expect: '다형성(Polymorphsim)', category: 'english-glossary' },
  { query: 'information hiding', expect: '캡슐화(Encapsulaton)', category: 'english-glossary' },
  { query: 'bytecode', expect: 'JVM(Java Virtual Machine)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'try with resources auto close', expect: '예외 처리(Exception Handling)', category: 'english' },
  { query: 'equals and hashCode for duplicates', expect: '셋(Set)', category: 'english' },
  { query: 'write once run anywhere', expect: 'JVM(Java Virtual Machine)', category: 'english' },
  { query: 'default method in interface', expect: '인터페이스(Interface)', category: 'english' },
  { query: 'count occurrences with getOrDefault', expect: '맵(Map)', category: 'english' },

  // paraphrase
  {
    query: '부모 클래스 메서드를 자식에서 다시 정의하기',
    expect: '오버라이딩(Overriding)',
    category: 'paraphrase',
  },
  {
    query: '객체 안 만들고 클래스 이름으로 바로 부르는 메서드',
    expect: 'static 키워드',
    category: 'paraphrase',
  },
  {
    query: '안 쓰는 객체 메모리에서 자동으로 지워주는 거',
    expect: '가비지 컬렉션(Garbage Colection)',
    category: 'paraphrase',
  },
  { query: '값 한번 넣으면 못 바꾸는 변수', expect: 'final 키워드', category: 'paraphrase' },
  {
    query: '필드 숨기고 메서드로만 접근하게 하는 것',
    expect: '캡슐화(Encapsulaton)',
    category: 'paraphrase',
  },
  { query: '키랑 값 쌍으로 저장하는 자료구조', expect: '맵(Map)', category: 'paraphrase' },

  // comparison
  {
    query: '추상 클래스 인터페이스 차이',
    expect: ['추상 클래스(Abstract Class)', '인터페이스(Interface)'],
    category: 'comparison',
    compare: ['추상 클래스(Abstract Class)', '인터페이스(Interface)'],
  },
  {
    query: '오버로딩 오버라이딩 차이가 뭐야',
    expect: ['오버로딩(Overloading)', '오버라이딩(Overriding)'],
    category: 'comparison',
    compare: ['오버로딩(Overloading)', '오버라이딩(Overriding)'],
  },
  {
    query: 'List랑 Set 차이',
    expect: ['리스트(List)', '셋(Set)'],
    category: 'comparison',
    compare: ['리스트(List)', '셋(Set)'],
  },
  {
    query: 'static이랑 final 차이',
    expect: ['static 키워드', 'final 키워드'],
    category: 'comparison',
    compare: ['static 키워드', 'final 키워드'],
  },

  // miss
  { query: '머신러닝 경사하강법', expect: null, category: 'miss' },
  { query: '엑셀 VLOOKUP 함수 쓰는 법', expect: null, category: 'miss' },
  { query: '유니티 게임 오브젝트 충돌 처리', expect: null, category: 'miss' },

  // miss-shared
  { query: '자바 스레드 synchronized 동기화', expect: null, category: 'miss-shared' },
  { query: '람다식이랑 스트림 API 사용법', expect: null, category: 'miss-shared' },
  { query: '디자인 패턴 싱글톤 구현', expect: null, category: 'miss-shared' },
  { query: 'enum 열거형 사용법', expect: null, category: 'miss-shared' },
];
