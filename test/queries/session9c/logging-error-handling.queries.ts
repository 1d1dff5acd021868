import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '재시도', expect: '재시도(Retry)', category: 'plain' },
  { query: '스택 트레이스', expect: '스택 트레이스(Stack Trace)', category: 'plain' },
  { query: '에러 응답 형식', expect: '에러 응답 형식(Error Response Format)', category: 'plain' },
  { query: '로그 레벨', expect: '로그 레벨(Log Levels)', category: 'plain' },

  // particles
  { query: '커스텀 예외가 뭐야', expect: '커스텀 예외(Custom Exceptoin)', category: 'particles' },
  { query: '전역 에러 핸들러란', expect: '전역 에러 핸들러(Global Error Handler)', category: 'particles' },
  { query: '구조화 로그는 뭐임', expect: '구조화 로그(Structured Loging)', category: 'particles' },
  { query: '지수 백오프가 뭐야', expect: '지수 백오프(Exponential Backof)', category: 'particles' },
  { query: '에러 코드 설계란', expect: '에러 코드 설계(Error Code Design)', category: 'particles' },

  // question
  { query: 'catch 블록 비워두면 왜 안 돼', expect: '예외 삼키기', category: 'question' },
  {
    query: 'await 안 한 promise 실패하면 서버가 죽어요',
    expect: '처리되지 않은 프로미스 거부',
    category: 'question',
  },
  {
    query: '컨트롤러마다 try catch 쓰기 귀찮은데 한 곳에서 처리하려면',
    expect: '전역 에러 핸들러(Global Error Handler)',
    category: 'question',
  },
  { query: '로그에 비밀번호 찍히면 어떡해', expect: '민감 정보 가리기', category: 'question' },
  {
    query: '예외 감싸서 던졌더니 원래 원인 스택이 사라져요',
    expect: '원인 예외 연결(Exception Chaining)',
    category: 'question',
  },
  {
    query: '스프링에서 어떤 예외일 때 트랜잭션 롤백돼',
    expect: '언체크 예외(Unchecked Exception)',
    category: 'question',
  },
  {
    query: '에러인데 200 주고 success false 넣으면 안 돼?',
    expect: 'HTTP 상태 코드 매핑(Status Code Mapping)',
    category: 'question',
  },
  { query: '에러 알림이 너무 많이 와서 다들 무시해요', expect: '알림 피로', category: 'question' },
  { query: 'ERROR랑 WARN 언제 써야 돼', expect: '로그 레벨(Log Levels)', category: 'question' },
  { query: '결제 요청 실패했을 때 다시 보내도 돼?', expect: '재시도(Retry)', category: 'question' },

  // spacing
  { query: '전역에러핸들러', expect: '전역 에러 핸들러(Global Error Handler)', category: 'spacing' },
  { query: '구조화로그', expect: '구조화 로그(Structured Loging)', category: 'spacing' },
  { query: '지수백오프', expect: '지수 백오프(Exponential Backof)', category: 'spacing' },
  { query: '에러 추적도구', expect: '에러 추적 도구(Error Tracking)', category: 'spacing' },

  // typo-query
  { query: '제시도', expect: '재시도(Retry)', category: 'typo-query' },
  { query: '스텍 트레이스', expect: '스택 트레이스(Stack Trace)', category: 'typo-query' },
  { query: '커스톰 예외', expect: '커스텀 예외(Custom Exceptoin)', category: 'typo-query' },
  { query: '로그 래벨', expect: '로그 레벨(Log Levels)', category: 'typo-query' },
  { query: '에러 응담 형식', expect: '에러 응답 형식(Error Response Format)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'custom exception', expect: '커스텀 예외(Custom Exceptoin)', category: 'typo-notes' },
  { query: 'structured logging', expect: '구조화 로그(Structured Loging)', category: 'typo-notes' },
  { query: 'exponential backoff', expect: '지수 백오프(Exponential Backof)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'wotleh', expect: '재시도(Retry)', category: 'keyboard' },
  { query: 'fhrm fpqpf', expect: '로그 레벨(Log Levels)', category: 'keyboard' },
  { query: 'tmxor xmfpdltm', expect: '스택 트레이스(Stack Trace)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㅇ ㅇㄹ ㅎㄷㄹ', expect: '전역 에러 핸들러(Global Error Handler)', category: 'choseong' },
  { query: 'ㅈㅅ ㅂㅇㅍ', expect: '지수 백오프(Exponential Backof)', category: 'choseong' },
  { query: 'ㅋㅅㅌ ㅇㅇ', expect: '커스텀 예외(Custom Exceptoin)', category: 'choseong' },

  // english-glossary
  { query: 'exception swallowing', expect: '예외 삼키기', category: 'english-glossary' },
  { query: 'correlation id', expect: '요청 추적 ID', category: 'english-glossary' },
  { query: 'circuit breaker', expect: '회로 차단기', category: 'english-glossary' },
  {
    query: 'unhandled promise rejection',
    expect: '처리되지 않은 프로미스 거부',
    category: 'english-glossary',
  },

  // english (no glossary entry)
  {
    query: 'register express error middleware with four arguments',
    expect: '전역 에러 핸들러(Global Error Handler)',
    category: 'english',
  },
  {
    query: 'add random jitter between retries',
    expect: '지수 백오프(Exponential Backof)',
    category: 'english',
  },
  {
    query: 'problem details json for api errors',
    expect: '에러 응답 형식(Error Response Format)',
    category: 'english',
  },
  {
    query: 'which http status for validation failure vs forbidden',
    expect: 'HTTP 상태 코드 매핑(Status Code Mapping)',
    category: 'english',
  },
  {
    query: 'group identical exceptions and count affected users',
    expect: '에러 추적 도구(Error Tracking)',
    category: 'english',
  },

  // paraphrase
  {
    query: '요청 하나에서 나온 로그를 전부 한 줄로 꿰어 찾는 방법',
    expect: '요청 추적 ID',
    category: 'paraphrase',
  },
  {
    query: 'throws 안 적으면 컴파일러가 빌드를 막는 종류',
    expect: '체크 예외(Checked Exception)',
    category: 'paraphrase',
  },
  {
    query: '한 줄 문자열 말고 키랑 값으로 남겨서 필터링 쉽게 하기',
    expect: '구조화 로그(Structured Loging)',
    category: 'paraphrase',
  },
  {
    query: '계속 실패하는 하위 서비스는 잠깐 아예 부르지 않게 끊어두기',
    expect: '회로 차단기',
    category: 'paraphrase',
  },
  {
    query: '메시지 문장 대신 고정된 식별자로 프론트가 분기하게 만들기',
    expect: '에러 코드 설계(Error Code Design)',
    category: 'paraphrase',
  },
  {
    query: '몇 분 동안 5xx 비율이 넘을 때만 울리게 하기',
    expect: '알림 기준 정하기',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '체크 예외 언체크 예외 차이',
    expect: ['체크 예외(Checked Exception)', '언체크 예외(Unchecked Exception)'],
    category: 'comparison',
    compare: ['체크 예외(Checked Exception)', '언체크 예외(Unchecked Exception)'],
  },
  {
    query: 'try catch vs 전역 에러 핸들러',
    expect: ['try/catch 기본(Try-Catch)', '전역 에러 핸들러(Global Error Handler)'],
    category: 'comparison',
    compare: ['try/catch 기본(Try-Catch)', '전역 에러 핸들러(Global Error Handler)'],
  },
  {
    query: '재시도랑 회로 차단기 차이',
    expect: ['재시도(Retry)', '회로 차단기'],
    category: 'comparison',
    compare: ['재시도(Retry)', '회로 차단기'],
  },
  {
    query: '에러 코드랑 HTTP 상태 코드 차이',
    expect: ['에러 코드 설계(Error Code Design)', 'HTTP 상태 코드 매핑(Status Code Mapping)'],
    category: 'comparison',
    compare: ['에러 코드 설계(Error Code Design)', 'HTTP 상태 코드 매핑(Status Code Mapping)'],
  },

  // miss
  { query: '마라톤 페이스 조절법', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '임진왜란 전개 과정', expect: null, category: 'miss' },

  // miss-shared
  { query: 'React 에러 바운더리 사용법', expect: null, category: 'miss-shared' },
  { query: 'JUnit assertThrows로 예외 테스트', expect: null, category: 'miss-shared' },
  { query: 'Prometheus 메트릭 Grafana 대시보드', expect: null, category: 'miss-shared' },
  { query: 'OpenTelemetry 분산 트레이싱 span', expect: null, category: 'miss-shared' },
];
