import SearchableMap from 'minisearch/SearchableMap';
import { isHangul, soundKey, toJamo } from '../text/korean.ts';
import { memoize } from '../text/memo.ts';
import { hangulSkeleton, latinSkeletons, vowelsAgree } from './loanword.ts';
import { analyzeHangul } from './morph.ts';
import { SLICE, Stepwise } from './stepwise.ts';

const LATIN_WORD = /^[a-z]{3,}$/;

// Every server's index holds the shared notes' words and mostly the same chapters' words: their keys are
// computed once for all the indexes a process builds.
const skeletonOf = memoize(hangulSkeleton, 100_000);
const latinKeysOf = memoize(latinSkeletons, 100_000);

// A loanword starts with a w-glide (윈도우, 웹, 워커) only where the English word starts with w: 윈도우 is not `into`.
const W_GLIDES = new Set([9, 10, 11, 14, 15, 16]);
function sameLoanword(hangul: string, latin: string): boolean {
  const c = (hangul.codePointAt(0) ?? 0) - 0xac00;
  const initial = Math.floor(c / 588);
  const vowel = Math.floor((c % 588) / 28);
  if (initial === 11 && W_GLIDES.has(vowel) && !/^(w|wh|o)/.test(latin)) return false;
  return vowelsAgree(hangul, latin);
}

// A loanword or a typo fix is a name, never a verb form of the notes (`이렇`, `보게`).
function nounLike(term: string): boolean {
  if (!isHangul(term)) return true;
  const kind = analyzeHangul(term).kind;
  return kind !== 'verb' && kind !== 'adjective' && kind !== 'adverb';
}

/**
 * The notes' own words, looked up the ways a student misses them: in the other script (`middleware` ↔
 * 미들웨어) and with a typo (`이밴트`, `clousre`, `comit`) — for any word, not only titles and glossary names.
 * Built from the index's terms on first use or in steps ({@link VocabularyMatcher.warmSteps}): restarting
 * from the cache never pays for it.
 */
export class VocabularyMatcher {
  private readonly skeletons: Stepwise<Map<string, string[]>>;
  private readonly fuzzy: Stepwise<SearchableMap<string[]>>;
  private readonly sounds: Stepwise<Map<string, string[]>>;

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
    this.skeletons = new Stepwise(function* () {
      const map = new Map<string, string[]>();
      const add = (key: string, term: string) => {
        const list = map.get(key);
        if (!list) map.set(key, [term]);
        else if (!list.includes(term)) list.push(term);
      };
      yield* pass((t) => {
        if (isHangul(t) && t.length >= 2) add(`h:${skeletonOf(t)}`, t);
        else if (LATIN_WORD.test(t)) {
          for (const k of latinKeysOf(t)) add(`l:${k}`, t);
        }
      })();
      return map;
    });
    this.fuzzy = new Stepwise(function* () {
      const tree = new SearchableMap<string[]>();
      yield* pass((t) => {
        const key = isHangul(t) ? toJamo(t) : LATIN_WORD.test(t) ? t : '';
        if (key.length < 4) return;
        const list = tree.get(key);
        if (!list) tree.set(key, [t]);
        else if (!list.includes(t)) list.push(t);
      })();
      return tree;
    });
    // Hangul words keyed by how they sound: vowels most speakers no longer tell apart (ㅔ/ㅐ, ㅖ/ㅒ, ㅚ/ㅙ) are
    // one, the commonest misspelling there is (베포 for 배포, 되/돼), so it is forgiven even in a short word.
    this.sounds = new Stepwise(function* () {
      const map = new Map<string, string[]>();
      yield* pass((t) => {
        if (!isHangul(t) || t.length < 2) return;
        const key = soundKey(t);
        const list = map.get(key);
        if (!list) map.set(key, [t]);
        else if (!list.includes(t)) list.push(t);
      })();
      return map;
    });
  }

  private get bySkeleton(): Map<string, string[]> {
    return this.skeletons.value;
  }

  private get tree(): SearchableMap<string[]> {
    return this.fuzzy.value;
  }

  private get soundAlike(): Map<string, string[]> {
    return this.sounds.value;
  }

  /** Builds the lookups a slice of the notes' words at a time (one slice per step). */
  *warmSteps(): Generator<void> {
    for (const s of [this.skeletons, this.fuzzy, this.sounds]) while (!s.step()) yield;
  }

  /** Words of the notes that spell `word` in the other script (loanwords), most specific first. */
  otherScript(word: string): string[] {
    if (isHangul(word)) {
      if (word.length < 2) return [];
      const key = hangulSkeleton(word);
      const out = new Set<string>();
      for (const t of this.bySkeleton.get(`l:${key}`) ?? []) if (sameLoanword(word, t)) out.add(t);
      return [...out];
    }
    if (!LATIN_WORD.test(word)) return [];
    const out = new Set<string>();
    for (const k of latinSkeletons(word)) {
      for (const t of this.bySkeleton.get(`h:${k}`) ?? [])
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
      const alike = (this.soundAlike.get(soundKey(word)) ?? []).filter((t) => t !== word && nounLike(t));
      if (alike.length > 0) return alike;
    }
    if (key.length < 5) return [];
    const max = key.length >= 9 ? 2 : 1;
    let best = max + 1;
    const found: Array<[string[], number]> = [];
    for (const [other, [terms, d]] of this.tree.fuzzyGet(key, max)) {
      // A Hangul typo keeps the word's first consonant (`패이지네이션`): 레플리케이션 is not 애플리케이션.
      if (d === 0 || (hangul && other[0] !== key[0])) continue;
      found.push([terms, d]);
      best = Math.min(best, d);
    }
    for (const [terms, d] of found) if (d === best) out.push(...terms);
    return out.filter(nounLike);
  }
}
