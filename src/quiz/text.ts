import { normalizeText } from '../text/korean.ts';
import { memoize } from '../text/memo.ts';

/** Comparable form of a name or answer: NFKC, lower case, letters and digits only. */
// Memoised: generation compares the same few hundred names over and over.
// Its keys are the notes' names and lines (a quiz compares whole explanations), never user text: long ones too.
export const squash = memoize(
  (text: string): string => normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, ''),
  50_000,
  { maxKey: 8192 },
);

// What `plain` rewrites: code, links, escapes, emphasis, and the private-use placeholders it works with.
const MARKS = /[`[\\_*\uE000\uE0C0\uE0C1\uE0D1]/;

/** Markdown emphasis, code, links and backslash escapes (`\_\_init\_\_`) reduced to their text. */
export function plain(markdown: string): string {
  // Most lines hold no mark at all (nor a placeholder character below): only their spaces change. Ten regular
  // expressions over every line were most of reading 10,000 sections' facts.
  if (!MARKS.test(markdown)) return markdown.replace(/\s+/g, ' ').trim();
  // Code is shown as written (`__schema` keeps its underscores): its spans wait outside the emphasis rules.
  const code: string[] = [];
  return (
    markdown
      // ``` `` `a `` ``` holds a backtick (vim's jump to mark a): the span is its inside, backtick and all.
      .replace(/``\s?([^\n]+?)\s?``/g, (_, span: string) => `\uE0C0${code.push(span) - 1}\uE0C1`)
      .replace(/`([^`\n]+)`/g, (_, span: string) => `\uE0C0${code.push(span) - 1}\uE0C1`)
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '\uE000$1')
      // A dunder name (`__init__`, `__name__`) is code a student forgot to quote, not emphasis.
      .replace(/__([A-Za-z][A-Za-z0-9_]*?)__/g, '\uE0D1$1\uE0D1')
      .replace(/`/g, '')
      // `**` is emphasis only around text (`**중요**`); between spaces it is an operator (`2 ** 3`).
      .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
      // `__` is emphasis only in pairs at a word's edges: inside a word it is code (`title__contains`), and alone a
      // cookie prefix (`__Host-`, once its backticks are read).
      .replace(/(?<![\p{L}\p{N}])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}])/gu, '$1')
      .replace(/\uE0D1/g, '__')
      .replace(/\uE000(.)/g, '$1')
      .replace(/\uE0C0(\d+)\uE0C1/g, (_, i: string) => code[Number(i)] ?? '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A heading as a term: chapter numbers, a trailing `?` and the Korean `…란` ("… is") removed. */
export function termFromHeading(title: string): string {
  let t = plain(title)
    .replace(/^\d+(\.\d+)*\.?\s+/, '')
    .replace(/[?？]+$/, '')
    .trim();
  const bare = t.replace(/\s*(이란|란)(?=\s*(?:\(|$))/, '');
  if (bare !== t && bare.length >= 2) t = bare;
  // `미들웨어 개념`, `도커 기초`: the heading's term is the word before what the section does with it. `정의` only
  // with its English alone, `API 게이트웨이 정의(Definition)`: in `메시지 정의(Message Definition)` it is the thing.
  const term = t
    .replace(/\s+(?:개념|기초|기본|소개|이해|동작 원리|동작 방식|원리)(?=\s*(?:\(|$))/, '')
    .replace(/\s+정의\s*\(definitions?\)$/i, '')
    .trim();
  return term.length >= 2 ? term : t;
}

/**
 * Splits a label like `풀스택(FullStack) 프레임워크` into its display name followed by the other names
 * it carries (`FullStack`, `FullStack 프레임워크`).
 */
export function namesOf(label: string): string[] {
  const text = plain(label);
  const paren = /\(([^()]+)\)/.exec(text);
  if (!paren) return [text];
  const inner = (paren[1] ?? '').trim();
  const display = text.replace(paren[0], ' ').replace(/\s+/g, ' ').trim();
  const after = text
    .slice(paren.index + paren[0].length)
    .replace(/\s+/g, ' ')
    .trimEnd();
  const names = [display, inner, `${inner}${after}`];
  return [...new Set(names.filter((n) => squash(n).length > 0))];
}

const escapeRe = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every occurrence of any of `names` (ignoring case and spacing) with a blank. */
export function mask(text: string, names: readonly string[], blank = '○○'): string {
  let out = text;
  const sorted = [...names].filter((n) => squash(n).length >= 2).sort((a, b) => b.length - a.length);
  const absent = absentFrom(text);
  // A match in `out` lies in a stretch of `text` no blank replaced (a blank is no letter of a name), so a name
  // absent from `text` is absent from `out`.
  for (const name of sorted) if (!absent(name)) out = out.replace(looseRegex(name), blank);
  return out;
}

/** Where `name` is written in `text` (as `mask` finds it), each as a `[start, end)` span. */
export function occurrences(text: string, name: string): { start: number; end: number }[] {
  if (squash(name).length < 2 || absentFrom(text)(name)) return [];
  return [...text.matchAll(looseRegex(name))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// ASCII, Hangul syllables and punctuation that neither composes with a letter before it (NFKC) nor changes case.
const SIMPLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters squash away like spaces
  /^[\u0000-\u007F\u00A0\u00B7\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u25A0-\u25FF\u3000-\u3011\uAC00-\uD7A3]*$/;

/**
 * Whether a name surely has no loose match in `text`, without running its regex (most names of a term are absent
 * from most lines: the regexes were most of the time of preparing a large chapter's quiz). On such text `squash`
 * only drops what is no ASCII letter or digit or Hangul syllable and lowers ASCII, and a loose match is the name's
 * squashed letters with only dropped characters between them, so its text squashes to the name's; other text
 * (jamo or accents that NFKC composes, letters that fold) is always searched.
 */
function absentFrom(text: string): (name: string) => boolean {
  if (!SIMPLE.test(text)) return () => false;
  const hay = squash(text);
  return (name) => !hay.includes(squash(name));
}

/**
 * A regex for a name that tolerates case, spacing and hyphens between its letters. A Latin name matches only
 * as a whole word (`model` is not in `models`, `make` not in `makemigrations`).
 */
function looseRegex(name: string): RegExp {
  const re = regexFor(name);
  re.lastIndex = 0;
  return re;
}

const regexFor = memoize((name: string): RegExp => {
  const key = squash(name);
  const body = [...key].map(escapeRe).join('[\\s\\-_·.]*');
  const edge = (c: string | undefined) => c !== undefined && /[a-z0-9]/i.test(c);
  const before = edge(key[0]) ? '(?<![A-Za-z0-9_./])' : '';
  const after = edge(key.at(-1)) ? '(?![A-Za-z0-9_])' : '';
  return new RegExp(before + body + after, 'giu');
}, 10_000);

/**
 * The words of a name a student would recognise in a line about it (`이벤트 버블링` → 이벤트, 버블링;
 * `공인 IP` → 공인, IP): two letters or syllables at least, numbers apart. Remembered, as a name is split for each of
 * its lines and each name beside it (a tenth of building the facts of 10,000 sections): shared, hence read-only.
 */
export const nameWords: (name: string) => readonly string[] = memoize(
  (name: string): string[] =>
    name
      .split(/[\s/()·,]+|(?<=[\w\uAC00-\uD7A3])-(?=[\uAC00-\uD7A3])/)
      .map((w) => w.replace(/(?<=..)(와|과|및|의)$/, ''))
      .filter((w) => squash(w).length >= 2 && !/^\d+$/.test(squash(w))),
  50_000,
);

/** True when `text` mentions one of `names` (ignoring case, spacing and punctuation). */
export function mentions(text: string, names: readonly string[]): boolean {
  const hay = squash(text);
  return names.some((n) => {
    const needle = squash(n);
    return needle.length > 0 && hay.includes(needle);
  });
}

// A predicate (`읽기도 쓰기도 됨`, `서로 중첩 가능`, `JSON 보다 넓게 지원`), a condition (`역참조하려면 …`, `최상위에서만
// 호출`) or a count (`파라미터 두 개`) in a label: what the note says of its subject, not a name of it.
const SAID =
  /(?:^|\s)\S+(?:려면|하면|에서만|기도)(?:\s|$)|\s\S*(?:됨|함|가능|필요|지원)$|(?:^|\s)(?:두|세|네|한|여러)\s?개(?:\s|$)/;

/**
 * Whether a label is a sentence about its line's subject rather than a term: typed, a student writes the subject
 * (역참조, 구조화된 복제), and only the label's wording word for word is taken.
 */
export const saysSomething = (name: string): boolean => /\s/.test(name.trim()) && SAID.test(name.trim());
