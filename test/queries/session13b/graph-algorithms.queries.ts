import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '플러드 필', expect: '플러드 필(Flood Fill)', category: 'plain' },
  { query: '경로 복원', expect: '경로 복원', category: 'plain' },
  { query: '칸 알고리즘', expect: "칸 알고리즘(Kahn's Algorithm)", category: 'plain' },
  { query: '강한 연결 요소', expect: '강한 연결 요소(SCC)', category: 'plain' },

  // particles
  {
    query: '다익스트라 알고리즘이 뭐야',
    expect: '다익스트라 알고리즘(Dijkstra Algoritm)',
    category: 'particles',
  },
  { query: '유니온 파인드란', expect: '유니온 파인드(Union-Find)', category: 'particles' },
  { query: '위상 정렬은 언제 써', expect: '위상 정렬(Topologcal Sort)', category: 'particles' },
  { query: '플로이드-워셜이 뭐임', expect: '플로이드-워셜(Floyd-Warshall)', category: 'particles' },
  { query: '연결 요소를 세는 법', expect: '연결 요소(Connected Components)', category: 'particles' },

  // question
  { query: 'BFS 할 때 방문 체크 언제 해야 돼', expect: '너비 우선 탐색(BFS)', category: 'question' },
  { query: '파이썬으로 DFS 재귀 짜면 깊이 에러 나요', expect: '깊이 우선 탐색(DFS)', category: 'question' },
  { query: '음수 간선 있으면 다익스트라 왜 안 돼', expect: '음수 가중치 문제', category: 'question' },
  {
    query: '음수 사이클 있는지 어떻게 알아',
    expect: '벨만-포드 알고리즘(Bellman-Ford)',
    category: 'question',
  },
  {
    query: '플로이드 3중 for문에서 k는 어디에 둬',
    expect: '플로이드-워셜(Floyd-Warshall)',
    category: 'question',
  },
  { query: '최단 거리 말고 실제 지나간 길도 출력하려면', expect: '경로 복원', category: 'question' },
  {
    query: '방향 그래프에서 사이클 있는지 확인하려면 어떻게 해',
    expect: '사이클 탐지',
    category: 'question',
  },
  {
    query: 'union find 트리가 한쪽으로 길어지는 거 막으려면',
    expect: '랭크 기반 합치기(Union by Rank)',
    category: 'question',
  },
  { query: '가중치가 0이랑 1만 있을 때 최단거리 빠르게 구하는 법', expect: '0-1 BFS', category: 'question' },
  {
    query: '그래프 문제 보고 어떤 알고리즘 쓸지 모르겠어요',
    expect: '알고리즘 선택 가이드',
    category: 'question',
  },

  // spacing
  { query: '너비우선탐색', expect: '너비 우선 탐색(BFS)', category: 'spacing' },
  { query: '최소스패닝트리', expect: '최소 스패닝 트리(Minimum Spaning Tree)', category: 'spacing' },
  { query: '이분그래프 판별', expect: '이분 그래프 판별', category: 'spacing' },
  { query: '유니온파인드 최적화', expect: '유니온 파인드 최적화', category: 'spacing' },

  // typo-query
  { query: '다익스트랴', expect: '다익스트라 알고리즘(Dijkstra Algoritm)', category: 'typo-query' },
  { query: '크루스컬 알고리즘', expect: '크루스칼 알고리즘(Kruskal)', category: 'typo-query' },
  { query: '플로이드 워샬', expect: '플로이드-워셜(Floyd-Warshall)', category: 'typo-query' },
  { query: '위상 정룔', expect: '위상 정렬(Topologcal Sort)', category: 'typo-query' },
  { query: 'bellman frod', expect: '벨만-포드 알고리즘(Bellman-Ford)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'dijkstra algorithm', expect: '다익스트라 알고리즘(Dijkstra Algoritm)', category: 'typo-notes' },
  { query: 'topological sort', expect: '위상 정렬(Topologcal Sort)', category: 'typo-notes' },
  {
    query: 'minimum spanning tree',
    expect: '최소 스패닝 트리(Minimum Spaning Tree)',
    category: 'typo-notes',
  },

  // keyboard (Korean typed on an English layout)
  { query: 'zmfntmzkf', expect: '크루스칼 알고리즘(Kruskal)', category: 'keyboard' },
  { query: 'dnltkd wjdfuf', expect: '위상 정렬(Topologcal Sort)', category: 'keyboard' },
  { query: 'dbsldhs vkdlsem', expect: '유니온 파인드(Union-Find)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅇㅅㅌㄹ', expect: '다익스트라 알고리즘(Dijkstra Algoritm)', category: 'choseong' },
  { query: 'ㅇㅈㅎㄹ', expect: '인접 행렬', category: 'choseong' },
  { query: 'ㄱㄹㅂㅇ', expect: '경로 복원', category: 'choseong' },

  // english-glossary
  { query: 'adjacency matrix', expect: '인접 행렬', category: 'english-glossary' },
  { query: 'cycle detection', expect: '사이클 탐지', category: 'english-glossary' },
  { query: 'bipartite graph', expect: '이분 그래프 판별', category: 'english-glossary' },
  { query: 'path compression', expect: '경로 압축', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'shortest path in unweighted graph using a queue',
    expect: '너비 우선 탐색(BFS)',
    category: 'english',
  },
  {
    query: 'order tasks so that prerequisites come first',
    expect: '위상 정렬(Topologcal Sort)',
    category: 'english',
  },
  { query: 'all pairs shortest path', expect: '플로이드-워셜(Floyd-Warshall)', category: 'english' },
  {
    query: 'strongly connected components in a directed graph',
    expect: '강한 연결 요소(SCC)',
    category: 'english',
  },
  {
    query: 'grow a tree from one vertex by adding the cheapest edge',
    expect: '프림 알고리즘(Prim)',
    category: 'english',
  },

  // paraphrase
  {
    query: '정점마다 이웃 목록만 저장해두는 방식',
    expect: '인접 리스트(Adjacency List)',
    category: 'paraphrase',
  },
  {
    query: '노드를 두 편으로 나눠서 같은 편끼리는 안 이어지게 할 수 있는지',
    expect: '이분 그래프 판별',
    category: 'paraphrase',
  },
  {
    query: '2D 맵에서 붙어있는 칸들 한꺼번에 칠하기',
    expect: '플러드 필(Flood Fill)',
    category: 'paraphrase',
  },
  {
    query: '들어오는 화살표 없는 노드부터 하나씩 빼면서 순서 매기기',
    expect: "칸 알고리즘(Kahn's Algorithm)",
    category: 'paraphrase',
  },
  {
    query: '두 원소가 같은 무리인지 대표 노드로 빠르게 확인하는 자료구조',
    expect: '유니온 파인드(Union-Find)',
    category: 'paraphrase',
  },
  {
    query: '모든 도시를 가장 싼 비용으로 잇는 간선 모음',
    expect: '최소 스패닝 트리(Minimum Spaning Tree)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'BFS DFS 차이',
    expect: ['너비 우선 탐색(BFS)', '깊이 우선 탐색(DFS)'],
    category: 'comparison',
    compare: ['너비 우선 탐색(BFS)', '깊이 우선 탐색(DFS)'],
  },
  {
    query: '인접 행렬이랑 인접 리스트 뭐가 나아',
    expect: ['인접 행렬', '인접 리스트(Adjacency List)'],
    category: 'comparison',
    compare: ['인접 행렬', '인접 리스트(Adjacency List)'],
  },
  {
    query: '크루스칼 vs 프림',
    expect: ['크루스칼 알고리즘(Kruskal)', '프림 알고리즘(Prim)'],
    category: 'comparison',
    compare: ['크루스칼 알고리즘(Kruskal)', '프림 알고리즘(Prim)'],
  },
  {
    query: '다익스트라랑 벨만포드 차이가 뭐야',
    expect: ['다익스트라 알고리즘(Dijkstra Algoritm)', '벨만-포드 알고리즘(Bellman-Ford)'],
    category: 'comparison',
    compare: ['다익스트라 알고리즘(Dijkstra Algoritm)', '벨만-포드 알고리즘(Bellman-Ford)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '고려청자 만드는 과정', expect: null, category: 'miss' },

  // miss-shared
  { query: 'AVL 트리 회전으로 균형 맞추기', expect: null, category: 'miss-shared' },
  { query: '막대 그래프 차트 그리기', expect: null, category: 'miss-shared' },
  { query: '네트워크 최대 유량 구하는 알고리즘', expect: null, category: 'miss-shared' },
  { query: '외판원 문제 비트마스크 DP', expect: null, category: 'miss-shared' },
];
