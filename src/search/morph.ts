import { stripParticle } from '../text/korean.ts';
import { lexicon } from './lexicon.ts';

/*
 * A small Korean analyser for search: it reduces an eojeol to the stems it is built on, checking every guess
 * against the dictionary (lexicon.ts), so an ending list can be generous without inventing words.
 *   저장해 → 저장 (a 하다 verb: its noun is what the word is about)
 *   쓰나요 → 쓰, 숨겨놓기 → 숨기 (+ 놓), 빠른 → 빠르, 막는다 → 막   (predicates)
 *   무효화는 → 무효화 (a noun), 쿠버네티스는 → 쿠버네티스 (unknown: a loanword or a name)
 */

/** What a Hangul word is, for deciding whether it names a topic. */
export type WordKind = 'noun' | 'adverb' | 'verb' | 'adjective' | 'unknown';

export interface WordAnalysis {
  kind: WordKind;
  /** Forms to match in the notes, best first: the particle-stripped word, then stems. */
  stems: string[];
  /** For `X하다`/`X되다` forms of a verb, the noun X (`저장해` → 저장): a topic word, unlike the ending. */
  noun?: string;
}

// Endings that follow a predicate stem, as syllables; `ㄴ`, `ㄹ`, `ㅁ`, `ㅂ`, `ㅆ` below are final consonants
// fused into the stem's last syllable (`간` = 가 + ㄴ, `했` = 하 + ㅆ).
const ENDINGS = [
  // -아/어야 되다/하다 (must), after the stem's 아/어 form: 써야돼 = 써 + 야돼, 넣어야함 = 넣어 + 야함.
  '야되나요',
  '야되나',
  '야돼요',
  '야해요',
  '는거예요',
  '는거임',
  '은거임',
  '야돼',
  '야되',
  '야함',
  '야해',
  '는거에요',
  '는건가요',
  '는건지',
  '는거야',
  '는거죠',
  '는거',
  '은거야',
  '은거',
  '거야',
  '거임',
  '을까요',
  '는가요',
  '은가요',
  '으니까요',
  '으니까',
  // Spoken and describing endings: 되잖아, 기다리느라, 흘려보내듯, 많을수록.
  '잖아요',
  '잖아',
  '느라고',
  '느라',
  '을수록',
  '듯이',
  '듯',
  '으려니까',
  '으려는데',
  '으려면',
  '으려고',
  '려니까',
  '려는데',
  '으라고',
  '으면서',
  '자마자',
  '습니다',
  '으세요',
  '는데요',
  '은데요',
  '나요',
  '니까요',
  '니까',
  '는데',
  '은데',
  '는지',
  '은지',
  '는가',
  '은가',
  '가요',
  '려면',
  '려고',
  '라고',
  '다고',
  '냐고',
  '으면',
  '면서',
  '어서',
  '아서',
  '여서',
  '으며',
  '도록',
  '지요',
  '으러',
  '다가',
  '더라',
  '더니',
  '거나',
  '거든',
  '네요',
  '군요',
  '어요',
  '아요',
  '여요',
  '에요',
  '예요',
  '어야',
  '아야',
  '여야',
  '어도',
  '아도',
  '여도',
  '는다',
  '니다',
  '세요',
  '을까',
  '까요',
  '는',
  '은',
  '을',
  '음',
  '냐',
  '니',
  '면',
  '고',
  '서',
  '며',
  '게',
  '기',
  '지',
  '죠',
  '자',
  '러',
  '던',
  '네',
  '군',
  '요',
  '어',
  '아',
  '여',
  '야',
  '다',
  '까',
  '도',
];
const FINAL_ENDINGS = ['ㄴ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅆ'];
const JONG = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
// Second syllable of `ㄴ다`, `ㄹ까`, `ㅂ니다` …: what may follow a fused final consonant.
const AFTER_FINAL: Record<string, string[]> = {
  ㄴ: ['', '다', '데', '지', '가', '가요', '거야', '거', '데요', '대', '대요'],
  ㄹ: ['', '까', '까요', '게', '래', '래요', '거야', '수록'],
  ㅁ: [''],
  ㅂ: ['니다', '니까'],
  ㅆ: [
    '',
    '다',
    '어',
    '어요',
    '는데',
    '고',
    '지',
    '나요',
    '니',
    '는지',
    '던',
    '을까',
    '을까요',
    '죠',
    '네',
    '더니',
    '거나',
  ],
};
// Suffixes that make a verb from a noun: 저장하다, 저장되다, 변경시키다, 거절당하다.
const VERBALISERS = ['하', '되', '시키', '당하', '받'];

