/**
 * The query a search works on: when it has more words than {@link MAX_QUERY_WORDS}, each whitespace-separated
 * word once (first occurrence, in order) and at most that many of them. Every word costs its own analysis and lookups, so a word repeated
 * 2,000 times cost 460 ms at 10,000 sections where the word once cost a millisecond; repeating a word adds
 * nothing to what is asked, and no question has more distinct words than this.
 */
export const MAX_QUERY_WORDS = 48;

export function boundQuery(query: string): string {
  const words = query.split(/\s+/).filter(Boolean);
  // A question's own repeats may weigh (`GET … get`): only a query longer than any question is reduced.
  if (words.length <= MAX_QUERY_WORDS) return query;
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const word of words) {
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(word);
    if (kept.length === MAX_QUERY_WORDS) break;
  }
  return kept.length === words.length ? query : kept.join(' ');
}
