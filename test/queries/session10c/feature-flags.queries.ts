import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '킬 스위치', expect: '킬 스위치(Kill Switch)', category: 'plain' },
  { query: '다크 런치', expect: '다크 런치(Dark Launch)', category: 'plain' },
  { query: '타기팅 규칙', expect: '타기팅 규칙(Targeting Rules)', category: 'plain' },
  { query: '플래그 부채', expect: '플래그 부채(Flag Debt)', category: 'plain' },

  // particles
  { query: '기능 플래그가 뭐야', expect: '기능 플래그(Feature Flag)', category: 'particles' },
  { query: '점진적 롤아웃이란', expect: '점진적 롤아웃(Progressive Rollout)', category: 'particles' },
  { query: '가드레일 지표는 뭐임', expect: '가드레일 지표(Guardrail Metric)', category: 'particles' },
  { query: '다변량 테스트가 뭔데', expect: '다변량 테스트(Multivariate Testing)', category: 'particles' },
  { query: '권한 토글이란', expect: '권한 토글(Permission Toggle)', category: 'particles' },

  // question
  {
    query: '배포는 했는데 아직 사용자한테 안 보이게 하려면',
    expect: '배포와 릴리스 분리(Deploy vs Release)',
    category: 'question',
  },
  {
    query: '플래그 서버 죽으면 앱은 어떻게 동작해',
    expect: '기본값과 폴백(Default & Fallback)',
    category: 'question',
  },
  {
    query: '결제 API 장애 나면 그 기능만 바로 끄는 법',
    expect: '킬 스위치(Kill Switch)',
    category: 'question',
  },
  { query: '새로고침할 때마다 A안 B안이 바뀌어요', expect: '사용자 버킷팅', category: 'question' },
  { query: '실험 중간에 결과 매일 확인하면 안 돼?', expect: '엿보기 문제', category: 'question' },
  {
    query: 'p-value 0.05 기준은 왜 써',
    expect: '통계적 유의성(Statistical Significance)',
    category: 'question',
  },
  { query: '실험하려면 몇 명 모아야 돼', expect: '표본 크기 계산', category: 'question' },
  {
    query: '플래그 만들 때 만료 날짜 정해야 돼?',
    expect: '플래그 수명 주기(Flag Lifecyle)',
    category: 'question',
  },
  {
    query: '한국 사용자만 새 기능 켜주려면 어떻게 해',
    expect: '타기팅 규칙(Targeting Rules)',
    category: 'question',
  },
  {
    query: 'LaunchDarkly 말고 오픈소스 뭐 있어',
    expect: '플래그 관리 도구(Flag Management Tools)',
    category: 'question',
  },

  // spacing
  { query: '점진적롤아웃', expect: '점진적 롤아웃(Progressive Rollout)', category: 'spacing' },
  { query: '통계적유의성', expect: '통계적 유의성(Statistical Significance)', category: 'spacing' },
  { query: '플래그수명주기', expect: '플래그 수명 주기(Flag Lifecyle)', category: 'spacing' },
  { query: '기본값과폴백', expect: '기본값과 폴백(Default & Fallback)', category: 'spacing' },

  // typo-query
  { query: '킬 스위츠', expect: '킬 스위치(Kill Switch)', category: 'typo-query' },
  { query: '카니라 릴리스', expect: '카나리 릴리스(Canary Relese)', category: 'typo-query' },
  { query: '통계적 유위성', expect: '통계적 유의성(Statistical Significance)', category: 'typo-query' },
  { query: '가드래일 지표', expect: '가드레일 지표(Guardrail Metric)', category: 'typo-query' },
  { query: '타기탕 규칙', expect: '타기팅 규칙(Targeting Rules)', category: 'typo-query' },

  // typo-notes (notes misspell these)
  { query: 'flag evaluation', expect: '플래그 평가 방식(Flag Evalution)', category: 'typo-notes' },
  { query: 'canary release', expect: '카나리 릴리스(Canary Relese)', category: 'typo-notes' },
  { query: 'flag lifecycle', expect: '플래그 수명 주기(Flag Lifecyle)', category: 'typo-notes' },

  // keyboard (2-beolsik, IME off)
  { query: 'zlf tmdnlcl', expect: '킬 스위치(Kill Switch)', category: 'keyboard' },
  { query: 'fhfdkdnt', expect: '점진적 롤아웃(Progressive Rollout)', category: 'keyboard' },
  { query: 'vmfform qnco', expect: '플래그 부채(Flag Debt)', category: 'keyboard' },

  // choseong
  { query: 'ㅋㅅㅇㅊ', expect: '킬 스위치(Kill Switch)', category: 'choseong' },
  { query: 'ㄷㅋㄹㅊ', expect: '다크 런치(Dark Launch)', category: 'choseong' },
  { query: 'ㅌㄱㅈ ㅇㅇㅅ', expect: '통계적 유의성(Statistical Significance)', category: 'choseong' },

  // english-glossary (headings/notes use only the Korean term)
  { query: 'hypothesis', expect: '가설 설정', category: 'english-glossary' },
  { query: 'sample size calculation', expect: '표본 크기 계산', category: 'english-glossary' },
  { query: 'peeking problem', expect: '엿보기 문제', category: 'english-glossary' },
  { query: 'flag naming convention', expect: '플래그 네이밍 규칙', category: 'english-glossary' },

  // english
  {
    query: 'how to roll out a feature gradually to a percentage of users',
    expect: '점진적 롤아웃(Progressive Rollout)',
    category: 'english',
  },
  {
    query: 'emergency switch to turn off a feature instantly',
    expect: '킬 스위치(Kill Switch)',
    category: 'english',
  },
  {
    query: 'server side vs client side flag evaluation',
    expect: '플래그 평가 방식(Flag Evalution)',
    category: 'english',
  },
  { query: 'what is a guardrail metric', expect: '가드레일 지표(Guardrail Metric)', category: 'english' },
  {
    query: 'run new code on real traffic hidden from users',
    expect: '다크 런치(Dark Launch)',
    category: 'english',
  },

  // paraphrase
  {
    query: '사람들을 두 무리로 랜덤하게 나눠서 어느 버전이 더 잘 팔리는지 보는 것',
    expect: 'A/B 테스트(A/B Testing)',
    category: 'paraphrase',
  },
  {
    query: '안 지우고 쌓아둔 옛 스위치들 때문에 코드가 엉망이 되는 현상',
    expect: '플래그 부채(Flag Debt)',
    category: 'paraphrase',
  },
  {
    query: '결과 차이가 그냥 우연인지 아닌지 판단하는 기준',
    expect: '통계적 유의성(Statistical Significance)',
    category: 'paraphrase',
  },
  {
    query: '새 버전을 서버 몇 대에만 먼저 올려서 트래픽 조금만 보내보기',
    expect: '카나리 릴리스(Canary Relese)',
    category: 'paraphrase',
  },
  {
    query: '제목이랑 이미지랑 버튼을 한꺼번에 바꿔서 조합마다 비교하기',
    expect: '다변량 테스트(Multivariate Testing)',
    category: 'paraphrase',
  },
  {
    query: '유료 회원이나 사내 직원한테만 기능 열어주는 스위치',
    expect: '권한 토글(Permission Toggle)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '릴리스 토글이랑 실험 토글 차이',
    expect: ['릴리스 토글(Release Toggle)', '실험 토글(Experiment Toggle)'],
    category: 'comparison',
    compare: ['릴리스 토글(Release Toggle)', '실험 토글(Experiment Toggle)'],
  },
  {
    query: '1종 오류 vs 2종 오류',
    expect: ['1종 오류(False Positive)', '2종 오류(False Negative)'],
    category: 'comparison',
    compare: ['1종 오류(False Positive)', '2종 오류(False Negative)'],
  },
  {
    query: 'A/B 테스트랑 다변량 테스트 뭐가 달라',
    expect: ['A/B 테스트(A/B Testing)', '다변량 테스트(Multivariate Testing)'],
    category: 'comparison',
    compare: ['A/B 테스트(A/B Testing)', '다변량 테스트(Multivariate Testing)'],
  },
  {
    query: '카나리 릴리스 vs 점진적 롤아웃',
    expect: ['카나리 릴리스(Canary Relese)', '점진적 롤아웃(Progressive Rollout)'],
    category: 'comparison',
    compare: ['카나리 릴리스(Canary Relese)', '점진적 롤아웃(Progressive Rollout)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절 방법', expect: null, category: 'miss' },

  // miss-shared
  { query: '블루그린 배포 전환 방법', expect: null, category: 'miss-shared' },
  { query: '베이지안 A/B 테스트 사후 확률', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 롤링 업데이트 설정', expect: null, category: 'miss-shared' },
  { query: '카이제곱 검정 계산하는 법', expect: null, category: 'miss-shared' },
];
