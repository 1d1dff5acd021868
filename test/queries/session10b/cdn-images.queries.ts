import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '엣지 서버', expect: '엣지 서버(Edge Server)', category: 'plain' },
  { query: '캐시 키', expect: '캐시 키(Cache Key)', category: 'plain' },
  { query: '지연 로딩', expect: '지연 로딩(Lazy Loading)', category: 'plain' },
  { query: '오리진 실드', expect: '오리진 실드(Origin Shield)', category: 'plain' },

  // particles
  { query: '캐시 적중률이 뭐야', expect: '캐시 적중률(Cache Hit Ratio)', category: 'particles' },
  { query: '애니캐스트 라우팅이란', expect: '애니캐스트 라우팅', category: 'particles' },
  { query: '플레이스홀더 기법은 뭐임', expect: '플레이스홀더 기법', category: 'particles' },
  { query: 'srcset 속성이 뭐야', expect: 'srcset 속성', category: 'particles' },
  { query: '이미지 CDN이란', expect: '이미지 CDN(Image CDN)', category: 'particles' },

  // question
  { query: 'no-cache 쓰면 캐시 안 하는 거 아니야?', expect: 'no-cache와 no-store', category: 'question' },
  {
    query: '빌드할 때 파일 이름에 해시 붙이는 거 왜 해',
    expect: '파일명 해싱(File Hashing)',
    category: 'question',
  },
  {
    query: '첫 화면 배너에 loading lazy 걸면 안 돼요?',
    expect: '지연 로딩(Lazy Loading)',
    category: 'question',
  },
  {
    query: '이미지 늦게 떠서 글자가 아래로 밀려나는 거 어떻게 막아',
    expect: '누적 레이아웃 이동',
    category: 'question',
  },
  { query: 'CDN은 s-maxage랑 max-age 중에 뭘 따라', expect: 'max-age와 s-maxage', category: 'question' },
  {
    query: 'AVIF 지원 안 하는 브라우저엔 어떻게 폴백해',
    expect: 'picture 요소(Picture Element)',
    category: 'question',
  },
  { query: 'sizes 안 쓰면 왜 큰 이미지를 받아', expect: 'sizes 속성', category: 'question' },
  { query: 'X-Cache 헤더로 뭘 확인하는 거야', expect: '캐시 적중률(Cache Hit Ratio)', category: 'question' },
  {
    query: '엣지 여러 곳이 동시에 MISS 나서 원본이 터지면 어떻게 해',
    expect: '오리진 실드(Origin Shield)',
    category: 'question',
  },
  { query: 'Brotli가 gzip보다 뭐가 좋아', expect: '텍스트 압축(Gzip & Brotli)', category: 'question' },

  // spacing
  { query: '캐시무효화', expect: '캐시 무효화(Cache Invalidaton)', category: 'spacing' },
  { query: '반응형이미지', expect: '반응형 이미지(Responsive Imgaes)', category: 'spacing' },
  { query: '최대콘텐츠페인트', expect: '최대 콘텐츠 페인트', category: 'spacing' },
  { query: '무손실압축', expect: '무손실 압축(Lossless)', category: 'spacing' },

  // typo-query
  { query: '엣지 서벼', expect: '엣지 서버(Edge Server)', category: 'typo-query' },
  { query: '플래이스홀더 기법', expect: '플레이스홀더 기법', category: 'typo-query' },
  { query: '인터섹션 옵져버', expect: '인터섹션 옵저버', category: 'typo-query' },
  { query: 'stale-while-revalidte', expect: 'stale-while-revalidate', category: 'typo-query' },
  { query: '애니케스트 라우팅', expect: '애니캐스트 라우팅', category: 'typo-query' },

  // typo-notes
  { query: 'origin server', expect: '오리진 서버(Origin Sever)', category: 'typo-notes' },
  { query: 'cache invalidation', expect: '캐시 무효화(Cache Invalidaton)', category: 'typo-notes' },
  { query: 'responsive images', expect: '반응형 이미지(Responsive Imgaes)', category: 'typo-notes' },

  // keyboard
  { query: 'wldus fheld', expect: '지연 로딩(Lazy Loading)', category: 'keyboard' },
  { query: 'vjwl', expect: '퍼지(Purge)', category: 'keyboard' },
  { query: 'dhflwls tlfem', expect: '오리진 실드(Origin Shield)', category: 'keyboard' },

  // choseong
  { query: 'ㅈㅇ ㄹㄷ', expect: '지연 로딩(Lazy Loading)', category: 'choseong' },
  { query: 'ㅇㄴㅋㅅㅌ', expect: '애니캐스트 라우팅', category: 'choseong' },
  { query: 'ㅋㅅ ㅁㅎㅎ', expect: '캐시 무효화(Cache Invalidaton)', category: 'choseong' },

  // english-glossary
  { query: 'anycast', expect: '애니캐스트 라우팅', category: 'english-glossary' },
  { query: 'intersection observer', expect: '인터섹션 옵저버', category: 'english-glossary' },
  { query: 'cumulative layout shift', expect: '누적 레이아웃 이동', category: 'english-glossary' },
  { query: 'largest contentful paint', expect: '최대 콘텐츠 페인트', category: 'english-glossary' },

  // english
  {
    query: 'serve expired cache while fetching a fresh copy in the background',
    expect: 'stale-while-revalidate',
    category: 'english',
  },
  {
    query: 'resize and convert images on the fly with URL parameters',
    expect: '이미지 CDN(Image CDN)',
    category: 'english',
  },
  {
    query: 'fallback image formats with source tags',
    expect: 'picture 요소(Picture Element)',
    category: 'english',
  },
  {
    query: 'Vary header to cache separately per Accept value',
    expect: '캐시 키(Cache Key)',
    category: 'english',
  },
  { query: 'upload files to the CDN storage yourself', expect: '푸시 CDN(Push CDN)', category: 'english' },

  // paraphrase
  {
    query: '캐시 놓쳤을 때 요청이 결국 도착하는 원래 저장소',
    expect: '오리진 서버(Origin Sever)',
    category: 'paraphrase',
  },
  {
    query: '흐릿한 작은 미리보기 먼저 띄우고 나중에 진짜 사진으로 바꾸기',
    expect: '플레이스홀더 기법',
    category: 'paraphrase',
  },
  { query: '구글이 만든 JPEG보다 가벼운 사진 형식', expect: 'WebP', category: 'paraphrase' },
  {
    query: '요소가 화면 안에 들어왔는지 알려주는 브라우저 기능',
    expect: '인터섹션 옵저버',
    category: 'paraphrase',
  },
  { query: '한 번 버린 화질 정보는 되돌릴 수 없는 방식', expect: '손실 압축(Lossy)', category: 'paraphrase' },
  { query: '특정 경로 캐시를 CDN에서 강제로 지워버리기', expect: '퍼지(Purge)', category: 'paraphrase' },

  // comparison
  { query: 'WebP vs AVIF', expect: ['WebP', 'AVIF'], category: 'comparison', compare: ['WebP', 'AVIF'] },
  {
    query: '푸시 CDN 풀 CDN 차이',
    expect: ['푸시 CDN(Push CDN)', '풀 CDN(Pull CDN)'],
    category: 'comparison',
    compare: ['푸시 CDN(Push CDN)', '풀 CDN(Pull CDN)'],
  },
  {
    query: '손실 압축이랑 무손실 압축 차이',
    expect: ['손실 압축(Lossy)', '무손실 압축(Lossless)'],
    category: 'comparison',
    compare: ['손실 압축(Lossy)', '무손실 압축(Lossless)'],
  },
  {
    query: 'srcset이랑 sizes 차이가 뭐야',
    expect: ['srcset 속성', 'sizes 속성'],
    category: 'comparison',
    compare: ['srcset 속성', 'sizes 속성'],
  },

  // miss
  { query: '마라톤 페이스 조절하는 법', expect: null, category: 'miss' },
  { query: '피아노 코드 진행 외우기', expect: null, category: 'miss' },
  { query: '고려청자 역사', expect: null, category: 'miss' },

  // miss-shared
  { query: 'Docker 이미지 레이어 줄이기', expect: null, category: 'miss-shared' },
  { query: 'CPU L1 L2 캐시 메모리 구조', expect: null, category: 'miss-shared' },
  { query: '알집으로 분할 압축 푸는 법', expect: null, category: 'miss-shared' },
  { query: '웹 폰트 로딩 FOUT 해결', expect: null, category: 'miss-shared' },
];
