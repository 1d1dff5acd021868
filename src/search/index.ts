import { readCache, sourceFingerprint, writeCache } from '../knowledge/cache.ts';
import { boldGroups, isWithin } from '../knowledge/sections.ts';
import type { Knowledge, Section } from '../knowledge/types.ts';
import { editDistance } from '../text/edit-distance.ts';
import { isHangul, isLatin, splitWords, stripParticle, toChoseong, toJamo } from '../text/korean.ts';
import { memoize } from '../text/memo.ts';
import { Analyzer } from './analyze.ts';
import { decodeNames, GlossaryIndex, phraseTokens } from './glossary-index.ts';
import { commonEnglish } from './lexicon.ts';
import { type Concept, dictionaryWord, type ParsedQuery, parseQuery } from './query.ts';
import { boundQuery } from './query-bound.ts';
import { Stepwise } from './stepwise.ts';
import { SuggestIndex } from './suggest.ts';
import { TERM_FIELDS, TermIndex, TermIndexBuilder, type TermIndexJSON } from './term-index.ts';
import { TitleIndex, type TitleQuery } from './title-index.ts';
import { VocabularyMatcher } from './vocabulary.ts';

export { parseQuery } from './query.ts';
export * from './tokenize.ts';

/** A section that answers a query, with its relevance (higher is better, only comparable within one query). */
export interface SearchHit {
  section: Section;
  score: number;
  /** Set on the first hits of a comparison (`A랑 B 차이`): which topic of the question this section answers. */
  side?: number;
}

/** Bump when the analysis changes so that cached indexes are rebuilt. */
const INDEX_VERSION = 12;

// The analysis code itself also keys the cache, so an edit to it never serves an index built by older code.
const INDEX_KEY = `${INDEX_VERSION}:${sourceFingerprint(
  import.meta.url,
  [
    './analyze.ts',
    './glossary-index.ts',
    './index.ts',
    './term-index.ts',
    './title-index.ts',
    './tokenize.ts',
    '../text/korean.ts',
    '../text/particles.ts',
    './morph.ts',
    './lexicon.ts',
  ],
  '',
)}`;

const BOOST = { title: 4, path: 0.5, body: 1, tj: 2, cho: 3 };
// A soft concept (predicate, generic word) counts for less than a topic.
const SOFT_WEIGHT = 0.4;
// A spelling the user did not type (a translation, the other script, a typo fix) counts for a little less, so
// the section that uses the student's own word comes first (비동기 → 동기와 비동기 before async/await).
const DERIVED_WEIGHT = 0.8;
// How fast a topic's weight falls with the number of sections that hold it (`how to cancel a running task`: the
// rare 취소, not the 태스크 of every section, names the answer). 0.2 to 0.4 scored alike; 0.5 lost more than it won.
const RARITY = 0.3;
// How much a section gains for each topic of the query it holds.
const COVER_GAIN = 8;
// At most this many sections may hold the rest of a question whose everyday noun the notes never use.
const FORGIVING_SECTIONS = 3;
// The best sections holding one topic of such a question whose lines are read for two of its words together.
const LINED_CANDIDATES = 10;
// …and, less, for each of its other words (`하나만 골라서`: the section that says so among those on 커밋).
const SOFT_GAIN = 1.5;
const SOFT_PER_TOPIC = 2;
// Three of the question's describing words held in a section rank it as one more topic held (a paraphrase
// names few topics, `전부 끝날 때까지 기다리기`), and let a section holding no topic at all answer.
const SOFT_PER_RANKED_TOPIC = 3;

// Per further question word written in the same line of a section.
const LINE_GAIN = 2.5;
// Words of a question one line must hold to answer it though a word of it is one the notes never use.
const PARAPHRASE_LINE = 4;
const TERM_BOOSTS = TERM_FIELDS.map((f) => BOOST[f]);

// Two indexes: words for exact matching (term-index.ts), and title jamo/choseong in a separate small one
// (title-index.ts), so that a fuzzy walk for a typo only visits title terms instead of the whole vocabulary.

interface CacheFile {
  v: string;
  hash: string;
  terms: TermIndexJSON;
  titles: TermIndexJSON;
  /** The glossary's names as its index tokenised them ({@link GlossaryIndex.encoded}), from entry `from`. */
  glossary: string;
  from?: number;
}

// Typos allowed per jamo-decomposed term: none for short terms, where one edit already changes the meaning.
function fuzzyDistance(jamo: string, word: string): number {
  if (jamo.length >= 9) return 2;
  if (jamo.length >= 5) return 1;
  // Two syllables (`부투`, `구죠`) or four letters (`mvvc`) a heading's word is one slip from; never an English
  // word (`wait` is no `await`).
  if (jamo.length === 4 && !commonEnglish().has(word)) return 1;
  return 0;
}

// Korean borrows an English verb in its -ing form (매핑, 캐싱, 파싱, 로깅, 렌더링): the forms of `mapped`, `cache`,
// `parses` that may meet such a loanword in the notes.
function ingForms(word: string): string[] {
  if (!/^[a-z]{3,}$/.test(word) || word.endsWith('ing')) return [];
  const out: string[] = [];
  const base = (w: string) => {
    out.push(`${w}ing`);
    if (w.endsWith('e')) out.push(`${w.slice(0, -1)}ing`);
    // map → mapping: a final consonant after one vowel doubles.
    else if (/[^aeiou][aeiou][bdglmnprt]$/.test(w)) out.push(`${w}${w.at(-1)}ing`);
  };
  if (word.endsWith('ed')) out.push(`${word.slice(0, -2)}ing`, `${word.slice(0, -1)}ing`);
  else if (word.endsWith('s') && !word.endsWith('ss')) base(word.slice(0, -1));
  else base(word);
  return out;
}

