import { convertQwertyToHangul, disassemble, getChoseong, hasBatchim } from 'es-hangul';
import { Memo, WORD_MEMO_BYTES } from './memo.ts';

/*
 * Korean-aware text normalisation and tokenisation. Every function here is pure and total:
 * arbitrary input (lone surrogates, control characters, huge strings) never throws.
 */

const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]+$/;
const CHOSEONG_ONLY = /^[\u3131-\u314E]+$/;
const LATIN = /^[a-z]/;

// Zero-width, bidi marks, BOM, soft hyphen, C0/C1 controls and lone surrogates carry no meaning for search.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A word is a run of one script: Hangul syllables, Hangul jamo, Latin letters/digits, or other letters.
const WORD = /[\uAC00-\uD7A3]+|[\u3131-\u318E]+|[a-z0-9]+(?:[+#]+)?|[\p{L}\p{N}]+/gu;

// NFKC turns the compatibility jamo people type (`ㄹㄷㅂ`) into conjoining jamo; map them back.
const CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JONG = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
function compatJamo(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x1100 && c <= 0x1112) return CHO[c - 0x1100] ?? ch;
  if (c >= 0x1161 && c <= 0x1175) return String.fromCharCode(0x314f + c - 0x1161);
  if (c >= 0x11a8 && c <= 0x11c2) return JONG[c - 0x11a8] ?? ch;
  return ' ';
}

/** NFKC, lower case, invisible characters removed, Hangul jamo kept in their typed (compatibility) form. */
export function normalizeText(text: string): string {
  return text
    .replace(INVISIBLE, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE, ' ')
    .replace(/[\u1100-\u11FF]/g, compatJamo);
}

/** Splits normalised text into single-script words (`ORM방식을` → `orm`, `방식을`). */
export function splitWords(text: string): string[] {
  const norm = normalizeText(text);
  const out: string[] = [];
  for (const m of norm.matchAll(WORD)) {
    const w = m[0];
    // A match is a slice of the whole text in V8 (from 13 characters on), and words are memo keys: copy it, so a
    // cached word never keeps a 6,000-character query alive.
    if (w.length > 0 && w.length <= 64) out.push(w.length >= 13 && norm.length > 256 ? ` ${w}`.slice(1) : w);
  }
  return out;
}

/** True for a word made only of complete Hangul syllables. */
export function isHangul(word: string): boolean {
  return HANGUL_SYLLABLE.test(word);
}

/** True for a word made only of Hangul consonants (an initial-consonant query like `ㄹㄷㅂㄹㅅ`). */
export function isChoseongQuery(word: string): boolean {
  return word.length >= 2 && CHOSEONG_ONLY.test(word);
}

/** True for a word that starts with a Latin letter or digit. */
export function isLatin(word: string): boolean {
  return LATIN.test(word);
}

// Question words and fillers that say nothing about the topic.
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'what',
  'whats',
  's',
  'is',
  'are',
  'was',
  'were',
  'a',
  'an',
  'the',
  'how',
  'do',
  'does',
  'did',
  'why',
  'when',
  'where',
  'which',
  'who',
  'of',
  'in',
  'on',
  'to',
  'for',
  'and',
  'or',
  'about',
  'explain',
  'tell',
  'me',
  'please',
  'can',
  'could',
  'you',
  'i',
  'it',
  'its',
  'this',
  'that',
  'with',
  'by',
  'be',
  'mean',
  'means',
  'meaning',
  'definition',
  'define',
  'vs',
  'versus',
  'difference',
  'between',
  'describe',
  'show',
  'give',
  'some',
  'my',
  'we',
  'our',
  'there',
  'any',
  'thing',
  'things',
  'like',
  // Korean
  '뭐야',
  '뭐',
  '뭐지',
  '뭐임',
  '뭐에요',
  '뭐예요',
  '뭔가요',
  '뭔데',
  '뭔지',
  '무엇',
  '무엇인가요',
  '무엇인가',
  '무엇인지',
  '무엇이야',
  '무엇이에요',
  '무엇입니까',
  '알려줘',
  '알려주세요',
  '알려줄래',
  '설명해줘',
  '설명해주세요',
  '설명해',
  '설명',
  '개념',
  '뜻',
  '의미',
  '정의',
  '대해',
  '대해서',
  '대하여',
  '관해',
  '관해서',
  '어떻게',
  '왜',
  '무슨',
  '어떤',
  '좀',
  '하는',
  '하나요',
  '인가요',
  '이란',
  '란',
  '차이',
  '차이점',
  '궁금해',
  '궁금합니다',
  '궁금해요',
  '뭐하는',
  '거야',
  '건가요',
  '해줘',
  '줘',
  '이야',
  '입니까',
  '인지',
  '있어',
  '있나요',
  '그',
  '이',
  '저',
  '것',
  '거',
  '게',
  '뭘까',
  '뭘까요',
  '알고',
  '싶어',
  '싶어요',
  '주세요',
  '해주세요',
  '다시',
]);

