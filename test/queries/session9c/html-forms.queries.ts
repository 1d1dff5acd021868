import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'textarea 요소', expect: 'textarea 요소(Textarea)', category: 'plain' },
  { query: '버튼 종류', expect: '버튼 종류(Button Types)', category: 'plain' },
  { query: '날짜와 시간 입력', expect: '날짜와 시간 입력(Date & Time)', category: 'plain' },
  { query: '인코딩 타입', expect: '인코딩 타입(enctype)', category: 'plain' },

  // particles
  { query: 'FormData 객체가 뭐야', expect: 'FormData 객체(FormData)', category: 'particles' },
  { query: 'select 요소는 뭐임', expect: 'select 요소(Select)', category: 'particles' },
  { query: '패턴 검증이란', expect: '패턴 검증(Pattern Attribute)', category: 'particles' },
  { query: '라디오 버튼이 뭐야', expect: '라디오 버튼(Radio Button)', category: 'particles' },
  { query: 'form 요소란', expect: 'form 요소(Form Element)', category: 'particles' },

  // question
  { query: 'input에 값 넣었는데 서버에서 안 받아져요', expect: 'name과 value 속성', category: 'question' },
  {
    query: 'JS로만 쓰려는 버튼인데 누르면 폼이 제출돼버려',
    expect: '버튼 종류(Button Types)',
    category: 'question',
  },
  {
    query: '파일 올렸는데 서버에 파일 이름만 가요',
    expect: '파일 업로드(File Uplaod)',
    category: 'question',
  },
  {
    query: 'textarea 초기값 value 속성으로 안 들어가요',
    expect: 'textarea 요소(Textarea)',
    category: 'question',
  },
  { query: '비밀번호를 GET으로 보내도 돼?', expect: 'GET 방식 전송(GET Method)', category: 'question' },
  {
    query: '새로고침하면 양식 다시 제출 경고 뜨는 거 어떻게 없애',
    expect: 'POST 방식 전송(POST Method)',
    category: 'question',
  },
  {
    query: 'fetch로 보낼 때 Content-Type 직접 넣으면 왜 실패해',
    expect: 'FormData 객체(FormData)',
    category: 'question',
  },
  {
    query: 'setCustomValidity 했더니 계속 에러 상태예요',
    expect: '제약 조건 검증 API',
    category: 'question',
  },
  { query: '우편번호 앞자리 0이 사라져요', expect: '숫자와 범위 입력(Number & Range)', category: 'question' },
  {
    query: '라디오가 하나만 안 골라지고 여러 개 선택돼요',
    expect: '라디오 버튼(Radio Button)',
    category: 'question',
  },

  // spacing
  { query: '필드셋과레전드', expect: '필드셋과 레전드(Fieldset & Legnd)', category: 'spacing' },
  { query: '파일업로드', expect: '파일 업로드(File Uplaod)', category: 'spacing' },
  { query: '제약조건 검증API', expect: '제약 조건 검증 API', category: 'spacing' },
  { query: '새로고침없는제출', expect: '새로고침 없는 제출', category: 'spacing' },

  // typo-query
  { query: '체크밬스', expect: '체크박스(Checkbox)', category: 'typo-query' },
  { query: 'requierd', expect: '필수 입력(required)', category: 'typo-query' },
  { query: 'fromdata', expect: 'FormData 객체(FormData)', category: 'typo-query' },
  { query: '인코딩 타잎', expect: '인코딩 타입(enctype)', category: 'typo-query' },
  { query: '길이 졔한', expect: '길이 제한(minlength, maxlength)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'label element', expect: '레이블 요소(Label Elemnt)', category: 'typo-notes' },
  { query: 'fieldset legend', expect: '필드셋과 레전드(Fieldset & Legnd)', category: 'typo-notes' },
  { query: 'file upload', expect: '파일 업로드(File Uplaod)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'cpzmqkrtm', expect: '체크박스(Checkbox)', category: 'keyboard' },
  { query: 'fkeldh qjxms', expect: '라디오 버튼(Radio Button)', category: 'keyboard' },
  { query: 'vlfemtpt', expect: '필드셋과 레전드(Fieldset & Legnd)', category: 'keyboard' },

  // choseong
  { query: 'ㅍㅇ ㅇㄹㄷ', expect: '파일 업로드(File Uplaod)', category: 'choseong' },
  { query: 'ㅈㅇㅈㄱㄱㅈ', expect: '제약 조건 검증 API', category: 'choseong' },
  { query: 'ㅇㅋㄷㅌㅇ', expect: '인코딩 타입(enctype)', category: 'choseong' },

  // english-glossary
  { query: 'constraint validation', expect: '제약 조건 검증 API', category: 'english-glossary' },
  { query: 'server-side validation', expect: '서버 측 검증', category: 'english-glossary' },
  { query: 'explicit label association', expect: '명시적 연결', category: 'english-glossary' },
  { query: 'ajax form submission', expect: '새로고침 없는 제출', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'send form data in the URL query string',
    expect: 'GET 방식 전송(GET Method)',
    category: 'english',
  },
  {
    query: 'group related inputs with a caption',
    expect: '필드셋과 레전드(Fieldset & Legnd)',
    category: 'english',
  },
  {
    query: 'allow only one choice from a group of options',
    expect: '라디오 버튼(Radio Button)',
    category: 'english',
  },
  {
    query: 'regular expression to check the input format',
    expect: '패턴 검증(Pattern Attribute)',
    category: 'english',
  },
  { query: 'dropdown list with grouped options', expect: 'select 요소(Select)', category: 'english' },

  // paraphrase
  { query: '비어 있으면 제출 못 하게 막는 속성', expect: '필수 입력(required)', category: 'paraphrase' },
  {
    query: '최소 몇 글자 이상 써야 넘어가게 하기',
    expect: '길이 제한(minlength, maxlength)',
    category: 'paraphrase',
  },
  { query: '자기소개처럼 여러 줄 쓰는 칸', expect: 'textarea 요소(Textarea)', category: 'paraphrase' },
  { query: '여러 개 골라도 되는 네모 칸', expect: '체크박스(Checkbox)', category: 'paraphrase' },
  {
    query: '이름표 태그 안에 입력칸을 통째로 넣어 id 없이 잇기',
    expect: '암묵적 연결',
    category: 'paraphrase',
  },
  {
    query: '달력 띄워서 연월일 고르는 입력칸',
    expect: '날짜와 시간 입력(Date & Time)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'GET POST 차이',
    expect: ['GET 방식 전송(GET Method)', 'POST 방식 전송(POST Method)'],
    category: 'comparison',
    compare: ['GET 방식 전송(GET Method)', 'POST 방식 전송(POST Method)'],
  },
  {
    query: '체크박스랑 라디오 버튼 차이',
    expect: ['체크박스(Checkbox)', '라디오 버튼(Radio Button)'],
    category: 'comparison',
    compare: ['체크박스(Checkbox)', '라디오 버튼(Radio Button)'],
  },
  {
    query: 'label 명시적 연결 vs 암묵적 연결',
    expect: ['명시적 연결', '암묵적 연결'],
    category: 'comparison',
    compare: ['명시적 연결', '암묵적 연결'],
  },
  {
    query: '클라이언트 검증이랑 서버 검증 차이가 뭐야',
    expect: ['클라이언트 측 검증', '서버 측 검증'],
    category: 'comparison',
    compare: ['클라이언트 측 검증', '서버 측 검증'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '피아노 코드 반주 연습', expect: null, category: 'miss' },
  { query: '고등어 구이 비린내 없애기', expect: null, category: 'miss' },

  // miss-shared
  { query: 'React Hook Form 으로 입력 관리', expect: null, category: 'miss-shared' },
  { query: '폼 전송할 때 CSRF 토큰 넣기', expect: null, category: 'miss-shared' },
  { query: 'reCAPTCHA로 봇 제출 막기', expect: null, category: 'miss-shared' },
  { query: 'Zod 스키마로 입력값 검증', expect: null, category: 'miss-shared' },
];