// A Hangul -ing ending: a last syllable of ㅣ with a final ㅇ (핑, 싱, 깅, 링).
function endsInIng(word: string): boolean {
  const c = (word.at(-1) ?? '').charCodeAt(0) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 21 && Math.floor((c % 588) / 28) === 20;
}

// Title as typed in a query: numbering and spaces dropped, particles stripped (`1.5 캐시 서버는` → `캐시서버`).
function titleKey(text: string): string {
  return splitWords(text)
    .filter((w) => !/^\d+$/.test(w))
    .map(stripParticle)
    .join('');
}

// The question's words that a line may hold: each concept's spellings, typed and found in the notes.
function askedWords(
  concepts: Concept[],
  queries: Array<{ exact: string[][] }>,
  use: (c: Concept, k: number) => boolean,
): string[][][] {
  return concepts.flatMap((c, k) => (use(c, k) ? [[...c.alternatives, ...(queries[k]?.exact ?? [])]] : []));
}

/** Full-text search over the notes: Korean-aware, typo-tolerant, honest about what the notes do not cover. */
export class NotesIndex {
  private readonly byId = new Map<string, Section>();
  // Built on first use, or in steps by warmSteps(): restarting from the cache should not pay for structures a
  // query may never need, and a reload builds them a slice at a time before the swap.
  private readonly titleKeyList: Array<string[] | undefined>;
  /** Each title key with the first section it names (for related topics). */
  private readonly titled: Stepwise<Map<string, number>>;
  private readonly suggestion: Stepwise<SuggestIndex>;
  private readonly words: VocabularyMatcher;

  private constructor(
    readonly knowledge: Knowledge,
    private readonly terms: TermIndex,
    private readonly ts: TitleIndex,
    private readonly analyzer: Analyzer,
  ) {
    for (const s of knowledge.sections) this.byId.set(s.id, s);
    const sections = knowledge.sections;
    this.titleKeyList = new Array(sections.length);
    this.titled = new Stepwise(() => this.titleKeySteps());
    this.suggestion = new Stepwise(() =>
      SuggestIndex.build(sections, (i) => this.glossaryNames(sections[i] as Section)),
    );
    this.words = new VocabularyMatcher(
      function* () {
        yield* terms.fieldTerms(0);
        yield* terms.fieldTerms(2);
      },
      (t) => terms.has(t),
    );
  }

  // A section's title and aliases as typed in a query, for the few top candidates of a query.
  private titleKeysOf(i: number): string[] {
    const s = this.knowledge.sections[i];
    if (!s) return [];
    this.titleKeyList[i] ??= [s.title, ...s.aliases].map(titleKey).filter(Boolean);
    return this.titleKeyList[i];
  }

  private *titleKeySteps(): Generator<void, Map<string, number>> {
    const first = new Map<string, number>();
    for (let i = 0; i < this.knowledge.sections.length; i++) {
      for (const key of this.titleKeysOf(i)) if (!first.has(key)) first.set(key, i);
      if ((i + 1) % 500 === 0) yield;
    }
    return first;
  }

  private get suggester(): SuggestIndex {
    return this.suggestion.value;
  }

  /**
   * Builds what queries build on first use (title keys, typo trees, the notes' word lookups, autocomplete), a
   * slice of a few milliseconds per step: a caller runs the steps between requests, so neither a request nor
   * the turn that swaps a reloaded index in pays for them (at 10,000 sections, 0.7 s at once).
   */
  *warmSteps(): Generator<void> {
    while (!this.titled.step()) yield;
    yield* this.lookupSteps();
    while (!this.suggestion.step()) yield;
    // A first search compiles the query path and sizes its per-section arrays.
    const first = this.knowledge.sections[0];
    if (first) this.search(first.title, 1);
  }

  /**
   * The lookups a search may build on first use (title typo trees, the glossary's and the notes' typo and
   * loanword lookups): a few milliseconds for a server's notes, so a server's first queries need not wait.
   */
  *lookupSteps(): Generator<void> {
    yield* this.ts.warmSteps();
    this.analyzer.glossary.warm();
    yield;
    // The glossary's word pairs (tens of milliseconds, once per process: the shared glossary keeps them).
    this.analyzer.glossary.wordTranslations('');
    yield;
    // The common English words (38,000, read once per process) that an English question is checked against.
    commonEnglish();
    yield;
    yield* this.words.warmSteps();
  }

  // Names of the glossary entries a section's title or alias names, directly (`로드밸런서`) or through the
  // typo fix the index applies (`로브밸런서` → 로드밸런서), for autocomplete in the other language.
  private glossaryNames(s: Section): string[] | undefined {
    const glossary = this.analyzer.glossary;
    const ids = new Set<number>();
    for (const name of [s.title, ...s.aliases]) {
      const tokens = phraseTokens(name).filter((w) => !/^\d+$/.test(w));
      if (tokens.length === 0) continue;
      let found = glossary.lookup(tokens);
      if (found.length === 0 && tokens.length === 1 && isHangul(tokens[0] ?? '')) {
        const fixed = glossary.correctKorean(tokens[0] ?? '');
        if (fixed) found = glossary.lookup([fixed]);
      }
      for (const id of found) ids.add(id);
    }
    if (ids.size === 0) return undefined;
    return [...ids].flatMap((id) => this.knowledge.glossary[id]?.names ?? []);
  }

