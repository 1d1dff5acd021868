import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '셔뱅', expect: '셔뱅(Shebang)', category: 'plain' },
  { query: '리다이렉션', expect: '리다이렉션(Redirection)', category: 'plain' },
  { query: '엄격 모드', expect: '엄격 모드(Strict Mode)', category: 'plain' },
  { query: '히어 독', expect: '히어 독(Here Document)', category: 'plain' },

  // particles
  { query: '환경 변수가 뭐야', expect: '환경 변수(Enviroment Variables)', category: 'particles' },
  { query: '파이프란', expect: '파이프(Pipe)', category: 'particles' },
  { query: '트랩은 뭐임', expect: '트랩(Trap)', category: 'particles' },
  { query: '배열을 어떻게 써', expect: '배열(Arrays)', category: 'particles' },
  { query: '함수란', expect: '함수(Functions)', category: 'particles' },

  // question
  {
    query: '스크립트 실행하면 Permission denied 떠요',
    expect: '실행 권한(Execute Permission)',
    category: 'question',
  },
  {
    query: 'name = kim 하면 왜 command not found 나와',
    expect: '변수 선언과 사용(Variables)',
    category: 'question',
  },
  {
    query: '에러 메시지도 로그 파일에 같이 저장하려면',
    expect: '리다이렉션(Redirection)',
    category: 'question',
  },
  {
    query: '스크립트 중간에 명령 하나 실패하면 바로 멈추게 하려면',
    expect: '엄격 모드(Strict Mode)',
    category: 'question',
  },
  {
    query: '스크립트 끝날 때 임시 파일 자동으로 지우려면 어떻게 해',
    expect: '트랩(Trap)',
    category: 'question',
  },
  { query: '파일을 한 줄씩 읽으려면 어떻게 해', expect: 'while 반복문(while Loop)', category: 'question' },
  { query: '함수에서 값 어떻게 돌려받아', expect: '함수(Functions)', category: 'question' },
  { query: '스크립트에 넘긴 인자 개수 어떻게 알아', expect: '위치 매개변수', category: 'question' },
  { query: '직전 명령 성공했는지 어떻게 확인해', expect: '종료 상태(Exit Status)', category: 'question' },
  {
    query: '숫자 크기 비교할 때 > 쓰면 왜 파일이 생겨',
    expect: '테스트 연산자(Test Operatros)',
    category: 'question',
  },

  // spacing
  { query: '환경변수', expect: '환경 변수(Enviroment Variables)', category: 'spacing' },
  { query: '명령치환', expect: '명령 치환', category: 'spacing' },
  { query: '위치매개 변수', expect: '위치 매개변수', category: 'spacing' },
  { query: '텍스트처리도구', expect: '텍스트 처리 도구(Text Tools)', category: 'spacing' },

  // typo-query
  { query: '리다이렉숀', expect: '리다이렉션(Redirection)', category: 'typo-query' },
  { query: '셔벵', expect: '셔뱅(Shebang)', category: 'typo-query' },
  { query: '종료 상테', expect: '종료 상태(Exit Status)', category: 'typo-query' },
  { query: '산술 확짱', expect: '산술 확장', category: 'typo-query' },
  { query: '엄걱 모드', expect: '엄격 모드(Strict Mode)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'environment variables', expect: '환경 변수(Enviroment Variables)', category: 'typo-notes' },
  { query: 'test operators', expect: '테스트 연산자(Test Operatros)', category: 'typo-notes' },
  { query: 'debugging', expect: '디버깅(Debuging)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vkdlvm', expect: '파이프(Pipe)', category: 'keyboard' },
  { query: 'xmfoq', expect: '트랩(Trap)', category: 'keyboard' },
  { query: 'qoduf', expect: '배열(Arrays)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㄱㅂㅅ', expect: '환경 변수(Enviroment Variables)', category: 'choseong' },
  { query: 'ㅁㄹㅊㅎ', expect: '명령 치환', category: 'choseong' },
  { query: 'ㄹㄷㅇㄹㅅ', expect: '리다이렉션(Redirection)', category: 'choseong' },

  // english-glossary
  { query: 'command substitution', expect: '명령 치환', category: 'english-glossary' },
  { query: 'positional parameters', expect: '위치 매개변수', category: 'english-glossary' },
  { query: 'arithmetic expansion', expect: '산술 확장', category: 'english-glossary' },
  { query: 'standard streams', expect: '표준 스트림', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to make a bash script executable',
    expect: '실행 권한(Execute Permission)',
    category: 'english',
  },
  { query: 'append output to the end of a file', expect: '리다이렉션(Redirection)', category: 'english' },
  { query: 'clean up temp files when the script exits', expect: '트랩(Trap)', category: 'english' },
  { query: 'exit immediately if a command fails', expect: '엄격 모드(Strict Mode)', category: 'english' },
  {
    query: 'pass a variable to a child process',
    expect: '환경 변수(Enviroment Variables)',
    category: 'english',
  },

  // paraphrase
  {
    query: '스크립트 첫 줄에 어떤 프로그램으로 돌릴지 적어두는 것',
    expect: '셔뱅(Shebang)',
    category: 'paraphrase',
  },
  { query: '앞 명령 결과를 다음 명령 입력으로 흘려보내기', expect: '파이프(Pipe)', category: 'paraphrase' },
  {
    query: '여러 줄 문자열을 명령 입력으로 그대로 넣는 문법',
    expect: '히어 독(Here Document)',
    category: 'paraphrase',
  },
  {
    query: '실행되는 명령을 한 줄씩 찍어보면서 문제 찾기',
    expect: '디버깅(Debuging)',
    category: 'paraphrase',
  },
  {
    query: '첫 명령이 잘 되면 다음 것, 안 되면 대체 명령 돌리기',
    expect: '명령 연결 연산자(&& and ||)',
    category: 'paraphrase',
  },
  { query: '로그 파일에서 특정 열만 뽑거나 합계 내기', expect: 'awk 필드 처리', category: 'paraphrase' },

  // comparison
  {
    query: '작은따옴표 큰따옴표 차이',
    expect: ['작은따옴표(Single Quotes)', '큰따옴표(Double Quotes)'],
    category: 'comparison',
    compare: ['작은따옴표(Single Quotes)', '큰따옴표(Double Quotes)'],
  },
  {
    query: 'if랑 case 차이가 뭐야',
    expect: ['if 문(if Statement)', 'case 문(case Statement)'],
    category: 'comparison',
    compare: ['if 문(if Statement)', 'case 문(case Statement)'],
  },
  {
    query: 'for vs while',
    expect: ['for 반복문(for Loop)', 'while 반복문(while Loop)'],
    category: 'comparison',
    compare: ['for 반복문(for Loop)', 'while 반복문(while Loop)'],
  },
  {
    query: '그냥 변수랑 export 한 변수 차이',
    expect: ['변수 선언과 사용(Variables)', '환경 변수(Enviroment Variables)'],
    category: 'comparison',
    compare: ['변수 선언과 사용(Variables)', '환경 변수(Enviroment Variables)'],
  },

  // miss
  { query: '김장 김치 담그는 법', expect: null, category: 'miss' },
  { query: '야구 타율 계산하는 법', expect: null, category: 'miss' },
  { query: '피아노 코드 반주 연습', expect: null, category: 'miss' },

  // miss-shared
  { query: 'cron으로 매일 새벽에 스크립트 실행 예약', expect: null, category: 'miss-shared' },
  { query: 'PowerShell 스크립트 실행 정책 변경', expect: null, category: 'miss-shared' },
  { query: 'zsh 플러그인 설치해서 셸 꾸미기', expect: null, category: 'miss-shared' },
  { query: 'systemd 서비스 유닛 파일 작성', expect: null, category: 'miss-shared' },
];
