import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '퀵 정렬', expect: '퀵 정렬(Quick Sort)', category: 'plain' },
  { query: '동적 계획법', expect: '동적 계획법(Dynamic Programming)', category: 'plain' },
  { query: '빅오 표기법', expect: '빅오 표기법(Big-O Notation)', category: 'plain' },
  { query: '배낭 문제', expect: '배낭 문제(Knapsack Problem)', category: 'plain' },

  // particles
  { query: '힙 정렬이 뭐야', expect: '힙 정렬(Heap Sort)', category: 'particles' },
  { query: '그리디 알고리즘이란', expect: '그리디 알고리즘(Greedy Algorithm)', category: 'particles' },
  { query: '분할 정복은 뭐임', expect: '분할 정복(Divide and Conquer)', category: 'particles' },
  { query: '시간 복잡도를 구하는 법', expect: '시간 복잡도(Time Complexity)', category: 'particles' },
  { query: '삽입 정렬에 대해', expect: '삽입 정렬(Insertion Sort)', category: 'particles' },

  // question
  {
    query: '이진 탐색 하려면 배열이 꼭 정렬돼 있어야 돼?',
    expect: '이진 탐색(Binary Serach)',
    category: 'question',
  },
  { query: '재귀 함수 너무 깊게 들어가면 왜 에러 나', expect: '재귀(Recursion)', category: 'question' },
  { query: '퀵 정렬이 최악일 때 n²이 되는 이유', expect: '퀵 정렬(Quick Sort)', category: 'question' },
  {
    query: '동전 거스름돈 그리디로 풀면 틀리는 경우 있어?',
    expect: '그리디 알고리즘(Greedy Algorithm)',
    category: 'question',
  },
  { query: '미로에서 최소 이동 횟수 구하려면 뭐 써', expect: '너비 우선 탐색(BFS)', category: 'question' },
  { query: '선수 과목 듣는 순서 정하는 알고리즘 뭐야', expect: '위상 정렬', category: 'question' },
  {
    query: 'n이 10만인데 이중 for문 돌려도 돼?',
    expect: '시간 복잡도(Time Complexity)',
    category: 'question',
  },
  { query: '피보나치 재귀로 짜면 왜 이렇게 느려', expect: '메모이제이션(Memoizaton)', category: 'question' },
  { query: '병합 정렬은 메모리를 왜 더 먹어', expect: '병합 정렬(Merge Sort)', category: 'question' },
  { query: '파이썬 list append가 O(1)인 이유', expect: '상각 분석', category: 'question' },

  // spacing
  { query: '동적계획법', expect: '동적 계획법(Dynamic Programming)', category: 'spacing' },
  { query: '너비우선탐색', expect: '너비 우선 탐색(BFS)', category: 'spacing' },
  { query: '빅 오 표기법', expect: '빅오 표기법(Big-O Notation)', category: 'spacing' },
  { query: '그리디알고리즘', expect: '그리디 알고리즘(Greedy Algorithm)', category: 'spacing' },

  // typo-query
  { query: '병함 정렬', expect: '병합 정렬(Merge Sort)', category: 'typo-query' },
  { query: '메모이재이션', expect: '메모이제이션(Memoizaton)', category: 'typo-query' },
  { query: '깊이 우선 탐삭', expect: '깊이 우선 탐색(DFS)', category: 'typo-query' },
  { query: '위상 졍렬', expect: '위상 정렬', category: 'typo-query' },
  { query: 'knapsak', expect: '배낭 문제(Knapsack Problem)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'space complexity', expect: '공간 복잡도(Space Complexitty)', category: 'typo-notes' },
  { query: 'binary search', expect: '이진 탐색(Binary Serach)', category: 'typo-notes' },
  { query: 'memoization', expect: '메모이제이션(Memoizaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'wornl', expect: '재귀(Recursion)', category: 'keyboard' },
  { query: 'qjqmf wjdfuf', expect: '버블 정렬(Bubble Sort)', category: 'keyboard' },
  { query: 'rmflel', expect: '그리디 알고리즘(Greedy Algorithm)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅈㄱㅎㅂ', expect: '동적 계획법(Dynamic Programming)', category: 'choseong' },
  { query: 'ㅂㅎㅈㄹ', expect: '병합 정렬(Merge Sort)', category: 'choseong' },
  { query: 'ㅇㅈㅌㅅ', expect: '이진 탐색(Binary Serach)', category: 'choseong' },

  // english-glossary (the notes use only the Korean term)
  { query: 'selection sort', expect: '선택 정렬', category: 'english-glossary' },
  { query: 'amortized analysis', expect: '상각 분석', category: 'english-glossary' },
  { query: 'topological sort', expect: '위상 정렬', category: 'english-glossary' },
  { query: 'stable sort', expect: '안정 정렬', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how does quicksort choose a pivot', expect: '피벗 선택(Pivot)', category: 'english' },
  { query: 'what is big O notation', expect: '빅오 표기법(Big-O Notation)', category: 'english' },
  {
    query: 'build a max heap and repeatedly move the root to the end',
    expect: '힙 정렬(Heap Sort)',
    category: 'english',
  },
  { query: 'shortest path in an unweighted graph', expect: '너비 우선 탐색(BFS)', category: 'english' },
  { query: 'what is a base case in recursion', expect: '기저 조건(Base Case)', category: 'english' },

  // paraphrase
  {
    query: '옆에 붙은 두 개씩 비교해서 큰 걸 뒤로 밀어내는 정렬',
    expect: '버블 정렬(Bubble Sort)',
    category: 'paraphrase',
  },
  {
    query: '함수 맨 끝에서 자기 자신을 부르면 스택을 아낄 수 있는 형태',
    expect: '꼬리 재귀',
    category: 'paraphrase',
  },
  {
    query: '새 배열 안 만들고 원래 배열 안에서 자리 바꾸기만 하는 방식',
    expect: '제자리 정렬(In-place Sort)',
    category: 'paraphrase',
  },
  {
    query: '트럼프 카드 한 장씩 받아서 맞는 위치에 꽂아 넣는 방식',
    expect: '삽입 정렬(Insertion Sort)',
    category: 'paraphrase',
  },
  {
    query: '가장 작은 경우부터 for문으로 배열 값을 차곡차곡 채우는 방법',
    expect: '바텀업 방식(Tabulation)',
    category: 'paraphrase',
  },
  {
    query: '정점마다 이웃 목록을 따로 저장해서 그래프 나타내기',
    expect: '인접 리스트(Adjacency List)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '병합 정렬 퀵 정렬 차이',
    expect: ['병합 정렬(Merge Sort)', '퀵 정렬(Quick Sort)'],
    category: 'comparison',
    compare: ['병합 정렬(Merge Sort)', '퀵 정렬(Quick Sort)'],
  },
  {
    query: 'BFS DFS 차이가 뭐야',
    expect: ['너비 우선 탐색(BFS)', '깊이 우선 탐색(DFS)'],
    category: 'comparison',
    compare: ['너비 우선 탐색(BFS)', '깊이 우선 탐색(DFS)'],
  },
  {
    query: '메모이제이션이랑 바텀업 차이',
    expect: ['메모이제이션(Memoizaton)', '바텀업 방식(Tabulation)'],
    category: 'comparison',
    compare: ['메모이제이션(Memoizaton)', '바텀업 방식(Tabulation)'],
  },
  {
    query: '인접 행렬 vs 인접 리스트',
    expect: ['인접 행렬(Adjacency Matrix)', '인접 리스트(Adjacency List)'],
    category: 'comparison',
    compare: ['인접 행렬(Adjacency Matrix)', '인접 리스트(Adjacency List)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 잘 던지는 자세', expect: null, category: 'miss' },
  { query: '피아노 체르니 30번 연습 방법', expect: null, category: 'miss' },

  // miss-shared
  { query: '다익스트라 가중치 그래프 최단 경로', expect: null, category: 'miss-shared' },
  { query: '해시 테이블 충돌 체이닝', expect: null, category: 'miss-shared' },
  { query: '레드블랙 트리 회전 연산', expect: null, category: 'miss-shared' },
  { query: 'KMP 문자열 패턴 매칭 알고리즘', expect: null, category: 'miss-shared' },
];