// Auxiliary verbs that follow a verb's 아/어 form (나눠주다, 숨겨놓다, 받아오다, 정해두다, 만들어지다).
const AUXILIARIES = ['버리', '가지', '치우', '주', '놓', '두', '보', '오', '가', '내', '있', '대', '지'];

const BASE = 0xac00;

function parts(syllable: string): [number, number, number] | undefined {
  const c = syllable.charCodeAt(0) - BASE;
  if (c < 0 || c >= 11172) return undefined;
  return [Math.floor(c / 588), Math.floor((c % 588) / 28), c % 28];
}

function compose(cho: number, jung: number, jong: number): string {
  return String.fromCharCode(BASE + cho * 588 + jung * 28 + jong);
}

// Endings before which a stem's final ㄹ is dropped (만들 + 는 → 만드는).
const RIEUL_DROPS = /^[ㄴㄹㅂ는니세시]/;

// Vowel indices (ㅏ=0 … ㅣ=20).
const V = { a: 0, ae: 1, eo: 4, e: 5, yeo: 6, o: 8, wa: 9, wae: 10, oe: 11, u: 13, wo: 14, eu: 18, i: 20 };
const CHO = { h: 18, d: 3, r: 5, ieung: 11 };
// Vowels a connective 아/어 form ends in, contracted or not: 받아, 먹어, 숨겨, 봐, 나눠, 해, 돼.
const CONNECTIVE_VOWELS = new Set([V.a, V.eo, V.yeo, V.wa, V.wo, V.ae, V.wae]);

/**
 * Stems a predicate form may come from, undoing the contractions of 어/아 and the common irregulars:
 * 해 → 하, 돼 → 되, 봐 → 보, 눠 → 누, 겨 → 기, 써 → 쓰, 빨라 → 빠르, 쉬워 → 쉽.
 */
function restore(stem: string, rest: string): string[] {
  const out = [stem];
  const last = stem.at(-1) ?? '';
  const p = parts(last);
  if (!p) return out;
  const [cho, jung, jong] = p;
  const head = stem.slice(0, -1);
  if (jong !== 0) return out;
  // A connective 아/어/여 left on the stem (`받아` + 오): the stem is what comes before it.
  if (cho === CHO.ieung && (jung === V.a || jung === V.eo || jung === V.yeo) && head.length > 0)
    out.push(head);
  const swap = (v: number) => out.push(head + compose(cho, v, 0));
  if (jung === V.ae && cho === CHO.h) swap(V.a); // 해 → 하
  if (jung === V.wae) swap(V.oe); // 돼 → 되
  if (jung === V.wa) swap(V.o); // 봐 → 보
  // 놔 = 놓 + 아 (켜놔, 숨겨놔): the ㅎ of 놓 goes with the contraction.
  if (jung === V.wa && cho === 2) out.push(`${head}놓`);
  if (jung === V.wo) swap(V.u); // 눠 → 누
  if (jung === V.yeo) swap(V.i); // 겨 → 기, 져 → 지
  if (jung === V.eo || jung === V.a) swap(V.eu); // 써 → 쓰, 바빠 → 바쁘
  // 르 irregular: 빨라 = 빠르 + 아 (the ㄹ moved onto the syllable before).
  const prev = parts(stem.at(-2) ?? '');
  if (prev && prev[2] === 8 && cho === CHO.r && (jung === V.a || jung === V.eo)) {
    out.push(stem.slice(0, -2) + compose(prev[0], prev[1], 0) + compose(CHO.r, V.eu, 0));
  }
  // ㅂ irregular: 쉬워 = 쉽 + 어, 고마워 = 고맙 + 어; before ㄴ, ㄹ and 니, 면 its ㅂ is 우 (쉬운, 가벼울, 새로우니).
  const bieup = jung === V.wo || jung === V.wa || (jung === V.u && rest !== '');
  if (prev && prev[2] === 0 && cho === CHO.ieung && bieup) {
    out.push(stem.slice(0, -2) + compose(prev[0], prev[1], 17));
  }
  // ㄹ drops before ㄴ, ㅂ and 는/니/세/시 (만든 = 만들 + ㄴ, 만드는, 여는 = 열 + 는): tried last.
  if (RIEUL_DROPS.test(rest)) out.push(head + compose(cho, jung, 8));
  return out;
}