  /** Indexes every section of the knowledge. */
  static build(knowledge: Knowledge): NotesIndex {
    const glossary = GlossaryIndex.for(knowledge.glossary);
    const indexing = new Analyzer(glossary, new Set());
    const builder = new TermIndexBuilder();
    const titles = TitleIndex.builder();
    const groups = boldGroups(knowledge.sections);
    knowledge.sections.forEach((s, i) => {
      // A bold line of an empty heading's group is under that heading, as its path would say were it nested.
      const group = knowledge.sections[groups[i] ?? -1];
      const parents = group ? [...s.path.slice(0, -1), group.title] : s.path.slice(0, -1);
      const doc = indexing.fields(i, s.title, s.aliases, parents, s.body);
      builder.add(doc);
      titles.add({ tj: doc.tj.split(' '), cho: doc.cho.split(' ') });
    });
    const terms = builder.build();
    return new NotesIndex(knowledge, terms, new TitleIndex(titles.build()), new Analyzer(glossary, terms));
  }

  /** Serialisable form of the index, restored by {@link NotesIndex.fromJSON}. */
  toJSON(): CacheFile {
    return {
      v: INDEX_KEY,
      hash: this.knowledge.hash,
      terms: this.terms.toJSON(),
      titles: this.ts.toJSON(),
      glossary: this.analyzer.glossary.encoded,
      from: this.analyzer.glossary.from,
    };
  }

