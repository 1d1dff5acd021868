import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '파드', expect: '파드(Pod)', category: 'plain' },
  { query: '인그레스', expect: '인그레스(Ingress)', category: 'plain' },
  { query: '시크릿', expect: '시크릿(Secret)', category: 'plain' },
  { query: '컨피그맵', expect: '컨피그맵(ConfigMap)', category: 'plain' },

  // particles
  { query: '레플리카셋이 뭐야', expect: '레플리카셋(ReplicaSet)', category: 'particles' },
  { query: '디플로이먼트란', expect: '디플로이먼트(Deployment)', category: 'particles' },
  { query: '서비스는 뭐임', expect: '서비스(Service)', category: 'particles' },
  { query: '셀렉터가 뭐야', expect: '레이블과 셀렉터(Label & Selector)', category: 'particles' },
  { query: '매니페스트 파일이란', expect: '매니페스트 파일(Manifest)', category: 'particles' },

  // question
  { query: '파드가 계속 CrashLoopBackOff 떠요', expect: '자가 치유', category: 'question' },
  {
    query: '배포 중에 서비스 안 끊기게 새 버전으로 바꾸려면',
    expect: '롤링 업데이트(Rolling Updte)',
    category: 'question',
  },
  {
    query: '새 버전 배포했는데 버그 나서 이전 버전으로 돌리려면 어떻게 해',
    expect: '롤백',
    category: 'question',
  },
  { query: '시크릿에 넣으면 암호화되는 거 맞아?', expect: '시크릿(Secret)', category: 'question' },
  {
    query: '아직 준비 안 된 파드로 트래픽 안 가게 하려면',
    expect: '레디니스 프로브(Readiness)',
    category: 'question',
  },
  {
    query: '메모리 제한 넘으면 어떻게 돼',
    expect: '리소스 요청과 제한(Requests & Limits)',
    category: 'question',
  },
  {
    query: 'HPA가 CPU 사용률 계산을 못 해요',
    expect: '수평 파드 오토스케일러(Horizontal Pod Autoscalr)',
    category: 'question',
  },
  { query: '인그레스 만들었는데 아무 동작을 안 해요', expect: '인그레스(Ingress)', category: 'question' },
  { query: 'etcd 백업 왜 해야 돼', expect: '컨트롤 플레인(Control Plane)', category: 'question' },
  {
    query: '로그 수집기를 노드마다 하나씩 띄우려면 뭐 써',
    expect: '데몬셋(DaemonSet)',
    category: 'question',
  },

  // spacing
  { query: '롤링업데이트', expect: '롤링 업데이트(Rolling Updte)', category: 'spacing' },
  { query: '헬스체크 프로브', expect: '헬스 체크 프로브(Probe)', category: 'spacing' },
  { query: '컨테이너오케스트레이션', expect: '컨테이너 오케스트레이션(Orchestration)', category: 'spacing' },
  { query: '자가치유', expect: '자가 치유', category: 'spacing' },

  // typo-query
  { query: '디플로이멘트', expect: '디플로이먼트(Deployment)', category: 'typo-query' },
  { query: '레프리카셋', expect: '레플리카셋(ReplicaSet)', category: 'typo-query' },
  { query: '컨피그멥', expect: '컨피그맵(ConfigMap)', category: 'typo-query' },
  { query: 'kubeclt 명령어', expect: 'kubectl 기본 명령어(kubectl Commands)', category: 'typo-query' },
  { query: 'ingres', expect: '인그레스(Ingress)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'rolling update', expect: '롤링 업데이트(Rolling Updte)', category: 'typo-notes' },
  {
    query: 'horizontal pod autoscaler',
    expect: '수평 파드 오토스케일러(Horizontal Pod Autoscalr)',
    category: 'typo-notes',
  },
  { query: 'namespace', expect: '네임스페이스(Namespce)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'vkem', expect: '파드(Pod)', category: 'keyboard' },
  { query: 'tlzmflt', expect: '시크릿(Secret)', category: 'keyboard' },
  { query: 'spdlatmvpdltm', expect: '네임스페이스(Namespce)', category: 'keyboard' },

  // choseong
  { query: 'ㄹㅍㄹㅋㅅ', expect: '레플리카셋(ReplicaSet)', category: 'choseong' },
  { query: 'ㅅㅇㅈㄱㄹ', expect: '선언적 관리', category: 'choseong' },
  { query: 'ㄷㅍㄹㅇㅁㅌ', expect: '디플로이먼트(Deployment)', category: 'choseong' },

  // english-glossary
  { query: 'declarative configuration', expect: '선언적 관리', category: 'english-glossary' },
  { query: 'rollback', expect: '롤백', category: 'english-glossary' },
  { query: 'self-healing', expect: '자가 치유', category: 'english-glossary' },
  { query: 'sidecar container', expect: '파드(Pod)', category: 'english-glossary' },

  // english
  { query: 'smallest deployable unit in kubernetes', expect: '파드(Pod)', category: 'english' },
  {
    query: 'stable virtual IP and DNS name for changing pods',
    expect: '서비스(Service)',
    category: 'english',
  },
  {
    query: 'route external HTTP requests by path to services',
    expect: '인그레스(Ingress)',
    category: 'english',
  },
  { query: 'where to store passwords and API keys', expect: '시크릿(Secret)', category: 'english' },
  {
    query: 'split one cluster into dev and prod spaces',
    expect: '네임스페이스(Namespce)',
    category: 'english',
  },

  // paraphrase
  {
    query: '이런 상태여야 한다고 적어두면 알아서 맞춰주는 방식',
    expect: '선언적 관리',
    category: 'paraphrase',
  },
  {
    query: 'DB처럼 이름이 고정되고 각자 저장소를 가지는 워크로드',
    expect: '스테이트풀셋(StatefulSet)',
    category: 'paraphrase',
  },
  {
    query: '부하 많아지면 파드 개수를 자동으로 늘려주는 것',
    expect: '수평 파드 오토스케일러(Horizontal Pod Autoscalr)',
    category: 'paraphrase',
  },
  { query: '클러스터 밖에서 노드 포트 번호로 바로 들어오기', expect: 'NodePort', category: 'paraphrase' },
  {
    query: '멈춰버린 앱을 주기적으로 검사해서 재시작시키는 것',
    expect: '라이브니스 프로브(Liveness)',
    category: 'paraphrase',
  },
  {
    query: '설정값을 이미지 밖으로 빼서 key-value로 관리',
    expect: '컨피그맵(ConfigMap)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '컨피그맵 vs 시크릿',
    expect: ['컨피그맵(ConfigMap)', '시크릿(Secret)'],
    category: 'comparison',
    compare: ['컨피그맵(ConfigMap)', '시크릿(Secret)'],
  },
  {
    query: '라이브니스 레디니스 차이',
    expect: ['라이브니스 프로브(Liveness)', '레디니스 프로브(Readiness)'],
    category: 'comparison',
    compare: ['라이브니스 프로브(Liveness)', '레디니스 프로브(Readiness)'],
  },
  {
    query: '레플리카셋이랑 디플로이먼트 차이가 뭐야',
    expect: ['레플리카셋(ReplicaSet)', '디플로이먼트(Deployment)'],
    category: 'comparison',
    compare: ['레플리카셋(ReplicaSet)', '디플로이먼트(Deployment)'],
  },
  {
    query: 'ClusterIP랑 NodePort 차이',
    expect: ['ClusterIP', 'NodePort'],
    category: 'comparison',
    compare: ['ClusterIP', 'NodePort'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '광합성 명반응 암반응', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Helm 차트 values 작성법', expect: null, category: 'miss-shared' },
  { query: 'Istio 서비스 메시 mTLS 설정', expect: null, category: 'miss-shared' },
  { query: 'PersistentVolumeClaim 스토리지 클래스', expect: null, category: 'miss-shared' },
  { query: 'CronJob으로 주기 작업 실행', expect: null, category: 'miss-shared' },
];
