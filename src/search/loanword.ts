/*
 * Loanwords across scripts: `middleware` ↔ 미들웨어, `framework` ↔ 프레임워크, `commit` ↔ 커밋. Both spellings
 * reduce to a consonant skeleton in a few sound classes (K T P S L M N G H), the way Korean loanword orthography
 * maps English sounds: voiced and voiceless stops fall together (g/k → ㄱ/ㅋ, d/t → ㄷ/ㅌ, b/p/f/v → ㅂ/ㅍ),
 * sibilants and affricates together (s/z/j/ch/sh → ㅅ/ㅈ/ㅊ), r before a consonant or at the end is silent
 * (server → 서버), and vowels only separate consonants. Two words meet when a skeleton of one equals a
 * skeleton of the other; ambiguous letters (soft g, th, ch) give several skeletons.
 */

const BASE = 0xac00;
// Initial consonants ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ.
const INITIAL = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', '', 'S', 'S', 'S', 'K', 'T', 'P', 'H'];
// Final consonants (index 1…27); a final ㅅ/ㅆ/ㄷ is how Korean writes a final t (커밋, 인터넷).
const FINAL = [
  '',
  'K',
  'K',
  'K',
  'N',
  'N',
  'N',
  'T',
  'L',
  'L',
  'L',
  'L',
  'L',
  'L',
  'L',
  'L',
  'M',
  'P',
  'P',
  'T',
  'T',
  'G',
  'T',
  'T',
  'K',
  'T',
  'P',
  'T',
];

/**
 * Consonant skeleton of a Hangul word; `|` marks a vowel between consonants, so a consonant written twice
 * across a vowel (파이프: P|P) stays two, while one written as a final and an initial (셀렉터: 셀+렉) is one.
 */
export function hangulSkeleton(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0) - BASE;
    if (c < 0 || c >= 11172) return '';
    out += `${INITIAL[Math.floor(c / 588)] ?? ''}|${FINAL[c % 28] ?? ''}`;
  }
  return tidy(out.replace(/([A-Z])\1+/g, '$1'));
}

// Vowel marks only matter between two equal consonants.
function tidy(s: string): string {
  return s
    .replace(/\|+/g, '|')
    .replace(/^\||\|$/g, '')
    .replace(/([A-Z])\|(?!\1)/g, '$1')
    .replace(/\|/g, '-');
}

const VOWEL = /[aeiouy]/;

/** Skeletons of a Latin word (several when a letter is ambiguous), at most 8. */
export function latinSkeletons(word: string): string[] {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  let outs = [''];
  const push = (...classes: string[]) => {
    const next: string[] = [];
    for (const o of outs) for (const c of classes) next.push(o + c);
    outs = [...new Set(next)].slice(0, 8);
  };
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    const nx = w[i + 1] ?? '';
    const two = ch + nx;
    if (VOWEL.test(ch) && !(ch === 'y' && i === 0)) {
      push('|');
      continue;
    }
    if (two === 'ph') {
      push('P');
      i++;
    } else if (two === 'th') {
      push('S', 'T');
      i++;
    } else if (two === 'sh') {
      push('S');
      i++;
    } else if (two === 'ch') {
      push('S', 'K');
      i++;
    } else if (two === 'ck') {
      push('K');
      i++;
    } else if (two === 'gh') {
      i++;
    } else if (two === 'ng') {
      push('G');
      i++;
    } else if (two === 'nk') {
      push('G');
    } else if (ch === 't' && w.slice(i + 1, i + 3) === 'ch') {
      // `tch` is one sound (fetch → 페치)
    } else if (ch === 't' && /^i[aeou]/.test(w.slice(i + 1))) {
      push('S'); // -tion, -tial
    } else if (ch === 'c') push(/[eiy]/.test(nx) ? 'S' : 'K');
    else if (ch === 'g') push(/[eiy]/.test(nx) ? 'S' : 'K', ...(/[eiy]/.test(nx) ? ['K'] : []));
    else if (ch === 'q') push('K');
    else if (ch === 'k') push('K');
    else if (ch === 'x') push('KS');
    else if (ch === 'd' || ch === 't') push('T', ...(nx === 'u' ? ['S'] : [])); // capture → 캡처
    else if (ch === 'b' || ch === 'p' || ch === 'f' || ch === 'v') push('P');
    else if (ch === 's' || ch === 'z' || ch === 'j') push('S');
    else if (ch === 'l') push('L');
    else if (ch === 'r') push(VOWEL.test(nx) && !(nx === 'e' && i + 2 === w.length) ? 'L' : ''); // -re is silent
    else if (ch === 'm') push('M');
    else if (ch === 'n') push('N');
    else if (ch === 'h') push(i === 0 || VOWEL.test(nx) ? 'H' : '');
    // w and y are glides: nothing in the skeleton
  }
  return outs.map((o) => tidy(o.replace(/([A-Z])\1+/g, '$1'))).filter((s) => s.replace(/-/g, '').length >= 2);
}

/**
 * A Latin skeleton with one consonant left out, for letters English writes and does not say (listener →
 * 리스너): only for skeletons of four consonants or more, where one fewer still identifies the word.
 */
export function silentVariants(skeleton: string): string[] {
  const letters = skeleton.replace(/-/g, '');
  if (letters.length < 4) return [];
  const out = new Set<string>();
  for (let i = 0; i < skeleton.length; i++) {
    if (skeleton[i] === '-') continue;
    out.add(tidy(skeleton.slice(0, i) + skeleton.slice(i + 1)).replace(/([A-Z])\1+/g, '$1'));
  }
  return [...out];
}
