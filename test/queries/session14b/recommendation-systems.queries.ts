import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '콜드 스타트', expect: '콜드 스타트 문제(Cold Start)', category: 'plain' },
  { query: '하이브리드 추천', expect: '하이브리드 추천(Hybrid Recommendation)', category: 'plain' },
  { query: '행렬 분해', expect: '행렬 분해(Matrix Factorizaton)', category: 'plain' },
  { query: '정밀도와 재현율', expect: '정밀도와 재현율(Precision@K)', category: 'plain' },

  // particles
  { query: '코사인 유사도란', expect: '코사인 유사도(Cosine Similarity)', category: 'particles' },
  { query: '인기 편향이 뭐야', expect: '인기 편향', category: 'particles' },
  { query: '투 타워 모델은 뭐임', expect: '투 타워 모델(Two-Tower Model)', category: 'particles' },
  { query: '교대 최소제곱법이란', expect: '교대 최소제곱법(ALS)', category: 'particles' },
  {
    query: '콘텐츠 기반 필터링이 뭐야',
    expect: '콘텐츠 기반 필터링(Content-based Filtering)',
    category: 'particles',
  },

  // question
  {
    query: '별점 안 남기는 사용자는 클릭이나 시청 기록으로 어떻게 알아내',
    expect: '암시적 피드백(Implicit Feedback)',
    category: 'question',
  },
  {
    query: '막 가입한 사람한테는 뭘 추천해야 돼',
    expect: '콜드 스타트 문제(Cold Start)',
    category: 'question',
  },
  {
    query: '로그 데이터 학습 테스트 랜덤으로 나누면 왜 안 돼',
    expect: '오프라인 평가(Offline Evaluation)',
    category: 'question',
  },
  {
    query: '점수 후하게 주는 사람이랑 짜게 주는 사람 차이 어떻게 보정해',
    expect: '피어슨 상관계수',
    category: 'question',
  },
  {
    query: '수백만 개 아이템 중에서 후보를 빠르게 뽑으려면 어떻게 해',
    expect: '투 타워 모델(Two-Tower Model)',
    category: 'question',
  },
  {
    query: '아마존 함께 구매한 상품은 어떤 방식으로 만든 거야',
    expect: '아이템 기반 협업 필터링(Item-based CF)',
    category: 'question',
  },
  {
    query: '이웃 몇 명까지 볼지 k 값 어떻게 정해',
    expect: '최근접 이웃(k-Nearest Neighbors)',
    category: 'question',
  },
  {
    query: '뉴스 기사 본문을 벡터로 바꾸려면 어떻게 해',
    expect: 'TF-IDF 특징 추출(TF-IDF)',
    category: 'question',
  },
  {
    query: '사용자 수백만 명 평점표를 메모리에 어떻게 저장해',
    expect: '사용자-아이템 행렬(User-Item Matrix)',
    category: 'question',
  },
  { query: '추천 목록 순서까지 고려해서 평가하려면 뭐 써', expect: '순위 지표(NDCG)', category: 'question' },

  // spacing
  { query: '추천시스템이란', expect: '추천 시스템이란(Recommender System)', category: 'spacing' },
  {
    query: '사용자기반협업필터링',
    expect: '사용자 기반 협업 필터링(User-based CF)',
    category: 'spacing',
  },
  { query: '평균제곱근오차', expect: '평균 제곱근 오차(RMSE)', category: 'spacing' },
  { query: '탐색과활용', expect: '탐색과 활용(Exploration vs Exploitaion)', category: 'spacing' },

  // typo-query
  { query: '콜드 스타드', expect: '콜드 스타트 문제(Cold Start)', category: 'typo-query' },
  { query: '하이브리드 추전', expect: '하이브리드 추천(Hybrid Recommendation)', category: 'typo-query' },
  { query: '코싸인 유사도', expect: '코사인 유사도(Cosine Similarity)', category: 'typo-query' },
  { query: '행열 분해', expect: '행렬 분해(Matrix Factorizaton)', category: 'typo-query' },
  { query: '암시적 피드벡', expect: '암시적 피드백(Implicit Feedback)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'similarity measure', expect: '유사도 측정(Similarity Mesure)', category: 'typo-notes' },
  { query: 'matrix factorization', expect: '행렬 분해(Matrix Factorizaton)', category: 'typo-notes' },
  {
    query: 'exploration vs exploitation',
    expect: '탐색과 활용(Exploration vs Exploitaion)',
    category: 'typo-notes',
  },

  // keyboard (Korean typed on an English layout)
  { query: 'godfuf qnsgo', expect: '행렬 분해(Matrix Factorizaton)', category: 'keyboard' },
  { query: 'zhfem tmxkxm', expect: '콜드 스타트 문제(Cold Start)', category: 'keyboard' },
  { query: 'dlsrl vusgid', expect: '인기 편향', category: 'keyboard' },

  // choseong
  { query: 'ㅎㅅㅅㅁㅈ', expect: '희소성 문제', category: 'choseong' },
  { query: 'ㅋㅌㅊㄱㅂㅍㅌㄹ', expect: '콘텐츠 기반 필터링(Content-based Filtering)', category: 'choseong' },
  { query: 'ㅌㅅㄱㅎㅇ', expect: '탐색과 활용(Exploration vs Exploitaion)', category: 'choseong' },

  // english-glossary
  { query: 'data sparsity problem', expect: '희소성 문제', category: 'english-glossary' },
  { query: 'pearson correlation coefficient', expect: '피어슨 상관계수', category: 'english-glossary' },
  { query: 'popularity bias', expect: '인기 편향', category: 'english-glossary' },
  { query: 'serendipity in recommendations', expect: '다양성과 의외성', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'compare old and new model with real users split into two groups',
    expect: 'A/B 테스트(A/B Test)',
    category: 'english',
  },
  {
    query: 'epsilon greedy random item with small probability',
    expect: '탐색과 활용(Exploration vs Exploitaion)',
    category: 'english',
  },
  {
    query: 'decompose rating matrix into user and item latent vectors',
    expect: '행렬 분해(Matrix Factorizaton)',
    category: 'english',
  },
  {
    query: 'no data for new users or new items',
    expect: '콜드 스타트 문제(Cold Start)',
    category: 'english',
  },
  { query: 'mean reciprocal rank MRR', expect: '순위 지표(NDCG)', category: 'english' },

  // paraphrase
  {
    query: '내 취향이랑 닮은 사람들이 좋게 본 걸 나한테 보여주는 방식',
    expect: '사용자 기반 협업 필터링(User-based CF)',
    category: 'paraphrase',
  },
  { query: '뜻밖에 맘에 드는 걸 만나게 해주는 것', expect: '다양성과 의외성', category: 'paraphrase' },
  {
    query: '잘 팔리는 것만 계속 노출돼서 덜 알려진 상품이 묻히는 현상',
    expect: '인기 편향',
    category: 'paraphrase',
  },
  {
    query: '예측한 별점이 실제 별점에서 얼마나 빗나갔는지 재는 값',
    expect: '평균 제곱근 오차(RMSE)',
    category: 'paraphrase',
  },
  {
    query: '상위 몇 개 보여준 것 중 실제로 맞은 비율',
    expect: '정밀도와 재현율(Precision@K)',
    category: 'paraphrase',
  },
  {
    query: '두 가지 추천 방법을 섞어서 서로 약점 메우기',
    expect: '하이브리드 추천(Hybrid Recommendation)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '명시적 피드백 암시적 피드백 차이',
    expect: ['명시적 피드백(Explicit Feedback)', '암시적 피드백(Implicit Feedback)'],
    category: 'comparison',
    compare: ['명시적 피드백(Explicit Feedback)', '암시적 피드백(Implicit Feedback)'],
  },
  {
    query: '사용자 기반 vs 아이템 기반 협업 필터링',
    expect: ['사용자 기반 협업 필터링(User-based CF)', '아이템 기반 협업 필터링(Item-based CF)'],
    category: 'comparison',
    compare: ['사용자 기반 협업 필터링(User-based CF)', '아이템 기반 협업 필터링(Item-based CF)'],
  },
  {
    query: '오프라인 평가랑 A/B 테스트 뭐가 달라',
    expect: ['오프라인 평가(Offline Evaluation)', 'A/B 테스트(A/B Test)'],
    category: 'comparison',
    compare: ['오프라인 평가(Offline Evaluation)', 'A/B 테스트(A/B Test)'],
  },
  {
    query: '코사인 유사도 피어슨 상관계수 비교',
    expect: ['코사인 유사도(Cosine Similarity)', '피어슨 상관계수'],
    category: 'comparison',
    compare: ['코사인 유사도(Cosine Similarity)', '피어슨 상관계수'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습 방법', expect: null, category: 'miss' },
  { query: '조선 시대 과거 제도', expect: null, category: 'miss' },

  // miss-shared
  { query: '연관 규칙 Apriori 지지도 계산', expect: null, category: 'miss-shared' },
  { query: '세션 기반 추천 RNN 모델', expect: null, category: 'miss-shared' },
  { query: '지식 그래프 기반 추천', expect: null, category: 'miss-shared' },
  { query: '연합 학습으로 개인정보 보호하는 추천', expect: null, category: 'miss-shared' },
];
