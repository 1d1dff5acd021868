import { describe, expect, it } from 'vitest';
import { NotesIndex } from '../src/search/index.ts';
import { CHAPTERS, chapterKnowledge, formatScores, scoreChapter } from './queries/chapters.ts';

/*
 * Search on chapters it was not written for: five chapters and their queries were written (by someone who
 * never saw the search code) before the search ran on them, two more are held out — never tuned on — and three
 * more were written blind in session 3 (test/queries/fresh; web-security is never looked at query by query).
 * The goal is 95% top-1 on each; FLOOR is where the code stands today, so a change that loses ground fails.
 * Raised in session 8 where the figures rose (held-out mean 87.9 → 90.8), and in session 9 (mean of the 29
 * chapters 90.7 → 92.4; the six of session 8 88.4 → 92.9), and in session 10 where search10 raised them (all 61
 * chapters 91.7 → 93.2; set 9d, never worked on before, 86.1 → 88.9; no chapter lost a query), and where search10r2
 * raised them (set 10a 86.9 → 88.5; all 69 chapters 4,072 → 4,089 of 4,405 queries; none lost a query), and where
 * search10r3 raised them (comparisons: sets 10a+10b 910 → 913 of 1,008; no chapter lost a query), and in session 11 where a general word
 * list raised them (all 83 chapters 5,344 → 5,365 of 5,791; english-glossary 315 → 334 of 368; none lost a query), and
 * where search11b raised them (light verbs out of the line gain, a topic typed twice counted once: 5,484 → 5,491 of
 * 5,917; none lost a query), and in session 13 where knowledge/word-translations.txt raised them (English words the
 * glossary lacks: all 125 chapters 7,306 → 7,320 of 7,933; leave-one-session-out +14 −0; none lost a query), and
 * where a question the coverage rule called absent answers when one line
 * of its best loose match says four of its words (sessions 4–11 6,411 → 6,433 of 6,925; sets 12a and 12b, held out
 * from the tuning, 895 → 900 of 1,008; no chapter lost a query, no absent topic answered), and where counts
 * (`10개씩만`), spoken 아니다 (`아냐`), 거기 and 대신, and particles the stripper lacked (`순서대로`) stopped reading as absent
 * topics (all 133 chapters 7,797 → 7,807 of 8,437; none lost a query, no absent topic answered), and where a question
 * with one topic and an everyday noun the notes lack answers when one line of a few best sections says two of its
 * words (all 141 chapters 8,262 → 8,274 of 8,941; none lost a query, no absent topic answered).
 */
