import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '해시 충돌', expect: '해시 충돌(Hash Collision)', category: 'plain' },
  { query: '트리맵', expect: '트리맵(TreeMap)', category: 'plain' },
  { query: '블로킹 큐', expect: '블로킹 큐(BlockingQueue)', category: 'plain' },
  { query: '방어적 복사', expect: '방어적 복사', category: 'plain' },

  // particles
  { query: '이터레이터가 뭐야', expect: '이터레이터(Iterator)', category: 'particles' },
  { query: '불변 컬렉션이란', expect: '불변 컬렉션', category: 'particles' },
  { query: '연결 리스트는 뭐임', expect: '연결 리스트(LinkedList)', category: 'particles' },
  { query: '동기화 래퍼가 뭐야', expect: '동기화 래퍼(Synchronized Wraper)', category: 'particles' },
  { query: '적재율이란', expect: '적재율과 재해싱', category: 'particles' },

  // question
  {
    query: 'equals만 오버라이드했는데 HashMap에서 키를 못 찾아요',
    expect: 'equals와 hashCode 규약',
    category: 'question',
  },
  {
    query: 'for-each 돌면서 remove 하면 왜 에러나',
    expect: '동시 수정 예외(ConcurrentModificationException)',
    category: 'question',
  },
  { query: 'List.of로 만든 리스트에 add 했더니 예외 나요', expect: '불변 컬렉션', category: 'question' },
  { query: 'getter에서 내부 리스트 그대로 리턴하면 왜 안 돼', expect: '방어적 복사', category: 'question' },
  {
    query: '여러 스레드에서 맵 같이 쓰려면 뭐 써',
    expect: '동시성 해시맵(ConcurrentHashMap)',
    category: 'question',
  },
  {
    query: '나이순 정렬하고 같으면 이름순으로 하려면 어떻게 해',
    expect: '비교자(Comparater)',
    category: 'question',
  },
  {
    query: 'compareTo에서 빼기로 리턴하면 왜 안 돼',
    expect: '비교 가능 인터페이스(Comparable)',
    category: 'question',
  },
  {
    query: 'HashMap 배열 크기는 왜 2의 거듭제곱이야',
    expect: '해시맵 내부 구조(HashMap Internls)',
    category: 'question',
  },
  {
    query: 'unmodifiableList 했는데 원본 바꾸니까 같이 바뀌어요',
    expect: '수정 불가 뷰(Unmodifiable View)',
    category: 'question',
  },
  { query: '생산자 소비자 패턴 구현하려면 뭐 써', expect: '블로킹 큐(BlockingQueue)', category: 'question' },

  // spacing
  { query: '해시맵내부 구조', expect: '해시맵 내부 구조(HashMap Internls)', category: 'spacing' },
  { query: '동시수정예외', expect: '동시 수정 예외(ConcurrentModificationException)', category: 'spacing' },
  { query: '쓰기시 복사리스트', expect: '쓰기 시 복사 리스트(CopyOnWriteArrayList)', category: 'spacing' },
  { query: '향상된for문', expect: '향상된 for문(Enhanced For Loop)', category: 'spacing' },

  // typo-query
  { query: '이터래이터', expect: '이터레이터(Iterator)', category: 'typo-query' },
  { query: '해쉬 충돌', expect: '해시 충돌(Hash Collision)', category: 'typo-query' },
  { query: '트리멥', expect: '트리맵(TreeMap)', category: 'typo-query' },
  { query: 'hashcdoe 규약', expect: 'equals와 hashCode 규약', category: 'typo-query' },
  { query: 'Comparabel', expect: '비교 가능 인터페이스(Comparable)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'hashmap internals', expect: '해시맵 내부 구조(HashMap Internls)', category: 'typo-notes' },
  { query: 'comparator', expect: '비교자(Comparater)', category: 'typo-notes' },
  { query: 'synchronized wrapper', expect: '동기화 래퍼(Synchronized Wraper)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'xmflaoq', expect: '트리맵(TreeMap)', category: 'keyboard' },
  { query: 'dlxjfpdlxj', expect: '이터레이터(Iterator)', category: 'keyboard' },
  { query: 'qmffhzld zb', expect: '블로킹 큐(BlockingQueue)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㅅ ㅊㄷ', expect: '해시 충돌(Hash Collision)', category: 'choseong' },
  { query: 'ㅂㅇ ㄹㅅㅌ', expect: '배열 리스트(ArrayList)', category: 'choseong' },
  { query: 'ㅂㅂ ㅋㄹㅅ', expect: '불변 컬렉션', category: 'choseong' },

  // english-glossary
  { query: 'load factor', expect: '적재율과 재해싱', category: 'english-glossary' },
  { query: 'immutable collections', expect: '불변 컬렉션', category: 'english-glossary' },
  { query: 'defensive copy', expect: '방어적 복사', category: 'english-glossary' },
  { query: 'natural ordering', expect: '비교 가능 인터페이스(Comparable)', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does a hash map handle two keys in the same bucket',
    expect: '해시 충돌(Hash Collision)',
    category: 'english',
  },
  { query: 'sorted map with floor and ceiling key lookup', expect: '트리맵(TreeMap)', category: 'english' },
  {
    query: 'list for many readers and rare writers like listener lists',
    expect: '쓰기 시 복사 리스트(CopyOnWriteArrayList)',
    category: 'english',
  },
  {
    query: 'walk through a collection with hasNext and next',
    expect: '이터레이터(Iterator)',
    category: 'english',
  },
  { query: 'backing array grows 1.5 times when full', expect: '배열 리스트(ArrayList)', category: 'english' },

  // paraphrase
  { query: '키 순서대로 자동 정렬해서 보관하는 자료구조', expect: '트리맵(TreeMap)', category: 'paraphrase' },
  {
    query: '비어 있으면 꺼내는 쪽이 기다리고 가득 차면 넣는 쪽이 기다리는 대기열',
    expect: '블로킹 큐(BlockingQueue)',
    category: 'paraphrase',
  },
  {
    query: '원본이 바뀌면 같이 보이는 읽기 전용 포장',
    expect: '수정 불가 뷰(Unmodifiable View)',
    category: 'paraphrase',
  },
  { query: '같은 원소를 두 번 넣을 수 없는 자료구조', expect: '셋 인터페이스(Set)', category: 'paraphrase' },
  {
    query: '저장 개수가 일정 비율을 넘으면 버킷 배열을 두 배로 키우는 것',
    expect: '적재율과 재해싱',
    category: 'paraphrase',
  },
  {
    query: '모든 메서드에 락 하나 걸어서 스레드 안전하게 감싸는 방법',
    expect: '동기화 래퍼(Synchronized Wraper)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'ArrayList vs LinkedList',
    expect: ['배열 리스트(ArrayList)', '연결 리스트(LinkedList)'],
    category: 'comparison',
    compare: ['배열 리스트(ArrayList)', '연결 리스트(LinkedList)'],
  },
  {
    query: 'Comparable이랑 Comparator 차이',
    expect: ['비교 가능 인터페이스(Comparable)', '비교자(Comparater)'],
    category: 'comparison',
    compare: ['비교 가능 인터페이스(Comparable)', '비교자(Comparater)'],
  },
  {
    query: 'HashSet TreeSet 차이가 뭐야',
    expect: ['해시셋(HashSet)', '트리셋(TreeSet)'],
    category: 'comparison',
    compare: ['해시셋(HashSet)', '트리셋(TreeSet)'],
  },
  {
    query: 'List.of랑 unmodifiableList 차이',
    expect: ['불변 컬렉션', '수정 불가 뷰(Unmodifiable View)'],
    category: 'comparison',
    compare: ['불변 컬렉션', '수정 불가 뷰(Unmodifiable View)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 자세 교정', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 연습', expect: null, category: 'miss' },

  // miss-shared
  { query: '가비지 컬렉션 G1 튜닝', expect: null, category: 'miss-shared' },
  { query: '병렬 스트림 parallelStream 성능', expect: null, category: 'miss-shared' },
  { query: '자바 제네릭 와일드카드 extends', expect: null, category: 'miss-shared' },
  { query: '정렬 알고리즘 퀵소트 시간 복잡도', expect: null, category: 'miss-shared' },
];
