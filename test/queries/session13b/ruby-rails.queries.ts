import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '마이그레이션', expect: '마이그레이션(Migration)', category: 'plain' },
  { query: '스캐폴딩', expect: '스캐폴딩(Scaffolding)', category: 'plain' },
  { query: '콜백', expect: '콜백(Callbacks)', category: 'plain' },
  { query: '라우팅', expect: '라우팅(Routing)', category: 'plain' },

  // particles
  { query: '젬이 뭐야', expect: '젬과 번들러(Gems & Bundler)', category: 'particles' },
  { query: '유효성 검사란', expect: '유효성 검사(Validatoins)', category: 'particles' },
  { query: '연관 관계는 뭐임', expect: '연관 관계(Associations)', category: 'particles' },
  { query: '파셜이 뭐야', expect: '파셜과 레이아웃(Partials & Layuot)', category: 'particles' },
  { query: '강한 매개변수란', expect: '강한 매개변수', category: 'particles' },

  // question
  {
    query: 'db:migrate 잘못 돌렸는데 되돌리려면 어떻게 해',
    expect: '마이그레이션(Migration)',
    category: 'question',
  },
  {
    query: '글 저장하고 새로고침하면 폼이 또 제출돼요',
    expect: 'redirect_to',
    category: 'question',
  },
  {
    query: '저장 실패했을 때 입력한 값 그대로 두고 폼 다시 보여주려면',
    expect: 'render',
    category: 'question',
  },
  { query: 'ForbiddenAttributesError 왜 나요', expect: '강한 매개변수', category: 'question' },
  {
    query: '글 목록 페이지 열면 SELECT가 수십 번 찍혀요',
    expect: 'N+1 쿼리 문제(N+1 Query Problem)',
    category: 'question',
  },
  { query: '댓글 저장하는데 article must exist 에러 떠요', expect: 'belongs_to', category: 'question' },
  {
    query: '이메일 중복 체크 넣었는데 가끔 중복 가입돼요',
    expect: '유효성 검사(Validatoins)',
    category: 'question',
  },
  {
    query: '롤백됐는데 환영 메일이 나가버려요 어디서 보내야 돼',
    expect: '콜백(Callbacks)',
    category: 'question',
  },
  {
    query: 'bundle install 하면 생기는 lock 파일 뭐야',
    expect: '젬과 번들러(Gems & Bundler)',
    category: 'question',
  },
  { query: 'API 키 같은 비밀값은 어디에 저장해', expect: '환경 설정(Environments)', category: 'question' },

  // spacing
  { query: '설정보다관례', expect: '설정보다 관례(Convention over Configuraton)', category: 'spacing' },
  { query: '유효성검사', expect: '유효성 검사(Validatoins)', category: 'spacing' },
  { query: '객체관계매핑', expect: '객체 관계 매핑', category: 'spacing' },
  { query: '백그라운드작업', expect: '백그라운드 작업(Active Job)', category: 'spacing' },

  // typo-query
  { query: '마이그래이션', expect: '마이그레이션(Migration)', category: 'typo-query' },
  { query: '스케폴딩', expect: '스캐폴딩(Scaffolding)', category: 'typo-query' },
  { query: '컨트롤로', expect: '컨트롤러(Controller)', category: 'typo-query' },
  { query: 'assocation', expect: '연관 관계(Associations)', category: 'typo-query' },
  { query: '레스트플 리소스', expect: '레스트풀 리소스(RESTful Resources)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  {
    query: 'convention over configuration',
    expect: '설정보다 관례(Convention over Configuraton)',
    category: 'typo-notes',
  },
  { query: 'layout', expect: '파셜과 레이아웃(Partials & Layuot)', category: 'typo-notes' },
  { query: 'validations', expect: '유효성 검사(Validatoins)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'akdlrmfpdltus', expect: '마이그레이션(Migration)', category: 'keyboard' },
  { query: 'fkdnxld', expect: '라우팅(Routing)', category: 'keyboard' },
  { query: 'zhfqor', expect: '콜백(Callbacks)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅈㅂㄷㄱㄹ', expect: '설정보다 관례(Convention over Configuraton)', category: 'choseong' },
  { query: 'ㅇㅎㅅㄱㅅ', expect: '유효성 검사(Validatoins)', category: 'choseong' },
  { query: 'ㄱㅎㅁㄱㅂㅅ', expect: '강한 매개변수', category: 'choseong' },

  // english-glossary
  { query: 'object relational mapping', expect: '객체 관계 매핑', category: 'english-glossary' },
  { query: 'strong parameters', expect: '강한 매개변수', category: 'english-glossary' },
  { query: 'asset pipeline', expect: '자산 파이프라인', category: 'english-glossary' },
  { query: 'eager loading', expect: '즉시 로딩', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to undo the last database schema change',
    expect: '마이그레이션(Migration)',
    category: 'english',
  },
  { query: 'generate full CRUD with one command', expect: '스캐폴딩(Scaffolding)', category: 'english' },
  {
    query: 'run code automatically before a record is saved',
    expect: '콜백(Callbacks)',
    category: 'english',
  },
  {
    query: 'process slow tasks outside the request cycle',
    expect: '백그라운드 작업(Active Job)',
    category: 'english',
  },
  {
    query: 'where do I define which URL goes to which action',
    expect: '라우팅(Routing)',
    category: 'english',
  },

  // paraphrase
  {
    query: '파일이랑 클래스 이름 규칙만 지키면 연결 코드 안 써도 되는 레일즈 철학',
    expect: '설정보다 관례(Convention over Configuraton)',
    category: 'paraphrase',
  },
  {
    query: '같은 코드를 여러 군데 복붙하지 말자는 원칙',
    expect: '반복하지 마라(DRY)',
    category: 'paraphrase',
  },
  {
    query: '사용자가 폼에 관리자 권한 값 몰래 끼워 보내는 걸 막는 장치',
    expect: '강한 매개변수',
    category: 'paraphrase',
  },
  {
    query: 'DB 테이블 구조 바꾼 이력을 코드 파일로 남기는 것',
    expect: '마이그레이션(Migration)',
    category: 'paraphrase',
  },
  {
    query: '모든 페이지에 공통으로 깔리는 헤더 푸터 껍데기',
    expect: '파셜과 레이아웃(Partials & Layuot)',
    category: 'paraphrase',
  },
  {
    query: '라이브러리 목록 적어두고 한 번에 설치하는 도구',
    expect: '젬과 번들러(Gems & Bundler)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'render랑 redirect_to 차이',
    expect: ['render', 'redirect_to'],
    category: 'comparison',
    compare: ['render', 'redirect_to'],
  },
  {
    query: 'belongs_to has_many 차이가 뭐야',
    expect: ['belongs_to', 'has_many'],
    category: 'comparison',
    compare: ['belongs_to', 'has_many'],
  },
  {
    query: '지연 로딩 vs 즉시 로딩',
    expect: ['지연 로딩', '즉시 로딩'],
    category: 'comparison',
    compare: ['지연 로딩', '즉시 로딩'],
  },
  {
    query: 'Minitest랑 RSpec 뭐가 달라',
    expect: ['Minitest', 'RSpec'],
    category: 'comparison',
    compare: ['Minitest', 'RSpec'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 자유투 잘 던지는 법', expect: null, category: 'miss' },
  { query: '고려 무신정권 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Hotwire Turbo 스트림으로 실시간 화면 업데이트', expect: null, category: 'miss-shared' },
  { query: 'Action Cable 웹소켓으로 채팅 만들기', expect: null, category: 'miss-shared' },
  { query: '루비 proc lambda 차이', expect: null, category: 'miss-shared' },
  { query: '레일즈 i18n 다국어 번역 파일', expect: null, category: 'miss-shared' },
];
