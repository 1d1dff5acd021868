import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '사이트맵', expect: '사이트맵(Sitemap)', category: 'plain' },
  { query: '캐노니컬 URL', expect: '캐노니컬 URL(Canonical URL)', category: 'plain' },
  { query: '구조화 데이터', expect: '구조화 데이터(Strucutred Data)', category: 'plain' },
  { query: '크롤링 예산', expect: '크롤링 예산', category: 'plain' },

  // particles
  { query: '메타 로봇 태그가 뭐야', expect: '메타 로봇 태그(Meta Robots)', category: 'particles' },
  { query: '오픈 그래프란', expect: '오픈 그래프(Open Grahp)', category: 'particles' },
  { query: '시맨틱 마크업이 뭐임', expect: '시맨틱 마크업(Semantic Markup)', category: 'particles' },
  { query: '리치 결과는 뭐야', expect: '리치 결과(Rich Results)', category: 'particles' },
  { query: '내부 링크의 역할', expect: '내부 링크', category: 'particles' },

  // question
  {
    query: 'robots.txt로 막았는데 왜 검색에 주소가 나와요',
    expect: 'robots.txt',
    category: 'question',
  },
  {
    query: '카톡에 링크 보내면 미리보기 이미지가 안 떠요',
    expect: '오픈 그래프(Open Grahp)',
    category: 'question',
  },
  {
    query: '검색 결과에 별점이랑 가격 나오게 하려면 어떻게 해',
    expect: '리치 결과(Rich Results)',
    category: 'question',
  },
  {
    query: '로딩 중에 버튼이 밑으로 밀려서 잘못 눌러요',
    expect: 'CLS(Cumulative Layout Shift)',
    category: 'question',
  },
  {
    query: 'React SPA인데 구글에 내용이 안 잡혀요',
    expect: '클라이언트 사이드 렌더링(CSR)',
    category: 'question',
  },
  { query: '도메인 옮길 때 순위 유지하려면 어떻게 해', expect: '301 영구 이동', category: 'question' },
  {
    query: '검색 결과에 나오는 설명 문구 내가 직접 정하려면',
    expect: '메타 디스크립션(Meta Descripton)',
    category: 'question',
  },
  {
    query: '버튼 onclick으로 페이지 이동하면 봇이 못 따라가?',
    expect: '크롤링(Crawling)',
    category: 'question',
  },
  { query: '이미지에 alt 속성 왜 써야 돼', expect: '이미지 대체 텍스트(Alt Text)', category: 'question' },
  { query: '페이지마다 title 다르게 해야 돼?', expect: '타이틀 태그(Title Tag)', category: 'question' },

  // spacing
  { query: '메타디스크립션', expect: '메타 디스크립션(Meta Descripton)', category: 'spacing' },
  { query: '모바일우선색인', expect: '모바일 우선 색인', category: 'spacing' },
  { query: '코어웹바이탈', expect: '코어 웹 바이탈(Core Web Vitals)', category: 'spacing' },
  { query: '이미지대체텍스트', expect: '이미지 대체 텍스트(Alt Text)', category: 'spacing' },

  // typo-query
  { query: '사이트멥', expect: '사이트맵(Sitemap)', category: 'typo-query' },
  { query: '캐노니걸 URL', expect: '캐노니컬 URL(Canonical URL)', category: 'typo-query' },
  { query: '리디랙션', expect: '리디렉션(Redirect)', category: 'typo-query' },
  { query: 'lighthous', expect: '성능 측정 도구(Lighthouse)', category: 'typo-query' },
  { query: '시멘틱 마크업', expect: '시맨틱 마크업(Semantic Markup)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'meta description', expect: '메타 디스크립션(Meta Descripton)', category: 'typo-notes' },
  { query: 'open graph', expect: '오픈 그래프(Open Grahp)', category: 'typo-notes' },
  { query: 'structured data', expect: '구조화 데이터(Strucutred Data)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tkdlxmaoq', expect: '사이트맵(Sitemap)', category: 'keyboard' },
  { query: 'dlseprtld', expect: '인덱싱(Indexing)', category: 'keyboard' },
  { query: 'zmfhffld', expect: '크롤링(Crawling)', category: 'keyboard' },

  // choseong
  { query: 'ㅋㄴㄴㅋ', expect: '캐노니컬 URL(Canonical URL)', category: 'choseong' },
  { query: 'ㅈㅂㅋㅌㅊ', expect: '중복 콘텐츠', category: 'choseong' },
  { query: 'ㄹㅊㄱㄱ', expect: '리치 결과(Rich Results)', category: 'choseong' },

  // english-glossary
  { query: 'crawl budget', expect: '크롤링 예산', category: 'english-glossary' },
  { query: 'duplicate content', expect: '중복 콘텐츠', category: 'english-glossary' },
  { query: 'internal linking', expect: '내부 링크', category: 'english-glossary' },
  { query: 'mobile-first indexing', expect: '모바일 우선 색인', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how to tell search engines which URL is the preferred version',
    expect: '캐노니컬 URL(Canonical URL)',
    category: 'english',
  },
  {
    query: 'keep a single page out of search results',
    expect: '메타 로봇 태그(Meta Robots)',
    category: 'english',
  },
  {
    query: 'metric for how long the biggest element takes to render',
    expect: 'LCP(Largest Contentful Paint)',
    category: 'english',
  },
  {
    query: 'responsiveness metric that replaced FID',
    expect: 'INP(Interaction to Next Paint)',
    category: 'english',
  },
  { query: 'put schema.org JSON inside a script tag', expect: 'JSON-LD', category: 'english' },

  // paraphrase
  {
    query: '사이트 주소 목록을 파일로 정리해서 검색 엔진에 제출하기',
    expect: '사이트맵(Sitemap)',
    category: 'paraphrase',
  },
  {
    query: 'div 대신 의미 있는 태그로 문서 구조 짜기',
    expect: '시맨틱 마크업(Semantic Markup)',
    category: 'paraphrase',
  },
  { query: '브라우저 탭에 뜨는 페이지 이름', expect: '타이틀 태그(Title Tag)', category: 'paraphrase' },
  {
    query: '어떤 페이지를 검색 결과 위쪽에 올릴지 정하는 기준들',
    expect: '랭킹 요소(Ranking Factors)',
    category: 'paraphrase',
  },
  {
    query: '완성된 HTML을 미리 만들어서 내려주는 방식',
    expect: '서버 사이드 렌더링(SSR)',
    category: 'paraphrase',
  },
  {
    query: '잠깐 다른 주소로 보냈다가 나중에 원래대로 돌릴 때',
    expect: '302 임시 이동',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '크롤링이랑 인덱싱 차이',
    expect: ['크롤링(Crawling)', '인덱싱(Indexing)'],
    category: 'comparison',
    compare: ['크롤링(Crawling)', '인덱싱(Indexing)'],
  },
  {
    query: '301 302 리디렉션 차이',
    expect: ['301 영구 이동', '302 임시 이동'],
    category: 'comparison',
    compare: ['301 영구 이동', '302 임시 이동'],
  },
  {
    query: 'robots.txt vs noindex 메타 태그',
    expect: ['robots.txt', '메타 로봇 태그(Meta Robots)'],
    category: 'comparison',
    compare: ['robots.txt', '메타 로봇 태그(Meta Robots)'],
  },
  {
    query: 'CSR SSR 중에 SEO에 뭐가 유리해',
    expect: ['클라이언트 사이드 렌더링(CSR)', '서버 사이드 렌더링(SSR)'],
    category: 'comparison',
    compare: ['클라이언트 사이드 렌더링(CSR)', '서버 사이드 렌더링(SSR)'],
  },

  // miss
  { query: '된장찌개 맛있게 끓이는 법', expect: null, category: 'miss' },
  { query: '농구 리바운드 잡는 요령', expect: null, category: 'miss' },
  { query: '피아노 코드 반주 연습법', expect: null, category: 'miss' },

  // miss-shared
  { query: '구글 애널리틱스 이벤트 추적 설정', expect: null, category: 'miss-shared' },
  { query: 'Elasticsearch 역색인 검색 쿼리', expect: null, category: 'miss-shared' },
  { query: '이미지 CDN 캐시 무효화', expect: null, category: 'miss-shared' },
  { query: 'PWA 서비스 워커 오프라인 지원', expect: null, category: 'miss-shared' },
];
