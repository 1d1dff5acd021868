import { describe, expect, it } from 'vitest';
import { hangulSkeleton, latinSkeletons, vowelsAgree } from '../src/search/loanword.ts';
import { analyzeHangul } from '../src/search/morph.ts';
import { wordPairs } from '../src/search/word-pairs.ts';

describe('analyzeHangul', () => {
  it.each([
    ['쓰나요', '쓰'],
    ['좋아요', '좋'],
    ['필요해', '필요하'],
    ['쓰여요', '쓰'],
    ['막아요', '막'],
    ['막는다', '막'],
    ['빠른', '빠르'],
    ['빨라', '빠르'],
    ['쉬워', '쉽'],
    ['나눠주는', '나누'],
    ['숨겨놓기', '숨기'],
    ['받아오는', '받'],
    ['바꾸려면', '바꾸'],
    ['넣으려니까', '넣'],
    ['만들려는데', '만들'],
    ['끝날', '끝나'],
    ['만든', '만들'],
    ['만드는', '만들'],
    ['만듭니다', '만들'],
    ['만들어져요', '만들'],
    ['써야돼', '쓰'],
    ['지워야해', '지우'],
    ['쓰는거임', '쓰'],
    ['쉬운', '쉽'],
    ['새로운', '새롭'],
    ['가벼울', '가볍'],
    ['넣으니까', '넣'],
    // Past tense with -더니, -자마자, -거나, 놔 (놓 + 아), a particle after -기, two verbs compounded.
    ['지웠더니', '지우'],
    ['늘렸더니', '늘리'],
    ['넣었더니', '넣'],
    ['만들자마자', '만들'],
    ['되거나', '되'],
    ['켜놔도', '켜'],
    ['숨겨놔야', '숨기'],
    ['바꾸기만', '바꾸'],
    ['채워넣는', '채우'],
    ['날아갈', '날아가'],
    // -느라, -(으)ㄹ수록, -듯, -잖아.
    ['기다리느라', '기다리'],
    ['넓어질수록', '넓어지'],
    ['많을수록', '많'],
    ['흘려보내듯', '흘려보내'],
    ['알잖아', '알'],
  ])('reads %s as a predicate with the stem %s', (word, stem) => {
    const a = analyzeHangul(word);
    expect(['verb', 'adjective']).toContain(a.kind);
    expect(a.stems).toContain(stem);
  });

  it.each([
    ['저장해', '저장'],
    ['동작해', '동작'],
    ['사용하는', '사용'],
    ['저장되', '저장'],
    ['리베이스하면', '리베이스'],
    ['거절되는', '거절'],
    ['실행했는데', '실행'],
    ['저장해야돼', '저장'],
    ['오류일', '오류'],
    ['배열이면', '배열'],
    ['수정하자마자', '수정'],
    ['실행하거나', '실행'],
  ])('reduces the 하다/되다 form %s to its noun %s', (word, noun) => {
    expect(analyzeHangul(word).noun).toBe(noun);
    expect(analyzeHangul(word).stems).toContain(noun);
  });

  it("drops a stem's ㄹ only before ㄴ, ㅂ and 는/니/세/시: 머지 is no form of 멀다", () => {
    expect(analyzeHangul('머지').kind).toBe('unknown');
  });

  it('reads a dictionary verb ending in 받다 as that verb when its front is no noun (주고받는)', () => {
    expect(analyzeHangul('주고받는')).toEqual({ kind: 'verb', stems: ['주고받는', '주고받'] });
  });

  it('keeps nouns with their particles as nouns, not as predicates they could spell', () => {
    expect(analyzeHangul('서버는')).toEqual({ kind: 'noun', stems: ['서버'] });
    expect(analyzeHangul('이미지는').kind).toBe('noun');
    expect(analyzeHangul('무효화').kind).toBe('noun');
  });

  it('calls words the dictionary does not know unknown (loanwords and names), whatever they end in', () => {
    // `커널` is no 커 (크 + 어) + 널다: a compound needs two syllables before its second verb.
    for (const w of ['쿠버네티스는', '커밋은', '브랜치를', '캐시', '로드밸런서는', '블록체인이', '커널']) {
      expect(analyzeHangul(w).kind).toBe('unknown');
    }
  });

  it('tells adverbs apart, even those that are also nouns', () => {
    for (const w of ['잠깐', '전부', '지금', '계속', '왜']) expect(analyzeHangul(w).kind).toBe('adverb');
  });
});

