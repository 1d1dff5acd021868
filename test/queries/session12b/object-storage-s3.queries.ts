import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '버저닝', expect: '버저닝(Versioning)', category: 'plain' },
  { query: '블록 스토리지', expect: '블록 스토리지(Block Storage)', category: 'plain' },
  { query: '프리사인드 URL', expect: '프리사인드 URL(Presigned URL)', category: 'plain' },
  { query: '아카이브 클래스', expect: '아카이브 클래스(Glacier)', category: 'plain' },

  // particles
  { query: '버킷이 뭐야', expect: '버킷(Bucket)', category: 'particles' },
  { query: '삭제 마커란', expect: '삭제 마커', category: 'particles' },
  { query: '멀티파트 업로드는 뭐임', expect: '멀티파트 업로드(Multipart Uplaod)', category: 'particles' },
  { query: '일관성 모델이란 무엇인가', expect: '일관성 모델(Consistency Model)', category: 'particles' },
  {
    query: '퍼블릭 액세스 차단은 뭐야',
    expect: '퍼블릭 액세스 차단(Block Public Access)',
    category: 'particles',
  },

  // question
  {
    query: '클라이언트가 서버 안 거치고 s3에 바로 파일 올리게 하려면 어떻게 해',
    expect: '프리사인드 URL(Presigned URL)',
    category: 'question',
  },
  {
    query: '정적 사이트 버킷 만들었는데 403 떠요',
    expect: '퍼블릭 액세스 차단(Block Public Access)',
    category: 'question',
  },
  {
    query: 'S3 콘솔에 폴더 있는데 진짜 폴더 아니라는 게 무슨 말이야',
    expect: '프리픽스와 폴더(Prefix)',
    category: 'question',
  },
  {
    query: '로그 파일 30일 지나면 자동으로 싼 데로 옮기고 1년 후 지우려면',
    expect: '수명주기 정책(Lifecyle Policy)',
    category: 'question',
  },
  {
    query: 'Deep Archive에 넣은 파일 바로 다운로드가 안 돼요',
    expect: '아카이브 클래스(Glacier)',
    category: 'question',
  },
  {
    query: '실수로 덮어쓴 파일 예전 버전으로 되돌릴 수 있어?',
    expect: '버저닝(Versioning)',
    category: 'question',
  },
  {
    query: 'index.html 바꿔서 올렸는데 사이트에 반영이 안 돼요',
    expect: 'CDN 연동(CloudFront)',
    category: 'question',
  },
  {
    query: '100MB 넘는 큰 파일은 어떻게 올리는 게 좋아',
    expect: '멀티파트 업로드(Multipart Uplaod)',
    category: 'question',
  },
  {
    query: 'PUT 하고 바로 GET 하면 최신 값 나와?',
    expect: '일관성 모델(Consistency Model)',
    category: 'question',
  },
  {
    query: 'DB 데이터 파일은 어떤 스토리지에 둬야 돼',
    expect: '성능과 지연 시간',
    category: 'question',
  },

  // spacing
  { query: '정적웹호스팅', expect: '정적 웹 호스팅(Static Website Hosting)', category: 'spacing' },
  { query: '교차리전복제', expect: '교차 리전 복제', category: 'spacing' },
  { query: '수명 주기정책', expect: '수명주기 정책(Lifecyle Policy)', category: 'spacing' },
  { query: '서버측암호화', expect: '서버 측 암호화', category: 'spacing' },

  // typo-query
  { query: '버져닝', expect: '버저닝(Versioning)', category: 'typo-query' },
  { query: '메타데이타', expect: '메타데이터(Metadata)', category: 'typo-query' },
  { query: '프리싸인드 url', expect: '프리사인드 URL(Presigned URL)', category: 'typo-query' },
  { query: 'cloudfornt', expect: 'CDN 연동(CloudFront)', category: 'typo-query' },
  { query: '인텔리전트 티어랑', expect: '인텔리전트 티어링(Intelligent-Tierring)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'lifecycle policy', expect: '수명주기 정책(Lifecyle Policy)', category: 'typo-notes' },
  { query: 'multipart upload', expect: '멀티파트 업로드(Multipart Uplaod)', category: 'typo-notes' },
  { query: 'intelligent tiering', expect: '인텔리전트 티어링(Intelligent-Tierring)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'qjwjsld', expect: '버저닝(Versioning)', category: 'keyboard' },
  { query: 'qjzlt', expect: '버킷(Bucket)', category: 'keyboard' },
  { query: 'apxkepdlxj', expect: '메타데이터(Metadata)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅈㄴ', expect: '버저닝(Versioning)', category: 'choseong' },
  { query: 'ㅈㅈㅇㅎㅅㅌ', expect: '정적 웹 호스팅(Static Website Hosting)', category: 'choseong' },
  { query: 'ㅁㅌㅍㅌㅇㄹㄷ', expect: '멀티파트 업로드(Multipart Uplaod)', category: 'choseong' },

  // english-glossary (the notes use only the Korean term)
  { query: 'delete marker', expect: '삭제 마커', category: 'english-glossary' },
  { query: 'cross-region replication', expect: '교차 리전 복제', category: 'english-glossary' },
  { query: 'server-side encryption', expect: '서버 측 암호화', category: 'english-glossary' },
  { query: 'transfer acceleration', expect: '전송 가속', category: 'english-glossary' },

  // english
  {
    query: 'how to give a temporary download link for a private file',
    expect: '프리사인드 URL(Presigned URL)',
    category: 'english',
  },
  {
    query: 'which class stores data in a single availability zone',
    expect: 'One Zone-IA',
    category: 'english',
  },
  {
    query: 'who can access this bucket resource policy json',
    expect: '버킷 정책(Bucket Policy)',
    category: 'english',
  },
  {
    query: 'storage class that moves objects automatically when access pattern is unknown',
    expect: '인텔리전트 티어링(Intelligent-Tierring)',
    category: 'english',
  },
  {
    query: 'bucket name must be globally unique',
    expect: '버킷(Bucket)',
    category: 'english',
  },

  // paraphrase
  {
    query: '디렉터리 구조를 여러 서버가 네트워크로 같이 마운트해서 쓰는 저장 방식',
    expect: '파일 스토리지(File Storage)',
    category: 'paraphrase',
  },
  {
    query: '큰 파일 조각조각 나눠서 동시에 보내고 끝에 하나로 합치기',
    expect: '멀티파트 업로드(Multipart Uplaod)',
    category: 'paraphrase',
  },
  {
    query: '지운 줄 알았는데 표시만 붙어서 안 보이는 상태',
    expect: '삭제 마커',
    category: 'paraphrase',
  },
  {
    query: '서버 없이 html css js 파일만으로 사이트 띄우기',
    expect: '정적 웹 호스팅(Static Website Hosting)',
    category: 'paraphrase',
  },
  {
    query: '파일 올릴 때 붙이는 x-amz-meta 헤더 같은 부가 정보',
    expect: '메타데이터(Metadata)',
    category: 'paraphrase',
  },
  {
    query: '가까운 엣지로 먼저 보내고 내부 백본망 타고 멀리 있는 리전까지 빠르게 전달',
    expect: '전송 가속',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '블록 스토리지 파일 스토리지 차이',
    expect: ['블록 스토리지(Block Storage)', '파일 스토리지(File Storage)'],
    category: 'comparison',
    compare: ['블록 스토리지(Block Storage)', '파일 스토리지(File Storage)'],
  },
  {
    query: 'Standard-IA vs One Zone-IA',
    expect: ['Standard-IA', 'One Zone-IA'],
    category: 'comparison',
    compare: ['Standard-IA', 'One Zone-IA'],
  },
  {
    query: '버킷 정책이랑 퍼블릭 액세스 차단 차이가 뭐야',
    expect: ['버킷 정책(Bucket Policy)', '퍼블릭 액세스 차단(Block Public Access)'],
    category: 'comparison',
    compare: ['버킷 정책(Bucket Policy)', '퍼블릭 액세스 차단(Block Public Access)'],
  },
  {
    query: 'S3 Standard랑 Glacier 뭐가 달라',
    expect: ['S3 Standard', '아카이브 클래스(Glacier)'],
    category: 'comparison',
    compare: ['S3 Standard', '아카이브 클래스(Glacier)'],
  },

  // miss
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '피아노 코드 반주 연습', expect: null, category: 'miss' },

  // miss-shared
  { query: 'MinIO로 오브젝트 스토리지 직접 설치하기', expect: null, category: 'miss-shared' },
  { query: 'RAID 5 디스크 패리티 구성', expect: null, category: 'miss-shared' },
  { query: '쿠버네티스 퍼시스턴트 볼륨 스토리지 클래스', expect: null, category: 'miss-shared' },
  { query: 'DynamoDB 파티션 키 설계', expect: null, category: 'miss-shared' },
];
