import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '슬라이스', expect: '슬라이스(Slice)', category: 'plain' },
  { query: '소유권 규칙', expect: '소유권 규칙(Ownership Rules)', category: 'plain' },
  { query: '물음표 연산자', expect: '물음표 연산자(? Operator)', category: 'plain' },
  { query: '내부 가변성', expect: '내부 가변성', category: 'plain' },

  // particles
  { query: '박스가 뭐야', expect: '박스(Box)', category: 'particles' },
  { query: '드롭이란', expect: '드롭(Drop)', category: 'particles' },
  { query: '클론은 뭐임', expect: '클론(Clone)', category: 'particles' },
  { query: '댕글링 참조가 뭐야', expect: '댕글링 참조(Dangling Refernce)', category: 'particles' },
  { query: '정적 수명이란', expect: "정적 수명('static)", category: 'particles' },

  // question
  {
    query: 'borrow of moved value 에러 어떻게 고쳐',
    expect: 'E0382 이동된 값 사용(Use of Moved Value)',
    category: 'question',
  },
  { query: 'i32는 대입해도 왜 원래 변수 계속 쓸 수 있어', expect: '복사(Copy)', category: 'question' },
  {
    query: 'cannot borrow as mutable more than once 에러 해결법',
    expect: 'E0499 가변 빌림 중복(Second Mutable Borrow)',
    category: 'question',
  },
  {
    query: 'v[0] 참조 잡아두고 push 하면 왜 컴파일 에러나',
    expect: 'E0502 불변 가변 동시 빌림(Immutable and Mutable Borrow)',
    category: 'question',
  },
  {
    query: '함수 안 지역 변수 참조를 반환하면 안 돼요',
    expect: '댕글링 참조(Dangling Refernce)',
    category: 'question',
  },
  {
    query: '두 문자열 중 긴 쪽을 참조로 반환하려면 어떻게 해',
    expect: '수명 명시(Lifetime Anotation)',
    category: 'question',
  },
  {
    query: 'Rc 두 개가 서로 가리키면 메모리 누수 나요',
    expect: '순환 참조와 약한 참조',
    category: 'question',
  },
  {
    query: 'borrow_mut 했는데 실행 중에 panic 나요',
    expect: 'RefCell 런타임 검사(RefCell)',
    category: 'question',
  },
  { query: 'main 함수에서 ? 쓰려면 어떻게 해', expect: '물음표 연산자(? Operator)', category: 'question' },
  { query: 'unwrap 남발해도 괜찮아?', expect: 'unwrap과 expect', category: 'question' },

  // spacing
  { query: '소유권규칙', expect: '소유권 규칙(Ownership Rules)', category: 'spacing' },
  { query: '가변참조', expect: '가변 참조(Mutable Reference)', category: 'spacing' },
  { query: '수명생략규칙', expect: '수명 생략 규칙', category: 'spacing' },
  { query: '빌림검사기 에러', expect: '빌림 검사기 에러(Borrow Checker Errors)', category: 'spacing' },

  // typo-query
  { query: '슬라이즈', expect: '슬라이스(Slice)', category: 'typo-query' },
  { query: '소유귄 규칙', expect: '소유권 규칙(Ownership Rules)', category: 'typo-query' },
  { query: '참조 카운딩', expect: '참조 카운팅(Reference Countng)', category: 'typo-query' },
  { query: '물음표 연산쟈', expect: '물음표 연산자(? Operator)', category: 'typo-query' },
  { query: 'borow checker', expect: '빌림 검사기 에러(Borrow Checker Errors)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'dangling reference', expect: '댕글링 참조(Dangling Refernce)', category: 'typo-notes' },
  { query: 'lifetime annotation', expect: '수명 명시(Lifetime Anotation)', category: 'typo-notes' },
  { query: 'reference counting', expect: '참조 카운팅(Reference Countng)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'thdbrnjs', expect: '소유권 규칙(Ownership Rules)', category: 'keyboard' },
  { query: 'tmffkdltm', expect: '슬라이스(Slice)', category: 'keyboard' },
  { query: 'qlffla rbclr', expect: '빌림 규칙 정리', category: 'keyboard' },

  // choseong
  { query: 'ㅂㄹ ㄱㅅㄱ ㅇㄹ', expect: '빌림 검사기 에러(Borrow Checker Errors)', category: 'choseong' },
  { query: 'ㄴㅂ ㄱㅂㅅ', expect: '내부 가변성', category: 'choseong' },
  { query: 'ㅅㅁ ㅅㄹ ㄱㅊ', expect: '수명 생략 규칙', category: 'choseong' },

  // english-glossary
  { query: 'lifetime elision', expect: '수명 생략 규칙', category: 'english-glossary' },
  { query: 'interior mutability', expect: '내부 가변성', category: 'english-glossary' },
  { query: 'partial move', expect: '부분 이동', category: 'english-glossary' },
  { query: 'reference cycle', expect: '순환 참조와 약한 참조', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to borrow a value without taking ownership',
    expect: '불변 참조(Immutable Reference)',
    category: 'english',
  },
  {
    query: 'multiple owners of one value freed when the last owner goes away',
    expect: '참조 카운팅(Reference Countng)',
    category: 'english',
  },
  { query: 'deep copy of heap data', expect: '클론(Clone)', category: 'english' },
  { query: 'what happens to a value at the end of its scope', expect: '드롭(Drop)', category: 'english' },
  { query: 'view into part of a string or vector', expect: '슬라이스(Slice)', category: 'english' },

  // paraphrase
  { query: '대입하고 나면 원래 변수를 못 쓰게 되는 것', expect: '이동(Move)', category: 'paraphrase' },
  {
    query: '고정 크기 값과 런타임에 크기 정해지는 값이 각각 놓이는 메모리 영역',
    expect: '스택과 힙(Stack and Heap)',
    category: 'paraphrase',
  },
  {
    query: '프로그램 종료 시점까지 유효한 문자열 리터럴 같은 참조',
    expect: "정적 수명('static)",
    category: 'paraphrase',
  },
  {
    query: '값이 없을 수도 있음을 Some과 None으로 표현',
    expect: '옵션 타입(Option)',
    category: 'paraphrase',
  },
  {
    query: '예외 던지는 대신 성공이나 실패를 반환값으로 돌려주는 방식',
    expect: '결과 타입(Result)',
    category: 'paraphrase',
  },
  {
    query: '읽기는 여럿 동시에, 쓰기는 하나만 허용하는 원칙',
    expect: '빌림 규칙 정리',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '불변 참조 vs 가변 참조',
    expect: ['불변 참조(Immutable Reference)', '가변 참조(Mutable Reference)'],
    category: 'comparison',
    compare: ['불변 참조(Immutable Reference)', '가변 참조(Mutable Reference)'],
  },
  {
    query: 'Copy랑 Clone 차이',
    expect: ['복사(Copy)', '클론(Clone)'],
    category: 'comparison',
    compare: ['복사(Copy)', '클론(Clone)'],
  },
  {
    query: 'Option Result 차이가 뭐야',
    expect: ['옵션 타입(Option)', '결과 타입(Result)'],
    category: 'comparison',
    compare: ['옵션 타입(Option)', '결과 타입(Result)'],
  },
  {
    query: 'Box랑 Rc 언제 뭐 써',
    expect: ['박스(Box)', '참조 카운팅(Reference Countng)'],
    category: 'comparison',
    compare: ['박스(Box)', '참조 카운팅(Reference Countng)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '고려 무신정권 역사', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Tokio async await 비동기 런타임', expect: null, category: 'miss-shared' },
  { query: 'unsafe 원시 포인터 역참조', expect: null, category: 'miss-shared' },
  { query: 'cargo 워크스페이스 의존성 관리', expect: null, category: 'miss-shared' },
  { query: 'macro_rules 매크로 작성법', expect: null, category: 'miss-shared' },
];
