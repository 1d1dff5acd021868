import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '프로메테우스', expect: '프로메테우스(Prometheus)', category: 'plain' },
  { query: '상관관계 ID', expect: '상관관계 ID(Correlation ID)', category: 'plain' },
  { query: '컨텍스트 전파', expect: '컨텍스트 전파(Context Propagaton)', category: 'plain' },
  { query: '샘플링 전략', expect: '샘플링 전략(Sampling)', category: 'plain' },

  // particles
  { query: '구조화 로깅이 뭐야', expect: '구조화 로깅(Structured Logging)', category: 'particles' },
  { query: '오픈텔레메트리란', expect: '오픈텔레메트리(OpenTelemetry)', category: 'particles' },
  { query: '포스트모템은 뭐임', expect: '포스트모템(Postmortem)', category: 'particles' },
  { query: '로그 레벨이 뭐야', expect: '로그 레벨(Log Levl)', category: 'particles' },
  { query: '게이지란', expect: '게이지(Gauge)', category: 'particles' },

  // question
  {
    query: '로그에 카드번호 그대로 찍혀도 돼?',
    expect: '민감 정보 마스킹(Data Masking)',
    category: 'question',
  },
  { query: '운영 서버에서 DEBUG 로그 켜놔도 돼', expect: '로그 레벨(Log Levl)', category: 'question' },
  {
    query: '서버 수십 대 로그를 한 군데서 검색하려면 어떻게 해',
    expect: '중앙 집중 로그 수집(Log Aggregation)',
    category: 'question',
  },
  {
    query: '요청 하나가 남긴 로그를 ID 하나로 다 찾고 싶어',
    expect: '상관관계 ID(Correlation ID)',
    category: 'question',
  },
  {
    query: '라벨에 userId 넣었더니 메모리가 터졌어요',
    expect: '카디널리티 폭발',
    category: 'question',
  },
  {
    query: '평균 응답 시간은 괜찮은데 사용자들이 느리다고 해요',
    expect: '백분위 응답 시간(Percentile)',
    category: 'question',
  },
  {
    query: '서비스 B 넘어가면 트레이스가 두 개로 끊겨요',
    expect: '컨텍스트 전파(Context Propagaton)',
    category: 'question',
  },
  {
    query: '실패한 요청만 골라서 추적 데이터 남기려면',
    expect: '샘플링 전략(Sampling)',
    category: 'question',
  },
  {
    query: '새벽에 알림 받았는데 뭘 해야 할지 모르겠어',
    expect: '알림 설계(Alerting)',
    category: 'question',
  },
  {
    query: '총 요청 수가 재시작하면 0으로 돌아가는데 어떻게 봐',
    expect: '카운터(Counter)',
    category: 'question',
  },

  // spacing
  { query: '관측가능성', expect: '관측 가능성(Observability)', category: 'spacing' },
  { query: '구조화로깅', expect: '구조화 로깅(Structured Logging)', category: 'spacing' },
  { query: '오류예산', expect: '오류 예산', category: 'spacing' },
  { query: '카디널리티폭발', expect: '카디널리티 폭발', category: 'spacing' },

  // typo-query
  { query: '프로메테우수', expect: '프로메테우스(Prometheus)', category: 'typo-query' },
  { query: '그라파나 대쉬보드', expect: '그라파나 대시보드(Grafana Dashbord)', category: 'typo-query' },
  { query: '오픈텔레매트리', expect: '오픈텔레메트리(OpenTelemetry)', category: 'typo-query' },
  { query: '히스토그렘', expect: '히스토그램(Histogram)', category: 'typo-query' },
  { query: 'corelation id', expect: '상관관계 ID(Correlation ID)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'log level', expect: '로그 레벨(Log Levl)', category: 'typo-notes' },
  { query: 'grafana dashboard', expect: '그라파나 대시보드(Grafana Dashbord)', category: 'typo-notes' },
  { query: 'context propagation', expect: '컨텍스트 전파(Context Propagaton)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vmfhapxpdntm', expect: '프로메테우스(Prometheus)', category: 'keyboard' },
  { query: 'toavmffld', expect: '샘플링 전략(Sampling)', category: 'keyboard' },
  { query: 'vhtmxmahxpa', expect: '포스트모템(Postmortem)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅊㄱㄴㅅ', expect: '관측 가능성(Observability)', category: 'choseong' },
  { query: 'ㄱㅈㅎㄹㄱ', expect: '구조화 로깅(Structured Logging)', category: 'choseong' },
  { query: 'ㅇㄹㅇㅅ', expect: '오류 예산', category: 'choseong' },

  // english-glossary
  { query: 'golden signals', expect: '골든 시그널', category: 'english-glossary' },
  { query: 'error budget', expect: '오류 예산', category: 'english-glossary' },
  { query: 'alert fatigue', expect: '알림 피로', category: 'english-glossary' },
  { query: 'cardinality explosion', expect: '카디널리티 폭발', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'log as key-value json so fields can be searched',
    expect: '구조화 로깅(Structured Logging)',
    category: 'english',
  },
  {
    query: 'metric value that only goes up like total requests',
    expect: '카운터(Counter)',
    category: 'english',
  },
  {
    query: 'vendor neutral standard and sdk for collecting telemetry',
    expect: '오픈텔레메트리(OpenTelemetry)',
    category: 'english',
  },
  {
    query: 'hide passwords and card numbers in logs',
    expect: '민감 정보 마스킹(Data Masking)',
    category: 'english',
  },
  {
    query: 'one unit of work inside a request such as a db query',
    expect: '트레이스와 스팬(Trace & Span)',
    category: 'english',
  },

  // paraphrase
  {
    query: '바깥으로 나오는 신호만 보고 시스템 속을 짐작할 수 있는 정도',
    expect: '관측 가능성(Observability)',
    category: 'paraphrase',
  },
  {
    query: '고객이랑 약속한 수준 못 지키면 돈 물어주는 계약',
    expect: 'SLA(Service Level Agreement)',
    category: 'paraphrase',
  },
  { query: '너무 자주 울려서 다들 무시하게 되는 경보', expect: '알림 피로', category: 'paraphrase' },
  {
    query: '장애 뒤에 누구 탓 안 하고 원인이랑 재발 방지책 정리하는 문서',
    expect: '포스트모템(Postmortem)',
    category: 'paraphrase',
  },
  { query: '메모리 사용량처럼 오르내리는 지금 수치', expect: '게이지(Gauge)', category: 'paraphrase' },
  {
    query: '모니터링 서버가 앱한테 찾아가서 숫자 가져가는 거',
    expect: '풀 방식(Pull)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '풀 방식 vs 푸시 방식',
    expect: ['풀 방식(Pull)', '푸시 방식(Push)'],
    category: 'comparison',
    compare: ['풀 방식(Pull)', '푸시 방식(Push)'],
  },
  {
    query: 'SLO랑 SLA 차이가 뭐야',
    expect: ['SLO(Service Level Objective)', 'SLA(Service Level Agreement)'],
    category: 'comparison',
    compare: ['SLO(Service Level Objective)', 'SLA(Service Level Agreement)'],
  },
  {
    query: '로그랑 메트릭 차이',
    expect: ['로그(Logs)', '메트릭(Metrics)'],
    category: 'comparison',
    compare: ['로그(Logs)', '메트릭(Metrics)'],
  },
  {
    query: '카운터 게이지 차이점',
    expect: ['카운터(Counter)', '게이지(Gauge)'],
    category: 'comparison',
    compare: ['카운터(Counter)', '게이지(Gauge)'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '김장 배추 절이는 시간', expect: null, category: 'miss' },
  { query: '유화 물감 섞는 법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Sentry로 프론트엔드 에러 추적하기', expect: null, category: 'miss-shared' },
  { query: 'Datadog APM 요금제 비교', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 HPA 오토스케일링 설정', expect: null, category: 'miss-shared' },
  { query: 'journalctl로 systemd 로그 보기', expect: null, category: 'miss-shared' },
];