  /** Restores an index saved with {@link NotesIndex.toJSON}; undefined when it was made for other notes. */
  static fromJSON(json: CacheFile, knowledge: Knowledge): NotesIndex | undefined {
    const steps = NotesIndex.restoreSteps(json, knowledge);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /** {@link NotesIndex.fromJSON} in steps (a field's terms, the glossary), for a reload between requests. */
  static *restoreSteps(json: CacheFile, knowledge: Knowledge): Generator<void, NotesIndex | undefined> {
    if (json.v !== INDEX_KEY || json.hash !== knowledge.hash) return undefined;
    const n = knowledge.sections.length;
    if (json.terms.n !== n || json.titles.n !== n) return undefined;
    const terms = yield* TermIndex.restoreSteps(json.terms);
    const ts = new TitleIndex(yield* TermIndex.restoreSteps(json.titles));
    yield;
    const from = json.from ?? 0;
    const names = () => {
      const own = decodeNames(json.glossary, knowledge.glossary.length - from);
      if (!own || from === 0) return own;
      // The base's names are the base index's; only an index without it tokenises them again.
      const all: string[][][] = [];
      all.length = from;
      all.push(...own);
      return all;
    };
    const analyzer = new Analyzer(GlossaryIndex.for(knowledge.glossary, names), terms);
    yield;
    return new NotesIndex(knowledge, terms, ts, analyzer);
  }

  /**
   * The index for this knowledge, restored from `cacheDir` when the cached copy was built from the same notes
   * (same `knowledge.hash`), otherwise built and cached. A broken cache file is ignored and rewritten.
   */
  static load(knowledge: Knowledge, cacheDir = '.cache'): NotesIndex {
    const cached = readCache<CacheFile>(cacheDir, 'search', knowledge.hash);
    if (cached) {
      try {
        const restored = NotesIndex.fromJSON(cached, knowledge);
        if (restored) return restored;
      } catch {
        // A cache of the wrong shape: rebuild below.
      }
    }
    const index = NotesIndex.build(knowledge);
    index.save(cacheDir);
    return index;
  }

  /** Writes the index to `cacheDir` for {@link NotesIndex.load}; a read-only disk only costs a rebuild later. */
  save(cacheDir = '.cache'): void {
    writeCache(cacheDir, 'search', this.knowledge.hash, this.toJSON());
  }

  /** The section with this id (`file#line`). */
  get(id: string): Section | undefined {
    return this.byId.get(id);
  }

  // Per-section views computed for the few top candidates of a query, remembered for the next ones.
  // Text of a section without whitespace, for phrase checks (phrases are Hangul-only, so removing whitespace is
  // all the normalisation needed).
  private readonly compactText = memoize((i: number): string => {
    const s = this.knowledge.sections[i];
    return s ? `${s.title}\n${s.body}`.replace(/\s+/g, '') : '';
  }, 2000);

  // Terms of each line of a section (its title is a line too), for "written together".
  private readonly lineTerms = memoize((i: number): Set<string>[] => {
    const s = this.knowledge.sections[i];
    const lines = s ? [s.title, ...s.body.split('\n')].filter((l) => l.trim() !== '') : [];
    return lines.map((l) => new Set(this.analyzer.terms(l, 2)));
  }, 2000);

  // Title and alias terms of a section, for "the title names what was asked".
  private readonly titleTerms = memoize((i: number): Set<string> => {
    const s = this.knowledge.sections[i];
    return new Set(s ? this.analyzer.terms([s.title, ...s.aliases].join('\n'), 3, true, false) : []);
  }, 2000);

  // The English names headings spell out, by their initials (`po` → product owner), built on first use.
  private initialsOf?: Map<string, string[][]>;

  // The names a student's acronym may shorten (`PO` for a heading `제품 책임자(Product Owner)`, `JIT` for
  // `Just-In-Time`): looked up at query time, so the titles' own terms and their weights stay as written.
  private spelledOut(word: string): string[][] {
    if (!this.initialsOf) {
      const map = new Map<string, string[][]>();
      for (const s of this.knowledge.sections) {
        for (const name of [s.title, ...s.aliases]) {
          const words = name.split(/[\s-]+/).filter(Boolean);
          if (words.length < 2 || words.length > 5 || !words.every((w) => /^[A-Za-z]+$/.test(w))) continue;
          const tokens = words.map((w) => w.toLowerCase());
          const key = tokens.map((w) => w[0]).join('');
          const known = map.get(key) ?? [];
          if (!known.some((k) => k.join(' ') === tokens.join(' '))) known.push(tokens);
          map.set(key, known);
        }
      }
      this.initialsOf = map;
    }
    return this.initialsOf.get(word) ?? [];
  }

  // Exact match when the notes have the term. A typed word they do not have is looked for in the other script
  // (loanwords), then with a typo among all the notes' words, then fuzzily on title jamo.
  private conceptQueries(
    c: Concept,
    acronyms: ReadonlySet<string>,
  ): { exact: string[][]; weights: number[]; titles: TitleQuery[] } {
    const vocab = this.analyzer.vocab;
    const exact: string[][] = [];
    const titles: TitleQuery[] = [];
    for (const alt of c.alternatives) if (alt.every((t) => vocab.has(t))) exact.push(alt);
    const known = exact.length > 0;
    // Only a concept of one word: a phrase's words each respelled would match far more than the phrase.
    if (!c.soft && c.words.length === 1) {
      for (const word of c.typed) {
        // The other script (for a word the notes have, only a heading's: `shell` also finds the section titled
        // 셸); typos of words the notes lack, and of long words they have, since notes have typos (퍼미숀).
        // An English inflection the notes have the stem of (`keys`, `key`) is spelled as the stem: its plural
        // -s would otherwise read as a syllable of its own (keys is not 캐시).
        const stem =
          isLatin(word) && !vocab.has(word)
            ? c.forms.find((f) => f !== word && isLatin(f) && vocab.has(f))
            : undefined;
        for (const t of this.words.otherScript(stem ?? word))
          if (!known || vocab.inTitle?.(t)) exact.push([t]);
        if (/^[a-z]{2,5}$/.test(word) && !vocab.inTitle?.(word) && (acronyms.has(word) || !vocab.has(word))) {
          for (const name of this.spelledOut(word)) if (name.every((t) => vocab.has(t))) exact.push(name);
        }
        if (!known) {
          for (const form of ingForms(word))
            for (const t of this.words.otherScript(form)) if (endsInIng(t)) exact.push([t]);
        }
        // A word known only through its translation may still be the notes' misspelling (`conditional` is 조건문
        // in the glossary, `Conditionl Types` in the heading).
        if (!known || !vocab.has(word) || (isHangul(word) && toJamo(word).length >= 6)) {
          for (const t of this.words.typos(word)) exact.push([t]);
        }
      }
    }
    // A phrase the notes lack as written: each unknown word respelled (`fast forward` → fast, foward).
    if (!known && !c.soft && c.words.length > 1) {
      for (const alt of c.alternatives) {
        const fixed = alt.map((t) =>
          vocab.has(t) ? t : (this.words.typos(t)[0] ?? this.words.otherScript(t)[0]),
        );
        if (fixed.every((t): t is string => t !== undefined)) exact.push(fixed);
      }
    }
    if (!known && !c.soft) {
      for (const alt of c.alternatives) {
        if (alt.length !== 1 || !c.typed.includes(alt[0] ?? '')) continue;
        const jamo = toJamo(alt[0] ?? '');
        const fuzzy = fuzzyDistance(jamo, alt[0] ?? '');
        if (fuzzy > 0) titles.push({ field: 'tj', term: jamo, fuzzy });
      }
    }
    if (c.choseong) titles.push({ field: 'cho', term: c.choseong, prefix: true });
    const own = new Set([...c.forms, ...c.words]);
    const weights = exact.map((alt) => (alt.every((t) => own.has(t)) ? 1 : DERIVED_WEIGHT));
    return { exact, weights, titles };
  }

  // Per-section accumulators reused by every query (sized to the notes, reset through the touched lists):
  // common words match thousands of sections, and a Map of objects per query was most of the query time.
  private scratch?: {
    concept: Float64Array;
    total: Float64Array;
    hard: Uint16Array;
    held: Uint16Array;
    soft: Uint16Array;
    seen: Uint8Array;
  };

  // Query analysis (particles, stems, glossary, typo and compound lookups) of recent queries: users retry and
  // autocomplete repeats the same text. Map order makes it an LRU; long texts are not kept, they are unique.
  private readonly analysed = new Map<
    string,
    { parsed: ParsedQuery; queries: Array<ReturnType<NotesIndex['conceptQueries']>> }
  >();

  private analyse(query: string) {
    let a = this.analysed.get(query);
    if (a) {
      this.analysed.delete(query);
    } else {
      const parsed = parseQuery(this.analyzer, boundQuery(query), (w) => this.titled.value.has(w));
      // Written in capitals (`PO`), a short word is an acronym; in lower case it may be a file's (`sw.js`).
      const acronyms = new Set(
        query.match(/(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])/g)?.map((w) => w.toLowerCase()),
      );
      a = { parsed, queries: parsed.concepts.map((c) => this.conceptQueries(c, acronyms)) };
      if (this.analysed.size >= 256) this.analysed.delete(this.analysed.keys().next().value as string);
    }
    if (query.length <= 200) this.analysed.set(query, a);
    return a;
  }

