/**
 * Labelled queries: what a student types → the section title (or `a > b` path) that must come first,
 * several when the notes have equally good answers, `null` when the notes do not cover it and search must
 * return nothing. `note: 'second'` queries run against {@link SECOND_NOTE}, the rest against the shipped notes.
 */
export type Category =
  | 'particles'
  | 'spacing'
  | 'typo'
  | 'keyboard'
  | 'choseong'
  | 'english'
  | 'plain'
  | 'miss';

export interface LabelledQuery {
  query: string;
  expect: string | string[] | null;
  category: Category;
  note?: 'second';
}

const LB = '로브밸런서';
const CDN = 'CDN(Content Delivery Network)';
const DJANGO = ['1.4 장고', '1.6 파이썬과 장고'];
const INFRA = ['인프라란', '1.5 인프라라 불리우는 것들에 대해서'];

export const FIRST_NOTE_QUERIES: LabelledQuery[] = [
  // Particles and endings
  { query: '로드밸런서가 뭐야?', expect: LB, category: 'particles' },
  { query: '로드밸런서란', expect: LB, category: 'particles' },
  { query: '캐시 서버는', expect: '캐시 서버', category: 'particles' },
  { query: '캐시 서버가 뭐야', expect: '캐시 서버', category: 'particles' },
  { query: 'ORM방식을', expect: '1.6 파이썬과 장고', category: 'particles' },
  { query: 'CDN이란?', expect: CDN, category: 'particles' },
  { query: 'CDN은 뭐야', expect: CDN, category: 'particles' },
  { query: '데이터베이스는', expect: '데이터베이스', category: 'particles' },
  { query: '프론트엔드가 뭐야', expect: '프론트엔드', category: 'particles' },
  { query: '백엔드는', expect: '백엔드', category: 'particles' },
  { query: '도메인 주소란', expect: '도메인 주소', category: 'particles' },
  { query: '웹 프레임워크가 뭐야', expect: '웹 프레임워크', category: 'particles' },
  { query: '파일 서버의 역할', expect: '파일 서버', category: 'particles' },
  { query: '인프라란 무엇인가요', expect: INFRA, category: 'particles' },
  { query: '장고에 대해 알려줘', expect: DJANGO, category: 'particles' },
  { query: '웹 애플리케이션 서버에 대해 설명해줘', expect: '웹 애플리케이션 서버', category: 'particles' },
  { query: '웹 사이트란', expect: '웹 사이트(Web site)', category: 'particles' },
  { query: 'WSGI가 뭐야', expect: '1.4 장고', category: 'particles' },
  { query: '톰캣은', expect: '웹 서버', category: 'particles' },
  { query: 'CDN의 장점', expect: CDN, category: 'particles' },
  // Spacing, both ways
  { query: '캐시서버', expect: '캐시 서버', category: 'spacing' },
  { query: '파일서버', expect: '파일 서버', category: 'spacing' },
  { query: '웹애플리케이션서버', expect: '웹 애플리케이션 서버', category: 'spacing' },
  { query: '웹 애플리케이션서버', expect: '웹 애플리케이션 서버', category: 'spacing' },
  { query: '웹프레임워크', expect: '웹 프레임워크', category: 'spacing' },
  { query: '로드 밸런서', expect: LB, category: 'spacing' },
  { query: '도메인주소', expect: '도메인 주소', category: 'spacing' },
  { query: '데이터 베이스', expect: '데이터베이스', category: 'spacing' },
  { query: '프론트 엔드', expect: '프론트엔드', category: 'spacing' },
  { query: '클라우드컴퓨팅', expect: INFRA, category: 'spacing' },
  { query: '서버 사이드프로그래밍', expect: '백엔드', category: 'spacing' },
  { query: '클라이언트사이드 프로그래밍', expect: '프론트엔드', category: 'spacing' },
  { query: '웹사이트', expect: '웹 사이트(Web site)', category: 'spacing' },
  // Typos in the query and in the notes
  { query: '로드벨런서', expect: LB, category: 'typo' },
  { query: '로브밸런서', expect: LB, category: 'typo' },
  { query: '캐쉬 서버', expect: '캐시 서버', category: 'typo' },
  { query: '캐쉬', expect: '캐시 서버', category: 'typo' },
  { query: '데이타베이스', expect: '데이터베이스', category: 'typo' },
  { query: '프론트앤드', expect: '프론트엔드', category: 'typo' },
  { query: '백앤드', expect: '백엔드', category: 'typo' },
  { query: '프레임웍', expect: '웹 프레임워크', category: 'typo' },
  { query: '아웃스케일링', expect: LB, category: 'typo' },
  { query: '도매인 주소', expect: '도메인 주소', category: 'typo' },
  { query: '톰켓', expect: '웹 서버', category: 'typo' },
  { query: '애플리캐이션 서버', expect: '웹 애플리케이션 서버', category: 'typo' },
  { query: '로드밸런써', expect: LB, category: 'typo' },
  // Wrong keyboard layout
  { query: 'fhemqoffjstj', expect: LB, category: 'keyboard' },
  { query: 'zotl tjqj', expect: '캐시 서버', category: 'keyboard' },
  { query: 'dlswmd', expect: '웹 프레임워크', category: 'keyboard' },
  { query: '인증', expect: '웹 프레임워크', category: 'keyboard' },
  { query: 'epdlxjqpdltm', expect: '데이터베이스', category: 'keyboard' },
  { query: 'vmfhsxmdpsem', expect: '프론트엔드', category: 'keyboard' },
  { query: 'qordpsem', expect: '백엔드', category: 'keyboard' },
  { query: 'vkdlf tjqj', expect: '파일 서버', category: 'keyboard' },
  // Initial consonants
  { query: 'ㄹㄷㅂㄹㅅ', expect: LB, category: 'choseong' },
  { query: 'ㅋㅅㅅㅂ', expect: '캐시 서버', category: 'choseong' },
  { query: 'ㄷㅇㅌㅂㅇㅅ', expect: '데이터베이스', category: 'choseong' },
  { query: 'ㅍㄹㅌㅇㄷ', expect: '프론트엔드', category: 'choseong' },
  { query: 'ㅂㅇㄷ', expect: '백엔드', category: 'choseong' },
  { query: 'ㅍㅇㅅㅂ', expect: '파일 서버', category: 'choseong' },
  { query: 'ㄷㅁㅇㅈㅅ', expect: '도메인 주소', category: 'choseong' },
  { query: 'ㅇㅍㄹㅇㅇㅋ', expect: '웹 프레임워크', category: 'choseong' },
  // English over Korean notes
  { query: 'load balancer', expect: LB, category: 'english' },
  { query: 'what is a load balancer?', expect: LB, category: 'english' },
  { query: 'what is a CDN', expect: CDN, category: 'english' },
  { query: 'content delivery network', expect: CDN, category: 'english' },
  { query: 'server side programming', expect: '백엔드', category: 'english' },
  { query: 'client side programming', expect: '프론트엔드', category: 'english' },
  { query: 'cache server', expect: '캐시 서버', category: 'english' },
  { query: 'database', expect: '데이터베이스', category: 'english' },
  { query: 'web framework', expect: '웹 프레임워크', category: 'english' },
  { query: 'file server', expect: '파일 서버', category: 'english' },
  { query: 'domain name system', expect: '도메인 주소', category: 'english' },
  { query: 'DNS', expect: '도메인 주소', category: 'english' },
  { query: 'web application server', expect: '웹 애플리케이션 서버', category: 'english' },
  { query: 'frontend', expect: '프론트엔드', category: 'english' },
  { query: 'backend', expect: '백엔드', category: 'english' },
  { query: 'web site', expect: '웹 사이트(Web site)', category: 'english' },
  { query: 'full stack framework', expect: '웹 프레임워크', category: 'english' },
  { query: 'cloud computing', expect: INFRA, category: 'english' },
  { query: 'django', expect: DJANGO, category: 'english' },
  { query: 'tell me about infrastructure', expect: INFRA, category: 'english' },
  { query: 'scale out', expect: LB, category: 'english' },
  { query: 'ORM', expect: '1.6 파이썬과 장고', category: 'english' },
  { query: 'CRUD', expect: '1.6 파이썬과 장고', category: 'english' },
  { query: 'generic view', expect: '1.6 파이썬과 장고', category: 'english' },
  { query: 'redis', expect: '캐시 서버', category: 'english' },
  { query: 'how does a cache server work', expect: '캐시 서버', category: 'english' },
  // Honest misses: not in the notes, search must return nothing
  { query: 'kubernetes', expect: null, category: 'miss' },
  { query: '쿠버네티스', expect: null, category: 'miss' },
  { query: '서버리스', expect: null, category: 'miss' },
  { query: 'serverless', expect: null, category: 'miss' },
  { query: 'blockchain', expect: null, category: 'miss' },
  { query: '블록체인', expect: null, category: 'miss' },
  { query: '머신러닝', expect: null, category: 'miss' },
  { query: 'machine learning', expect: null, category: 'miss' },
  { query: '도커', expect: null, category: 'miss' },
  { query: 'docker container', expect: null, category: 'miss' },
  { query: '쿠버네티스 클러스터', expect: null, category: 'miss' },
  { query: 'GraphQL', expect: null, category: 'miss' },
  { query: '웹소켓', expect: null, category: 'miss' },
  { query: 'react hooks', expect: null, category: 'miss' },
  { query: '서버리스 아키텍처', expect: null, category: 'miss' },
  { query: '로드밸런서와 쿠버네티스', expect: null, category: 'miss' },
  { query: 'what is kubernetes?', expect: null, category: 'miss' },
  { query: '인공지능', expect: null, category: 'miss' },
  { query: '양자 컴퓨팅', expect: null, category: 'miss' },
  { query: '뭐야?', expect: null, category: 'miss' },
];

