import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '제어의 역전', expect: '제어의 역전(IoC)', category: 'plain' },
  { query: '컴포넌트 스캔', expect: '컴포넌트 스캔(Component Scan)', category: 'plain' },
  { query: '메이븐', expect: '메이븐(Maven)', category: 'plain' },
  { query: '빈 스코프', expect: '빈 스코프(Scope)', category: 'plain' },

  // particles
  { query: '의존성 주입이 뭐야', expect: '의존성 주입(Dependecy Injection)', category: 'particles' },
  { query: '엔티티란', expect: '엔티티(Entitiy)', category: 'particles' },
  { query: 'JPA는 뭐임', expect: 'JPA(Java Persistence API)', category: 'particles' },
  { query: '스프링 부트란', expect: '스프링 부트(Spring Boot)', category: 'particles' },
  { query: '리포지토리가 뭐야', expect: '리포지토리(Repository)', category: 'particles' },

  // question
  {
    query: '생성자 주입 왜 권장해요',
    expect: ['의존성 주입(Dependecy Injection)', '주입 방법 3가지'],
    category: 'question',
  },
  { query: '싱글톤 빈에 필드로 상태 저장하면 왜 안돼', expect: '빈 스코프(Scope)', category: 'question' },
  { query: '예외 났는데 롤백이 안 되는 경우 언제야', expect: '트랜잭션(Transation)', category: 'question' },
  {
    query: '서버 포트 번호 어떻게 바꿔요',
    expect: '설정 파일(application.properties)',
    category: 'question',
  },
  { query: '외부 라이브러리 클래스는 빈으로 어떻게 등록해', expect: '빈(Bean)', category: 'question' },
  { query: 'RestController 쓰면 뭐가 좋아', expect: '@Controller와 @RestController', category: 'question' },
  { query: '개발 서버랑 운영 서버 설정 어떻게 나눠', expect: '프로필(Profile)', category: 'question' },
  {
    query: '컨트롤러만 따로 테스트하려면 어떻게 해',
    expect: '스프링 부트 테스트(@SpringBootTest)',
    category: 'question',
  },
  {
    query: 'findByName 구현 안 했는데 어떻게 동작해',
    expect: '리포지토리(Repository)',
    category: 'question',
  },
  { query: '빈을 못 찾는다고 에러 나는 이유', expect: '컴포넌트 스캔(Component Scan)', category: 'question' },

  // spacing
  { query: '스프링부트', expect: '스프링 부트(Spring Boot)', category: 'spacing' },
  { query: '의존성주입', expect: '의존성 주입(Dependecy Injection)', category: 'spacing' },
  { query: '컴포넌트스캔', expect: '컴포넌트 스캔(Component Scan)', category: 'spacing' },
  { query: '제어의역전', expect: '제어의 역전(IoC)', category: 'spacing' },

  // typo-query
  { query: '트렌젝션', expect: '트랜잭션(Transation)', category: 'typo-query' },
  { query: '의존성 쥬입', expect: '의존성 주입(Dependecy Injection)', category: 'typo-query' },
  { query: 'gradel', expect: '그레이들(Gradle)', category: 'typo-query' },
  { query: '레파지토리', expect: '리포지토리(Repository)', category: 'typo-query' },
  { query: '스프링 부투', expect: '스프링 부트(Spring Boot)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'dependency injection', expect: '의존성 주입(Dependecy Injection)', category: 'typo-notes' },
  { query: 'entity', expect: '엔티티(Entitiy)', category: 'typo-notes' },
  { query: 'transaction', expect: '트랜잭션(Transation)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'dpsxlxl', expect: '엔티티(Entitiy)', category: 'keyboard' },
  { query: 'apdlqms', expect: '메이븐(Maven)', category: 'keyboard' },
  { query: 'xmfoswortus', expect: '트랜잭션(Transation)', category: 'keyboard' },

  // choseong
  { query: 'ㅇㅈㅅㅈㅇ', expect: '의존성 주입(Dependecy Injection)', category: 'choseong' },
  { query: 'ㅈㅇㅇㅇㅈ', expect: '제어의 역전(IoC)', category: 'choseong' },
  { query: 'ㅋㅍㄴㅌㅅㅋ', expect: '컴포넌트 스캔(Component Scan)', category: 'choseong' },

  // english-glossary
  { query: 'inversion of control', expect: '제어의 역전(IoC)', category: 'english-glossary' },
  { query: 'object relational mapping', expect: 'JPA(Java Persistence API)', category: 'english-glossary' },
  { query: 'auto configuration', expect: '스프링 부트(Spring Boot)', category: 'english-glossary' },
  { query: 'rollback', expect: '트랜잭션(Transation)', category: 'english-glossary' },

  // english (no glossary entry)
  { query: 'return json from controller', expect: '@Controller와 @RestController', category: 'english' },
  { query: 'embedded tomcat server', expect: '스프링 부트(Spring Boot)', category: 'english' },
  { query: 'update entity without calling save', expect: 'JPA(Java Persistence API)', category: 'english' },
  { query: 'derive query from method name', expect: '리포지토리(Repository)', category: 'english' },
  {
    query: 'replace a bean with a mock in tests',
    expect: '스프링 부트 테스트(@SpringBootTest)',
    category: 'english',
  },

  // paraphrase
  {
    query: '객체를 내가 new로 안 만들고 프레임워크가 대신 만들어주는 것',
    expect: ['제어의 역전(IoC)', '의존성 주입(Dependecy Injection)'],
    category: 'paraphrase',
  },
  {
    query: '여러 DB 작업 중 하나 실패하면 전부 취소되게 하기',
    expect: '트랜잭션(Transation)',
    category: 'paraphrase',
  },
  { query: 'DB 테이블이랑 매핑되는 자바 클래스', expect: '엔티티(Entitiy)', category: 'paraphrase' },
  {
    query: '서버 포트랑 DB 접속 정보 적어두는 파일',
    expect: '설정 파일(application.properties)',
    category: 'paraphrase',
  },
  { query: 'XML로 의존성 적는 빌드 도구', expect: '메이븐(Maven)', category: 'paraphrase' },
  { query: '요청할 때마다 새 객체 만들어주게 하기', expect: '빈 스코프(Scope)', category: 'paraphrase' },

  // comparison
  {
    query: '그레이들 메이븐 차이',
    expect: ['그레이들(Gradle)', '메이븐(Maven)'],
    category: 'comparison',
    compare: ['그레이들(Gradle)', '메이븐(Maven)'],
  },
  {
    query: 'IoC랑 DI 차이가 뭐야',
    expect: ['제어의 역전(IoC)', '의존성 주입(Dependecy Injection)'],
    category: 'comparison',
    compare: ['제어의 역전(IoC)', '의존성 주입(Dependecy Injection)'],
  },
  {
    query: '컨트롤러랑 서비스 역할 차이',
    expect: ['@Controller와 @RestController', '@Service'],
    category: 'comparison',
    compare: ['@Controller와 @RestController', '@Service'],
  },
  {
    query: '엔티티 리포지토리 차이',
    expect: ['엔티티(Entitiy)', '리포지토리(Repository)'],
    category: 'comparison',
    compare: ['엔티티(Entitiy)', '리포지토리(Repository)'],
  },

  // miss
  { query: '운영체제 교착상태', expect: null, category: 'miss' },
  { query: '정규 표현식으로 이메일 검사', expect: null, category: 'miss' },
  { query: '서브넷 마스크 계산', expect: null, category: 'miss' },

  // miss-shared
  { query: '스프링 시큐리티 JWT 로그인', expect: null, category: 'miss-shared' },
  { query: '@ControllerAdvice 전역 예외 처리', expect: null, category: 'miss-shared' },
  { query: 'QueryDSL 동적 쿼리 작성', expect: null, category: 'miss-shared' },
  { query: '스프링 배치 스케줄러 설정', expect: null, category: 'miss-shared' },
];