interface Split {
  stem: string;
  rest: string;
}

// Every way to cut a predicate ending off the word (one layer); the stems are checked by the caller.
function cuts(word: string): Split[] {
  // The bare form too: 필요해, 저장돼, 빨라 are whole words.
  const out: Split[] = [{ stem: word, rest: '' }];
  for (const e of ENDINGS) {
    if (word.length > e.length && word.endsWith(e)) out.push({ stem: word.slice(0, -e.length), rest: e });
  }
  // A final consonant fused into the stem's last syllable: 간다 → 가 + ㄴ다, 했어 → 하 + ㅆ어.
  for (let k = word.length - 1; k >= Math.max(0, word.length - 3); k--) {
    const p = parts(word[k] ?? '');
    if (!p || p[2] === 0) continue;
    const final = JONG[p[2]] ?? '';
    const tail = word.slice(k + 1);
    if (!FINAL_ENDINGS.includes(final) || !(AFTER_FINAL[final] ?? []).includes(tail)) continue;
    out.push({ stem: word.slice(0, k) + compose(p[0], p[1], 0), rest: final + tail });
  }
  return out;
}

// A verb's 아/어 form with 야 (써야, 넣어야, 저장해야): what -어야 하다/되다 attaches to.
function mustForm(word: string): boolean {
  if (word.length < 2 || !word.endsWith('야')) return false;
  const vowel = parts(word.at(-2) ?? '')?.[1];
  return vowel !== undefined && CONNECTIVE_VOWELS.has(vowel);
}

type Found = { kind: 'verb' | 'adjective'; stem: string; noun?: string; aux?: boolean };

// A stem the dictionary knows as a verb or adjective, directly, as X하다/X되다, or as V-어 + auxiliary
// (`나눠주`, `숨겨놓`: the first verb carries the meaning).
function predicateStem(stem: string, depth: number, rest = '', compound?: Found[]): Found | undefined {
  const lex = lexicon();
  for (const s of restore(stem, rest)) {
    if (lex.adjectives.has(s)) return { kind: 'adjective', stem: s };
    for (const v of VERBALISERS) {
      if (s.length > v.length && s.endsWith(v)) {
        const noun = s.slice(0, -v.length);
        // `써야 되`, `저장해야 하`: -어야 하다/되다 (must) on a verb, not a noun 써야.
        if (mustForm(noun)) continue;
        // `주고받`: a verb of the dictionary whose front is no noun is that verb, not 주고 + 받다.
        if (lex.verbs.has(s) && !lex.nouns.has(noun)) return { kind: 'verb', stem: s };
        return { kind: 'verb', stem: s, noun };
      }
    }
    // The copula on a noun (`오류일 때`, `배열이면`, `숫자인`): the noun is what the word is about.
    if (s.length >= 2 && s.endsWith('이') && !lex.verbs.has(s) && !lex.nouns.has(s)) {
      const noun = s.slice(0, -1);
      if (lex.nouns.has(noun)) return { kind: 'verb', stem: s, noun };
    }
    if (lex.verbs.has(s)) return { kind: 'verb', stem: s };
  }
  // Auxiliary after a connective form: 나눠 + 주, 숨겨 + 놓, 받아 + 오.
  if (depth === 0) {
    // The auxiliary contracted with its ending too (만들어져 = 만들어 + 지 + 어).
    for (const form of restore(stem, rest)) {
      for (const aux of AUXILIARIES) {
        if (form.length <= aux.length || !form.endsWith(aux)) continue;
        const main = form.slice(0, -aux.length);
        const vowel = parts(main.at(-1) ?? '')?.[1];
        if (vowel === undefined || !CONNECTIVE_VOWELS.has(vowel)) continue;
        const first = predicateStem(main, 1);
        if (first) return { ...first, aux: true };
      }
    }
    // Two verbs compounded through the connective form (채워넣, 갈아끼우, 꽂아넣): both must be the dictionary's;
    // the caller takes it only once no ending reading holds.
    for (const form of compound?.length === 0 ? restore(stem, rest) : []) {
      // The first verb in its connective form takes two syllables at least (`커널` is no 커 + 널다).
      for (let k = form.length - 1; k >= 2; k--) {
        const second = form.slice(k);
        const main = form.slice(0, k);
        if (!lex.verbs.has(second)) continue;
        const vowel = parts(main.at(-1) ?? '')?.[1];
        if (vowel === undefined || !CONNECTIVE_VOWELS.has(vowel)) continue;
        const first = predicateStem(main, 1);
        if (first && !first.noun && compound?.length === 0) compound.push(first);
      }
    }
  }
  return undefined;
}

