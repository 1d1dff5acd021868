import SearchableMap from 'minisearch/SearchableMap';
import { isKept } from '../knowledge/glossary.ts';
import type { GlossaryEntry } from '../knowledge/types.ts';
import { editDistance } from '../text/edit-distance.ts';
import { isHangul, splitWords, stripParticle, toJamo } from '../text/korean.ts';
import { memoize } from '../text/memo.ts';
import { analyzeHangul } from './morph.ts';
import { wordPairs } from './word-pairs.ts';
import { bundledTranslations } from './word-translations.ts';

// First of `keys` (sorted by length) at least `length` long.
function lowerBound(keys: readonly string[], length: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string).length < length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Piece `i` of `max + 1` nearly equal pieces of a key `length` long, as [from, to). */
const pieceOf = (length: number, i: number, max: number): [number, number] => [
  Math.floor((i * length) / (max + 1)),
  Math.floor(((i + 1) * length) / (max + 1)),
];

/** Jamo up to which a word is allowed one typo; longer words two. */
const MAX_ONE_EDIT = 9;
const editsFor = (jamo: string) => (jamo.length > MAX_ONE_EDIT ? 2 : 1);

/** Typo keys by piece ({@link GlossaryIndex} `pieces`): distinct piece hashes, sorted, each with its keys. */
interface PieceIndex {
  keys: readonly string[];
  hashes: Uint32Array;
  /** Where each hash's key numbers start in `ids`, and one past the last. */
  starts: Int32Array;
  ids: Int32Array;
}

// FNV-1a of a key's length, the piece's number and its letters `s[from, to)`.
function pieceHash(length: number, piece: number, s: string, from: number, to: number): number {
  let h = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  h = Math.imul(h ^ piece, 0x01000193);
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

// Whether a key holding a piece of hash `hash` is within `max` edits of `j`.
function nearOneOf({ keys, hashes, starts, ids }: PieceIndex, hash: number, j: string, max: number): boolean {
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hashes[mid] as number) < hash) lo = mid + 1;
    else hi = mid;
  }
  if (hashes[lo] !== hash) return false;
  for (let k = starts[lo] as number; k < (starts[lo + 1] as number); k++)
    if (editDistance(j, keys[ids[k] as number] as string, max) <= max) return true;
  return false;
}

type Tree = Map<string, unknown>;

// `tree` with `key` set to `value`, the tree left as it was: the nodes on the key's path are copied, every other
// node shared. The copies change as SearchableMap's own insertion changes its nodes (an edge split moves to its
// node's end), so the result is the tree that inserting every key in the same order builds, node for node.
function withKey(tree: Tree, key: string, value: number[]): Tree {
  const top = new Map(tree);
  let node = top;
  let pos = 0;
  outer: while (pos < key.length) {
    for (const [edge, child] of node) {
      if (edge === '' || key[pos] !== edge[0]) continue;
      const len = Math.min(key.length - pos, edge.length);
      let offset = 1;
      while (offset < len && key[pos + offset] === edge[offset]) offset++;
      if (offset === edge.length) {
        const copy = new Map(child as Tree);
        node.set(edge, copy);
        node = copy;
      } else {
        const split: Tree = new Map([[edge.slice(offset), child]]);
        node.set(key.slice(pos, pos + offset), split);
        node.delete(edge);
        node = split;
      }
      pos += offset;
      continue outer;
    }
    const leaf: Tree = new Map();
    node.set(key.slice(pos), leaf);
    node = leaf;
    break;
  }
  node.set('', value);
  return top;
}

/** A typo's closest name as [jamo key, distance, whether another name is as close]. */
type Closest = [key: string, distance: number, tied: boolean];

// The first of the tree's keys within `max` edits of `j` at the least distance, in the tree's order.
function closestIn(tree: SearchableMap<number[]>, j: string, max: number): Closest | undefined {
  let best: Closest | undefined;
  for (const [key, [, dist]] of tree.fuzzyGet(j, max)) {
    if (!best || dist < best[1]) best = [key, dist, false];
    else if (dist === best[1]) best[2] = true;
  }
  return best;
}

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

