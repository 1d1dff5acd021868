import SearchableMap from 'minisearch/SearchableMap';
import { SLICE, Stepwise } from './stepwise.ts';
import { TermIndex, TermIndexBuilder, type TermIndexJSON } from './term-index.ts';

/*
 * Typo and initial-consonant matching on titles: the jamo (`tj`) and choseong (`cho`) terms of every title,
 * scored like MiniSearch's fuzzy and prefix queries (same weights and quality factor) on a {@link TermIndex}.
 * A MiniSearch index here cost more to restore than all the other posting lists together (a Map per term),
 * while a radix tree of the bare terms, for `fuzzyGet`/`atPrefix`, is rebuilt in a few milliseconds — on first
 * use or in steps ({@link TitleIndex.warmSteps}), so a restart never pays for it.
 */

export const TITLE_FIELDS = ['tj', 'cho'] as const;
export type TitleField = (typeof TITLE_FIELDS)[number];

// MiniSearch's default weights of fuzzy and prefix matches relative to exact ones.
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;

/** One title query: a jamo term matched fuzzily on `tj`, or a choseong term matched as a prefix on `cho`. */
export interface TitleQuery {
  field: TitleField;
  term: string;
  fuzzy?: number;
  prefix?: boolean;
}

export class TitleIndex {
  private readonly trees: Array<Stepwise<SearchableMap<true>>>;
  private readonly scratch: Float64Array;

  constructor(private readonly index: TermIndex) {
    this.scratch = new Float64Array(index.size);
    this.trees = TITLE_FIELDS.map(
      (_, f) =>
        new Stepwise(function* () {
          const tree = new SearchableMap<true>();
          let n = 0;
          for (const t of index.fieldTerms(f)) {
            tree.set(t, true);
            if (++n % SLICE === 0) yield;
          }
          return tree;
        }),
    );
  }

  /** Builds the typo and prefix trees a slice at a time (one slice per step). */
  *warmSteps(): Generator<void> {
    for (const tree of this.trees) while (!tree.step()) yield;
  }

  static builder(): TermIndexBuilder<TitleField> {
    return new TermIndexBuilder<TitleField>(TITLE_FIELDS);
  }

  static fromJSON(json: TermIndexJSON): TitleIndex {
    return new TitleIndex(TermIndex.fromJSON(json));
  }

  toJSON(): TermIndexJSON {
    return this.index.toJSON();
  }

  /**
   * Scores like MiniSearch's `OR` of these queries with `boosts` per field: exact match weight 1, fuzzy matches
   * `0.45·len/(len+distance)`, prefix matches `0.375·len/(len+0.3·extra)`, times the number of distinct query
   * terms a section matched.
   */
  search(queries: TitleQuery[], boosts: Record<TitleField, number>): Map<number, number> {
    const total = new Map<number, { score: number; terms: Set<string> }>();
    const scratch = this.scratch;
    for (const q of queries) {
      const f = TITLE_FIELDS.indexOf(q.field);
      const boost = boosts[q.field];
      const touched: number[] = [];
      this.index.fieldInto(f, q.term, 1 * boost, scratch, touched);
      const tree = (this.trees[f] as Stepwise<SearchableMap<true>>).value;
      if (q.prefix) {
        for (const [term] of tree.atPrefix(q.term)) {
          const distance = term.length - q.term.length;
          if (!distance) continue;
          const weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance);
          this.index.fieldInto(f, term, weight * boost, scratch, touched);
        }
      } else if (q.fuzzy) {
        for (const [term, [, distance]] of tree.fuzzyGet(q.term, q.fuzzy)) {
          if (!distance) continue;
          const weight = (FUZZY_WEIGHT * term.length) / (term.length + distance);
          this.index.fieldInto(f, term, weight * boost, scratch, touched);
        }
      }
      for (const doc of touched) {
        const s = scratch[doc] as number;
        scratch[doc] = 0;
        const t = total.get(doc);
        if (t) {
          t.score += s;
          t.terms.add(q.term);
        } else total.set(doc, { score: s, terms: new Set([q.term]) });
      }
    }
    const out = new Map<number, number>();
    for (const [doc, t] of total) out.set(doc, t.score * t.terms.size);
    return out;
  }
}
