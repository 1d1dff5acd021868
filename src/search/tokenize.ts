import { splitWords, stripParticle } from '../text/korean.ts';
import { STOP_WORDS } from './query-words.ts';

/**
 * Content tokens of a text: normalised single-script words with particles stripped and stop words dropped.
 * Every token is non-empty and already normalised (`tokenize(t.join(' '))` gives the same tokens back).
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of splitWords(text)) {
    const s = stripParticle(w);
    if (s.length > 0 && !STOP_WORDS.has(s) && !STOP_WORDS.has(w)) out.push(s);
  }
  return out;
}