/** Membership in a set of words (a glossary's own words, or its base's and its own). */
export interface Words {
  has(word: string): boolean;
}

// Names as a glossary index tokenises them, kept in the index cache: tokenising 2,000 entries (with the
// dictionary behind `nameTokens`) was a fifth of a restart. Tokens never hold a space; names and entries are
// separated by control characters a note cannot put in a glossary name.
const NAME_SEP = '\u0001';
const ENTRY_SEP = '\u0002';

/** {@link GlossaryIndex.names} as one string, for the index cache: each name after a separator. */
export function encodeNames(names: string[][][]): string {
  return names.map((entry) => entry.map((tokens) => NAME_SEP + tokens.join(' ')).join('')).join(ENTRY_SEP);
}

/** The inverse of {@link encodeNames}; undefined when it does not hold `entries` entries. */
export function decodeNames(text: unknown, entries: number): string[][][] | undefined {
  if (typeof text !== 'string') return undefined;
  const split = entries === 0 ? [] : text.split(ENTRY_SEP);
  if (split.length !== entries) return undefined;
  return split.map((entry) =>
    entry
      .split(NAME_SEP)
      .slice(1)
      .map((name) => name.split(' ')),
  );
}

// Tokenised names are the same for every glossary that holds the name: each server's glossary is the shared
// one plus a few pairs mined from its notes.
const tokensOf = memoize(nameTokens, 50_000);

// Word pairs by the curated entries they were read off, keyed by the first: loading a small folder again in this
// process (a reload in place, on the main thread) parses new mined pairs but keeps the curated entries (parsed once
// per content), so the new glossary index need not read the same pairs again (tens of milliseconds).
const pairsOfCurated = new WeakMap<
  GlossaryEntry,
  { curated: readonly GlossaryEntry[]; table: ReadonlyMap<string, string[]>; pairs: Map<string, string[]> }
>();

/**
 * The same entry for an index, which reads only an entry's names and source: the curated ones by identity (parsed
 * once per content), a pair mined from the notes by its names too, since every load of a folder parses its notes
 * anew (a reload in place of unchanged notes, a restart's notes read again) and would otherwise index the whole
 * glossary again for the same pairs.
 */
function sameEntry(a: GlossaryEntry, b: GlossaryEntry | undefined): boolean {
  if (a === b) return true;
  if (!b || a.source !== 'mined' || b.source !== 'mined' || a.names.length !== b.names.length) return false;
  return a.names.every((name, k) => name === b.names[k]);
}

// The four indexes built last and still alive, `index` first.
function latest(index: GlossaryIndex, list: Array<WeakRef<GlossaryIndex>>): Array<WeakRef<GlossaryIndex>> {
  return [new WeakRef(index), ...list.filter((r) => r.deref())].slice(0, 4);
}

/**
 * Glossary lookups for search: exact phrases (`load balancer` → entry), typo-tolerant single words
 * (`databse` → database), and the set of all Korean terms used to fix typos and split compounds in notes.
 *
 * One index per glossary, shared: {@link GlossaryIndex.for} returns the index already built for the same
 * entries, and for a glossary that extends one (the shared glossary plus a server's mined pairs) a small
 * index of the extra entries layered on it, so a thousand servers' indexes do not each rebuild and hold the
 * 2,000 shared entries (2.3 MB, 3 MB with the typo tree).
 */
export class GlossaryIndex {
  /** Names of each entry as token lists. */
  readonly names: string[][][];
  /** Single-word Korean names, the vocabulary known to be real terms. */
  readonly koreanWords: Words;
  /** Single-word Latin names: real English words/acronyms that must never be read as wrong-layout Hangul. */
  readonly latinWords: Words;
  // This layer's phrases; a layer on a base also holds, copied, every base list its entries add to.
  private readonly byPhrase = new Map<string, number[]>();
  private fuzzyTree?: SearchableMap<number[]>;
  private readonly curated: Set<string>;
  private readonly own: { korean: Set<string>; latin: Set<string> } = { korean: new Set(), latin: new Set() };
  // Keys of the base's phrase lists, by list, for a layer that copies one of them (a list may have two keys).
  private keysByList?: Map<number[], string[]>;
  private readonly closestMemo = memoize(
    (key: string) => this.closestOwn(key.slice(1), Number(key[0])),
    20_000,
  );

