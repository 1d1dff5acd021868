import { isLoanwordOf } from '../search/loanword.ts';
import { analyzeHangul } from '../search/morph.ts';
import { editDistance } from '../text/edit-distance.ts';
import { stripParticle, toJamo } from '../text/korean.ts';
import { mentions, nameWords } from './text.ts';

/*
 * Ways a line names its term that masking cannot reach, since the name is not written whole: the line is no clue,
 * statement or choice for it.
 */

/** The Hangul words of a line, each as written and without its particle. */
function hangulWords(line: string): string[] {
  const words = line.match(/[\uAC00-\uD7A3]+/g) ?? [];
  return [...new Set([...words, ...words.map(stripParticle)])];
}

/**
 * Whether a line writes both halves of a compound word of the name apart (`블루(현재 운영) 옆에 그린(새 버전)` of
 * 블루그린 배포): each half starts a word of the line, and together they spell the word.
 */
export function splitsName(line: string, name: string): boolean {
  const words = hangulWords(line);
  return nameWords(name).some((w) => {
    if (!/^[\uAC00-\uD7A3]{4,}$/.test(w)) return false;
    for (let k = 2; k <= w.length - 2; k++) {
      const [front, back] = [w.slice(0, k), w.slice(k)];
      if (words.some((x) => x.startsWith(front)) && words.some((x) => x.startsWith(back))) return true;
    }
    return false;
  });
}

/**
 * The line with a Hangul word of the name it writes one letter (jamo) off spelled as the name is (`트렌잭션` in a
 * line of 트랜잭션): the notes' typo names the term as plainly as its spelling does, so it is masked as the name
 * is, and shown spelled right. A word the dictionary knows is written as meant.
 */
export function respellName(line: string, names: readonly string[]): string {
  const own = [...new Set(names.flatMap((n) => [n, ...nameWords(n)]))].filter((w) =>
    /^[\uAC00-\uD7A3]{3,}$/.test(w),
  );
  if (own.length === 0) return line;
  return line.replace(/[\uAC00-\uD7A3]+/g, (word) => {
    for (const stem of new Set([word, stripParticle(word)])) {
      const right = own.find(
        (w) => w !== stem && w.length === stem.length && editDistance(toJamo(stem), toJamo(w), 1) <= 1,
      );
      // A word the dictionary knows is no typo (`여러 페이지로` in a line of 페이징 stays as written).
      if (right && analyzeHangul(stem).kind === 'unknown') return right + word.slice(stem.length);
    }
    return word;
  });
}

/**
 * The parts of a name a line shows without writing the name: a Korean word of it, of one syllable too (`힙으로` of
 * 힙 정렬), or its last two syllables or more (`상태` of 무상태), from three syllables one letter off at most
 * (`페이지` of 페이징); or a
 * Latin word of four letters or more inside a Latin word of it (`prompt()` of beforeinstallprompt).
 */
export function namePartsIn(line: string, name: string): string[] {
  const words = hangulWords(line);
  const latin = (line.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase());
  // The words a code name joins (`getContext` → context): read apart, each is an English word a loanword reads.
  const latinWords = (line.match(/\b[a-z]+(?:[A-Z][a-z]+)+\b/g) ?? []).flatMap((w) =>
    (w.match(/[A-Z][a-z]+/g) ?? []).map((p) => p.toLowerCase()),
  );
  const out: string[] = [];
  // `2단계` of 2단계 락킹 is its word 단계 counted: `확장 단계 → 축소 단계` shows it.
  const parts = name
    .split(/[\s\-/()·,]+/)
    .map((p) => p.replace(/^\d+(?=[\uAC00-\uD7A3]{2})/, ''))
    .filter((p) => p.length > 0);
  for (const [i, part] of parts.entries()) {
    // The one-syllable head noun of a name (`큐` of 지연 큐) names its kind, which its siblings share.
    if (part.length === 1 && i > 0 && i === parts.length - 1) continue;
    if (/^[\uAC00-\uD7A3]+$/.test(part)) {
      const ends = [part];
      for (let k = 1; k <= part.length - 2; k++) ends.push(part.slice(k));
      for (const end of ends) {
        const jamo = toJamo(end);
        // One syllable is a word only alone (`힙으로`, not `힙합`); two only as written (`서버` is not `서비스`).
        const near = (w: string) =>
          end.length === 1
            ? w === end
            : end.length === 2
              ? w.startsWith(end)
              : w.length >= end.length && editDistance(toJamo(w.slice(0, end.length)), jamo, 1) <= 1;
        if (words.some(near)) {
          out.push(end);
          break;
        }
      }
      // `getContext` of 렌더링 컨텍스트, `fillText` of 텍스트 그리기: the English word the loanword reads.
      const read = part.length >= 3 ? latinWords.find((w) => isLoanwordOf(part, w)) : undefined;
      if (read) out.push(read);
    } else if (/^[A-Za-z][\w.-]*$/.test(part) && part.length > 4) {
      const lower = part.toLowerCase();
      const inside = latin.find((w) => w !== lower && lower.includes(w));
      if (inside) out.push(inside);
    }
  }
  return out;
}

