import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '청크 업로드', expect: '청크 업로드(Chunked Upload)', category: 'plain' },
  { query: '바운더리', expect: '바운더리 구분자(Boundary)', category: 'plain' },
  { query: '업로드 용량 제한', expect: '업로드 용량 제한(Size Limit)', category: 'plain' },
  { query: '이미지 후처리', expect: '이미지 후처리(Image Processing)', category: 'plain' },

  // particles
  { query: '멀터 미들웨어가 뭐야', expect: '멀터 미들웨어(Multer)', category: 'particles' },
  { query: '미리 서명된 URL이란', expect: '미리 서명된 URL(Presigned URL)', category: 'particles' },
  { query: '버킷이랑 키가 뭐야', expect: '버킷과 키(Bucket & Key)', category: 'particles' },
  { query: '격리 버킷은 왜 씀', expect: '격리 버킷(Quarantine Bucket)', category: 'particles' },
  { query: '메모리 버퍼링이란', expect: '메모리 버퍼링(Memory Buffering)', category: 'particles' },

  // question
  {
    query: 'fetch로 파일 보낼 때 Content-Type 직접 넣으면 왜 서버가 못 읽어',
    expect: '바운더리 구분자(Boundary)',
    category: 'question',
  },
  {
    query: '폼으로 파일 보냈는데 서버에 파일 이름만 와요',
    expect: '멀티파트 폼 데이터(multipart/form-data)',
    category: 'question',
  },
  {
    query: '1GB 동영상 받는데 서버 메모리 안 터지게 하려면',
    expect: '스트리밍 업로드(Streaming Uplaod)',
    category: 'question',
  },
  {
    query: '누가 exe 파일 이름을 jpg로 바꿔서 올리면 어떻게 걸러',
    expect: '매직 넘버 검사(Magic Number)',
    category: 'question',
  },
  {
    query: '업로드한 파일명에 ../ 들어있으면 위험한가',
    expect: '안전한 파일명(Safe Filename)',
    category: 'question',
  },
  {
    query: 'S3에 5GB 넘는 파일 올리려면 어떻게 해',
    expect: 'S3 멀티파트 업로드(S3 Multipart Upload)',
    category: 'question',
  },
  {
    query: '브라우저에서 S3로 바로 PUT 하는데 CORS 에러 나요',
    expect: '클라이언트 직접 업로드(Direct Upload)',
    category: 'question',
  },
  {
    query: '업로드 너무 크면 몇 번 상태 코드 줘야 돼',
    expect: '업로드 용량 제한(Size Limit)',
    category: 'question',
  },
  {
    query: '사진 올릴 때 GPS 위치 정보 지워야 돼?',
    expect: '이미지 후처리(Image Processing)',
    category: 'question',
  },
  {
    query: '사용자가 올린 SVG 열었더니 스크립트 실행돼요',
    expect: '다운로드 응답 헤더(Content-Disposition)',
    category: 'question',
  },

  // spacing
  { query: '멀티파트폼데이터', expect: '멀티파트 폼 데이터(multipart/form-data)', category: 'spacing' },
  { query: '오브젝트스토리지', expect: '오브젝트 스토리지(Objcet Storage)', category: 'spacing' },
  { query: '재개가능한업로드', expect: '재개 가능한 업로드', category: 'spacing' },
  { query: '다운로드응답 헤더', expect: '다운로드 응답 헤더(Content-Disposition)', category: 'spacing' },

  // typo-query
  { query: '바운다리 구분자', expect: '바운더리 구분자(Boundary)', category: 'typo-query' },
  { query: 'presinged url', expect: '미리 서명된 URL(Presigned URL)', category: 'typo-query' },
  { query: '바이러스 검서', expect: '바이러스 검사', category: 'typo-query' },
  { query: 'mutler', expect: '멀터 미들웨어(Multer)', category: 'typo-query' },
  { query: '고아 파일 졍리', expect: '고아 파일 정리', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'streaming upload', expect: '스트리밍 업로드(Streaming Uplaod)', category: 'typo-notes' },
  { query: 'file type validation', expect: '파일 형식 검증(File Type Validaton)', category: 'typo-notes' },
  { query: 'object storage', expect: '오브젝트 스토리지(Objcet Storage)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'cjdzm', expect: '청크 업로드(Chunked Upload)', category: 'keyboard' },
  { query: 'ajfxj', expect: '멀터 미들웨어(Multer)', category: 'keyboard' },
  { query: 'qkdlfjtm', expect: '바이러스 검사', category: 'keyboard' },

  // choseong
  { query: 'ㅊㅋ ㅇㄹㄷ', expect: '청크 업로드(Chunked Upload)', category: 'choseong' },
  { query: 'ㅁㅈㄴㅂ', expect: '매직 넘버 검사(Magic Number)', category: 'choseong' },
  { query: 'ㄱㅇ ㅍㅇ', expect: '고아 파일 정리', category: 'choseong' },

  // english-glossary
  { query: 'resumable upload', expect: '재개 가능한 업로드', category: 'english-glossary' },
  { query: 'upload progress bar', expect: '진행률 표시', category: 'english-glossary' },
  { query: 'malware scanning', expect: '바이러스 검사', category: 'english-glossary' },
  { query: 'orphaned file cleanup', expect: '고아 파일 정리', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'split a large file into pieces on the client and send them one by one',
    expect: '청크 업로드(Chunked Upload)',
    category: 'english',
  },
  {
    query: 'time-limited signed link to a private object',
    expect: '미리 서명된 URL(Presigned URL)',
    category: 'english',
  },
  {
    query: 'strip EXIF metadata and generate thumbnails',
    expect: '이미지 후처리(Image Processing)',
    category: 'english',
  },
  {
    query: 'force the browser to download instead of opening the file',
    expect: '다운로드 응답 헤더(Content-Disposition)',
    category: 'english',
  },
  {
    query: 'express middleware that parses multipart requests',
    expect: '멀터 미들웨어(Multer)',
    category: 'english',
  },

  // paraphrase
  {
    query: '파일 앞 몇 바이트 읽어서 진짜 종류 알아내는 방법',
    expect: '매직 넘버 검사(Magic Number)',
    category: 'paraphrase',
  },
  {
    query: '본문을 다 모으지 않고 들어오는 대로 바로 다음 곳으로 흘려보내기',
    expect: '스트리밍 업로드(Streaming Uplaod)',
    category: 'paraphrase',
  },
  {
    query: '검사 끝나기 전 파일은 따로 보관했다가 통과하면 옮기기',
    expect: '격리 버킷(Quarantine Bucket)',
    category: 'paraphrase',
  },
  {
    query: '아무 글에서도 안 쓰이고 남아 있는 이미지 지우기',
    expect: '고아 파일 정리',
    category: 'paraphrase',
  },
  {
    query: '네트워크 끊겨도 받은 데까지 이어서 올리기',
    expect: '재개 가능한 업로드',
    category: 'paraphrase',
  },
  { query: '몇 퍼센트 올라갔는지 사용자한테 막대로 보여주기', expect: '진행률 표시', category: 'paraphrase' },

  // comparison
  {
    query: '확장자 검사 vs 매직 넘버',
    expect: ['확장자 검사(Extension Check)', '매직 넘버 검사(Magic Number)'],
    category: 'comparison',
    compare: ['확장자 검사(Extension Check)', '매직 넘버 검사(Magic Number)'],
  },
  {
    query: '메모리 버퍼링이랑 스트리밍 업로드 차이',
    expect: ['메모리 버퍼링(Memory Buffering)', '스트리밍 업로드(Streaming Uplaod)'],
    category: 'comparison',
    compare: ['메모리 버퍼링(Memory Buffering)', '스트리밍 업로드(Streaming Uplaod)'],
  },
  {
    query: '블록 스토리지 파일 스토리지 차이',
    expect: ['블록 스토리지(Block Storage)', '파일 스토리지(File Storage)'],
    category: 'comparison',
    compare: ['블록 스토리지(Block Storage)', '파일 스토리지(File Storage)'],
  },
  {
    query: '서버 경유 업로드 vs 직접 업로드 뭐가 나아',
    expect: ['서버 경유 업로드(Proxy Upload)', '클라이언트 직접 업로드(Direct Upload)'],
    category: 'comparison',
    compare: ['서버 경유 업로드(Proxy Upload)', '클라이언트 직접 업로드(Direct Upload)'],
  },

  // miss
  { query: '된장찌개 끓이는 법', expect: null, category: 'miss' },
  { query: '테니스 서브 토스 연습', expect: null, category: 'miss' },
  { query: '임진왜란 주요 해전', expect: null, category: 'miss' },

  // miss-shared
  { query: '유튜브 영상 업로드 후 HLS 트랜스코딩', expect: null, category: 'miss-shared' },
  { query: '브라우저 로컬 스토리지 세션 스토리지 차이', expect: null, category: 'miss-shared' },
  { query: '리눅스 파일 시스템 inode 구조', expect: null, category: 'miss-shared' },
  { query: 'Git LFS 대용량 파일 관리', expect: null, category: 'miss-shared' },
];