// Words that refine a question but may be absent from the answer section; they never decide a match.
export const SOFT_WORDS: ReadonlySet<string> = new Set([
  '역할',
  '종류',
  '특징',
  '장점',
  '단점',
  '예시',
  '예',
  '방법',
  '사용',
  '이유',
  '원리',
  '구조',
  '기능',
  '방식',
  '용도',
  '목적',
  '과정',
  '동작',
  '필요',
  '쓰는',
  '쓰임',
  '차이',
  '차이점',
  '비교',
  '사용법',
  '쓰는법',
  '방법들',
  '예제',
  '개념',
  '원인',
  '해결',
  '해결법',
  '문제',
  '문제점',
  '주의',
  '주의점',
  '주의사항',
  '경우',
  '상황',
  '때',
  '점',
  '내용',
  '정리',
  '요약',
  '관계',
  '순서',
  '단계',
  '기본',
  '기초',
  '명령어',
  '명령',
  '설정',
  '처리',
  '이름',
  '결과',
  '전',
  '후',
  '중',
  '안',
  '밖',
  '위',
  '아래',
  '사이',
  '동안',
  '정도',
  '이상',
  '이하',
  '여러',
  '모든',
  '각',
  '한',
  '두',
  '세',
  '번',
  '개',
  '대',
  '초',
  '분',
  '법',
  '뭐가',
  '어디',
  '언제',
  '누가',
  '얼마나',
  'role',
  'example',
  'examples',
  'types',
  'features',
  'purpose',
  'use',
  'used',
  'usage',
  'works',
  'work',
  'pros',
  'cons',
]);

/**
 * Common English verbs, adjectives and generic nouns of questions (`how to change file permissions`): they rank
 * like Korean predicates but are not topics, so a section need not contain them and their absence from the
 * notes is no reason to answer nothing.
 */
export const ENGLISH_SOFT: ReadonlySet<string> = new Set(
  (
    'use uses using used work works working make makes making made get gets getting got set sets run runs ' +
    'running change changes changing changed need needs want wants happen happens happened fix fixes fixing ' +
    'create creates creating delete deletes deleting remove removes removing add adds adding write writes ' +
    'writing read reads reading see show shows find finds finding check checks keep keeps put puts call calls ' +
    'called go goes going come comes take takes give gives let lets try tries should would will shall must ' +
    'might may not no yes vs good bad better best worse fast faster slow slower easy hard simple new old ' +
    'same different other another more most less much many way ways thing things problem problems case cases ' +
    'step steps kind kinds type types example examples difference differences reason reasons benefit benefits ' +
    'advantage advantages disadvantage disadvantages pro con when than so also just only very really ' +
    'first last next before after during without within into from out up down over under again every each ' +
    'all both either neither own such if else while here now because important useful possible'
  ).split(' '),
);

