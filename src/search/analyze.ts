import {
  fromWrongLayout,
  isHangul,
  isLatin,
  splitWords,
  stripParticle,
  toChoseong,
  toJamo,
} from '../text/korean.ts';
import { memoize } from '../text/memo.ts';
import type { GlossaryIndex } from './glossary-index.ts';
import { analyzeHangul } from './morph.ts';

/** The indexed fields of one section: exact-match term lists, and space-separated jamo/choseong terms. */
export interface SectionFields {
  i: number;
  title: string[];
  path: string[];
  body: string[];
  /** Jamo forms of the title's terms, searched fuzzily for typos. */
  tj: string;
  /** Initial consonants of the title's terms and of the whole title. */
  cho: string;
}

/**
 * Splits a Hangul compound into known terms (`웹애플리케이션서버` → 웹, 애플리케이션, 서버), preferring the
 * fewest parts; undefined when it cannot be covered by known terms of two or more syllables (or `웹`).
 */
export function splitCompound(word: string, known: (w: string) => boolean): string[] | undefined {
  if (word.length < 3 || word.length > 20) return undefined;
  const best: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 10); start < end; start++) {
      const prev = best[start];
      const part = word.slice(start, end);
      if (!prev || (part.length < 2 && part !== '웹') || !known(part)) continue;
      const cand = [...prev, part];
      const cur = best[end];
      if (!cur || cand.length < cur.length) best[end] = cand;
    }
  }
  const parts = best[word.length];
  return parts && parts.length >= 2 ? parts : undefined;
}

