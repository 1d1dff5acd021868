import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스택', expect: '스택(Stack)', category: 'plain' },
  { query: '힙', expect: '힙(Heap)', category: 'plain' },
  { query: '연결 리스트', expect: '연결 리스트(Linked List)', category: 'plain' },
  { query: '퀵 정렬', expect: '퀵 정렬(Quick Sort)', category: 'plain' },

  // particles
  { query: '큐가 뭐야', expect: '큐(Queue)', category: 'particles' },
  { query: '트리란', expect: '트리(Tree)', category: 'particles' },
  { query: '그래프는', expect: '그래프(Graph)', category: 'particles' },
  { query: '배열이란 뭐임', expect: '배열(Array)', category: 'particles' },
  { query: '빅오 표기법이란', expect: '빅오 표기법(Big-O)', category: 'particles' },

  // question
  { query: '배열 중간에 삽입하면 왜 느려요', expect: '배열(Array)', category: 'question' },
  {
    query: 'BST가 느려지는 경우는 언제야',
    expect: '이진 탐색 트리(Binary Serach Tree)',
    category: 'question',
  },
  { query: '파이썬에서 큐 어떻게 써요', expect: '큐(Queue)', category: 'question' },
  { query: '최단 거리 구하려면 뭐 써야 돼', expect: '넓이 우선 탐색(BFS)', category: 'question' },
  { query: '힙은 언제 써요', expect: '힙(Heap)', category: 'question' },
  { query: '해시 충돌 나면 어떻게 해', expect: '해쉬 테이블(Hash Table)', category: 'question' },
  { query: '연결 리스트 쓰면 뭐가 좋아', expect: '연결 리스트(Linked List)', category: 'question' },
  { query: '스택은 어디에 쓰이나요', expect: '스택(Stack)', category: 'question' },
  { query: '병합 정렬은 왜 항상 n log n인지', expect: '병합 정렬(Merge Sort)', category: 'question' },
  { query: '그래프 메모리 아끼려면 어떻게 저장해', expect: '인접 행렬과 인접 리스트', category: 'question' },

  // spacing
  { query: '연결리스트', expect: '연결 리스트(Linked List)', category: 'spacing' },
  { query: '이진탐색트리', expect: '이진 탐색 트리(Binary Serach Tree)', category: 'spacing' },
  { query: '삽입정렬', expect: '삽입 정렬', category: 'spacing' },
  { query: '깊이우선탐색', expect: '깊이 우선 탐색(DFS)', category: 'spacing' },

  // typo-query
  { query: '스텍', expect: '스택(Stack)', category: 'typo-query' },
  { query: 'linkd list', expect: '연결 리스트(Linked List)', category: 'typo-query' },
  { query: '그레프', expect: '그래프(Graph)', category: 'typo-query' },
  { query: 'quik sort', expect: '퀵 정렬(Quick Sort)', category: 'typo-query' },
  { query: '버블 정럴', expect: '버블 정렬', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: '너비 우선 탐색', expect: '넓이 우선 탐색(BFS)', category: 'typo-notes' },
  { query: '해시 테이블', expect: '해쉬 테이블(Hash Table)', category: 'typo-notes' },
  { query: 'binary search tree', expect: '이진 탐색 트리(Binary Serach Tree)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmxor', expect: '스택(Stack)', category: 'keyboard' },
  { query: 'rmfovm', expect: '그래프(Graph)', category: 'keyboard' },
  { query: 'qoduf', expect: '배열(Array)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㅅㅌㅇㅂ', expect: '해쉬 테이블(Hash Table)', category: 'choseong' },
  { query: 'ㅇㅈㅌㅅㅌㄹ', expect: '이진 탐색 트리(Binary Serach Tree)', category: 'choseong' },
  { query: 'ㅂㅂㅈㄹ', expect: '버블 정렬', category: 'choseong' },

  // english-glossary
  { query: 'priority queue', expect: '힙(Heap)', category: 'english-glossary' },
  { query: 'time complexity', expect: '빅오 표기법(Big-O)', category: 'english-glossary' },
  { query: 'adjacency list', expect: '인접 행렬과 인접 리스트', category: 'english-glossary' },
  { query: 'tree traversal', expect: '트리 순회', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'last in first out', expect: '스택(Stack)', category: 'english' },
  { query: 'shortest path in an unweighted graph', expect: '넓이 우선 탐색(BFS)', category: 'english' },
  { query: 'pivot worst case', expect: '퀵 정렬(Quick Sort)', category: 'english' },
  { query: 'self balancing tree', expect: '이진 탐색 트리(Binary Serach Tree)', category: 'english' },
  { query: 'backtracking with recursion', expect: '깊이 우선 탐색(DFS)', category: 'english' },

  // paraphrase
  { query: '줄 서는 것처럼 먼저 온 게 먼저 나가는 구조', expect: '큐(Queue)', category: 'paraphrase' },
  {
    query: '입력 커질 때 시간이 얼마나 느는지 나타내는 법',
    expect: '빅오 표기법(Big-O)',
    category: 'paraphrase',
  },
  { query: '키로 값을 바로 찾는 자료구조', expect: '해쉬 테이블(Hash Table)', category: 'paraphrase' },
  { query: '가까운 노드부터 퍼지듯이 탐색하기', expect: '넓이 우선 탐색(BFS)', category: 'paraphrase' },
  { query: '부모가 항상 자식보다 큰 트리', expect: '힙(Heap)', category: 'paraphrase' },
  { query: '제일 작은 값 찾아서 맨 앞으로 보내는 정렬', expect: '선택 정렬', category: 'paraphrase' },

  // comparison
  {
    query: '배열 연결 리스트 차이',
    expect: ['배열(Array)', '연결 리스트(Linked List)'],
    category: 'comparison',
    compare: ['배열(Array)', '연결 리스트(Linked List)'],
  },
  {
    query: 'stack vs queue',
    expect: ['스택(Stack)', '큐(Queue)'],
    category: 'comparison',
    compare: ['스택(Stack)', '큐(Queue)'],
  },
  {
    query: 'BFS DFS 차이',
    expect: ['넓이 우선 탐색(BFS)', '깊이 우선 탐색(DFS)'],
    category: 'comparison',
    compare: ['넓이 우선 탐색(BFS)', '깊이 우선 탐색(DFS)'],
  },
  {
    query: '퀵정렬이랑 병합정렬 차이',
    expect: ['퀵 정렬(Quick Sort)', '병합 정렬(Merge Sort)'],
    category: 'comparison',
    compare: ['퀵 정렬(Quick Sort)', '병합 정렬(Merge Sort)'],
  },

  // miss
  { query: 'TCP 3-way handshake', expect: null, category: 'miss' },
  { query: '운영체제 프로세스와 스레드', expect: null, category: 'miss' },
  { query: 'HTML 시맨틱 태그', expect: null, category: 'miss' },

  // miss-shared
  { query: '다익스트라 최단 경로 알고리즘', expect: null, category: 'miss-shared' },
  { query: '동적 프로그래밍 메모이제이션', expect: null, category: 'miss-shared' },
  { query: '세그먼트 트리 구간 합', expect: null, category: 'miss-shared' },
  { query: '트라이 자료구조 문자열 검색', expect: null, category: 'miss-shared' },
];
