import {
  fromWrongLayout,
  isChoseongQuery,
  isHangul,
  isLatin,
  isParticle,
  splitWords,
  stripParticle,
} from '../text/korean.ts';
import { type Analyzer, splitCompound } from './analyze.ts';
import { basicEnglish, commonEnglish, lexicon } from './lexicon.ts';
import { analyzeHangul, hasPredicateReading } from './morph.ts';
import { COUNTERS, COUNTING_WORDS, ENGLISH_SOFT, NUMERALS, SOFT_WORDS, STOP_WORDS } from './query-words.ts';

/**
 * One thing the user asked about. A section matches it when it contains every token of any alternative;
 * alternatives cover particles, stems, spelling, keyboard layout, compounds and glossary translations.
 */
export interface Concept {
  /** The words of the query this concept came from, particles stripped. */
  words: string[];
  alternatives: string[][];
  /** Initial-consonant query (`ㄹㄷㅂㄹㅅ`), matched against the titles' choseong. */
  choseong?: string;
  /**
   * Predicates, question words, numbers and generic words (`역할`, `장점`, `쓰나요`, `좋아요`): they rank, but
   * never decide whether the notes cover the question.
   */
  soft: boolean;
  /** Forms the user typed (as opposed to glossary names): only these are matched fuzzily, for typos. */
  typed: string[];
  /** The word's own forms (as typed, without particle, stems): spellings the user chose, which rank first. */
  forms: string[];
  /**
   * A common English word (`undo`, `background`): a topic when the notes have it, otherwise only a refinement
   * — its absence is no reason to answer nothing, as it would be for `kubernetes`.
   */
  weak?: boolean;
  /**
   * An everyday Korean noun (`절차`, `주소창`, `숫자`): a question may describe its topic with it, so its absence
   * forgives when the rest of the question points at one section (two of its topics or numbers there).
   */
  everyday?: boolean;
  /** What the question asks for rather than about (`어떻게` → a way to do it): a heading that says so ranks first. */
  intent?: boolean;
  /** A predicate that says nothing of its own (`하려면`, `돼`, `안`): it ranks, but describes nothing. */
  light?: boolean;
  /** A light word that negates (`안`, `못`, `없이`): unlike 하 or 되, it says what a line says (`주키퍼 없이`). */
  negates?: boolean;
  /** How much a soft concept counts (the question's intent, `어떻게` → 방법, counts as much as a topic). */
  weight?: number;
  /** Side of a comparison (`A랑 B 차이`) this concept belongs to; 0 when the query compares nothing. */
  side: number;
}

/** A parsed question: its concepts, and whether it asks for a comparison of two topics. */
export interface ParsedQuery {
  concepts: Concept[];
  /** `A vs B`, `A랑 B 차이`, `difference between A and B`: answer with both topics. */
  compare: boolean;
}

// Words that make a question a comparison; the topics are on either side of a conjunction or of `vs`.
const COMPARE_WORDS = new Set([
  '차이',
  '차이점',
  '비교',
  '다른점',
  'vs',
  'versus',
  'difference',
  'differences',
  'compare',
]);
const COMPARE_STEMS = new Set(['다르', '비교하', '구분하', '구별하']);
// Two everyday nouns written as one (`우리집` = 우리 + 집), the first maybe a word of the notes (`해시값` = 해시 + 값).
function nounCompound(an: Analyzer, word: string): boolean {
  const nouns = lexicon().nouns;
  for (let k = 2; k < word.length; k++) {
    const head = word.slice(0, k);
    if ((nouns.has(head) || an.vocab.has(head)) && nouns.has(word.slice(k))) return true;
  }
  return false;
}

// A Hangul word the dictionary spells as a noun only with what read as its particle (`골뱅이` is no 골뱅 + 이), or a
// loanword of a basic English word (`라벨` label, `호스트` host): it describes, as an everyday Korean noun does.
function describingNoun(c: Concept): boolean {
  const [word] = c.words;
  if (c.words.length !== 1 || word === undefined || !isHangul(word)) return false;
  if (c.forms.some((f) => f !== word && f.startsWith(word) && lexicon().nouns.has(f))) return true;
  const basic = basicEnglish();
  return c.alternatives.some((a) => a.length === 1 && basic.has(a[0] ?? ''));
}

/**
 * A Hangul word the dictionary has, as a noun (`숫자`, `네모`) or a predicate (`붙이기`): a word that describes, where
 * one it lacks (`소셜`, `서킷브레이커`) is more often a name of what the notes do not cover.
 */
export function dictionaryWord(word: string): boolean {
  if (!isHangul(word)) return false;
  if (lexicon().nouns.has(word)) return true;
  const kind = analyzeHangul(word).kind;
  return kind === 'verb' || kind === 'adjective';
}

// Korean topic words from which a question describes a thing rather than naming it.
const DESCRIBING = 4;
// English topic words from which a question is a sentence.
const ENGLISH_SENTENCE = 3;
const NEGATIONS = new Set(['안', '못']);

