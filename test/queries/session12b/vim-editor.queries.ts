import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '매크로', expect: '매크로(Macro)', category: 'plain' },
  { query: '텍스트 객체', expect: '텍스트 객체', category: 'plain' },
  { query: '윈도우 분할', expect: '윈도우 분할(Split Windows)', category: 'plain' },
  { query: '삽입 모드', expect: '삽입 모드(Insert Mode)', category: 'plain' },

  // particles
  { query: '레지스터가 뭐야', expect: '레지스터(Registers)', category: 'particles' },
  { query: '버퍼란', expect: '버퍼(Buffers)', category: 'particles' },
  { query: '마크는 뭐임', expect: '마크(Marks)', category: 'particles' },
  { query: '비주얼 모드가 뭐야', expect: '비주얼 모드(Visal Mode)', category: 'particles' },
  { query: '키 매핑이란', expect: '키 매핑(Key Mapping)', category: 'particles' },

  // question
  {
    query: 'vim 어떻게 나가요 종료가 안 돼요',
    expect: '명령줄 모드(Command-line Mode)',
    category: 'question',
  },
  {
    query: 'vim에서 복사한 거 다른 프로그램에 붙여넣기가 안 돼요',
    expect: '클립보드 레지스터(Clipboard Register)',
    category: 'question',
  },
  { query: '파일 전체에서 foo를 bar로 한꺼번에 바꾸려면', expect: '치환(Substitute)', category: 'question' },
  {
    query: '바꿀 때마다 하나씩 물어보면서 바꾸려면 어떻게 해',
    expect: '치환 플래그(Flags)',
    category: 'question',
  },
  { query: '따옴표 안에 있는 글자만 싹 바꾸고 싶어', expect: '텍스트 객체', category: 'question' },
  {
    query: '여러 줄 앞에 한꺼번에 // 주석 넣으려면',
    expect: '비주얼 모드(Visal Mode)',
    category: 'question',
  },
  {
    query: '방금 한 수정을 다른 데서 똑같이 또 하려면',
    expect: '반복 명령(Dot Commnad)',
    category: 'question',
  },
  { query: 'jk 누르면 Esc 되게 하려면 어떻게 설정해', expect: '키 매핑(Key Mapping)', category: 'question' },
  { query: 'u로 되돌렸는데 다시 살리려면', expect: '실행 취소와 다시 실행', category: 'question' },
  { query: 'gg로 맨 위 갔다가 원래 보던 위치로 돌아가려면', expect: '점프 목록', category: 'question' },

  // spacing
  { query: '노멀모드', expect: '노멀 모드(Normal Mode)', category: 'spacing' },
  { query: '실행취소와 다시실행', expect: '실행 취소와 다시 실행', category: 'spacing' },
  { query: '탭페이지', expect: '탭 페이지(Tab Pages)', category: 'spacing' },
  { query: '이름있는 레지스터', expect: '이름 있는 레지스터(Named Register)', category: 'spacing' },

  // typo-query
  { query: '레지스타', expect: '레지스터(Registers)', category: 'typo-query' },
  { query: '비쥬얼 모드', expect: '비주얼 모드(Visal Mode)', category: 'typo-query' },
  { query: '멍령줄 모드', expect: '명령줄 모드(Command-line Mode)', category: 'typo-query' },
  { query: '텍스트 객채', expect: '텍스트 객체', category: 'typo-query' },
  { query: '검섹', expect: '검색(Search)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'visual mode', expect: '비주얼 모드(Visal Mode)', category: 'typo-notes' },
  { query: 'dot command', expect: '반복 명령(Dot Commnad)', category: 'typo-notes' },
  { query: 'plugin manager', expect: '플러그인 관리자(Plugin Manger)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'aozmfh', expect: '매크로(Macro)', category: 'keyboard' },
  { query: 'qjvj', expect: '버퍼(Buffers)', category: 'keyboard' },
  { query: 'rjator', expect: '검색(Search)', category: 'keyboard' },

  // choseong
  { query: 'ㄴㅁㅁㄷ', expect: '노멀 모드(Normal Mode)', category: 'choseong' },
  { query: 'ㅈㅍㅁㄹ', expect: '점프 목록', category: 'choseong' },
  { query: 'ㅁㅂㄱㅈ', expect: '문법 강조', category: 'choseong' },

  // english-glossary (heading and notes use only the Korean form)
  { query: 'jump list', expect: '점프 목록', category: 'english-glossary' },
  { query: 'text objects', expect: '텍스트 객체', category: 'english-glossary' },
  { query: 'undo and redo', expect: '실행 취소와 다시 실행', category: 'english-glossary' },
  { query: 'syntax highlighting', expect: '문법 강조', category: 'english-glossary' },

  // english
  { query: 'how to record and replay keystrokes in vim', expect: '매크로(Macro)', category: 'english' },
  { query: 'split the screen vertically', expect: '윈도우 분할(Split Windows)', category: 'english' },
  {
    query: 'change surrounding double quotes to single quotes',
    expect: '괄호 감싸기(vim-surround)',
    category: 'english',
  },
  { query: 'fuzzy search files by name', expect: '퍼지 파인더(fzf.vim)', category: 'english' },
  { query: 'move to the start of the next word', expect: '단어 이동(Word Motion)', category: 'english' },

  // paraphrase
  {
    query: '키 하나하나가 글자 입력이 아니라 명령으로 먹히는 기본 상태',
    expect: '노멀 모드(Normal Mode)',
    category: 'paraphrase',
  },
  { query: '메모리에 올라간 파일들 목록 보고 왔다갔다하기', expect: '버퍼(Buffers)', category: 'paraphrase' },
  {
    query: '지우기 복사 같은 동작 뒤에 어디까지를 붙여서 조합하는 편집 문법',
    expect: '연산자와 모션(Operator + Motion)',
    category: 'paraphrase',
  },
  { query: '지금 자리에 이름표 붙여두고 나중에 순간이동', expect: '마크(Marks)', category: 'paraphrase' },
  {
    query: '에디터 켤 때마다 자동으로 실행되는 내 개인 옵션 모음',
    expect: '.vimrc 설정 파일(vimrc)',
    category: 'paraphrase',
  },
  {
    query: '왼쪽에 폴더 구조를 나무처럼 띄워주는 거',
    expect: '파일 탐색기(NERDTree)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '버퍼랑 탭 차이',
    expect: ['버퍼(Buffers)', '탭 페이지(Tab Pages)'],
    category: 'comparison',
    compare: ['버퍼(Buffers)', '탭 페이지(Tab Pages)'],
  },
  {
    query: '삽입 모드 노멀 모드 차이',
    expect: ['삽입 모드(Insert Mode)', '노멀 모드(Normal Mode)'],
    category: 'comparison',
    compare: ['삽입 모드(Insert Mode)', '노멀 모드(Normal Mode)'],
  },
  {
    query: '이름 있는 레지스터 vs 클립보드 레지스터',
    expect: ['이름 있는 레지스터(Named Register)', '클립보드 레지스터(Clipboard Register)'],
    category: 'comparison',
    compare: ['이름 있는 레지스터(Named Register)', '클립보드 레지스터(Clipboard Register)'],
  },
  {
    query: '마크랑 점프 목록 차이가 뭐야',
    expect: ['마크(Marks)', '점프 목록'],
    category: 'comparison',
    compare: ['마크(Marks)', '점프 목록'],
  },

  // miss
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'VS Code 확장 설치하는 법', expect: null, category: 'miss-shared' },
  { query: 'tmux 세션에서 창 분할하기', expect: null, category: 'miss-shared' },
  { query: 'git rebase 인터랙티브 모드 사용법', expect: null, category: 'miss-shared' },
  { query: 'Emacs 키 바인딩 설정', expect: null, category: 'miss-shared' },
];
