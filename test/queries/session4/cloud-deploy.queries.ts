import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: 'EC2', expect: 'EC2(Elastic Compute Cloud)', category: 'plain' },
  { query: '리전', expect: '리전(Region)', category: 'plain' },
  { query: '서버리스', expect: '서버리스(Serverless)', category: 'plain' },
  { query: '환경 변수', expect: '환경 변수(Environment Variable)', category: 'plain' },

  // particles
  { query: 'PaaS가 뭐야', expect: 'PaaS(Platform as a Service)', category: 'particles' },
  { query: '가용 영역이란', expect: '가용 영역(Availability Zone)', category: 'particles' },
  { query: '오토 스케일링은', expect: '오토 스케일링(Auto Scailing)', category: 'particles' },
  { query: '로드 밸런서가 뭐임', expect: '로드 밸런서(Load Balancer)', category: 'particles' },
  { query: 'RDS란', expect: 'RDS(Relational Database Service)', category: 'particles' },

  // question
  { query: '환경 변수 왜 써요', expect: '환경 변수(Environment Variable)', category: 'question' },
  { query: 'EC2 접속 어떻게 해', expect: 'EC2(Elastic Compute Cloud)', category: 'question' },
  { query: '도메인 연결하려면 어떻게 해야 돼', expect: '도메인 연결', category: 'question' },
  { query: '람다 언제 쓰면 안 좋아요', expect: '람다(Lamda)', category: 'question' },
  { query: 'AWS 요금 폭탄 안 맞으려면', expect: '비용 관리', category: 'question' },
  { query: '리전 어디로 골라야 하나요', expect: '리전(Region)', category: 'question' },
  { query: 'S3 버킷 공개해도 되나요', expect: 'S3(Simple Storage Service)', category: 'question' },
  { query: '서버 여러 대면 로그 어떻게 봐요', expect: '로그(Log)', category: 'question' },
  { query: 'RDS 쓰면 뭐가 좋아', expect: 'RDS(Relational Database Service)', category: 'question' },
  { query: 'DNS 바꿨는데 왜 바로 안 바뀌는지', expect: '도메인 연결', category: 'question' },

  // spacing
  { query: '오토스케일링', expect: '오토 스케일링(Auto Scailing)', category: 'spacing' },
  { query: '가용영역', expect: '가용 영역(Availability Zone)', category: 'spacing' },
  { query: '환경변수', expect: '환경 변수(Environment Variable)', category: 'spacing' },
  { query: '로드밸런서', expect: '로드 밸런서(Load Balancer)', category: 'spacing' },

  // typo-query
  { query: 'severless', expect: '서버리스(Serverless)', category: 'typo-query' },
  { query: 'enviroment variable', expect: '환경 변수(Environment Variable)', category: 'typo-query' },
  { query: 'avaliability zone', expect: '가용 영역(Availability Zone)', category: 'typo-query' },
  { query: '리젼', expect: '리전(Region)', category: 'typo-query' },
  { query: 'aws lamba', expect: '람다(Lamda)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'auto scaling', expect: '오토 스케일링(Auto Scailing)', category: 'typo-notes' },
  { query: 'monitoring', expect: '모니터링(Monitering)', category: 'typo-notes' },
  { query: 'lambda', expect: '람다(Lamda)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'flwjs', expect: '리전(Region)', category: 'keyboard' },
  { query: 'tjqjfltm', expect: '서버리스(Serverless)', category: 'keyboard' },
  { query: 'fkaek', expect: '람다(Lamda)', category: 'keyboard' },

  // choseong
  { query: 'ㄱㅇㅇㅇ', expect: '가용 영역(Availability Zone)', category: 'choseong' },
  { query: 'ㅎㄱㅂㅅ', expect: '환경 변수(Environment Variable)', category: 'choseong' },
  { query: 'ㅂㅇㄱㄹ', expect: '비용 관리', category: 'choseong' },

  // english-glossary
  { query: 'cloud computing', expect: '클라우드 컴퓨팅(Cloud Computing)', category: 'english-glossary' },
  { query: 'virtual server', expect: 'EC2(Elastic Compute Cloud)', category: 'english-glossary' },
  { query: 'managed database', expect: 'RDS(Relational Database Service)', category: 'english-glossary' },
  { query: 'logging', expect: '로그(Log)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'keep API keys out of the code', expect: '환경 변수(Environment Variable)', category: 'english' },
  { query: 'point my domain to the server IP', expect: '도메인 연결', category: 'english' },
  { query: 'where to upload images on AWS', expect: 'S3(Simple Storage Service)', category: 'english' },
  {
    query: 'add servers automatically when traffic spikes',
    expect: '오토 스케일링(Auto Scailing)',
    category: 'english',
  },
  { query: 'ssh into an aws instance', expect: 'EC2(Elastic Compute Cloud)', category: 'english' },

  // paraphrase
  {
    query: '노션이나 지메일처럼 그냥 웹에서 쓰는 서비스',
    expect: 'SaaS(Software as a Service)',
    category: 'paraphrase',
  },
  {
    query: '데이터센터에 불나도 서비스 안 죽게 하는 법',
    expect: '가용 영역(Availability Zone)',
    category: 'paraphrase',
  },
  {
    query: '서버 한 대로 몰리는 요청 나눠주기',
    expect: '로드 밸런서(Load Balancer)',
    category: 'paraphrase',
  },
  { query: '에러율 높아지면 슬랙으로 알림 받기', expect: '모니터링(Monitering)', category: 'paraphrase' },
  { query: '서버 껐다 켜도 IP 안 바뀌게 하기', expect: 'EC2(Elastic Compute Cloud)', category: 'paraphrase' },
  { query: '몇 년 약정하고 서버 싸게 쓰기', expect: '비용 관리', category: 'paraphrase' },

  // comparison
  {
    query: 'IaaS PaaS 차이',
    expect: ['IaaS(Infrastructure as a Service)', 'PaaS(Platform as a Service)'],
    category: 'comparison',
    compare: ['IaaS(Infrastructure as a Service)', 'PaaS(Platform as a Service)'],
  },
  {
    query: '리전이랑 가용 영역 차이',
    expect: ['리전(Region)', '가용 영역(Availability Zone)'],
    category: 'comparison',
    compare: ['리전(Region)', '가용 영역(Availability Zone)'],
  },
  {
    query: 'EC2 vs 람다',
    expect: ['EC2(Elastic Compute Cloud)', '람다(Lamda)'],
    category: 'comparison',
    compare: ['EC2(Elastic Compute Cloud)', '람다(Lamda)'],
  },
  {
    query: 'difference between logs and monitoring',
    expect: ['로그(Log)', '모니터링(Monitering)'],
    category: 'comparison',
    compare: ['로그(Log)', '모니터링(Monitering)'],
  },

  // miss
  { query: '리액트 리덕스 상태관리', expect: null, category: 'miss' },
  { query: '자바 가비지 컬렉션', expect: null, category: 'miss' },
  { query: '운영체제 페이징 기법', expect: null, category: 'miss' },

  // miss-shared
  { query: 'AWS IAM 사용자 권한 설정', expect: null, category: 'miss-shared' },
  { query: 'VPC 서브넷 나누기', expect: null, category: 'miss-shared' },
  { query: 'CloudFront CDN 캐시 설정', expect: null, category: 'miss-shared' },
  { query: '테라폼으로 인프라 관리', expect: null, category: 'miss-shared' },
];
