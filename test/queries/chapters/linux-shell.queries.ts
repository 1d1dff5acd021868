import type { ChapterQuery } from './types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '파이프', expect: '파이프(Pipe)', category: 'plain' },
  { query: 'chmod', expect: 'chmod', category: 'plain' },
  { query: '상대 경로', expect: '상대 경로(Relative Path)', category: 'plain' },
  { query: '패키지 관리자', expect: '패키지 관리자', category: 'plain' },

  // particles
  { query: '파이프란', expect: '파이프(Pipe)', category: 'particles' },
  { query: '리다이렉션이란', expect: '리다이렉션(Redirection)', category: 'particles' },
  { query: '셸이란', expect: '셸', category: 'particles' },
  { query: '환경변수는', expect: '환경변수란', category: 'particles' },
  { query: '크론탭은', expect: 'cron', category: 'particles' },

  // question
  { query: '권한 바꾸려면 어떻게 해', expect: 'chmod', category: 'question' },
  { query: 'export 안 하면 어떻게 돼', expect: '환경변수란', category: 'question' },
  {
    query: '터미널 꺼도 서버 계속 돌게 하려면 어떻게 해',
    expect: '포그라운드와 백그라운드',
    category: 'question',
  },
  { query: 'kill -9는 언제 써요', expect: 'kill', category: 'question' },
  { query: 'ssh 키는 왜 쓰나요', expect: 'SSH 키 인증', category: 'question' },
  { query: 'apt update 하는 이유', expect: '패키지 관리자', category: 'question' },
  { query: 'command not found 뜨는 이유', expect: 'PATH', category: 'question' },
  { query: 'source ~/.bashrc 왜 해야 돼', expect: '환경변슈 영구 설정', category: 'question' },
  { query: 'rm -rf 쓰면 뭐가 위험해요', expect: 'mkdir과 파일 조작', category: 'question' },
  { query: 'LD_LIBRARY_PATH 언제 필요해', expect: 'LD_LIBRARY_PATH', category: 'question' },

  // spacing
  { query: '패키지관리자', expect: '패키지 관리자', category: 'spacing' },
  { query: '절대경로', expect: '절대 경로(Absolute Path)', category: 'spacing' },
  { query: '환경 변수란', expect: '환경변수란', category: 'spacing' },
  { query: '표준입출력', expect: '리다이렉션(Redirection)', category: 'spacing' },

  // typo-query
  { query: 'chomd 755', expect: 'chmod', category: 'typo-query' },
  { query: 'redirecton', expect: '리다이렉션(Redirection)', category: 'typo-query' },
  { query: '환경뱐수란', expect: '환경변수란', category: 'typo-query' },
  { query: '디랙토리 구조', expect: '디렉토리 구조', category: 'typo-query' },
  { query: '프로새스 강제 종료', expect: 'kill', category: 'typo-query' },

  // typo-notes (the notes spell 환경변슈, 시그날, 퍼미숀)
  { query: '환경변수 영구 설정', expect: '환경변슈 영구 설정', category: 'typo-notes' },
  { query: '시그널 보내기', expect: 'kill', category: 'typo-notes' },
  { query: '퍼미션 바꾸는 명령어', expect: 'chmod', category: 'typo-notes' },

  // keyboard (두벌식 typed on an English layout)
  { query: 'vkdlvm', expect: '파이프(Pipe)', category: 'keyboard' }, // 파이프
  { query: 'rnjsgks qusrud', expect: 'chmod', category: 'keyboard' }, // 권한 변경
  { query: 'ghksrudqustn', expect: '환경변수란', category: 'keyboard' }, // 환경변수

  // choseong
  { query: 'ㅍㅇㅍ', expect: '파이프(Pipe)', category: 'choseong' },
  { query: 'ㅍㅋㅈ ㄱㄹㅈ', expect: '패키지 관리자', category: 'choseong' },
  { query: 'ㅅㄷ ㄱㄹ', expect: '상대 경로(Relative Path)', category: 'choseong' },

  // english-glossary (process, authentication, package, dependency, environment, variable are in glossary.yaml)
  { query: 'process', expect: '프로세스', category: 'english-glossary' },
  { query: 'ssh key authentication', expect: 'SSH 키 인증', category: 'english-glossary' },
  { query: 'package dependency', expect: '패키지 관리자', category: 'english-glossary' },
  { query: 'environment variable', expect: '환경변수란', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'shell', expect: '셸', category: 'english' },
  { query: 'ld library path', expect: 'LD_LIBRARY_PATH', category: 'english' },
  { query: 'how to change file permissions', expect: 'chmod', category: 'english' },
  { query: 'run command in background', expect: '포그라운드와 백그라운드', category: 'english' },
  { query: 'redirect stderr to a file', expect: '리다이렉션(Redirection)', category: 'english' },

  // paraphrase
  { query: '명령어 출력을 다른 명령어 입력으로 넘기는 것', expect: '파이프(Pipe)', category: 'paraphrase' },
  { query: '매일 밤 자동으로 백업 돌아가게 예약하기', expect: 'cron', category: 'paraphrase' },
  { query: '비밀번호 없이 서버에 로그인하는 방법', expect: 'SSH 키 인증', category: 'paraphrase' },
  { query: '명령어 쳤을 때 실행 파일을 어디서 찾는지 정해주는 설정', expect: 'PATH', category: 'paraphrase' },
  { query: '지금 내가 어느 폴더에 있는지 확인하는 명령어', expect: 'ls와 cd', category: 'paraphrase' },

  // comparison
  {
    query: '절대 경로랑 상대 경로 차이',
    expect: ['절대 경로(Absolute Path)', '상대 경로(Relative Path)'],
    category: 'comparison',
    compare: ['절대 경로(Absolute Path)', '상대 경로(Relative Path)'],
  },
  {
    query: '터미널과 셸의 차이점',
    expect: ['터미널', '셸'],
    category: 'comparison',
    compare: ['터미널', '셸'],
  },
  {
    query: 'pipe vs redirection',
    expect: ['파이프(Pipe)', '리다이렉션(Redirection)'],
    category: 'comparison',
    compare: ['파이프(Pipe)', '리다이렉션(Redirection)'],
  },

  // miss
  { query: '도커 컨테이너 띄우는 법', expect: null, category: 'miss' },
  { query: '자바 가비지 컬렉션', expect: null, category: 'miss' },
  { query: 'vim 단축키', expect: null, category: 'miss' },

  // miss-shared (저널링, 스케줄링, 포워딩 appear nowhere in the chapter)
  { query: '파일 시스템 저널링', expect: null, category: 'miss-shared' },
  { query: '프로세스 스케줄링 알고리즘', expect: null, category: 'miss-shared' },
  { query: 'ssh 포트 포워딩', expect: null, category: 'miss-shared' },
];