  /**
   * Scores sections for the concepts `use` selects. Unless `loose`, a topic word the whole notes never use
   * makes an honest miss (`[]`); predicates, numbers and generic words never do.
   */
  private score(
    concepts: Concept[],
    queries: Array<ReturnType<NotesIndex['conceptQueries']>>,
    use: (c: Concept) => boolean,
    loose: boolean,
    limit: number,
  ): Array<{ i: number; score: number }> {
    const n = this.knowledge.sections.length;
    this.scratch ??= {
      concept: new Float64Array(n),
      total: new Float64Array(n),
      hard: new Uint16Array(n),
      held: new Uint16Array(n),
      soft: new Uint16Array(n),
      seen: new Uint8Array(n),
    };
    const { concept, total, hard: hardOf, held: heldOf, soft: softOf, seen } = this.scratch;
    const docs: number[] = [];
    let hard = 0;
    let missing = false;
    let forgiven = 0;
    const found: Concept[] = [];
    // A topic typed twice (`b만`, `실패하면 바로 실패`) is asked about once: counted twice, it made the section
    // holding only it outrank one holding it and the question's other topics.
    const once = new Set<string>();
    for (const [k, c] of concepts.entries()) {
      if (!use(c)) continue;
      const key = c.words.join(' ');
      if (!c.soft && once.has(key)) continue;
      if (!c.soft) once.add(key);
      if (!c.soft) hard++;
      const { exact, weights, titles } = queries[k] as ReturnType<NotesIndex['conceptQueries']>;
      const touched: number[] = [];
      if (exact.length > 0) this.terms.bestInto(exact, TERM_BOOSTS, concept, touched, weights);
      // A loose ranking (the topics nearest a miss) reads a name the notes never use whole by its words: `캐시 무효화`
      // is no section, but 캐시 is the notes' nearest topic.
      if (loose && touched.length === 0 && c.alternatives.some((a) => a.length > 1)) {
        const vocab = this.analyzer.vocab;
        const words = [...new Set(c.alternatives.flatMap((a) => (a.length > 1 ? a : [])))]
          .filter((t) => vocab.has(t))
          .map((t) => [t]);
        this.terms.bestInto(
          words,
          TERM_BOOSTS,
          concept,
          touched,
          words.map(() => DERIVED_WEIGHT),
        );
      }
      if (titles.length > 0) {
        for (const [i, score] of this.ts.search(titles, BOOST)) {
          if (concept[i] === 0) touched.push(i);
          concept[i] = (concept[i] as number) + score;
        }
      }
      if (touched.length > 0 && !c.soft) found.push(c);
      if (touched.length === 0 && !c.soft) {
        hard--;
        // A common English word is a refinement wherever it stands; only a rarer word asks the rest to point.
        if (!c.weak) {
          if (c.everyday) forgiven++;
          else missing = true;
        }
      }
      const counts = !c.soft || /^\d+$/.test(c.words[0] ?? '');
      // A topic many sections hold tells less which one is asked about (BM25's own idf is per field: a word few
      // headings use but many bodies do still scored in full as a title word).
      const rarity = c.soft && !c.intent ? 1 : touched.length ** -RARITY;
      for (const i of touched) {
        const s = concept[i] as number;
        concept[i] = 0;
        if (seen[i] === 0) {
          seen[i] = 1;
          docs.push(i);
        }
        total[i] = (total[i] as number) + rarity * (c.soft ? s * (c.weight ?? SOFT_WEIGHT) : s);
        if (!c.soft) hardOf[i] = (hardOf[i] as number) + 1;
        if (counts) heldOf[i] = (heldOf[i] as number) + 1;
        if (c.soft && !c.intent && !c.light) softOf[i] = (softOf[i] as number) + 1;
      }
    }
    if (forgiven > 0 && !missing) {
      // The rest of the question must point at a few sections (two of its topics or numbers together there),
      // not at the notes' common words (`장고 모델 시그널`: 장고 and 모델 are everywhere in a Django chapter).
      let most = 0;
      let at = 0;
      // Two of the question's describing words together there count as one more topic held.
      const heldHere = (i: number) =>
        (heldOf[i] as number) + Math.floor((softOf[i] as number) / SOFT_PER_TOPIC);
      for (const i of docs) {
        const h = heldHere(i);
        if (h > most) [most, at] = [h, 0];
        if (h === most) at++;
      }
      // …or, none holding two, two of its words written in one line of a few of the best sections holding one
      // (`오래 걸리는 일은 나중에 뒤에서 처리하기`: the notes never say 나중, a line of 큐와 잡 says `오래 걸리는 작업`):
      // a question describes what a bullet says, and an absent topic's other words are rarely said together.
      if (most === 1) {
        const ones = docs
          .filter((i) => heldHere(i) === 1)
          .sort((a, b) => (total[b] as number) - (total[a] as number) || a - b)
          .slice(0, LINED_CANDIDATES);
        const asked = askedWords(
          concepts,
          queries,
          (c) => use(c) && !c.intent && (!c.light || c.negates === true),
        );
        const lined = ones.filter((i) => this.heldInOneLine(i, asked) >= 2).length;
        if (lined > 0) [most, at] = [2, lined];
      }
      // …or at one topic a heading names (`커버리지 몇 퍼센트면 되나요`: the notes never say 퍼센트).
      const headed = found.length === 1 && found[0]?.typed.some((w) => this.analyzer.isTitleWord(w));
      if ((most < 2 && !headed) || at > FORGIVING_SECTIONS) missing = true;
    }
    const cand: number[] = [];
    const candScore: number[] = [];
    // Sections holding every topic asked, with how many of the question's other words they hold.
    const whole = new Map<number, number>();
    // Only numbers are left of the topics (`404 403 같은 숫자 뜻`): a section holding two of them answers.
    // …or the question is two numbers and question words (`401이랑 403 뭐가 달라`): the numbers are what it asks.
    const numbers = concepts.filter((c) => use(c) && c.soft && /^\d+$/.test(c.words[0] ?? '')).length;
    const byNumbers = hard === 0 && (forgiven > 0 || numbers >= 2) && !missing;
    const answer = loose ? hard > 0 || docs.length > 0 : (hard > 0 || byNumbers) && !missing;
    for (const i of docs) {
      const t = total[i] as number;
      const h = hardOf[i] as number;
      const held = heldOf[i] as number;
      const softs = softOf[i] as number;
      softOf[i] = 0;
      total[i] = 0;
      hardOf[i] = 0;
      heldOf[i] = 0;
      seen[i] = 0;
      if (!answer || (h === 0 && !loose && !(byNumbers && held >= 2) && !(softs >= SOFT_PER_RANKED_TOPIC)))
        continue;
      cand.push(i);
      if (h === hard && hard > 0) whole.set(i, softs);
      // Sections that hold more of the topics asked about come first, whatever their soft words or a title
      // match of one topic add: each topic held multiplies the score.
      const ranked = Math.min(hard, h + Math.floor(softs / SOFT_PER_RANKED_TOPIC));
      candScore.push(t * COVER_GAIN ** (ranked - hard) * SOFT_GAIN ** softs);
    }
    const byScore = (a: { i: number; score: number }, b: { i: number; score: number }) =>
      b.score - a.score || a.i - b.i;
    // Only the top ten can be boosted below, and a boost raises a score at most 8 times, so everything scoring
    // under an eighth of the tenth best stays behind them: sort just the head unless the caller wants more.
    const head = Math.max(10, limit);
    let cut = Number.NEGATIVE_INFINITY;
    if (cand.length > head * 4) {
      const sorted = Float64Array.from(candScore).sort();
      cut = (sorted[sorted.length - head] as number) / 8;
    }
    const top: Array<{ i: number; score: number }> = [];
    cand.forEach((i, k) => {
      const score = candScore[k] as number;
      if (score >= cut) top.push({ i, score });
    });
    top.sort(byScore);
    const topics = concepts.filter((c) => use(c) && !c.soft);
    const intents = concepts.filter((c) => use(c) && c.intent);
    // Every spelling a topic was matched by, the other script's and typo fixes included.
    const spellings = concepts.flatMap((c, k) =>
      use(c) && !c.soft ? [[...c.alternatives, ...(queries[k]?.exact ?? [])].map((a) => a.join(''))] : [],
    );
    const qKey = toJamo(topics.map((c) => c.words.join('')).join(''));
    // Two or more adjacent topics that spell a whole title (`robots.txt로 막았는데 왜 검색에 주소가 나와요`): the
    // question names that section among its other words.
    const runs = new Set<string>();
    const inOrder = concepts.filter((c) => use(c) && !c.intent);
    for (let a = 0; a < inOrder.length; a++) {
      let run = '';
      for (let b = a; b < inOrder.length && b < a + 4 && !inOrder[b]?.soft; b++) {
        run += inOrder[b]?.words.join('') ?? '';
        if (b > a && b - a + 1 < topics.length) runs.add(titleKey(run));
      }
    }
    // …and with the question's other words, when a typo made a topic a verb (`통함 테스트` for 통합 테스트).
    const wordsKey = toJamo(
      concepts
        .filter((c) => use(c) && !c.intent && !c.light)
        .map((c) => c.words.join(''))
        .join(''),
    );
    // An initial-consonant question (`ㅊㄷ`) is the title as typed when the title's initials are all of it.
    const initials = topics.every((c) => c.choseong) ? topics.map((c) => c.choseong).join('') : '';
    // Adjacent topic words written together in a section (`서버 사이드 프로그래밍`, `event loop`).
    const phrases: string[] = [];
    for (let k = 0; k + 1 < topics.length; k++) {
      const a = topics[k]?.words.join('') ?? '';
      const b = topics[k + 1]?.words.join('') ?? '';
      if (a && b) phrases.push(isLatin(a) && isLatin(b) ? `${a} ${b}` : a + b);
    }
    for (const c of topics) {
      for (const alt of c.alternatives) if (alt.length > 1 && alt.every(isHangul)) phrases.push(alt.join(''));
    }
    // Words of the question written together in one line of a section (`퍼미숀 바꾸는 명령어`): students describe
    // what a bullet says, so the section with a line holding most of them is the one they paraphrase. The verbs of
    // doing and being (`하고`, `돼`) are in any line and join nothing; a negation (`없이`, `못 읽게`) does.
    const asked = askedWords(concepts, queries, (c) => use(c) && (!c.light || c.negates === true));
    if (asked.length >= 2) {
      for (const r of top.slice(0, 10)) {
        const most = this.heldInOneLine(r.i, asked);
        if (most >= 2) r.score *= LINE_GAIN ** (most - 1);
      }
    }
    const named = new Set<number>();
    const asTitled = new Set<number>();
    for (const r of top.slice(0, 10)) {
      if (phrases.length > 0) {
        const text = this.compactText(r.i);
        if (phrases.some((p) => text.includes(p.includes(' ') ? p.replace(/ /g, '') : p))) r.score *= 2;
      }
      // The section whose title names what was asked beats sections that merely mention it.
      const inTitle = this.titleTerms(r.i);
      // Named in the student's own words (비동기 → 동기와 비동기) counts more than through a translation (async).
      const namesAll = (own: boolean) =>
        topics.length > 0 &&
        topics.every((c) => {
          const mine = new Set([...c.forms, ...c.words]);
          return c.alternatives.some((a) => a.every((t) => inTitle.has(t) && (!own || mine.has(t))));
        });
      if (namesAll(false)) {
        r.score *= namesAll(true) ? 2 : 1.6;
        named.add(r.i);
        // …and a heading that also says what kind of answer was asked for (`충돌 해결 방법` for 어떻게 해요).
        if (intents.some((c) => c.alternatives.some((a) => a.every((t) => inTitle.has(t))))) r.score *= 2;
      }
      const keys = this.titleKeysOf(r.i);
      const spelled =
        (spellings.length === 1 && spellings[0]?.some((a) => keys.includes(a))) ||
        keys.some((k) => runs.has(k));
      if (
        spelled ||
        (initials !== '' && keys.some((k) => toChoseong(k) === initials)) ||
        [qKey, wordsKey].some((key) =>
          keys.some(
            (k) => editDistance(toJamo(k), key, Math.floor(key.length / 8)) <= Math.floor(key.length / 8),
          ),
        )
      ) {
        r.score *= 2;
        asTitled.add(r.i);
      }
    }
    // A heading with no text of its own answers only when its title is what was asked and none of its
    // sub-sections is named too (`5.4 환경 변수` lists its topics; `환경변수란` under it explains).
    const sections = this.knowledge.sections;
    for (const r of top.slice(0, 10)) {
      const s = sections[r.i];
      if (s?.body.trim() !== '') continue;
      const under = (o: number) => {
        const child = sections[o];
        if (this.groups[o] === r.i) return true;
        return child !== undefined && child.path.length > s.path.length && isWithin(child, s);
      };
      if (!asTitled.has(r.i)) r.score *= 0.5;
      else {
        // …but two bold lines of it named, none titled as asked, are its kinds (`긍정 전방탐색`, `부정 전방탐색`
        // under 전방탐색): the heading, which lists them, answers; a part's sections (`4.2 DOM`) still explain it.
        const parts = [...named].filter(under);
        const kinds =
          parts.length >= 2 && parts.every((o) => this.groups[o] === r.i) && ![...asTitled].some(under);
        if (parts.length > 0 && !kinds) r.score *= 0.25;
      }
      // A sub-section that holds every topic and more of the question's describing words answers it, not the list.
      const own = whole.get(r.i) ?? 0;
      for (const o of top.slice(0, 10)) {
        if (under(o.i) && (whole.get(o.i) ?? -1) > own) r.score = Math.min(r.score, o.score / 2);
      }
    }
    return top.sort(byScore).slice(0, limit);
  }

