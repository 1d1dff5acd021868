import { isParticle } from '../text/korean.ts';
import type { Facts, Term } from './facts.ts';
import { nameWords, occurrences, plain, squash } from './text.ts';

/** A line of the notes with one key term blanked (Anki's cloze). */
export interface Cloze {
  /** The line as shown, `＿＿＿` where the key term was. */
  shown: string;
  /** The key term as the line writes it, then its other names. */
  answers: string[];
  /** The line as the notes write it, for the reveal. */
  line: string;
  /** The blank is in code the notes write (`` `(resolve, reject) =>` ``): its answer is typed as written. */
  code: boolean;
}

export const BLANK = '＿＿＿';

// Words every chapter uses for everything (`서버`, `값`, `함수`): blanking one asks nothing about the notes.
const GENERIC =
  /^(생성|실행|삭제|제거|수정|추가|변경|저장|등록|설치|호출|반환|연결|복사|이동|계층|경로|단계|과정|방법|사용|서버|클라이언트|웹|주소|인터넷|앱|애플리케이션|어플리케이션|프로그램|프로그래밍|코드|코딩|데이터|값|함수|변수|파일|폴더|요청|응답|사용자|유저|컴퓨터|브라우저|클래스|메서드|메소드|객체|문자열|숫자|배열|타입|속성|요소|태그|페이지|화면|기능|명령어|명령|방식|구조|설정|정보|내용|결과|에러|오류|시간|상태|버전|이름|키|목록|리스트|텍스트|문서|모듈|패키지|라이브러리|도구|환경|시스템|프로세스|네트워크|전송|전달|수신|보내기|받기|출력|입력|server|send|receive|transmit|client|web|app|application|program|code|data|value|function|variable|file|folder|request|response|user|method|object|string|number|array|type|error|list|text|name|key|module|package|tool|system|true|false|null|none)$/i;

// What may follow a Hangul key term in the same word: a particle, a copula or a plural (`패딩을`, `마진임`).
const TAIL = /^(들|들은|들이|들을|들의|임|이다|다|이며|이고|인|입니다|이라|라고|이라고|이란|란)$/;

// A blank with too little around it identifies nothing.
const MIN_CONTEXT = 12;
const MAX_LINE = 160;

/**
 * The clozes a term's lines allow: one per line and key term, where the key term is a term of the notes (one
 * they define, a bold or code span, or a glossary name), written once in the line as a whole word, and
 * nothing else the student reads — the line's owner, the rest of the line — names it or any word of it.
 */
