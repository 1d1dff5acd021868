import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '배압', expect: '배압(Backpresure)', category: 'plain' },
  { query: '변환 스트림', expect: '변환 스트림(Transform Stream)', category: 'plain' },
  { query: '일시 정지 모드', expect: '일시 정지 모드(Paused Mode)', category: 'plain' },
  { query: '파이프라인', expect: '파이프라인(pipeline)', category: 'plain' },

  // particles
  { query: '청크가 뭐야', expect: '버퍼와 청크(Buffer & Chunk)', category: 'particles' },
  { query: '흐름 모드란', expect: '흐름 모드(Flowing Mode)', category: 'particles' },
  { query: '객체 모드는 뭐임', expect: '객체 모드(Objet Mode)', category: 'particles' },
  { query: '쓰기 스트림이 뭐야', expect: '쓰기 스트림(Writable Stream)', category: 'particles' },
  { query: '드레인 이벤트는 언제 와', expect: '드레인 이벤트(drain Event)', category: 'particles' },

  // question
  {
    query: 'write false 뜬 다음에 언제 다시 써도 돼',
    expect: '드레인 이벤트(drain Event)',
    category: 'question',
  },
  {
    query: '큰 파일 빨리 읽어서 느린 네트워크로 보내면 메모리 터져요',
    expect: '배압(Backpresure)',
    category: 'question',
  },
  {
    query: '여러 스트림 연결할 때 에러를 await 한 곳에서 잡으려면',
    expect: '파이프라인(pipeline)',
    category: 'question',
  },
  { query: '한글이 청크 사이에서 깨져요', expect: '버퍼와 청크(Buffer & Chunk)', category: 'question' },
  { query: '스트림 에러 try catch로 왜 안 잡혀', expect: '에러 전파', category: 'question' },
  {
    query: '파일 다 쓰고 바로 읽었는데 내용이 비어있어요 언제 읽어야 돼',
    expect: '쓰기 완료(finish와 close)',
    category: 'question',
  },
  {
    query: '동영상 일부 구간만 읽어서 보내려면',
    expect: '파일 읽기(fs.createReadStream)',
    category: 'question',
  },
  {
    query: 'data 이벤트 안 붙이고 read() 직접 부르는 건 뭐야',
    expect: '일시 정지 모드(Paused Mode)',
    category: 'question',
  },
  { query: 'cat a.txt | node app.js 하면 입력 어디로 들어와', expect: '표준 입출력', category: 'question' },
  { query: '2GB 파일 readFile로 읽으면 왜 에러나', expect: 'readFile 방식', category: 'question' },

  // spacing
  { query: '변환스트림', expect: '변환 스트림(Transform Stream)', category: 'spacing' },
  { query: '일시정지 모드', expect: '일시 정지 모드(Paused Mode)', category: 'spacing' },
  { query: '드레인이벤트', expect: '드레인 이벤트(drain Event)', category: 'spacing' },
  { query: '읽기스트림', expect: '읽기 스트림(Readable Stream)', category: 'spacing' },

  // typo-query
  { query: '배앞', expect: '배압(Backpresure)', category: 'typo-query' },
  { query: '파입라인', expect: '파이프라인(pipeline)', category: 'typo-query' },
  { query: 'createReadStrem', expect: '파일 읽기(fs.createReadStream)', category: 'typo-query' },
  { query: '압충 스트림', expect: '압축 스트림', category: 'typo-query' },
  { query: 'higWaterMark', expect: '버퍼 한도(highWaterMark)', category: 'typo-query' },

  // typo-notes
  { query: 'backpressure', expect: '배압(Backpresure)', category: 'typo-notes' },
  { query: 'duplex stream', expect: '이중 스트림(Duplx Stream)', category: 'typo-notes' },
  { query: 'object mode', expect: '객체 모드(Objet Mode)', category: 'typo-notes' },

  // keyboard
  { query: 'qodkq', expect: '배압(Backpresure)', category: 'keyboard' },
  { query: 'vkdlvmfkdls', expect: '파이프라인(pipeline)', category: 'keyboard' },
  { query: 'cjdzm', expect: '버퍼와 청크(Buffer & Chunk)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㄷㄱㅂㅂ', expect: '비동기 반복', category: 'choseong' },
  { query: 'ㅍㅇㅍ', expect: '파이프(pipe)', category: 'choseong' },
  { query: 'ㅍㅈㅇㅊㄹ', expect: '표준 입출력', category: 'choseong' },

  // english-glossary
  { query: 'async iteration', expect: '비동기 반복', category: 'english-glossary' },
  { query: 'standard input output', expect: '표준 입출력', category: 'english-glossary' },
  { query: 'error propagation', expect: '에러 전파', category: 'english-glossary' },
  { query: 'compression stream', expect: '압축 스트림', category: 'english-glossary' },

  // english
  {
    query: 'how to send a large file as an http response',
    expect: 'HTTP 응답 스트리밍(HTTP Streaming)',
    category: 'english',
  },
  {
    query: 'resume writing after the buffer empties',
    expect: '드레인 이벤트(drain Event)',
    category: 'english',
  },
  {
    query: 'tcp socket that is both readable and writable',
    expect: '이중 스트림(Duplx Stream)',
    category: 'english',
  },
  {
    query: 'modify each chunk as it passes through',
    expect: '변환 스트림(Transform Stream)',
    category: 'english',
  },
  {
    query: 'stream emitting javascript objects instead of bytes',
    expect: '객체 모드(Objet Mode)',
    category: 'english',
  },

  // paraphrase
  {
    query: '양동이 말고 호스로 흘려보내듯 조금씩 처리하는 방식',
    expect: '스트림 개념(Stream Concept)',
    category: 'paraphrase',
  },
  {
    query: '리스너 달자마자 데이터가 알아서 계속 쏟아지는 상태',
    expect: '흐름 모드(Flowing Mode)',
    category: 'paraphrase',
  },
  {
    query: '쓰기 쪽 저장 공간이 얼마나 차면 그만 보내라고 할지 정하는 값',
    expect: '버퍼 한도(highWaterMark)',
    category: 'paraphrase',
  },
  {
    query: '들어온 글자를 대문자로 바꿔서 내보내는 중간 단계',
    expect: '변환 스트림(Transform Stream)',
    category: 'paraphrase',
  },
  { query: '로그 파일을 gz로 줄여서 저장하기', expect: '압축 스트림', category: 'paraphrase' },
  {
    query: 'on으로 콜백 달아서 상태 변화 알려주는 부모 클래스',
    expect: '이벤트 기반 구조(EventEmitter)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: 'readFile vs 스트림 메모리 차이',
    expect: ['readFile 방식', '스트림 방식'],
    category: 'comparison',
    compare: ['readFile 방식', '스트림 방식'],
  },
  {
    query: '흐름 모드 일시 정지 모드 차이',
    expect: ['흐름 모드(Flowing Mode)', '일시 정지 모드(Paused Mode)'],
    category: 'comparison',
    compare: ['흐름 모드(Flowing Mode)', '일시 정지 모드(Paused Mode)'],
  },
  {
    query: 'pipe랑 pipeline 차이',
    expect: ['파이프(pipe)', '파이프라인(pipeline)'],
    category: 'comparison',
    compare: ['파이프(pipe)', '파이프라인(pipeline)'],
  },
  {
    query: '이중 스트림이랑 변환 스트림 차이',
    expect: ['이중 스트림(Duplx Stream)', '변환 스트림(Transform Stream)'],
    category: 'comparison',
    compare: ['이중 스트림(Duplx Stream)', '변환 스트림(Transform Stream)'],
  },

  // miss
  { query: '요가 다운독 자세', expect: null, category: 'miss' },
  { query: '축구 오프사이드 규칙', expect: null, category: 'miss' },
  { query: '임진왜란 원인 정리', expect: null, category: 'miss' },

  // miss-shared
  { query: '카프카 스트림즈 윈도우 집계', expect: null, category: 'miss-shared' },
  { query: 'Java Stream API filter collect', expect: null, category: 'miss-shared' },
  { query: '유튜브 라이브 스트리밍 방송 송출', expect: null, category: 'miss-shared' },
  { query: '이벤트 루프 마이크로태스크 실행 순서', expect: null, category: 'miss-shared' },
];
