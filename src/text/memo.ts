/**
 * A pure function remembered for the keys it has seen: the same words and names come back thousands of times
 * while notes are indexed and questions built. At `limit` entries the memory is dropped and starts again, so a
 * long-running bot fed arbitrary queries never grows without bound.
 */
export function memoize<K, V>(fn: (key: K) => V, limit: number): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    if (seen.has(key)) return seen.get(key) as V;
    const value = fn(key);
    if (seen.size > limit) seen.clear();
    seen.set(key, value);
    return value;
  };
}
