import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '깃 플로우', expect: '깃 플로우(Git Flow)', category: 'plain' },
  { query: '코드 오너', expect: '코드 오너(CODEOWNERS)', category: 'plain' },
  { query: '기술 부채', expect: '기술 부채 관리', category: 'plain' },
  { query: '페어 프로그래밍', expect: '페어 프로그래밍(Pair Programming)', category: 'plain' },

  // particles
  { query: '풀 리퀘스트가 뭐야', expect: '풀 리퀘스트(Pull Requst)', category: 'particles' },
  { query: '브랜치 보호 규칙이란', expect: '브랜치 보호 규칙(Branch Protection)', category: 'particles' },
  {
    query: '커밋 메시지 규칙은 어떻게 써',
    expect: '커밋 메시지 규칙(Conventional Commits)',
    category: 'particles',
  },
  { query: '심리적 안전감이 뭐임', expect: '심리적 안전감', category: 'particles' },
  { query: '린터랑 포매터는 뭐야', expect: '린터와 포매터(Linter & Formatter)', category: 'particles' },

  // question
  { query: 'PR이 너무 커서 리뷰가 잘 안 돼요', expect: '작은 PR 원칙(Small PR)', category: 'question' },
  {
    query: '리뷰 코멘트 상대 기분 안 나쁘게 남기려면 어떻게 해',
    expect: '코멘트 작성법(Comment Writing)',
    category: 'question',
  },
  { query: 'nit 이라고 쓰는 거 무슨 뜻이야', expect: 'Nit 코멘트', category: 'question' },
  {
    query: '이미 push 한 브랜치 rebase 하면 왜 안 돼',
    expect: '리베이스 머지(Rebase Merge)',
    category: 'question',
  },
  {
    query: 'main에 직접 push 못하게 막으려면',
    expect: '브랜치 보호 규칙(Branch Protection)',
    category: 'question',
  },
  {
    query: '<<<<<<< 이런 표시 뜨면 어떻게 해',
    expect: '머지 충돌 해결(Merge Conflict)',
    category: 'question',
  },
  {
    query: '결제 폴더 코드 바뀌면 자동으로 담당자 리뷰어 붙게 하려면',
    expect: '코드 오너(CODEOWNERS)',
    category: 'question',
  },
  { query: 'LGTM 무슨 뜻이야', expect: '승인(Approve)', category: 'question' },
  { query: '리뷰 요청했는데 답이 너무 늦게 와요', expect: '리뷰 응답 시간', category: 'question' },
  { query: '장애 났을 때 회고 어떻게 해야 돼', expect: '비난 없는 회고', category: 'question' },

  // spacing
  { query: '커밋메시지규칙', expect: '커밋 메시지 규칙(Conventional Commits)', category: 'spacing' },
  { query: '트렁크기반개발', expect: '트렁크 기반 개발(Trunk-Based Developmnt)', category: 'spacing' },
  { query: '리뷰체크리스트', expect: '리뷰 체크리스트(Review Checklist)', category: 'spacing' },
  { query: '지속적통합', expect: '지속적 통합(Continous Integration)', category: 'spacing' },

  // typo-query
  { query: '폴 리퀘스트', expect: '풀 리퀘스트(Pull Requst)', category: 'typo-query' },
  { query: '스쿼시 머쥐', expect: '스쿼시 머지(Squash Merge)', category: 'typo-query' },
  { query: '페어 프로그레밍', expect: '페어 프로그래밍(Pair Programming)', category: 'typo-query' },
  { query: '심리적 안정감', expect: '심리적 안전감', category: 'typo-query' },
  { query: 'comventional commits', expect: '커밋 메시지 규칙(Conventional Commits)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'pull request', expect: '풀 리퀘스트(Pull Requst)', category: 'typo-notes' },
  {
    query: 'trunk-based development',
    expect: '트렁크 기반 개발(Trunk-Based Developmnt)',
    category: 'typo-notes',
  },
  { query: 'continuous integration', expect: '지속적 통합(Continous Integration)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tmznjtl', expect: '스쿼시 머지(Squash Merge)', category: 'keyboard' },
  { query: 'flsxj', expect: '린터와 포매터(Linter & Formatter)', category: 'keyboard' },
  { query: 'ghlrh', expect: '비난 없는 회고', category: 'keyboard' },

  // choseong
  { query: 'ㅍ ㄹㅋㅅㅌ', expect: '풀 리퀘스트(Pull Requst)', category: 'choseong' },
  { query: 'ㅅㄹㅈ ㅇㅈㄱ', expect: '심리적 안전감', category: 'choseong' },
  { query: 'ㅁㅈ ㅊㄷ', expect: '머지 충돌 해결(Merge Conflict)', category: 'choseong' },

  // english-glossary
  { query: 'psychological safety', expect: '심리적 안전감', category: 'english-glossary' },
  { query: 'blameless postmortem', expect: '비난 없는 회고', category: 'english-glossary' },
  { query: 'technical debt', expect: '기술 부채 관리', category: 'english-glossary' },
  { query: 'code review turnaround time', expect: '리뷰 응답 시간', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'what to write in a PR description', expect: '풀 리퀘스트(Pull Requst)', category: 'english' },
  {
    query: 'how many lines of code per review is too many',
    expect: '작은 PR 원칙(Small PR)',
    category: 'english',
  },
  {
    query: 'combine all commits of a branch into one on main',
    expect: '스쿼시 머지(Squash Merge)',
    category: 'english',
  },
  {
    query: 'run ESLint and Prettier automatically before each commit',
    expect: '린터와 포매터(Linter & Formatter)',
    category: 'english',
  },
  { query: 'document why we chose a database', expect: '설계 결정 기록(ADR)', category: 'english' },

  // paraphrase
  {
    query: '두 사람이 한 화면 보면서 같이 짜는 방식',
    expect: '페어 프로그래밍(Pair Programming)',
    category: 'paraphrase',
  },
  {
    query: '급하게 대충 만든 코드 때문에 나중에 치르는 비용',
    expect: '기술 부채 관리',
    category: 'paraphrase',
  },
  {
    query: '팀에서 모르는 거 물어봐도 무시당하지 않는 분위기',
    expect: '심리적 안전감',
    category: 'paraphrase',
  },
  {
    query: '모든 개발자가 메인 줄기 하나에 하루에도 여러 번 합치는 방식',
    expect: '트렁크 기반 개발(Trunk-Based Developmnt)',
    category: 'paraphrase',
  },
  {
    query: '올릴 때마다 빌드랑 테스트를 자동으로 돌려주는 것',
    expect: '지속적 통합(Continous Integration)',
    category: 'paraphrase',
  },
  {
    query: 'feat fix 같은 말머리 붙여서 변경 이력 남기는 약속',
    expect: '커밋 메시지 규칙(Conventional Commits)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '깃 플로우 vs 트렁크 기반 개발',
    expect: ['깃 플로우(Git Flow)', '트렁크 기반 개발(Trunk-Based Developmnt)'],
    category: 'comparison',
    compare: ['깃 플로우(Git Flow)', '트렁크 기반 개발(Trunk-Based Developmnt)'],
  },
  {
    query: 'approve랑 request changes 차이',
    expect: ['승인(Approve)', '변경 요청(Request Changes)'],
    category: 'comparison',
    compare: ['승인(Approve)', '변경 요청(Request Changes)'],
  },
  {
    query: '스쿼시 머지랑 리베이스 머지 차이가 뭐야',
    expect: ['스쿼시 머지(Squash Merge)', '리베이스 머지(Rebase Merge)'],
    category: 'comparison',
    compare: ['스쿼시 머지(Squash Merge)', '리베이스 머지(Rebase Merge)'],
  },
  {
    query: 'nit 코멘트 블로킹 코멘트 차이',
    expect: ['Nit 코멘트', '블로킹 코멘트'],
    category: 'comparison',
    compare: ['Nit 코멘트', '블로킹 코멘트'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 자세', expect: null, category: 'miss' },
  { query: '임진왜란 한산도 대첩', expect: null, category: 'miss' },

  // miss-shared
  { query: '스크럼 데일리 스탠드업 진행 방법', expect: null, category: 'miss-shared' },
  { query: '깃 서브모듈 추가하는 법', expect: null, category: 'miss-shared' },
  { query: '테스트 커버리지 80% 맞추기', expect: null, category: 'miss-shared' },
  { query: '깃허브 이슈 라벨로 마일스톤 관리', expect: null, category: 'miss-shared' },
];
