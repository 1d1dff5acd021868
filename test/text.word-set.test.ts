import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { WordSet } from '../src/text/word-set.ts';

describe('WordSet', () => {
  it('holds exactly its words, not their prefixes, suffixes or two words run together', () => {
    const words = new WordSet(['저장', '저장소', 'cache', 'a', 'b', '']);
    for (const w of ['저장', '저장소', 'cache', 'a', 'b', '']) expect(words.has(w), w).toBe(true);
    for (const w of ['저', '장소', '저장소는', 'cach', 'caches', 'A', 'ab', 'a\nb', 'b\n', '\n'])
      expect(words.has(w), JSON.stringify(w)).toBe(false);
  });

  it('counts a repeated word once and answers as a Set of the same words does', () => {
    const list = Array.from({ length: 5000 }, (_, k) => `단어${(k * 7919) % 3001}`);
    const words = new WordSet(list);
    const set = new Set(list);
    expect(words.size).toBe(set.size);
    const probes = Array.from({ length: 6000 }, (_, k) => `단어${k}`);
    expect(probes.map((w) => words.has(w))).toEqual(probes.map((w) => set.has(w)));
  });

  it('reads one word a line, skipping blank lines', () => {
    const words = WordSet.ofLines('가\n\n나다\n');
    expect(words.size).toBe(2);
    expect([words.has('가'), words.has('나다'), words.has('')]).toEqual([true, true, false]);
  });

  it('refuses a word holding a line feed, which its text uses to end each word', () => {
    expect(() => new WordSet(['a\nb'])).toThrow(/line feed/);
  });

  it("holds the lexicon's dictionary words", () => {
    const { nouns, verbs, adjectives, adverbs, hadaNouns } = lexicon();
    expect([nouns.has('저장'), hadaNouns.has('저장'), verbs.has('바꾸'), adjectives.has('좋')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([nouns.has('바꾸'), adverbs.has('저장')]).toEqual([false, false]);
  });
});