export function clozesOf(term: Term, facts: Facts): Cloze[] {
  let out = cache.get(term);
  if (out) return out;
  out = [];
  const code = [...term.section.body.matchAll(/`([^`\n]+)`/g)].map((m) => plain(m[1] ?? ''));
  for (const line of term.lines) {
    if (line.length > MAX_LINE || /^(→|->)/.test(line)) continue;
    const hay = squash(line);
    const inLine = keysIn(hay, facts);
    // Every place a key term is written: a blank must not cut a longer one (`경로` of `절대 경로`).
    const spans = inLine.flatMap((k) => k.names.flatMap((n) => occurrences(line, n)));
    for (const key of inLine) {
      if (key.names.some((n) => term.names.some((m) => squash(m) === squash(n)))) continue;
      const cloze = blankOnce(term.name, line, key.names, spans);
      if (!cloze) continue;
      const written = cloze.answers[0] ?? '';
      const spansOf = code.filter((c) => line.includes(c) && occurrences(c, written).length > 0);
      if (spansOf.some((c) => exampleValue(c, written)) && !defines(facts, written)) continue;
      const answers = [...cloze.answers, ...(key.short ?? [])].filter((a) => !callOf(facts, a, written));
      out.push({ ...cloze, answers, code: spansOf.length > 0 });
    }
  }
  cache.set(term, out);
  return out;
}

const cache = new WeakMap<Term, Cloze[]>();

/**
 * Whether the word is a value an example's code gives, after what the code does with it (`rails g scaffold
 * Article title:string`, `orders(user_id, status, created_at)`, `2001:db8::ff00`, `>>>>>>> feature`): another
 * model, column or address fits the blank as well, and only the hint tells which the notes wrote.
 */
function exampleValue(code: string, word: string): boolean {
  const first = occurrences(code, word)[0];
  if (first === undefined) return false;
  // `(resolve, reject) =>`: a callback's parameters are named by the API's habit, not the example's.
  if (/^[\w\s,]*\)\s*=>/.test(code.slice(first.end))) return false;
  const before = code.slice(0, first.start);
  return /[\p{L}\p{N}]/u.test(before) || /^([<>=|])\1\1/.test(before);
}

/**
 * Whether the notes write one name as the other's call in code (`COUNT(컬럼)`, a key of its own): the glossary reads a parenthesis as another
 * name, but 컬럼 is COUNT's argument, and COUNT no answer for the blank of 컬럼.
 */
const callOf = (facts: Facts, a: string, b: string) => {
  if (a === b) return false;
  const calls = callNames(facts.keys);
  return calls.has(squash(`${a}(${b})`)) || calls.has(squash(`${b}(${a})`));
};

// The key names written as a call (`COUNT(컬럼)`), squashed, once per notes: every cloze asks.
const calls = new WeakMap<Facts['keys'], Set<string>>();
function callNames(keys: Facts['keys']): Set<string> {
  let set = calls.get(keys);
  if (!set) {
    set = new Set(keys.flatMap((k) => k.names.filter((n) => n.includes('(')).map(squash)));
    calls.set(keys, set);
  }
  return set;
}

/** Whether a term of the notes is named by the word (`Clone` of `#[derive(Clone, Copy)]` has its own lines). */
const defines = (facts: Facts, word: string) =>
  facts.terms.some((t) => t.names.some((n) => squash(n) === squash(word)));

type Key = Facts['keys'][number];

interface KeyLookup {
  squashed: string[][];
  // Keys by the first two letters of each squashed name; names shorter than that are checked on every line.
  byStart: Map<string, number[]>;
  short: number[];
}

// Every line of every term is compared with every key's names: they are squashed once per notes, and a line is
// compared only with the keys a name of which starts with two letters next to each other in it (through the
// memo, comparing them all was a third of a 500-question quiz).
const lookups = new WeakMap<Facts['keys'], KeyLookup>();
function lookupOf(keys: Facts['keys']): KeyLookup {
  let lookup = lookups.get(keys);
  if (!lookup) {
    const squashed = keys.map((key) => key.names.map(squash));
    const byStart = new Map<string, number[]>();
    const short: number[] = [];
    squashed.forEach((names, k) => {
      for (const n of names) {
        if (n.length < 2) short.push(k);
        else {
          const list = byStart.get(n.slice(0, 2)) ?? [];
          if (list.at(-1) !== k) list.push(k);
          byStart.set(n.slice(0, 2), list);
        }
      }
    });
    lookup = { squashed, byStart, short };
    lookups.set(keys, lookup);
  }
  return lookup;
}

/** The keys a name of which the squashed line holds, in the facts' order. */
function keysIn(hay: string, facts: Facts): Key[] {
  const { squashed, byStart, short } = lookupOf(facts.keys);
  const candidates = new Set<number>(short);
  for (let i = 0; i + 1 < hay.length; i++)
    for (const k of byStart.get(hay.slice(i, i + 2)) ?? []) candidates.add(k);
  return [...candidates]
    .sort((a, b) => a - b)
    .filter((k) => squashed[k]?.some((n) => hay.includes(n)))
    .map((k) => facts.keys[k] as Key);
}

/** True for a name worth blanking: specific to the notes, not a word every chapter uses. */
export function isKeyName(name: string): boolean {
  const key = squash(name);
  if (GENERIC.test(name.trim()) || GENERIC.test(key)) return false;
  return /[\uAC00-\uD7A3]/.test(key) ? key.length >= 2 : key.length >= 3 && /[a-z]/i.test(key);
}

type Span = { start: number; end: number };

function blankOnce(
  owner: string,
  line: string,
  names: readonly string[],
  all: Span[],
): Omit<Cloze, 'code'> | undefined {
  const hay = squash(line);
  const present = names.filter((n) => squash(n).length >= 2 && hay.includes(squash(n)));
  if (present.length === 0) return undefined;
  const hits = present.flatMap((n) => occurrences(line, n));
  // Exactly one place names it (a longer name covers a shorter one at the same place).
  const spans = hits.filter(
    (h) =>
      !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  const places = new Set(spans.map((h) => h.start));
  if (places.size !== 1 || spans.length === 0) return undefined;
  const hit = spans.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  if (!wholeWord(line, hit.start, hit.end)) return undefined;
  const longer = (o: Span) =>
    o.start <= hit.start && o.end >= hit.end && o.end - o.start > hit.end - hit.start;
  if (all.some(longer)) return undefined;
  const written = line.slice(hit.start, hit.end);
  if (!isKeyName(written)) return undefined;
  if (inQuotedEnglish(line, hit.start, hit.end) || amongExamples(line, hit.start, hit.end)) return undefined;
  const shown = `${line.slice(0, hit.start)}${BLANK}${line.slice(hit.end)}`;
  const context = `${owner} ${shown.replace(BLANK, ' ')}`;
  // Nothing else names it: not another of its names, not one of its words (`마진` beside `＿＿＿ 상쇄`).
  const words = [...names, ...names.flatMap(nameWords)];
  const hayContext = squash(context);
  if (words.some((w) => squash(w).length >= 2 && hayContext.includes(squash(w)))) return undefined;
  if (squash(shown.replace(BLANK, '')).length < MIN_CONTEXT) return undefined;
  return { shown, answers: [written, ...names.filter((n) => squash(n) !== squash(written))], line };
}

// Inside a longer word a blank would cut it (`웹서버` for 서버); a particle may follow a Hangul name.
function wholeWord(line: string, start: number, end: number): boolean {
  const before = line[start - 1] ?? '';
  if (/[\p{L}\p{N}_]/u.test(before)) return false;
  // `border-box`, `max-width`, `req.body`: a Latin name joined to another is part of a longer one.
  if (/[-.]/.test(before) && /[A-Za-z0-9]/.test(line[start - 2] ?? '')) return false;
  // `<meta ＿＿＿="…">`, `'＿＿＿/index.html'`, `migrations/`: an attribute, a path or a quoted example,
  // whatever the word means elsewhere in the notes.
  if (/^([-.][A-Za-z0-9]|[=/'"])/.test(line.slice(end)) || /['"/]/.test(before)) return false;
  // `model = ＿＿＿`, `＿＿＿ = Post`: one side of an assignment in an example.
  if (/=\s*$/.test(line.slice(0, start)) || /^\s*=(?!=)/.test(line.slice(end))) return false;
  // `＿＿＿ 처럼 관련 라이브러리 묶음`: the word is one example of several, any of which fits the blank.
  if (/^\s*(처럼|같이|같은|등)(?![\uAC00-\uD7A3])/.test(line.slice(end))) return false;
  const tail = /^[\uAC00-\uD7A3]+/.exec(line.slice(end))?.[0] ?? '';
  if (tail === '') return !/[A-Za-z0-9_]/.test(line[end] ?? '');
  return isParticle(tail) || TAIL.test(tail);
}

/**
 * Whether the word is inside a quoted English message (`"No provider for ..."` 에러): it is a word of the sentence
 * (`for`), whatever term of the notes it also spells, and English grammar fills the blank.
 */
function inQuotedEnglish(line: string, start: number, end: number): boolean {
  const open = line.lastIndexOf('"', start - 1);
  const close = line.indexOf('"', end);
  if (open < 0 || close < 0 || (line.slice(0, open).match(/"/g) ?? []).length % 2 === 1) return false;
  const quoted = `${line.slice(open + 1, start)} ${line.slice(end, close)}`;
  return !/[\uAC00-\uD7A3]/.test(quoted) && /[A-Za-z]{2,}/.test(quoted);
}

// A code name joined by hyphens (`font-bold`, `shadow-md`, `bg-red-500`, `py-2`).
const HYPHENED = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
// A word in Latin letters as code or a name writes it (`public`, `s-maxage=600`, `1rem`, `Vue`).
const LATIN_WORD = /^[@.$-]*[A-Za-z0-9][\w.=:/@-]*$/;

/**
 * Whether the word is one example of a list of names like it (`text-center, ＿＿＿, rounded-lg, shadow-md`,
 * `@apply px-4 py-2 ＿＿＿ bg-blue-500`): any other name of the kind (`shadow-lg`) fits the blank as well.
 */
function amongExamples(line: string, start: number, end: number): boolean {
  const word = line.slice(start, end);
  if (!LATIN_WORD.test(word) || !/[A-Za-z]/.test(word)) return false;
  const before = line.slice(0, start);
  const after = line.slice(end);
  // Three or more in a list by commas, the blank one of them.
  const listed = (items: string[], side: 'last' | 'first') => {
    let n = 0;
    for (const item of items) {
      const words = item.trim().split(/\s+/);
      if (!LATIN_WORD.test((side === 'last' ? words.at(-1) : words[0]) ?? '')) break;
      n++;
      if (words.length > 1) break;
    }
    return n;
  };
  const left = /,\s*$/.test(before) ? listed(before.replace(/,\s*$/, '').split(',').reverse(), 'last') : 0;
  const right = /^\s*,/.test(after) ? listed(after.replace(/^\s*,/, '').split(','), 'first') : 0;
  if (left + right >= 2) return true;
  // Or side by side, as utility classes are written (`px-4 py-2 ＿＿＿ bg-blue-500`).
  if (!HYPHENED.test(word)) return false;
  const near = [/([\w-]+)\s+$/.exec(before)?.[1] ?? '', /^\s+([\w-]+)/.exec(after)?.[1] ?? ''];
  return (
    near.filter((w) => HYPHENED.test(w)).length > 0 &&
    `${before} ${after}`.split(/\s+/).filter((w) => HYPHENED.test(w)).length >= 2
  );
}
