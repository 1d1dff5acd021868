/**
 * A pure function remembered for the keys it has seen: the same words and names come back thousands of times
 * while notes are indexed and questions built. The memory is dropped and starts again at `limit` entries or
 * at {@link MEMO_BYTES} of keys and values, whichever comes first, so a long-running bot fed arbitrary queries
 * never grows without bound: bounded by entries alone, 200,000 unique 200-character autocompletes kept ~300 MB
 * alive. A string key longer than `maxKey` is not remembered at all: user text that long is unique.
 */
export function memoize<K, V>(fn: (key: K) => V, limit: number, { maxKey = 256 } = {}): (key: K) => V {
  const seen = new Map<K, V>();
  let bytes = 0;
  return (key) => {
    const hit = seen.get(key);
    if (hit !== undefined || seen.has(key)) return hit as V;
    const value = fn(key);
    if (typeof key === 'string' && key.length > maxKey) return value;
    const size = sizeOf(key) + sizeOf(value) + 64;
    if (seen.size > limit || bytes + size > MEMO_BYTES) {
      seen.clear();
      bytes = 0;
    }
    seen.set(key, value);
    bytes += size;
    return value;
  };
}

/** The byte budget of each memo: the notes' own words fit many times over. */
export const MEMO_BYTES = 8 * 1024 * 1024;

// Strings are two bytes a character; an array of strings its strings; anything else a small object.
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return 2 * value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + sizeOf(v), 16);
  return 32;
}
