import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '코드 포인트', expect: '코드 포인트(Code Point)', category: 'plain' },
  { query: '유니코드 평면', expect: '유니코드 평면(Unicode Plane)', category: 'plain' },
  { query: '서로게이트 쌍', expect: '서로게이트 쌍', category: 'plain' },
  { query: '퍼센트 인코딩', expect: '퍼센트 인코딩(Percent Encodng)', category: 'plain' },

  // particles
  { query: '아스키 코드가 뭐야', expect: '아스키 코드(ASCII)', category: 'particles' },
  { query: '엔디안이란', expect: '엔디안(Endianess)', category: 'particles' },
  { query: '바이트 순서 표시는 뭐임', expect: '바이트 순서 표시(BOM)', category: 'particles' },
  { query: '유니코드 정규화가 뭐야', expect: '유니코드 정규화(Unicode Normalizaton)', category: 'particles' },
  { query: '가변 길이 인코딩이란', expect: '가변 길이 인코딩', category: 'particles' },

  // question
  { query: "'😀'.length 가 왜 2로 나와", expect: '서로게이트 쌍', category: 'question' },
  {
    query: '맥에서 압축한 파일 윈도우에서 풀면 파일명 자음 모음이 다 분리돼요',
    expect: 'NFD (분해형 정규화)',
    category: 'question',
  },
  {
    query: 'MySQL에 이모지 넣으면 Incorrect string value 에러 나요',
    expect: 'MySQL utf8mb4',
    category: 'question',
  },
  { query: '占쏙옙 이런 이상한 글자 왜 나와', expect: '한글 깨짐', category: 'question' },
  { query: '똠 이라는 글자 저장하면 왜 물음표로 바뀌어', expect: 'EUC-KR', category: 'question' },
  {
    query: '셸 스크립트 첫 줄에 #! 있는데 실행이 안 돼요',
    expect: '바이트 순서 표시(BOM)',
    category: 'question',
  },
  {
    query: 'encodeURIComponent랑 encodeURI 중에 뭐 써야 돼',
    expect: '퍼센트 인코딩(Percent Encodng)',
    category: 'question',
  },
  {
    query: '파이썬으로 txt 읽을 때 윈도우에서만 한글 에러 나는 이유',
    expect: '파일 입출력 인코딩',
    category: 'question',
  },
  { query: '한글 한 글자 UTF-8로 저장하면 몇 바이트야', expect: 'UTF-8', category: 'question' },
  {
    query: '옛날 한국어 윈도우에서 만든 csv는 어떤 인코딩으로 열어야 돼',
    expect: 'CP949(UHC)',
    category: 'question',
  },

  // spacing
  { query: '코드포인트', expect: '코드 포인트(Code Point)', category: 'spacing' },
  { query: '바이트순서표시', expect: '바이트 순서 표시(BOM)', category: 'spacing' },
  { query: '한글음절조합공식', expect: '한글 음절 조합 공식', category: 'spacing' },
  { query: '유니 코드 평면', expect: '유니코드 평면(Unicode Plane)', category: 'spacing' },

  // typo-query
  { query: '서로개이트 쌍', expect: '서로게이트 쌍', category: 'typo-query' },
  { query: '퍼샌트 인코딩', expect: '퍼센트 인코딩(Percent Encodng)', category: 'typo-query' },
  { query: '한글 꺠짐', expect: '한글 깨짐', category: 'typo-query' },
  { query: 'unicdoe plane', expect: '유니코드 평면(Unicode Plane)', category: 'typo-query' },
  { query: '코드 포인드', expect: '코드 포인트(Code Point)', category: 'typo-query' },

  // typo-notes
  { query: 'unicode normalization', expect: '유니코드 정규화(Unicode Normalizaton)', category: 'typo-notes' },
  { query: 'endianness', expect: '엔디안(Endianess)', category: 'typo-notes' },
  { query: 'percent encoding', expect: '퍼센트 인코딩(Percent Encodng)', category: 'typo-notes' },

  // keyboard
  { query: 'dpseldks', expect: '엔디안(Endianess)', category: 'keyboard' },
  { query: 'tjfhrpdlxm', expect: '서로게이트 쌍', category: 'keyboard' },
  { query: 'dktmzl', expect: '아스키 코드(ASCII)', category: 'keyboard' },

  // choseong
  { query: 'ㅋㄷㅍㅇㅌ', expect: '코드 포인트(Code Point)', category: 'choseong' },
  { query: 'ㅅㄹㄱㅇㅌㅆ', expect: '서로게이트 쌍', category: 'choseong' },
  { query: 'ㅎㄱㄲㅈ', expect: '한글 깨짐', category: 'choseong' },

  // english-glossary
  { query: 'surrogate pair', expect: '서로게이트 쌍', category: 'english-glossary' },
  { query: 'byte order mark', expect: '바이트 순서 표시(BOM)', category: 'english-glossary' },
  { query: 'variable-length encoding', expect: '가변 길이 인코딩', category: 'english-glossary' },
  { query: 'mojibake', expect: '한글 깨짐', category: 'english-glossary' },

  // english
  { query: 'how many bytes does UTF-8 use for a korean character', expect: 'UTF-8', category: 'english' },
  { query: 'most significant byte stored first in memory', expect: '엔디안(Endianess)', category: 'english' },
  {
    query: 'url encode non ascii characters in a query string',
    expect: '퍼센트 인코딩(Percent Encodng)',
    category: 'english',
  },
  { query: 'emoji insert fails in mysql table', expect: 'MySQL utf8mb4', category: 'english' },
  {
    query: 'decompose a hangul syllable into initial medial final jamo',
    expect: '한글 음절 조합 공식',
    category: 'english',
  },

  // paraphrase
  { query: '글자마다 매겨진 고유 번호', expect: '코드 포인트(Code Point)', category: 'paraphrase' },
  {
    query: '영어 대소문자랑 숫자를 7비트로 표현한 옛날 표',
    expect: '아스키 코드(ASCII)',
    category: 'paraphrase',
  },
  { query: '모든 글자를 똑같이 4바이트씩 쓰는 방식', expect: 'UTF-32', category: 'paraphrase' },
  {
    query: '같은 글자인데 내부 표현이 달라서 비교가 안 맞을 때 한 가지 형태로 맞추기',
    expect: '유니코드 정규화(Unicode Normalizaton)',
    category: 'paraphrase',
  },
  {
    query: '엑셀에서 열 csv 파일 맨 앞에 일부러 붙이는 보이지 않는 표식',
    expect: '바이트 순서 표시(BOM)',
    category: 'paraphrase',
  },
  {
    query: '자주 쓰는 한글 2350자만 골라서 번호 붙인 방식',
    expect: '완성형(KS X 1001)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'NFC NFD 차이',
    expect: ['NFC (조합형 정규화)', 'NFD (분해형 정규화)'],
    category: 'comparison',
    compare: ['NFC (조합형 정규화)', 'NFD (분해형 정규화)'],
  },
  {
    query: '완성형 조합형 차이',
    expect: ['완성형(KS X 1001)', '조합형(Johab)'],
    category: 'comparison',
    compare: ['완성형(KS X 1001)', '조합형(Johab)'],
  },
  {
    query: 'UTF-8 vs UTF-16',
    expect: ['UTF-8', 'UTF-16'],
    category: 'comparison',
    compare: ['UTF-8', 'UTF-16'],
  },
  {
    query: 'EUC-KR이랑 CP949 차이',
    expect: ['EUC-KR', 'CP949(UHC)'],
    category: 'comparison',
    compare: ['EUC-KR', 'CP949(UHC)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 트래블링 규칙', expect: null, category: 'miss' },
  { query: '요가 초보 스트레칭 동작', expect: null, category: 'miss' },

  // miss-shared
  { query: 'H.264 동영상 코덱 인코딩 설정', expect: null, category: 'miss-shared' },
  { query: '웹폰트로 한글 폰트 적용하기', expect: null, category: 'miss-shared' },
  { query: 'JPEG 이미지 압축 품질 조절', expect: null, category: 'miss-shared' },
  { query: '모스 부호 변환 방법', expect: null, category: 'miss-shared' },
];
