import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '필드 번호', expect: '필드 번호(Field Numbers)', category: 'plain' },
  { query: '데드라인', expect: '데드라인(Deadline)', category: 'plain' },
  { query: '서비스 정의', expect: '서비스 정의(Service Definition)', category: 'plain' },
  { query: '스칼라 타입', expect: '스칼라 타입(Scalar Types)', category: 'plain' },

  // particles
  { query: '인터셉터가 뭐야', expect: '인터셉터(Intercepter)', category: 'particles' },
  { query: '채널이란', expect: '채널(Channel)', category: 'particles' },
  { query: '단항 RPC는 뭐임', expect: '단항 RPC(Unary RPC)', category: 'particles' },
  { query: '메타데이터를 어떻게 보내', expect: '메타데이터(Metdata)', category: 'particles' },
  { query: '흐름 제어가 뭐야', expect: '흐름 제어', category: 'particles' },

  // question
  { query: 'proto 파일에서 = 1 은 기본값이야?', expect: '필드 번호(Field Numbers)', category: 'question' },
  {
    query: '필드 지울 때 번호 재사용 못 하게 막으려면 어떻게 해',
    expect: '하위 호환성 유지',
    category: 'question',
  },
  { query: '브라우저에서 grpc 직접 호출 안 돼요', expect: '브라우저 지원(gRPC-Web)', category: 'question' },
  {
    query: 'L4 로드밸런서 뒤에 뒀더니 요청이 한 서버로만 가요',
    expect: '클라이언트 측 부하 분산',
    category: 'question',
  },
  {
    query: '서버 하나 느리면 요청이 계속 쌓이는데 어떻게 끊어',
    expect: '데드라인(Deadline)',
    category: 'question',
  },
  {
    query: 'proto3에서 0이랑 안 보낸 값 구분 어떻게 해',
    expect: '스칼라 타입(Scalar Types)',
    category: 'question',
  },
  {
    query: '모든 rpc 호출에 로깅이랑 인증 검사 한번에 넣으려면',
    expect: '인터셉터(Intercepter)',
    category: 'question',
  },
  { query: '요청마다 연결 새로 만들어도 돼?', expect: '채널(Channel)', category: 'question' },
  {
    query: 'grpc는 왜 http 응답이 항상 200이야',
    expect: '상태 코드(gRPC Status Codes)',
    category: 'question',
  },
  { query: 'protobuf가 json보다 왜 작아', expect: '이진 직렬화(Binary Serializaton)', category: 'question' },

  // spacing
  { query: '하위호환성유지', expect: '하위 호환성 유지', category: 'spacing' },
  { query: '반복필드와맵', expect: '반복 필드와 맵(Repeated & Map)', category: 'spacing' },
  { query: '메시지정의', expect: '메시지 정의(Message Definition)', category: 'spacing' },
  { query: '클라이언트측부하분산', expect: '클라이언트 측 부하 분산', category: 'spacing' },

  // typo-query
  { query: '인터샙터', expect: '인터셉터(Intercepter)', category: 'typo-query' },
  { query: '대드라인', expect: '데드라인(Deadline)', category: 'typo-query' },
  { query: 'protbuf 메시지 정의', expect: '메시지 정의(Message Definition)', category: 'typo-query' },
  { query: '스칼러 타입', expect: '스칼라 타입(Scalar Types)', category: 'typo-query' },
  { query: 'grpc gatway', expect: 'REST 게이트웨이(gRPC-Gateway)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'binary serialization', expect: '이진 직렬화(Binary Serializaton)', category: 'typo-notes' },
  { query: 'interceptor', expect: '인터셉터(Intercepter)', category: 'typo-notes' },
  { query: 'metadata', expect: '메타데이터(Metdata)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'cosjf', expect: '채널(Channel)', category: 'keyboard' },
  { query: 'dlsxjtpqxj', expect: '인터셉터(Intercepter)', category: 'keyboard' },
  { query: 'epemfkdls', expect: '데드라인(Deadline)', category: 'keyboard' },

  // choseong
  { query: 'ㅎㄹㅈㅇ', expect: '흐름 제어', category: 'choseong' },
  { query: 'ㅎㅇㅎㅎㅅㅇㅈ', expect: '하위 호환성 유지', category: 'choseong' },
  { query: 'ㅁㅌㄷㅇㅌ', expect: '메타데이터(Metdata)', category: 'choseong' },

  // english-glossary
  { query: 'backward compatibility', expect: '하위 호환성 유지', category: 'english-glossary' },
  { query: 'flow control', expect: '흐름 제어', category: 'english-glossary' },
  { query: 'client-side load balancing', expect: '클라이언트 측 부하 분산', category: 'english-glossary' },
  { query: 'multiplexing', expect: 'HTTP/2 기반 전송(HTTP/2 Transport)', category: 'english-glossary' },

  // english
  {
    query: 'how to define an rpc method in a proto file',
    expect: '서비스 정의(Service Definition)',
    category: 'english',
  },
  {
    query: 'generate client code from proto with protoc plugin',
    expect: '코드 생성(protoc)',
    category: 'english',
  },
  {
    query: 'call a function on another server like a local function',
    expect: 'RPC 개념(Remote Procedure Call)',
    category: 'english',
  },
  { query: 'expose grpc service as rest json', expect: 'REST 게이트웨이(gRPC-Gateway)', category: 'english' },
  { query: 'one request one response simplest call', expect: '단항 RPC(Unary RPC)', category: 'english' },

  // paraphrase
  {
    query: '구글이 만든 원격 호출 프레임워크 처음 소개',
    expect: 'gRPC 소개(gRPC Overview)',
    category: 'paraphrase',
  },
  {
    query: '요청 한 번 보내면 응답이 여러 번 흘러나오는 방식',
    expect: '서버 스트리밍(Server Streaming)',
    category: 'paraphrase',
  },
  {
    query: '양쪽이 아무 때나 서로 메시지 주고받는 채팅 같은 통신',
    expect: '양방향 스트리밍(Bidirectional Streaming)',
    category: 'paraphrase',
  },
  {
    query: '목록이나 키값 쌍을 필드로 담는 법',
    expect: '반복 필드와 맵(Repeated & Map)',
    category: 'paraphrase',
  },
  {
    query: '자원 주소랑 GET POST 메서드로 JSON 주고받는 전통적인 웹 API',
    expect: 'REST 방식(REST Style)',
    category: 'paraphrase',
  },
  {
    query: '응답 기다리는 동안 스레드가 멈춰 있는 호출 객체',
    expect: '블로킹 스텁(Blocking Stub)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'grpc vs rest 차이',
    expect: ['REST 방식(REST Style)', 'gRPC 장단점(Pros and Cons)'],
    category: 'comparison',
    compare: ['REST 방식(REST Style)', 'gRPC 장단점(Pros and Cons)'],
  },
  {
    query: '서버 스트리밍이랑 클라이언트 스트리밍 차이',
    expect: ['서버 스트리밍(Server Streaming)', '클라이언트 스트리밍(Client Streaming)'],
    category: 'comparison',
    compare: ['서버 스트리밍(Server Streaming)', '클라이언트 스트리밍(Client Streaming)'],
  },
  {
    query: '블로킹 스텁 vs 비동기 스텁',
    expect: ['블로킹 스텁(Blocking Stub)', '비동기 스텁(Async Stub)'],
    category: 'comparison',
    compare: ['블로킹 스텁(Blocking Stub)', '비동기 스텁(Async Stub)'],
  },
  {
    query: 'grpc-web이랑 grpc-gateway 뭐가 달라',
    expect: ['브라우저 지원(gRPC-Web)', 'REST 게이트웨이(gRPC-Gateway)'],
    category: 'comparison',
    compare: ['브라우저 지원(gRPC-Web)', 'REST 게이트웨이(gRPC-Gateway)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '마라톤 페이스 조절 요령', expect: null, category: 'miss' },
  { query: '임진왜란 원인 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: 'GraphQL 스키마 리졸버 작성법', expect: null, category: 'miss-shared' },
  { query: '웹소켓으로 양방향 채팅 서버 만들기', expect: null, category: 'miss-shared' },
  { query: 'SOAP WSDL 서비스 정의', expect: null, category: 'miss-shared' },
  { query: 'Avro 스키마 레지스트리 직렬화', expect: null, category: 'miss-shared' },
];
