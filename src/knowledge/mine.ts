/*
 * Mines `한글(English)`, `English(한글)` and `ACRONYM(Expanded Name)` pairs that students write in their notes,
 * so the notes teach the search their own vocabulary.
 */

const HANGUL_THEN_LATIN = /((?:[\uAC00-\uD7A3]+ )*[\uAC00-\uD7A3]+) ?\(([A-Za-z][A-Za-z0-9 .+#/-]{0,60})\)/g;
const LATIN_THEN_HANGUL =
  /((?:[A-Za-z][A-Za-z0-9.+#-]* )*[A-Za-z][A-Za-z0-9.+#-]*) ?\(([\uAC00-\uD7A3][\uAC00-\uD7A3 ]{0,40})\)/g;
const ACRONYM = /\b([A-Z][A-Za-z0-9]{1,9})\(([A-Za-z][A-Za-z]+(?: [A-Za-z]+){1,6})\)/g;

function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Name pairs found in a line of text, each as `[name, otherName]`, whitespace-trimmed. */
export function minePairs(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const m of text.matchAll(HANGUL_THEN_LATIN)) {
    const en = (m[2] ?? '').trim();
    // Prose runs into the Korean side (`보이는 웹 페이지(Web Page)`): keep as many words as the English has.
    const ko = lastWords(m[1] ?? '', Math.max(1, wordCount(en)));
    if (ko && en && !/^\d/.test(en)) pairs.push([ko, en]);
  }
  for (const m of text.matchAll(LATIN_THEN_HANGUL)) {
    const ko = (m[2] ?? '').trim();
    const en = lastWords(m[1] ?? '', Math.max(1, wordCount(ko)));
    if (ko && en) pairs.push([en, ko]);
  }
  for (const m of text.matchAll(ACRONYM)) {
    const short = m[1] ?? '';
    const long = (m[2] ?? '').trim();
    const initials = long
      .split(/\s+/)
      .map((w) => w[0]?.toUpperCase())
      .join('');
    // Only real acronyms: `CDN(Content Delivery Network)`, not `Java(Spring Boot)`.
    if (initials.startsWith(short[0]?.toUpperCase() ?? '') && short.length <= initials.length + 1) {
      pairs.push([short, long]);
    }
  }
  return pairs;
}
