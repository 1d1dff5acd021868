import { editDistance, stripParticle, toJamo } from '../search/tokenize.ts';
import { squash } from './text.ts';

// Endings a typed answer often carries that say nothing about it (`장고요`, `DNS입니다`).
const ENDINGS = /(입니다|이에요|예요|에요|이요|이야|야|요|임)$/;

/** Forms of a typed answer worth comparing: as typed, without a trailing ending, without a particle. */
function forms(text: string): string[] {
  const words = text.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const withoutEnding = last.replace(ENDINGS, '');
  const lastForms = [last, withoutEnding, stripParticle(withoutEnding), stripParticle(last)];
  return [...new Set(lastForms.map((l) => squash([...words.slice(0, -1), l].join(' '))))].filter(
    (f) => f.length > 0,
  );
}

/** Short answers get no typo allowance: one slip in `CDN` or `장고` makes another word. */
function typoAllowed(target: string): boolean {
  return /[\uAC00-\uD7A3]/.test(target) ? target.length >= 3 : target.length >= 4;
}

/**
 * Whether a typed answer matches one of the accepted answers, forgiving what a teacher would:
 * spacing, case and punctuation, a trailing particle or polite ending, and one typo (one jamo
 * or letter inserted, dropped or changed) in answers of three or more syllables / four or more letters. Aliases count because the
 * accepted list already holds the English and Korean names.
 */
export function matchesAnswer(typed: string, accepted: readonly string[]): boolean {
  const candidates = forms(typed);
  for (const answer of accepted) {
    const target = squash(answer);
    if (target.length === 0) continue;
    for (const form of candidates) {
      if (form === target) return true;
      if (typoAllowed(target) && editDistance(toJamo(form), toJamo(target), 1) <= 1) return true;
    }
  }
  return false;
}
