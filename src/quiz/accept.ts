import { isLoanwordOf } from '../search/loanword.ts';
import { editDistance } from '../text/edit-distance.ts';
import { readsWordByWord } from './match.ts';
import { squash } from './text.ts';

/*
 * Which names a typed answer is checked against. The glossary groups words for search (`search`, `찾다`, `found`,
 * `lookup` in one entry; `property` with 속성), so a name's entry holds words a teacher would not accept for it.
 */

/** What a typed question knows of its answer besides the names. */
export interface AnswerContext {
  /** The names the notes write for it (a heading's or label's, both scripts); the first name counts too. */
  written: readonly string[];
  /** The notes write the answer as code (`reject` in `(resolve, reject) =>`): it is typed as written. */
  code?: boolean;
  /** Whether another term of the notes writes this name as its own (`프로퍼티(property)` beside `속성(attribute)`). */
  namesAnother?: (name: string) => boolean;
}

const LATIN = /^[A-Za-z0-9$@._-][\w$@.\s/+#=()<>"'-]*$/;
const isLatin = (name: string) => LATIN.test(name.trim()) && /[A-Za-z]/.test(name);

/**
 * The accepted names among `names` (the first is the answer as the notes write it): the notes' own names; of the
 * glossary's, only the same word — a Latin name spelled another way or spelled out (`e-mail`, `content delivery
 * network` of CDN), a Korean name that is no verb (`찾다`) nor the reading of an English word left out
 * (`프로퍼티` of property) — and never another term's name. English words the notes do not write are taken only
 * when the notes write none: the glossary's first (its preferred word), not its synonyms (`lookup`, `found`).
 * Code takes its own names only.
 */
export function acceptedNames(given: readonly string[], context: AnswerContext): string[] {
  const [first = ''] = given;
  const names = given.filter((n) => n === first || !ORGANISING.test(n));
  const written = [first, ...context.written];
  // Its forms without an example's argument or value (`npm install` of `npm install express`, `aria-hidden` of
  // `aria-hidden="true"`) are its own too.
  const own = (n: string) =>
    written.some((w) => squash(w) === squash(n)) ||
    (isLatin(n) && squash(n).length >= 2 && squash(first).startsWith(squash(n)));
  // `$lookup`, `$set`: an operator is code, whichever way the notes quote it (검색 is no name of `$lookup`).
  if (context.code || /^\$[A-Za-z]/.test(first.trim())) return names.filter(own);
  const english = written.filter(isLatin);
  // A word, not code: `find()` of a code span shares search's glossary entry.
  const preferred =
    english.length > 0 ? english : names.filter((n) => /^[A-Za-z][A-Za-z -]*$/.test(n)).slice(0, 1);
  const latinKept = (n: string) => preferred.some((p) => sameWord(n, p));
  const dropped = names.filter((n) => isLatin(n) && !own(n) && !latinKept(n));
  // `프리플라이트 요청` of 프리플라이트: the glossary's entry is of a longer thing (CORS' preflight request), so its
  // names ending in the word added (`사전 요청`, `예비 요청`) name that, not the notes' term.
  const added = names.flatMap((n) => {
    const words = n.trim().split(/\s+/);
    const head = words.slice(0, -1).join(' ');
    const last = words.at(-1) ?? '';
    return words.length >= 2 &&
      !own(n) &&
      /^[\uAC00-\uD7A3]+$/.test(last) &&
      written.some((w) => squash(w) === squash(head))
      ? [last]
      : [];
  });
  return names.filter((n) => {
    if (own(n)) return true;
    if (added.includes(n.trim().split(/\s+/).at(-1) ?? '')) return false;
    if (context.namesAnother?.(n)) return false;
    if (actOf(n, written)) return false;
    if (isLatin(n)) return latinKept(n);
    if (isVerb(n, names)) return false;
    return !dropped.some((d) => readsAs(n, d)) || preferred.some((p) => readsAs(n, p));
  });
}

/**
 * Whether a glossary name is the act of doing a written name, not the thing (`그룹화` of 그룹: the glossary files
 * group and grouping together, the blank reads wrong with it).
 */
const actOf = (name: string, written: readonly string[]) =>
  written.some((w) => `${squash(w)}화` === squash(name));

// What a heading does with its term (`쿠키 기본(Cookie Basics)` of 쿠키, `What is GraphQL`, `조인 개념(Join Concept)`): no
// name of it.
const ORGANISING =
  /\s(?:기본|기초|소개|개념|concepts?)$|\b(?:basics|introduction|overview|fundamentals|what is)\b/i;

/** The same word in Latin letters: spelled another way (`e-mail`, one letter off) or its acronym spelled out. */
function sameWord(a: string, b: string): boolean {
  const [x, y] = [squash(a), squash(b)];
  if (x === y) return true;
  if (Math.min(x.length, y.length) >= 6 && editDistance(x, y, 1) <= 1) return true;
  return initials(a) === y || initials(b) === x;
}

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0]?.toLowerCase())
    .join('');