const HTTP = 'HTTP(HyperText Transfer Protocol)';
const REST = 'REST(Representational State Transfer)';
const VC = '3.1 버전관리(Version Control)';

const SECOND: Omit<LabelledQuery, 'note'>[] = [
  { query: 'HTTP가 뭐야', expect: HTTP, category: 'particles' },
  { query: 'hypertext transfer protocol', expect: HTTP, category: 'english' },
  { query: '상태 코드', expect: '상태 코드(Status Code)', category: 'plain' },
  { query: 'status code', expect: '상태 코드(Status Code)', category: 'english' },
  { query: '상태코드는', expect: '상태 코드(Status Code)', category: 'spacing' },
  { query: 'HTTP 메서드', expect: 'HTTP 메서드', category: 'plain' },
  { query: '멱등성이 뭐야', expect: 'HTTP 메서드', category: 'particles' },
  { query: 'cookie', expect: '쿠키와 세션', category: 'english' },
  { query: '세션이란', expect: '쿠키와 세션', category: 'particles' },
  { query: '토큰', expect: '쿠키와 세션', category: 'keyboard' },
  { query: 'representational state transfer', expect: REST, category: 'english' },
  { query: '엔드포인트 설계', expect: '엔드포인트 설계', category: 'plain' },
  { query: 'endpoint', expect: '엔드포인트 설계', category: 'english' },
  { query: '버전 관리', expect: VC, category: 'spacing' },
  { query: 'version control', expect: VC, category: 'english' },
  { query: 'branch', expect: '3.2 브랜치', category: 'english' },
  { query: '브랜치가 뭐야', expect: '3.2 브랜치', category: 'particles' },
  { query: 'qmfoscl', expect: '3.2 브랜치', category: 'keyboard' },
  { query: '브렌치', expect: '3.2 브랜치', category: 'typo' },
  { query: 'pull request', expect: '3.3 커밋과 푸시', category: 'english' },
  { query: '푸시', expect: '3.3 커밋과 푸시', category: 'plain' },
  { query: '관계형 데이터베이스', expect: '4.1 관계형 데이터베이스', category: 'plain' },
  { query: 'RDBMS', expect: '4.1 관계형 데이터베이스', category: 'english' },
  { query: 'primary key', expect: '4.2 기본키와 외래키', category: 'english' },
  { query: '외래 키', expect: '4.2 기본키와 외래키', category: 'spacing' },
  { query: 'foreign key', expect: '4.2 기본키와 외래키', category: 'english' },
  { query: '트랜잭션', expect: '4.3 트랜젝션', category: 'typo' },
  { query: 'transaction', expect: '4.3 트랜젝션', category: 'english' },
  { query: 'xmfoswortus', expect: '4.3 트랜젝션', category: 'keyboard' },
  { query: 'ACID', expect: '4.3 트랜젝션', category: 'plain' },
  { query: '인덱스는', expect: '4.4 인덱스', category: 'particles' },
  { query: '정규화', expect: '4.5 정규화', category: 'plain' },
  { query: 'normalization', expect: '4.5 정규화', category: 'english' },
  { query: '롤백', expect: '4.3 트랜젝션', category: 'plain' },
  { query: 'ㅈㄱㅎ', expect: '4.5 정규화', category: 'choseong' },
  { query: 'graphql', expect: null, category: 'miss' },
  { query: '도커', expect: null, category: 'miss' },
  { query: '웹소켓', expect: null, category: 'miss' },
  { query: 'OAuth', expect: null, category: 'miss' },
  { query: '쿠버네티스', expect: null, category: 'miss' },
  { query: '몽고디비', expect: null, category: 'miss' },
];

export const SECOND_NOTE_QUERIES: LabelledQuery[] = SECOND.map((q) => ({ ...q, note: 'second' }));

export const LABELLED_QUERIES: LabelledQuery[] = [...FIRST_NOTE_QUERIES, ...SECOND_NOTE_QUERIES];