  private constructor(
    private readonly entries: readonly GlossaryEntry[],
    names: string[][][] | undefined,
    private readonly base?: GlossaryIndex,
  ) {
    const from = base?.entries.length ?? 0;
    const ownNames = entries
      .slice(from)
      .map((e, k) => names?.[from + k] ?? e.names.map(tokensOf).filter((t) => t.length > 0));
    this.names = base ? [...base.names, ...ownNames] : ownNames;
    // A name the curated glossary defines means what it says there: a pair mined from the notes never adds a
    // meaning to it (`도메인 주소(DNS)` must not make 도메인 an acronym). A layer adds only mined entries.
    this.curated = base?.curated ?? new Set<string>();
    if (!base) {
      this.names.forEach((names, id) => {
        if (entries[id]?.source === 'mined') return;
        for (const tokens of names) this.curated.add(tokens.join(' '));
      });
    }
    for (let id = from; id < this.names.length; id++) {
      const mined = entries[id]?.source === 'mined';
      for (const tokens of this.names[id] ?? []) {
        const key = tokens.join(' ');
        if (mined && this.curated.has(key)) continue;
        const list = this.byPhrase.get(key) ?? this.copyOfBase(key) ?? [];
        if (!list.includes(id)) list.push(id);
        this.byPhrase.set(key, list);
        const joined = tokens.join('');
        if (tokens.length > 1 && tokens.every(isHangul) && !this.hasPhrase(joined))
          this.byPhrase.set(joined, list);
        for (const t of tokens) {
          if (isHangul(t)) this.own.korean.add(t);
          else this.own.latin.add(t);
        }
      }
    }
    const { korean, latin } = this.own;
    this.koreanWords = base ? { has: (w) => korean.has(w) || base.koreanWords.has(w) } : korean;
    this.latinWords = base ? { has: (w) => latin.has(w) || base.latinWords.has(w) } : latin;
  }

  // Glossaries indexed from scratch lately, most recent first: the ones other glossaries extend.
  private static roots: Array<WeakRef<GlossaryIndex>> = [];
  // …and the layers on them lately: a folder's notes with their mined pairs.
  private static layers: Array<WeakRef<GlossaryIndex>> = [];

  /**
   * The index of these entries: the same instance for the same entries (by identity), a layer on the index of
   * a glossary they extend (its entries first, then only mined pairs), or a new one. `names` gives the
   * tokenised names saved with an index ({@link GlossaryIndex.encoded}), to skip tokenising; it is only
   * read when this glossary is not indexed yet.
   */
  static for(entries: readonly GlossaryEntry[], names?: () => string[][][] | undefined): GlossaryIndex {
    let best: GlossaryIndex | undefined;
    for (const ref of GlossaryIndex.roots) {
      const root = ref.deref();
      if (
        !root ||
        root.entries.length > entries.length ||
        (best && best.entries.length >= root.entries.length)
      )
        continue;
      if (root.entries === entries) return root;
      if (root.entries.every((e, k) => sameEntry(e, entries[k]))) best = root;
    }
    if (best?.entries.length === entries.length) return best;
    if (best && entries.slice(best.entries.length).every((e) => e.source === 'mined')) {
      // A folder loaded again (a reload of unchanged notes) mines the same pairs: its layer serves again.
      for (const ref of GlossaryIndex.layers) {
        const layer = ref.deref();
        if (layer?.base === best && layer.entries.length === entries.length) {
          if (layer.entries.every((e, k) => sameEntry(e, entries[k]))) return layer;
        }
      }
      const layer = new GlossaryIndex(entries, names?.(), best);
      GlossaryIndex.layers = latest(layer, GlossaryIndex.layers);
      return layer;
    }
    // A folder's glossary is a glossary file's entries, the same objects in every load of the file (the bundled
    // one's in most), and the pairs its notes mine: the file's entries are indexed once, and each folder layers its
    // pairs on them, as a server's notes do. Indexing them anew for every folder (typo tree, pieces, and each note
    // word's typo lookup) was a quarter of indexing a small folder.
    const curated = entries.findIndex((e) => e.source === 'mined');
    if (
      !best &&
      curated > 0 &&
      entries.slice(curated).every((e) => e.source === 'mined') &&
      entries.slice(0, curated).every(isKept)
    ) {
      GlossaryIndex.for(entries.slice(0, curated), () => names?.()?.slice(0, curated));
      return GlossaryIndex.for(entries, names);
    }
    const root = new GlossaryIndex(entries, names?.());
    GlossaryIndex.roots = latest(root, GlossaryIndex.roots);
    return root;
  }

