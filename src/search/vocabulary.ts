import { editDistance } from '../text/edit-distance.ts';
import { isHangul, soundKey, toJamo } from '../text/korean.ts';
import { memoize } from '../text/memo.ts';
import { commonEnglish, lexicon } from './lexicon.ts';
import { hangulSkeleton, latinSkeletons, sameLoanword } from './loanword.ts';
import { analyzeHangul } from './morph.ts';
import { SLICE, Stepwise } from './stepwise.ts';

const LATIN_WORD = /^[a-z]{3,}$/;

// Every server's index holds the shared notes' words and mostly the same chapters' words: their keys are
// computed once for all the indexes a process builds.
const skeletonOf = memoize(hangulSkeleton, 100_000);
const latinKeysOf = memoize(latinSkeletons, 100_000);

// A loanword or a typo fix is a name, never a verb form of the notes (`이렇`, `보게`).
function nounLike(term: string): boolean {
  if (!isHangul(term)) return true;
  const kind = analyzeHangul(term).kind;
  // A word the dictionary lists as adverb and noun both (대체, 보통) is a noun in the notes' vocabulary.
  if (kind === 'adverb') return lexicon().nouns.has(term);
  return kind !== 'verb' && kind !== 'adjective';
}

// A lookup's value: one word, or the words sharing a key (rare; an array for each would cost more than the words).
type Words = string | string[];

function addTo(map: Map<string, Words>, key: string, term: string): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, term);
  else if (typeof had === 'string') {
    if (had !== term) map.set(key, [had, term]);
  } else if (!had.includes(term)) had.push(term);
}

const wordsOf = (w: Words | undefined): readonly string[] =>
  w === undefined ? [] : typeof w === 'string' ? [w] : w;

/**
 * Typo keys (a Hangul word's jamo, a Latin word itself) grouped so that a lookup compares only keys that can be
 * close: a Hangul typo keeps its first consonant, and a key within `max` edits is within `max` in length. A
 * radix tree of the keys (MiniSearch's) held ~480 KB per server's notes; these sorted arrays hold the keys.
 */
class TypoKeys {
  // Keys and their words, sorted by group (a Hangul key's first jamo, '' for Latin), then length.
  private readonly keys: string[] = [];
  private readonly words: Words[] = [];
  private readonly groupOf: Uint16Array;

  /** `group` is a char code (a Hangul key's first jamo) or 0 (Latin, any first letter). */
  constructor(entries: Map<string, Words>, group: (key: string) => number) {
    const sorted = [...entries.keys()]
      .map((key) => ({ key, g: group(key) }))
      .sort((a, b) => a.g - b.g || a.key.length - b.key.length);
    this.groupOf = Uint16Array.from(sorted, (e) => e.g);
    for (const { key } of sorted) {
      this.keys.push(key);
      this.words.push(entries.get(key) as Words);
    }
  }

