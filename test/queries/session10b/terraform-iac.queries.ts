import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '드리프트', expect: '드리프트(Drift)', category: 'plain' },
  { query: '원격 백엔드', expect: '원격 백엔드(Remote Backend)', category: 'plain' },
  { query: '데이터 소스', expect: '데이터 소스(Data Source)', category: 'plain' },
  { query: '모듈', expect: '모듈(Module)', category: 'plain' },

  // particles
  { query: '멱등성이 뭐야', expect: '멱등성', category: 'particles' },
  { query: '프로바이더란', expect: '프로바이더(Provier)', category: 'particles' },
  { query: '출력 값은 뭐임', expect: '출력 값(Output)', category: 'particles' },
  { query: '로컬 값이 뭐야', expect: '로컬 값(Locals)', category: 'particles' },
  { query: '상태 파일이란', expect: '상태 파일(State Fiel)', category: 'particles' },

  // question
  { query: 'tfstate 파일 git에 올려도 돼?', expect: '상태 파일(State Fiel)', category: 'question' },
  {
    query: '콘솔에서 누가 보안그룹 바꿔버렸는데 어떻게 알아내',
    expect: '드리프트(Drift)',
    category: 'question',
  },
  { query: '두 명이 동시에 apply 하면 어떻게 돼', expect: '상태 잠금', category: 'question' },
  {
    query: 'count로 만든 리소스 중간꺼 지웠더니 나머지가 다 재생성돼요',
    expect: 'count',
    category: 'question',
  },
  {
    query: 'DB 실수로 지워지지 않게 막으려면 어떻게 해',
    expect: '수명 주기 규칙(Lifecycle)',
    category: 'question',
  },
  {
    query: '이미 콘솔에서 만든 S3 버킷 테라폼으로 관리하려면 어떻게 해',
    expect: '가져오기(Import)',
    category: 'question',
  },
  {
    query: '참조하는 거 없는데 생성 순서 보장하려면',
    expect: '리소스 의존성(Dependency)',
    category: 'question',
  },
  { query: 'DB 비밀번호가 plan 출력에 그대로 보여요', expect: '민감 정보 관리', category: 'question' },
  {
    query: 'TF_VAR 환경변수랑 tfvars 둘 다 있으면 뭐가 적용돼',
    expect: '변수 우선순위',
    category: 'question',
  },
  { query: 'plan 결과에 -/+ 뜨는 건 뭐야', expect: '실행 계획(Plan)', category: 'question' },

  // spacing
  { query: '원격백엔드', expect: '원격 백엔드(Remote Backend)', category: 'spacing' },
  { query: '입력변수', expect: '입력 변수(Input Variable)', category: 'spacing' },
  { query: '수명주기 규칙', expect: '수명 주기 규칙(Lifecycle)', category: 'spacing' },
  { query: '실행계획', expect: '실행 계획(Plan)', category: 'spacing' },

  // typo-query
  { query: '드리프투', expect: '드리프트(Drift)', category: 'typo-query' },
  { query: '프로바이다', expect: '프로바이더(Provier)', category: 'typo-query' },
  { query: '멱등썽', expect: '멱등성', category: 'typo-query' },
  { query: '모둘', expect: '모듈(Module)', category: 'typo-query' },
  { query: 'terrafrom init', expect: '초기화(terraform init)', category: 'typo-query' },

  // typo-notes
  { query: 'provider', expect: '프로바이더(Provier)', category: 'typo-notes' },
  { query: 'state file', expect: '상태 파일(State Fiel)', category: 'typo-notes' },
  { query: 'apply and destroy', expect: '적용과 삭제(Apply & Destory)', category: 'typo-notes' },

  // keyboard
  { query: 'emflvmxm', expect: '드리프트(Drift)', category: 'keyboard' },
  { query: 'ahebf', expect: '모듈(Module)', category: 'keyboard' },
  { query: 'vmfhqkdlej', expect: '프로바이더(Provier)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅌㅈㄱ', expect: '상태 잠금', category: 'choseong' },
  { query: 'ㅇㄱㅂㅇㄷ', expect: '원격 백엔드(Remote Backend)', category: 'choseong' },
  { query: 'ㅂㅅㅇㅅㅅㅇ', expect: '변수 우선순위', category: 'choseong' },

  // english-glossary
  { query: 'idempotency', expect: '멱등성', category: 'english-glossary' },
  { query: 'variable precedence', expect: '변수 우선순위', category: 'english-glossary' },
  { query: 'state locking', expect: '상태 잠금', category: 'english-glossary' },
  { query: 'secrets management', expect: '민감 정보 관리', category: 'english-glossary' },

  // english
  {
    query: 'how does terraform decide which resource to create first',
    expect: '리소스 의존성(Dependency)',
    category: 'english',
  },
  { query: 'preview changes before applying them', expect: '실행 계획(Plan)', category: 'english' },
  {
    query: 'store state in s3 shared by the whole team',
    expect: '원격 백엔드(Remote Backend)',
    category: 'english',
  },
  {
    query: 'read an existing AMI without managing it',
    expect: '데이터 소스(Data Source)',
    category: 'english',
  },
  {
    query: 'reusable folder of tf files called from the root config',
    expect: '모듈(Module)',
    category: 'english',
  },

  // paraphrase
  {
    query: '코드랑 실제 클라우드 설정이 어긋나 버린 상황',
    expect: '드리프트(Drift)',
    category: 'paraphrase',
  },
  {
    query: '서버를 클릭 말고 텍스트 파일로 정의해서 깃으로 관리하는 방식',
    expect: '인프라 코드(Infrastructure as Code)',
    category: 'paraphrase',
  },
  { query: '몇 번을 돌려도 결과가 똑같이 나오는 성질', expect: '멱등성', category: 'paraphrase' },
  {
    query: '작업 폴더 처음 쓸 때 플러그인 내려받는 명령',
    expect: '초기화(terraform init)',
    category: 'paraphrase',
  },
  {
    query: '키 기준으로 여러 개 만들어서 하나 빼도 나머지는 안 건드리는 방법',
    expect: 'for_each',
    category: 'paraphrase',
  },
  { query: '밖에서 못 바꾸는 모듈 내부용 이름표', expect: '로컬 값(Locals)', category: 'paraphrase' },

  // comparison
  {
    query: '선언형 명령형 차이',
    expect: ['선언형 방식(Declarative)', '명령형 방식(Imperative)'],
    category: 'comparison',
    compare: ['선언형 방식(Declarative)', '명령형 방식(Imperative)'],
  },
  {
    query: 'count vs for_each',
    expect: ['count', 'for_each'],
    category: 'comparison',
    compare: ['count', 'for_each'],
  },
  {
    query: 'variable이랑 locals 차이',
    expect: ['입력 변수(Input Variable)', '로컬 값(Locals)'],
    category: 'comparison',
    compare: ['입력 변수(Input Variable)', '로컬 값(Locals)'],
  },
  {
    query: 'data 블록이랑 resource 블록 차이',
    expect: ['데이터 소스(Data Source)', '리소스(Resource)'],
    category: 'comparison',
    compare: ['데이터 소스(Data Source)', '리소스(Resource)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '피아노 스케일 연습 방법', expect: null, category: 'miss' },

  // miss-shared
  { query: '쿠버네티스 헬름 차트 배포', expect: null, category: 'miss-shared' },
  { query: '도커 컨테이너 이미지 빌드', expect: null, category: 'miss-shared' },
  { query: 'AWS 람다 콜드 스타트 줄이기', expect: null, category: 'miss-shared' },
  { query: 'Git 리베이스 충돌 해결', expect: null, category: 'miss-shared' },
];