// What may follow a counter besides particles: 10개씩, 5KB짜리, 여러 개냐, 여러 개인데, 0.5초면.
const COUNTER_TAILS = new Set([
  '씩',
  '짜리',
  '째',
  '쯤',
  '냐',
  '이냐',
  '인데',
  '인데도',
  '이면',
  '면',
  '이나',
  '에나',
]);

function onlyParticles(rest: string): boolean {
  if (rest === '') return true;
  for (let k = rest.length; k > 0; k--) {
    const p = rest.slice(0, k);
    if ((isParticle(p) || COUNTER_TAILS.has(p)) && onlyParticles(rest.slice(k))) return true;
  }
  return false;
}

/** A counter with its particles (`개씩만`, `명한테만`, `번씩`): a count when a number comes before it. */
function counterWord(word: string): boolean {
  return COUNTERS.some((c) => word.startsWith(c) && onlyParticles(word.slice(c.length)));
}

// A number, spelt out or not, that a counter may follow (`10 개씩`, `0.5 초면`, `5kb 짜리`, `한 명한테`).
function counting(word: string): boolean {
  return /^\d/.test(word) || COUNTING_WORDS.has(word) || NUMERALS.has(word);
}

// `여러개라고`, `두번`: the count glued to its counter, unless the dictionary or the notes have the word (세대).
function gluedCount(an: Analyzer, word: string, stripped: string): boolean {
  const n = /^(?:여러|몇|한|두|세|네)/.exec(word)?.[0];
  return (
    n !== undefined &&
    counterWord(word.slice(n.length)) &&
    !lexicon().nouns.has(stripped) &&
    !an.isKnown(stripped)
  );
}
const HOW = new Set(['어떻게', '어케', 'how']);
// What asks to choose one of a few (`뭐가`, `어느 쪽`, `어떤 거`).
const WHICH = /^(?:뭐|뭘|무엇|어느|어떤|which)/;
const LATIN_AND = new Set(['and', 'vs', 'versus', 'or']);
// Conjunctions glued to the first topic: `A랑`, `A와`, `A과`, `A하고`, `A이랑`.
const GLUED_AND = /(?:이랑|랑|와|과|하고|및)$/;

const LEADING_PARTICLES = [
  '이랑',
  '랑',
  '와',
  '과',
  '하고',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '도',
];
const SHORT_PARTICLES = new Set([
  '의',
  '에',
  '도',
  '만',
  '와',
  '과',
  '랑',
  '는',
  '은',
  '을',
  '를',
  '이',
  '가',
  '로',
]);

function addAlt(alts: string[][], seen: Set<string>, tokens: string[]) {
  const t = tokens.filter((x) => x.length > 0);
  const key = t.join(' ');
  if (t.length === 0 || seen.has(key)) return;
  seen.add(key);
  alts.push(t);
}

// Sino-Korean suffixes a heading glues to a translated word (`symmetric NAT` → 대칭형 NAT, `mutability` → 가변성).
const SINO_SUFFIXES = ['형', '성', '률', '율', '화', '계', '식', '적'];

// A translation, and the heading words that are it with a Sino-Korean suffix.
function addTranslation(an: Analyzer, t: string, alts: string[][], seen: Set<string>) {
  addAlt(alts, seen, [t]);
  if (t.length < 2 || !isHangul(t)) return;
  for (const s of SINO_SUFFIXES) if (an.isTitleWord(t + s)) addAlt(alts, seen, [t + s]);
}

function addEntries(an: Analyzer, ids: number[], alts: string[][], seen: Set<string>) {
  for (const id of ids) {
    for (const name of an.glossary.names[id] ?? []) {
      addAlt(alts, seen, name);
      if (name.length > 1 && name.every(isHangul)) addAlt(alts, seen, [name.join('')]);
    }
  }
}