// Predicate reading of a word: endings peeled off (up to three layers, 숨겨놓았었다), stems checked.
function asPredicate(word: string): Found | undefined {
  let frontier = [word];
  // A compound reading, kept for when no ending reading holds (`날아갈` is 날아가 + ㄹ, not 날아 + 갈다).
  const compound: Found[] = [];
  for (let layer = 0; layer < 3 && frontier.length > 0; layer++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (const { stem, rest } of cuts(w)) {
        const found = predicateStem(stem, 0, rest, layer === 0 ? compound : undefined);
        if (found) return found;
        if (rest !== '') next.push(stem);
      }
    }
    frontier = next.slice(0, 24);
  }
  return compound[0];
}

// Two predicates chained (`해주는` = 하 + 어 주 + 는, `나눠주는`): a reading too regular to be chance, so it wins
// over a noun that only the particle strip finds (해주 is a place name in the dictionary).
function chained(word: string): boolean {
  return !lexicon().nouns.has(word) && asPredicate(word)?.aux === true;
}

const memo = new Map<string, WordAnalysis>();

/**
 * What a Hangul word is and the stems to match it by. A noun reading (after particles) wins over a predicate
 * reading, so `서버는` is 서버 and not 서다; a word the dictionary does not know at all is `unknown` — in IT notes
 * that is mostly a loanword or a name (`쿠버네티스`), i.e. a topic.
 */
/** Whether the word reads as a predicate with its endings (`가요` = 가 + 요), whatever noun it may also spell. */
export function hasPredicateReading(word: string): boolean {
  return asPredicate(word) !== undefined;
}

export function analyzeHangul(word: string): WordAnalysis {
  const hit = memo.get(word);
  if (hit) return hit;
  const lex = lexicon();
  const stripped = stripParticle(word);
  let out: WordAnalysis;
  if (lex.adverbs.has(word) || (lex.adverbs.has(stripped) && !lex.nouns.has(stripped))) {
    out = { kind: 'adverb', stems: [stripped] };
  } else if ((lex.nouns.has(stripped) || lex.nouns.has(word)) && !chained(word)) {
    out = { kind: lex.adverbs.has(stripped) ? 'adverb' : 'noun', stems: [stripped] };
  } else {
    // A particle on a nominalised verb (`바꾸기만`, `넣기도`) hides the -기 from the ending list.
    const p =
      asPredicate(word) ?? (stripped !== word && stripped.endsWith('기') ? asPredicate(stripped) : undefined);
    if (p) {
      const stems = [stripped];
      if (p.noun) stems.push(p.noun);
      if (!stems.includes(p.stem)) stems.push(p.stem);
      out = { kind: p.kind, stems, ...(p.noun ? { noun: p.noun } : {}) };
    } else {
      out = { kind: 'unknown', stems: [stripped] };
    }
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(word, out);
  return out;
}
