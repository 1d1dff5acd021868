import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '레이어', expect: '레이어(Layer)', category: 'plain' },
  { query: '볼륨', expect: '볼륨(Volume)', category: 'plain' },
  { query: '도커 컴포즈', expect: '도커 컴포즈(Docker Compose)', category: 'plain' },
  { query: '빌드 캐시', expect: '빌드 캐시(Build Cache)', category: 'plain' },

  // particles
  { query: '이미지가 뭐야', expect: '이미지(Image)', category: 'particles' },
  { query: '바인드 마운트란', expect: '바인드 마운트(Bind Mount)', category: 'particles' },
  { query: '도커파일은 뭐임', expect: '도커파일(Dockerfile)', category: 'particles' },
  { query: '재시작 정책이란', expect: '재시작 정책', category: 'particles' },
  {
    query: '컨테이너 레지스트리가 뭐야',
    expect: '컨테이너 레지스트리(Container Regsitry)',
    category: 'particles',
  },

  // question
  { query: 'latest 태그 쓰면 왜 안 돼', expect: '이미지 태그(Image Tag)', category: 'question' },
  {
    query: 'package.json 먼저 COPY 하는 이유가 뭐야',
    expect: '빌드 캐시(Build Cache)',
    category: 'question',
  },
  {
    query: '-p 8080:80 줬는데 브라우저에서 접속이 안 돼요',
    expect: '포트 매핑(Port Maping)',
    category: 'question',
  },
  {
    query: 'depends_on 걸었는데 DB 준비되기 전에 앱이 먼저 떠서 에러나요',
    expect: '실행 순서 제어',
    category: 'question',
  },
  { query: '컨테이너 지웠더니 DB 데이터가 다 날아갔어요', expect: '볼륨(Volume)', category: 'question' },
  { query: 'docker stop 하면 왜 10초나 걸려', expect: '컨테이너 생명주기', category: 'question' },
  {
    query: '실행 중인 컨테이너 안에 들어가서 명령 치려면 어떻게 해',
    expect: '로그와 디버깅(Logs & Debugging)',
    category: 'question',
  },
  { query: '컨테이너끼리 이름으로 호출하려면 어떻게 해', expect: '컨테이너 간 통신', category: 'question' },
  {
    query: 'node_modules랑 .env가 이미지에 같이 들어가요',
    expect: '.dockerignore 파일(Dockerignore)',
    category: 'question',
  },
  { query: 'shell 형식으로 쓰면 왜 시그널이 앱까지 안 가', expect: 'ENTRYPOINT', category: 'question' },

  // spacing
  { query: '멀티스테이지빌드', expect: '멀티 스테이지 빌드(Multi-stage Biuld)', category: 'spacing' },
  { query: '환경변수주입', expect: '환경 변수 주입', category: 'spacing' },
  { query: '컨테이너간 통신', expect: '컨테이너 간 통신', category: 'spacing' },
  { query: '이미지경량화', expect: '이미지 경량화', category: 'spacing' },

  // typo-query
  { query: '도거파일', expect: '도커파일(Dockerfile)', category: 'typo-query' },
  { query: '바인드 마운드', expect: '바인드 마운트(Bind Mount)', category: 'typo-query' },
  { query: 'volumn', expect: '볼륨(Volume)', category: 'typo-query' },
  { query: '네트웍 드라이버', expect: '네트워크 드라이버(Network Driver)', category: 'typo-query' },
  { query: '재시잘 정책', expect: '재시작 정책', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'multi-stage build', expect: '멀티 스테이지 빌드(Multi-stage Biuld)', category: 'typo-notes' },
  { query: 'port mapping', expect: '포트 매핑(Port Maping)', category: 'typo-notes' },
  { query: 'container registry', expect: '컨테이너 레지스트리(Container Regsitry)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'fpdldj', expect: '레이어(Layer)', category: 'keyboard' },
  { query: 'qhffba', expect: '볼륨(Volume)', category: 'keyboard' },
  { query: 'ehzjvkdlf', expect: '도커파일(Dockerfile)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㄷㅋㅅ', expect: '빌드 캐시(Build Cache)', category: 'choseong' },
  { query: 'ㄱㅅㅁㅅ', expect: '가상 머신', category: 'choseong' },
  { query: 'ㅈㅅㅈㅈㅊ', expect: '재시작 정책', category: 'choseong' },

  // english-glossary
  { query: 'virtual machine', expect: '가상 머신', category: 'english-glossary' },
  { query: 'environment variables', expect: '환경 변수 주입', category: 'english-glossary' },
  { query: 'restart policy', expect: '재시작 정책', category: 'english-glossary' },
  { query: 'container lifecycle', expect: '컨테이너 생명주기', category: 'english-glossary' },

  // english
  {
    query: 'how does a union filesystem stack read-only layers',
    expect: '레이어(Layer)',
    category: 'english',
  },
  {
    query: 'run several containers from one yaml file',
    expect: '도커 컴포즈(Docker Compose)',
    category: 'english',
  },
  {
    query: 'keep database files after the container is removed',
    expect: '볼륨(Volume)',
    category: 'english',
  },
  {
    query: 'share the host kernel and isolate processes with cgroups',
    expect: '컨테이너(Container)',
    category: 'english',
  },
  {
    query: 'follow container stdout output in real time',
    expect: '로그와 디버깅(Logs & Debugging)',
    category: 'english',
  },

  // paraphrase
  {
    query: '빌드 도구는 빼고 결과물만 최종 이미지에 담는 방법',
    expect: '멀티 스테이지 빌드(Multi-stage Biuld)',
    category: 'paraphrase',
  },
  {
    query: '내 컴퓨터 폴더를 컨테이너 경로에 그대로 연결하기',
    expect: '바인드 마운트(Bind Mount)',
    category: 'paraphrase',
  },
  {
    query: '컨테이너가 죽으면 도커가 알아서 다시 살리게 하는 설정',
    expect: '재시작 정책',
    category: 'paraphrase',
  },
  {
    query: '개발 서버랑 운영 서버에서 같은 이미지 쓰고 설정만 바꿔 넣기',
    expect: '환경 변수 주입',
    category: 'paraphrase',
  },
  { query: 'alpine 같은 작은 베이스 골라서 용량 줄이기', expect: '이미지 경량화', category: 'paraphrase' },
  {
    query: '의존성 설치 단계를 다시 안 돌리고 이전 결과 재사용',
    expect: '빌드 캐시(Build Cache)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '볼륨 vs 바인드 마운트',
    expect: ['볼륨(Volume)', '바인드 마운트(Bind Mount)'],
    category: 'comparison',
    compare: ['볼륨(Volume)', '바인드 마운트(Bind Mount)'],
  },
  {
    query: 'CMD랑 ENTRYPOINT 차이',
    expect: ['CMD', 'ENTRYPOINT'],
    category: 'comparison',
    compare: ['CMD', 'ENTRYPOINT'],
  },
  {
    query: '가상 머신이랑 컨테이너 차이가 뭐야',
    expect: ['가상 머신', '컨테이너(Container)'],
    category: 'comparison',
    compare: ['가상 머신', '컨테이너(Container)'],
  },
  {
    query: '브리지 네트워크 호스트 네트워크 차이',
    expect: ['브리지 네트워크(Bridge)', '호스트 네트워크(Host)'],
    category: 'comparison',
    compare: ['브리지 네트워크(Bridge)', '호스트 네트워크(Host)'],
  },

  // miss
  { query: '김장 배추 절이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '임진왜란 일어난 연도', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Podman 루트리스 컨테이너', expect: null, category: 'miss-shared' },
  { query: 'BuildKit 시크릿 마운트', expect: null, category: 'miss-shared' },
  { query: 'Trivy로 이미지 취약점 스캔', expect: null, category: 'miss-shared' },
  { query: 'Docker Swarm 스택 배포', expect: null, category: 'miss-shared' },
];
