/*
 * Loanwords across scripts: `middleware` ↔ 미들웨어, `framework` ↔ 프레임워크, `commit` ↔ 커밋. Both spellings
 * reduce to a consonant skeleton in a few sound classes (K T P S J C L M N G H), the way Korean loanword orthography
 * maps English sounds: voiced and voiceless stops fall together (g/k → ㄱ/ㅋ, d/t → ㄷ/ㅌ, b/p/f/v → ㅂ/ㅍ),
 * s/sh/th → ㅅ, j/z/soft g → ㅈ, ch/tch → ㅊ, r before a consonant or at the end is silent
 * (server → 서버), and vowels only separate consonants. Two words meet when a skeleton of one equals a
 * skeleton of the other; ambiguous letters (soft g, th, ch) give several skeletons.
 */

const BASE = 0xac00;
// Initial consonants ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ.
const INITIAL = [
  'K',
  'K',
  'N',
  'T',
  'T',
  'L',
  'M',
  'P',
  'P',
  'S',
  'S',
  '',
  'J',
  'J',
  'C',
  'K',
  'T',
  'P',
  'H',
];
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
      push('C', 'K', 'S'); // chain 체인, architecture 아키텍처, cache 캐시
      i++;
    } else if (two === 'ck') {
      push('K');
      i++;
    } else if (two === 'gh') {
      i++;
    } else if (two === 'ng') {
      // The g is sounded before l, r or a vowel in many words (dangling 댕글링, angular 앵귤러, finger 핑거), silent
      // in others (singer 싱어), and soft before e/i/y (engine 엔진, change 체인지).
      const after = w[i + 2] ?? '';
      if (/[eiy]/.test(after)) push('G', 'GK', 'NJ');
      else if (/[aoulr]/.test(after)) push('G', 'GK');
      else push('G');
      i++;
    } else if (two === 'nk') {
      push('G');
    } else if (
      ch === 't' &&
      (w.slice(i + 1, i + 3) === 'ch' || (w[i - 1] === 's' && /^(?:en|le)/.test(w.slice(i + 1))))
    ) {
      // `tch` is one sound (fetch → 페치); the t of `-sten`, `-stle` is silent (listener → 리스너)
    } else if (ch === 't' && /^i[aeou]/.test(w.slice(i + 1))) {
      push('S'); // -tion, -tial → 션
    } else if (ch === 'c') push(/[eiy]/.test(nx) ? 'S' : 'K');
    else if (ch === 'g') push(...(/[eiy]/.test(nx) ? ['J', 'K'] : ['K']));
    else if (ch === 'q') push('K');
    else if (ch === 'k') push('K');
    else if (ch === 'x') push('KS');
    else if (ch === 't')
      push('T', ...(nx === 'u' ? ['C'] : [])); // capture → 캡처
    else if (ch === 'd')
      push('T', ...(nx === 'u' ? ['J'] : [])); // schedule → 스케줄
    else if (ch === 'b' || ch === 'p' || ch === 'f' || ch === 'v') push('P');
    // closure → 클로저, resolver → 리졸버: an s before u, or between vowels, may be voiced.
    else if (ch === 's')
      push('S', ...(nx === 'u' || (VOWEL.test(nx) && VOWEL.test(w[i - 1] ?? '')) ? ['J'] : []));
    else if (ch === 'z' || ch === 'j') push('J');
    else if (ch === 'l') push('L');
    else if (ch === 'r')
      push(VOWEL.test(nx) && !(nx === 'e' && i + 2 === w.length) ? 'L' : ''); // -re is silent
    else if (ch === 'm') push('M');
    else if (ch === 'n') push('N');
    else if (ch === 'h') push(i === 0 || VOWEL.test(nx) ? 'H' : '');
    // w and y are glides: nothing in the skeleton
  }
  return outs.map((o) => tidy(o.replace(/([A-Z])\1+/g, '$1'))).filter((s) => s.replace(/-/g, '').length >= 2);
}

// English vowel letters each Korean vowel may spell in a loanword (ㅓ is the schwa: server → 서버, cut → 컷).
const VOWELS_OF: Record<number, string> = {
  0: 'aoi', // ㅏ  (lock 락, mind 마인드)
  1: 'ae', // ㅐ
  2: 'ai', // ㅑ
  3: 'a', // ㅒ
  4: 'euoai', // ㅓ
  5: 'ea', // ㅔ
  6: 'eui', // ㅕ
  7: 'e', // ㅖ
  8: 'oua', // ㅗ  (call → 콜)
  9: 'aou', // ㅘ
  10: 'a', // ㅙ
  11: 'ew', // ㅚ
  12: 'oi', // ㅛ
  13: 'ue', // ㅜ
  14: 'oaue', // ㅝ (query → 쿼리)
  15: 'ea', // ㅞ
  16: 'ie', // ㅟ
  17: 'uei', // ㅠ
  18: 'eoaiu', // ㅡ before a final consonant is a real vowel (token → 토큰)
  19: 'ie', // ㅢ
  20: 'ieay', // ㅣ  (image 이미지, message 메시지)
};

