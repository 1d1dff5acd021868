import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '네임스페이스', expect: '네임스페이스(Namespace)', category: 'plain' },
  { query: '컨트롤러', expect: '컨트롤러(Controller)', category: 'plain' },
  { query: '쿼리 빌더', expect: '쿼리 빌더(Query Builder)', category: 'plain' },
  { query: '서비스 컨테이너', expect: '서비스 컨테이너(Service Container)', category: 'plain' },

  // particles
  { query: '컴포저가 뭐야', expect: '컴포저(Composer)', category: 'particles' },
  { query: '마이그레이션이란', expect: '마이그레이션(Migration)', category: 'particles' },
  {
    query: '블레이드 컴포넌트는 어떻게 만들어',
    expect: '블레이드 컴포넌트(Blade Components)',
    category: 'particles',
  },
  { query: '미들웨어가 뭐임', expect: '미들웨어(Midleware)', category: 'particles' },
  { query: '시더와 팩토리는 왜 써', expect: '시더와 팩토리(Seeder & Factory)', category: 'particles' },

  // question
  { query: '폼 보냈는데 419 에러 떠요', expect: 'CSRF 보호(CSRF Protection)', category: 'question' },
  {
    query: 'PHP에서 문자열 합칠 때 + 하면 왜 안 돼',
    expect: '변수와 타입(Variables & Types)',
    category: 'question',
  },
  {
    query: '글 목록 띄우는데 쿼리가 100번 넘게 나가요',
    expect: 'N+1 문제와 즉시 로딩',
    category: 'question',
  },
  { query: '.env 수정했는데 반영이 안 돼요', expect: '환경 설정 파일(.env)', category: 'question' },
  {
    query: '이메일 보내는 거 때문에 응답이 너무 느려요',
    expect: '큐와 잡(Queue & Job)',
    category: 'question',
  },
  { query: '모바일 앱 로그인은 어떻게 처리해', expect: 'API 토큰 인증(Sanctum)', category: 'question' },
  {
    query: '글이랑 태그 연결하려면 테이블 어떻게 만들어',
    expect: '다대다 관계(belongsToMany)',
    category: 'question',
  },
  {
    query: 'URL에 id 받아서 모델 바로 꺼내려면',
    expect: '라우트 매개변수(Route Parametres)',
    category: 'question',
  },
  { query: '입력값 틀렸을 때 에러 메시지 보여주려면', expect: '유효성 검사', category: 'question' },
  {
    query: 'require 안 쓰고 클래스 파일 자동으로 불러오려면',
    expect: 'PSR-4 오토로딩(Autoloading)',
    category: 'question',
  },

  // spacing
  { query: '엘로퀀트모델', expect: '엘로퀀트 모델(Eloquent Model)', category: 'spacing' },
  { query: '라우트매개변수', expect: '라우트 매개변수(Route Parametres)', category: 'spacing' },
  { query: '대량할당', expect: '대량 할당', category: 'spacing' },
  { query: '세션기반인증', expect: '세션 기반 인증', category: 'spacing' },

  // typo-query
  { query: '미들웨워', expect: '미들웨어(Midleware)', category: 'typo-query' },
  { query: '컴포져', expect: '컴포저(Composer)', category: 'typo-query' },
  { query: '마이그래이션', expect: '마이그레이션(Migration)', category: 'typo-query' },
  { query: 'eloquant model', expect: '엘로퀀트 모델(Eloquent Model)', category: 'typo-query' },
  { query: '블래이드 문법', expect: '블레이드 문법(Blade Syntax)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'artisan command', expect: '아티즌 명령어(Artisan Commad)', category: 'typo-notes' },
  { query: 'route parameters', expect: '라우트 매개변수(Route Parametres)', category: 'typo-notes' },
  { query: 'laravel middleware', expect: '미들웨어(Midleware)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'fkdnxld', expect: '라우팅(Routing)', category: 'keyboard' },
  { query: 'zjavhwj', expect: '컴포저(Composer)', category: 'keyboard' },
  { query: 'akdlrmfpdltus', expect: '마이그레이션(Migration)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㄹㅎㄷ', expect: '대량 할당', category: 'choseong' },
  { query: 'ㅋㄹㅂㄷ', expect: '쿼리 빌더(Query Builder)', category: 'choseong' },
  { query: 'ㅅㅂㅅㅋㅌㅇㄴ', expect: '서비스 컨테이너(Service Container)', category: 'choseong' },

  // english-glossary
  { query: 'eager loading', expect: 'N+1 문제와 즉시 로딩', category: 'english-glossary' },
  { query: 'mass assignment', expect: '대량 할당', category: 'english-glossary' },
  { query: 'template inheritance', expect: '레이아웃 상속', category: 'english-glossary' },
  { query: 'form validation', expect: '유효성 검사', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how to define a route in laravel', expect: '라우팅(Routing)', category: 'english' },
  { query: 'escape html output to prevent xss', expect: '블레이드 문법(Blade Syntax)', category: 'english' },
  { query: 'one user has many posts relationship', expect: '일대다 관계(hasMany)', category: 'english' },
  {
    query: 'dependency injection in laravel',
    expect: '서비스 컨테이너(Service Container)',
    category: 'english',
  },
  {
    query: 'fill the database with fake test data',
    expect: '시더와 팩토리(Seeder & Factory)',
    category: 'english',
  },

  // paraphrase
  {
    query: '부모 틀에 구멍 뚫어두고 페이지마다 내용만 채우기',
    expect: '레이아웃 상속',
    category: 'paraphrase',
  },
  { query: '사용자가 폼에 관리자 필드 몰래 끼워 넣는 거 막기', expect: '대량 할당', category: 'paraphrase' },
  {
    query: '요청이 컨트롤러 가기 전에 로그인 했는지 걸러주는 필터',
    expect: '미들웨어(Midleware)',
    category: 'paraphrase',
  },
  {
    query: '테이블 모양을 코드로 적어두고 버전 관리하기',
    expect: '마이그레이션(Migration)',
    category: 'paraphrase',
  },
  {
    query: '오래 걸리는 일은 나중에 뒤에서 처리하기',
    expect: '큐와 잡(Queue & Job)',
    category: 'paraphrase',
  },
  { query: '외부 라이브러리 설치하고 버전 잠그는 도구', expect: '컴포저(Composer)', category: 'paraphrase' },

  // comparison
  {
    query: '엘로퀀트랑 쿼리 빌더 차이',
    expect: ['엘로퀀트 모델(Eloquent Model)', '쿼리 빌더(Query Builder)'],
    category: 'comparison',
    compare: ['엘로퀀트 모델(Eloquent Model)', '쿼리 빌더(Query Builder)'],
  },
  {
    query: 'hasMany vs belongsToMany',
    expect: ['일대다 관계(hasMany)', '다대다 관계(belongsToMany)'],
    category: 'comparison',
    compare: ['일대다 관계(hasMany)', '다대다 관계(belongsToMany)'],
  },
  {
    query: '세션 인증이랑 토큰 인증 차이가 뭐야',
    expect: ['세션 기반 인증', 'API 토큰 인증(Sanctum)'],
    category: 'comparison',
    compare: ['세션 기반 인증', 'API 토큰 인증(Sanctum)'],
  },
  {
    query: '마이그레이션이랑 시더 차이',
    expect: ['마이그레이션(Migration)', '시더와 팩토리(Seeder & Factory)'],
    category: 'comparison',
    compare: ['마이그레이션(Migration)', '시더와 팩토리(Seeder & Factory)'],
  },

  // miss
  { query: '야구 타율 계산하는 법', expect: null, category: 'miss' },
  { query: '피아노 코드 반주 넣는 법', expect: null, category: 'miss' },
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: '워드프레스 플러그인 만들기', expect: null, category: 'miss-shared' },
  { query: 'Django 어드민 페이지 커스터마이징', expect: null, category: 'miss-shared' },
  { query: 'Livewire로 실시간 컴포넌트 갱신하기', expect: null, category: 'miss-shared' },
  { query: '라라벨 웹소켓 브로드캐스팅 이벤트', expect: null, category: 'miss-shared' },
];
