/*
 * The exact-term part of the index: an inverted index over the `title`, `path` and `body` fields scored with
 * the same BM25+ as MiniSearch (same formula, parameters, field boosts and "matched query terms" quality
 * factor), so ranking is unchanged. MiniSearch keeps every posting in a radix tree of Maps, built one term at a
 * time; at 10,000 sections that was most of the build and of the cache restore, and its per-result objects
 * were most of the query time. Exact terms need neither the tree nor the objects: a hash map of posting
 * arrays builds, saves and restores in a fraction of the time. Fuzzy and prefix matching stay with MiniSearch
 * on the small title jamo/choseong index.
 */

/** Terms restored per step: a few milliseconds of hash-map inserts. */
const RESTORE_SLICE = 10_000;

/** Field order of the postings and of the field boosts. */
export const TERM_FIELDS = ['title', 'path', 'body'] as const;
export type TermField = (typeof TERM_FIELDS)[number];

// MiniSearch's defaults, so scores match what the labelled queries were tuned on.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Serialised form: per field, its terms and the {@link Field} arrays as base64 bytes. Bytes, not numbers:
 * JSON.parse of 600,000 numbers was most of a restart, and a base64 string decodes natively.
 */
export interface TermIndexJSON {
  n: number;
  avg: number[];
  lengths: number[][];
  fields: Array<{ terms: string[]; starts: string; docs: string; tfs?: string }>;
}

/**
 * One field's postings, pooled: term `t`'s documents are `docs[starts[t]…starts[t + 1])`, ascending, with
 * their term frequencies at the same places in `tfs` (absent when every one is 1: bodies are indexed with
 * unique terms). A typed array per term cost ~300 bytes of headers for a few postings, most of a server's
 * index, and as many allocations per build.
 */
interface Field {
  slots: Map<string, number>;
  starts: Int32Array;
  docs: Int32Array;
  tfs?: Uint16Array;
}

