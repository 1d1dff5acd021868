import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '튜플', expect: '튜플(Tuple)', category: 'plain' },
  { query: '딕셔너리', expect: '딕셔너리(Dictionary)', category: 'plain' },
  { query: '람다', expect: '람다(Lambda)', category: 'plain' },
  { query: '가상환경', expect: '가상환경(Virtual Environment)', category: 'plain' },

  // particles
  { query: '리스트가 뭐야', expect: '리스트(List)', category: 'particles' },
  { query: '클래스란', expect: '클래스(Class)', category: 'particles' },
  { query: '모듈이란 뭐임', expect: '모듈(Module)', category: 'particles' },
  { query: '집합은', expect: '집합(Set)', category: 'particles' },
  { query: '상속이 뭐야', expect: '상속(Inheritence)', category: 'particles' },

  // question
  { query: '가상환경 왜 써요', expect: '가상환경(Virtual Environment)', category: 'question' },
  { query: 'self 왜 써야 하나요', expect: '클래스(Class)', category: 'question' },
  { query: '딕셔너리에 없는 키 꺼내면 어떻게 돼', expect: '딕셔너리(Dictionary)', category: 'question' },
  { query: '에러 나도 프로그램 안 멈추게 하려면', expect: '예외 처리(Exeption)', category: 'question' },
  { query: 'requirements.txt 어떻게 만들어요', expect: 'pip (패키지 관리자)', category: 'question' },
  { query: '함수 안에서 전역변수 바꾸려면 어떻게 해', expect: '변수 범위(Scope)', category: 'question' },
  { query: 'if __name__ == "__main__" 뭐하는거야', expect: '모듈(Module)', category: 'question' },
  { query: '튜플은 언제 써요', expect: '튜플(Tuple)', category: 'question' },
  { query: '부모 클래스 생성자 어떻게 호출하나요', expect: '상속(Inheritence)', category: 'question' },
  { query: 'kwargs가 뭔지 모르겠어', expect: '매개변수와 인자', category: 'question' },

  // spacing
  { query: '가상 환경', expect: '가상환경(Virtual Environment)', category: 'spacing' },
  { query: '조건문과반복문', expect: '조건문과 반복문', category: 'spacing' },
  { query: '변수범위', expect: '변수 범위(Scope)', category: 'spacing' },
  { query: '매개 변수', expect: '매개변수와 인자', category: 'spacing' },

  // typo-query
  { query: '딕셔러니', expect: '딕셔너리(Dictionary)', category: 'typo-query' },
  { query: '투플', expect: '튜플(Tuple)', category: 'typo-query' },
  { query: '클레스', expect: '클래스(Class)', category: 'typo-query' },
  { query: 'lamda 함수', expect: '람다(Lambda)', category: 'typo-query' },
  { query: 'pakage', expect: '패키지(Package)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: '리스트 컴프리헨션', expect: '리스트 컴프리핸션(List Comprehension)', category: 'typo-notes' },
  { query: 'exception', expect: '예외 처리(Exeption)', category: 'typo-notes' },
  { query: 'inheritance', expect: '상속(Inheritence)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'xbvmf', expect: '튜플(Tuple)', category: 'keyboard' },
  { query: 'zmffotm', expect: '클래스(Class)', category: 'keyboard' },
  { query: 'ahebf', expect: '모듈(Module)', category: 'keyboard' },

  // choseong
  { query: 'ㄷㅅㄴㄹ', expect: '딕셔너리(Dictionary)', category: 'choseong' },
  { query: 'ㄱㅅㅎㄱ', expect: '가상환경(Virtual Environment)', category: 'choseong' },
  { query: 'ㅇㅇㅊㄹ', expect: '예외 처리(Exeption)', category: 'choseong' },

  // english-glossary
  { query: 'string', expect: '문자열(String)', category: 'english-glossary' },
  { query: 'for loop', expect: '조건문과 반복문', category: 'english-glossary' },
  { query: 'function definition', expect: '함수 정의', category: 'english-glossary' },
  { query: 'global variable', expect: '변수 범위(Scope)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'install third party library', expect: 'pip (패키지 관리자)', category: 'english' },
  { query: 'swap two variables', expect: '튜플(Tuple)', category: 'english' },
  { query: 'anonymous function', expect: '람다(Lambda)', category: 'english' },
  { query: 'activate venv on windows', expect: '가상환경(Virtual Environment)', category: 'english' },
  { query: 'method overriding', expect: '상속(Inheritence)', category: 'english' },

  // paraphrase
  { query: '중복 없이 값 모아두는 자료형', expect: '집합(Set)', category: 'paraphrase' },
  { query: '값을 못 바꾸는 리스트', expect: '튜플(Tuple)', category: 'paraphrase' },
  { query: '객체 만들 때 자동으로 실행되는 함수', expect: '클래스(Class)', category: 'paraphrase' },
  { query: '문자열 안에 변수 넣어서 출력하기', expect: '문자열(String)', category: 'paraphrase' },
  { query: '다른 파일에 있는 함수 가져다 쓰기', expect: '모듈(Module)', category: 'paraphrase' },
  {
    query: '설치한 라이브러리 목록 저장해서 다른 컴퓨터에 똑같이 깔기',
    expect: 'pip (패키지 관리자)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '리스트 튜플 차이',
    expect: ['리스트(List)', '튜플(Tuple)'],
    category: 'comparison',
    compare: ['리스트(List)', '튜플(Tuple)'],
  },
  {
    query: 'module vs package',
    expect: ['모듈(Module)', '패키지(Package)'],
    category: 'comparison',
    compare: ['모듈(Module)', '패키지(Package)'],
  },
  {
    query: '딕셔너리랑 집합 차이점',
    expect: ['딕셔너리(Dictionary)', '집합(Set)'],
    category: 'comparison',
    compare: ['딕셔너리(Dictionary)', '집합(Set)'],
  },
  {
    query: 'difference between pip and venv',
    expect: ['pip (패키지 관리자)', '가상환경(Virtual Environment)'],
    category: 'comparison',
    compare: ['pip (패키지 관리자)', '가상환경(Virtual Environment)'],
  },

  // miss
  { query: '판다스 데이터프레임 다루기', expect: null, category: 'miss' },
  { query: '자바스크립트 클로저', expect: null, category: 'miss' },
  { query: 'SQL 조인 종류', expect: null, category: 'miss' },

  // miss-shared
  { query: '파이썬 비동기 async await', expect: null, category: 'miss-shared' },
  { query: '함수 데코레이터 사용법', expect: null, category: 'miss-shared' },
  { query: '파이썬 파일 입출력', expect: null, category: 'miss-shared' },
  { query: '문자열 정규표현식', expect: null, category: 'miss-shared' },
];
