import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '처리량', expect: '처리량(Throughput)', category: 'plain' },
  { query: '오류율', expect: '오류율(Error Rate)', category: 'plain' },
  { query: '스모크 테스트', expect: '스모크 테스트(Smoke Test)', category: 'plain' },
  { query: '임계값 설정', expect: '임계값 설정(Thresholds)', category: 'plain' },

  // particles
  { query: '가상 사용자가 뭐야', expect: '가상 사용자(Virtual Users)', category: 'particles' },
  { query: '소크 테스트란', expect: '소크 테스트(Soak Test)', category: 'particles' },
  { query: '제이미터는 뭐임', expect: '제이미터(JMeter)', category: 'particles' },
  { query: '백분위 지표가 뭐야', expect: '백분위 지표(Percentile)', category: 'particles' },
  { query: '좌표 누락 문제란', expect: '좌표 누락 문제(Coordinated Omision)', category: 'particles' },

  // question
  {
    query: '평균 응답 시간은 괜찮은데 일부 사용자만 엄청 느리대요',
    expect: '백분위 지표(Percentile)',
    category: 'question',
  },
  {
    query: '몇 시간 돌렸을 때 메모리 계속 오르는지 보려면 어떤 테스트 해',
    expect: '소크 테스트(Soak Test)',
    category: 'question',
  },
  {
    query: '티켓 오픈처럼 갑자기 사람 몰리는 상황 테스트하려면',
    expect: '스파이크 테스트(Spike Test)',
    category: 'question',
  },
  {
    query: 'p95가 500ms 넘으면 테스트 실패로 끝나게 하려면 어떻게 해',
    expect: '임계값 설정(Thresholds)',
    category: 'question',
  },
  {
    query: 'DB 연결이 모자라서 요청들이 줄 서서 기다리는 것 같아요',
    expect: '커넥션 풀 고갈',
    category: 'question',
  },
  {
    query: 'p99가 주기적으로 튀는 이유가 뭐야',
    expect: '가비지 컬렉션 멈춤(GC Pause)',
    category: 'question',
  },
  { query: 'JMeter GUI 모드로 실제 부하 돌려도 돼?', expect: '제이미터(JMeter)', category: 'question' },
  { query: 'k6 스크립트에 sleep 왜 넣어', expect: '생각 시간', category: 'question' },
  {
    query: '초당 100건 들어오고 응답 0.5초면 동시에 몇 개 처리 중이야',
    expect: '리틀의 법칙',
    category: 'question',
  },
  {
    query: '배포할 때마다 자동으로 성능 검사 돌리려면',
    expect: 'CI 연동(CI Integration)',
    category: 'question',
  },

  // spacing
  { query: '가상사용자', expect: '가상 사용자(Virtual Users)', category: 'spacing' },
  { query: '지연시간', expect: '지연 시간(Latency)', category: 'spacing' },
  { query: '스파이크테스트', expect: '스파이크 테스트(Spike Test)', category: 'spacing' },
  { query: '느린쿼리찾기', expect: '느린 쿼리 찾기(Slow Query)', category: 'spacing' },

  // typo-query
  { query: '스트래스 테스트', expect: '스트레스 테스트(Stress Tset)', category: 'typo-query' },
  { query: '처리랑', expect: '처리량(Throughput)', category: 'typo-query' },
  { query: 'threshlods', expect: '임계값 설정(Thresholds)', category: 'typo-query' },
  { query: '제이미타', expect: '제이미터(JMeter)', category: 'typo-query' },
  { query: '가비지 컬랙션', expect: '가비지 컬렉션 멈춤(GC Pause)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'stress test', expect: '스트레스 테스트(Stress Tset)', category: 'typo-notes' },
  {
    query: 'resource utilization',
    expect: '자원 사용률 모니터링(Resource Utilizaton)',
    category: 'typo-notes',
  },
  { query: 'coordinated omission', expect: '좌표 누락 문제(Coordinated Omision)', category: 'typo-notes' },

  // keyboard (2-beolsik, IME off)
  { query: 'cjflfid', expect: '처리량(Throughput)', category: 'keyboard' },
  { query: 'dhfbdbf', expect: '오류율(Error Rate)', category: 'keyboard' },
  { query: 'wpdlalxj', expect: '제이미터(JMeter)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅌㅇ ㅂㅊ', expect: '리틀의 법칙', category: 'choseong' },
  { query: 'ㄱㅅ ㅅㅇㅈ', expect: '가상 사용자(Virtual Users)', category: 'choseong' },
  { query: 'ㅈㅇ ㅅㄱ', expect: '지연 시간(Latency)', category: 'choseong' },

  // english-glossary (notes use only the Korean term)
  { query: "little's law", expect: '리틀의 법칙', category: 'english-glossary' },
  { query: 'capacity test', expect: '용량 테스트', category: 'english-glossary' },
  { query: 'think time', expect: '생각 시간', category: 'english-glossary' },
  { query: 'connection pool exhaustion', expect: '커넥션 풀 고갈', category: 'english-glossary' },

  // english
  {
    query: 'how to find the breaking point of a server',
    expect: '스트레스 테스트(Stress Tset)',
    category: 'english',
  },
  { query: 'how to ramp up users with stages in k6', expect: 'k6 스크립트(k6 Script)', category: 'english' },
  {
    query: 'how to find slow database queries under load',
    expect: '느린 쿼리 찾기(Slow Query)',
    category: 'english',
  },
  {
    query: 'should the load test environment match production',
    expect: '테스트 환경 구성(Test Environment)',
    category: 'english',
  },
  {
    query: 'why do memory leaks only show up after running for hours',
    expect: '소크 테스트(Soak Test)',
    category: 'english',
  },

  // paraphrase
  {
    query: '요청 하나 보내고 답이 돌아오기까지 걸리는 시간',
    expect: '지연 시간(Latency)',
    category: 'paraphrase',
  },
  { query: '실패한 요청이 전체에서 차지하는 비중', expect: '오류율(Error Rate)', category: 'paraphrase' },
  {
    query: '사람인 척 서버에 요청 보내는 가짜 손님',
    expect: '가상 사용자(Virtual Users)',
    category: 'paraphrase',
  },
  {
    query: '서버가 멈추면 도구도 같이 기다려서 느린 기록이 통계에서 빠지는 현상',
    expect: '좌표 누락 문제(Coordinated Omision)',
    category: 'paraphrase',
  },
  {
    query: '응답 목표를 지키면서 최대 몇 명까지 받을 수 있는지 재기',
    expect: '용량 테스트',
    category: 'paraphrase',
  },
  {
    query: '부하 거는 동안 CPU 메모리 디스크 네트워크 살펴보기',
    expect: '자원 사용률 모니터링(Resource Utilizaton)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '스트레스 테스트 vs 스파이크 테스트',
    expect: ['스트레스 테스트(Stress Tset)', '스파이크 테스트(Spike Test)'],
    category: 'comparison',
    compare: ['스트레스 테스트(Stress Tset)', '스파이크 테스트(Spike Test)'],
  },
  {
    query: '닫힌 모델 열린 모델 차이',
    expect: ['닫힌 모델(Closed Model)', '열린 모델(Open Model)'],
    category: 'comparison',
    compare: ['닫힌 모델(Closed Model)', '열린 모델(Open Model)'],
  },
  {
    query: '처리량이랑 지연 시간 차이',
    expect: ['처리량(Throughput)', '지연 시간(Latency)'],
    category: 'comparison',
    compare: ['처리량(Throughput)', '지연 시간(Latency)'],
  },
  {
    query: 'k6 vs JMeter 뭐가 나아',
    expect: ['k6 스크립트(k6 Script)', '제이미터(JMeter)'],
    category: 'comparison',
    compare: ['k6 스크립트(k6 Script)', '제이미터(JMeter)'],
  },

  // miss
  { query: '파스타 면 삶는 시간', expect: null, category: 'miss' },
  { query: '농구 자유투 자세 교정', expect: null, category: 'miss' },
  { query: '프랑스 혁명 원인 세계사', expect: null, category: 'miss' },

  // miss-shared
  { query: '단위 테스트에서 mock 객체 만드는 법', expect: null, category: 'miss-shared' },
  { query: '로드 밸런서 라운드 로빈 알고리즘', expect: null, category: 'miss-shared' },
  { query: 'CDN 캐시 적중률 올리는 법', expect: null, category: 'miss-shared' },
  { query: 'Lighthouse 프론트엔드 성능 점수 개선', expect: null, category: 'miss-shared' },
];