  // First position whose (group, length) is not below (g, length).
  private lowerBound(g: number, length: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const mg = this.groupOf[mid] as number;
      if (mg < g || (mg === g && (this.keys[mid] as string).length < length)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Keys of group `g` within `max` edits of `key` (not `key` itself), with their words and distance. */
  *near(key: string, g: number, max: number): Generator<[string, readonly string[], number]> {
    const end = this.lowerBound(g, key.length + max + 1);
    for (let k = this.lowerBound(g, key.length - max); k < end; k++) {
      const other = this.keys[k] as string;
      const d = editDistance(key, other, max);
      if (d <= max) yield [other, wordsOf(this.words[k]), d];
    }
  }
}

/**
 * The notes' own words, looked up the ways a student misses them: in the other script (`middleware` ↔
 * 미들웨어) and with a typo (`이밴트`, `clousre`, `comit`) — for any word, not only titles and glossary names.
 * Built from the index's terms on first use or in steps ({@link VocabularyMatcher.warmSteps}): restarting
 * from the cache never pays for it.
 */
export class VocabularyMatcher {
  private readonly skeletons: Stepwise<{ hangul: Map<string, Words>; latin: Map<string, Words> }>;
  private readonly fuzzy: Stepwise<{ hangul: TypoKeys; latin: TypoKeys }>;
  private readonly sounds: Stepwise<Map<string, Words>>;

  constructor(
    terms: () => Iterable<string>,
    private readonly has: (term: string) => boolean,
  ) {
    // Each structure is one pass over the notes' words, a slice of them per step.
    const pass = (add: (t: string) => void) =>
      function* () {
        let n = 0;
        for (const t of terms()) {
          add(t);
          if (++n % SLICE === 0) yield;
        }
      };
    // Keyed by the memoised skeletons themselves: every server's map shares those strings.
    this.skeletons = new Stepwise(function* () {
      const hangul = new Map<string, Words>();
      const latin = new Map<string, Words>();
      yield* pass((t) => {
        if (isHangul(t) && t.length >= 2) addTo(hangul, skeletonOf(t), t);
        else if (LATIN_WORD.test(t)) {
          for (const k of latinKeysOf(t)) addTo(latin, k, t);
        }
      })();
      return { hangul, latin };
    });
    this.fuzzy = new Stepwise(function* () {
      const hangul = new Map<string, Words>();
      const latin = new Map<string, Words>();
      yield* pass((t) => {
        if (isHangul(t)) {
          const key = toJamo(t);
          if (key.length >= 4) addTo(hangul, key, t);
        } else if (t.length >= 4 && LATIN_WORD.test(t)) addTo(latin, t, t);
      })();
      yield;
      return {
        hangul: new TypoKeys(hangul, (key) => key.charCodeAt(0)),
        latin: new TypoKeys(latin, () => 0),
      };
    });
    // Hangul words keyed by how they sound: vowels most speakers no longer tell apart (ㅔ/ㅐ, ㅖ/ㅒ, ㅚ/ㅙ) are
    // one, the commonest misspelling there is (베포 for 배포, 되/돼), so it is forgiven even in a short word.
    this.sounds = new Stepwise(function* () {
      const map = new Map<string, Words>();
      yield* pass((t) => {
        if (isHangul(t) && t.length >= 2) addTo(map, soundKey(t), t);
      })();
      return map;
    });
  }

  /** Builds the lookups a slice of the notes' words at a time (one slice per step). */
  *warmSteps(): Generator<void> {
    for (const s of [this.skeletons, this.fuzzy, this.sounds] as Array<Stepwise<unknown>>)
      while (!s.step()) yield;
  }

  /** Words of the notes that spell `word` in the other script (loanwords), most specific first. */
  otherScript(word: string): string[] {
    if (isHangul(word)) {
      if (word.length < 2) return [];
      const key = hangulSkeleton(word);
      const out = new Set<string>();
      for (const t of wordsOf(this.skeletons.value.latin.get(key))) if (sameLoanword(word, t)) out.add(t);
      return [...out];
    }
    if (!LATIN_WORD.test(word)) return [];
    const out = new Set<string>();
    for (const k of latinSkeletons(word)) {
      for (const t of wordsOf(this.skeletons.value.hangul.get(k)))
        if (nounLike(t) && sameLoanword(t, word)) out.add(t);
    }
    return [...out];
  }

  /**
   * Words of the notes one typo away (two for long words), only the closest: a wrong, missing or extra jamo or
   * letter, or two letters swapped (`Javascirpt`, a transposition counts as one edit).
   */
  typos(word: string): string[] {
    const hangul = isHangul(word);
    if (!hangul && !LATIN_WORD.test(word)) return [];
    const key = hangul ? toJamo(word) : word;
    const out: string[] = [];
    // Two letters swapped, even in a short acronym (`CROS`, `TSL`).
    if (!hangul && word.length >= 3) {
      for (let i = 0; i + 1 < word.length; i++) {
        const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        if (swapped !== word && this.has(swapped)) out.push(swapped);
      }
      if (out.length > 0) return out;
    }
    if (hangul) {
      const alike = wordsOf(this.sounds.value.get(soundKey(word))).filter((t) => t !== word && nounLike(t));
      if (alike.length > 0) return alike;
    }
    // A four-letter English word with a letter left out (`quik`, `fech`): the commonest slip of fast typing, and
    // the only edit short words get, since a wrong letter in four makes another word too often (`bash`, `hash`);
    // never for an English word, which is no typo (`wait` is not `await`).
    if (!hangul && key.length === 4) {
      if (commonEnglish().has(key)) return out;
      for (const [, terms, d] of this.fuzzy.value.latin.near(key, 0, 1)) {
        if (d !== 1) continue;
        for (const t of terms) if (t.length === 5 && missingOne(t, key)) out.push(t);
      }
      return out.filter(nounLike);
    }
    if (key.length < 5) return [];
    const max = key.length >= 9 ? 2 : 1;
    let best = max + 1;
    const found: Array<[string[], number]> = [];
    // A Hangul typo keeps the word's first consonant (`패이지네이션`): 레플리케이션 is not 애플리케이션.
    const keys = hangul ? this.fuzzy.value.hangul : this.fuzzy.value.latin;
    for (const [other, terms, d] of keys.near(key, hangul ? key.charCodeAt(0) : 0, max)) {
      // …and so does a Latin one: `cname` is no `name`, nor `xpath` a `path`.
      if (d === 0 || other[0] !== key[0]) continue;
      found.push([[...terms], d]);
      best = Math.min(best, d);
    }
    for (const [terms, d] of found) if (d === best) out.push(...terms);
    return out.filter(nounLike);
  }
}

// Whether `short` is `long` with one letter left out.
function missingOne(long: string, short: string): boolean {
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
