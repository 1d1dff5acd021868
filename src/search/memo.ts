/**
 * A memo bounded by the bytes of its keys and values (UTF-16, two bytes a character), not by its entry
 * count: 200,000 entries of short note words are 10 MB, of 200-character autocomplete values 300 MB. It
 * empties itself when full (the hot entries, the notes' own words, come back within a few queries), and
 * keeps no key longer than `maxKey` (256 characters unless told): user text that long is unique, and only
 * holds memory.
 */
export class Memo<V> {
  readonly #map = new Map<string, V>();
  #bytes = 0;

  constructor(
    private readonly maxBytes: number,
    /** Characters a value holds besides its key (a string's length by default). */
    private readonly charsOf: (value: V) => number = (v) => (typeof v === 'string' ? v.length : 16),
    private readonly maxKey = 256,
  ) {}

  get(key: string): V | undefined {
    return this.#map.get(key);
  }

  set(key: string, value: V): void {
    if (key.length > this.maxKey || this.#map.has(key)) return;
    const bytes = 2 * (key.length + this.charsOf(value)) + 64;
    if (this.#bytes + bytes > this.maxBytes) this.clear();
    this.#map.set(key, value);
    this.#bytes += bytes;
  }

  clear(): void {
    this.#map.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#map.size;
  }
}

/** The byte budget of each word memo: the notes' own words fit many times over. */
export const WORD_MEMO_BYTES = 8 * 1024 * 1024;
