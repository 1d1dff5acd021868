import { describe, expect, it } from 'vitest';
import { NotesIndex } from '../src/search/index.ts';
import { boundQuery, MAX_QUERY_WORDS } from '../src/search/query-bound.ts';
import { realKnowledge } from './support/notes.ts';

describe('the words a search works on', () => {
  it('are each word once, in order, at most MAX_QUERY_WORDS of them, in a query longer than that', () => {
    expect(boundQuery(Array(2000).fill('도메인').join(' '))).toBe('도메인');
    const long = `DNS 도메인 dns 도메인 주소 ${Array(60).fill('주소').join(' ')}`;
    expect(boundQuery(long)).toBe('DNS 도메인 주소');
    expect(boundQuery('DNS 도메인 dns 도메인 주소')).toBe('DNS 도메인 dns 도메인 주소');
    const many = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
    expect(boundQuery(many).split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(boundQuery('도메인 주소가 뭐야?')).toBe('도메인 주소가 뭐야?');
  });

  it('answer a word repeated 2,000 times as the word once', () => {
    const index = NotesIndex.build(realKnowledge());
    const once = index.search('도메인 주소').map((h) => h.section.id);
    expect(once.length).toBeGreaterThan(0);
    expect(index.search(Array(2000).fill('도메인 주소').join(' ')).map((h) => h.section.id)).toEqual(once);
  });
});