/**
 * The words another Korean name of the term puts before its head noun that a line shows (`유령처럼` of 팬텀 리드, whose
 * other name is 유령 읽기): the name translated, word for word, which no mask of the name reaches.
 */
export function aliasWordsIn(line: string, name: string, names: readonly string[]): string[] {
  // Of a name in English (`ORM`, `PUT`) the other Korean name is what it means (`객체 관계 매핑`, `전체 수정`), which its
  // definition says in words too; a Korean name written as a loanword (팬텀) has the words of its meaning left over.
  if (!/[\uAC00-\uD7A3]/.test(name)) return [];
  const own = new Set(nameWords(name));
  const modifiers = names
    .filter((n) => n !== name && /^[\uAC00-\uD7A3]+(?:\s+[\uAC00-\uD7A3]+)+$/.test(n))
    .flatMap((n) => n.split(/\s+/).slice(0, -1))
    .filter((w) => w.length >= 2 && !own.has(w));
  if (modifiers.length === 0) return [];
  const words = hangulWords(line);
  // The word itself, a particle aside (`부하량` of 부하 분산기 is another word).
  return modifiers.filter((m) => words.includes(m));
}

/**
 * The words of a list's label an item shows, written or as the English its loanword reads (`mousemove` of 마우스
 * 이벤트, `beforeunload` of 로드 이벤트): the right choice that alone shows one is picked by the word.
 */
export function labelWordsShown(item: string, label: string): string[] {
  const latin = item.match(/[A-Za-z]{3,}/g) ?? [];
  const reads = (word: string) =>
    /^[\uAC00-\uD7A3]{2,}$/.test(word) &&
    latin.some((l) => {
      const lower = l.toLowerCase();
      for (let i = 0; i < lower.length; i++)
        for (let j = i + 3; j <= lower.length; j++) if (isLoanwordOf(word, lower.slice(i, j))) return true;
      return false;
    });
  return nameWords(label).filter((w) => mentions(item, [w]) || reads(w));
}

/**
 * Whether a line writes a short form of the term's English name in capitals (`(DEMUX)` of Demultiplexer, `MUX` of
 * Multiplexer): its letters in order from the name's first, a shortening the name's mask cannot reach.
 */
export function abbreviatesName(line: string, names: readonly string[]): boolean {
  const english = names.map((n) => n.toLowerCase().replace(/[^a-z]/g, '')).filter((n) => n.length >= 6);
  if (english.length === 0) return false;
  // A word of the name, or its start (`XOR` of XOR 게이트, `DOM` of DOMContentLoaded), is the name's to mask.
  const words = names.flatMap((n) => n.toLowerCase().split(/[^a-z]+/)).filter(Boolean);
  return (line.match(/\b[A-Z]{3,}\b/g) ?? []).some((token) => {
    const t = token.toLowerCase();
    if (words.some((w) => w.startsWith(t))) return false;
    return english.some((n) => {
      // From the name's first two letters (`DE…` of demultiplexer), not letters picked across it (`CAS` is no
      // short form of ConcurrentHashMap).
      if (!n.startsWith(t.slice(0, 2)) || t.length >= n.length) return false;
      let k = 0;
      for (const c of n) if (c === t[k]) k++;
      return k === t.length;
    });
  });
}
