import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '복수형 규칙', expect: '복수형 규칙(Plural Rules)', category: 'plain' },
  { query: '보간', expect: '보간(Interpolation)', category: 'plain' },
  { query: '시간대 처리', expect: '시간대 처리(Time Zone)', category: 'plain' },
  { query: '상대 시간', expect: '상대 시간(Relative Time)', category: 'plain' },

  // particles
  { query: '로케일이 뭐야', expect: '로케일(Locale)', category: 'particles' },
  { query: '메시지 카탈로그란', expect: '메시지 카탈로그(Message Catalog)', category: 'particles' },
  { query: '현지화는 뭐임', expect: '현지화(Localization)', category: 'particles' },
  { query: '유니코드 정규화가 뭐야', expect: '유니코드 정규화(Unicode Normalizaton)', category: 'particles' },
  { query: 'ICU 메시지 형식이란', expect: 'ICU 메시지 형식(ICU MessageFormat)', category: 'particles' },

  // question
  {
    query: '아랍어로 바꾸니까 레이아웃이 안 뒤집혀요',
    expect: '오른쪽에서 왼쪽 쓰기(RTL)',
    category: 'question',
  },
  {
    query: 'margin-left 대신 뭐 써야 방향 바뀌어도 자동으로 맞아',
    expect: '논리 속성(CSS Logical Properites)',
    category: 'question',
  },
  {
    query: '번역문에 이름 넣을 때 문자열 더하기 하면 왜 안 돼',
    expect: '보간(Interpolation)',
    category: 'question',
  },
  {
    query: '사용자 언어를 서버에서 어떻게 알아내',
    expect: '로케일 협상(Locale Negotiation)',
    category: 'question',
  },
  { query: '독일어로 번역했더니 버튼 글자가 잘려요', expect: '텍스트 길이 변화', category: 'question' },
  {
    query: 'macOS에서 올린 한글 파일명이 검색이 안 돼요',
    expect: '유니코드 정규화(Unicode Normalizaton)',
    category: 'question',
  },
  { query: '배열 sort 했더니 ä 순서가 이상해', expect: '문자열 정렬', category: 'question' },
  {
    query: 'DB에 시간 저장할 때 한국 시간으로 넣어도 돼?',
    expect: '시간대 처리(Time Zone)',
    category: 'question',
  },
  { query: '미국 사용자한테 원화 가격 어떻게 보여줘', expect: '통화 표시(Currency)', category: 'question' },
  { query: '번역 없는 언어면 뭘로 보여줘야 돼', expect: '대체 로케일', category: 'question' },

  // spacing
  { query: '로케일협상', expect: '로케일 협상(Locale Negotiation)', category: 'spacing' },
  { query: '메시지카탈로그', expect: '메시지 카탈로그(Message Catalog)', category: 'spacing' },
  { query: '번역관리 플랫폼', expect: '번역 관리 플랫폼(TMS)', category: 'spacing' },
  { query: '가짜번역테스트', expect: '가짜 번역 테스트', category: 'spacing' },

  // typo-query
  { query: '로캐일 협상', expect: '로케일 협상(Locale Negotiation)', category: 'typo-query' },
  { query: 'pluarl rules', expect: '복수형 규칙(Plural Rules)', category: 'typo-query' },
  { query: 'i18nxt', expect: 'i18next', category: 'typo-query' },
  { query: '유니코드 정규하', expect: '유니코드 정규화(Unicode Normalizaton)', category: 'typo-query' },
  { query: '시간때 처리', expect: '시간대 처리(Time Zone)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'number formatting', expect: '숫자 형식(Number Formating)', category: 'typo-notes' },
  { query: 'logical properties', expect: '논리 속성(CSS Logical Properites)', category: 'typo-notes' },
  { query: 'unicode normalization', expect: '유니코드 정규화(Unicode Normalizaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qhrks', expect: '보간(Interpolation)', category: 'keyboard' },
  { query: 'guswlghk', expect: '현지화(Localization)', category: 'keyboard' },
  { query: 'tlrkseo', expect: '시간대 처리(Time Zone)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅋㅇ ㅎㅅ', expect: '로케일 협상(Locale Negotiation)', category: 'choseong' },
  { query: 'ㅂㅅㅎ ㄱㅊ', expect: '복수형 규칙(Plural Rules)', category: 'choseong' },
  { query: 'ㄱㅈㅎ', expect: '국제화(Internationalization)', category: 'choseong' },

  // english-glossary
  { query: 'fallback locale', expect: '대체 로케일', category: 'english-glossary' },
  { query: 'string collation', expect: '문자열 정렬', category: 'english-glossary' },
  { query: 'text expansion', expect: '텍스트 길이 변화', category: 'english-glossary' },
  { query: 'pseudo-localization', expect: '가짜 번역 테스트', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'format a date for the user locale in JavaScript',
    expect: '날짜 형식(Date Format)',
    category: 'english',
  },
  {
    query: 'Accept-Language header quality values',
    expect: '로케일 협상(Locale Negotiation)',
    category: 'english',
  },
  {
    query: 'translators edit strings in a web tool like Crowdin',
    expect: '번역 관리 플랫폼(TMS)',
    category: 'english',
  },
  { query: 'show "3 minutes ago" or "yesterday"', expect: '상대 시간(Relative Time)', category: 'english' },
  { query: 'useTranslation hook in React', expect: 'i18next', category: 'english' },

  // paraphrase
  {
    query: '나라마다 천 단위 점이랑 쉼표가 반대로 찍히는 거',
    expect: '숫자 형식(Number Formating)',
    category: 'paraphrase',
  },
  {
    query: '개수가 하나냐 여러 개냐에 따라 단어 모양 바뀌는 규칙, 언어마다 종류 수가 다름',
    expect: '기수 복수형(Cardinal)',
    category: 'paraphrase',
  },
  {
    query: '영어로 첫째 둘째 셋째 접미사 붙이는 규칙',
    expect: '서수 복수형(Ordinal)',
    category: 'paraphrase',
  },
  {
    query: '코드 안 고치고 여러 나라 말을 붙일 수 있게 미리 뼈대 잡아두기',
    expect: '국제화(Internationalization)',
    category: 'paraphrase',
  },
  {
    query: '아랍어 히브리어처럼 반대 방향으로 읽는 언어 지원',
    expect: '오른쪽에서 왼쪽 쓰기(RTL)',
    category: 'paraphrase',
  },
  {
    query: '눈에는 같은 글자인데 비교하면 다르다고 나오는 문제',
    expect: '유니코드 정규화(Unicode Normalizaton)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '국제화 현지화 차이',
    expect: ['국제화(Internationalization)', '현지화(Localization)'],
    category: 'comparison',
    compare: ['국제화(Internationalization)', '현지화(Localization)'],
  },
  {
    query: 'i18next vs react-intl',
    expect: ['i18next', 'react-intl(FormatJS)'],
    category: 'comparison',
    compare: ['i18next', 'react-intl(FormatJS)'],
  },
  {
    query: '기수랑 서수 복수형 차이',
    expect: ['기수 복수형(Cardinal)', '서수 복수형(Ordinal)'],
    category: 'comparison',
    compare: ['기수 복수형(Cardinal)', '서수 복수형(Ordinal)'],
  },
  {
    query: 'JSON 번역 파일이랑 PO 파일 뭐가 달라',
    expect: ['JSON 리소스 파일(JSON)', 'PO 파일(gettext)'],
    category: 'comparison',
    compare: ['JSON 리소스 파일(JSON)', 'PO 파일(gettext)'],
  },

  // miss
  { query: '골프 드라이버 비거리 늘리기', expect: null, category: 'miss' },
  { query: '고려청자 상감 기법 특징', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: '기계 번역 신경망 모델 원리', expect: null, category: 'miss-shared' },
  { query: '컴파일러 어휘 분석 렉서 만들기', expect: null, category: 'miss-shared' },
  { query: '엑셀 셀 날짜 서식 바꾸기', expect: null, category: 'miss-shared' },
  { query: 'hreflang 태그로 언어별 페이지 SEO 설정', expect: null, category: 'miss-shared' },
];