  private hasPhrase(key: string): boolean {
    return this.byPhrase.has(key) || (this.base?.byPhrase.has(key) ?? false);
  }

  // A layer adding an entry to a phrase the base has: a copy of the base's list, under each of its keys.
  private copyOfBase(key: string): number[] | undefined {
    const base = this.base;
    const list = base?.byPhrase.get(key);
    if (!base || !list) return undefined;
    if (!base.keysByList) {
      base.keysByList = new Map();
      for (const [k, l] of base.byPhrase) base.keysByList.set(l, [...(base.keysByList.get(l) ?? []), k]);
    }
    const copy = [...list];
    for (const k of base.keysByList.get(list) ?? [key]) this.byPhrase.set(k, copy);
    return copy;
  }

  // Jamo of this layer's single-word names, for typo lookups; built on first use, so a restart from the cache
  // skips it.
  private get fuzzy(): SearchableMap<number[]> {
    if (!this.fuzzyTree) {
      const tree = new SearchableMap<number[]>();
      const from = this.base?.entries.length ?? 0;
      for (let id = from; id < this.names.length; id++) {
        for (const tokens of this.names[id] ?? []) {
          const joined = tokens.join('');
          if (tokens.length !== 1 || joined.length < 4) continue;
          const j = toJamo(joined);
          tree.set(j, [...(tree.get(j) ?? []), id]);
        }
      }
      this.fuzzyTree = tree;
    }
    return this.fuzzyTree;
  }

  // The typo tree's keys cut in `max + 1` pieces, by key length, piece and the piece's letters, for each `max`:
  // `max` edits change at most `max` pieces, so a word within `max` edits of a key holds one of its pieces whole,
  // at most `max` letters from where it starts in the key. Only the keys with a piece where the word holds it are
  // compared with it, and a word near none skips the tree walk: most words of notes and questions are near no
  // glossary name, and those walks (two-edit ones most) were two thirds of indexing 10,000 sections.
  // A piece is held as a hash: a Map keyed by the pieces as strings, with a list of keys each, was 1.7 MB of the
  // shared glossary's index. Two pieces may share a hash; the keys that brings are compared with the word like
  // the others, so a collision costs a comparison, never a different answer.
  private readonly pieceKeys: PieceIndex[] = [];
  private pieceKeyList?: string[];
  private longestKey = 0;
  private pieces(max: number): PieceIndex {
    let pieces = this.pieceKeys[max];
    if (!pieces) {
      this.pieceKeyList ??= [...this.fuzzy.keys()];
      const keys = this.pieceKeyList;
      const hashes: number[] = [];
      const ids: number[] = [];
      keys.forEach((key, id) => {
        this.longestKey = Math.max(this.longestKey, key.length);
        for (let i = 0; i <= max; i++) {
          const [from, to] = pieceOf(key.length, i, max);
          hashes.push(pieceHash(key.length, i, key, from, to));
          ids.push(id);
        }
      });
      const order = hashes.map((_, k) => k).sort((a, b) => (hashes[a] as number) - (hashes[b] as number));
      const distinct: number[] = [];
      const starts: number[] = [];
      order.forEach((k, at) => {
        if (distinct.at(-1) !== hashes[k]) {
          distinct.push(hashes[k] as number);
          starts.push(at);
        }
      });
      starts.push(order.length);
      pieces = {
        keys,
        hashes: Uint32Array.from(distinct),
        starts: Int32Array.from(starts),
        ids: Int32Array.from(order, (k) => ids[k] as number),
      };
      this.pieceKeys[max] = pieces;
    }
    return pieces;
  }

