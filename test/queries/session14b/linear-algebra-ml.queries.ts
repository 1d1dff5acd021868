import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '텐서', expect: '텐서(Tensor)', category: 'plain' },
  { query: '브로드캐스팅', expect: '브로드캐스팅(Broadcasting)', category: 'plain' },
  { query: '행렬식', expect: '행렬식(Determinant)', category: 'plain' },
  { query: '임베딩 벡터', expect: '임베딩 벡터(Embedding)', category: 'plain' },

  // particles
  { query: '역행렬이 뭐야', expect: '역행렬(Inverse Matrix)', category: 'particles' },
  { query: '주성분 분석이란', expect: '주성분 분석(PCA)', category: 'particles' },
  { query: '노름은 뭐임', expect: '노름(Norm)', category: 'particles' },
  { query: '전치 행렬이 뭐야', expect: '전치 행렬(Transpose)', category: 'particles' },
  { query: '행렬의 계수가 뭔데', expect: '계수(Rank)', category: 'particles' },

  // question
  {
    query: '행렬 곱할 때 크기 안 맞으면 왜 안 돼',
    expect: '행렬 곱셈(Matrix Multiplication)',
    category: 'question',
  },
  {
    query: 'numpy에서 A * B 했는데 행렬 곱이 안 나와요',
    expect: '아다마르 곱(Element-wise Product)',
    category: 'question',
  },
  { query: 'np.linalg.inv 말고 뭐 써야 돼', expect: '역행렬(Inverse Matrix)', category: 'question' },
  { query: '공분산 행렬은 왜 Aᵀ = A 야', expect: '대칭 행렬(Symmetric Matrix)', category: 'question' },
  { query: 'PCA 하기 전에 평균 왜 빼', expect: '주성분 분석(PCA)', category: 'question' },
  { query: '두 벡터 곱한 값이 0이면 무슨 의미야', expect: '내적(Dot Prodcut)', category: 'question' },
  {
    query: '(100,3) 행렬에 (3,) 벡터 더하면 어떻게 돼',
    expect: '브로드캐스팅(Broadcasting)',
    category: 'question',
  },
  { query: 'Lasso 쓰면 왜 가중치가 0이 돼', expect: 'L1 노름', category: 'question' },
  {
    query: '정사각 행렬 아닌데 분해하려면 어떻게 해',
    expect: '특이값 분해(Singular Value Decompositon)',
    category: 'question',
  },
  {
    query: '선형 회귀 해를 경사 하강법 없이 바로 구하려면',
    expect: '정규 방정식(Normal Equation)',
    category: 'question',
  },

  // spacing
  { query: '코사인유사도', expect: '코사인 유사도(Cosine Similarity)', category: 'spacing' },
  { query: '특이값분해', expect: '특이값 분해(Singular Value Decompositon)', category: 'spacing' },
  { query: '고유 벡터', expect: '고유값과 고유벡터(Eigenvalue & Eigenvektor)', category: 'spacing' },
  { query: '단위행렬', expect: '단위 행렬(Identity Matrix)', category: 'spacing' },

  // typo-query
  { query: '브로드케스팅', expect: '브로드캐스팅(Broadcasting)', category: 'typo-query' },
  { query: '코싸인 유사도', expect: '코사인 유사도(Cosine Similarity)', category: 'typo-query' },
  { query: '임배딩 벡터', expect: '임베딩 벡터(Embedding)', category: 'typo-query' },
  { query: '행렬 곲셈', expect: '행렬 곱셈(Matrix Multiplication)', category: 'typo-query' },
  { query: 'determinent', expect: '행렬식(Determinant)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'dot product', expect: '내적(Dot Prodcut)', category: 'typo-notes' },
  { query: 'eigenvector', expect: '고유값과 고유벡터(Eigenvalue & Eigenvektor)', category: 'typo-notes' },
  {
    query: 'singular value decomposition',
    expect: '특이값 분해(Singular Value Decompositon)',
    category: 'typo-notes',
  },

  // keyboard (Korean typed on an English layout)
  { query: 'godfuftlr', expect: '행렬식(Determinant)', category: 'keyboard' },
  { query: 'xpstj', expect: '텐서(Tensor)', category: 'keyboard' },
  { query: 'shfma', expect: '노름(Norm)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅎㄹ', expect: '역행렬(Inverse Matrix)', category: 'choseong' },
  { query: 'ㅋㅅㅇ ㅇㅅㄷ', expect: '코사인 유사도(Cosine Similarity)', category: 'choseong' },
  { query: 'ㅂㄹㄷㅋㅅㅌ', expect: '브로드캐스팅(Broadcasting)', category: 'choseong' },

  // english-glossary
  { query: 'linear combination', expect: '선형 결합', category: 'english-glossary' },
  { query: 'linear independence', expect: '선형 독립', category: 'english-glossary' },
  { query: 'orthogonal matrix', expect: '직교 행렬', category: 'english-glossary' },
  { query: 'gradient vector', expect: '기울기 벡터', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how does PCA reduce dimensions', expect: '주성분 분석(PCA)', category: 'english' },
  {
    query: 'multiply matching entries of two same-size matrices',
    expect: '아다마르 곱(Element-wise Product)',
    category: 'english',
  },
  { query: 'swap rows and columns of a matrix', expect: '전치 행렬(Transpose)', category: 'english' },
  { query: 'represent words as dense vectors', expect: '임베딩 벡터(Embedding)', category: 'english' },
  {
    query: 'fully connected layer as a matrix multiply plus bias',
    expect: '신경망과 행렬 연산(Neural Network Layer)',
    category: 'english',
  },

  // paraphrase
  {
    query: '행렬 곱해도 방향 안 바뀌고 배율만 달라지는 것',
    expect: '고유값과 고유벡터(Eigenvalue & Eigenvektor)',
    category: 'paraphrase',
  },
  {
    query: '퍼짐이 제일 큰 축 찾아서 데이터를 납작하게 줄이기',
    expect: '주성분 분석(PCA)',
    category: 'paraphrase',
  },
  {
    query: '크기는 빼고 방향만 보고 얼마나 비슷한지 재는 값',
    expect: '코사인 유사도(Cosine Similarity)',
    category: 'paraphrase',
  },
  {
    query: '곱해도 원래 값 그대로 나오게 하는 항등원 같은 것',
    expect: '단위 행렬(Identity Matrix)',
    category: 'paraphrase',
  },
  { query: '원소 절댓값을 전부 더한 길이', expect: 'L1 노름', category: 'paraphrase' },
  {
    query: '한 특성이 다른 특성들 조합으로 만들어질 때 생기는 문제',
    expect: '선형 독립',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'L1 L2 노름 차이',
    expect: ['L1 노름', 'L2 노름'],
    category: 'comparison',
    compare: ['L1 노름', 'L2 노름'],
  },
  {
    query: '내적이랑 아다마르 곱 차이',
    expect: ['내적(Dot Prodcut)', '아다마르 곱(Element-wise Product)'],
    category: 'comparison',
    compare: ['내적(Dot Prodcut)', '아다마르 곱(Element-wise Product)'],
  },
  {
    query: '고유값 분해 vs 특이값 분해',
    expect: ['고유값 분해', '특이값 분해(Singular Value Decompositon)'],
    category: 'comparison',
    compare: ['고유값 분해', '특이값 분해(Singular Value Decompositon)'],
  },
  {
    query: '행렬이랑 텐서 차이가 뭐야',
    expect: ['행렬(Matrix)', '텐서(Tensor)'],
    category: 'comparison',
    compare: ['행렬(Matrix)', '텐서(Tensor)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '식빵 반죽 발효 시간', expect: null, category: 'miss' },
  { query: '광개토대왕 업적 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: '베이즈 정리 조건부 확률 계산', expect: null, category: 'miss-shared' },
  { query: '결정 트리 지니 계수 구하기', expect: null, category: 'miss-shared' },
  { query: '그래프 인접 행렬로 BFS 탐색', expect: null, category: 'miss-shared' },
  { query: '푸리에 변환 주파수 분석', expect: null, category: 'miss-shared' },
];
