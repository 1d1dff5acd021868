import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '체리픽', expect: '체리픽(Cherry-pick)', category: 'plain' },
  { query: '브랜치 이름 규칙', expect: '브랜치 이름 규칙', category: 'plain' },
  { query: '코드 리뷰', expect: '코드 리뷰(Code Review)', category: 'plain' },
  { query: '되돌리기', expect: '되돌리기(Revert)', category: 'plain' },

  // particles
  { query: '깃 플로우가 뭐야', expect: '깃 플로우(Git Flow)', category: 'particles' },
  { query: '스쿼시 병합이란', expect: '스쿼시 병합(Squash Merge)', category: 'particles' },
  { query: '기능 플래그는 뭐임', expect: '기능 플래그', category: 'particles' },
  {
    query: '트렁크 기반 개발이 뭐야',
    expect: '트렁크 기반 개발(Trunk-Based Developmnet)',
    category: 'particles',
  },
  { query: '원격 추적 브랜치란', expect: '원격 추적 브랜치', category: 'particles' },

  // question
  { query: '이미 push 한 브랜치 rebase 해도 돼?', expect: '리베이스(Rebase)', category: 'question' },
  { query: '운영 중에 급한 버그 생기면 어느 브랜치에서 고쳐', expect: 'hotfix 브랜치', category: 'question' },
  { query: 'git fetch랑 pull 뭐가 달라', expect: '원격 추적 브랜치', category: 'question' },
  {
    query: '<<<<<<< HEAD 이런 표시가 파일에 생겼어요',
    expect: '충돌 해결(Merge Conflict)',
    category: 'question',
  },
  { query: 'main에 직접 push 못 하게 막으려면 어떻게 해', expect: '브랜치 보호 규칙', category: 'question' },
  {
    query: '커밋 3개를 하나로 합치고 메시지도 고치려면',
    expect: '대화형 리베이스(Interactve Rebase)',
    category: 'question',
  },
  { query: '이미 push한 커밋 취소하려면 어떻게 해', expect: '되돌리기(Revert)', category: 'question' },
  { query: '태그 만들었는데 원격 저장소에 안 올라가요', expect: '태그(Tag)', category: 'question' },
  {
    query: '커밋 해시로 checkout 했더니 detached HEAD 라고 떠요',
    expect: 'HEAD와 브랜치 전환(Switch)',
    category: 'question',
  },
  { query: '다른 브랜치 커밋 하나만 가져오려면', expect: '체리픽(Cherry-pick)', category: 'question' },

  // spacing
  { query: '기능브랜치', expect: '기능 브랜치(Feature Branch)', category: 'spacing' },
  { query: '깃허브플로우', expect: '깃허브 플로우(GitHub Flow)', category: 'spacing' },
  { query: '브랜치보호규칙', expect: '브랜치 보호 규칙', category: 'spacing' },
  { query: '풀리퀘스트', expect: '풀 리퀘스트(Pull Requst)', category: 'spacing' },

  // typo-query
  { query: '리베이즈', expect: '리베이스(Rebase)', category: 'typo-query' },
  { query: '체리핔', expect: '체리픽(Cherry-pick)', category: 'typo-query' },
  { query: '스쿼시 벙합', expect: '스쿼시 병합(Squash Merge)', category: 'typo-query' },
  { query: '유의적 버젼', expect: '유의적 버전', category: 'typo-query' },
  { query: 'gti flow', expect: '깃 플로우(Git Flow)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'trunk-based development',
    expect: '트렁크 기반 개발(Trunk-Based Developmnet)',
    category: 'typo-notes',
  },
  { query: 'interactive rebase', expect: '대화형 리베이스(Interactve Rebase)', category: 'typo-notes' },
  { query: 'pull request', expect: '풀 리퀘스트(Pull Requst)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qmfoscl', expect: '브랜치(Branch)', category: 'keyboard' },
  { query: 'flqpdltm', expect: '리베이스(Rebase)', category: 'keyboard' },
  { query: 'cpflvlr', expect: '체리픽(Cherry-pick)', category: 'keyboard' },

  // choseong
  { query: 'ㅊㄷㅎㄱ', expect: '충돌 해결(Merge Conflict)', category: 'choseong' },
  { query: 'ㄱㄴㅍㄹㄱ', expect: '기능 플래그', category: 'choseong' },
  { query: 'ㅅㅋㅅㅂㅎ', expect: '스쿼시 병합(Squash Merge)', category: 'choseong' },

  // english-glossary
  { query: 'remote tracking branch', expect: '원격 추적 브랜치', category: 'english-glossary' },
  { query: 'feature flag', expect: '기능 플래그', category: 'english-glossary' },
  { query: 'branch protection rules', expect: '브랜치 보호 규칙', category: 'english-glossary' },
  { query: 'semantic versioning', expect: '유의적 버전', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how to resolve merge conflicts', expect: '충돌 해결(Merge Conflict)', category: 'english' },
  { query: 'move my commits on top of the latest main', expect: '리베이스(Rebase)', category: 'english' },
  {
    query: 'combine all commits of a branch into one commit on main',
    expect: '스쿼시 병합(Squash Merge)',
    category: 'english',
  },
  { query: 'undo a pushed commit safely with a new commit', expect: '되돌리기(Revert)', category: 'english' },
  { query: 'publish release notes and binaries from a tag', expect: '릴리스(Release)', category: 'english' },

  // paraphrase
  {
    query: '커밋 역사를 그대로 두고 두 갈래를 합치는 기본 방법',
    expect: '머지(Merge)',
    category: 'paraphrase',
  },
  { query: '한 번 붙이면 안 움직이는 커밋 이름표', expect: '태그(Tag)', category: 'paraphrase' },
  { query: '메이저 마이너 패치 숫자 매기는 규칙', expect: '유의적 버전', category: 'paraphrase' },
  {
    query: '배포 직전에 버그만 고치고 버전 번호 올리는 갈래',
    expect: 'release 브랜치',
    category: 'paraphrase',
  },
  {
    query: '동료가 올린 변경 사항을 읽고 승인하거나 수정 요청하기',
    expect: '코드 리뷰(Code Review)',
    category: 'paraphrase',
  },
  {
    query: '새 커밋 안 만들고 포인터만 앞으로 옮기는 합치기',
    expect: 'fast-forward 병합',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'merge vs rebase',
    expect: ['머지(Merge)', '리베이스(Rebase)'],
    category: 'comparison',
    compare: ['머지(Merge)', '리베이스(Rebase)'],
  },
  {
    query: '깃 플로우랑 깃허브 플로우 차이',
    expect: ['깃 플로우(Git Flow)', '깃허브 플로우(GitHub Flow)'],
    category: 'comparison',
    compare: ['깃 플로우(Git Flow)', '깃허브 플로우(GitHub Flow)'],
  },
  {
    query: 'fast-forward랑 3-way 병합 차이',
    expect: ['fast-forward 병합', '3-way 병합'],
    category: 'comparison',
    compare: ['fast-forward 병합', '3-way 병합'],
  },
  {
    query: '경량 태그 주석 태그 뭐가 달라',
    expect: ['경량 태그(Lightweight Tag)', '주석 태그(Annotated Tag)'],
    category: 'comparison',
    compare: ['경량 태그(Lightweight Tag)', '주석 태그(Annotated Tag)'],
  },

  // miss
  { query: '테니스 서브 토스 연습법', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응 차이', expect: null, category: 'miss' },
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },

  // miss-shared
  { query: 'git stash로 작업 중인 변경 잠깐 치워두기', expect: null, category: 'miss-shared' },
  { query: 'git bisect로 버그 만든 커밋 찾기', expect: null, category: 'miss-shared' },
  { query: '서브모듈로 다른 저장소 포함하기', expect: null, category: 'miss-shared' },
  { query: 'Git LFS로 대용량 파일 커밋', expect: null, category: 'miss-shared' },
];