  // The most of the question's words (each through any of its spellings) that one line of a section holds.
  private heldInOneLine(i: number, asked: string[][][]): number {
    let most = 0;
    for (const line of this.lineTerms(i)) {
      const held = asked.filter((alts) => alts.some((a) => a.every((t) => line.has(t)))).length;
      if (held > most) most = held;
    }
    return most;
  }

  /**
   * A question the coverage rule calls absent may still paraphrase one line of the notes with a word of its own
   * (`n이 10만인데 이중 for문 돌려도 돼?`, `개수가 하나냐 여러 개냐에 따라 …`: a count, a colloquial ending or a name
   * the notes never write). When the best loose match has a line saying {@link PARAPHRASE_LINE} of the question's
   * describing words, that section is what it asks about; an absent topic's words are rarely said together.
   */
  private paraphrased(
    concepts: Concept[],
    queries: Array<ReturnType<NotesIndex['conceptQueries']>>,
    limit: number,
  ): Array<{ i: number; score: number }> {
    const asked = askedWords(
      concepts,
      queries,
      (c, k) => !c.intent && (!c.light || c.negates === true) && (queries[k]?.exact.length ?? 0) > 0,
    );
    // A question whose words the notes lack all describe (`카카오 계정으로 로그인 붙이기`: 붙이기), none a name they do
    // not cover, needs one word fewer in the line, when the section holds every topic of it the notes have.
    const described = this.describedOnly(concepts, queries);
    const needed = described ? PARAPHRASE_LINE - 1 : PARAPHRASE_LINE;
    if (asked.length < needed) return [];
    const loose = this.score(concepts, queries, () => true, true, limit);
    const first = loose[0];
    if (!first) return [];
    const held = this.heldInOneLine(first.i, asked);
    const answers =
      held >= PARAPHRASE_LINE || (held >= needed && this.holdsFound(first.i, concepts, queries));
    return answers ? loose : [];
  }

