// Two rows reused by every call: a server's notes are indexed with tens of thousands of comparisons, and two
// arrays allocated per comparison were most of their time.
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/** Bounded Levenshtein distance; returns `max + 1` as soon as the distance is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (prev.length <= n) {
    prev = new Int32Array(2 * n + 2);
    cur = new Int32Array(2 * n + 2);
  }
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1),
      );
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
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
