/**
 * The glossary's typo lookups skip their tree walk for a word near no name (a filter decides that without the
 * tree): they must still find every name within one edit of a word of up to nine jamo, and two of a longer
 * one, exactly as comparing the word with each name does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GlossaryIndex, phraseTokens } from '../src/search/glossary-index.ts';
import { editDistance } from '../src/text/edit-distance.ts';
import { toJamo } from '../src/text/korean.ts';

// Few syllables, a jamo or two apart, so generated words fall within one or two edits of many names; none is a
// particle or a verb ending the index would strip from a name.
const syllables = ['캐', '캣', '쉬', '시', '버', '벌', '런', '렌', '밸', '벨', '랜', '란', '트', '크'];
const word = fc.array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 7 }).map((s) => s.join(''));
// A name with a syllable or two replaced, put in or left out: a jamo or more off it, anywhere in it.
const typo = (names: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...names),
      fc.array(
        fc.tuple(fc.nat(), fc.constantFrom(...syllables), fc.constantFrom('replace', 'insert', 'drop')),
        {
          minLength: 1,
          maxLength: 2,
        },
      ),
    )
    .map(([name, edits]) => {
      const letters = [...name];
      for (const [at, s, how] of edits)
        letters.splice(at % letters.length, how === 'insert' ? 0 : 1, ...(how === 'drop' ? [] : [s]));
      return letters.join('');
    });

describe('GlossaryIndex typo lookups', () => {
  it('find the names within one edit (up to nine jamo) or two (longer), as comparing each name does', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(word, { minLength: 1, maxLength: 40 })
          .chain((names) =>
            fc.tuple(fc.constant(names), fc.array(fc.oneof(word, typo(names)), { maxLength: 60 })),
          ),
        ([names, words]) => {
          const glossary = GlossaryIndex.for(names.map((n) => ({ names: [n] })));
          const keys = names.flatMap((n, id) => {
            const tokens = phraseTokens(n);
            return tokens.length === 1 && (tokens[0] ?? '').length >= 4
              ? [{ id, jamo: toJamo(tokens[0] ?? '') }]
              : [];
          });
          for (const w of [...words, ...names]) {
            const j = toJamo(w);
            const max = j.length > 9 ? 2 : 1;
            const near = keys.filter((k) => editDistance(j, k.jamo, max) <= max);
            const expected = j.length < 5 ? [] : near.filter((k) => k.jamo[0] === j[0]).map((k) => k.id);
            expect(glossary.fuzzyLookup(w).sort((a, b) => a - b)).toEqual(
              [...new Set(expected)].sort((a, b) => a - b),
            );
            if (!glossary.koreanWords.has(w) && w.length >= 3)
              expect(glossary.correctKorean(w) !== undefined, w).toBe(near.length > 0);
          }
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
