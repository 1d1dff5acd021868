import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '터보레포', expect: '터보레포(Turborepo)', category: 'plain' },
  { query: '체인지셋', expect: '체인지셋(Changesets)', category: 'plain' },
  { query: '디렉터리 구조', expect: '디렉터리 구조(Directory Layout)', category: 'plain' },
  { query: '영향 범위 분석', expect: '영향 범위 분석(Affected)', category: 'plain' },

  // particles
  { query: '호이스팅이 뭐야', expect: '호이스팅', category: 'particles' },
  { query: '유령 의존성이란', expect: '유령 의존성', category: 'particles' },
  { query: '엔엑스는 뭐임', expect: '엔엑스(Nx)', category: 'particles' },
  { query: '시맨틱 버저닝이란', expect: '시맨틱 버저닝(Semantic Versoning)', category: 'particles' },
  { query: '의존성 그래프가 뭐야', expect: '의존성 그래프', category: 'particles' },

  // question
  {
    query: 'package.json에 없는 패키지 import 했는데 왜 돌아가',
    expect: '유령 의존성',
    category: 'question',
  },
  {
    query: '내부 패키지 참조할 때 버전 뭐라고 적어',
    expect: '워크스페이스 프로토콜(Workspace Protocl)',
    category: 'question',
  },
  {
    query: '라이브러리 먼저 빌드하고 앱 빌드하게 하려면',
    expect: '태스크 파이프라인(Task Pipline)',
    category: 'question',
  },
  {
    query: 'A가 B를 B가 A를 import 해서 빌드 순서가 안 정해져요',
    expect: '의존성 그래프',
    category: 'question',
  },
  {
    query: '동료가 이미 빌드한 결과 CI에서 재사용하려면',
    expect: '원격 캐시(Remote Cache)',
    category: 'question',
  },
  {
    query: '바뀐 패키지만 테스트 돌리려면 어떻게 해',
    expect: '영향 범위 분석(Affected)',
    category: 'question',
  },
  { query: 'CHANGELOG 자동으로 만들려면 뭐 써', expect: '체인지셋(Changesets)', category: 'question' },
  {
    query: '앱마다 React 버전이 달라서 공유 컴포넌트 깨져요',
    expect: '단일 버전 정책',
    category: 'question',
  },
  {
    query: '패키지마다 tsconfig 복붙 안 하려면',
    expect: '공유 TS 설정(Shared tsconfig)',
    category: 'question',
  },
  {
    query: 'pnpm 쓰면 왜 디스크 용량이 덜 들어',
    expect: 'pnpm 워크스페이스(pnpm Workspace)',
    category: 'question',
  },

  // spacing
  { query: '모노레포장단점', expect: '모노레포 장단점(Pros and Cons)', category: 'spacing' },
  { query: '단일버전정책', expect: '단일 버전 정책', category: 'spacing' },
  { query: '공통린트설정', expect: '공통 린트 설정(Shared ESLint Config)', category: 'spacing' },
  { query: '태스크파이프라인', expect: '태스크 파이프라인(Task Pipline)', category: 'spacing' },

  // typo-query
  { query: '터보래포', expect: '터보레포(Turborepo)', category: 'typo-query' },
  { query: '체인지샛', expect: '체인지셋(Changesets)', category: 'typo-query' },
  { query: '폴리래포', expect: '폴리레포(Polyrepo)', category: 'typo-query' },
  { query: 'lernna', expect: '러나(Lerna)', category: 'typo-query' },
  { query: '시멘틱 버저닝', expect: '시맨틱 버저닝(Semantic Versoning)', category: 'typo-query' },

  // typo-notes
  { query: 'workspace protocol', expect: '워크스페이스 프로토콜(Workspace Protocl)', category: 'typo-notes' },
  { query: 'task pipeline', expect: '태스크 파이프라인(Task Pipline)', category: 'typo-notes' },
  { query: 'semantic versioning', expect: '시맨틱 버저닝(Semantic Versoning)', category: 'typo-notes' },

  // keyboard
  { query: 'xjqhfpvh', expect: '터보레포(Turborepo)', category: 'keyboard' },
  { query: 'ghdltmxld', expect: '호이스팅', category: 'keyboard' },
  { query: 'cpdlswltpt', expect: '체인지셋(Changesets)', category: 'keyboard' },

  // choseong
  { query: 'ㅍㄹㄹㅍ', expect: '폴리레포(Polyrepo)', category: 'choseong' },
  { query: 'ㅇㄹ ㅇㅈㅅ', expect: '유령 의존성', category: 'choseong' },
  { query: 'ㄷㅇ ㅂㅈ ㅈㅊ', expect: '단일 버전 정책', category: 'choseong' },

  // english-glossary
  { query: 'hoisting', expect: '호이스팅', category: 'english-glossary' },
  { query: 'phantom dependency', expect: '유령 의존성', category: 'english-glossary' },
  { query: 'single version policy', expect: '단일 버전 정책', category: 'english-glossary' },
  { query: 'dependency graph', expect: '의존성 그래프', category: 'english-glossary' },

  // english
  {
    query: 'restore build outputs when the input hash matches',
    expect: '로컬 캐시(Local Cache)',
    category: 'english',
  },
  {
    query: 'symlink local packages with a single install at the root',
    expect: 'npm 워크스페이스(npm Workspaces)',
    category: 'english',
  },
  {
    query: 'all packages share the same version number',
    expect: '고정 모드(Fixed Mode)',
    category: 'english',
  },
  { query: 'separate repository for each project', expect: '폴리레포(Polyrepo)', category: 'english' },
  {
    query: 'share lint rules across all apps',
    expect: '공통 린트 설정(Shared ESLint Config)',
    category: 'english',
  },

  // paraphrase
  {
    query: '여러 프로젝트 코드를 저장소 하나에 몰아넣는 방식',
    expect: '모노레포 정의(Monorepo)',
    category: 'paraphrase',
  },
  { query: '공통 모듈을 맨 위 폴더로 올려서 중복 설치 줄이기', expect: '호이스팅', category: 'paraphrase' },
  {
    query: '풀리퀘스트마다 릴리스 메모 파일 남겨두고 나중에 한꺼번에 출시하는 도구',
    expect: '체인지셋(Changesets)',
    category: 'paraphrase',
  },
  {
    query: '바뀐 패키지만 번호 올리고 나머진 그대로 두는 방식',
    expect: '독립 모드(Independent Mode)',
    category: 'paraphrase',
  },
  {
    query: '풀리퀘스트 자동 검사 시간 단축하기',
    expect: 'CI 파이프라인 최적화(CI Optimization)',
    category: 'paraphrase',
  },
  { query: '오래된 자바스크립트 다중 패키지 퍼블리시 도구', expect: '러나(Lerna)', category: 'paraphrase' },

  // comparison
  {
    query: '모노레포 폴리레포 차이',
    expect: ['모노레포 정의(Monorepo)', '폴리레포(Polyrepo)'],
    category: 'comparison',
    compare: ['모노레포 정의(Monorepo)', '폴리레포(Polyrepo)'],
  },
  {
    query: '터보레포 vs Nx',
    expect: ['터보레포(Turborepo)', '엔엑스(Nx)'],
    category: 'comparison',
    compare: ['터보레포(Turborepo)', '엔엑스(Nx)'],
  },
  {
    query: '로컬 캐시랑 원격 캐시 차이',
    expect: ['로컬 캐시(Local Cache)', '원격 캐시(Remote Cache)'],
    category: 'comparison',
    compare: ['로컬 캐시(Local Cache)', '원격 캐시(Remote Cache)'],
  },
  {
    query: '고정 모드 독립 모드 차이',
    expect: ['고정 모드(Fixed Mode)', '독립 모드(Independent Mode)'],
    category: 'comparison',
    compare: ['고정 모드(Fixed Mode)', '독립 모드(Independent Mode)'],
  },

  // miss
  { query: '김장 배추 절이는 법', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절 방법', expect: null, category: 'miss' },
  { query: '바둑 정석 외우기', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Docker 이미지 레이어 캐시 줄이기', expect: null, category: 'miss-shared' },
  { query: 'Git 서브모듈로 저장소 연결하기', expect: null, category: 'miss-shared' },
  { query: 'Webpack 모듈 페더레이션 설정', expect: null, category: 'miss-shared' },
  { query: 'Bazel 원격 실행 설정', expect: null, category: 'miss-shared' },
];