  // False only when no key of this layer's typo tree is within `max` edits of the jamo `j`.
  private mayBeNear(j: string, max: number): boolean {
    const pieces = this.pieces(max);
    // A key is at most `max` shorter: a word of a long query (a pasted paragraph) is near none.
    if (j.length > this.longestKey + max) return false;
    for (let length = Math.max(1, j.length - max); length <= j.length + max; length++) {
      for (let i = 0; i <= max; i++) {
        const [from, to] = pieceOf(length, i, max);
        for (let at = Math.max(0, from - max); at <= Math.min(j.length - (to - from), from + max); at++) {
          if (nearOneOf(pieces, pieceHash(length, i, j, at, at + to - from), j, max)) return true;
        }
      }
    }
    return false;
  }

  /** Builds the typo lookup now (a few milliseconds) rather than on a first query's typo. */
  warm(): void {
    for (const max of [1, 2]) {
      this.base?.pieces(max);
      this.pieces(max);
    }
  }

  /** Entries of the index this one is layered on (0 for a root): its names are the base's to save. */
  get from(): number {
    return this.base?.entries.length ?? 0;
  }

  /**
   * This index's own names ({@link GlossaryIndex.names} from {@link GlossaryIndex.from} on) as one string for
   * the index cache ({@link decodeNames}): a server's index saves only the names of its mined pairs, not the
   * shared glossary's 2,000 again.
   */
  get encoded(): string {
    return encodeNames(this.names.slice(this.from));
  }

  private pairs?: Map<string, string[]>;

  /**
   * Translations of one word that no entry names, read off the curated glossary's compound names (`virtual` →
   * 가상 from `virtual machine / 가상 머신` and `virtual memory / 가상 메모리`), then the bundled table's; built on first use.
   */
  wordTranslations(word: string): readonly string[] {
    if (this.base) return this.base.wordTranslations(word);
    // Curated names only: pairs mined from notes differ from server to server, and a server's index (a layer on
    // this one) must answer as its notes indexed from scratch do.
    const curated = (id: number) => this.entries[id]?.source !== 'mined';
    if (!this.pairs) {
      // Reused only when the curated entries come first, as a load puts them: the same entries at the same ids.
      const mined = this.entries.findIndex((e) => e.source === 'mined');
      const prefix = mined === -1 ? this.entries : this.entries.slice(0, mined);
      const first = this.entries.slice(prefix.length).every((e) => e.source === 'mined')
        ? prefix[0]
        : undefined;
      const kept = first && pairsOfCurated.get(first);
      const table = bundledTranslations();
      if (
        kept &&
        kept.table === table &&
        kept.curated.length === prefix.length &&
        kept.curated.every((e, k) => e === prefix[k])
      )
        this.pairs = kept.pairs;
      else {
        this.pairs = wordPairs(
          this.names.map((names, id) => (curated(id) ? names : [])),
          (tokens) => this.lookup(tokens).filter(curated),
        );
        // Then the bundled table's (knowledge/word-translations.txt), after the pairs this glossary itself gives.
        for (const [word, listed] of table) {
          const read = this.pairs.get(word) ?? [];
          this.pairs.set(word, [...new Set([...read, ...listed])]);
        }
        if (first) pairsOfCurated.set(first, { curated: prefix, table, pairs: this.pairs });
      }
    }
    return this.pairs.get(word) ?? [];
  }

  /** Entries named exactly by these tokens. */
  lookup(tokens: string[]): number[] {
    const key = tokens.join(' ');
    return this.byPhrase.get(key) ?? this.base?.byPhrase.get(key) ?? [];
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
    const max = editsFor(j);
    const out = new Set<number>();
    // A typo keeps the word's first letter, as the notes' own words are respelled (`vlookup` is no `lookup`).
    if (this.mayBeNear(j, max) || this.base?.mayBeNear(j, max))
      for (const [key, [ids]] of this.allFuzzy.fuzzyGet(j, max))
        if (key[0] === j[0]) for (const id of ids) out.add(id);
    return [...out];
  }