// Vowels of a Hangul loanword as spoken, without the ones Korean adds: ㅡ after a consonant (스, 트), the ㅣ
// of a last 시/지/치 (push 푸시, page 페이지), and the second half of a diphthong (에이, 오우, 아이).
function hangulVowels(word: string): number[] {
  const out: number[] = [];
  const chars = [...word];
  chars.forEach((ch, k) => {
    const c = ch.charCodeAt(0) - BASE;
    const cho = Math.floor(c / 588);
    const jung = Math.floor((c % 588) / 28);
    const jong = c % 28;
    // ㅡ with a final ㄹ before ㄹ spells a cluster (클릭 = click, 블록 = block), not a vowel.
    const next = k + 1 < chars.length ? (chars[k + 1] as string).charCodeAt(0) - BASE : -1;
    if (jung === 18 && (jong === 0 || (jong === 8 && next >= 0 && Math.floor(next / 588) === 5))) return;
    if (k === chars.length - 1 && jung === 20 && jong === 0 && [9, 10, 12, 13, 14].includes(cho)) return;
    const prev = k > 0 ? (chars[k - 1] as string).charCodeAt(0) - BASE : -1;
    if (cho === 11 && (jung === 20 || jung === 13) && prev >= 0 && prev % 28 === 0 && out.length > 0) return;
    out.push(jung);
  });
  return out;
}

// Vowel groups of an English word; a final silent e is dropped (pipe, closure).
function latinVowels(word: string): string[] {
  // The u of qu is a glide, not a vowel (squash → 스쿼시).
  const w = word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/qu/g, 'q');
  // oo and ou are one sound each (cookie 쿠키, route 루트, router 라우터).
  const groups = [...w.matchAll(/[aeiou]+|(?<=[^aeiou])y/g)].map((m) =>
    m[0].replace(/oo/g, 'u').replace(/ou/g, 'au'),
  );
  if (groups.length > 1 && /[^aeiou]e$/.test(w)) groups.pop();
  return groups;
}

/**
 * True when the vowels of a Hangul word and of a Latin word can be the same word's: every vowel pairs up in
 * order with one the other may spell (one may go unpaired in words of three vowels or more).
 */
export function vowelsAgree(hangul: string, latin: string): boolean {
  const k = hangulVowels(hangul);
  // qu is written with a w-vowel or ㅜ (query 쿼리, quick 퀵), never 크기.
  if (/qu/i.test(latin) && !k.some((v) => [9, 10, 11, 13, 14, 15, 16, 17].includes(v))) return false;
  const groups = latinVowels(latin);
  // A group may be one vowel (thread) or two (react → 리액트): its letters may pair separately.
  const e = groups.join('');
  // Longest in-order pairing of compatible vowels (a tiny LCS).
  const dp = Array.from({ length: k.length + 1 }, () => new Array<number>(e.length + 1).fill(0));
  for (let i = 1; i <= k.length; i++) {
    for (let j = 1; j <= e.length; j++) {
      const row = dp[i] as number[];
      const up = dp[i - 1] as number[];
      const ok = (VOWELS_OF[k[i - 1] as number] ?? '').includes(e[j - 1] as string);
      row[j] = Math.max(up[j] as number, row[j - 1] as number, ok ? (up[j - 1] as number) + 1 : 0);
    }
  }
  const paired = dp[k.length]?.[e.length] ?? 0;
  const most = Math.max(k.length, groups.length);
  return most > 0 && paired >= most - (most >= 3 ? 1 : 0);
}

// A loanword starts with a w-glide (윈도우, 웹, 워커) only where the English word starts with w: 윈도우 is not `into`.
const W_GLIDES = new Set([9, 10, 11, 14, 15, 16]);

/** Whether a Hangul and a Latin word whose skeletons meet are one word's spellings: their vowels and glides agree. */
export function sameLoanword(hangul: string, latin: string): boolean {
  const c = (hangul.codePointAt(0) ?? 0) - 0xac00;
  const initial = Math.floor(c / 588);
  const vowel = Math.floor((c % 588) / 28);
  if (initial === 11 && W_GLIDES.has(vowel) && !/^(w|wh|o)/.test(latin)) return false;
  // An English word that starts with a vowel is written from ㅇ (edge → 엣지, never 태그 of tag).
  if (/^[aeiou]/i.test(latin) && initial !== 11) return false;
  return vowelsAgree(hangul, latin);
}

/** Whether a Hangul word of two syllables or more is the loanword of a Latin one (마진 ↔ margin), skeletons and all. */
export function isLoanwordOf(hangul: string, latin: string): boolean {
  if (!/^[\uAC00-\uD7A3]{2,}$/.test(hangul)) return false;
  const key = hangulSkeleton(hangul);
  return key !== '' && latinSkeletons(latin).includes(key) && sameLoanword(hangul, latin);
}
