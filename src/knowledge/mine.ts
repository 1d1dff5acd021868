/*
 * Mines `한글(English)`, `English(한글)` and `ACRONYM(Expanded Name)` pairs that students write in their notes,
 * so the notes teach the search their own vocabulary.
 */

// Words and word counts are bounded: a pair needs at most a few words before the parenthesis, and an unbounded
// run (one 300,000-letter word in an uploaded note) made the match quadratic — minutes for one note.
const HANGUL_THEN_LATIN =
  /((?:[\uAC00-\uD7A3]{1,24} ){0,7}[\uAC00-\uD7A3]{1,24}) ?\(([A-Za-z][A-Za-z0-9 .+#/-]{0,60})\)/g;
const LATIN_THEN_HANGUL =
  /((?:[A-Za-z][A-Za-z0-9.+#-]{0,40} ){0,7}[A-Za-z][A-Za-z0-9.+#-]{0,40}) ?\(([\uAC00-\uD7A3][\uAC00-\uD7A3 ]{0,40})\)/g;
const ACRONYM = /\b([A-Z][A-Za-z0-9]{1,9})\(([A-Za-z][A-Za-z]+(?: [A-Za-z]+){1,6})\)/g;

function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

// `로딩 후에 밀리는 거(CLS)`: a clause about the acronym ends in a bound noun (거, 것) or runs through a
// modifier or a particle (`밀리는`, `후에`); a name spelled out word by word has neither.
function isClause(phrase: string): boolean {
  return phrase
    .split(/\s+/)
    .some((w) => /^(거|것|게|걸|수|때|데|등)$/.test(w) || (w.length >= 2 && /(는|을|를|에서|에게)$/.test(w)));
}

// `location (안쪽 블록이 바깥 설정 상속함)`: an aside after a name says something about it, in a clause ending in a
// predicate (`상속함`, `안 됨`) or with a subject in it (`블록이`); a name has neither.
function isSentence(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return (
    /[\uAC00-\uD7A3]{2,}(함|됨)$|^(함|됨)$/.test(words.at(-1) ?? '') ||
    words.slice(0, -1).some((w) => w.length >= 3 && /[이가]$/.test(w)) ||
    isClause(phrase)
  );
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Name pairs found in a line of text, each as `[name, otherName]`, whitespace-trimmed. */
export function minePairs(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const m of text.matchAll(HANGUL_THEN_LATIN)) {
    const en = (m[2] ?? '').trim();
    const before = m[1] ?? '';
    if (!en || /^\d/.test(en)) continue;
    // An acronym translates only a phrase of one word per letter (`콘텐츠 전송 네트워크(CDN)`); after fewer
    // words it is an example (`웹(HTTP)`) or abbreviates more than is written (`최상위 도메인(TLD)`).
    if (/^[A-Z][A-Z0-9]{1,5}$/.test(en)) {
      const phrase = lastWords(before, en.length);
      if (wordCount(before) >= en.length && !isClause(phrase)) pairs.push([phrase, en]);
      continue;
    }
    // Prose runs into the Korean side (`보이는 웹 페이지(Web Page)`): keep as many words as the English has
    // (`빨리 감기 머지(Fast-forward)` has two).
    const ko = lastWords(before, Math.max(1, wordCount(en.replace(/-/g, ' '))));
    if (ko) pairs.push([ko, en]);
  }
  for (const m of text.matchAll(LATIN_THEN_HANGUL)) {
    const ko = (m[2] ?? '').trim();
    const en = lastWords(m[1] ?? '', Math.max(1, wordCount(ko)));
    if (ko && en && !isSentence(ko)) pairs.push([en, ko]);
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

const HEADING_PAIR =
  /^(?:[\d.]+\s+)?([\uAC00-\uD7A3][\uAC00-\uD7A3 -]{0,80}?) ?\(([A-Za-z][A-Za-z0-9 .+#/-]{0,60})\)$/;

const MIXED_HEADING_PAIR =
  /^(?:[\d.]+\s+)?([A-Za-z0-9][\w.+#/-]{0,30}(?: [\w.+#/-]{1,30}){0,3}(?: [\uAC00-\uD7A3]{1,24}){1,3}) ?\(([A-Za-z][A-Za-z0-9 .+#/-]{0,60})\)$/;

/**
 * Name pairs of a heading. A heading is a name, not prose: `제약 조건(Constraint)` pairs the whole Korean part with
 * the English (in a sentence, only as many words as the English has are taken, which here would pair 조건 alone).
 */
export function headingPairs(title: string): Array<[string, string]> {
  // `JWT 인증(JSON Web Token)`, `CORS 설정(Cross-Origin)`: a Latin word inside the Korean part is part of the name,
  // which would otherwise be cut to `인증` and paired with JSON Web Token.
  const m = HEADING_PAIR.exec(title.trim()) ?? MIXED_HEADING_PAIR.exec(title.trim());
  const ko = m?.[1]?.trim();
  const en = m?.[2]?.trim();
  if (!ko || !en || /^[A-Z][A-Z0-9]{1,5}$/.test(en)) return minePairs(title);
  return [[ko, en]];
}
