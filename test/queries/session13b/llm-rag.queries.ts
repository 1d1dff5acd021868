import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '임베딩', expect: '임베딩(Embedding)', category: 'plain' },
  { query: '청킹', expect: '청킹(Chunking)', category: 'plain' },
  { query: '리랭킹', expect: '리랭킹(Reranking)', category: 'plain' },
  { query: '시스템 프롬프트', expect: '시스템 프롬프트(System Prompt)', category: 'plain' },

  // particles
  { query: '환각이 뭐야', expect: '환각(Hallucination)', category: 'particles' },
  { query: '벡터 데이터베이스란', expect: '벡터 데이터베이스(Vector Database)', category: 'particles' },
  { query: '컨텍스트 윈도우는 뭐임', expect: '컨텍스트 윈도우(Context Window)', category: 'particles' },
  { query: '하이브리드 검색이란', expect: '하이브리드 검색(Hybrid Search)', category: 'particles' },
  { query: '파인튜닝을 하는 이유', expect: '파인튜닝(Fine-tuning)', category: 'particles' },

  // question
  { query: '한국어로 쓰면 왜 API 요금이 더 나와', expect: '토큰화(Tokenizaton)', category: 'question' },
  {
    query: '긴 PDF를 통째로 넣었더니 앞부분이 잘려요',
    expect: '컨텍스트 윈도우(Context Window)',
    category: 'question',
  },
  {
    query: '같은 질문인데 답이 매번 달라지는 거 고정하려면 어떻게 해',
    expect: '온도(Temperature)',
    category: 'question',
  },
  { query: '문서 자를 때 몇 토큰 단위로 잘라야 돼', expect: '청킹(Chunking)', category: 'question' },
  { query: '없는 논문을 있는 것처럼 지어내요 왜 그래', expect: '환각(Hallucination)', category: 'question' },
  {
    query: '에러 코드나 제품 번호는 벡터로 찾으면 왜 잘 안 나와',
    expect: '희소 검색(Sparse Retrieval)',
    category: 'question',
  },
  {
    query: '검색된 웹페이지 안에 숨겨진 명령 때문에 챗봇이 이상한 말을 해요',
    expect: '프롬프트 인젝션(Prompt Injecton)',
    category: 'question',
  },
  {
    query: '모델 답변을 JSON으로 받아서 바로 파싱하려면',
    expect: '구조화된 출력(Structured Output)',
    category: 'question',
  },
  {
    query: '작년 이후 일어난 일을 물어보면 모른다고 해요',
    expect: '지식 마감 시점',
    category: 'question',
  },
  {
    query: '수학 문제 정답률 올리려면 프롬프트 어떻게 써',
    expect: '사고의 사슬(Chain-of-Thougth)',
    category: 'question',
  },

  // spacing
  { query: '벡터데이터베이스', expect: '벡터 데이터베이스(Vector Database)', category: 'spacing' },
  { query: '검색증강생성', expect: '검색 증강 생성(Retrieval-Augmented Generation)', category: 'spacing' },
  { query: '코사인유사도', expect: '코사인 유사도', category: 'spacing' },
  { query: '구조화 된 출 력', expect: '구조화된 출력(Structured Output)', category: 'spacing' },

  // typo-query
  { query: '임배딩', expect: '임베딩(Embedding)', category: 'typo-query' },
  { query: '할루시네이숀', expect: '환각(Hallucination)', category: 'typo-query' },
  { query: 'rerankng', expect: '리랭킹(Reranking)', category: 'typo-query' },
  { query: '컨텍스트 윈두우', expect: '컨텍스트 윈도우(Context Window)', category: 'typo-query' },
  { query: '파인튜님', expect: '파인튜닝(Fine-tuning)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'tokenization', expect: '토큰화(Tokenizaton)', category: 'typo-notes' },
  { query: 'chain of thought', expect: '사고의 사슬(Chain-of-Thougth)', category: 'typo-notes' },
  { query: 'prompt injection', expect: '프롬프트 인젝션(Prompt Injecton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'dlaqpeld', expect: '임베딩(Embedding)', category: 'keyboard' },
  { query: 'ghksrkr', expect: '환각(Hallucination)', category: 'keyboard' },
  { query: 'flfodzld', expect: '리랭킹(Reranking)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅌ ㄷㅇㅌㅂㅇㅅ', expect: '벡터 데이터베이스(Vector Database)', category: 'choseong' },
  { query: 'ㅍㅇㅌㄴ', expect: '파인튜닝(Fine-tuning)', category: 'choseong' },
  { query: 'ㅋㅌㅅㅌ ㅇㄷㅇ', expect: '컨텍스트 윈도우(Context Window)', category: 'choseong' },

  // english-glossary (the notes use only the Korean term)
  { query: 'self attention', expect: '셀프 어텐션', category: 'english-glossary' },
  { query: 'cosine similarity', expect: '코사인 유사도', category: 'english-glossary' },
  { query: 'approximate nearest neighbor', expect: '근사 최근접 이웃 검색', category: 'english-glossary' },
  { query: 'knowledge cutoff', expect: '지식 마감 시점', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does byte pair encoding split text',
    expect: '토큰화(Tokenizaton)',
    category: 'english',
  },
  {
    query: 'merge keyword and vector scores with reciprocal rank fusion',
    expect: '하이브리드 검색(Hybrid Search)',
    category: 'english',
  },
  {
    query: 'train small adapter matrices instead of all weights',
    expect: '저랭크 어댑터(LoRA)',
    category: 'english',
  },
  {
    query: 'reward model trained on human preference rankings',
    expect: '인간 피드백 강화학습(RLHF)',
    category: 'english',
  },
  {
    query: 'cross encoder to rescore retrieved candidates',
    expect: '리랭킹(Reranking)',
    category: 'english',
  },

  // paraphrase
  {
    query: '질문 받으면 관련 자료부터 찾아서 그걸 보고 답하게 만드는 구조',
    expect: '검색 증강 생성(Retrieval-Augmented Generation)',
    category: 'paraphrase',
  },
  {
    query: '문장을 뜻이 담긴 숫자 배열로 바꾸는 것',
    expect: '임베딩(Embedding)',
    category: 'paraphrase',
  },
  {
    query: '누적 확률이 일정 값 될 때까지의 후보 안에서만 다음 단어 고르기',
    expect: 'Top-p 샘플링(Nucleus Sampling)',
    category: 'paraphrase',
  },
  {
    query: '그럴듯하지만 사실이 아닌 내용을 자신있게 말하는 현상',
    expect: '환각(Hallucination)',
    category: 'paraphrase',
  },
  {
    query: '대화 맨 앞에 역할이랑 규칙을 정해 두는 지시문',
    expect: '시스템 프롬프트(System Prompt)',
    category: 'paraphrase',
  },
  {
    query: '사람이 더 나은 답을 골라 주면 그걸 보상 삼아 모델을 길들이는 방법',
    expect: '인간 피드백 강화학습(RLHF)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '제로샷 퓨샷 차이',
    expect: ['제로샷 프롬프팅(Zero-shot)', '퓨샷 프롬프팅(Few-shot)'],
    category: 'comparison',
    compare: ['제로샷 프롬프팅(Zero-shot)', '퓨샷 프롬프팅(Few-shot)'],
  },
  {
    query: 'BM25 키워드 검색이랑 벡터 검색 차이가 뭐야',
    expect: ['희소 검색(Sparse Retrieval)', '밀집 검색(Dense Retrieval)'],
    category: 'comparison',
    compare: ['희소 검색(Sparse Retrieval)', '밀집 검색(Dense Retrieval)'],
  },
  {
    query: 'RAG vs 파인튜닝 언제 뭐 써',
    expect: ['검색 증강 생성(Retrieval-Augmented Generation)', '파인튜닝(Fine-tuning)'],
    category: 'comparison',
    compare: ['검색 증강 생성(Retrieval-Augmented Generation)', '파인튜닝(Fine-tuning)'],
  },
  {
    query: 'temperature랑 top-p 뭐가 달라',
    expect: ['온도(Temperature)', 'Top-p 샘플링(Nucleus Sampling)'],
    category: 'comparison',
    compare: ['온도(Temperature)', 'Top-p 샘플링(Nucleus Sampling)'],
  },

  // miss
  { query: '김장 김치 양념 비율', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 자세', expect: null, category: 'miss' },
  { query: '임진왜란 한산도 대첩', expect: null, category: 'miss' },

  // miss-shared
  { query: '디퓨전 모델로 이미지 생성하기', expect: null, category: 'miss-shared' },
  { query: 'Whisper 음성 인식 모델 사용법', expect: null, category: 'miss-shared' },
  { query: '모델 양자화 GGUF 4비트 변환', expect: null, category: 'miss-shared' },
  { query: '협업 필터링 추천 시스템 유사도', expect: null, category: 'miss-shared' },
];