// Particles and endings, longest first. `after` says which syllable they follow: a batchim-final one, an open
// one, or either (then the stem must keep at least two syllables to stay conservative).
type After = 'batchim' | 'open' | 'any';
const PARTICLES: ReadonlyArray<readonly [string, After]> = (
  [
    ['에서부터', 'any'],
    ['이었는데', 'batchim'],
    ['이라는', 'batchim'],
    ['이라고', 'batchim'],
    ['이에요', 'batchim'],
    ['입니다', 'any'],
    ['인가요', 'any'],
    ['에서는', 'any'],
    ['에서도', 'any'],
    ['으로는', 'batchim'],
    ['으로서', 'batchim'],
    ['으로써', 'batchim'],
    ['이란', 'batchim'],
    ['이라', 'batchim'],
    ['이야', 'batchim'],
    ['이다', 'batchim'],
    ['예요', 'open'],
    ['에게', 'any'],
    ['한테', 'any'],
    ['까지', 'any'],
    ['부터', 'any'],
    ['보다', 'any'],
    ['처럼', 'any'],
    ['에서', 'any'],
    ['으로', 'batchim'],
    ['이랑', 'batchim'],
    ['하고', 'any'],
    ['라는', 'open'],
    ['라고', 'open'],
    ['인데', 'any'],
    ['이나', 'batchim'],
    ['에는', 'any'],
    ['로는', 'open'],
    ['와의', 'open'],
    ['과의', 'batchim'],
    ['들은', 'any'],
    ['들이', 'any'],
    ['들을', 'any'],
    ['들의', 'any'],
    ['들', 'any'],
    ['란', 'open'],
    ['야', 'open'],
    ['은', 'batchim'],
    ['는', 'open'],
    ['이', 'batchim'],
    ['가', 'open'],
    ['을', 'batchim'],
    ['를', 'open'],
    ['의', 'any'],
    ['에', 'any'],
    ['로', 'open'],
    ['와', 'open'],
    ['과', 'batchim'],
    ['도', 'any'],
    ['만', 'any'],
    ['요', 'any'],
    ['나', 'open'],
    ['랑', 'open'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

const PARTICLE_WORDS: ReadonlySet<string> = new Set(PARTICLES.map(([p]) => p));

/** True for a word that is only a particle, as left after `CDN은` is split at the script boundary. */
export function isParticle(word: string): boolean {
  return PARTICLE_WORDS.has(word);
}

// Question endings glued to the word (`로드밸런서가뭐야`).
const GLUED_QUESTION = /(?:란|이란)?(?:뭐야|뭐지|뭐임|뭔가요|뭐예요|뭐에요|무엇인가요|무엇이야|무엇)$/;

function stripOnce(word: string): string {
  for (const [p, after] of PARTICLES) {
    if (word.length <= p.length || !word.endsWith(p)) continue;
    const stem = word.slice(0, -p.length);
    const last = stem.at(-1) ?? '';
    if (after === 'any') {
      if (stem.length >= 2) return stem;
      continue;
    }
    const batchim = hasBatchim(last);
    // `로` also follows a ㄹ batchim (`파일로`), `으로` never does.
    if (after === 'batchim' ? batchim : !batchim || (p === '로' && last !== '' && endsWithRieul(last))) {
      return stem;
    }
  }
  return word;
}

function endsWithRieul(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 8;
}

/**
 * Strips Korean particles and endings off the end of one eojeol, conservatively
 * (`로드밸런서가` → `로드밸런서`, `서버에서는` → `서버`, `속도` stays). Non-Hangul words are returned as is.
 */
const stripCache = new Memo<string>(WORD_MEMO_BYTES);

export function stripParticle(word: string): string {
  const cached = stripCache.get(word);
  if (cached !== undefined) return cached;
  if (!isHangul(word)) return word;
  let w = word;
  const q = w.replace(GLUED_QUESTION, '');
  if (q.length >= 1 && q !== w) w = q;
  const once = stripOnce(w);
  // A second pass catches stacked particles (`서버들은`).
  const out = once === w ? w : stripOnce(once);
  stripCache.set(word, out);
  return out;
}

const jamoCache = new Memo<string>(WORD_MEMO_BYTES);

/** Jamo decomposition of a word (`캐시` → `ㅋㅐㅅㅣ`), memoised because the same terms repeat a lot. */
export function toJamo(word: string): string {
  let j = jamoCache.get(word);
  if (j === undefined) {
    j = disassemble(word);
    jamoCache.set(word, j);
  }
  return j;
}

/** Initial consonants of a Hangul word (`로드밸런서` → `ㄹㄷㅂㄹㅅ`); other characters are dropped. */
const choCache = new Memo<string>(WORD_MEMO_BYTES);

export function toChoseong(word: string): string {
  let c = choCache.get(word);
  if (c === undefined) {
    c = getChoseong(word).replace(/[^\u3131-\u314E]/g, '');
    choCache.set(word, c);
  }
  return c;
}

/**
 * The Hangul a Latin word was meant to be when typed on the wrong keyboard layout (`dlswmd` → `인증`),
 * or undefined when the keys do not spell complete syllables (`html`, `css`).
 */
export function fromWrongLayout(word: string): string | undefined {
  if (!/^[a-z]{2,}$/.test(word)) return undefined;
  let h: string;
  try {
    h = convertQwertyToHangul(word);
  } catch {
    return undefined;
  }
  return isHangul(h) ? h : undefined;
}

/**
 * Content tokens of a text: normalised single-script words with particles stripped and stop words dropped.
 * Every token is non-empty and already normalised (`tokenize(t.join(' '))` gives the same tokens back).
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of splitWords(text)) {
    const s = stripParticle(w);
    if (s.length > 0 && !STOP_WORDS.has(s) && !STOP_WORDS.has(w)) out.push(s);
  }
  return out;
}

/** Bounded Levenshtein distance; returns `max + 1` as soon as the distance is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
