import { isLoanwordOf } from '../search/loanword.ts';
import { editDistance, transposed } from '../text/edit-distance.ts';
import { soundKey, stripParticle, toJamo } from '../text/korean.ts';
import { squash } from './text.ts';

// Endings a typed answer often carries that say nothing about it (`장고요`, `DNS입니다`).
const ENDINGS = /(입니다|이에요|예요|에요|이요|이야|야|요|임)$/;

// Generic nouns students add to a name (`finally 블록`, `GET 방식`, `HTTP 프로토콜`, `MAJOR 버전`) that the notes' name
// lacks.
const GENERIC_TAIL =
  /(?:블록|방식|프로토콜|함수|메서드|메소드|명령어|명령|기능|구문|키워드|문법|태그|속성|옵션|버전)$/;

/** The same name without a trailing generic noun, when something is left. */
function withoutGeneric(name: string): string {
  const cut = name.replace(GENERIC_TAIL, '');
  return cut.length > 0 ? cut : name;
}

/** Forms of a typed answer worth comparing: as typed, without a trailing ending, without a particle. */
function forms(text: string): string[] {
  const words = text.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const withoutEnding = last.replace(ENDINGS, '');
  const lastForms = [last, withoutEnding, stripParticle(withoutEnding), stripParticle(last)];
  const squashed = lastForms.map((l) => squash([...words.slice(0, -1), l].join(' ')));
  return [...new Set([...squashed, ...squashed.map(withoutGeneric)])].filter((f) => f.length > 0);
}

/** Short answers get no typo allowance: one slip in `CDN` or `장고` makes another word. */
function typoAllowed(target: string): boolean {
  return /[\uAC00-\uD7A3]/.test(target) ? target.length >= 3 : target.length >= 4;
}

/**
 * Whether a typed answer matches one of the accepted answers, forgiving what a teacher would:
 * spacing, case and punctuation, vowels that sound alike (`해쉬` for 해시), a trailing particle or polite ending, a generic noun added to the name
 * (`GET 방식`), and one typo (one jamo or letter inserted, dropped or changed, or two neighbours swapped) in
 * answers of three or more syllables / four or more letters. Aliases count because the accepted list already
 * holds the English and Korean names. A `rejected` name (another term of the notes one typo away: FOIT beside
 * FOUT, WOFF beside WOFF2) typed as such is that term, not a slip.
 */
export function matchesAnswer(
  typed: string,
  accepted: readonly string[],
  rejected: readonly string[] = [],
): boolean {
  // `메이저 버전` for MAJOR: the reading, a generic noun added.
  const bare = typed.trim().replace(new RegExp(`\\s+${GENERIC_TAIL.source}`), '');
  if (accepted.some((answer) => readsAs(typed, answer) || readsAs(bare, answer))) return true;
  const candidates = forms(typed);
  // Only the typed side loses a generic noun: `HTTP` is no answer for `HTTP 메서드`.
  const targets = accepted.map(squash).filter((t) => t.length > 0);
  const exactly = (target: string) =>
    candidates.some((form) => form === target || soundKey(form) === soundKey(target));
  if (targets.some(exactly)) return true;
  if (rejected.some((name) => exactly(squash(name)))) return false;
  return targets.some((target) => candidates.some((form) => oneTypoFrom(form, target)));
}

/** One jamo or letter inserted, dropped or changed, or two neighbours swapped, where the answer is long enough. */
export function oneTypoFrom(form: string, target: string): boolean {
  if (!typoAllowed(target)) return false;
  const [f, t] = [toJamo(form), toJamo(target)];
  return editDistance(f, t, 1) <= 1 || transposed(f, t) || transposed(form, target);
}

/**
 * A name typed in the other script, word by word (`데이터 마스킹` for Data Masking, `그라파나` for Grafana,
 * `self-attention` for 셀프 어텐션, `Boolean 기반` for 불린 기반): Korean notes write the loanword, students either.
 */
function readsAs(typed: string, answer: string): boolean {
  const words = typed
    .trim()
    .split(/[\s-]+/)
    .map((w, i, all) => (i === all.length - 1 ? stripParticle(w) : w));
  const own = answer.trim().split(/[\s-]+/);
  return words.length === own.length && words.every((w, i) => sameWordEitherScript(w, own[i] ?? ''));
}

const HANGUL_ONLY = /^[\uAC00-\uD7A3]+$/;
const LATIN_ONLY = /^[A-Za-z]+$/;

function sameWordEitherScript(typed: string, own: string): boolean {
  // Symbols are no words (`>` is not `>>`): matchesAnswer compares them whole.
  if (squash(typed) === squash(own)) return squash(own) !== '';
  if (HANGUL_ONLY.test(typed) && LATIN_ONLY.test(own)) return isLoanwordOf(typed, own.toLowerCase());
  return LATIN_ONLY.test(typed) && HANGUL_ONLY.test(own) && isLoanwordOf(own, typed.toLowerCase());
}

/** Whether these Hangul words read the Latin name's words one for one (`로드 밸런서` of load balancer). */
export function readsWordByWord(hangul: readonly string[], latin: string): boolean {
  const words = latin.trim().split(/[\s-]+/);
  return (
    hangul.length === words.length && hangul.every((w, i) => isLoanwordOf(w, (words[i] ?? '').toLowerCase()))
  );
}