const GOAL = 0.95;
const FLOOR: Record<string, number> = {
  git: 0.98,
  'javascript-dom': 0.9,
  'linux-shell': 0.91,
  'django-models': 0.93,
  networking: 0.93,
  'os-basics': 0.98,
  'http-rest': 0.97,
  // Written blind in session 3: 82.1, 81.3, 74.7 when first run; web-security is never looked at query by query.
  // Session 11's rarity weighting (search11b-rarity: +21 −3 over all chapters) costs it one query (SQL 실행 순서).
  'sql-database': 0.91,
  'react-basics': 0.89,
  'web-security': 0.9,
  // Written blind in session 4; python-basics and data-structures never looked at query by query.
  'python-basics': 0.92,
  'cloud-deploy': 0.96,
  'testing-ci': 0.93,
  'data-structures': 0.93,
  // Written blind in session 5, held out (never looked at query by query): 88.9, 82.5, 87.3 when first run at
  // cbc6bc3 (87.3, 82.5, 88.9 with the code the session started from, 66ec72c).
  'spring-boot': 0.93,
  'nosql-redis': 0.93,
  'browser-performance': 0.95,
  // Written blind late in session 5 by a second writer, held out: 87.3, 90.5 when first run at d8f6f40 (85.7,
  // 93.7 with the code the session started from).
  'java-oop': 0.93,
  'auth-oauth': 0.96,
  // Written blind in session 7 by two more writers, held out: 88.9, 85.7, 84.1, 88.9 when first run at 34691f4.
  'message-queue': 0.98,
  'design-patterns': 0.95,
  'vue-basics': 0.93,
  'computer-architecture': 0.96,
  // Written blind in session 8 by three more writers, held out (never looked at query by query, and unseen by
  // the session's search changes): 81.0, 85.7, 82.5, 88.9, 95.2, 90.5 when first run at d2b7767; 81.0, 88.9, 87.3,
  // 90.5, 93.7, 88.9 after them (functional-programming and observability lost one query each); 88.9, 96.8, 93.7,
  // 92.1, 96.8, 88.9 after session 9's (typescript, node and css looked at query by query, the other three not).
  'typescript-types': 0.88,
  'node-express': 0.96,
  'css-layout': 0.95,
  'websocket-realtime': 0.98,
  'functional-programming': 0.98,
  observability: 0.95,
  // Written blind in session 9 by four more writers, held out (never looked at query by query): 90.5, 84.1, 90.5,
  // 92.1, 84.1, 95.2, 87.3, 90.5 at ad67438 (mean 89.3), 90.5, 87.3, 95.2, 92.1, 87.3, 96.8, 90.5, 92.1 after the
  // session's search changes, which never saw them (mean 91.5); 93.7, 88.9, 98.4, 93.7, 88.9, 98.4, 95.2, 96.8
  // (mean 94.2) after search9b's, which looked at their misses by failure class (older 29: 92.4 → 93.0).
  'graphql-api': 0.95,
  'web-accessibility': 0.93,
  'docker-containers': 1,
  'kubernetes-basics': 0.96,
  'nextjs-rendering': 0.9,
  'frontend-build-tools': 0.98,
  'algorithms-complexity': 0.96,
  'concurrency-threads': 0.98,
  // Written blind late in session 9 by four more writers, held out from both of the session's search passes (never
  // looked at query by query): 87.3, 90.5, 90.5, 92.1, 87.3, 93.7, 81.0, 85.7 at ad67438 (mean 88.5); 92.1, 93.7,
  // 90.5, 92.1, 88.9, 93.7, 85.7, 93.7 at the session's end (mean 91.3).
  'api-design': 0.95,
  'caching-strategies': 0.95,
  'mongodb-basics': 0.93,
  'state-management': 0.93,
  microservices: 0.93,
  serverless: 0.95,
  'pwa-service-worker': 0.88,
  // Session 11's rarity weighting cost it one query (`(a, b)` … b만), as above; session 13 won two back.
  'query-optimization': 0.98,
  // Written blind at the end of session 9 by four more writers, held out likewise: 93.7, 93.7, 85.7, 81.0, 90.5, 92.1,
  // 84.1, 93.7 at ad67438 (mean 89.3); 93.7, 93.7, 90.5, 84.1, 92.1, 93.7, 85.7, 93.7 at the session's end (90.9).
  'logging-error-handling': 1,
  'oauth-oidc': 0.96,
  'css-responsive': 0.96,
  'html-forms': 0.87,
  'elasticsearch-search': 0.98,
  'jwt-session-security': 0.95,
  'git-branching': 0.87,
  'python-web-fastapi': 0.96,
  // Written blind in the last hour of session 9, held out likewise: 84.1, 77.8, 88.9, 84.1, 81.0, 84.1, 82.5, 92.1 at
  // ad67438 (mean 84.3); 84.1, 81.0, 90.5, 82.5, 85.7, 85.7, 85.7, 93.7 at the session's end (86.1).
  'http2-http3': 0.87,
  'web-components': 0.87,
  'cicd-pipelines': 0.98,
  'orm-jpa': 0.93,
  'browser-storage': 0.9,
  'js-async': 0.88,
  'nginx-reverse-proxy': 0.9,
  'unit-testing': 0.98,
  // Written blind in session 10 (set 10a), first run at fdc7749 (after search10): 85.7, 88.9, 93.7, 82.5, 88.9, 87.3,
  // 81.0, 87.3 (pooled 438/504, 86.9%); after search10r2, a tuning set since: 85.7, 88.9, 95.2, 85.7, 88.9, 88.9, 84.1,
  // 90.5 (446/504, 88.5%); 88.9, 90.5, 98.4, 87.3, 88.9, 92.1, 90.5, 90.5 after session 11's general word list
  // (knowledge/words.yaml, 458/504, 90.9%).
  'https-tls': 0.9,
  'db-transactions': 0.93,
  'angular-basics': 0.98,
  'tailwind-css': 0.87,
  'kafka-streaming': 0.9,
  'npm-packages': 0.93,
  'regex-basics': 0.9,
  'web-seo': 0.93,
  // Set 10b, written blind at the start of session 10 and held out from all its search work until its end: 92.1,
  // 87.3, 95.2, 93.7, 87.3, 92.1, 90.5, 92.1 at the session's base (077f37b, 460/504, 91.3%); at its end 92.1, 90.5,
  // 95.2, 93.7, 88.9, 92.1, 92.1, 92.1 (464/504, 92.1%).
  'e2e-testing': 0.96,
  'terraform-iac': 0.92,
  'dns-domains': 0.98,
  'go-web-server': 0.95,
  'file-upload': 0.9,
  'i18n-l10n': 0.95,
  'cdn-images': 0.93,
  'distributed-consensus': 0.93,
  // Set 10c, written blind late in session 10 and held out from all its work: 87.3, 87.3, 87.3, 90.5, 93.7, 84.1, 87.3,
  // 88.9 at the session's base (445/504, 88.3%); at its end 90.5, 87.3, 87.3, 92.1, 93.7, 84.1, 87.3, 88.9 (448/504, 88.9%); after
  // session 11's general word list 90.5, 87.3, 90.5, 93.7, 95.2, 87.3, 90.5, 88.9 (456/504, 90.5%).
  webassembly: 0.9,
  'sass-scss': 0.92,
  'payment-integration': 0.92,
  'email-smtp': 0.93,
  'svelte-basics': 0.95,
  'load-testing': 0.88,
  'feature-flags': 0.92,
  'python-asyncio': 0.92,
  // Set 11a, written blind at the start of session 11 (worked on): when first run at aac85af; sql-basics 74.6 → 76.2 and
  // react-hooks 90.5 → 92.1 after session 11's general word list (340 → 342 of 378).
  'cors-cookies': 0.96,
  'os-processes': 0.98,
  'react-hooks': 0.93,
  'react-intro': 0.9,
  'sql-basics': 0.8,
  'web-security-basics': 0.96,
  'grpc-protobuf': 0.9,
  'rate-limiting': 0.96,
  // Set 11b, written blind at the start of session 11 and held out from all its work: 90.1% (454/504) at the base
  // aac85af, 89.7% (452/504) at the end.
  'character-encoding': 0.9,
  'database-indexing': 0.92,
  'crypto-hashing': 0.9,
  'web-workers': 0.84,
  'canvas-svg': 0.9,
  'django-rest-framework': 0.95,
  'api-gateway': 0.88,
  'sql-normalization': 0.96,
  // Set 11c, written blind late in session 11, after its search work: 89.1% (449/504) at the base aac85af, 89.3%
  // (450/504) at the end.
  'js-closures-scope': 0.95,
  'linux-permissions': 0.92,
  'tcp-udp': 0.87,
  'web-fonts': 0.87,
  'node-streams': 0.95,
  'ssh-remote': 0.88,
  'clean-code': 0.93,
  'css-animation': 0.9,
  // Set 12a (session 12) when first run, at f68de09's search: 87.3% pooled (440/504).
  'cron-batch-jobs': 0.9,
  'db-replication': 0.87,
  'java-collections': 0.9,
  'memory-gc': 0.93,
  'openapi-swagger': 0.82,
  'rust-ownership': 0.84,
  'spa-routing': 0.95,
  webrtc: 0.95,
  // Set 12b (session 12), held out from all of the session's work: 90.3% pooled (455/504) at f68de09 and at the end.
  'compilers-interpreters': 0.95,
  'json-serialization': 0.87,
  'ml-basics': 0.93,
  'network-firewall': 0.85,
  'object-storage-s3': 0.93,
  'python-pandas': 0.92,
  'spark-bigdata': 0.96,
  'vim-editor': 0.9,
  // Set 13a (session 13), written blind at its start and worked on: 86.3% pooled (435/504) at d64a9c3; 88.7% (447/504)
  // after the session's first search work.
  'agile-scrum': 0.96,
  'c-pointers': 0.92,
  'dom-events': 0.9,
  'flutter-dart': 0.95,
  'ip-subnetting': 0.82,
  'shell-scripting': 0.87,
  'sorting-algorithms': 0.85,
  'virtual-memory': 0.95,
  // Set 13b (session 13), held out from all of the session's work: 89.1% pooled (449/504) at d64a9c3, 90.3% (455/504)
  // at the end (a98fa9f).
  'blockchain-basics': 0.88,
  'devtools-debugging': 0.93,
  'graph-algorithms': 0.87,
  'kotlin-android': 0.88,
  'llm-rag': 0.93,
  'php-laravel': 0.95,
  'ruby-rails': 0.93,
  'web-scraping': 0.92,
  // Set 14a (session 14), read by the lead: 94.2% pooled (475/504) at 73df7a9, 95.0% (479/504) at the end.
  'monorepo-tooling': 0.88,
  'software-architecture-ddd': 0.92,
  // Set 14b (session 14), held out from all of the session's work: 87.9% (443/504) at 73df7a9, 89.1% (449/504) at
  // the end.
  'code-review-collaboration': 0.87,
  'computer-vision-basics': 0.87,
  'digital-logic-circuits': 0.87,
  'linear-algebra-ml': 0.9,
  'pki-certificates': 0.92,
  'react-native-mobile': 0.92,
  'recommendation-systems': 0.85,
  'time-series-databases': 0.9,
};
// Topics the notes do not cover that search answers with nothing: all of them, except on the blind chapters,
// where some miss-shared queries still get a section (6/9, 7/9, 7/9 when first run; 8/9, 9/9, 8/9 now; session 5:
// 7/7, 6/7, 6/7 when first run; java-oop 6/7). Session 9 answers nothing to all of sql-database's, web-security's,
// testing-ci's and node-express's; session 10 (search10) all of browser-performance's (CDN 엣지 서버 캐시) and
// java-oop's (엑셀 VLOOKUP); gloss14's glossary entries all of nosql-redis's, db-transactions', load-testing's,
// feature-flags', os-processes', sql-basics' and ml-basics'.
const ABSENT_FLOOR: Record<string, number> = {
  'vue-basics': 6 / 7,
  // 7/7 when first run; a session-8 search change answers one of its absent topics.
  observability: 6 / 7,
  // 7/7 at the session's start; a session-9 search change answers one of its absent topics.
  serverless: 6 / 7,
  // Written at the end of session 9: one absent topic each answered at the session's start and end.
  'html-forms': 6 / 7,
  'python-web-fastapi': 6 / 7,
  'git-branching': 6 / 7,
  'http2-http3': 6 / 7,
  'browser-storage': 6 / 7,
  // Set 10b at the session's base and end: 엑셀 셀 날짜 서식 바꾸기 → 날짜 형식.
  'i18n-l10n': 6 / 7,
  // Set 10c at the session's base and end: SMS 문자 인증번호 → 트랜잭션 메일, CDN 캐시 적중률 → the shipped chapter's CDN,
  // Svelte 5 룬 → 전환 효과, 베이지안 A/B 테스트 → A/B 테스트.
  'email-smtp': 6 / 7,
  'svelte-basics': 6 / 7,
  // Set 11a when first run: 디스크 스케줄링 SCAN → FCFS, React Query 캐싱 → 캐시 서버, 윈도우 함수 ROW_NUMBER → 집계 함수.
  'react-intro': 6 / 7,
  // Set 11b at the session's base and end: 자바 synchronized 스레드 동기화 → 백그라운드 동기화.
  'web-workers': 6 / 7,
  // Set 12b (held out all session) at the session's base and end: 링커 정적 링크 동적 링크 차이 → the shipped chapter's
  // 백엔드, Python pickle 모듈로 직렬화 → 직렬화, 결정 트리 지니 불순도 계산 → 하이퍼파라미터 튜닝, RAID 5 디스크 패리티
  // 구성 → 인프라란.
  'compilers-interpreters': 6 / 7,
  'json-serialization': 6 / 7,
  'object-storage-s3': 6 / 7,
  // Set 13b (held out all session) at the session's base and end: VS Code 디버거 launch.json 설정 → debugger 문.
  'devtools-debugging': 6 / 7,
  // Set 14a at the session's end: Git 서브모듈로 저장소 연결하기 → 모노레포 정의, Bazel 원격 실행 설정 → CI 파이프라인 최적화
  // (bazel read as a typo of babel), 도메인 네임 구매하고 DNS 연결하기 → the shipped chapter's 도메인 주소, Core Data로 로컬에
  // 데이터 저장하기 → the shipped chapter's 데이터베이스.
  'monorepo-tooling': 5 / 7,
  'software-architecture-ddd': 6 / 7,
  'swift-ios': 6 / 7,
  // Set 14b (held out all session) at the session's end: 테스트 커버리지 80% 맞추기 → 트렁크 기반 개발, 결정 트리 지니 계수
  // 구하기 → 계수(Rank).
  'code-review-collaboration': 6 / 7,
  'linear-algebra-ml': 6 / 7,
};

