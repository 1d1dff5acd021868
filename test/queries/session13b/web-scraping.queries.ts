import type { ChapterQuery } from '../chapters/types.ts';

export const QUERIES: ChapterQuery[] = [
  // plain
  { query: '페이지네이션', expect: '페이지네이션(Pagination)', category: 'plain' },
  { query: 'XPath', expect: 'XPath', category: 'plain' },
  { query: '캡차', expect: '캡차(CAPTCHA)', category: 'plain' },
  { query: '헤드리스 브라우저', expect: '헤드리스 브라우저(Headless Browser)', category: 'plain' },

  // particles
  { query: '크롤링이 뭐야', expect: '크롤링(Crawling)', category: 'particles' },
  { query: '뷰티풀수프란', expect: '뷰티풀수프(BeautifulSoup)', category: 'particles' },
  { query: '셀레니움은 뭐임', expect: '셀레니움(Selenium)', category: 'particles' },
  { query: '유저 에이전트를 바꾸는 이유', expect: '유저 에이전트(User-Agnet)', category: 'particles' },
  { query: '로봇 배제 표준이란', expect: '로봇 배제 표준(robots.txt)', category: 'particles' },

  // question
  {
    query: 'requests로 받았는데 HTML에 데이터가 하나도 없어요',
    expect: '동적 페이지(Dynamic Page)',
    category: 'question',
  },
  {
    query: '로그인한 상태로 계속 긁으려면 어떻게 해',
    expect: '세션과 쿠키(Session & Cookie)',
    category: 'question',
  },
  {
    query: '429 뜨면 어떻게 다시 요청해야 돼',
    expect: '상태 코드 처리(Status Code)',
    category: 'question',
  },
  {
    query: 'find로 찾은 거에 .text 붙였더니 NoneType 에러 나요',
    expect: 'find_all()',
    category: 'question',
  },
  {
    query: '셀레니움에서 sleep 말고 요소 뜰 때까지 기다리는 법',
    expect: '명시적 대기',
    category: 'question',
  },
  {
    query: '스크롤 내려야 글이 더 나오는 SNS 피드는 어떻게 긁어',
    expect: '무한 스크롤',
    category: 'question',
  },
  {
    query: '브라우저 안 띄우고 동적 사이트 데이터 빠르게 가져오는 방법',
    expect: '내부 API 호출(XHR)',
    category: 'question',
  },
  {
    query: '가격 문자열에서 쉼표랑 원 빼고 숫자만 뽑으려면',
    expect: '정규 표현식 추출',
    category: 'question',
  },
  {
    query: '요청 몇 초 간격으로 보내야 서버에 민폐 안 돼',
    expect: '요청 속도 제한(Rate Limitting)',
    category: 'question',
  },
  {
    query: '같은 IP로 계속 요청했더니 막혔어요',
    expect: '프록시와 차단 우회(Proxy)',
    category: 'question',
  },

  // spacing
  { query: '헤드리스브라우저', expect: '헤드리스 브라우저(Headless Browser)', category: 'spacing' },
  { query: '상태코드처리', expect: '상태 코드 처리(Status Code)', category: 'spacing' },
  { query: '뷰티풀 수프', expect: '뷰티풀수프(BeautifulSoup)', category: 'spacing' },
  { query: '로봇배제표준', expect: '로봇 배제 표준(robots.txt)', category: 'spacing' },

  // typo-query
  { query: '크롤랑', expect: '크롤링(Crawling)', category: 'typo-query' },
  { query: '셀래니움', expect: '셀레니움(Selenium)', category: 'typo-query' },
  { query: 'beautifulsoap', expect: '뷰티풀수프(BeautifulSoup)', category: 'typo-query' },
  { query: '페이지내이션', expect: '페이지네이션(Pagination)', category: 'typo-query' },
  { query: 'playwrite', expect: '플레이라이트(Playwright)', category: 'typo-query' },

  // typo-notes (the notes misspell these)
  { query: 'user agent', expect: '유저 에이전트(User-Agnet)', category: 'typo-notes' },
  { query: 'css selector', expect: 'CSS 선택자(CSS Selecter)', category: 'typo-notes' },
  { query: 'rate limiting', expect: '요청 속도 제한(Rate Limitting)', category: 'typo-notes' },

  // keyboard (Korean typed on an English layout)
  { query: 'tpffpsldna', expect: '셀레니움(Selenium)', category: 'keyboard' },
  { query: 'vpdlwlspdltus', expect: '페이지네이션(Pagination)', category: 'keyboard' },
  { query: 'zmfhffld', expect: '크롤링(Crawling)', category: 'keyboard' },

  // choseong
  { query: 'ㅂㅌㅍㅅㅍ', expect: '뷰티풀수프(BeautifulSoup)', category: 'choseong' },
  { query: 'ㅎㄷㄹㅅ ㅂㄹㅇㅈ', expect: '헤드리스 브라우저(Headless Browser)', category: 'choseong' },
  { query: 'ㅅㅋㄹㅍ', expect: '스크래핑(Scraping)', category: 'choseong' },

  // english-glossary (the notes use only the Korean term)
  { query: 'regular expression', expect: '정규 표현식 추출', category: 'english-glossary' },
  { query: 'explicit wait', expect: '명시적 대기', category: 'english-glossary' },
  { query: 'infinite scroll', expect: '무한 스크롤', category: 'english-glossary' },
  { query: 'terms of service', expect: '저작권과 이용약관', category: 'english-glossary' },

  // english (no glossary entry)
  {
    query: 'how does a crawler avoid visiting the same url twice',
    expect: '크롤링(Crawling)',
    category: 'english',
  },
  {
    query: 'find network requests in devtools and call the json endpoint directly',
    expect: '내부 API 호출(XHR)',
    category: 'english',
  },
  {
    query: 'browser automation that waits for elements automatically',
    expect: '플레이라이트(Playwright)',
    category: 'english',
  },
  {
    query: 'disallow rules for bots at the site root',
    expect: '로봇 배제 표준(robots.txt)',
    category: 'english',
  },
  {
    query: 'select element by text content or go up to parent node',
    expect: 'XPath',
    category: 'english',
  },

  // paraphrase
  {
    query: '사람인지 로봇인지 확인하려고 신호등 사진 고르게 하는 것',
    expect: '캡차(CAPTCHA)',
    category: 'paraphrase',
  },
  {
    query: '창 없이 뒤에서 몰래 도는 진짜 브라우저',
    expect: '헤드리스 브라우저(Headless Browser)',
    category: 'paraphrase',
  },
  {
    query: '목록이 여러 쪽으로 나뉘어 있을 때 번호 바꿔 가며 끝까지 도는 것',
    expect: '페이지네이션(Pagination)',
    category: 'paraphrase',
  },
  {
    query: '정해진 사이트에서 가격이나 리뷰 같은 값만 골라 뽑아내는 작업',
    expect: '스크래핑(Scraping)',
    category: 'paraphrase',
  },
  {
    query: '서버가 완성된 문서를 그대로 내려줘서 받자마자 내용이 다 들어 있는 경우',
    expect: '정적 페이지(Static Page)',
    category: 'paraphrase',
  },
  {
    query: '크롬을 코드로 조종해서 클릭하고 글자 입력하는 오래된 테스트 도구',
    expect: '셀레니움(Selenium)',
    category: 'paraphrase',
  },

  // comparison
  {
    query: '크롤링 스크래핑 차이',
    expect: ['크롤링(Crawling)', '스크래핑(Scraping)'],
    category: 'comparison',
    compare: ['크롤링(Crawling)', '스크래핑(Scraping)'],
  },
  {
    query: 'find_all이랑 select 뭐가 달라',
    expect: ['find_all()', 'select()'],
    category: 'comparison',
    compare: ['find_all()', 'select()'],
  },
  {
    query: '정적 페이지 vs 동적 페이지',
    expect: ['정적 페이지(Static Page)', '동적 페이지(Dynamic Page)'],
    category: 'comparison',
    compare: ['정적 페이지(Static Page)', '동적 페이지(Dynamic Page)'],
  },
  {
    query: '셀레니움이랑 플레이라이트 중에 뭐 써',
    expect: ['셀레니움(Selenium)', '플레이라이트(Playwright)'],
    category: 'comparison',
    compare: ['셀레니움(Selenium)', '플레이라이트(Playwright)'],
  },

  // miss
  { query: '마라톤 풀코스 페이스 조절', expect: null, category: 'miss' },
  { query: '수채화 번짐 기법', expect: null, category: 'miss' },
  { query: '슈뢰딩거 방정식 풀이', expect: null, category: 'miss' },

  // miss-shared
  { query: '웹소켓으로 실시간 채팅 구현', expect: null, category: 'miss-shared' },
  { query: '쿠키 SameSite 속성으로 CSRF 막기', expect: null, category: 'miss-shared' },
  { query: 'SEO 메타 태그 작성법', expect: null, category: 'miss-shared' },
  { query: 'pandas 피벗 테이블 만들기', expect: null, category: 'miss-shared' },
];
