import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '역참조', expect: '역참조', category: 'plain' },
  { query: '수량자', expect: '수량자(Quantifiers)', category: 'plain' },
  { query: '플래그', expect: '플래그(Flags)', category: 'plain' },
  { query: '이스케이프', expect: '이스케이프(Escaping)', category: 'plain' },

  // particles
  { query: '문자 클래스가 뭐야', expect: '문자 클래스(Character Class)', category: 'particles' },
  { query: '비캡처 그룹이란', expect: '비캡처 그룹(Non-capturing Group)', category: 'particles' },
  { query: '선택 연산자는 뭐임', expect: '선택 연산자(Alternation)', category: 'particles' },
  { query: '축약 문자 클래스가 뭐야', expect: '축약 문자 클래스(Shorthand Class)', category: 'particles' },
  { query: '이름 있는 그룹은 어떻게 써', expect: '이름 있는 그룹(Named Gruop)', category: 'particles' },

  // question
  { query: '/.js$/ 했는데 xjs도 걸려요', expect: '이스케이프(Escaping)', category: 'question' },
  {
    query: 'g 붙인 정규식으로 test 돌리면 true false 번갈아 나와요',
    expect: 'test()',
    category: 'question',
  },
  { query: '\\w 로 한글이 안 잡혀요', expect: '축약 문자 클래스(Shorthand Class)', category: 'question' },
  { query: '정규식 하나 돌렸더니 서버가 멈췄어요', expect: '역추적과 성능', category: 'question' },
  { query: '비밀번호에 숫자 꼭 들어가게 검사하려면', expect: '긍정 전방탐색', category: 'question' },
  {
    query: '날짜 문자열 년-월-일을 일/월/년 순서로 바꾸려면',
    expect: '치환과 분리(replace & split)',
    category: 'question',
  },
  {
    query: 'match에 g 붙이면 캡처 그룹이 안 나와요',
    expect: '문자열 검색 메서드(match & matchAll)',
    category: 'question',
  },
  {
    query: '변수 값으로 정규식 패턴 만들려면 어떻게 해',
    expect: '정규식 만들기(RegExp Object)',
    category: 'question',
  },
  { query: '입력값 일부만 맞아도 검사가 통과돼요', expect: '문자열 시작과 끝', category: 'question' },
  { query: '휴대폰 번호 검사하는 정규식', expect: '자주 쓰는 패턴(Common Patterns)', category: 'question' },

  // spacing
  { query: '부정문자클래스', expect: '부정 문자 클래스(Negated Class)', category: 'spacing' },
  { query: '비캡처그룹', expect: '비캡처 그룹(Non-capturing Group)', category: 'spacing' },
  { query: '이름있는그룹', expect: '이름 있는 그룹(Named Gruop)', category: 'spacing' },
  { query: '선택연산자', expect: '선택 연산자(Alternation)', category: 'spacing' },

  // typo-query
  { query: '수랑자', expect: '수량자(Quantifiers)', category: 'typo-query' },
  { query: '전방탐섹', expect: '전방탐색(Lookahead)', category: 'typo-query' },
  { query: '캡쳐 그룹', expect: '캡처 그룹(Capturing Group)', category: 'typo-query' },
  { query: '역참죠', expect: '역참조', category: 'typo-query' },
  { query: 'alternaton', expect: '선택 연산자(Alternation)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'metacharacters', expect: '메타문자(Metacharactres)', category: 'typo-notes' },
  { query: 'named group', expect: '이름 있는 그룹(Named Gruop)', category: 'typo-notes' },
  { query: 'lookbehind', expect: '후방탐색(Lookbehnd)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vmfform', expect: '플래그(Flags)', category: 'keyboard' },
  { query: 'durckawh', expect: '역참조', category: 'keyboard' },
  { query: 'tnfidwk', expect: '수량자(Quantifiers)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㅂㅌㅅ', expect: '후방탐색(Lookbehnd)', category: 'choseong' },
  { query: 'ㅁㅌㅁㅈ', expect: '메타문자(Metacharactres)', category: 'choseong' },
  { query: 'ㅂㅋㅊㄱㄹ', expect: '비캡처 그룹(Non-capturing Group)', category: 'choseong' },

  // english-glossary
  { query: 'backreference', expect: '역참조', category: 'english-glossary' },
  { query: 'backtracking', expect: '역추적과 성능', category: 'english-glossary' },
  { query: 'word boundary', expect: '단어 경계', category: 'english-glossary' },
  { query: 'greedy matching', expect: '탐욕적 매칭', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'how to make a regex case insensitive', expect: '플래그(Flags)', category: 'english' },
  { query: 'match any character except newline', expect: '점(Dot)', category: 'english' },
  {
    query: 'group parentheses without saving the match',
    expect: '비캡처 그룹(Non-capturing Group)',
    category: 'english',
  },
  {
    query: 'iterate over all matches with their groups',
    expect: '문자열 검색 메서드(match & matchAll)',
    category: 'english',
  },
  {
    query: 'exclude characters inside square brackets',
    expect: '부정 문자 클래스(Negated Class)',
    category: 'english',
  },

  // paraphrase
  { query: '앞 글자가 몇 번 반복될지 정해주는 기호', expect: '수량자(Quantifiers)', category: 'paraphrase' },
  {
    query: '대괄호 안에 넣은 글자 중 아무거나 한 개',
    expect: '문자 클래스(Character Class)',
    category: 'paraphrase',
  },
  {
    query: '괄호 묶음마다 라벨 달아서 결과 객체에서 꺼내기',
    expect: '이름 있는 그룹(Named Gruop)',
    category: 'paraphrase',
  },
  { query: '앞에 달러 기호 붙은 숫자만 뽑아내기', expect: '후방탐색(Lookbehnd)', category: 'paraphrase' },
  { query: '물음표 붙여서 최대한 짧게 잡기', expect: '게으른 매칭', category: 'paraphrase' },
  { query: '결과 배열 돌려주고 못 찾으면 null 주는 메서드', expect: 'exec()', category: 'paraphrase' },

  // comparison
  {
    query: '탐욕적 매칭이랑 게으른 매칭 차이',
    expect: ['탐욕적 매칭', '게으른 매칭'],
    category: 'comparison',
    compare: ['탐욕적 매칭', '게으른 매칭'],
  },
  {
    query: '캡처 그룹 vs 비캡처 그룹',
    expect: ['캡처 그룹(Capturing Group)', '비캡처 그룹(Non-capturing Group)'],
    category: 'comparison',
    compare: ['캡처 그룹(Capturing Group)', '비캡처 그룹(Non-capturing Group)'],
  },
  {
    query: '전방탐색 후방탐색 차이',
    expect: ['전방탐색(Lookahead)', '후방탐색(Lookbehnd)'],
    category: 'comparison',
    compare: ['전방탐색(Lookahead)', '후방탐색(Lookbehnd)'],
  },
  {
    query: 'test랑 exec 뭐가 달라',
    expect: ['test()', 'exec()'],
    category: 'comparison',
    compare: ['test()', 'exec()'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '십자군 전쟁 원인', expect: null, category: 'miss' },

  // miss-shared
  { query: '유니코드 정규화 NFC NFD', expect: null, category: 'miss-shared' },
  { query: 'SQL LIKE 와일드카드 검색', expect: null, category: 'miss-shared' },
  { query: 'glob 패턴으로 파일 경로 매칭', expect: null, category: 'miss-shared' },
  { query: '템플릿 리터럴 백틱 문자열', expect: null, category: 'miss-shared' },
];
