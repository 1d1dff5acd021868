// Two rows reused by every call: a server's notes are indexed with tens of thousands of comparisons, and two
// arrays allocated per comparison were most of their time.
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/** Bounded Levenshtein distance: the distance when it is at most `max`, else `max + 1` (as soon as that is known). */
export function editDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  const n = b.length;
  if (prev.length <= n + 1) {
    prev = new Int32Array(2 * n + 2);
    cur = new Int32Array(2 * n + 2);
  }
  // Only cells within `max` of the diagonal can hold a distance of at most `max` (every step off it costs an
  // edit): each row computes those alone, and the cells beside them count as `over`.
  for (let j = 0; j <= n; j++) prev[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(i - max, 1);
    const hi = Math.min(i + max, n);
    let rowMin = lo === 1 && i < over ? i : over;
    cur[lo - 1] = rowMin;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      if (del < v) v = del;
      const ins = (cur[j - 1] as number) + 1;
      if (ins < v) v = ins;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = over;
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
  }
  return prev[n] as number;
}

/** True when swapping two neighbouring characters of `a` gives `b` (`Javascirpt`, `Sprnig`): one slip. */
export function transposed(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
