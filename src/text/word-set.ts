/**
 * A fixed set of words held as one string and one typed array, for the dictionaries read at start (the
 * lexicon's 68,000 Korean words, 38,000 English ones): a `Set` of them kept each word as a string of its own
 * plus a hash table entry, ~50 bytes a word, 4.9 MB of a live heap that V8 lets grow to twice its size before it
 * collects (`src/heap-growth.ts`); here a word costs its characters, a separator and a slot or two of 4 bytes.
 * Membership only: nothing iterates a dictionary.
 */
export class WordSet {
  /** The words, each followed by a line feed (no word holds one). */
  private readonly text: string;
  /** Open addressing by a hash of the word: where its word starts in `text`, plus one; 0 for an empty slot. */
  private readonly slots: Int32Array;
  readonly size: number;

  constructor(words: Iterable<string>) {
    const unique: string[] = [];
    const list = [...words];
    let capacity = 8;
    while (capacity < (list.length * 4) / 3) capacity *= 2;
    // Filled with word numbers first, turned into offsets once the text is joined.
    const slots = new Int32Array(capacity);
    for (const word of list) {
      if (word.includes('\n')) throw new Error(`a word set holds no line feed: ${JSON.stringify(word)}`);
      for (let at = hash(word) & (capacity - 1); ; at = (at + 1) & (capacity - 1)) {
        const n = slots[at] as number;
        if (n === 0) {
          unique.push(word);
          slots[at] = unique.length;
          break;
        }
        if (unique[n - 1] === word) break;
      }
    }
    const starts = new Int32Array(unique.length);
    let offset = 0;
    unique.forEach((w, k) => {
      starts[k] = offset;
      offset += w.length + 1;
    });
    for (let at = 0; at < capacity; at++) {
      const n = slots[at] as number;
      if (n !== 0) slots[at] = (starts[n - 1] as number) + 1;
    }
    this.text = unique.length === 0 ? '' : `${unique.join('\n')}\n`;
    this.slots = slots;
    this.size = unique.length;
  }

  /** The words of `text`, one a line (blank lines are no words). */
  static ofLines(text: string): WordSet {
    return new WordSet(text.split('\n').filter((w) => w.length > 0));
  }

  has(word: string): boolean {
    const { slots, text } = this;
    const mask = slots.length - 1;
    const length = word.length;
    for (let at = hash(word) & mask; ; at = (at + 1) & mask) {
      const start = (slots[at] as number) - 1;
      if (start < 0) return false;
      if (text.charCodeAt(start + length) !== LF) continue;
      let k = 0;
      // A line feed in `word` never equals one in `text`: a word cannot match across two words.
      while (k < length && text.charCodeAt(start + k) === word.charCodeAt(k) && word.charCodeAt(k) !== LF)
        k++;
      if (k === length) return true;
    }
  }
}

const LF = 10;

// FNV-1a over UTF-16 code units, its high bits folded in for the table's low bits.
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
