import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '과적합', expect: '과적합(Overfitting)', category: 'plain' },
  { query: '혼동 행렬', expect: '혼동 행렬(Confusion Matrix)', category: 'plain' },
  { query: '강화 학습', expect: '강화 학습(Reinforcement Learning)', category: 'plain' },
  { query: '데이터 누수', expect: '데이터 누수', category: 'plain' },

  // particles
  { query: '경사 하강법이 뭐야', expect: '경사 하강법(Gradient Descent)', category: 'particles' },
  { query: '재현율이란', expect: '재현율(Recall)', category: 'particles' },
  { query: '로지스틱 회귀는 뭐임', expect: '로지스틱 회귀(Logistic Regresion)', category: 'particles' },
  { query: '준지도 학습이란 무엇', expect: '준지도 학습', category: 'particles' },
  { query: '손실 함수가 뭔데', expect: '손실 함수', category: 'particles' },

  // question
  {
    query: '훈련 정확도는 높은데 새 데이터에서 성능이 안 나와요',
    expect: '과적합(Overfitting)',
    category: 'question',
  },
  {
    query: '로지스틱 회귀는 회귀인데 왜 분류에 써',
    expect: '로지스틱 회귀(Logistic Regresion)',
    category: 'question',
  },
  {
    query: '데이터 적을 때 모델 평가 어떻게 해',
    expect: 'K-폴드 교차 검증(K-Fold Cross Validation)',
    category: 'question',
  },
  {
    query: '사기 거래 탐지에서 정확도 99%인데 왜 쓸모없어',
    expect: '정확도(Accuracy)',
    category: 'question',
  },
  { query: '학습이 발산하면서 손실이 튀어요 뭘 줄여야 돼', expect: '학습률', category: 'question' },
  { query: '쓸모없는 특성 가중치를 0으로 만들려면 뭐 써', expect: 'L1 규제(Lasso)', category: 'question' },
  { query: '스케일링을 분할 전에 하면 왜 안 돼', expect: '데이터 누수', category: 'question' },
  { query: '테스트 세트 보고 모델 고쳐도 돼?', expect: '테스트 세트(Test Set)', category: 'question' },
  {
    query: '다중 클래스일 때 확률 합 1 되게 하려면',
    expect: '다중 클래스 분류(Multi-class Classification)',
    category: 'question',
  },
  { query: '검증 손실이 안 줄어들면 학습 언제 멈춰', expect: '조기 종료', category: 'question' },

  // spacing
  { query: '경사하강법', expect: '경사 하강법(Gradient Descent)', category: 'spacing' },
  { query: '교차검증', expect: 'K-폴드 교차 검증(K-Fold Cross Validation)', category: 'spacing' },
  { query: '비지도학습', expect: '비지도 학습(Unsupervised Lerning)', category: 'spacing' },
  { query: '하이퍼 파라미터튜닝', expect: '하이퍼파라미터 튜닝(Hyperparameter Tuning)', category: 'spacing' },

  // typo-query
  { query: '과소적압', expect: '과소적합(Underfitting)', category: 'typo-query' },
  { query: '정밀됴', expect: '정밀도(Precision)', category: 'typo-query' },
  { query: 'regularizaton', expect: '정규화(Regularization)', category: 'typo-query' },
  { query: '혼돈 행렬', expect: '혼동 행렬(Confusion Matrix)', category: 'typo-query' },
  { query: '선헝 회귀', expect: '선형 회귀(Linear Regression)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'unsupervised learning', expect: '비지도 학습(Unsupervised Lerning)', category: 'typo-notes' },
  { query: 'logistic regression', expect: '로지스틱 회귀(Logistic Regresion)', category: 'typo-notes' },
  { query: 'validation set', expect: '검증 세트(Validaton Set)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'rhkwjrgkq', expect: '과적합(Overfitting)', category: 'keyboard' },
  { query: 'wogusdbf', expect: '재현율(Recall)', category: 'keyboard' },
  { query: 'ghsehd godfuf', expect: '혼동 행렬(Confusion Matrix)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅅ ㅎㄱㅂ', expect: '경사 하강법(Gradient Descent)', category: 'choseong' },
  { query: 'ㅈㅈㄷ ㅎㅅ', expect: '준지도 학습', category: 'choseong' },
  { query: 'ㅅㅅ ㅎㅅ', expect: '손실 함수', category: 'choseong' },

  // english-glossary
  { query: 'loss function', expect: '손실 함수', category: 'english-glossary' },
  { query: 'early stopping', expect: '조기 종료', category: 'english-glossary' },
  { query: 'data leakage', expect: '데이터 누수', category: 'english-glossary' },
  { query: 'learning rate', expect: '학습률', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does gradient descent update the weights',
    expect: '경사 하강법(Gradient Descent)',
    category: 'english',
  },
  {
    query: 'agent learns from rewards in an environment',
    expect: '강화 학습(Reinforcement Learning)',
    category: 'english',
  },
  {
    query: 'fit a straight line to predict a continuous value',
    expect: '선형 회귀(Linear Regression)',
    category: 'english',
  },
  { query: 'harmonic mean of precision and recall', expect: 'F1 점수(F1 Score)', category: 'english' },
  {
    query: 'area under the curve true positive rate vs false positive rate',
    expect: 'ROC 곡선과 AUC(ROC Curve)',
    category: 'english',
  },

  // paraphrase
  {
    query: '정답 없는 데이터에서 비슷한 것끼리 알아서 묶기',
    expect: '비지도 학습(Unsupervised Lerning)',
    category: 'paraphrase',
  },
  {
    query: '모델이 너무 단순해서 공부한 문제조차 못 맞히는 상태',
    expect: '과소적합(Underfitting)',
    category: 'paraphrase',
  },
  { query: '양성이라고 찍은 것 중에 진짜 맞은 비율', expect: '정밀도(Precision)', category: 'paraphrase' },
  {
    query: '사람이 미리 정해주는 설정값을 그리드 서치로 고르기',
    expect: '하이퍼파라미터 튜닝(Hyperparameter Tuning)',
    category: 'paraphrase',
  },
  {
    query: '과녁 그림으로 설명하는 단순함과 출렁임 사이 균형',
    expect: '편향-분산 트레이드오프',
    category: 'paraphrase',
  },
  {
    query: '예측 결과를 네 칸 표로 정리한 것',
    expect: '혼동 행렬(Confusion Matrix)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '지도 학습 비지도 학습 차이',
    expect: ['지도 학습(Supervised Learning)', '비지도 학습(Unsupervised Lerning)'],
    category: 'comparison',
    compare: ['지도 학습(Supervised Learning)', '비지도 학습(Unsupervised Lerning)'],
  },
  {
    query: '과적합이랑 과소적합 차이가 뭐야',
    expect: ['과적합(Overfitting)', '과소적합(Underfitting)'],
    category: 'comparison',
    compare: ['과적합(Overfitting)', '과소적합(Underfitting)'],
  },
  {
    query: 'precision vs recall',
    expect: ['정밀도(Precision)', '재현율(Recall)'],
    category: 'comparison',
    compare: ['정밀도(Precision)', '재현율(Recall)'],
  },
  {
    query: 'L1 L2 규제 차이',
    expect: ['L1 규제(Lasso)', 'L2 규제(Ridge)'],
    category: 'comparison',
    compare: ['L1 규제(Lasso)', 'L2 규제(Ridge)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 높이', expect: null, category: 'miss' },
  { query: '세종대왕 업적 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: '나이브 베이즈 분류기 원리', expect: null, category: 'miss-shared' },
  { query: 'Adam 옵티마이저 모멘텀 설정', expect: null, category: 'miss-shared' },
  { query: '결정 트리 지니 불순도 계산', expect: null, category: 'miss-shared' },
  { query: 'CNN 합성곱 신경망 학습', expect: null, category: 'miss-shared' },
];
