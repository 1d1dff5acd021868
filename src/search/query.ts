import { type Analyzer, splitCompound } from './analyze.ts';
import {
  fromWrongLayout,
  isChoseongQuery,
  isHangul,
  isLatin,
  isParticle,
  SOFT_WORDS,
  STOP_WORDS,
  splitWords,
  stripParticle,
} from './tokenize.ts';

/**
 * One thing the user asked about. A section matches it when it contains every token of any alternative;
 * alternatives cover particles, spelling, keyboard layout, compounds and glossary translations.
 */
export interface Concept {
  /** The words of the query this concept came from, particles stripped. */
  words: string[];
  alternatives: string[][];
  /** Initial-consonant query (`ㄹㄷㅂㄹㅅ`), matched against the titles' choseong. */
  choseong?: string;
  /** Refining words (`역할`, `장점`) that never decide whether a section fits. */
  soft: boolean;
  /** Forms the user typed (as opposed to glossary names): only these are matched fuzzily, for typos. */
  typed: string[];
}

function addAlt(alts: string[][], seen: Set<string>, tokens: string[]) {
  const t = tokens.filter((x) => x.length > 0);
  const key = t.join(' ');
  if (t.length === 0 || seen.has(key)) return;
  seen.add(key);
  alts.push(t);
}

function addEntries(an: Analyzer, ids: number[], alts: string[][], seen: Set<string>) {
  for (const id of ids) {
    for (const name of an.glossary.names[id] ?? []) {
      addAlt(alts, seen, name);
      if (name.length > 1 && name.every(isHangul)) addAlt(alts, seen, [name.join('')]);
    }
  }
}

function wordConcept(an: Analyzer, word: string, stripped: string): Concept {
  const alts: string[][] = [];
  const seen = new Set<string>();
  addAlt(alts, seen, [stripped]);
  if (word !== stripped) addAlt(alts, seen, [word]);
  const concept: Concept = {
    words: [stripped],
    alternatives: alts,
    soft: SOFT_WORDS.has(stripped),
    typed: [stripped],
  };
  if (isChoseongQuery(word)) concept.choseong = word;
  const forms = [stripped];
  if (isLatin(word) && !an.vocab.has(word) && !an.glossary.latinWords.has(word)) {
    const h = fromWrongLayout(word);
    if (h) {
      const hs = stripParticle(h);
      forms.push(hs);
      concept.typed.push(hs);
      addAlt(alts, seen, [hs]);
    }
  }
  for (const f of forms) {
    const exact = an.glossary.lookup([f]);
    addEntries(an, exact, alts, seen);
    if (exact.length === 0 && !an.vocab.has(f)) addEntries(an, an.glossary.fuzzyLookup(f), alts, seen);
    if (isHangul(f) && !an.vocab.has(f)) {
      const fixed = an.glossary.correctKorean(f);
      if (fixed) addAlt(alts, seen, [fixed]);
      const parts = splitCompound(f, (w) => an.isKnown(w));
      if (parts) addAlt(alts, seen, parts);
    }
  }
  return concept;
}

/** Turns a free-text question into the concepts it asks about; stop words and question words are dropped. */
export function parseQuery(an: Analyzer, query: string): Concept[] {
  const words = splitWords(query);
  const stripped = words.map(stripParticle);
  const concepts: Concept[] = [];
  for (let i = 0; i < words.length; ) {
    const w = words[i] ?? '';
    const s = stripped[i] ?? '';
    const phrase = an.glossary.longestPhrase(stripped, i);
    if (phrase) {
      const [n, ids] = phrase;
      const alts: string[][] = [];
      const seen = new Set<string>();
      const own = stripped.slice(i, i + n);
      addAlt(alts, seen, own);
      if (own.every(isHangul)) addAlt(alts, seen, [own.join('')]);
      addEntries(an, ids, alts, seen);
      concepts.push({ words: own, alternatives: alts, soft: false, typed: own });
      i += n;
      continue;
    }
    if (STOP_WORDS.has(w) || STOP_WORDS.has(s) || isParticle(w)) {
      i++;
      continue;
    }
    // `데이터 베이스` written apart in the query but together in the notes: one concept, either spelling.
    const next = stripped[i + 1];
    if (next && isHangul(s) && isHangul(next) && an.isKnown(s + next)) {
      const c = wordConcept(an, s + next, s + next);
      c.alternatives.push([s, next]);
      c.words = [s, next];
      concepts.push(c);
      i += 2;
      continue;
    }
    concepts.push(wordConcept(an, w, s));
    i++;
  }
  return concepts;
}
