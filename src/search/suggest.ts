import type { Section } from '../knowledge/types.ts';
import { editDistance } from '../text/edit-distance.ts';
import { isChoseongQuery, normalizeText, toChoseong, toJamo } from '../text/korean.ts';

interface Key {
  key: string;
  i: number;
  /** 0 when the key is the start of the title, 1 for a later word or the path, so title starts rank first. */
  rank: number;
}

function lowerBound(keys: Key[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid]?.key ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SECTIONS_PER_STEP = 500;
const KEYS_PER_STEP = 5000;

const byKey = (a: Key, b: Key) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank);

// The order of a stable sort by key (ties keep their order), in steps: runs sorted one per step, then merged
// pairwise, one merge per step, the left run first on ties.
function* sortInSteps(keys: Key[]): Generator<void, Key[]> {
  let runs: Key[][] = [];
  for (let k = 0; k < keys.length; k += KEYS_PER_STEP) {
    runs.push(keys.slice(k, k + KEYS_PER_STEP).sort(byKey));
    yield;
  }
  while (runs.length > 1) {
    const next: Key[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r] as Key[];
      const b = runs[r + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out: Key[] = [];
      let x = 0;
      let y = 0;
      while (x < a.length && y < b.length)
        out.push(byKey(b[y] as Key, a[x] as Key) < 0 ? (b[y++] as Key) : (a[x++] as Key));
      while (x < a.length) out.push(a[x++] as Key);
      while (y < b.length) out.push(b[y++] as Key);
      next.push(out);
      yield;
    }
    runs = next;
  }
  return runs[0] ?? [];
}

function compact(text: string): string {
  return normalizeText(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * Autocomplete over section titles: sorted jamo and choseong keys for every word start of the title and path,
 * so a prefix lookup is a binary search (`로드밸ㄹ`, `ㄹㄷㅂ`, `서버` all work) with a small typo fallback.
 */
export class SuggestIndex {
  private jamo: Key[] = [];
  private cho: Key[] = [];
  private readonly titles: string[] = [];

  private constructor(private readonly sections: Section[]) {}

  /**
   * `otherNames(i)` are more names of section i, such as the glossary names of its title (`load balancer` for
   * `로드밸런서`), so that typing the English or the other spelling also completes to the section. Built a
   * slice of sections per step, then sorted in slices merged in steps (10,000 sections took 0.35 s at once).
   */
  static *build(
    sections: Section[],
    otherNames: (i: number) => readonly string[] | undefined = () => undefined,
  ): Generator<void, SuggestIndex> {
    const index = new SuggestIndex(sections);
    for (let i = 0; i < sections.length; i++) {
      index.add(i, otherNames(i));
      if ((i + 1) % SECTIONS_PER_STEP === 0) yield;
    }
    index.jamo = yield* sortInSteps(index.jamo);
    index.cho = yield* sortInSteps(index.cho);
    return index;
  }

  private add(i: number, otherNames: readonly string[] | undefined): void {
    const s = this.sections[i] as Section;
    this.titles.push(toJamo(compact(s.title)));
    const names = [s.title, ...s.aliases, ...(otherNames ?? [])];
    names.forEach((name, n) => {
      const words = normalizeText(name)
        .split(/[\s\p{P}\p{S}]+/u)
        .filter(Boolean);
      for (let w = 0; w < words.length; w++) {
        const rest = words.slice(w).join('');
        const rank = n === 0 && (w === 0 || /^\d+$/.test(words[0] ?? '')) ? 0 : 1;
        this.jamo.push({ key: toJamo(rest), i, rank });
        const c = toChoseong(rest);
        if (c.length > 0) this.cho.push({ key: c, i, rank });
      }
    });
    this.jamo.push({ key: toJamo(compact(s.path.join(' '))), i, rank: 2 });
  }

  private collect(keys: Key[], prefix: string, found: Map<number, number>, cap: number) {
    for (let k = lowerBound(keys, prefix); k < keys.length && found.size < cap; k++) {
      const e = keys[k];
      if (!e?.key.startsWith(prefix)) break;
      const prev = found.get(e.i);
      if (prev === undefined || e.rank < prev) found.set(e.i, e.rank);
    }
  }

  /** Sections whose title (or a later word of it, or the path) starts with `prefix`; empty → first sections. */
  suggest(prefix: string, limit = 25): Section[] {
    const p = compact(prefix);
    if (p.length === 0) return this.sections.slice(0, limit);
    const found = new Map<number, number>();
    const cap = limit * 4;
    if (isChoseongQuery(p)) this.collect(this.cho, p, found, cap);
    const jp = toJamo(p);
    this.collect(this.jamo, jp, found, cap);
    if (found.size === 0 && jp.length >= 4) {
      // Typo fallback: compare with the same-length start of every title (titles are short and few).
      const max = jp.length >= 9 ? 2 : 1;
      for (let i = 0; i < this.titles.length && found.size < cap; i++) {
        const t = this.titles[i] ?? '';
        if (found.has(i) || t[0] !== jp[0]) continue;
        for (let len = jp.length - 1; len <= jp.length + 1; len++) {
          if (editDistance(t.slice(0, len), jp, max) <= max) {
            found.set(i, 3);
            break;
          }
        }
      }
    }
    return [...found]
      .sort(
        (a, b) =>
          a[1] - b[1] ||
          (this.sections[a[0]]?.path.length ?? 0) - (this.sections[b[0]]?.path.length ?? 0) ||
          a[0] - b[0],
      )
      .slice(0, limit)
      .flatMap(([i]) => this.sections[i] ?? []);
  }
}
