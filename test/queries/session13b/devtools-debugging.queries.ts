import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '로그포인트', expect: '로그포인트(Logpoint)', category: 'plain' },
  { query: '기기 모드', expect: '기기 모드(Device Mode)', category: 'plain' },
  { query: '원격 디버깅', expect: '원격 디버깅(Remote Debugging)', category: 'plain' },
  { query: '요소 패널', expect: '요소 패널(Elements Panel)', category: 'plain' },

  // particles
  { query: '소스 맵이 뭐야', expect: '소스 맵(Souce Maps)', category: 'particles' },
  { query: '라이트하우스란', expect: '라이트하우스(Lighthouse)', category: 'particles' },
  { query: '감시 표현식은 뭐임', expect: '감시 표현식(Watch)', category: 'particles' },
  {
    query: '애플리케이션 패널이 뭔데',
    expect: '애플리케이션 패널(Application Panel)',
    category: 'particles',
  },
  { query: '성능 패널이란', expect: '성능 패널(Performance Panel)', category: 'particles' },

  // question
  {
    query: 'css 수정했는데 브라우저에 옛날 스타일이 계속 보여요',
    expect: '캐시 끄기와 강력 새로고침',
    category: 'question',
  },
  {
    query: '로그인하고 리다이렉트되면 요청 목록이 지워져요',
    expect: '네트워크 탭(Network Tab)',
    category: 'question',
  },
  { query: '누가 이 div를 지우는지 찾으려면 어떻게 해', expect: 'DOM 변경 중단점', category: 'question' },
  {
    query: '압축된 번들 에러 위치를 원래 코드로 보려면',
    expect: '소스 맵(Souce Maps)',
    category: 'question',
  },
  { query: '반복문 특정 회차에서만 멈추게 하려면', expect: '조건부 중단점', category: 'question' },
  { query: 'hover 됐을 때 스타일 확인하려면 어떻게 해', expect: '스타일 편집', category: 'question' },
  {
    query: '폰에서 열린 페이지를 PC에서 검사하려면',
    expect: '원격 디버깅(Remote Debugging)',
    category: 'question',
  },
  {
    query: 'console.log로 객체 찍었는데 나중 값이 보여요',
    expect: 'console 메서드 종류',
    category: 'question',
  },
  {
    query: '페이지 점수 검사할 때 확장 프로그램 때문에 점수 깎여요',
    expect: '라이트하우스(Lighthouse)',
    category: 'question',
  },
  { query: 'TTFB 길면 뭐가 문제야', expect: '워터폴 차트(Waterfal)', category: 'question' },

  // spacing
  { query: '개발자도구 열기', expect: '개발자 도구 열기(Opening DevTools)', category: 'spacing' },
  { query: '호출스택', expect: '호출 스택과 스코프(Call Stak & Scope)', category: 'spacing' },
  { query: '핵심웹지표', expect: '핵심 웹 지표', category: 'spacing' },
  { query: '메모리누수 찾기', expect: '메모리 누수 찾기(Memory Leak)', category: 'spacing' },

  // typo-query
  { query: '라이트하우수', expect: '라이트하우스(Lighthouse)', category: 'typo-query' },
  { query: '로그포인드', expect: '로그포인트(Logpoint)', category: 'typo-query' },
  { query: '네트워그 탭', expect: '네트워크 탭(Network Tab)', category: 'typo-query' },
  { query: 'debuger 문', expect: 'debugger 문(debugger Statement)', category: 'typo-query' },
  { query: '애플리캐이션 패널', expect: '애플리케이션 패널(Application Panel)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'waterfall', expect: '워터폴 차트(Waterfal)', category: 'typo-notes' },
  { query: 'call stack', expect: '호출 스택과 스코프(Call Stak & Scope)', category: 'typo-notes' },
  { query: 'source maps', expect: '소스 맵(Souce Maps)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'zhsthf vosjf', expect: '콘솔 패널(Console Panel)', category: 'keyboard' },
  { query: 'rlrl ahem', expect: '기기 모드(Device Mode)', category: 'keyboard' },
  { query: 'fkdlxmgkdntm', expect: '라이트하우스(Lighthouse)', category: 'keyboard' },

  // choseong
  { query: 'ㅅㅅ ㅁ', expect: '소스 맵(Souce Maps)', category: 'choseong' },
  { query: 'ㄹㄱㅍㅇㅌ', expect: '로그포인트(Logpoint)', category: 'choseong' },
  { query: 'ㄷㄱㅂ ㅅㅎ', expect: '단계별 실행(Stepping)', category: 'choseong' },

  // english-glossary (the notes use only the Korean term)
  { query: 'network throttling', expect: '네트워크 속도 제한', category: 'english-glossary' },
  { query: 'hard reload', expect: '캐시 끄기와 강력 새로고침', category: 'english-glossary' },
  { query: 'conditional breakpoint', expect: '조건부 중단점', category: 'english-glossary' },
  { query: 'core web vitals', expect: '핵심 웹 지표', category: 'english-glossary' },

  // english
  {
    query: 'how to find detached DOM nodes with heap snapshots',
    expect: '메모리 누수 찾기(Memory Leak)',
    category: 'english',
  },
  { query: 'pause when a specific URL is requested', expect: 'XHR/fetch 중단점', category: 'english' },
  {
    query: 'print a message without pausing or editing code',
    expect: '로그포인트(Logpoint)',
    category: 'english',
  },
  {
    query: 'simulate a mobile screen size for responsive testing',
    expect: '기기 모드(Device Mode)',
    category: 'english',
  },
  {
    query: 'inspect localStorage and cookies',
    expect: '애플리케이션 패널(Application Panel)',
    category: 'english',
  },

  // paraphrase
  {
    query: '멈춘 상태에서 지금 함수가 어떤 경로로 불렸는지 보기',
    expect: '호출 스택과 스코프(Call Stak & Scope)',
    category: 'paraphrase',
  },
  {
    query: '코드에 한 줄 써두면 거기서 실행이 멈추는 키워드',
    expect: 'debugger 문(debugger Statement)',
    category: 'paraphrase',
  },
  {
    query: '녹화해서 메인 스레드가 뭐 하느라 바빴는지 보기',
    expect: '성능 패널(Performance Panel)',
    category: 'paraphrase',
  },
  {
    query: '요청마다 시작 시각이랑 걸린 시간을 가로 막대로 보기',
    expect: '워터폴 차트(Waterfal)',
    category: 'paraphrase',
  },
  { query: '계속 지켜보고 싶은 식을 걸어두는 기능', expect: '감시 표현식(Watch)', category: 'paraphrase' },
  {
    query: 'JS가 바꾼 뒤의 실시간 HTML 구조 보고 고치는 곳',
    expect: '요소 패널(Elements Panel)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '성능 패널이랑 라이트하우스 차이',
    expect: ['성능 패널(Performance Panel)', '라이트하우스(Lighthouse)'],
    category: 'comparison',
    compare: ['성능 패널(Performance Panel)', '라이트하우스(Lighthouse)'],
  },
  {
    query: '조건부 중단점 vs 로그포인트',
    expect: ['조건부 중단점', '로그포인트(Logpoint)'],
    category: 'comparison',
    compare: ['조건부 중단점', '로그포인트(Logpoint)'],
  },
  {
    query: 'debugger 문이랑 코드 줄 중단점 뭐가 달라',
    expect: ['debugger 문(debugger Statement)', '코드 줄 중단점'],
    category: 'comparison',
    compare: ['debugger 문(debugger Statement)', '코드 줄 중단점'],
  },
  {
    query: 'DOM 변경 중단점 XHR 중단점 차이',
    expect: ['DOM 변경 중단점', 'XHR/fetch 중단점'],
    category: 'comparison',
    compare: ['DOM 변경 중단점', 'XHR/fetch 중단점'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '피아노 반주 연습법', expect: null, category: 'miss' },
  { query: '광합성 명반응 과정', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Postman으로 API 테스트 컬렉션 만들기', expect: null, category: 'miss-shared' },
  { query: 'VS Code 디버거 launch.json 설정', expect: null, category: 'miss-shared' },
  { query: 'Jest 단위 테스트에서 mock 함수 쓰기', expect: null, category: 'miss-shared' },
  { query: 'Wireshark로 패킷 캡처해서 분석', expect: null, category: 'miss-shared' },
];
