import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '워커 프로세스', expect: '워커 프로세스(Worker Process)', category: 'plain' },
  { query: '업스트림', expect: '업스트림(Upstream)', category: 'plain' },
  { query: '헬스 체크', expect: '헬스 체크', category: 'plain' },
  { query: '프록시 캐싱', expect: '프록시 캐싱(Proxy Caching)', category: 'plain' },

  // particles
  { query: '리버스 프록시가 뭐야', expect: '리버스 프록시(Reverse Proxy)', category: 'particles' },
  { query: '서버 블록이란', expect: '서버 블록(Server Block)', category: 'particles' },
  { query: '로케이션 블록은 뭐임', expect: '로케이션 블록(Location Block)', category: 'particles' },
  { query: 'SSL 종료가 뭔데', expect: 'SSL 종료(SSL Termination)', category: 'particles' },
  { query: '포워드 프록시란', expect: '포워드 프록시', category: 'particles' },

  // question
  { query: 'React 빌드 올렸는데 새로고침하면 404 떠요', expect: 'try_files 지시어', category: 'question' },
  {
    query: '백엔드 로그에 클라이언트 IP가 전부 127.0.0.1로 찍혀요',
    expect: '프록시 헤더 전달(Proxy Headers)',
    category: 'question',
  },
  {
    query: '채팅 연결이 nginx 거치면 바로 끊겨요',
    expect: '웹소켓 프록시(WebSocket Proxy)',
    category: 'question',
  },
  {
    query: '설정 바꾼 거 접속 안 끊기게 적용하려면 어떻게 해',
    expect: '무중단 설정 반영',
    category: 'question',
  },
  { query: '502 Bad Gateway 뜨면 어디부터 봐야 돼', expect: '에러 로그', category: 'question' },
  { query: 'alias 썼는데 파일 경로가 이상하게 잡혀요', expect: 'root vs alias', category: 'question' },
  {
    query: '정규식 location이랑 접두사 location 둘 다 맞으면 뭐가 먼저 걸려',
    expect: '로케이션 매칭 우선순위',
    category: 'question',
  },
  {
    query: 'nginx 일꾼 몇 개 띄워야 돼 코어 수랑 관계 있어?',
    expect: '워커 프로세스(Worker Process)',
    category: 'question',
  },
  {
    query: '로그인 무차별 대입 막으려면 nginx에서 뭐 설정해',
    expect: '요청 속도 제한',
    category: 'question',
  },
  {
    query: '같은 사용자를 계속 같은 서버로 보내려면 어떻게 해',
    expect: 'IP 해시(IP Hash)',
    category: 'question',
  },

  // spacing
  { query: '리버스프록시', expect: '리버스 프록시(Reverse Proxy)', category: 'spacing' },
  { query: '정적파일서빙', expect: '정적 파일 서빙(Static File Serving)', category: 'spacing' },
  {
    query: '로드밸런싱알고리즘',
    expect: '로드 밸런싱 알고리즘(Load Balancing Algoritm)',
    category: 'spacing',
  },
  { query: '웹 소켓 프록시', expect: '웹소켓 프록시(WebSocket Proxy)', category: 'spacing' },

  // typo-query
  { query: '업스트링', expect: '업스트림(Upstream)', category: 'typo-query' },
  { query: '리버스 프럭시', expect: '리버스 프록시(Reverse Proxy)', category: 'typo-query' },
  { query: '워커 프로새스', expect: '워커 프로세스(Worker Process)', category: 'typo-query' },
  { query: 'gizp 압축', expect: 'gzip 압축(Gzip Compresion)', category: 'typo-query' },
  { query: '라운드 로반', expect: '라운드 로빈(Round Robin)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'configuration structure',
    expect: '설정 파일 구조(Configuration Structre)',
    category: 'typo-notes',
  },
  {
    query: 'load balancing algorithm',
    expect: '로드 밸런싱 알고리즘(Load Balancing Algoritm)',
    category: 'typo-notes',
  },
  { query: 'gzip compression', expect: 'gzip 압축(Gzip Compresion)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'djqtmxmfla', expect: '업스트림(Upstream)', category: 'keyboard' },
  { query: 'vmfhrtl zotld', expect: '프록시 캐싱(Proxy Caching)', category: 'keyboard' },
  { query: 'fhzpdltus qmffhr', expect: '로케이션 블록(Location Block)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅂㅅㅍㄹㅅ', expect: '리버스 프록시(Reverse Proxy)', category: 'choseong' },
  { query: 'ㅎㅅㅊㅋ', expect: '헬스 체크', category: 'choseong' },
  { query: 'ㅇㅋㅍㄹㅅㅅ', expect: '워커 프로세스(Worker Process)', category: 'choseong' },

  // english-glossary (heading and notes use only the Korean term)
  { query: 'health check', expect: '헬스 체크', category: 'english-glossary' },
  { query: 'forward proxy', expect: '포워드 프록시', category: 'english-glossary' },
  { query: 'rate limiting', expect: '요청 속도 제한', category: 'english-glossary' },
  { query: 'graceful reload', expect: '무중단 설정 반영', category: 'english-glossary' },

  // english
  {
    query: 'how to pass requests through to a node backend server',
    expect: '리버스 프록시(Reverse Proxy)',
    category: 'english',
  },
  {
    query: 'serve images and html files from a directory',
    expect: '정적 파일 서빙(Static File Serving)',
    category: 'english',
  },
  {
    query: 'compress responses to reduce bandwidth',
    expect: 'gzip 압축(Gzip Compresion)',
    category: 'english',
  },
  {
    query: 'decrypt https at the proxy and send plain http to the backend',
    expect: 'SSL 종료(SSL Termination)',
    category: 'english',
  },
  {
    query: 'send traffic to the server with the fewest active connections',
    expect: '최소 연결(Least Connections)',
    category: 'english',
  },

  // paraphrase
  {
    query: '백엔드 응답을 중간 서버 디스크에 저장했다가 같은 요청에 바로 돌려주기',
    expect: '프록시 캐싱(Proxy Caching)',
    category: 'paraphrase',
  },
  {
    query: '도메인마다 다른 사이트를 한 대에서 같이 운영하기',
    expect: '서버 블록(Server Block)',
    category: 'paraphrase',
  },
  { query: '여러 백엔드 주소를 한 이름으로 묶어두기', expect: '업스트림(Upstream)', category: 'paraphrase' },
  {
    query: '서버들한테 차례대로 하나씩 돌아가며 나눠주는 기본 방식',
    expect: '라운드 로빈(Round Robin)',
    category: 'paraphrase',
  },
  {
    query: '해시 붙은 js 번들은 사용자 컴퓨터에 한 달 동안 보관하게 하기',
    expect: '브라우저 캐시 제어(Cache-Control)',
    category: 'paraphrase',
  },
  {
    query: '요청 실패 몇 번 나면 그 서버를 잠깐 빼두는 설정',
    expect: '헬스 체크',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '리버스 프록시 포워드 프록시 차이',
    expect: ['리버스 프록시(Reverse Proxy)', '포워드 프록시'],
    category: 'comparison',
    compare: ['리버스 프록시(Reverse Proxy)', '포워드 프록시'],
  },
  {
    query: '프록시 캐시랑 브라우저 캐시 뭐가 달라',
    expect: ['프록시 캐싱(Proxy Caching)', '브라우저 캐시 제어(Cache-Control)'],
    category: 'comparison',
    compare: ['프록시 캐싱(Proxy Caching)', '브라우저 캐시 제어(Cache-Control)'],
  },
  {
    query: '라운드 로빈 vs least_conn',
    expect: ['라운드 로빈(Round Robin)', '최소 연결(Least Connections)'],
    category: 'comparison',
    compare: ['라운드 로빈(Round Robin)', '최소 연결(Least Connections)'],
  },
  {
    query: '접근 로그 에러 로그 차이',
    expect: ['접근 로그', '에러 로그'],
    category: 'comparison',
    compare: ['접근 로그', '에러 로그'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '임진왜란 주요 전투 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'HAProxy 설정 파일 작성법', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 인그레스 컨트롤러 설정', expect: null, category: 'miss-shared' },
  { query: 'CDN 엣지 캐시 무효화 purge', expect: null, category: 'miss-shared' },
  { query: 'HTTP/3 QUIC 프로토콜 동작', expect: null, category: 'miss-shared' },
];