  // The first closest single-word name of this index's own entries (for a layer, the closest of its few).
  private closestOwn(j: string, max: number): Closest | undefined {
    let best: Closest | undefined;
    if (this.base) {
      // A layer holds a few dozen mined names: comparing those of a near length beats walking a tree, and this
      // runs for every word of a server's notes as they are indexed.
      const keys = this.ownKeys;
      for (let k = lowerBound(keys, j.length - max); k < keys.length; k++) {
        const key = keys[k] as string;
        if (key.length > j.length + max) break;
        const dist = editDistance(j, key, max);
        if (dist <= max && (!best || dist < best[1])) best = [key, dist, false];
      }
      return best;
    }
    if (!this.mayBeNear(j, max)) return undefined;
    return closestIn(this.fuzzy, j, max);
  }

  // A layer's typo tree: the base's with this layer's keys added, as indexing all its entries at once builds it,
  // so that a layer's typo lookups list names in the same order as that index's would.
  private mergedTree?: SearchableMap<number[]>;
  private get allFuzzy(): SearchableMap<number[]> {
    if (!this.base) return this.fuzzy;
    if (!this.mergedTree) {
      let tree = this.base.fuzzy._tree as Tree;
      const from = this.base.entries.length;
      for (let id = from; id < this.names.length; id++) {
        for (const tokens of this.names[id] ?? []) {
          const joined = tokens.join('');
          if (tokens.length !== 1 || joined.length < 4) continue;
          const j = toJamo(joined);
          const ids = new SearchableMap<number[]>(tree as SearchableMap<number[]>['_tree']).get(j) ?? [];
          tree = withKey(tree, j, [...ids, id]);
        }
      }
      this.mergedTree = new SearchableMap<number[]>(tree as SearchableMap<number[]>['_tree']);
    }
    return this.mergedTree;
  }

  // A layer's closest name as indexing all its entries at once finds it: the first at the least distance in that
  // index's typo tree. The base's (remembered for every layer on it) is that one when none of the layer's names is
  // as close and no other base name ties with it (the layer's keys may reorder the tree's nodes).
  private closestInLayer(base: GlossaryIndex, j: string, max: number): Closest | undefined {
    const inBase = base.closestMemo(`${max}${j}`);
    const own = this.closestOwn(j, max);
    if (!own && !inBase) return undefined;
    if (inBase && !inBase[2] && (!own || own[1] > inBase[1])) return inBase;
    return closestIn(this.allFuzzy, j, max);
  }

  // The fuzzy tree's keys, by length.
  private ownKeyList?: string[];
  private get ownKeys(): string[] {
    if (!this.ownKeyList) {
      const keys = new Set<string>();
      for (let id = this.from; id < this.names.length; id++) {
        for (const tokens of this.names[id] ?? []) {
          const joined = tokens.join('');
          if (tokens.length === 1 && joined.length >= 4) keys.add(toJamo(joined));
        }
      }
      this.ownKeyList = [...keys].sort((a, b) => a.length - b.length);
    }
    return this.ownKeyList;
  }

  /** The preferred single-word Korean name of the closest entry, for typo-fixing note tokens (`로브밸런서`). */
  correctKorean(word: string): string | undefined {
    if (this.koreanWords.has(word) || word.length < 3) return undefined;
    const j = toJamo(word);
    const max = editsFor(j);
    const best = this.base ? this.closestInLayer(this.base, j, max) : this.closestOwn(j, max);
    if (!best) return undefined;
    // The ids the one tree holds under the key, without building it: the base's, then the layer's.
    const ids = [...(this.base?.fuzzy.get(best[0]) ?? []), ...(this.fuzzy.get(best[0]) ?? [])];
    for (const id of ids) {
      for (const tokens of this.names[id] ?? []) {
        if (tokens.length === 1 && isHangul(tokens[0] ?? '') && toJamo(tokens[0] ?? '') === best[0])
          return tokens[0];
      }
    }
    return undefined;
  }
}
