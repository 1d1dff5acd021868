import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'npx', expect: 'npx', category: 'plain' },
  { query: '락 파일', expect: '락 파일(package-lock.json)', category: 'plain' },
  { query: '스코프 패키지', expect: '스코프 패키지(Scoped Packages)', category: 'plain' },
  { query: '선택적 의존성', expect: '선택적 의존성(optionalDependencies)', category: 'plain' },

  // particles
  { query: '레지스트리가 뭐야', expect: '레지스트리(Registry)', category: 'particles' },
  { query: '피어 의존성이란', expect: '피어 의존성(Peer Dependncies)', category: 'particles' },
  { query: '전이 의존성이 뭐임', expect: '전이 의존성', category: 'particles' },
  { query: 'pnpm이란', expect: 'pnpm', category: 'particles' },
  { query: '패키지 매니저는 뭐야', expect: '패키지 매니저(Package Manager)', category: 'particles' },

  // question
  { query: 'package-lock 깃에 커밋해야 돼?', expect: '락 파일(package-lock.json)', category: 'question' },
  { query: 'CI 서버에서는 npm install 말고 뭐 써', expect: '클린 설치(npm ci)', category: 'question' },
  {
    query: 'npm install 하니까 ERESOLVE 에러 나요',
    expect: '피어 의존성(Peer Dependncies)',
    category: 'question',
  },
  {
    query: '깊숙이 있는 minimist 버전만 강제로 올리려면 어떻게 해',
    expect: '버전 강제 지정(overrides)',
    category: 'question',
  },
  {
    query: 'npm publish 했는데 같은 버전이라고 안 올라가요',
    expect: '패키지 배포(Publising)',
    category: 'question',
  },
  {
    query: '만들고 있는 라이브러리를 배포 안 하고 다른 프로젝트에서 테스트하려면',
    expect: '심볼릭 링크 연결',
    category: 'question',
  },
  { query: 'package.json에 안 적었는데 import가 되는 이유', expect: '유령 의존성', category: 'question' },
  {
    query: '@회사명 패키지를 공개로 올리려면 어떻게 해',
    expect: '스코프 패키지(Scoped Packages)',
    category: 'question',
  },
  { query: 'npm audit fix --force 써도 돼?', expect: '취약점 점검', category: 'question' },
  {
    query: 'build 실행 전에 자동으로 다른 명령 돌리려면',
    expect: 'npm 스크립트(npm Scripts)',
    category: 'question',
  },

  // spacing
  { query: '시맨틱버저닝', expect: '시맨틱 버저닝(Semantic Versoning)', category: 'spacing' },
  { query: '개발의존성', expect: '개발 의존성(devDependencies)', category: 'spacing' },
  {
    query: '모노레포와워크스페이스',
    expect: '모노레포와 워크스페이스(Monorepo & Workspaces)',
    category: 'spacing',
  },
  { query: '클린설치', expect: '클린 설치(npm ci)', category: 'spacing' },

  // typo-query
  { query: '시멘틱 버저닝', expect: '시맨틱 버저닝(Semantic Versoning)', category: 'typo-query' },
  { query: 'devDependecies', expect: '개발 의존성(devDependencies)', category: 'typo-query' },
  {
    query: '워크스패이스',
    expect: '모노레포와 워크스페이스(Monorepo & Workspaces)',
    category: 'typo-query',
  },
  { query: 'pnmp', expect: 'pnpm', category: 'typo-query' },
  { query: '스코프 패캐지', expect: '스코프 패키지(Scoped Packages)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'semantic versioning', expect: '시맨틱 버저닝(Semantic Versoning)', category: 'typo-notes' },
  { query: 'peer dependencies', expect: '피어 의존성(Peer Dependncies)', category: 'typo-notes' },
  { query: 'publishing', expect: '패키지 배포(Publising)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'fpwltmxmfl', expect: '레지스트리(Registry)', category: 'keyboard' },
  { query: 'ahshfpvh', expect: '모노레포와 워크스페이스(Monorepo & Workspaces)', category: 'keyboard' },
  { query: 'dbfuddmlwhstjd', expect: '유령 의존성', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅁㅌㅂㅈㄴ', expect: '시맨틱 버저닝(Semantic Versoning)', category: 'choseong' },
  { query: 'ㅍㅇㅇㅈㅅ', expect: '피어 의존성(Peer Dependncies)', category: 'choseong' },
  { query: 'ㅈㅇㅇㅈㅅ', expect: '전이 의존성', category: 'choseong' },

  // english-glossary
  { query: 'dependency hoisting', expect: '의존성 끌어올리기', category: 'english-glossary' },
  { query: 'phantom dependency', expect: '유령 의존성', category: 'english-glossary' },
  { query: 'transitive dependencies', expect: '전이 의존성', category: 'english-glossary' },
  { query: 'symbolic link', expect: '심볼릭 링크 연결', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'run a package without installing it first', expect: 'npx', category: 'english' },
  { query: 'what does the caret mean in a version range', expect: '캐럿 범위(^)', category: 'english' },
  {
    query: 'install exactly what the lock file says and fail on mismatch',
    expect: '클린 설치(npm ci)',
    category: 'english',
  },
  { query: 'list installed packages with known security issues', expect: '취약점 점검', category: 'english' },
  {
    query: 'manage many packages in a single repository',
    expect: '모노레포와 워크스페이스(Monorepo & Workspaces)',
    category: 'english',
  },

  // paraphrase
  {
    query: '팀원 모두 똑같은 버전 트리를 재현하게 해주는 기록',
    expect: '락 파일(package-lock.json)',
    category: 'paraphrase',
  },
  {
    query: '빌드나 테스트할 때만 필요한 라이브러리',
    expect: '개발 의존성(devDependencies)',
    category: 'paraphrase',
  },
  {
    query: 'OS마다 다른 네이티브 바이너리처럼 없어도 설치가 멈추지 않는 것',
    expect: '선택적 의존성(optionalDependencies)',
    category: 'paraphrase',
  },
  {
    query: '플러그인이 쓰는 쪽 프로젝트에 호스트 라이브러리가 이미 있다고 요구하는 선언',
    expect: '피어 의존성(Peer Dependncies)',
    category: 'paraphrase',
  },
  { query: '하드 링크로 한 저장소를 공유해서 디스크 아끼는 도구', expect: 'pnpm', category: 'paraphrase' },
  { query: '패치 자리만 올라가게 허용하는 기호', expect: '틸드 범위(~)', category: 'paraphrase' },

  // comparison
  {
    query: '캐럿이랑 틸드 차이',
    expect: ['캐럿 범위(^)', '틸드 범위(~)'],
    category: 'comparison',
    compare: ['캐럿 범위(^)', '틸드 범위(~)'],
  },
  {
    query: 'dependencies vs devDependencies',
    expect: ['일반 의존성(dependencies)', '개발 의존성(devDependencies)'],
    category: 'comparison',
    compare: ['일반 의존성(dependencies)', '개발 의존성(devDependencies)'],
  },
  {
    query: '전역 설치 로컬 설치 차이',
    expect: ['전역 설치(Global Install)', '로컬 설치(Local Install)'],
    category: 'comparison',
    compare: ['전역 설치(Global Install)', '로컬 설치(Local Install)'],
  },
  {
    query: 'yarn berry랑 pnpm 뭐가 달라',
    expect: ['Yarn Berry(PnP)', 'pnpm'],
    category: 'comparison',
    compare: ['Yarn Berry(PnP)', 'pnpm'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 방법', expect: null, category: 'miss' },
  { query: '김장 김치 담그는 법', expect: null, category: 'miss' },
  { query: '감수분열 단계 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Webpack 번들 코드 스플리팅', expect: null, category: 'miss-shared' },
  { query: 'Docker 이미지 레이어 캐시', expect: null, category: 'miss-shared' },
  { query: 'pip 가상환경 venv 만들기', expect: null, category: 'miss-shared' },
  { query: 'Deno 권한 플래그 설정', expect: null, category: 'miss-shared' },
];
