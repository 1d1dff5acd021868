import { isHangul } from '../text/korean.ts';
import { hangulSkeleton, latinSkeletons, vowelsAgree } from './loanword.ts';

/*
 * Word translations read off the glossary's compound names: `virtual machine / 가상 머신` and `virtual memory / 가상
 * 메모리` agree on every word but one (머신 is machine by its sound, 메모리 by the glossary), so virtual is 가상. A
 * student writes `virtual server` or `address` on notes that say 가상 서버 and 주소, and no entry names either word.
 */

// A pair must be read off this many entries: one compound alone may be a free translation (`mac address / 물리 주소`).
const MIN_SUPPORT = 2;
const LATIN = /^[a-z]+$/;

/**
 * English word → Korean words (notes write Korean, students type English too), from compound names whose words agree position by position but for
 * one: the same word, the same loanword, or one glossary entry. Loanwords are left to the loanword matcher, a
 * word with an entry of its own to its entry, and one-syllable Korean words (문, 절) name too little.
 */
export function wordPairs(
  names: readonly string[][][],
  lookup: (tokens: string[]) => number[],
): Map<string, string[]> {
  const learned = new Set<string>();
  // Skeletons once per word: the same words recur across hundreds of names.
  const latinKeys = new Map<string, string[]>();
  const hangulKeys = new Map<string, string>();
  const loanword = (h: string, l: string) => {
    if (!isHangul(h) || !LATIN.test(l)) return false;
    const hk = hangulKeys.get(h) ?? hangulSkeleton(h);
    const lk = latinKeys.get(l) ?? latinSkeletons(l);
    hangulKeys.set(h, hk);
    latinKeys.set(l, lk);
    return lk.includes(hk) && vowelsAgree(h, l);
  };
  // Whether two words of the same position agree without a learned pair (the costly loanword test last).
  const agree = (h: string, l: string) => {
    if (h === l) return true;
    const ids = lookup([h]);
    return (ids.length > 0 && lookup([l]).some((id) => ids.includes(id))) || loanword(h, l);
  };
  // Each compound pair of one length, with the positions where its words disagree.
  const pairs: Array<{ id: number; l: string[]; h: string[]; off: number[] }> = [];
  names.forEach((entry, id) => {
    const latin = entry.filter((n) => n.length >= 2 && n.every((t) => /^[a-z0-9]+$/.test(t)));
    if (latin.length === 0) return;
    for (const h of entry) {
      if (h.length < 2 || !h.some(isHangul)) continue;
      for (const l of latin) {
        if (l.length !== h.length) continue;
        const off = l.flatMap((w, i) => (agree(h[i] ?? '', w) ? [] : [i]));
        if (off.length === 1 || off.length === 2) pairs.push({ id, l, h, off });
      }
    }
  });
  // Twice: a pair learned on the first pass aligns longer names on the second (network address translation).
  for (let pass = 0; pass < 2; pass++) {
    const support = new Map<string, Set<number>>();
    for (const { id, l, h, off } of pairs) {
      const open = off.filter((i) => !learned.has(`${l[i]}\t${h[i]}`));
      const i = open[0];
      if (open.length !== 1 || i === undefined) continue;
      const [lw = '', hw = ''] = [l[i], h[i]];
      if (!LATIN.test(lw) || !isHangul(hw) || hw.length < 2) continue;
      const key = `${lw}\t${hw}`;
      const ids = support.get(key) ?? new Set<number>();
      ids.add(id);
      support.set(key, ids);
    }
    for (const [key, ids] of support) if (ids.size >= MIN_SUPPORT) learned.add(key);
  }
  const out = new Map<string, string[]>();
  for (const key of learned) {
    const [l = '', h = ''] = key.split('\t');
    if (lookup([l]).length === 0) out.set(l, [...(out.get(l) ?? []), h]);
  }
  return out;
}
