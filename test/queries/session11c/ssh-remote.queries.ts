import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '점프 호스트', expect: '점프 호스트(ProxyJump)', category: 'plain' },
  { query: '패스프레이즈', expect: '패스프레이즈(Passphrase)', category: 'plain' },
  { query: '원격 포워딩', expect: '원격 포워딩(Remote Forwarding)', category: 'plain' },
  { query: '호스트 키 검증', expect: '호스트 키 검증(Host Key Verificaton)', category: 'plain' },

  // particles
  { query: '키 에이전트가 뭐야', expect: '키 에이전트(SSH Agent)', category: 'particles' },
  { query: '공개키 인증이란', expect: '공개키 인증(Public Key Authentication)', category: 'particles' },
  { query: '동적 포워딩은 뭐임', expect: '동적 포워딩(Dynamic Forwading)', category: 'particles' },
  { query: '보안 복사로 파일을 보내려면', expect: '보안 복사(scp)', category: 'particles' },
  { query: '서버 설정은 어디서 바꿔', expect: '서버 설정(sshd_config)', category: 'particles' },

  // question
  {
    query: '서버 재설치했더니 접속할 때 경고 뜨면서 막혀요',
    expect: '중간자 공격 경고',
    category: 'question',
  },
  {
    query: '서버에 공개키 붙여넣었는데 왜 자꾸 비번 물어봐',
    expect: '공개키 등록(authorized_keys)',
    category: 'question',
  },
  {
    query: '개인키 파일 권한 너무 열려 있다고 거부돼요',
    expect: '키 생성(ssh-keygen)',
    category: 'question',
  },
  {
    query: '접속할 때마다 패스프레이즈 입력하기 귀찮은데 어떻게 해',
    expect: '키 에이전트(SSH Agent)',
    category: 'question',
  },
  {
    query: '서버에서 git pull 할 때 내 로컬 키 쓰려면',
    expect: '에이전트 포워딩(Agent Forwrding)',
    category: 'question',
  },
  { query: 'ssh 가만히 두면 broken pipe 나면서 끊겨요', expect: '연결 유지', category: 'question' },
  {
    query: '내부망 DB를 내 PC에서 접속하려면 어떻게 해',
    expect: '로컬 포워딩(Local Forwarding)',
    category: 'question',
  },
  {
    query: '로컬 개발 서버를 외부에서 들어오게 하려면',
    expect: '원격 포워딩(Remote Forwarding)',
    category: 'question',
  },
  { query: 'scp 포트 지정 왜 -p 안 돼요', expect: '보안 복사(scp)', category: 'question' },
  { query: 'rsync --delete 쓰기 전에 미리 확인하는 법', expect: '자주 쓰는 옵션', category: 'question' },

  // spacing
  { query: '에이전트포워딩', expect: '에이전트 포워딩(Agent Forwrding)', category: 'spacing' },
  { query: '공개 키 인증', expect: '공개키 인증(Public Key Authentication)', category: 'spacing' },
  { query: '클라이언트설정파일', expect: '클라이언트 설정 파일(ssh config)', category: 'spacing' },
  { query: '무차별대입방어', expect: '무차별 대입 방어', category: 'spacing' },

  // typo-query
  { query: '패스프레이스', expect: '패스프레이즈(Passphrase)', category: 'typo-query' },
  { query: '점프 호스드', expect: '점프 호스트(ProxyJump)', category: 'typo-query' },
  { query: 'ssh-keygne', expect: '키 생성(ssh-keygen)', category: 'typo-query' },
  { query: '로컬 포어딩', expect: '로컬 포워딩(Local Forwarding)', category: 'typo-query' },
  { query: '동기화 도고', expect: '동기화 도구(rsync)', category: 'typo-query' },

  // typo-notes
  { query: 'host key verification', expect: '호스트 키 검증(Host Key Verificaton)', category: 'typo-notes' },
  { query: 'agent forwarding', expect: '에이전트 포워딩(Agent Forwrding)', category: 'typo-notes' },
  { query: 'dynamic forwarding', expect: '동적 포워딩(Dynamic Forwading)', category: 'typo-notes' },

  // keyboard
  { query: 'wjavm ghtmxm', expect: '점프 호스트(ProxyJump)', category: 'keyboard' },
  { query: 'votmvmfpdlwm', expect: '패스프레이즈(Passphrase)', category: 'keyboard' },
  { query: 'dusruf dbwl', expect: '연결 유지', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅇㅂㅅ', expect: '보안 복사(scp)', category: 'choseong' },
  { query: 'ㅁㅊㅂㄷㅇㅂㅇ', expect: '무차별 대입 방어', category: 'choseong' },
  { query: 'ㅋㅇㅇㅈㅌ', expect: '키 에이전트(SSH Agent)', category: 'choseong' },

  // english-glossary
  { query: 'brute force attack', expect: '무차별 대입 방어', category: 'english-glossary' },
  { query: 'keepalive', expect: '연결 유지', category: 'english-glossary' },
  { query: 'delta transfer', expect: '증분 전송', category: 'english-glossary' },
  { query: 'man in the middle attack', expect: '중간자 공격 경고', category: 'english-glossary' },

  // english
  { query: 'how to create an ssh key pair', expect: '키 생성(ssh-keygen)', category: 'english' },
  {
    query: 'socks proxy through an ssh server',
    expect: '동적 포워딩(Dynamic Forwading)',
    category: 'english',
  },
  { query: 'disable root login on the server', expect: '서버 설정(sshd_config)', category: 'english' },
  {
    query: 'connect to an internal server through a bastion',
    expect: '점프 호스트(ProxyJump)',
    category: 'english',
  },
  {
    query: 'run a tunnel in the background without a shell',
    expect: '백그라운드 터널(Background Tunnel)',
    category: 'english',
  },

  // paraphrase
  { query: '키 파일 자체에 거는 암호', expect: '패스프레이즈(Passphrase)', category: 'paraphrase' },
  {
    query: '매번 긴 접속 명령 안 치고 별명으로 붙기',
    expect: '클라이언트 설정 파일(ssh config)',
    category: 'paraphrase',
  },
  {
    query: '처음 보는 서버 지문 확인하고 목록에 저장하는 과정',
    expect: '호스트 키 검증(Host Key Verificaton)',
    category: 'paraphrase',
  },
  { query: '봇들이 계속 비번 때려보는 거 막는 방법', expect: '무차별 대입 방어', category: 'paraphrase' },
  {
    query: '와이파이 나가도 실행 중이던 빌드 살려두기',
    expect: '접속 끊겨도 작업 유지',
    category: 'paraphrase',
  },
  {
    query: '명령어로 원격 폴더 돌아다니며 get put 하기',
    expect: '대화형 전송(SFTP)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'RSA vs Ed25519',
    expect: ['RSA 키', 'Ed25519 키'],
    category: 'comparison',
    compare: ['RSA 키', 'Ed25519 키'],
  },
  {
    query: '로컬 포워딩 원격 포워딩 차이',
    expect: ['로컬 포워딩(Local Forwarding)', '원격 포워딩(Remote Forwarding)'],
    category: 'comparison',
    compare: ['로컬 포워딩(Local Forwarding)', '원격 포워딩(Remote Forwarding)'],
  },
  {
    query: 'scp랑 rsync 차이',
    expect: ['보안 복사(scp)', '동기화 도구(rsync)'],
    category: 'comparison',
    compare: ['보안 복사(scp)', '동기화 도구(rsync)'],
  },
  {
    query: '비밀번호 인증이랑 공개키 인증 뭐가 나아',
    expect: ['비밀번호 인증(Password Authentication)', '공개키 인증(Public Key Authentication)'],
    category: 'comparison',
    compare: ['비밀번호 인증(Password Authentication)', '공개키 인증(Public Key Authentication)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 리바운드 잘하는 법', expect: null, category: 'miss' },
  { query: '프랑스 혁명 원인 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'OAuth 인증 토큰 발급 흐름', expect: null, category: 'miss-shared' },
  { query: 'VNC 원격 데스크톱 화면 공유', expect: null, category: 'miss-shared' },
  { query: 'GPG 키로 커밋 서명하기', expect: null, category: 'miss-shared' },
  { query: "TLS 인증서 갱신 Let's Encrypt", expect: null, category: 'miss-shared' },
];
