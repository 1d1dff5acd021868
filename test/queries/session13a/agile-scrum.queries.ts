import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스프린트', expect: '스프린트(Sprint)', category: 'plain' },
  { query: '플래닝 포커', expect: '플래닝 포커(Planning Poker)', category: 'plain' },
  { query: '번다운 차트', expect: '번다운 차트(Burndown Chart)', category: 'plain' },
  { query: '사용자 스토리', expect: '사용자 스토리(User Story)', category: 'plain' },

  // particles
  { query: '스크럼 마스터가 뭐야', expect: '스크럼 마스터(Scrum Master)', category: 'particles' },
  { query: '제품 백로그란', expect: '제품 백로그(Product Backlog)', category: 'particles' },
  { query: '완료의 정의는 뭐임', expect: '완료의 정의(Definition of Done)', category: 'particles' },
  { query: '칸반 보드가 뭐야', expect: '칸반 보드(Kanban Board)', category: 'particles' },
  { query: '애자일 선언문이란', expect: '애자일 선언문(Agile Manifesto)', category: 'particles' },

  // question
  {
    query: '스토리 포인트 왜 시간으로 안 하고 숫자로 해',
    expect: '스토리 포인트(Story Points)',
    category: 'question',
  },
  {
    query: '아침 회의가 자꾸 30분씩 넘어가는데 어떻게 해',
    expect: '데일리 스탠드업(Daily Standup)',
    category: 'question',
  },
  {
    query: '스프린트 도중에 급한 요구사항 들어오면 받아야 돼?',
    expect: '스프린트(Sprint)',
    category: 'question',
  },
  {
    query: '추정할 때 다들 목소리 큰 사람 숫자 따라가는 거 막으려면',
    expect: '플래닝 포커(Planning Poker)',
    category: 'question',
  },
  {
    query: '차트 선이 이상적인 선보다 위에 있으면 무슨 뜻이야',
    expect: '번다운 차트(Burndown Chart)',
    category: 'question',
  },
  {
    query: '지난 스프린트들 끝낸 포인트 평균 어떻게 내',
    expect: '팀 속도',
    category: 'question',
  },
  { query: '백로그 우선순위는 누가 정해', expect: '제품 책임자(Product Owner)', category: 'question' },
  {
    query: '돌아보기 회의 때 맨날 같은 얘기만 나와요',
    expect: '회고(Retrospectve)',
    category: 'question',
  },
  {
    query: '칸반에서 진행 중 카드가 너무 쌓여서 일이 안 끝나요',
    expect: '진행 중 작업 제한',
    category: 'question',
  },
  {
    query: '애자일이면 문서 하나도 안 써도 돼?',
    expect: '애자일 선언문(Agile Manifesto)',
    category: 'question',
  },

  // spacing
  { query: '데일리스탠드업', expect: '데일리 스탠드업(Daily Standup)', category: 'spacing' },
  { query: '스프린트백로그', expect: '스프린트 백로그(Sprint Backlog)', category: 'spacing' },
  { query: '완료의정의', expect: '완료의 정의(Definition of Done)', category: 'spacing' },
  { query: '스토리포인트', expect: '스토리 포인트(Story Points)', category: 'spacing' },

  // typo-query
  { query: '스프린뜨', expect: '스프린트(Sprint)', category: 'typo-query' },
  { query: '제품 백러그', expect: '제품 백로그(Product Backlog)', category: 'typo-query' },
  { query: '칸밤 보드', expect: '칸반 보드(Kanban Board)', category: 'typo-query' },
  { query: '스크럼 마스타', expect: '스크럼 마스터(Scrum Master)', category: 'typo-query' },
  { query: 'burndwon chart', expect: '번다운 차트(Burndown Chart)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'sprint review', expect: '스프린트 리뷰(Sprint Reveiw)', category: 'typo-notes' },
  { query: 'retrospective', expect: '회고(Retrospectve)', category: 'typo-notes' },
  { query: 'acceptance criteria', expect: '인수 조건(Acceptence Criteria)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'ghlrh', expect: '회고(Retrospectve)', category: 'keyboard' },
  { query: 'tmvmflsxm', expect: '스프린트(Sprint)', category: 'keyboard' },
  { query: 'zksqks qhem', expect: '칸반 보드(Kanban Board)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㄷㅇ ㅊㅌ', expect: '번다운 차트(Burndown Chart)', category: 'choseong' },
  { query: 'ㅅㅌㄹ ㅍㅇㅌ', expect: '스토리 포인트(Story Points)', category: 'choseong' },
  { query: 'ㅅㅍㄹㅌ ㄹㅂ', expect: '스프린트 리뷰(Sprint Reveiw)', category: 'choseong' },

  // english-glossary
  { query: 'velocity', expect: '팀 속도', category: 'english-glossary' },
  { query: 'WIP limit', expect: '진행 중 작업 제한', category: 'english-glossary' },
  { query: 'pair programming', expect: '짝 프로그래밍', category: 'english-glossary' },
  { query: 'technical debt', expect: '기술 부채', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'user story format as a role I want so that',
    expect: '사용자 스토리(User Story)',
    category: 'english',
  },
  {
    query: 'estimate effort with fibonacci numbers',
    expect: '스토리 포인트(Story Points)',
    category: 'english',
  },
  {
    query: 'team checklist every item must pass before it counts as finished',
    expect: '완료의 정의(Definition of Done)',
    category: 'english',
  },
  {
    query: 'meeting to demo the increment to stakeholders',
    expect: '스프린트 리뷰(Sprint Reveiw)',
    category: 'english',
  },
  {
    query: 'why does the sequential model fail when requirements change late',
    expect: '워터폴 모델(Waterfall Model)',
    category: 'english',
  },

  // paraphrase
  {
    query: '한 번에 다 만들지 않고 조금씩 기능 붙여가며 여러 번 내놓는 방식',
    expect: '반복과 점진 개발(Iterative Development)',
    category: 'paraphrase',
  },
  { query: '두 사람이 컴퓨터 한 대로 같이 코드 짜기', expect: '짝 프로그래밍', category: 'paraphrase' },
  {
    query: '실패하는 검사 코드부터 먼저 짜고 그걸 통과시키는 식으로 구현',
    expect: '테스트 주도 개발',
    category: 'paraphrase',
  },
  {
    query: '도요타 공장에서 나온 일의 흐름 눈으로 보이게 하는 방법',
    expect: '칸반 보드(Kanban Board)',
    category: 'paraphrase',
  },
  {
    query: '남은 일이 날짜마다 얼마나 줄어드는지 보여주는 그래프',
    expect: '번다운 차트(Burndown Chart)',
    category: 'paraphrase',
  },
  {
    query: '앞 단계 끝나야 다음 단계로 넘어가는 옛날 개발 순서',
    expect: '워터폴 모델(Waterfall Model)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '제품 백로그랑 스프린트 백로그 차이',
    expect: ['제품 백로그(Product Backlog)', '스프린트 백로그(Sprint Backlog)'],
    category: 'comparison',
    compare: ['제품 백로그(Product Backlog)', '스프린트 백로그(Sprint Backlog)'],
  },
  {
    query: '스프린트 리뷰 vs 회고',
    expect: ['스프린트 리뷰(Sprint Reveiw)', '회고(Retrospectve)'],
    category: 'comparison',
    compare: ['스프린트 리뷰(Sprint Reveiw)', '회고(Retrospectve)'],
  },
  {
    query: 'PO랑 스크럼 마스터 역할 차이',
    expect: ['제품 책임자(Product Owner)', '스크럼 마스터(Scrum Master)'],
    category: 'comparison',
    compare: ['제품 책임자(Product Owner)', '스크럼 마스터(Scrum Master)'],
  },
  {
    query: '스크럼이랑 칸반 뭐가 달라',
    expect: ['스크럼 개요(Scrum Overview)', '칸반 보드(Kanban Board)'],
    category: 'comparison',
    compare: ['스크럼 개요(Scrum Overview)', '칸반 보드(Kanban Board)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 레이업 슛 자세', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Jira 이슈 워크플로 설정하는 법', expect: null, category: 'miss-shared' },
  { query: 'SAFe 대규모 애자일 확장 프레임워크', expect: null, category: 'miss-shared' },
  { query: 'OKR 핵심 결과 목표 세우는 법', expect: null, category: 'miss-shared' },
  { query: '린 스타트업 MVP 가설 검증', expect: null, category: 'miss-shared' },
];
