import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '가우시안 블러', expect: '가우시안 블러(Gaussian Blur)', category: 'plain' },
  { query: '특징점 검출', expect: '특징점 검출(Feature Detection)', category: 'plain' },
  { query: '바운딩 박스', expect: '바운딩 박스와 IoU', category: 'plain' },
  { query: '이미지 분류', expect: '이미지 분류(Image Classification)', category: 'plain' },

  // particles
  { query: '전이 학습이 뭐야', expect: '전이 학습(Transfer Learning)', category: 'particles' },
  { query: '풀링이란', expect: '풀링(Pooling)', category: 'particles' },
  { query: 'ResNet은 뭐임', expect: 'ResNet', category: 'particles' },
  { query: '데이터 증강이 뭐야', expect: '데이터 증강(Data Augmentation)', category: 'particles' },
  { query: '활성화 함수란', expect: '활성화 함수(ReLU)', category: 'particles' },

  // question
  {
    query: 'OpenCV로 읽은 사진 matplotlib로 띄우면 색이 이상해요',
    expect: 'RGB 모델',
    category: 'question',
  },
  {
    query: '합성곱 지나고 출력 크기 어떻게 계산해',
    expect: '패딩과 스트라이드(Padding & Stide)',
    category: 'question',
  },
  { query: '같은 물체에 박스가 여러 개 겹쳐서 나와요', expect: '비최대 억제', category: 'question' },
  {
    query: '이미지넷으로 학습된 모델을 내 데이터에 맞게 쓰려면 어떻게 해',
    expect: '전이 학습(Transfer Learning)',
    category: 'question',
  },
  {
    query: 'PyTorch에 이미지 넣을 때 채널 순서 왜 바꿔야 돼',
    expect: '이미지 텐서 표현(Image Tensor)',
    category: 'question',
  },
  {
    query: '그림자 진 문서를 흑백으로 바꾸면 일부가 통째로 날아가요',
    expect: '이진화와 임계값',
    category: 'question',
  },
  {
    query: '사진 노이즈 없애려면 뭐 먼저 적용해',
    expect: '가우시안 블러(Gaussian Blur)',
    category: 'question',
  },
  { query: '층을 깊게 쌓았더니 오히려 성능이 떨어져요', expect: 'ResNet', category: 'question' },
  {
    query: '역광 사진 어둡게 나온 거 대비 높이려면 어떻게 해',
    expect: '히스토그램 평활화',
    category: 'question',
  },
  { query: '빨간 물체만 골라내려면 어떤 색 표현 써야 돼', expect: 'HSV 모델', category: 'question' },

  // spacing
  { query: '엣지검출', expect: '엣지 검출(Edge Detection)', category: 'spacing' },
  { query: '합성곱층', expect: '합성곱 층(Convolutional Layer)', category: 'spacing' },
  { query: '이미지분할', expect: '이미지 분할', category: 'spacing' },
  { query: '비최대억제', expect: '비최대 억제', category: 'spacing' },

  // typo-query
  { query: '가우시언 블러', expect: '가우시안 블러(Gaussian Blur)', category: 'typo-query' },
  { query: '패딩과 스트라이트', expect: '패딩과 스트라이드(Padding & Stide)', category: 'typo-query' },
  { query: 'resnte', expect: 'ResNet', category: 'typo-query' },
  { query: '히스토그램 평할화', expect: '히스토그램 평활화', category: 'typo-query' },
  { query: '특징점 겸출', expect: '특징점 검출(Feature Detection)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'color space', expect: '색 공간(Color Sapce)', category: 'typo-notes' },
  { query: 'padding and stride', expect: '패딩과 스트라이드(Padding & Stide)', category: 'typo-notes' },
  { query: 'object detection', expect: '객체 탐지(Object Detecton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vnffld', expect: '풀링(Pooling)', category: 'keyboard' },
  { query: 'wjsdl gkrtmq', expect: '전이 학습(Transfer Learning)', category: 'keyboard' },
  { query: 'dptwl rjacnf', expect: '엣지 검출(Edge Detection)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅇㅅㅇㅂㄹ', expect: '가우시안 블러(Gaussian Blur)', category: 'choseong' },
  { query: 'ㅂㅊㄷㅇㅈ', expect: '비최대 억제', category: 'choseong' },
  { query: 'ㄷㅇㅌㅈㄱ', expect: '데이터 증강(Data Augmentation)', category: 'choseong' },

  // english-glossary
  { query: 'histogram equalization', expect: '히스토그램 평활화', category: 'english-glossary' },
  { query: 'image thresholding', expect: '이진화와 임계값', category: 'english-glossary' },
  { query: 'non-maximum suppression', expect: '비최대 억제', category: 'english-glossary' },
  { query: 'image segmentation', expect: '이미지 분할', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does a CNN learn its filters automatically',
    expect: '합성곱 층(Convolutional Layer)',
    category: 'english',
  },
  { query: 'real-time single shot detector grid', expect: 'YOLO', category: 'english' },
  { query: 'why use ReLU instead of sigmoid', expect: '활성화 함수(ReLU)', category: 'english' },
  {
    query: 'find corners and match keypoints between two photos',
    expect: '특징점 검출(Feature Detection)',
    category: 'english',
  },
  {
    query: 'randomly flip and rotate training images',
    expect: '데이터 증강(Data Augmentation)',
    category: 'english',
  },

  // paraphrase
  { query: '픽셀마다 무슨 물체인지 칠해주는 작업', expect: '이미지 분할', category: 'paraphrase' },
  {
    query: '윤곽선을 얇고 깔끔하게 뽑아주는 여러 단계 알고리즘',
    expect: '캐니 엣지 검출기(Canny)',
    category: 'paraphrase',
  },
  {
    query: '작은 숫자 격자를 사진 위로 밀면서 곱하고 더하는 것',
    expect: '필터링과 커널(Kernel)',
    category: 'paraphrase',
  },
  {
    query: '사진 속 여러 물건의 종류랑 위치를 같이 찾기',
    expect: '객체 탐지(Object Detecton)',
    category: 'paraphrase',
  },
  { query: '2012년 대회에서 딥러닝 붐을 일으킨 모델', expect: 'AlexNet', category: 'paraphrase' },
  {
    query: '사진 한 장 보고 고양이인지 개인지 맞히기',
    expect: '이미지 분류(Image Classification)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '소벨 필터랑 캐니 차이',
    expect: ['소벨 필터(Sobel Filter)', '캐니 엣지 검출기(Canny)'],
    category: 'comparison',
    compare: ['소벨 필터(Sobel Filter)', '캐니 엣지 검출기(Canny)'],
  },
  {
    query: 'RGB vs HSV',
    expect: ['RGB 모델', 'HSV 모델'],
    category: 'comparison',
    compare: ['RGB 모델', 'HSV 모델'],
  },
  {
    query: 'R-CNN이랑 YOLO 뭐가 달라',
    expect: ['R-CNN 계열', 'YOLO'],
    category: 'comparison',
    compare: ['R-CNN 계열', 'YOLO'],
  },
  {
    query: '이미지 분류와 객체 탐지 차이',
    expect: ['이미지 분류(Image Classification)', '객체 탐지(Object Detecton)'],
    category: 'comparison',
    compare: ['이미지 분류(Image Classification)', '객체 탐지(Object Detecton)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '바이올린 비브라토 연습', expect: null, category: 'miss' },
  { query: '미적분 부분적분 공식', expect: null, category: 'miss' },

  // miss-shared
  { query: '이미지 캡셔닝 트랜스포머 모델', expect: null, category: 'miss-shared' },
  { query: 'GAN으로 가짜 이미지 생성하기', expect: null, category: 'miss-shared' },
  { query: 'OCR 문자 인식 정확도 높이기', expect: null, category: 'miss-shared' },
  { query: '라이다 포인트 클라우드 3D 인식', expect: null, category: 'miss-shared' },
];