const toBase64 = (a: Int32Array | Uint16Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

// A copy, so the array owns aligned memory rather than a view into a pooled Buffer.
function fromBase64<T extends Int32Array | Uint16Array>(text: string, make: (n: number) => T): T {
  const bytes = Buffer.from(text, 'base64');
  const out = make(bytes.byteLength / make(0).BYTES_PER_ELEMENT);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Collects the terms of documents added in id order, then freezes into a {@link TermIndex}. */
export class TermIndexBuilder<F extends string = TermField> {
  private readonly postings: Array<Map<string, number[]>>;
  private readonly lengths: number[][];
  private readonly avg: number[];
  private n = 0;

  constructor(private readonly names: readonly F[] = TERM_FIELDS as unknown as readonly F[]) {
    this.postings = names.map(() => new Map<string, number[]>());
    this.lengths = names.map(() => []);
    this.avg = names.map(() => 0);
  }

  /** Adds the next document (ids are 0, 1, 2… in call order); terms may repeat, `''` is skipped. */
  add(fields: Record<F, string[]>): void {
    const doc = this.n;
    this.names.forEach((name, f) => {
      const terms = fields[name];
      // MiniSearch's field length: unique tokens of the space-joined field, where an empty field is one token.
      const length = terms.length === 0 ? 1 : new Set(terms).size;
      (this.lengths[f] as number[])[doc] = length;
      // Running average computed exactly as MiniSearch does, so scores stay bit-identical.
      this.avg[f] = ((this.avg[f] ?? 0) * doc + length) / (doc + 1);
      const map = this.postings[f] as Map<string, number[]>;
      for (const t of terms) {
        if (!t) continue;
        const list = map.get(t);
        if (list) list.push(doc);
        else map.set(t, [doc]);
      }
    });
    this.n++;
  }

  build(): TermIndex {
    const fields = this.postings.map((map): Field => {
      // `docs` is ascending with repeats for tf > 1.
      let unique = 0;
      let repeated = false;
      for (const docs of map.values()) {
        for (let k = 0; k < docs.length; k++) {
          if (k === 0 || docs[k] !== docs[k - 1]) unique++;
          else repeated = true;
        }
      }
      const slots = new Map<string, number>();
      const starts = new Int32Array(map.size + 1);
      const out = new Int32Array(unique);
      const tfs = repeated ? new Uint16Array(unique) : undefined;
      let u = 0;
      for (const [t, docs] of map) {
        starts[slots.size] = u;
        slots.set(t, slots.size);
        for (let k = 0; k < docs.length; k++) {
          if (k > 0 && docs[k] === docs[k - 1]) {
            if (tfs) tfs[u - 1] = (tfs[u - 1] as number) + 1;
            continue;
          }
          out[u] = docs[k] as number;
          if (tfs) tfs[u] = 1;
          u++;
        }
      }
      starts[slots.size] = u;
      return tfs ? { slots, starts, docs: out, tfs } : { slots, starts, docs: out };
    });
    return new TermIndex(
      this.n,
      [...this.avg],
      this.lengths.map((l) => Int32Array.from(l)),
      fields,
    );
  }
}

/** Exact-term BM25+ search over the three text fields; see the file comment. */
export class TermIndex {
  private score: Float64Array;
  private mask: Int32Array;
  private alt: Float64Array;
  private alt2: Float64Array;
  /** Per field and document, BM25's length normalisation `k·(1 − b + b·len/avg)`, computed once. */
  private readonly norms: Float64Array[];

  constructor(
    readonly size: number,
    private readonly avg: number[],
    private readonly lengths: Int32Array[],
    private readonly fields: Field[],
  ) {
    this.score = new Float64Array(size);
    this.mask = new Int32Array(size);
    this.alt = new Float64Array(size);
    this.alt2 = new Float64Array(size);
    this.norms = lengths.map((l, f) => {
      const mean = avg[f] ?? 1;
      return Float64Array.from(l, (len) => BM25.k * (1 - BM25.b + (BM25.b * len) / mean));
    });
  }

  static fromJSON(json: TermIndexJSON): TermIndex {
    const steps = TermIndex.restoreSteps(json);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /** {@link TermIndex.fromJSON} in steps of 10,000 terms, for a reload restoring it between requests. */
  static *restoreSteps(json: TermIndexJSON): Generator<void, TermIndex> {
    const fields: Field[] = [];
    for (const f of json.fields) {
      const slots = new Map<string, number>();
      for (let k = 0; k < f.terms.length; k++) {
        slots.set(f.terms[k] as string, k);
        if ((k + 1) % RESTORE_SLICE === 0) yield;
      }
      const starts = fromBase64(f.starts, (n) => new Int32Array(n));
      const docs = fromBase64(f.docs, (n) => new Int32Array(n));
      const tfs = f.tfs === undefined ? undefined : fromBase64(f.tfs, (n) => new Uint16Array(n));
      if (starts.length !== slots.size + 1 || (starts.at(-1) ?? -1) !== docs.length)
        throw new Error('term index cache: postings do not match the terms');
      fields.push(tfs ? { slots, starts, docs, tfs } : { slots, starts, docs });
      yield;
    }
    const lengths = json.lengths.map((l) => Int32Array.from(l));
    yield;
    return new TermIndex(json.n, json.avg, lengths, fields);
  }

  toJSON(): TermIndexJSON {
    return {
      n: this.size,
      avg: this.avg,
      lengths: this.lengths.map((l) => Array.from(l)),
      fields: this.fields.map((f) => ({
        terms: [...f.slots.keys()],
        starts: toBase64(f.starts),
        docs: toBase64(f.docs),
        ...(f.tfs ? { tfs: toBase64(f.tfs) } : {}),
      })),
    };
  }

  /** True when a field (by default title or body, the notes' own vocabulary) has the term. */
  has(term: string, fields: readonly number[] = [0, 2]): boolean {
    return fields.some((f) => this.fields[f]?.slots.has(term));
  }

  /** True when a title has the term. */
  inTitle(term: string): boolean {
    return this.fields[0]?.slots.has(term) ?? false;
  }

  /** Terms of field `f`, for building fuzzy/prefix lookups over them. */
  fieldTerms(f: number): IterableIterator<string> {
    return (this.fields[f]?.slots ?? new Map<string, number>()).keys();
  }

  /** Adds the BM25+ score of one term, summed over fields in order, into `into` (touching `touched`). */
  private termInto(term: string, boosts: readonly number[], into: Float64Array, touched: number[]): void {
    for (let f = 0; f < this.fields.length; f++) this.fieldInto(f, term, boosts[f] ?? 1, into, touched);
  }

  /**
   * Adds `weight ×` the BM25+ score of one term in one field to `into`; `weight` is MiniSearch's
   * `termWeight × fieldBoost` (computed by the caller in that order, so sums match to the last bit).
   */
  fieldInto(f: number, term: string, weight: number, into: Float64Array, touched: number[]): void {
    const field = this.fields[f];
    const slot = field?.slots.get(term);
    if (field === undefined || slot === undefined) return;
    const { docs, tfs } = field;
    const from = field.starts[slot] as number;
    const to = field.starts[slot + 1] as number;
    const boost = weight;
    const norms = this.norms[f] as Float64Array;
    const matching = to - from;
    const idf = Math.log(1 + (this.size - matching + 0.5) / (matching + 0.5));
    for (let u = from; u < to; u++) {
      const doc = docs[u] as number;
      const tf = tfs ? (tfs[u] as number) : 1;
      // The same operations, in the same order, as MiniSearch's calcBM25Score: bit-identical scores.
      const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + (norms[doc] as number)));
      if (into[doc] === 0) touched.push(doc);
      into[doc] = (into[doc] as number) + boost * raw;
    }
  }

  /**
   * Adds to `into[doc]` the score MiniSearch gives the query `OR(alternative = AND(term…))` to every document
   * containing every term of at least one alternative: summed BM25+ of the matched alternatives times the
   * number of distinct query terms matched. Documents whose `into` entry was 0 are pushed onto `touched`, so
   * callers accumulate in reusable arrays instead of allocating a Map per query (common terms match
   * thousands of sections).
   */
  searchInto(
    alternatives: string[][],
    boosts: readonly number[],
    into: Float64Array,
    touched: number[],
  ): void {
    const bits = new Map<string, number>();
    // Distinct terms get one bit each; past 31 they share the last bit, which only lowers the quality factor of
    // absurdly long concepts.
    const bit = (t: string) => {
      let b = bits.get(t);
      if (b === undefined) {
        b = 1 << Math.min(bits.size, 30);
        bits.set(t, b);
      }
      return b;
    };
    const mine: number[] = [];
    const add = (doc: number, s: number, m: number) => {
      if (this.mask[doc] === 0) mine.push(doc);
      this.score[doc] = (this.score[doc] as number) + s;
      this.mask[doc] = (this.mask[doc] as number) | m;
    };
    for (const alt of alternatives) {
      if (alt.length === 1) {
        const t = alt[0] as string;
        const altTouched: number[] = [];
        this.termInto(t, boosts, this.alt, altTouched);
        const b = altTouched.length > 0 ? bit(t) : 0;
        for (const doc of altTouched) {
          add(doc, this.alt[doc] as number, b);
          this.alt[doc] = 0;
        }
        continue;
      }
      const cur = this.allInto(alt, boosts);
      if (cur.length === 0) continue;
      let m = 0;
      for (const t of alt) m |= bit(t);
      for (const doc of cur) {
        add(doc, this.alt[doc] as number, m);
        this.alt[doc] = 0;
      }
    }
    for (const doc of mine) {
      let q = 0;
      for (let v = this.mask[doc] as number; v !== 0; v &= v - 1) q++;
      if (into[doc] === 0) touched.push(doc);
      into[doc] = (into[doc] as number) + (this.score[doc] as number) * q;
      this.score[doc] = 0;
      this.mask[doc] = 0;
    }
  }

  /**
   * Documents holding every term of `alt`, their summed scores left in the `alt` scratch array (the caller
   * zeroes it): MiniSearch's AND combinator, summing in term order, in scratch arrays rather than a Map per term.
   */
  private allInto(alt: string[], boosts: readonly number[]): number[] {
    let cur: number[] = [];
    alt.forEach((t, k) => {
      if (k > 0 && cur.length === 0) return;
      if (k === 0) {
        this.termInto(t, boosts, this.alt, cur);
        return;
      }
      const next: number[] = [];
      const mine2: number[] = [];
      this.termInto(t, boosts, this.alt2, mine2);
      for (const doc of cur) {
        const s2 = this.alt2[doc] as number;
        if (s2 > 0) {
          this.alt[doc] = (this.alt[doc] as number) + s2;
          next.push(doc);
        } else this.alt[doc] = 0;
      }
      for (const doc of mine2) this.alt2[doc] = 0;
      cur = next;
    });
    return cur;
  }

  /**
   * Adds to `into[doc]` the score of the best-matching alternative (each an AND of its terms, times its weight,
   * 1 by default) of one concept.
   * Unlike {@link searchInto}, spellings of one concept do not add up: a body that writes a name and its
   * expansion (`CDN(Content Delivery Network)`) must not outscore the section titled by the name.
   */
  bestInto(
    alternatives: string[][],
    boosts: readonly number[],
    into: Float64Array,
    touched: number[],
    weights?: readonly number[],
  ): void {
    const best = this.score;
    const mine: number[] = [];
    for (const [k, alt] of alternatives.entries()) {
      const cur = this.allInto(alt, boosts);
      const w = weights?.[k] ?? 1;
      for (const doc of cur) {
        const v = (this.alt[doc] as number) * w;
        this.alt[doc] = 0;
        if (best[doc] === 0) mine.push(doc);
        if (v > (best[doc] as number)) best[doc] = v;
      }
    }
    for (const doc of mine) {
      if (into[doc] === 0) touched.push(doc);
      into[doc] = (into[doc] as number) + (best[doc] as number);
      best[doc] = 0;
    }
  }

  /** {@link searchInto} as a Map, best first, ties by document id (for tests and small callers). */
  search(alternatives: string[][], boosts: readonly number[]): Map<number, number> {
    const into = new Float64Array(this.size);
    const touched: number[] = [];
    this.searchInto(alternatives, boosts, into, touched);
    const out = touched.map((doc) => [doc, into[doc] as number] as [number, number]);
    out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return new Map(out);
  }
}