// IT loanwords as Korean students write them, with their English spelling.
const LOANWORDS: Array<[string, string]> = [
  ['미들웨어', 'middleware'],
  // An ng whose g is sounded (dangling 댕글링) or soft (engine 엔진).
  ['댕글링', 'dangling'],
  ['앵귤러', 'angular'],
  ['핑거', 'finger'],
  ['엔진', 'engine'],
  ['프레임워크', 'framework'],
  ['서버', 'server'],
  ['커밋', 'commit'],
  ['브랜치', 'branch'],
  ['리베이스', 'rebase'],
  ['스레드', 'thread'],
  ['커널', 'kernel'],
  ['프로세스', 'process'],
  ['이벤트', 'event'],
  ['클로저', 'closure'],
  ['프론트엔드', 'frontend'],
  ['데이터베이스', 'database'],
  ['리액트', 'react'],
  ['자바스크립트', 'javascript'],
  ['세마포어', 'semaphore'],
  ['뮤텍스', 'mutex'],
  ['스케줄링', 'scheduling'],
  ['인터럽트', 'interrupt'],
  ['머지', 'merge'],
  ['스태시', 'stash'],
  ['태그', 'tag'],
  ['푸시', 'push'],
  ['페치', 'fetch'],
  ['풀', 'pull'],
  ['프로미스', 'promise'],
  ['콜백', 'callback'],
  ['파이프', 'pipe'],
  ['쿠키', 'cookie'],
  ['셸', 'shell'],
  ['퍼미션', 'permission'],
  ['스쿼시', 'squash'],
  ['포크', 'fork'],
  ['리플로우', 'reflow'],
  ['마이크로태스크', 'microtask'],
  ['체이닝', 'chaining'],
  ['라우터', 'router'],
  ['셀렉터', 'selector'],
  ['링크', 'link'],
  ['이미지', 'image'],
  ['메시지', 'message'],
  ['페이지', 'page'],
  ['캐시', 'cache'],
  ['컨테이너', 'container'],
  ['네트워크', 'network'],
  ['패킷', 'packet'],
  ['프로토콜', 'protocol'],
  ['라이브러리', 'library'],
  ['템플릿', 'template'],
  ['모델', 'model'],
  ['세션', 'session'],
  ['토큰', 'token'],
  ['쿼리', 'query'],
  ['인덱스', 'index'],
  ['디렉토리', 'directory'],
  ['터미널', 'terminal'],
  ['스크립트', 'script'],
  ['리스너', 'listener'],
  ['핸들러', 'handler'],
  ['콘솔', 'console'],
  ['페이징', 'paging'],
  ['데드락', 'deadlock'],
  ['스와핑', 'swapping'],
  ['버블링', 'bubbling'],
  ['캡처링', 'capturing'],
  ['호이스팅', 'hoisting'],
  ['스코프', 'scope'],
  ['도커', 'docker'],
  ['깃', 'git'],
  ['클릭', 'click'],
  ['라우트', 'route'],
];

const sameWord = (h: string, l: string) => latinSkeletons(l).includes(hangulSkeleton(h)) && vowelsAgree(h, l);

describe('loanword matching', () => {
  it.each(LOANWORDS)('%s is %s', (hangul, latin) => {
    expect(sameWord(hangul, latin)).toBe(true);
  });

  it.each([
    ['도커', 'tag'],
    ['쉐도우', 'set'],
    ['세가지', 'squash'],
    ['삭제', 'squash'],
    ['리액트', 'request'],
    ['클라우드', 'crud'],
    ['루트', 'load'],
    ['페이지', 'fetch'],
  ])('%s is not %s', (hangul, latin) => {
    expect(sameWord(hangul, latin)).toBe(false);
  });
});

describe('wordPairs', () => {
  const names = [
    [
      ['virtual', 'machine'],
      ['가상', '머신'],
    ],
    [
      ['virtual', 'memory'],
      ['가상', '메모리'],
    ],
    [
      ['ip', 'address'],
      ['ip', '주소'],
    ],
    [
      ['mac', 'address'],
      ['물리', '주소'],
    ],
    [['memory'], ['메모리']],
  ];
  const lookup = (tokens: string[]) =>
    names.flatMap((entry, id) => (entry.some((n) => n.join(' ') === tokens.join(' ')) ? [id] : []));
  const pairs = wordPairs(names, lookup);

  it('reads a word translation off two compound names that agree on every other word', () => {
    expect(pairs.get('virtual')).toEqual(['가상']);
  });

  it('takes no pair one compound alone gives (`mac address / 물리 주소`)', () => {
    expect(pairs.get('address')).toBeUndefined();
    expect(pairs.get('mac')).toBeUndefined();
  });
});
