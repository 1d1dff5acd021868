import SearchableMap from 'minisearch/SearchableMap';
import type { GlossaryEntry } from '../knowledge/types.ts';
import { isHangul, splitWords, stripParticle, toJamo } from '../text/korean.ts';
import { analyzeHangul } from './morph.ts';

/** Longest glossary name, in words, looked for in a query. */
const MAX_PHRASE = 5;

/** Tokens of a glossary name or query phrase: normalised words with particles stripped. */
export function phraseTokens(text: string): string[] {
  return splitWords(text).map(stripParticle);
}

// A verb named in dictionary form (`바꾸다`, `되돌리기`) is looked up and matched by its stem, as questions and
// notes are analysed (`바꾸려면`, `바꾸는` → 바꾸).
function nameTokens(name: string): string[] {
  const tokens = phraseTokens(name);
  const only = tokens[0] ?? '';
  if (tokens.length !== 1 || !isHangul(only) || !/[다기]$/.test(only)) return tokens;
  const a = analyzeHangul(only);
  return (a.kind === 'verb' || a.kind === 'adjective') && !a.noun ? [a.stems.at(-1) ?? only] : tokens;
}

/**
 * Glossary lookups for search: exact phrases (`load balancer` → entry), typo-tolerant single words
 * (`databse` → database), and the set of all Korean terms used to fix typos and split compounds in notes.
 */
export class GlossaryIndex {
  /** Names of each entry as token lists. */
  readonly names: string[][][];
  private readonly byPhrase = new Map<string, number[]>();
  private fuzzyTree?: SearchableMap<number[]>;
  /** Single-word Korean names, the vocabulary known to be real terms. */
  readonly koreanWords = new Set<string>();
  /** Single-word Latin names: real English words/acronyms that must never be read as wrong-layout Hangul. */
  readonly latinWords = new Set<string>();

  constructor(entries: GlossaryEntry[]) {
    this.names = entries.map((e) => e.names.map(nameTokens).filter((t) => t.length > 0));
    // A name the curated glossary defines means what it says there: a pair mined from the notes never adds a
    // meaning to it (`도메인 주소(DNS)` must not make 도메인 an acronym).
    const curated = new Set<string>();
    this.names.forEach((names, id) => {
      if (entries[id]?.source === 'mined') return;
      for (const tokens of names) curated.add(tokens.join(' '));
    });
    this.names.forEach((names, id) => {
      const mined = entries[id]?.source === 'mined';
      for (const tokens of names) {
        const key = tokens.join(' ');
        if (mined && curated.has(key)) continue;
        const list = this.byPhrase.get(key) ?? [];
        if (!list.includes(id)) list.push(id);
        this.byPhrase.set(key, list);
        const joined = tokens.join('');
        if (tokens.length > 1 && tokens.every(isHangul) && !this.byPhrase.has(joined))
          this.byPhrase.set(joined, list);
        for (const t of tokens) {
          if (isHangul(t)) this.koreanWords.add(t);
          else this.latinWords.add(t);
        }
      }
    });
  }

  // Jamo of single-word names, for typo lookups; built on first use, so a restart from the cache skips it.
  private get fuzzy(): SearchableMap<number[]> {
    if (!this.fuzzyTree) {
      const tree = new SearchableMap<number[]>();
      this.names.forEach((names, id) => {
        for (const tokens of names) {
          const joined = tokens.join('');
          if (tokens.length !== 1 || joined.length < 4) continue;
          const j = toJamo(joined);
          tree.set(j, [...(tree.get(j) ?? []), id]);
        }
      });
      this.fuzzyTree = tree;
    }
    return this.fuzzyTree;
  }

  /** Entries named exactly by these tokens. */
  lookup(tokens: string[]): number[] {
    return this.byPhrase.get(tokens.join(' ')) ?? [];
  }

  /** Longest glossary phrase starting at `start`, as `[length, entryIds]`, or undefined. */
  longestPhrase(words: string[], start: number): [number, number[]] | undefined {
    for (let n = Math.min(MAX_PHRASE, words.length - start); n >= 2; n--) {
      const ids = this.lookup(words.slice(start, start + n));
      if (ids.length > 0) return [n, ids];
    }
    return undefined;
  }

  /** Entries whose single-word name is within a small jamo edit distance of `word` (typos like `캐쉬`). */
  fuzzyLookup(word: string): number[] {
    const j = toJamo(word);
    if (j.length < 5) return [];
    const max = j.length >= 10 ? 2 : 1;
    const out = new Set<number>();
    for (const [, [ids]] of this.fuzzy.fuzzyGet(j, max)) for (const id of ids) out.add(id);
    return [...out];
  }

  /** The preferred single-word Korean name of the closest entry, for typo-fixing note tokens (`로브밸런서`). */
  correctKorean(word: string): string | undefined {
    if (this.koreanWords.has(word) || word.length < 3) return undefined;
    const j = toJamo(word);
    const max = j.length >= 10 ? 2 : 1;
    let best: [string, number] | undefined;
    for (const [key, [, dist]] of this.fuzzy.fuzzyGet(j, max)) {
      if (!best || dist < best[1]) best = [key, dist];
    }
    if (!best) return undefined;
    const ids = this.fuzzy.get(best[0]) ?? [];
    for (const id of ids) {
      for (const tokens of this.names[id] ?? []) {
        if (tokens.length === 1 && isHangul(tokens[0] ?? '') && toJamo(tokens[0] ?? '') === best[0])
          return tokens[0];
      }
    }
    return undefined;
  }
}
