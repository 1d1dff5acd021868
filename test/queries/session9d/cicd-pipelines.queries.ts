import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '아티팩트', expect: '아티팩트(Artifact)', category: 'plain' },
  { query: '롤링 배포', expect: '롤링 배포(Rolling Deployment)', category: 'plain' },
  { query: '파이프라인 단계', expect: '파이프라인 단계(Pipeline Stages)', category: 'plain' },
  { query: '재사용 액션', expect: '재사용 액션(Reusable Actions)', category: 'plain' },

  // particles
  { query: '워크플로가 뭐야', expect: '워크플로(Workflow)', category: 'particles' },
  { query: '카나리 배포란', expect: '카나리 배포(Canary Release)', category: 'particles' },
  { query: '러너는 뭐임', expect: '러너(Runnr)', category: 'particles' },
  { query: '시크릿이 뭔데', expect: '시크릿(Secrets)', category: 'particles' },
  { query: '지속적 통합이란', expect: '지속적 통합(Continuous Integration)', category: 'particles' },

  // question
  { query: '잡 두 개를 순서대로 실행하려면 어떻게 해', expect: '잡(Job)', category: 'question' },
  {
    query: 'npm ci 매번 너무 느린데 빠르게 하는 법',
    expect: '의존성 캐시(Dependency Cache)',
    category: 'question',
  },
  { query: '포크한 저장소 PR에서 배포 토큰이 비어 있어요', expect: '시크릿(Secrets)', category: 'question' },
  {
    query: 'node 18 20 22 버전 전부 테스트하려면',
    expect: '매트릭스 빌드(Matrix Build)',
    category: 'question',
  },
  {
    query: '특정 폴더 바뀔 때만 워크플로 돌게 하려면',
    expect: '트리거 이벤트(Trigger Evnets)',
    category: 'question',
  },
  {
    query: '빌드 결과물을 다른 잡에서 받으려면 어떻게 해',
    expect: '아티팩트(Artifact)',
    category: 'question',
  },
  { query: '배포했는데 장애 나면 이전 버전으로 어떻게 돌려', expect: '롤백(Rollback)', category: 'question' },
  { query: '사내망 접근하는 서버에서 잡 돌리고 싶어요', expect: '러너(Runnr)', category: 'question' },
  { query: 'production 배포 전에 팀장 확인 받게 하려면', expect: '배포 승인 단계', category: 'question' },
  {
    query: '스텝 결과값 다음 스텝에 어떻게 넘겨',
    expect: '환경 변수(Environment Variables)',
    category: 'question',
  },

  // spacing
  { query: '지속적통합', expect: '지속적 통합(Continuous Integration)', category: 'spacing' },
  { query: '의존성캐시', expect: '의존성 캐시(Dependency Cache)', category: 'spacing' },
  { query: '블루 그린배포', expect: '블루그린 배포(Blue-Green Deploymnet)', category: 'spacing' },
  { query: '최소권한 원칙', expect: '최소 권한 원칙', category: 'spacing' },

  // typo-query
  { query: '아티펙트', expect: '아티팩트(Artifact)', category: 'typo-query' },
  { query: '카나리 베포', expect: '카나리 배포(Canary Release)', category: 'typo-query' },
  { query: '워크플루', expect: '워크플로(Workflow)', category: 'typo-query' },
  { query: 'rollbakc', expect: '롤백(Rollback)', category: 'typo-query' },
  { query: '매트릭스 빌드 stratgey', expect: '매트릭스 빌드(Matrix Build)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'runner', expect: '러너(Runnr)', category: 'typo-notes' },
  { query: 'trigger events', expect: '트리거 이벤트(Trigger Evnets)', category: 'typo-notes' },
  { query: 'blue-green deployment', expect: '블루그린 배포(Blue-Green Deploymnet)', category: 'typo-notes' },

  // keyboard (2-beolsik, IME off)
  { query: 'tlzmflt', expect: '시크릿(Secrets)', category: 'keyboard' },
  { query: 'fhfqor', expect: '롤백(Rollback)', category: 'keyboard' },
  { query: 'xmflrj dlqpsxm', expect: '트리거 이벤트(Trigger Evnets)', category: 'keyboard' },

  // choseong
  { query: 'ㅋㄴㄹ ㅂㅍ', expect: '카나리 배포(Canary Release)', category: 'choseong' },
  { query: 'ㅁㅌㄹㅅ ㅂㄷ', expect: '매트릭스 빌드(Matrix Build)', category: 'choseong' },
  { query: 'ㅁㅈㄷ ㅂㅍ', expect: '무중단 배포', category: 'choseong' },

  // english-glossary (notes use only the Korean term)
  { query: 'build automation', expect: '빌드 자동화', category: 'english-glossary' },
  { query: 'least privilege', expect: '최소 권한 원칙', category: 'english-glossary' },
  { query: 'zero downtime deployment', expect: '무중단 배포', category: 'english-glossary' },
  { query: 'manual approval before production', expect: '배포 승인 단계', category: 'english-glossary' },

  // english
  {
    query: 'how does caching dependencies work in github actions',
    expect: '의존성 캐시(Dependency Cache)',
    category: 'english',
  },
  { query: 'what is a canary release', expect: '카나리 배포(Canary Release)', category: 'english' },
  { query: 'how to pass secrets to a workflow', expect: '시크릿(Secrets)', category: 'english' },
  { query: 'run steps with uses and run', expect: '스텝(Step)', category: 'english' },
  {
    query: 'what is continuous integration',
    expect: '지속적 통합(Continuous Integration)',
    category: 'english',
  },

  // paraphrase
  {
    query: '서버를 한두 대씩 차례로 새 버전으로 갈아끼우는 방식',
    expect: '롤링 배포(Rolling Deployment)',
    category: 'paraphrase',
  },
  {
    query: '운영 환경을 통째로 하나 더 띄워두고 트래픽을 한 번에 넘기는 방법',
    expect: '블루그린 배포(Blue-Green Deploymnet)',
    category: 'paraphrase',
  },
  {
    query: '여러 OS와 언어 버전 조합으로 같은 작업을 동시에 돌리기',
    expect: '매트릭스 빌드(Matrix Build)',
    category: 'paraphrase',
  },
  {
    query: '체크아웃부터 린트 테스트 거쳐 내보내기까지 흐름',
    expect: '파이프라인 단계(Pipeline Stages)',
    category: 'paraphrase',
  },
  {
    query: '토큰에 필요한 것만 허용해서 피해를 줄이는 설정',
    expect: '최소 권한 원칙',
    category: 'paraphrase',
  },
  {
    query: '남이 만든 작업 묶음을 가져다 쓰고 버전을 SHA로 고정',
    expect: '재사용 액션(Reusable Actions)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '블루그린 vs 카나리',
    expect: ['블루그린 배포(Blue-Green Deploymnet)', '카나리 배포(Canary Release)'],
    category: 'comparison',
    compare: ['블루그린 배포(Blue-Green Deploymnet)', '카나리 배포(Canary Release)'],
  },
  {
    query: '지속적 전달 지속적 배포 차이',
    expect: ['지속적 전달(Continuous Delivery)', '지속적 배포(Continuous Deployment)'],
    category: 'comparison',
    compare: ['지속적 전달(Continuous Delivery)', '지속적 배포(Continuous Deployment)'],
  },
  {
    query: '아티팩트랑 캐시 뭐가 달라',
    expect: ['아티팩트(Artifact)', '의존성 캐시(Dependency Cache)'],
    category: 'comparison',
    compare: ['아티팩트(Artifact)', '의존성 캐시(Dependency Cache)'],
  },
  {
    query: '잡 vs 스텝',
    expect: ['잡(Job)', '스텝(Step)'],
    category: 'comparison',
    compare: ['잡(Job)', '스텝(Step)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '고려 시대 무신정권', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Jenkinsfile 파이프라인 작성', expect: null, category: 'miss-shared' },
  { query: 'Terraform state 원격 저장소 관리', expect: null, category: 'miss-shared' },
  { query: 'ArgoCD GitOps 동기화 배포', expect: null, category: 'miss-shared' },
  { query: 'GitLab 러너 등록 방법', expect: null, category: 'miss-shared' },
];