  // Every topic word of the question that the notes lack is a word of the dictionary.
  private describedOnly(concepts: Concept[], queries: Array<{ exact: string[][] }>): boolean {
    return concepts.every(
      (c, k) => c.soft || (queries[k]?.exact.length ?? 0) > 0 || c.words.every(dictionaryWord),
    );
  }

  // Whether a section holds every topic of the question that the notes have.
  private holdsFound(i: number, concepts: Concept[], queries: Array<{ exact: string[][] }>): boolean {
    const lines = this.lineTerms(i);
    return concepts.every((c, k) => {
      const exact = queries[k]?.exact ?? [];
      return c.soft || exact.length === 0 || lines.some((l) => exact.some((a) => a.every((t) => l.has(t))));
    });
  }

  private rank(
    query: string,
    loose: boolean,
    limit: number,
  ): Array<{ i: number; score: number; side?: number }> {
    const { parsed, queries } = this.analyse(query);
    const { concepts } = parsed;
    if (concepts.length === 0) return [];
    const all = this.score(concepts, queries, () => true, loose, limit);
    if (all.length === 0 && !loose) return this.paraphrased(concepts, queries, limit);
    const sides = [...new Set(concepts.filter((c) => !c.soft).map((c) => c.side))];
    if (!parsed.compare || sides.length < 2 || all.length === 0) return all;
    // A comparison answers with the best section of each side first, then the rest of the ranking.
    const out: Array<{ i: number; score: number; side?: number }> = [];
    for (const side of sides) {
      const best = this.score(concepts, queries, (c) => c.soft || c.side === side, false, 3).find(
        (r) => !out.some((o) => o.i === r.i),
      );
      if (best) out.push({ ...best, side });
    }
    if (out.length < 2) return all;
    out.sort((a, b) => b.score - a.score);
    for (const r of all) if (!out.some((o) => o.i === r.i)) out.push(r);
    return out.slice(0, limit);
  }