/** A Korean verb (`찾다`, `걸러내다`), unless it reads a Latin name of the list (`람다` of lambda). */
function isVerb(name: string, names: readonly string[]): boolean {
  if (!/^[\uAC00-\uD7A3]+다$/.test(name.trim())) return false;
  return !names.some((n) => isLatin(n) && readsAs(name, n));
}

/** Whether a Hangul name reads a Latin one word by word (`프로퍼티` of property, `로드 밸런서` of load balancer). */
function readsAs(hangul: string, latin: string): boolean {
  const h = hangul.trim().split(/\s+/);
  const l = latin.trim().split(/[\s-]+/);
  if (h.length === l.length) return readsWordByWord(h, latin);
  return h.length === 1 && isLoanwordOf(h[0] ?? '', l.join('').toLowerCase());
}

// Kind nouns after a code word or a lower-case English value (`open 모드`, `try_files 지시어`, `hotfix 브랜치`,
// `HttpOnly 속성`): the word is the thing itself, so a student names it without the kind. After an acronym or a
// product's name (`HTTP 메서드`, `CSS 속성`, `React 훅`) the noun names something of it, and the word alone is another
// thing.
const KIND_AFTER_CODE =
  /^([a-z][\w.-]*|[A-Za-z]+[a-z][A-Z][\w-]*|[\w.-]*[_-][\w.-]*)\s+(?:모드|지시어|지시자|디렉티브|연산자?|컬럼|칼럼|필드|브랜치|병합|속성|어트리뷰트|타입|헤더|태그|요소|엘리먼트|메서드|메소드|함수|명령어?|커맨드|옵션|플래그|키워드|파라미터|매개변수|이벤트|훅|프로브|어노테이션|데코레이터|구문|블록|값|설정|정책|전략|방식)$/;

// An acronym names the protocol or format itself (`AMQP 프로토콜`, `JSON 형식`), unlike a method or tag of it, what
// an engine does (`JIT 엔진`), and which of its kind it is (`DV 인증서`, `CBC 모드`). Not 레코드: `DNS 레코드` is all
// of them. (연산 is facts' KIND_TAIL.)
const KIND_AFTER_ACRONYM = /^([A-Z][A-Z0-9]{1,7})\s+(?:프로토콜|표준|포맷|형식|규격|엔진|인증서|모드)$/;

/**
 * Short forms a student types for a name: a code word without its kind noun (`open` of `open 모드`), and each of
 * the names a slash offers (`React 컴포넌트` of `React/Vue 컴포넌트`).
 */
export function shortNames(name: string): string[] {
  const out: string[] = [];
  const bare = KIND_AFTER_CODE.exec(name.trim())?.[1] ?? KIND_AFTER_ACRONYM.exec(name.trim())?.[1];
  if (bare) out.push(bare);
  // Words, not acronyms: `TCP/IP` and `CI/CD` are one name each.
  const slash = /^([A-Za-z][\w.-]+(?:\/[A-Za-z][\w.-]+)+)(\s.+)?$/.exec(name.trim());
  const parts = slash?.[1]?.split('/') ?? [];
  if (parts.every((p) => /[a-z]/.test(p))) for (const part of parts) out.push(`${part}${slash?.[2] ?? ''}`);
  return out;
}