// camelCase / PascalCase identifiers and hyphenated words, found before normalisation lowercases them.
const CAMEL = /\b[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\b/g;
const HYPHENATED = /\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b/g;

/** Extra terms of identifiers: camelCase parts (`querySelectorAll` → query, selector, all) and `e-mail` → email. */
export function identifierTerms(text: string): string[] {
  const out: string[] = [];
  // `match` with a global pattern gives the matches alone (`matchAll` made an array per match): this runs on
  // every section's every field.
  for (const id of text.match(CAMEL) ?? []) {
    const parts = id.split(/(?=[A-Z])/).map((p) => p.toLowerCase());
    if (parts.length > 1) out.push(...parts.filter((p) => p.length > 1));
  }
  for (const word of text.match(HYPHENATED) ?? []) out.push(word.replace(/-/g, '').toLowerCase());
  return out;
}

/**
 * A heading without its leading section number (`1.5 인프라` → `인프라`, `3. Git` → `Git`). A bare number of three
 * digits or more is no section number but the topic's name (`301 영구 이동`, `404 Not Found`).
 */
export function withoutNumbering(heading: string): string {
  return heading.replace(/^\s*(?:\d+(?:\.\d+)+\.?|\d+\.|\d{1,2})\s+/, '');
}

/** Membership test for the notes' own words (title and body terms). */
export interface Vocabulary {
  has(word: string): boolean;
  /** True when a title has the word (an index knows; a plain set of words does not). */
  inTitle?(word: string): boolean;
}

/** Term analysis shared by the index and the query side; memoises the expensive per-word work. */
export class Analyzer {
  constructor(
    readonly glossary: GlossaryIndex,
    /** Known Korean terms: glossary words plus the notes' own words. */
    readonly vocab: Vocabulary,
  ) {}

  /** True when a section title (or alias) of the notes uses the word. */
  isTitleWord(word: string): boolean {
    return this.vocab.inTitle?.(word) ?? false;
  }

  isKnown(word: string): boolean {
    return this.vocab.has(word) || this.glossary.koreanWords.has(word);
  }

  /**
   * Other spellings a note word stands for: the glossary spelling of a typo (`로브밸런서` → 로드밸런서) and the
   * Hangul of a wrong-layout word (`dlswmd` → 인증).
   */
  readonly respellings = memoize((word: string): string[] => {
    if (isHangul(word)) {
      const fixed = this.glossary.correctKorean(word);
      return fixed ? [fixed] : [];
    }
    if (isLatin(word) && !this.glossary.latinWords.has(word)) {
      const h = fromWrongLayout(word);
      if (h && h.length >= 2 && this.isKnown(h)) return [h];
    }
    return [];
  }, 100_000);

  // Parts of a compound, even one the glossary names whole (`캐시서버` → 캐시, 서버; `분산처리` also holds 분산).
  readonly compoundParts = memoize(
    (word: string): string[] =>
      (isHangul(word) && splitCompound(word, (w) => w !== word && this.glossary.koreanWords.has(w))) || [],
    100_000,
  );

  /**
   * Terms of a text for the exact-match fields: words, stripped words, stems of predicates (`저장해` → 저장,
   * `막는다` → 막), respellings, compound parts (unless `parts` is false), joined Korean word pairs, and the parts of identifiers (`addEventListener` → add,
   * event, listener; `e-mail` → email).
   */
  terms(text: string, maxJoin = 2, keepInflected = true, parts = true): string[] {
    const words = splitWords(text);
    const out: string[] = identifierTerms(text);
    const stripped = words.map(stripParticle);
    for (let k = 0; k < words.length; k++) {
      const w = words[k] ?? '';
      const s = stripped[k] ?? '';
      out.push(s);
      if (s !== w && keepInflected) out.push(w);
      out.push(...this.respellings(s));
      if (parts) out.push(...this.compoundParts(s));
      if (isHangul(w)) {
        const a = analyzeHangul(w);
        if (a.kind === 'verb' || a.kind === 'adjective') {
          for (const t of a.stems) if (t !== s) out.push(t);
          // `분산처리하여` → 분산처리 → 분산, 처리.
          if (a.noun) out.push(...this.respellings(a.noun), ...this.compoundParts(a.noun));
        }
      }
      // Spacing variants: `캐시 서버` is also indexed as `캐시서버`.
      let joined = s;
      for (let n = 1; n < maxJoin; n++) {
        const next = stripped[k + n];
        if (!next || !isHangul(joined) || !isHangul(next)) break;
        joined += next;
        out.push(joined);
      }
    }
    return out;
  }

  /** All indexed fields of one section. */
  fields(i: number, title: string, aliases: string[], parents: string[], body: string): SectionFields {
    // Heading numbers (`1.2`) are not words of the title: a digit in a query should not pick numbered headings
    // (but `3-way` keeps its 3).
    const text = [title, ...aliases].map(withoutNumbering).join('\n');
    // A part of a title's compound (쿼리 of 서브쿼리) is not what the section is named for: it counts as body.
    const titleTerms = this.terms(text, 3, true, false);
    const partTerms = this.terms(text, 3).filter((t) => !titleTerms.includes(t));
    // Bodies get no inflected forms, joined pairs or jamo: at 10,000 sections they would triple the vocabulary;
    // phrases are checked on the top candidates instead, and typos are matched against titles and the glossary.
    // Each body term once: term frequency hardly matters in short notes, and it halves the postings to build.
    const bodyTerms = [...new Set([...this.terms(body, 1, false), ...partTerms])];
    const jamo = (terms: string[]) => [...new Set(terms.filter((t) => t.length > 0).map(toJamo))].join(' ');
    const cho = new Set<string>();
    for (const name of [title, ...aliases]) {
      const raw = splitWords(withoutNumbering(name)).filter(isHangul);
      const words = raw.map(stripParticle);
      for (const w of words) cho.add(toChoseong(w));
      if (words.length > 1) cho.add(words.map(toChoseong).join(''));
      // As typed, particles and all (`동기와 비동기` → ㄷㄱㅇㅂㄷㄱ): a student types every syllable's consonant.
      for (const w of raw) cho.add(toChoseong(w));
      if (raw.length > 1) cho.add(raw.map(toChoseong).join(''));
    }
    for (const t of titleTerms) if (isHangul(t)) cho.add(toChoseong(t));
    return {
      i,
      title: titleTerms,
      path: this.terms(parents.map(withoutNumbering).join('\n')),
      body: bodyTerms,
      tj: jamo(titleTerms),
      cho: [...cho].filter((c) => c.length > 0).join(' '),
    };
  }
}
