import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '모델 시리얼라이저', expect: '모델 시리얼라이저(ModelSerializer)', category: 'plain' },
  { query: '제네릭 뷰', expect: '제네릭 뷰(Generic Views)', category: 'plain' },
  { query: '유효성 검사', expect: '유효성 검사(Validaton)', category: 'plain' },
  { query: '필터링과 검색', expect: '필터링과 검색(Filtering & Search)', category: 'plain' },

  // particles
  { query: '뷰셋이 뭐야', expect: '뷰셋(ViewSet)', category: 'particles' },
  { query: '인증이란', expect: '인증(Authentication)', category: 'particles' },
  {
    query: '중첩 시리얼라이저는 뭐임',
    expect: '중첩 시리얼라이저(Nested Serializer)',
    category: 'particles',
  },
  { query: '커서 방식이란', expect: '커서 방식(CursorPagination)', category: 'particles' },
  { query: '추가 액션은 어떻게 만들어', expect: '추가 액션(Extra Actoins)', category: 'particles' },

  // question
  {
    query: 'is_valid 실패하면 자동으로 400 보내려면',
    expect: '유효성 검사(Validaton)',
    category: 'question',
  },
  { query: '글 수정은 작성자만 가능하게 하려면 어떻게 해', expect: '객체 단위 권한', category: 'question' },
  { query: '401이랑 403 언제 나와', expect: '권한(Permissions)', category: 'question' },
  {
    query: '글 저장할 때 author 자동으로 로그인 유저로 넣으려면',
    expect: '제네릭 뷰(Generic Views)',
    category: 'question',
  },
  {
    query: '모델에 없는 좋아요 개수 응답에 넣고 싶어',
    expect: '시리얼라이저 메서드 필드(SerializerMethodField)',
    category: 'question',
  },
  {
    query: 'router.register 할 때 basename 왜 넣어야 돼',
    expect: '라우터 등록(Router Registration)',
    category: 'question',
  },
  { query: '/posts/3/like/ 같은 url 추가하려면', expect: '추가 액션(Extra Actoins)', category: 'question' },
  {
    query: '모바일 앱 로그인은 세션 말고 뭐 써',
    expect: '토큰 인증(Token Authentication)',
    category: 'question',
  },
  { query: '같은 사람이 api 너무 많이 호출하는 거 막으려면', expect: '요청 횟수 제한', category: 'question' },
  {
    query: '댓글 목록까지 같이 보여줬더니 쿼리가 엄청 많이 나가요',
    expect: '중첩 시리얼라이저(Nested Serializer)',
    category: 'question',
  },

  // spacing
  { query: '모델시리얼라이저', expect: '모델 시리얼라이저(ModelSerializer)', category: 'spacing' },
  { query: '토큰인증', expect: '토큰 인증(Token Authentication)', category: 'spacing' },
  { query: '요청 횟수제한', expect: '요청 횟수 제한', category: 'spacing' },
  { query: '페이지 네이션', expect: '페이지네이션(Pagination)', category: 'spacing' },

  // typo-query
  { query: '시리얼라이져 기본', expect: '시리얼라이저 기본(Serializer Basics)', category: 'typo-query' },
  { query: '뷰샛', expect: '뷰셋(ViewSet)', category: 'typo-query' },
  { query: '제내릭 뷰', expect: '제네릭 뷰(Generic Views)', category: 'typo-query' },
  { query: 'ModelSerialzer', expect: '모델 시리얼라이저(ModelSerializer)', category: 'typo-query' },
  { query: '컨텐츠 협상', expect: '콘텐츠 협상', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'validation', expect: '유효성 검사(Validaton)', category: 'typo-notes' },
  { query: 'extra actions', expect: '추가 액션(Extra Actoins)', category: 'typo-notes' },
  { query: 'router types', expect: '라우터 종류(Router Tpyes)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qbtpt', expect: '뷰셋(ViewSet)', category: 'keyboard' },
  { query: 'rnjsgks', expect: '권한(Permissions)', category: 'keyboard' },
  { query: 'dlswmd', expect: '인증(Authentication)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅎㅅ ㄱㅅ', expect: '유효성 검사(Validaton)', category: 'choseong' },
  { query: 'ㅋㅅ ㅂㅅ', expect: '커서 방식(CursorPagination)', category: 'choseong' },
  { query: 'ㅈㄴㄹ ㅂ', expect: '제네릭 뷰(Generic Views)', category: 'choseong' },

  // english-glossary
  { query: 'content negotiation', expect: '콘텐츠 협상', category: 'english-glossary' },
  { query: 'browsable api', expect: '탐색 가능한 API', category: 'english-glossary' },
  { query: 'throttling', expect: '요청 횟수 제한', category: 'english-glossary' },
  { query: 'object level permission', expect: '객체 단위 권한', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'infinite scroll feed without duplicates',
    expect: '커서 방식(CursorPagination)',
    category: 'english',
  },
  {
    query: 'search and order a list by query parameter',
    expect: '필터링과 검색(Filtering & Search)',
    category: 'english',
  },
  {
    query: 'show related comments inside the post output',
    expect: '중첩 시리얼라이저(Nested Serializer)',
    category: 'english',
  },
  {
    query: 'install djangorestframework and add to installed apps',
    expect: '설치와 설정(Installation)',
    category: 'english',
  },
  {
    query: 'read the json body of a request',
    expect: '요청과 응답(Request and Response)',
    category: 'english',
  },

  // paraphrase
  {
    query: '필드를 하나씩 손으로 선언해서 데이터를 JSON으로 바꾸는 클래스',
    expect: '시리얼라이저 기본(Serializer Basics)',
    category: 'paraphrase',
  },
  {
    query: 'CRUD 동작 전부를 한 클래스에 모아두고 주소는 자동으로 만들기',
    expect: '뷰셋(ViewSet)',
    category: 'paraphrase',
  },
  {
    query: '요청 보낸 사람이 누구인지 확인하는 단계',
    expect: '인증(Authentication)',
    category: 'paraphrase',
  },
  {
    query: '몇 개를 몇 번째부터 가져올지 주소에 적는 방식',
    expect: '오프셋 방식(LimitOffsetPagination)',
    category: 'paraphrase',
  },
  { query: 'Accept 헤더 보고 응답 형식 고르기', expect: '콘텐츠 협상', category: 'paraphrase' },
  {
    query: 'get post 함수를 HTTP 메서드별로 직접 작성하는 제일 자유로운 클래스',
    expect: 'API 뷰(APIView)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'Serializer vs ModelSerializer 차이',
    expect: ['시리얼라이저 기본(Serializer Basics)', '모델 시리얼라이저(ModelSerializer)'],
    category: 'comparison',
    compare: ['시리얼라이저 기본(Serializer Basics)', '모델 시리얼라이저(ModelSerializer)'],
  },
  {
    query: '인증이랑 권한 차이',
    expect: ['인증(Authentication)', '권한(Permissions)'],
    category: 'comparison',
    compare: ['인증(Authentication)', '권한(Permissions)'],
  },
  {
    query: 'SimpleRouter DefaultRouter 차이',
    expect: ['SimpleRouter', 'DefaultRouter'],
    category: 'comparison',
    compare: ['SimpleRouter', 'DefaultRouter'],
  },
  {
    query: '페이지 번호 vs 커서 페이지네이션',
    expect: ['페이지 번호 방식(PageNumberPagination)', '커서 방식(CursorPagination)'],
    category: 'comparison',
    compare: ['페이지 번호 방식(PageNumberPagination)', '커서 방식(CursorPagination)'],
  },

  // miss
  { query: '골프 드라이버 스윙 교정', expect: null, category: 'miss' },
  { query: '에스프레소 추출 시간', expect: null, category: 'miss' },
  { query: '임진왜란 주요 전투', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GraphQL 스키마와 리졸버', expect: null, category: 'miss-shared' },
  { query: 'Celery 비동기 작업 큐', expect: null, category: 'miss-shared' },
  { query: 'Django 템플릿 상속 extends', expect: null, category: 'miss-shared' },
  { query: 'FastAPI 의존성 주입', expect: null, category: 'miss-shared' },
];