// English inflections a query may carry that the notes' names do not (`permissions`, `chaining`, `merged`).
function englishStems(word: string): string[] {
  const out: string[] = [];
  if (word.length > 4 && word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.length > 4 && word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (word.length > 5 && word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.length > 4 && word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  // Derived forms whose noun the glossary names (`normalized` → normalization, `validate` → validation,
  // `separately` → separate, `assistive` → assist, `reusable` → reuse).
  const verb = /^(.{3,}?)(?:ized|izing|ize|ised|ising|ise)$/.exec(word)?.[1];
  if (verb) out.push(`${verb}ization`, `${verb}isation`);
  const ate = /^(.{3,}?)(?:ated|ating|ate)$/.exec(word)?.[1];
  if (ate) out.push(`${ate}ation`);
  if (word.length > 5 && word.endsWith('ly')) out.push(word.slice(0, -2));
  // A quality's noun names the adjective's (`mutability` → mutable → 가변, as 가변성; `complexity` → complex).
  const able = /^(.{3,}?)(a|i)bility$/.exec(word);
  if (able) out.push(`${able[1]}${able[2]}ble`);
  else if (word.length > 7 && word.endsWith('ity')) out.push(word.slice(0, -3));
  if (word.length > 6 && word.endsWith('ive')) out.push(word.slice(0, -3));
  if (word.length > 6 && word.endsWith('able')) out.push(word.slice(0, -4), `${word.slice(0, -4)}e`);
  return out;
}

// A bare verb whose -ing, -ion or -ment noun a heading may name (`nest` → Nesting, `compile` → Compilation):
// English questions ask with the verb. Looked for in the notes only: through the glossary, a verb of question idiom
// reaches a noun's translation (`how does it work` → working → 작업).
function verbNouns(word: string): string[] {
  if (word.length < 4 || englishStems(word).length > 0) return [];
  const e = word.endsWith('e') ? word.slice(0, -1) : word;
  const out = [`${e}ing`, `${e}ation`, `${word}ment`];
  if (word.endsWith('t')) out.push(`${word}ion`);
  if (word.endsWith('l')) out.push(`${word}lation`);
  return out;
}

/** Whether a word names a topic (`content`), only refines the question (`soft`), or says nothing (`stop`). */
function wordRole(
  an: Analyzer,
  word: string,
  stripped: string,
  acronyms: Set<string>,
): 'content' | 'soft' | 'stop' {
  const role = baseRole(an, word, stripped, acronyms);
  // An English word the notes use in a heading is a topic there, however common (`let`, `var`, `all`).
  return role === 'soft' && isLatin(word) && an.isTitleWord(word) ? 'content' : role;
}

// A one-syllable noun with its particle (`풀의`, `대에`, `셸은`), which stripParticle keeps whole: the noun,
// when the notes have it.
function shortNoun(an: Analyzer, word: string): string | undefined {
  if (!isHangul(word) || word.length !== 2 || !SHORT_PARTICLES.has(word.slice(1))) return undefined;
  const head = word.slice(0, 1);
  return an.vocab.has(head) && !an.vocab.has(word) ? head : undefined;
}

function baseRole(
  an: Analyzer,
  word: string,
  stripped: string,
  acronyms: Set<string>,
): 'content' | 'soft' | 'stop' {
  if (isParticle(word)) return 'stop';
  // Before the one-syllable noun below: `하는` is no noun 하 with its particle, whatever a heading holds.
  // The colloquial -임 ends a question word as it ends a noun (`누구임`, `언제임`: 누구, 언제).
  const bare = isHangul(word) && word.length >= 2 && word.endsWith('임') ? word.slice(0, -1) : '';
  if (SOFT_WORDS.has(bare)) return 'soft';
  if (STOP_WORDS.has(word) || STOP_WORDS.has(stripped) || STOP_WORDS.has(bare)) {
    // A stop word that is also a name the glossary or the notes know, typed as one (`IT`, `OR`), is a topic.
    return acronyms.has(word) && (an.glossary.lookup([word]).length > 0 || an.vocab.has(word))
      ? 'content'
      : 'stop';
  }
  // A one-syllable generic word with its particle (`전에`, `안에서`, `때는`): soft whatever the notes hold, since
  // stripParticle keeps a single syllable whole.
  if (isHangul(word) && word.length >= 2 && SOFT_WORDS.has(word.slice(0, 1)) && isParticle(word.slice(1)))
    return 'soft';
  // A question's polite ending makes a predicate of a word the dictionary also has as a noun (`가요` is 가 + 요 in
  // `왜 먼저 가요`, not a pop song), unless the notes or the glossary name it.
  if (
    isHangul(word) &&
    word.length >= 2 &&
    word.endsWith('요') &&
    !an.isTitleWord(word) &&
    !an.glossary.koreanWords.has(word) &&
    hasPredicateReading(word)
  )
    return 'soft';
  const short = shortNoun(an, word);
  // A generic word keeps its role with a particle too (`한 대로`: a count, not a topic).
  if (short) return an.isTitleWord(short) && !SOFT_WORDS.has(short) ? 'content' : 'soft';
  // Any other one syllable with its particle (`끝에서`, `장씩`, `앱한테`) names as little as the syllable alone,
  // unless the word is a noun of its own (가로, 정도), or one with a shorter particle (`반대로` is 반대 + 로, not
  // 반 + 대로), or a heading's.
  if (
    isHangul(word) &&
    word.length >= 2 &&
    isParticle(word.slice(1)) &&
    !an.isTitleWord(word.slice(0, 1)) &&
    !an.isTitleWord(word) &&
    !lexicon().nouns.has(word) &&
    !(stripped.length >= 2 && lexicon().nouns.has(stripped))
  )
    return 'soft';
  if (SOFT_WORDS.has(stripped) || SOFT_WORDS.has(word)) return 'soft';
  if (/^\d+$/.test(word)) return 'soft';
  // A number with its unit or name (`100vh`, `2nf`): a topic when the notes write it so, else a measure asked about.
  if (/^\d+[a-z]+$/.test(word)) return an.vocab.has(word) ? 'content' : 'soft';
  if (isLatin(word)) return ENGLISH_SOFT.has(word) ? 'soft' : 'content';
  if (!isHangul(word)) return isChoseongQuery(word) ? 'content' : 'soft';
  // A name of three syllables or more that a heading or the glossary uses (`커버리지`) is a topic, whatever a
  // verb reading of it says (크 + 어 버리지); a heading's `만들기` is still a verb.
  // A verb the glossary names in dictionary form (느려지다, slow down) is still a verb (`느려지는`).
  const verb = lexicon().verbs.has(stripped) || lexicon().adjectives.has(stripped);
  const named =
    (an.glossary.koreanWords.has(stripped) && !verb) ||
    (an.isTitleWord(stripped) && !stripped.endsWith('기'));
  if (stripped.length >= 3 && named) {
    return 'content';
  }
  if (nominalised(an, stripped)) return 'soft';
  const a = analyzeHangul(word);
  if (a.kind === 'adverb') return 'soft';
  if (a.kind === 'verb' || a.kind === 'adjective') {
    // `리베이스하면`, `거절되는`: the verb is made from a noun, and the noun is what is asked about.
    const noun = a.noun;
    if (noun && noun.length >= 2 && !SOFT_WORDS.has(noun) && !STOP_WORDS.has(noun)) {
      const n = analyzeHangul(noun);
      if (n.kind !== 'adverb') return 'content';
    }
    return 'soft';
  }
  // One syllable names too little to decide coverage (`대`, `해`, `것`), unless a heading uses it (`웹`).
  if (stripped.length < 2 && !an.isTitleWord(stripped)) return 'soft';
  return 'content';
}

// `싸게 쓰기`, `한 번만 만들기`: a verb made a noun by -기 says what is done, even when the dictionary also lists the
// noun (쓰기, writing); a heading's or the glossary's word stays a name.
function nominalised(an: Analyzer, word: string): boolean {
  if (word.length < 2 || !word.endsWith('기') || an.isTitleWord(word) || an.glossary.koreanWords.has(word))
    return false;
  const stem = word.slice(0, -1);
  return lexicon().verbs.has(stem) || lexicon().adjectives.has(stem);
}

// `…(이)면` and `…(이)라면` after a noun the dictionary or the notes know.
function conditionalNoun(an: Analyzer, word: string): string | undefined {
  const m = /^(.{2,}?)(?:이라면|라면|이면|면)$/.exec(word);
  const noun = m?.[1];
  if (noun === undefined || an.vocab.has(word)) return undefined;
  return lexicon().nouns.has(noun) || an.vocab.has(noun) ? noun : undefined;
}

function wordConcept(an: Analyzer, word: string, stripped: string, soft: boolean, side: number): Concept {
  const alts: string[][] = [];
  const seen = new Set<string>();
  addAlt(alts, seen, [stripped]);
  if (word !== stripped) addAlt(alts, seen, [word]);
  const concept: Concept = {
    words: [stripped],
    alternatives: alts,
    soft,
    typed: [stripped],
    forms: [word, stripped],
    side,
  };
  if (!soft && isLatin(word) && /^[a-z]+$/.test(word)) {
    const common = commonEnglish();
    if (common.has(word) || englishStems(word).some((s) => common.has(s))) concept.weak = true;
  }
  // A typo may end in what reads as a particle (`카프가` for 카프카, `스로들` for 스로틀): a stripped word the notes
  // lack is respelled whole too.
  if (isHangul(word) && word !== stripped && word.length >= 3 && !an.vocab.has(stripped))
    concept.typed.push(word);
  // A number spelt out (`여섯`, `수백`, `하나씩`) is a topic only where the notes write it.
  if (!soft && NUMERALS.has(stripped)) concept.weak = true;
  if (isChoseongQuery(word)) concept.choseong = word;
  // `240px` the notes never write still asks about px.
  const unit = /^\d+([a-z]{2,})$/.exec(word)?.[1];
  if (unit && !an.vocab.has(word)) addAlt(alts, seen, [unit]);
  const forms = [stripped];
  if (isHangul(word)) {
    const a = analyzeHangul(word);
    const stems = nominalised(an, stripped) ? [...a.stems, stripped.slice(0, -1)] : a.stems;
    for (const s of a.noun ? [a.noun] : stems) {
      addAlt(alts, seen, [s]);
      concept.forms.push(s);
    }
    if (a.noun) {
      forms.push(a.noun);
      // The noun of `클릭했는데` is typed too: the notes may spell it in the other script (`click`).
      concept.typed.push(a.noun);
    }
    // A predicate's stem, for the glossary's verbs (`바꾸려면` → 바꾸 → 변경).
    else if (a.kind === 'verb' || a.kind === 'adjective')
      forms.push(...a.stems.filter((x) => x !== stripped));
    // A noun made a condition by the copula (`테마면`, `서버라면`, `모바일이면`): the noun, when it is one.
    const noun = conditionalNoun(an, stripped);
    if (noun) {
      addAlt(alts, seen, [noun]);
      concept.forms.push(noun);
      forms.push(noun);
    }
  }
  // Inflections only of a word the notes lack (`https` is not a plural of http).
  if (isLatin(word) && !an.vocab.has(word)) {
    for (const s of [...englishStems(word), ...verbNouns(word)]) {
      addAlt(alts, seen, [s]);
      concept.forms.push(s);
    }
    if (!an.glossary.latinWords.has(word) && !commonEnglish().has(word)) {
      const h = fromWrongLayout(word);
      if (h) {
        const hs = stripParticle(h);
        forms.push(hs);
        concept.typed.push(hs);
        concept.forms.push(hs);
        addAlt(alts, seen, [hs]);
        if (!concept.soft && h.length >= 2) {
          // The Hangul may itself be a question ending typed on the wrong layout (`dhodyd` = 왜요); one
          // syllable (`vue` → 펻) says nothing.
          const role = wordRole(an, h, hs, new Set());
          if (role !== 'content') concept.soft = true;
        }
      }
    }
  }
  // One-syllable nouns keep their particle in stripParticle (`풀의`, `셸은`): cut it when the notes have the noun.
  const short = shortNoun(an, word);
  if (short) {
    addAlt(alts, seen, [short]);
    forms.push(short);
    concept.forms.push(short);
  }
  for (const f of forms) {
    const exact = an.glossary.lookup([f]);
    addEntries(an, exact, alts, seen);
    if (exact.length === 0)
      for (const t of an.glossary.wordTranslations(f)) addTranslation(an, t, alts, seen);
    if (exact.length === 0 && !an.vocab.has(f)) addEntries(an, an.glossary.fuzzyLookup(f), alts, seen);
    if (isHangul(f) && !an.vocab.has(f)) {
      const fixed = an.glossary.correctKorean(f);
      if (fixed) addAlt(alts, seen, [fixed]);
      const parts = splitCompound(f, (w) => an.isKnown(w));
      if (parts) addAlt(alts, seen, parts);
    }
  }
  if (isLatin(word) && !an.vocab.has(word)) {
    for (const s of englishStems(word)) {
      const exact = an.glossary.lookup([s]);
      addEntries(an, exact, alts, seen);
      if (exact.length === 0)
        for (const t of an.glossary.wordTranslations(s)) addTranslation(an, t, alts, seen);
    }
  }
  return concept;
}

// A piece of a glued word that is no topic: a particle, a question word, a predicate, an adverb, a generic word.
function softPiece(piece: string): boolean {
  if (isParticle(piece) || STOP_WORDS.has(piece) || SOFT_WORDS.has(piece)) return true;
  const stripped = stripParticle(piece);
  if (stripped !== piece && (STOP_WORDS.has(stripped) || SOFT_WORDS.has(stripped))) return true;
  // One syllable is too little to be sure of, except the colloquial -ㅁ ending (씀, 함, 됨).
  if (piece.length < 2 && ((piece.charCodeAt(0) - 0xac00) % 28 !== 16 || piece.charCodeAt(0) < 0xac00))
    return false;
  const a = analyzeHangul(piece);
  // A verb made from a noun (`는왜필요해` → 는왜필요 + 하다) hides a topic: not a soft piece.
  if (a.noun && !SOFT_WORDS.has(a.noun)) return false;
  return a.kind === 'verb' || a.kind === 'adjective' || a.kind === 'adverb';
}

// `거로`: a dependent noun with its particle, which a question's tail never is alone.
function bareNoun(pieces: string[]): boolean {
  const [only] = pieces;
  if (pieces.length !== 1 || only === undefined || STOP_WORDS.has(only) || SOFT_WORDS.has(only)) return false;
  const kind = analyzeHangul(only).kind;
  return kind === 'noun' || kind === 'unknown';
}

// `는왜씀` → 는, 왜, 씀: the longest soft pieces that cover the text, or undefined.
function softPieces(text: string): string[] | undefined {
  if (text.length > 12) return undefined;
  const from: Array<string[] | undefined> = [];
  from[text.length] = [];
  for (let i = text.length - 1; i >= 0; i--) {
    for (let j = text.length; j > i; j--) {
      const rest = from[j];
      if (rest && softPiece(text.slice(i, j))) {
        from[i] = [text.slice(i, j), ...rest];
        break;
      }
    }
  }
  return from[0];
}

/**
 * A topic typed together with what follows it (`캐시서버는왜씀`, `커밋취소하는법`): the longest known topic in
 * front, then the rest when it reads as particles, question words, predicates or generic words.
 */
function unglue(an: Analyzer, word: string): string[] {
  if (!isHangul(word) || an.isKnown(word) || an.isKnown(stripParticle(word))) return [word];
  // A noun with a suffix of purpose or distribution (`화면용`, `사용자별`): the noun, when neither the dictionary
  // nor the notes know the whole (비용, 종류별 are words of their own).
  const whole = stripParticle(word);
  const suffixed = /^(.{2,})(?:용|별)$/.exec(whole)?.[1];
  if (suffixed && !lexicon().nouns.has(whole) && (an.isKnown(suffixed) || lexicon().nouns.has(suffixed)))
    return [suffixed];
  // Two nouns the notes know joined by 의 without a space (`관계의주인` → 관계의, 주인).
  for (let k = word.indexOf('의', 2); k > 0 && k <= word.length - 3; k = word.indexOf('의', k + 1)) {
    const tail = word.slice(k + 1);
    if (an.isKnown(word.slice(0, k)) && an.isKnown(stripParticle(tail)))
      return [word.slice(0, k + 1), ...unglue(an, tail)];
  }
  // A particle of the word before, glued to the next one at a script boundary (`ip랑사설` → 랑, 사설).
  for (const p of LEADING_PARTICLES) {
    if (
      word.length - p.length >= 2 &&
      word.startsWith(p) &&
      an.isKnown(stripParticle(word.slice(p.length)))
    ) {
      return [p, ...unglue(an, word.slice(p.length))];
    }
  }
  // The tail has two syllables at least: one left over is more often a typo (`로드밸런써`) than a verb.
  for (let k = word.length - 2; k >= 2; k--) {
    const head = word.slice(0, k);
    if (!an.isKnown(head) && !splitCompound(head, (w) => an.isKnown(w))) continue;
    const tail = softPieces(word.slice(k));
    // A tail of a bare particle-ed noun (`트리거로` is not 트리 + 거로) is no question: it must say something.
    if (tail && !bareNoun(tail)) return [head, ...tail];
  }
  // A whole word of question pieces (`쓰면뭐가좋아`) when one of them is a question word.
  const pieces = analyzeHangul(word).kind === 'unknown' ? softPieces(word) : undefined;
  return pieces?.some((p) => STOP_WORDS.has(p) || STOP_WORDS.has(stripParticle(p))) ? pieces : [word];
}

// Verbs of doing and being, and negation: `하려면`, `해`, `돼`, `있나요`, `안` are in any question of any topic.
const LIGHT = new Set(['하', '되', '있', '없', '않', '안', '못']);
const NEGATING = new Set(['없', '않', '안', '못']);
// The light stem of a word (`하려면` → 하, `없이` → 없), if it is one.
function lightStem(word: string, stripped: string): string | undefined {
  if (LIGHT.has(stripped)) return stripped;
  if (!isHangul(word)) return undefined;
  const a = analyzeHangul(word);
  if ((a.kind !== 'verb' && a.kind !== 'adjective') || a.noun) return undefined;
  return a.stems.find((x) => LIGHT.has(x));
}

// A name written with dots (`req.params`, `Promise.all`).
const dotted = (piece: string | undefined) => piece !== undefined && /\w\.\w/.test(piece);

// `다른 브랜치에서`: 다른 before a noun means another one, not a difference (`다른 점`, `다른 이유` still are).
function another(words: string[], i: number): boolean {
  const next = words[i + 1];
  return words[i] === '다른' && next !== undefined && !DIFFERENCE_NOUNS.has(stripParticle(next));
}
const DIFFERENCE_NOUNS = new Set(['점', '이유', '부분', '곳', '거', '것']);

/**
 * Turns a free-text question into the concepts it asks about: stop words dropped, predicates and generic
 * words kept as soft concepts, topics as hard ones, and the two sides of a comparison told apart.
 */
export function parseQuery(
  an: Analyzer,
  query: string,
  sectionNamed: (word: string) => boolean = () => false,
): ParsedQuery {
  // Each word with the piece of the query it was typed in: a dotted name (`req.params`) is one piece, so a
  // comparison of two of them compares names, not their parts.
  const pieces = query.split(/[^\p{L}\p{N}.+#_-]+/u);
  const group: number[] = [];
  const words = pieces.flatMap((piece, k) => {
    const ws = splitWords(piece).flatMap((w) => unglue(an, w));
    for (const _ of ws) group.push(k);
    return ws;
  });
  const groupOf = new Map<Concept, number>();
  const stripped = words.map((w) => {
    const s = stripParticle(w);
    // The particle of the other form, a slip of typing (`트랜잭션는`, `서버을`): cut when the notes know the rest.
    if (s !== w || !isHangul(w) || w.length < 3 || !/[은는이가을를]$/.test(w) || an.isKnown(w)) return s;
    return an.isKnown(w.slice(0, -1)) ? w.slice(0, -1) : s;
  });
  const shortened = words.map((w, k) =>
    isHangul(w) && w.length === 2 && SHORT_PARTICLES.has(w.slice(1)) ? w.slice(0, 1) : (stripped[k] ?? w),
  );
  // Words typed in capitals (`IT`, `OR`) are names even when they spell an English stop word.
  const acronyms = new Set((query.match(/\b[A-Z][A-Z0-9]+\b/g) ?? []).map((w) => w.toLowerCase()));
  // …and so is a stop word that is the whole name of a section (`any vs unknown`, a section titled `any`).
  for (const w of words) if (STOP_WORDS.has(w) && an.isTitleWord(w) && sectionNamed(w)) acronyms.add(w);
  const concepts: Concept[] = [];
  const lesser: Concept[] = [];
  let compare = false;
  let side = 0;
  let explicitSides = false;
  // The concept typed just before the comparison word (`development production 모드 차이`).
  let kindBefore: Concept | undefined;
  const nextSide = () => {
    if (concepts.some((c) => c.side === side && !c.soft)) {
      side++;
      explicitSides = true;
    }
  };
  for (let i = 0; i < words.length; ) {
    const w = words[i] ?? '';
    const s = stripped[i] ?? '';
    if (COMPARE_WORDS.has(w) || COMPARE_WORDS.has(s)) {
      compare = true;
      kindBefore ??= concepts.at(-1);
      if (w === 'vs' || w === 'versus') nextSide();
      i++;
      continue;
    }
    if (LATIN_AND.has(w)) {
      nextSide();
      i++;
      continue;
    }
    if (isHangul(w) && analyzeHangul(w).stems.some((x) => COMPARE_STEMS.has(x)) && !another(words, i)) {
      compare = true;
      i++;
      continue;
    }
    const glued = isHangul(w) && GLUED_AND.test(w) && s !== w && i + 1 < words.length;
    // A one-syllable noun keeps its particle in stripParticle (`기본 키의` → 키의): a phrase may end in it.
    const phrase = an.glossary.longestPhrase(stripped, i) ?? an.glossary.longestPhrase(shortened, i);
    if (phrase) {
      const [n, ids] = phrase;
      const alts: string[][] = [];
      const seen = new Set<string>();
      const own = stripped.slice(i, i + n);
      addAlt(alts, seen, own);
      if (own.every(isHangul)) addAlt(alts, seen, [own.join('')]);
      addEntries(an, ids, alts, seen);
      const c: Concept = { words: own, alternatives: alts, soft: false, typed: own, forms: own, side };
      concepts.push(c);
      groupOf.set(c, group[i] ?? i);
      const last = words[i + n - 1] ?? '';
      i += n;
      if (isHangul(last) && GLUED_AND.test(last) && i < words.length) nextSide();
      continue;
    }
    // `let이랑 var`: the conjunction split off at the script boundary.
    if (isParticle(w) && /^(?:이랑|랑|와|과)$/.test(w) && i > 0 && !isHangul(words[i - 1] ?? '')) {
      nextSide();
      i++;
      continue;
    }
    // After 안/못 a word is a verb, whatever else it could be (`안 가게` is not a shop).
    const negated = i > 0 && NEGATIONS.has(words[i - 1] ?? '');
    // A Hangul word that is a section's whole name is a topic, whatever a verb reading of it says (`잡` of 잡(Job) is
    // no 잡다), as an English stop word that names a section is.
    const whole = isHangul(s) && !STOP_WORDS.has(s) && !SOFT_WORDS.has(s) && sectionNamed(s);
    const counted =
      isHangul(w) && ((i > 0 && counting(words[i - 1] ?? '') && counterWord(w)) || gluedCount(an, w, s));
    const role = negated || counted ? 'soft' : whole ? 'content' : wordRole(an, w, s, acronyms);
    if (role === 'stop') {
      i++;
      continue;
    }
    // `데이터 베이스` written apart in the query but together in the notes (also `query selector`, `e mail`):
    // one concept, either spelling.
    const next = stripped[i + 1];
    const latinish = (x: string) => /^[a-z0-9]/.test(x);
    const pair = next !== undefined && ((isHangul(s) && isHangul(next)) || (latinish(s) && latinish(next)));
    // (`4-way` too: the number is soft alone, but `4way` names one section.)
    if (
      pair &&
      next &&
      (role === 'content' || /^\d+$/.test(s)) &&
      an.isKnown(s + next) &&
      !GLUED_AND.test(w)
    ) {
      const c = wordConcept(an, s + next, s + next, false, side);
      c.alternatives.push([s, next]);
      c.words = [s, next];
      c.forms.push(s, next);
      concepts.push(c);
      groupOf.set(c, group[i] ?? i);
      i += 2;
      continue;
    }
    const c = wordConcept(an, w, s, role === 'soft', side);
    const light = c.soft ? lightStem(w, s) : undefined;
    if (light) {
      c.light = true;
      if (NEGATING.has(light)) c.negates = true;
    }
    concepts.push(c);
    groupOf.set(c, group[i] ?? i);
    // `faster than tcp`, `TCP보다 빠른`: what a topic is measured against is asked about less than the topic.
    if (
      words[i - 1] === 'than' ||
      (isHangul(w) && w.endsWith('보다') && w.length > 2) ||
      words[i + 1] === '보다'
    ) {
      lesser.push(c);
    }
    i++;
    if (glued) nextSide();
  }
  // `채널이랑 뮤텍스 중에 뭐 써`: a choice between two named sides asks how they differ, as 차이 does.
  if (
    explicitSides &&
    words.some((w, k) => /^중(?:에서?)?$/.test(w) && words.slice(k + 1).some((x) => WHICH.test(x)))
  )
    compare = true;
  if (lesser.length > 0 && concepts.some((c) => !c.soft && !lesser.includes(c))) {
    for (const c of lesser) c.soft = true;
  }
  // A long question describes rather than names (`TCP 연결 끊을 때 주고받는 절차`): there an everyday noun the
  // notes do not use (절차) is a refinement; a loanword, a name or an English term still has to be there.
  const topics = concepts.filter((c) => !c.soft);
  const describing = topics.filter((c) => c.words.every(isHangul)).length >= DESCRIBING;
  // Only a clause describes (`…찾아가는 순서`); a row of nouns names a topic, each noun part of it (`CDN 캐시 무효화`).
  const clause = words.some((w) => {
    const kind = isHangul(w) ? analyzeHangul(w).kind : undefined;
    return kind === 'verb' || kind === 'adjective';
  });
  // An English sentence (`release to a small percentage of users first`) describes too: a word of it the notes
  // never use is forgiven when the rest points at a few sections, as an everyday Korean noun is.
  const sentence = topics.length >= ENGLISH_SENTENCE && words.every((w) => !isHangul(w));
  for (const c of topics) {
    if (sentence && c.words.every(isLatin)) c.everyday = true;
    // …a dictionary noun made a verb (`발견해서`, `수정하자마자`) too: in a clause it says what is done, as the noun
    // would; a loanword made a verb (`리베이스하면`) is no dictionary noun and still names the topic.
    const nounLike = (w: string) => {
      if (!isHangul(w)) return false;
      const a = analyzeHangul(w);
      if (a.kind === 'verb' && a.noun !== undefined) return lexicon().nouns.has(a.noun);
      return a.kind === 'noun' || nounCompound(an, w);
    };
    if (c.words.length > 0 && (c.words.every(nounLike) || describingNoun(c))) {
      if (describing && clause) c.weak = true;
      else if (clause) c.everyday = true;
    }
  }
  // `어떻게 해요`, `how to`: a section on the way to do it (`해결 방법`, `사용법`) fits the question better.
  if (words.some((w) => HOW.has(w)) && concepts.some((c) => !c.soft)) {
    concepts.push({
      words: [],
      alternatives: [['방법'], ['법'], ['사용법'], ['해결']],
      soft: true,
      typed: [],
      forms: ['방법'],
      side: 0,
      weight: 1,
      intent: true,
    });
  }
  // `CI CD 차이점`: a comparison of one two-word name (a glossary phrase) compares its two words.
  const hard = concepts.filter((c) => !c.soft);
  const pair = hard.length === 1 && hard[0]?.words.length === 2 ? hard[0] : undefined;
  if (compare && !explicitSides && pair) {
    const [a = '', b = ''] = pair.words;
    concepts.splice(
      concepts.indexOf(pair),
      1,
      wordConcept(an, a, a, false, 0),
      wordConcept(an, b, b, false, 0),
    );
  }
  // `머지 리베이스 차이`: a comparison without a conjunction compares its topics one by one.
  // `푸시 CDN 풀 CDN 차이`, `media 전략 class 전략`: a word typed after each side's own word ends the side, as a
  // conjunction would; the word itself names their kind (below).
  // (Only after a word of its own: `CDN 푸시 CDN` names no sides.)
  const topicsNow = concepts.filter((c) => !c.soft);
  const keys = topicsNow.map((c) => c.words.join(' '));
  const repeated = keys.find((key, k) => keys.indexOf(key) > 0 && keys.indexOf(key) !== k);
  if (compare && !explicitSides && repeated !== undefined) {
    let k = 0;
    topicsNow.forEach((c, n) => {
      c.side = k;
      if (keys[n] === repeated && n < topicsNow.length - 1) k++;
    });
  } else if (compare && !explicitSides) {
    let k = -1;
    let last: number | undefined;
    for (const c of concepts) {
      if (c.soft) continue;
      const g = groupOf.get(c);
      if (g === undefined || g !== last || !dotted(pieces[g])) k++;
      c.side = k;
      last = g;
    }
    // `development production 모드 차이`, `offset cursor 페이지네이션 차이`: of three sides or more typed without a
    // conjunction, the one just before the comparison word names the kind of the others.
    const lastTopic = concepts.filter((c) => !c.soft).at(-1);
    if (k >= 2 && lastTopic !== undefined && lastTopic === kindBefore) lastTopic.soft = true;
  }
  // `install 이벤트랑 activate 이벤트 차이`, `문서형 DB랑 키값 DB`: a word on both sides names the kind of both, not
  // what tells them apart; it ranks, but each side is chosen by what is its own.
  if (compare) {
    const sidesOf = new Map<string, Set<number>>();
    for (const c of concepts) {
      if (c.soft) continue;
      const key = c.words.join(' ');
      const set = sidesOf.get(key) ?? new Set<number>();
      set.add(c.side);
      sidesOf.set(key, set);
    }
    for (const c of concepts) {
      const own = concepts.some(
        (o) => !o.soft && o.side === c.side && (sidesOf.get(o.words.join(' '))?.size ?? 0) < 2,
      );
      if (!c.soft && (sidesOf.get(c.words.join(' '))?.size ?? 0) >= 2 && own) c.soft = true;
    }
  }
  // `헤더랑 메뉴 한 번만 만들기` lists two topics of one question; only a comparison word or `vs` compares them.
  return { concepts, compare };
}