// Each chapter is read beside the shipped first chapter: its glossary is the bundled one and the chapter's own mined
// pairs, indexed as a layer on the bundled glossary's index (GlossaryIndex.for), as a server's notes are, not as the
// 2,000-odd entries again for each of 125 chapters (7 s of CPU).
const scores = CHAPTERS.map((chapter) => {
  const index = NotesIndex.build(chapterKnowledge(chapter));
  return scoreChapter(chapter, (q) => index.search(q, 5).map((h) => h.section));
});
process.stdout.write(`search top-1 on unseen chapters (goal ${GOAL * 100}%):\n${formatScores(scores)}\n`);

describe.each(scores)('NotesIndex.search on the $name chapter', (score) => {
  it('has at least 40 labelled queries, 6 of them topics the notes do not cover', () => {
    expect(score.total).toBeGreaterThanOrEqual(40);
    const absent = (score.byCategory.miss?.total ?? 0) + (score.byCategory['miss-shared']?.total ?? 0);
    expect(absent).toBeGreaterThanOrEqual(6);
  });

  it('puts the expected section first for most queries', () => {
    expect(score.top1).toBeGreaterThanOrEqual(FLOOR[score.name] ?? GOAL);
  });

  it('returns nothing for the topics the notes do not cover, also those sharing words with the notes', () => {
    const absent = (score.byCategory.miss?.total ?? 0) + (score.byCategory['miss-shared']?.total ?? 0);
    const wrongMisses = score.wrong.filter((w) => w.expect === null);
    const floor = ABSENT_FLOOR[score.name];
    if (floor === undefined) expect(wrongMisses).toEqual([]);
    else expect((absent - wrongMisses.length) / absent).toBeGreaterThanOrEqual(floor - 1e-9);
  });
});
