import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '스티키 비트', expect: '스티키 비트(Stiky Bit)', category: 'plain' },
  { query: '심볼릭 모드', expect: '심볼릭 모드(Symbolic Mode)', category: 'plain' },
  { query: 'UID GID', expect: 'UID와 GID', category: 'plain' },
  { query: '루트 계정', expect: '루트 계정(Root)', category: 'plain' },

  // particles
  { query: 'umask가 뭐야', expect: '기본 권한 마스크(umask)', category: 'particles' },
  { query: 'SetUID란', expect: 'SetUID', category: 'particles' },
  { query: 'sudo는 뭐임', expect: 'sudo 명령어', category: 'particles' },
  { query: '8진수 모드가 뭐야', expect: '8진수 모드(Octal Mode)', category: 'particles' },
  { query: 'chgrp은 뭐야', expect: '그룹 변경(chgrp)', category: 'particles' },

  // question
  {
    query: 'bash run.sh는 되는데 ./run.sh는 왜 안 돼',
    expect: '읽기·쓰기·실행 권한(rwx)',
    category: 'question',
  },
  {
    query: 'docker 그룹 추가했더니 원래 그룹이 다 사라졌어요',
    expect: '사용자 관리 명령어(useradd, usermod)',
    category: 'question',
  },
  { query: 'ssh 키 권한 너무 열려 있다고 접속이 안 돼', expect: '자주 쓰는 권한 숫자', category: 'question' },
  { query: '일반 사용자가 어떻게 passwd로 비밀번호를 바꿀 수 있어', expect: 'SetUID', category: 'question' },
  { query: '/tmp에서 남의 파일 지울 수 있어?', expect: '스티키 비트(Stiky Bit)', category: 'question' },
  {
    query: '특정 사용자 한 명한테만 쓰기 권한 주려면 어떻게 해',
    expect: '접근 제어 목록',
    category: 'question',
  },
  {
    query: 'sudoers 파일 그냥 vim으로 고쳐도 돼?',
    expect: 'sudoers 설정(sudoers Configuraton)',
    category: 'question',
  },
  { query: '새로 만든 파일 권한이 왜 항상 644야', expect: '기본 권한 마스크(umask)', category: 'question' },
  {
    query: '폴더 안에 있는 파일 전부 권한 한 번에 바꾸려면',
    expect: '재귀 변경(Recursve Option)',
    category: 'question',
  },
  {
    query: '팀 공유 폴더에 만든 파일 그룹이 자동으로 따라오게 하려면',
    expect: 'SetGID',
    category: 'question',
  },

  // spacing
  { query: '스티키비트', expect: '스티키 비트(Stiky Bit)', category: 'spacing' },
  { query: '최소권한원칙', expect: '최소 권한 원칙', category: 'spacing' },
  { query: '권한문자열읽기', expect: '권한 문자열 읽기(Permission String)', category: 'spacing' },
  { query: '계정정보파일', expect: '계정 정보 파일(/etc/passwd, /etc/shadow)', category: 'spacing' },

  // typo-query
  { query: '스틱키 비트', expect: '스티키 비트(Stiky Bit)', category: 'typo-query' },
  { query: '심블릭 모드', expect: '심볼릭 모드(Symbolic Mode)', category: 'typo-query' },
  { query: 'umsak', expect: '기본 권한 마스크(umask)', category: 'typo-query' },
  { query: 'chmdo 8진수', expect: '8진수 모드(Octal Mode)', category: 'typo-query' },
  { query: '최소 권환 원칙', expect: '최소 권한 원칙', category: 'typo-query' },

  // typo-notes
  { query: 'recursive', expect: '재귀 변경(Recursve Option)', category: 'typo-notes' },
  { query: 'sudoers configuration', expect: 'sudoers 설정(sudoers Configuraton)', category: 'typo-notes' },
  { query: 'sticky bit', expect: '스티키 비트(Stiky Bit)', category: 'typo-notes' },

  // keyboard
  { query: 'tmxlzl qlxm', expect: '스티키 비트(Stiky Bit)', category: 'keyboard' },
  { query: 'rmfnq', expect: '그룹(Group)', category: 'keyboard' },
  { query: 'fnxm rPwjd', expect: '루트 계정(Root)', category: 'keyboard' },

  // choseong
  { query: 'ㅊㅅ ㄱㅎ ㅇㅊ', expect: '최소 권한 원칙', category: 'choseong' },
  { query: 'ㅈㄱ ㅈㅇ ㅁㄹ', expect: '접근 제어 목록', category: 'choseong' },
  { query: 'ㅅㅂㄹ ㅁㄷ', expect: '심볼릭 모드(Symbolic Mode)', category: 'choseong' },

  // english-glossary
  { query: 'access control list', expect: '접근 제어 목록', category: 'english-glossary' },
  { query: 'principle of least privilege', expect: '최소 권한 원칙', category: 'english-glossary' },
  { query: 'directory permissions', expect: '디렉터리 권한의 의미', category: 'english-glossary' },
  { query: 'owner group others', expect: '권한 대상 구분', category: 'english-glossary' },

  // english
  { query: 'how does sudo work', expect: 'sudo 명령어', category: 'english' },
  { query: 'how to change file owner in linux', expect: '소유자 변경(chown)', category: 'english' },
  { query: 'what is the setuid bit', expect: 'SetUID', category: 'english' },
  {
    query: 'default permissions for newly created files',
    expect: '기본 권한 마스크(umask)',
    category: 'english',
  },
  { query: 'switch to another user account', expect: 'su 명령어(Switch User)', category: 'english' },

  // paraphrase
  {
    query: '새로 만든 파일에서 미리 떼어낼 비트를 정해두는 값',
    expect: '기본 권한 마스크(umask)',
    category: 'paraphrase',
  },
  {
    query: '아무나 쓸 수 있는 공용 폴더에서 남이 만든 건 못 지우게 하는 장치',
    expect: '스티키 비트(Stiky Bit)',
    category: 'paraphrase',
  },
  {
    query: 'r은 4 w는 2 x는 1 더해서 세 자리 숫자로 나타내기',
    expect: '8진수 모드(Octal Mode)',
    category: 'paraphrase',
  },
  {
    query: '딱 필요한 만큼만 허락하고 나머지는 막아두는 보안 사고방식',
    expect: '최소 권한 원칙',
    category: 'paraphrase',
  },
  { query: '사람 이름 대신 커널이 쓰는 숫자 식별자', expect: 'UID와 GID', category: 'paraphrase' },
  {
    query: '비밀번호 해시가 저장되는 곳',
    expect: '계정 정보 파일(/etc/passwd, /etc/shadow)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '심볼릭 모드 vs 8진수 모드',
    expect: ['심볼릭 모드(Symbolic Mode)', '8진수 모드(Octal Mode)'],
    category: 'comparison',
    compare: ['심볼릭 모드(Symbolic Mode)', '8진수 모드(Octal Mode)'],
  },
  {
    query: 'su랑 sudo 차이',
    expect: ['su 명령어(Switch User)', 'sudo 명령어'],
    category: 'comparison',
    compare: ['su 명령어(Switch User)', 'sudo 명령어'],
  },
  {
    query: 'SetUID와 SetGID 차이',
    expect: ['SetUID', 'SetGID'],
    category: 'comparison',
    compare: ['SetUID', 'SetGID'],
  },
  {
    query: 'chown vs chgrp',
    expect: ['소유자 변경(chown)', '그룹 변경(chgrp)'],
    category: 'comparison',
    compare: ['소유자 변경(chown)', '그룹 변경(chgrp)'],
  },

  // miss
  { query: '김장 김치 담그는 법', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절', expect: null, category: 'miss' },
  { query: '임진왜란 발발 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: 'SELinux 보안 컨텍스트 설정', expect: null, category: 'miss-shared' },
  { query: 'crontab 예약 작업 등록', expect: null, category: 'miss-shared' },
  { query: '방화벽 iptables 포트 열기', expect: null, category: 'miss-shared' },
  { query: 'fstab 파일 시스템 마운트', expect: null, category: 'miss-shared' },
];