  /**
   * Sections that answer `query`, best first; `[]` when the notes do not cover it (every asked-about concept
   * must be found in a section, fuzzily at most), never a random closest section.
   */
  search(query: string, limit = 5): SearchHit[] {
    return this.rank(query, false, limit).flatMap(({ i, score, side }) => {
      const section = this.knowledge.sections[i];
      if (!section) return [];
      return [side === undefined ? { section, score } : { section, score, side }];
    });
  }

  /** Loose matches for the "not in the notes, but maybe you meant…" message. */
  closestTopics(query: string, limit = 3): Section[] {
    const hits = this.rank(query, true, limit);
    const sections = hits.flatMap(({ i }) => this.knowledge.sections[i] ?? []);
    return sections.length > 0 ? sections : this.suggester.suggest(query, limit);
  }

  /** Sections for autocomplete: title or path prefix, initial consonants, then typo-tolerant; fast. */
  suggest(prefix: string, limit = 25): Section[] {
    return this.suggester.suggest(prefix, limit);
  }

  /** The sections directly under `section` (what a heading with no text of its own contains). */
  subSections(section: Section): Section[] {
    const depth = section.path.length;
    const sections = this.knowledge.sections;
    const at = sections.indexOf(section);
    return sections.filter(
      (s, i) => (s.path.length === depth + 1 && isWithin(s, section)) || (at >= 0 && this.groups[i] === at),
    );
  }

  // Bold lines grouped under an empty heading (see boldGroups), for the first query that ranks one.
  private groupList?: Int32Array;
  private get groups(): Int32Array {
    this.groupList ??= boldGroups(this.knowledge.sections);
    return this.groupList;
  }

  /** Neighbouring sections: parent, children, siblings, then sections of glossary terms this one mentions. */
  related(section: Section, limit = 5): Section[] {
    const all = this.knowledge.sections;
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, k) => x === b[k]);
    const parentPath = section.path.slice(0, -1);
    const inFile = all.filter((s) => s.file === section.file && s.id !== section.id);
    const out: Section[] = [];
    const add = (s: Section | undefined) => {
      if (s && s.id !== section.id && !out.includes(s)) out.push(s);
    };
    add(inFile.find((s) => same(s.path, parentPath)));
    for (const s of inFile) {
      if (s.path.length === section.path.length + 1 && same(s.path.slice(0, -1), section.path)) add(s);
    }
    for (const s of inFile) if (same(s.path.slice(0, -1), parentPath)) add(s);
    const mine = new Set(this.titleKeysOf(all.indexOf(section)));
    for (const w of new Set(splitWords(section.body).map(stripParticle))) {
      if (out.length >= limit * 2) break;
      if (w.length < 2 || mine.has(w)) continue;
      const k = this.titled.value.get(w) ?? -1;
      if (k >= 0) add(all[k]);
    }
    return out.slice(0, limit);
  }
}
