import { convertQwertyToHangul, disassemble, getChoseong, hasBatchim } from 'es-hangul';
import { memoize } from './memo.ts';
import { type After, PARTICLE_LIST } from './particles.ts';

/*
 * Korean-aware text normalisation, shared by search and quiz. Every function here is pure and total:
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

// Any character INVISIBLE may match, surrogates paired or not: one class is a fast scan, where INVISIBLE's
// lookarounds make V8 try each position (a fifth of analysing a 6,000-character query). Text holding none of
// them, most text, skips INVISIBLE.
const MAYBE_INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters INVISIBLE strips
  /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uD800-\uDFFF]/;
const visible = (text: string) => (MAYBE_INVISIBLE.test(text) ? text.replace(INVISIBLE, ' ') : text);

/** NFKC, lower case, invisible characters removed, Hangul jamo kept in their typed (compatibility) form. */
export function normalizeText(text: string): string {
  return visible(visible(text).normalize('NFKC').toLowerCase()).replace(/[\u1100-\u11FF]/g, compatJamo);
}

/** Splits normalised text into single-script words (`ORM방식을` → `orm`, `방식을`). */
export function splitWords(text: string): string[] {
  const norm = normalizeText(text);
  const out: string[] = [];
  // `match` with a global pattern gives the words alone; `matchAll` made an array per word (with its index and
  // input), about 1 MB of garbage per 20 KB server note indexed.
  for (const w of norm.match(WORD) ?? []) {
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

// Particles and endings, longest first.
const PARTICLES = PARTICLE_LIST.slice().sort((a, b) => b[0].length - a[0].length);

const PARTICLE_WORDS: ReadonlySet<string> = new Set(PARTICLES.map(([p]) => p));

/** True for a word that is only a particle, as left after `CDN은` is split at the script boundary. */
export function isParticle(word: string): boolean {
  return PARTICLE_WORDS.has(word);
}

// Question endings glued to the word (`로드밸런서가뭐야`).
const GLUED_QUESTION = /(?:란|이란)?(?:뭐야|뭐지|뭐임|뭔가요|뭐예요|뭐에요|무엇인가요|무엇이야|무엇)$/;

// The particle stripOnce takes off the word, or undefined.
function particleOf(word: string): readonly [string, After] | undefined {
  for (const entry of PARTICLES) {
    const [p, after] = entry;
    if (word.length <= p.length || !word.endsWith(p)) continue;
    const stem = word.slice(0, -p.length);
    const last = stem.at(-1) ?? '';
    if (after === 'any') {
      if (stem.length >= 2) return entry;
      continue;
    }
    const batchim = hasBatchim(last);
    // `로` also follows a ㄹ batchim (`파일로`), `으로` never does.
    if (after === 'batchim' ? batchim : !batchim || (p === '로' && last !== '' && endsWithRieul(last))) {
      return entry;
    }
  }
  return undefined;
}

// Case markers: another particle before one of them is only a postposition (`서버들을`, `서버에서를` never), so
// `결과를` is 결과 and not 결 + 과 + 를.
const CASE_MARKERS = new Set(['이', '가', '을', '를']);

function endsWithRieul(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 8;
}

/**
 * Strips Korean particles and endings off the end of one eojeol, conservatively
 * (`로드밸런서가` → `로드밸런서`, `서버에서는` → `서버`, `속도` stays). Non-Hangul words are returned as is.
 */
export const stripParticle = memoize((word: string): string => {
  if (!isHangul(word)) return word;
  let w = word;
  const q = w.replace(GLUED_QUESTION, '');
  if (q.length >= 1 && q !== w) w = q;
  const first = particleOf(w);
  if (!first) return w;
  const once = w.slice(0, -first[0].length);
  // A second pass catches stacked particles (`서버들은`, `캐시와는`): a postposition before a case marker, and a
  // word of two syllables at least left (`결과는` is 결과, not 결 + 과는).
  const second = particleOf(once);
  if (!second) return once;
  const stem = once.slice(0, -second[0].length);
  if (stem.length < 2 || (CASE_MARKERS.has(first[0]) && second[1] !== 'any')) return once;
  return stem;
}, 200_000);

/** Jamo decomposition of a word (`캐시` → `ㅋㅐㅅㅣ`), memoised because the same terms repeat a lot. */
export const toJamo = memoize((word: string): string => disassemble(word), 200_000);

/** Initial consonants of a Hangul word (`로드밸런서` → `ㄹㄷㅂㄹㅅ`); other characters are dropped. */
export const toChoseong = memoize(
  (word: string): string => getChoseong(word).replace(/[^\u3131-\u314E]/g, ''),
  200_000,
);

/**
 * The Hangul a Latin word was meant to be when typed on the wrong keyboard layout (`dlswmd` → `인증`),
 * or undefined when the keys do not spell complete syllables (`html`, `css`). Remembered: every server's notes
 * ask it of the same English words, and the conversion was a tenth of indexing them.
 */
export const fromWrongLayout = memoize((word: string): string | undefined => {
  if (!/^[a-z]{2,}$/.test(word)) return undefined;
  let h: string;
  try {
    h = convertQwertyToHangul(word);
  } catch {
    return undefined;
  }
  return isHangul(h) ? h : undefined;
}, 50_000);

/**
 * A word's jamo as it sounds: vowels most speakers no longer tell apart are one (ㅔ/ㅐ, ㅖ/ㅒ, ㅚ/ㅙ), and a
 * loanword's 쉬 is 시 (캐쉬/캐시, 해쉬/해시): the commonest Korean misspellings, forgiven even in short words.
 */
export function soundKey(word: string): string {
  return toJamo(word)
    .replace(/ㅅㅜㅣ/g, 'ㅅㅣ')
    .replace(/ㅔ/g, 'ㅐ')
    .replace(/ㅖ/g, 'ㅒ')
    .replace(/ㅗㅣ/g, 'ㅗㅐ');
}
