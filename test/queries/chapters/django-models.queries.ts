import type { ChapterQuery } from './types.ts';

const MIGRATION = '마이그레이션(Migration)';
const FBV = '함수형 뷰(Function-based View)';
const CBV = '클래스형 뷰(Class-based View)';
const GENERIC = '제네릭 뷰(Generic View)';
const MVT = 'MVT 패턴(Model-View-Template)';
const FILTER = 'all()과 filter()';
const GET = 'get()';
const PROJECT = '프로젝트 생성(startproject)';
const APP = '앱 생성(startapp)';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '마이그레이션', expect: MIGRATION, category: 'plain' },
  { query: '템플릿 상속', expect: '템플릿 상속', category: 'plain' },
  { query: '제네릭 뷰', expect: GENERIC, category: 'plain' },
  { query: 'INSTALLED_APPS', expect: 'INSTALLED_APPS', category: 'plain' },
  { query: 'ForeignKey on_delete', expect: 'ForeignKey', category: 'plain' },

  // particles
  { query: '모델이란', expect: '모델(Model) 정의', category: 'particles' },
  { query: '뷰는', expect: [MVT, FBV], category: 'particles' },
  { query: '쿼리셋이란', expect: '쿼리셋(QuerySet)', category: 'particles' },
  { query: 'URLconf가 뭐야', expect: 'URLconf', category: 'particles' },
  { query: '정적 파일이란', expect: '정적 파일(Static files)', category: 'particles' },
  { query: '장고 설정 파일은', expect: 'settings.py', category: 'particles' },

  // question
  { query: '마이그레이션 왜 해야 돼요', expect: MIGRATION, category: 'question' },
  { query: '관리자 계정 어떻게 만들어요', expect: '슈퍼유저 생성', category: 'question' },
  { query: '앱을 settings에 왜 등록해야 돼요', expect: 'INSTALLED_APPS', category: 'question' },
  { query: '클래스형 뷰 쓰면 뭐가 좋아요', expect: CBV, category: 'question' },
  { query: 'get_object_or_404 언제 써요', expect: 'get_object_or_404()', category: 'question' },
  { query: 'csrf_token 안 넣으면 어떻게 돼', expect: '템플릿 문법', category: 'question' },
  { query: '만든 모델을 관리자 페이지에 보이게 하려면 어떻게 해', expect: '모델 등록', category: 'question' },
  {
    query: 'templates 폴더 안에 앱 이름 폴더를 한 번 더 만드는 이유',
    expect: '템플릿 문법',
    category: 'question',
  },
  { query: 'collectstatic 뭐하는거야', expect: 'collectstatic', category: 'question' },
  { query: 'url에 name 붙이는 거 어디에 쓰여요', expect: 'URL 이름과 네임스페이스', category: 'question' },
  { query: 'MultipleObjectsReturned 에러 왜 나요', expect: GET, category: 'question' },

  // spacing
  { query: '관리자페이지', expect: '관리자 페이지(Admin)', category: 'spacing' },
  { query: '클래스형뷰', expect: CBV, category: 'spacing' },
  { query: '템플릿상속 하는법', expect: '템플릿 상속', category: 'spacing' },
  { query: '정적파일 설정', expect: '정적 파일(Static files)', category: 'spacing' },
  { query: '필드타입 종류', expect: '필드 타입(Field Type)', category: 'spacing' },

  // typo-query
  { query: '마이크레이션 되돌리기', expect: MIGRATION, category: 'typo-query' },
  { query: '템플렛 상속', expect: '템플릿 상속', category: 'typo-query' },
  { query: '쿼리샛 지연 평가', expect: '쿼리셋(QuerySet)', category: 'typo-query' },
  { query: 'migrtion 명령어', expect: MIGRATION, category: 'typo-query' },
  { query: '제내릭 뷰 ListView', expect: GENERIC, category: 'typo-query' },
  { query: 'createsuperuer', expect: '슈퍼유저 생성', category: 'typo-query' },
  { query: 'ForiegnKey 관계', expect: 'ForeignKey', category: 'typo-query' },

  // typo-notes (the notes misspell these words)
  {
    query: '앱 등록 안 해서 마이그레이션 파일이 안 만들어져요',
    expect: 'INSTALLED_APPS',
    category: 'typo-notes',
  },
  { query: '템플릿에서 url 태그로 링크 걸기', expect: 'URL 이름과 네임스페이스', category: 'typo-notes' },
  { query: 'filter 결과는 쿼리셋인가요', expect: FILTER, category: 'typo-notes' },
  { query: 'admin 데코레이터로 모델 등록', expect: '모델 등록', category: 'typo-notes' },
  { query: '관리자 목록에 필터 추가', expect: '모델 등록', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'akdlrmfpdltus', expect: MIGRATION, category: 'keyboard' },
  { query: 'xpavmfflt tkdthr', expect: '템플릿 상속', category: 'keyboard' },
  { query: 'rhksflwk vpdlwl', expect: '관리자 페이지(Admin)', category: 'keyboard' },

  // choseong
  { query: 'ㅁㅇㄱㄹㅇㅅ', expect: MIGRATION, category: 'choseong' },
  { query: 'ㅋㄹㅅㅎ ㅂ', expect: CBV, category: 'choseong' },
  { query: 'ㅈㄴㄹ ㅂ', expect: GENERIC, category: 'choseong' },

  // english-glossary
  { query: 'migration rollback', expect: MIGRATION, category: 'english-glossary' },
  { query: 'template inheritance', expect: '템플릿 상속', category: 'english-glossary' },
  { query: 'queryset lazy evaluation', expect: '쿼리셋(QuerySet)', category: 'english-glossary' },
  { query: 'static files django', expect: '정적 파일(Static files)', category: 'english-glossary' },
  { query: 'django admin', expect: '관리자 페이지(Admin)', category: 'english-glossary' },

  // english (no glossary entry, Hangul-only loanwords, identifiers in another form, English questions)
  { query: 'get object or 404', expect: 'get_object_or_404()', category: 'english' },
  { query: 'superuser', expect: '슈퍼유저 생성', category: 'english' },
  { query: 'installed apps', expect: 'INSTALLED_APPS', category: 'english' },
  { query: 'url namespace', expect: 'URL 이름과 네임스페이스', category: 'english' },
  { query: 'how to create a new app in django', expect: APP, category: 'english' },
  { query: 'what is MVT', expect: MVT, category: 'english' },

  // paraphrase
  { query: '모델 바꾼 내용을 실제 DB 테이블에 반영하는 거', expect: MIGRATION, category: 'paraphrase' },
  {
    query: '여러 페이지에 공통으로 들어가는 헤더랑 메뉴 한 번만 만들기',
    expect: '템플릿 상속',
    category: 'paraphrase',
  },
  { query: '조건에 맞는 데이터 딱 하나만 가져오기', expect: GET, category: 'paraphrase' },
  { query: '게시글 지우면 댓글도 같이 지워지게 하고 싶어', expect: 'ForeignKey', category: 'paraphrase' },
  { query: '배포할 때 css 파일들 한 폴더로 모으기', expect: 'collectstatic', category: 'paraphrase' },
  { query: '파이썬 클래스로 DB 테이블 만드는 방법', expect: '모델(Model) 정의', category: 'paraphrase' },

  // comparison
  { query: '함수형 뷰랑 클래스형 뷰 차이', expect: [FBV, CBV], category: 'comparison', compare: [FBV, CBV] },
  { query: 'filter vs get', expect: [FILTER, GET], category: 'comparison', compare: [FILTER, GET] },
  { query: '프로젝트랑 앱 차이', expect: [PROJECT, APP], category: 'comparison', compare: [PROJECT, APP] },
  {
    query: '제네릭 뷰랑 클래스형 뷰 뭐가 달라',
    expect: [CBV, GENERIC],
    category: 'comparison',
    compare: [CBV, GENERIC],
  },

  // miss
  { query: '리액트 useState 사용법', expect: null, category: 'miss' },
  { query: '운영체제 교착상태 해결 방법', expect: null, category: 'miss' },
  { query: '스프링 부트 의존성 주입', expect: null, category: 'miss' },

  // miss-shared (generic words shared with the notes; the specific word is nowhere in the chapter)
  { query: '장고 모델 시그널 post_save', expect: null, category: 'miss-shared' },
  { query: 'ModelForm으로 글쓰기 폼 만들기', expect: null, category: 'miss-shared' },
  { query: '쿼리셋 select_related로 N+1 해결', expect: null, category: 'miss-shared' },
  { query: '장고 페이지네이션 Paginator', expect: null, category: 'miss-shared' },
];
