import { getChoseong, josa } from 'es-hangul';
import { isWithin } from '../knowledge/sections.ts';
import type { Knowledge, Section } from '../knowledge/types.ts';
import type { NotesIndex } from '../search/index.ts';
import { isLoanwordOf } from '../search/loanword.ts';
import { analyzeHangul } from '../search/morph.ts';
import { editDistance } from '../text/edit-distance.ts';
import { stripParticle, toJamo } from '../text/korean.ts';
import { type AnswerContext, acceptedNames, shortNames } from './accept.ts';
import { quizBlocks } from './blocks.ts';
import { clozesOf } from './cloze.ts';
import { doubtOf, notesShape } from './doubt.ts';
import { DOUBT_MODEL } from './doubt-model.ts';
import {
  extractFacts,
  type Facts,
  factSteps,
  type Group,
  KIND_HEAD,
  KIND_TAIL,
  opensWithCondition,
  standsAlone,
  type Term,
} from './facts.ts';
import {
  abbreviatesName,
  aliasWordsIn,
  labelWordsShown,
  namePartsIn,
  respellName,
  splitsName,
} from './leaks.ts';
import { oneTypoFrom } from './match.ts';
import {
  answerText,
  FALSE_CHOICE,
  isTyped,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
  TRUE_CHOICE,
} from './question.ts';
import { pick, seededRandom, shuffled } from './random.ts';
import { mask, mentions, namesOf, nameWords, saysSomething, squash, termFromHeading } from './text.ts';

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Only sections whose heading path (or, with `index`, whose search hits) match this. */
  topic?: string;
  index?: NotesIndex;
  /** Only this section and its sub-sections (takes precedence over `topic`). */
  section?: Section;
  /**
   * Start over once every fact has been asked, to sample many questions (tests, the bench); a student's
   * quiz never does: it asks fewer.
   */
  repeat?: boolean;
  /** Only the facts whose review card (`Question.cardKey`) this accepts: a scheduler asking about those. */
  facts?: (cardKey: string) => boolean;
}

const CHOICES = 4;

type Maker = (random: () => number) => Question | undefined;

interface Pools {
  terms: Term[];
  groups: Group[];
  /** Every term and group in the notes, for distractors when the topic alone has too few. */
  all: Facts;
}

const sourceOf = (section: Section) => ({
  file: section.file,
  line: section.line,
  title: section.path.join(' > '),
});
const cardOf = (section: Section) => section.id;

/**
 * Candidates of the target's kind, shuffled: its siblings, the terms of one heading group or of one section's
 * labelled lines. Anything else — a traversal order among data structures, a tool among language features — is
 * ruled out by kind alone, so it is never offered: a question without enough siblings is asked as another kind.
 * (A shared head noun is no proof of kind: `인접 리스트` is no `연결 리스트`. Nor is the glossary's subject: it files
 * a name once, by one sense, `PATCH` under Git.)
 */
function siblingsOf(target: Term, candidates: readonly Term[], random: () => number): Term[] {
  const { ofKind, apart } = kinOf(target, candidates);
  const siblings = shuffled(ofKind, random).filter((c) => apart.has(c));
  // Written alike is one kind within the siblings (`var`, `let`, `const` beside `클로저`): enough of those, and the
  // others are left out rather than filling the choices.
  const { shape, head } = traitsOf(target);
  const alike = siblings.filter((c) => traitsOf(c).shape === shape);
  // Named by the same head noun is one kind first (`레디니스 프로브` beside `라이브니스 프로브`, not `시크릿`), then
  // defined by the same noun (`…그리는 방식` beside `…교체하는 방식`, not `…만드는 과정`).
  const kind = kindOf(target);
  const first = (c: Term) =>
    Number(head === '' || traitsOf(c).head !== head) * 2 + Number(kindOf(c) !== kind);
  // Ranked once each, not at every comparison of the sort (stable: the shuffled order stays within a rank).
  const ranked = oneNaming(target, alike.length >= MIN_DISTRACTORS ? alike : siblings).map((c) => ({
    c,
    rank: first(c),
  }));
  return ranked.sort((a, b) => a.rank - b.rank).map(({ c }) => c);
}

/**
 * The candidates of the target's kind, in their order (what {@link siblingsOf} shuffles), and those of them that are
 * another concept: both depend on the notes alone, yet every question asked for them again, filtering every term of
 * the notes (a third of generating a quiz on the first chapter; at 10,000 sections, 10,000 terms a question).
 */
function kinOf(target: Term, candidates: readonly Term[]): { ofKind: Term[]; apart: Set<Term> } {
  const known = kin.get(target);
  if (known?.candidates === candidates) return known;
  const ofKind =
    isChapterSubject(target) || BACKGROUND.test(target.name)
      ? []
      : [...(byFamily(candidates).get(target.family) ?? [])];
  const found = { candidates, ofKind, apart: new Set(ofKind.filter((c) => !sameConcept(c, target))) };
  kin.set(target, found);
  return found;
}

const kin = new WeakMap<Term, { candidates: readonly Term[]; ofKind: Term[]; apart: Set<Term> }>();

/**
 * The candidates that may be a sibling (no chapter subject, no background), by family, in their order: built once
 * for the notes, where each target filtered every term of the notes again (10,000 terms a target at 10,000 sections).
 */
function byFamily(candidates: readonly Term[]): Map<string, Term[]> {
  let index = familyIndex.get(candidates);
  if (!index) {
    index = new Map();
    for (const c of candidates) {
      if (isChapterSubject(c) || BACKGROUND.test(c.name)) continue;
      const family = index.get(c.family);
      if (family) family.push(c);
      else index.set(c.family, [c]);
    }
    familyIndex.set(candidates, index);
  }
  return index;
}

const familyIndex = new WeakMap<readonly Term[], Map<string, Term[]>>();

/**
 * Siblings named as one kind with the target, when the notes name two kinds side by side (`후보 키`, `슈퍼 키` beside
 * `제1정규형`, `제3정규형` under one heading): the other kind's names are left out, since the stem rules them out at
 * a glance (set 11b and earlier reviews struck 13 of 15 such choice sets). A target named like none of its siblings
 * keeps them all: a lone `라운드 로빈` among three `… 스케줄링` was kept 43 times of 55.
 */
function oneNaming(target: Term, siblings: Term[]): Term[] {
  const own = traitsOf(target).naming;
  if (own === '' || !siblings.some((s) => traitsOf(s).naming === own)) return siblings;
  const count = new Map<string, number>();
  for (const s of siblings) count.set(traitsOf(s).naming, (count.get(traitsOf(s).naming) ?? 0) + 1);
  return siblings.filter((s) => {
    const n = traitsOf(s).naming;
    return n === own || n === '' || (count.get(n) ?? 0) < 2;
  });
}

/**
 * What {@link siblingsOf} compares of every candidate at every question, read off its name once: at 1,010 sections a
 * question ranked thousands of candidates, splitting and squashing each name again.
 */
function traitsOf(term: Term): Traits {
  let known = traits.get(term);
  if (!known) {
    const { name } = term;
    known = { shape: shapeOf(name), head: headOf(name), naming: namingOf(name), key: squash(name) };
    traits.set(term, known);
  }
  return known;
}

interface Traits {
  shape: string;
  head: string;
  naming: string;
  /** The name squashed. */
  key: string;
}

const traits = new WeakMap<Term, Traits>();

/** The noun a name ends in (`키` of 후보 키, `정규형` of 제1정규형 and 보이스-코드 정규형); `` for a bare word. */
function namingOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const hangul = /[\uAC00-\uD7A3]+$/.exec(last)?.[0];
  if (hangul && (words.length >= 2 || hangul.length < last.length)) return hangul;
  return words.length >= 2 ? last.toLowerCase() : '';
}

// `게이트웨이 도입 배경`, `등장 배경`: a heading that tells why the things beside it came about is no thing of their kind
// (reviews struck each of the 16 choice sets offering one). Its lines stay facts: a cloze may blank them.
const BACKGROUND = /(?:^|\s)배경$/;

/**
 * Whether the right choice is the one thing of its kind: every other choice defined by a noun another shares (three
 * `방식`s of rendering) and it by none of theirs (`… 다르면 경고 뜸`, a warning). Picked by its kind, it teaches nothing.
 */
function oddOneOut(term: Term, others: readonly (Term | undefined)[]): boolean {
  const kinds = others.map((t) => (t ? kindOf(t) : ''));
  const count = (k: string) => kinds.filter((o) => o === k).length;
  return kinds.length >= 2 && count(kindOf(term)) === 0 && kinds.every((k) => count(k) >= 2);
}

/** The last word of a name of two words or more (`프로브` of 라이브니스 프로브); `` for one word. */
function headOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 ? squash(words.at(-1) ?? '') : '';
}

/** The noun a term's first line ends in (`방식`, `과정`, `함수`), which says what kind of thing it is; `` when none. */
function kindOf(term: Term): string {
  let kind = kinds.get(term);
  if (kind === undefined) {
    const last = /([\uAC00-\uD7A3]{2,})[\s.)]*$/.exec(term.definitions[0] ?? '')?.[1] ?? '';
    kind = last !== '' && analyzeHangul(last).kind === 'noun' ? last : '';
    kinds.set(term, kind);
  }
  return kind;
}

const kinds = new WeakMap<Term, string>();

/**
 * The term the chapter is about (`파이썬` under `4. 파이썬 기초`, `Git` under `Git과 버전 관리`): the notes file it among
 * their first headings, but it is the whole, not one of the parts beside it.
 */
function isChapterSubject(term: Term): boolean {
  const title = term.section.path[0];
  if (title === undefined || term.section.path.length < 2) return false;
  const words = title
    .split(/[\s()·,]+/)
    .map((w) => squash(w.replace(/(?<=..)(과|와|의|을|를|은|는|이|가)$/, '')));
  return term.names.some((n) => words.includes(squash(n)));
}

// A choice question needs two distractors at least: fewer siblings ask the fact as another kind.
const MIN_DISTRACTORS = 2;

/** Up to `n` distractors, distinct from each other and from every name in `forbidden`. */
function distinct(candidates: readonly string[], forbidden: readonly string[], n: number): string[] {
  const seen = new Set(forbidden.map(squash));
  const out: string[] = [];
  for (const c of candidates) {
    const key = squash(c);
    if (key.length < 2 || seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length === n) break;
  }
  return out;
}

/** Places the answer among the distractors at a random position. */
function choiceQuestion(
  base: Omit<Question, 'choices' | 'answerIndex'>,
  answer: string,
  distractors: string[],
  random: () => number,
): Question | undefined {
  if (distractors.length < MIN_DISTRACTORS) return undefined;
  const choices = shuffled([answer, ...distractors], random);
  return { ...base, choices, answerIndex: choices.indexOf(answer) };
}

/** Masked lines whose mask stands for a word naming a kind alone (see {@link Term.kindWords}). */
const kindMasked = new Set<string>();

/** The bold label (`**OAuth 역할**`) a labelled line's term is written under, if any. */
function boldLabelOf(term: Term): string | undefined {
  const heading = namesOf(termFromHeading(term.section.title))[0] ?? '';
  if (term.section.bold && !term.names.some((n) => squash(n) === squash(heading))) return heading;
  const prefix = `${term.section.id}>`;
  const label = term.family.startsWith(prefix) ? term.family.slice(prefix.length) : '';
  return label && label !== 'bold' ? label : undefined;
}

/** A term's definitions with its own names blanked out, dropping any that still give it away. */
function maskedDefinitions(term: Term): string[] {
  return maskedLines(term, term.definitions, masked);
}

/**
 * `lines` of a term with its names blanked out, dropping any that still give it away; each masked line
 * remembers the line the notes write (see `explain`).
 */
function maskedLines(
  term: Term,
  lines: readonly string[],
  cache: WeakMap<Term, string[]>,
  { asClue = true } = {},
): string[] {
  let defs = cache.get(term);
  if (!defs) {
    const raw = unmasked.get(term) ?? new Map<string, string>();
    defs = [];
    // The name's head words too (`캐시 서버` → 캐시): a clue saying `메모리 캐시로` gives it away.
    // And the stem of a word made with `형`, `성`, `화` (`컬럼형` → 컬럼, `참조 투명성` → 투명): `컬럼 패밀리 단위로
    // 저장`, `참조 투명하다고 함` name it.
    const words = nameWords(term.name);
    const stems = words.flatMap((w) => /^([\uAC00-\uD7A3]{2,})[형성화]$/.exec(w)?.[1] ?? []);
    const names = [...term.names, ...words, ...stems];
    const writtenNames = [...(term.written ?? term.names), ...words];
    // `… 합쳐주는 것 (aggregation 이라고도 함)`: a parenthesis giving another name of the term names it; the rest of
    // the line is the clue (reviews struck each of the 9 clues that kept one).
    const unaliased = lines.map((l) => l.replace(/\s*\([^()]*라고도[^()]*\)/g, ''));
    for (const d of unaliased.map((l) => respellName(l, term.names))) {
      // `비밀번호는 … 입력값도 해싱해서` of 비밀번호 해싱: one ○○ would stand for two different words.
      const apart = words.filter((w) => mentions(d, [w]));
      if (!mentions(d, term.names) && new Set(apart.map(squash)).size >= 2) continue;
      const m = mask(d, names);
      if (mentions(m, names) || overMasked(m) || spellsOut(d, term.names) || insideWord(m)) continue;
      // `"○○ 테스트" 도구로 확인` of 리치 결과: a name quoted is a name to read, and a blank in it reads as residue.
      if (/["“「『][^"”」』]*○○[^"”」』]*["”」』]/.test(m)) continue;
      // `QUIC 도 TCP 처럼 ○○ 함`: a line whose predicate is the name says who does it, not what it is.
      if (/○○\s*(?:을|를)?\s*(?:함|해줌|해 ?줌|됨|씀|지원함?|가능)\.?$/.test(m)) continue;
      if (translatesWord(d, term.wordAliases ?? [])) continue;
      if (mentions(d, term.partWords ?? [])) continue;
      // `…다시 힙 정리` of 힙 정렬, `상태 저장하면 안 됨` of 무상태, `prompt() 호출` of beforeinstallprompt 이벤트: what the
      // mask left shows a part of the name, and points at it among the choices. (Offered as what describes another
      // term, the line points at nothing.)
      if (asClue && (splitsName(d, term.name) || namePartsIn(m, term.name).length > 0)) continue;
      if (asClue && aliasWordsIn(m, term.name, term.names).length > 0) continue;
      // `MUX 반대, … (DEMUX)` of 디멀티플렉서(Demultiplexer): the line names its term by a short form, as a clue and as
      // another's description alike.
      if (abbreviatesName(d, term.names)) continue;
      // A blank for a name only the glossary gives (`배포` of 디플로이먼트, `로드밸런서` of LoadBalancer) stands for a
      // word the rest of the line reads off.
      if (mentions(d, term.names) && !mentions(d, writtenNames)) continue;
      // `…표준 + SDK, 줄여서 OTel`: the line gives the name its short form.
      // `…, 보조 인덱스라고도 함`: so does a line that says what else it is called.
      if (/줄여서|약칭|줄임말|줄여 ?부름|라고도/.test(d)) continue;
      // `문제는 키 배달 문제 → 키를 어떻게 넘기냐?`: a line that ends asking says what is still open, no answer to
      // what the term is, and offered as another's description it describes nothing.
      if (/[?？]\s*$/.test(d)) continue;
      // `서로 다른 요소 두 개로 인증` of 2단계 인증: a word naming a kind, masked alone, reads as a broken sentence
      // and tells nothing; the clue serves only where every choice shares the word (see `withSharedWords`).
      if (mentions(mask(d, term.names), term.kindWords)) kindMasked.add(m);
      defs.push(m);
      raw.set(m, d);
    }
    cache.set(term, defs);
    unmasked.set(term, raw);
  }
  return defs;
}

/**
 * A term's lines a student may pick as what describes it (`결합도가 낮아짐 → …` of 의존성 주입): its definitions
 * first, then the other lines about it, none naming it.
 */
function describingLines(term: Term): string[] {
  const rest = term.lines.filter(
    (l) => !term.definitions.includes(l) && standsAlone(l) && !opensWithCondition(l),
  );
  const lines = maskedLines(term, [...term.definitions, ...rest], describing, { asClue: false });
  return lines.filter((d) => !d.includes('○○'));
}

const describing = new WeakMap<Term, string[]>();

/**
 * A term's plainest describing line (what another term's question offers as a wrong choice), and whether it is code:
 * the same for every question, yet a question read it off every sibling again (a fifth of a quiz at 1,010 sections).
 */
function describedBy(term: Term): { line: string; code: boolean } {
  let known = described.get(term);
  if (!known) {
    const line = plainest(describingLines(term))[0] ?? '';
    known = { line, code: isCode(line) };
    described.set(term, known);
  }
  return known;
}

const described = new WeakMap<Term, { line: string; code: boolean }>();

/**
 * Whether a line spells a Latin name of the term in other words: every word of a name of two or more
 * (`loading="lazy"` for Lazy Loading), or any part of an annotation or a camel-case name of three parts or more
 * (`JPA 관련 빈만 띄움` for @DataJpaTest), the initials of an acronym, or a Korean name but its first syllable.
 */
function spellsOut(line: string, names: readonly string[]): boolean {
  const written = (part: string) => new RegExp(`(?<![A-Za-z0-9])${part}(?![A-Za-z0-9])`, 'i').test(line);
  // `일관성(Consistency), 가용성(Availability), 분할 내성(Partition tolerance)` spells CAP by its initials.
  // `Model - View - ViewModel` spells MVVM: a camel-case word gives each of its parts' initials.
  const initials = (line.match(/[A-Z][a-z]+/g) ?? []).map((w) => w[0]).join('');
  const lineWords3 = (line.match(/[A-Za-z]{3,}/g) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => !COMMON_LATIN.has(w));
  const hangulName = names.some((n) => /[\uAC00-\uD7A3]/.test(n));
  const hangulWords = (line.match(/[\uAC00-\uD7A3]{2,}/g) ?? []).map(stripParticle);
  const inHangul = (part: string) => hangulWords.some((w) => isLoanwordOf(w, part.toLowerCase()));
  return names.some((name) => {
    const acronym = /^([A-Z]{3,6})(?:\s|$)/.exec(name)?.[1];
    if (acronym && initials.includes(acronym)) return true;
    const words = name.split(/[^A-Za-z]+/).filter((w) => w.length > 0);
    // `줄여서 DLQ` beside the blank of Dead Letter Queue: the name's initials.
    const letters = words.map((w) => w[0]?.toUpperCase()).join('');
    if (words.length >= 2 && new RegExp(`(?<![A-Za-z0-9])${letters}(?![A-Za-z0-9])`).test(line)) return true;
    // `computed(() => …)` in a clue for 계산된 속성(Computed Property): a word of its English name translates it.
    // `빈 공간(gap)` for 갭 락(Gap Lock): a word of three letters too, but an acronym's (`API` of 웹 API names a kind).
    if (
      hangulName &&
      words.some(
        (w) =>
          (w.length >= 4 || (w.length === 3 && !/^[A-Z]+$/.test(w))) &&
          !COMMON_LATIN.has(w.toLowerCase()) &&
          lineWords3.some((l) => sameWord(l, w.toLowerCase()) || misspells(l, w.toLowerCase())),
      )
    )
      return true;
    // `세로 margin 이 …` for 마진 상쇄, `pipe(…)` for 파이프: a word of the name in the other script.
    if (name.split(/\s+/).some((w) => lineWords3.some((l) => isLoanwordOf(w, l)))) return true;
    // `레이아웃 없이 페인트만 다시` for 리페인트: the word the name adds a syllable to.
    if (/^[\uAC00-\uD7A3]{4,}$/.test(name) && line.includes(name.slice(1))) return true;
    if (!/^[@A-Za-z][A-Za-z0-9 @-]*$/.test(name)) return false;
    // `클러스터 내부에서만` beside ClusterIP, `노드IP:포트` beside NodePort: a part of a one-word name in Korean letters
    // (`도메인` is no giveaway of Domain Name System: it is one of the words that define it).
    const latinParts = latinWordsOf(name).filter((p) => p.length >= 4 && !COMMON_LATIN.has(p.toLowerCase()));
    if (!name.includes(' ') && latinParts.some(inHangul)) return true;
    // `커밋된 값만 읽음` of READ COMMITTED, `커밋 안 된` of UNCOMMITTED: a word the name inflects (un-, -ed, -ing), read in
    // Korean letters, is the name's own verb, which its siblings (REPEATABLE READ) do not share.
    const inflected = latinParts
      .map((p) => p.toLowerCase())
      .map((p) => p.replace(/^un(?=[a-z]{4})/, '').replace(/(?<=[a-z]{3})(?:([a-z])\1)?(?:ed|ing)$/, '$1'))
      .filter((stem, i) => stem !== latinParts[i]?.toLowerCase() && stem.length >= 4);
    if (inflected.some((stem) => hangulWords.some((w) => isLoanwordOf(w.replace(VERB_END, ''), stem))))
      return true;
    const camel = !name.includes(' ') && /[a-z][A-Z]/.test(name);
    const parts = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .split(/[^A-Za-z0-9]+/)
      .filter((p) => p.length >= 3);
    if (camel && parts.length >= 3) return parts.some(written);
    // `application/ld+json` of JSON-LD: every word of the name, two letters ones too, in any order.
    const all = name.split(/[^A-Za-z0-9]+/).filter((p) => p.length >= 2);
    return (parts.length >= 2 && parts.every(written)) || (all.length >= 2 && all.every(written));
  });
}

// `커밋된`, `로드되는`, `캐시해서`: a loanword made a verb.
const VERB_END = /(?:된|되는|됨|돼서|되면|한|하는|함|해서|하면)$/;

/** The English words of a name, camel case split (`useMutation` → use, Mutation; `field_validator` → field, validator). */
const latinWordsOf = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z]+/);

// `새 ○○자 추가해도` (구독자 of 구독), `재○○`: a mask inside a word reads as residue and the word around it as a hint.
const insideWord = (clue: string) =>
  /[\uAC00-\uD7A3\w-]○○|○○(?:[\w-]|자|적|성|화|형|식|층|권|론|률|율|량|님)/.test(clue);

// Words of English names that say what kind of thing they are, not which: shown, they tell nothing.
const COMMON_LATIN = new Set([
  'data',
  'file',
  'type',
  'system',
  'server',
  'with',
  'from',
  'that',
  'this',
  'code',
]);

/**
 * Whether a line writes a word of the name in English (`(err, req, res, next)` for 에러 처리 미들웨어, `req.params` for
 * 경로 매개변수): the glossary's word or a short form of it (`err`, `params`), in code too.
 */
function translatesWord(line: string, aliases: readonly string[]): boolean {
  if (aliases.length === 0) return false;
  const words = (line.match(/[A-Za-z]{3,}/g) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => !COMMON_LATIN.has(w));
  return aliases.some((alias) => {
    const a = alias.toLowerCase();
    return words.some((w) => {
      const shorter = Math.min(w.length, a.length);
      let common = 0;
      while (common < shorter && w[common] === a[common]) common++;
      return w === a || common >= Math.min(5, shorter);
    });
  });
}

/**
 * A word one letter off the start of the other (`publish` of the notes' `Publising`, `preconnect` of `Preconect`):
 * the notes' misspelt English names the word all the same. Of seven letters only the last may differ (`content` is
 * not `context`).
 */
function misspells(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const n = short.length;
  if (n >= 7 && short.slice(0, n - 1) === long.slice(0, n - 1)) return true;
  return n >= 8 && [n, n + 1].some((k) => k <= long.length && editDistance(short, long.slice(0, k), 1) <= 1);
}

/** The same word, or one a suffix longer (`watch` / `watcher`, `cache` / `caching` is not). */
function sameWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
}

// `○○ 설정`, `유니온 ○○에 이름 붙이기 → ○○ ○○만 가능`: more mask than clue says nothing.
function overMasked(clue: string): boolean {
  const masks = clue.split('○○').length - 1;
  const left = squash(clue.replaceAll('○○', '')).length;
  // Two blanks for one answer read as residue (`○○ 안에서 또 ○○ 부르면`).
  return masks > 1 || (masks > 0 && left < 8 * masks);
}

/**
 * A term's lines that never named it, for what a student reads as a statement or a choice: a ○○ there would
 * stand out (and mark the right choice).
 */
function cleanDefinitions(term: Term): string[] {
  return maskedDefinitions(term).filter((d) => !d.includes('○○'));
}

const masked = new WeakMap<Term, string[]>();
const unmasked = new WeakMap<Term, Map<string, string>>();

// Code in a line (`pipe(trim, …)`, `req.params`, `[1, 2].map(f)`, `compose(f, g)`) names things in English.
const CODE = /[A-Za-z_$][\w$]*\(|[A-Za-z_$][\w$]*\.[A-Za-z_$]|=>|[[\]{}∘]/;

/**
 * How likely a line is to give its term away: a mask (`고유 ○○`, `○○ 투명하다고 함`) leaves the words around the
 * name as a hint, and code writes its English. A term's plain lines serve first; the others only when it has none.
 */
const riskOf = (line: string) => Number(line.includes('○○')) * 2 + Number(CODE.test(line));

/** A line mostly of code (`query GetUser($id: ID!) { … }`), not a sentence with some in it. */
function isCode(line: string): boolean {
  const chars = line.replace(/\s+/g, '');
  return (chars.match(/[\uAC00-\uD7A3]/g) ?? []).length < chars.length * 0.3 && CODE.test(line);
}

/** The lines of least risk, in the notes' order. */
function plainest(lines: readonly string[]): string[] {
  const least = Math.min(...lines.map(riskOf));
  return lines.filter((l) => riskOf(l) === least);
}

function definitionOf(term: Term, random: () => number): string | undefined {
  return pick(plainest(maskedDefinitions(term)), random);
}

/** The explanation: the term, the line the question used, and the notes' first line about it. */
function explain(term: Term, shown?: string): string {
  const first = term.definitions[0] ?? '';
  // After the reveal the line is shown as the notes write it, name and all.
  const line = shown === undefined ? undefined : (unmasked.get(term)?.get(shown) ?? shown);
  const used = line && squash(line) !== squash(first) ? ` / ${line}` : '';
  return `${term.name}: ${first}${used}`;
}

const sameConcept = (a: Term, b: Term) =>
  keysOf(a).some((n) => keysOf(b).includes(n)) ||
  kindOfOther(a, b) ||
  kindOfOther(b, a) ||
  narrows(wordsOf(a), wordsOf(b)) ||
  derived(wordsOf(a), wordsOf(b)) ||
  partOf(a, b) ||
  partOf(b, a);

/**
 * True when the notes file `kind` under `general` (`스텁` of 테스트 더블's `종류 :` line, `롤링 배포` beside a `무중단
 * 배포` whose line says the strategies below all belong to it): a line of the kind is true of the general term too.
 */
function kindOfOther(kind: Term, general: Term): boolean {
  const { kinds } = general;
  if (kinds === undefined || kind === general) return false;
  if (kinds === 'family') return kind.family === general.family;
  return kinds.some((k) => keysOf(kind).includes(squash(k)));
}

/**
 * A term's names squashed, as {@link sameConcept} compares them: every candidate of every target at its first
 * question (a million pairs at 1,010 sections), squashing both lists again at each pair.
 */
function keysOf(term: Term): string[] {
  let keys = termKeys.get(term);
  if (!keys) {
    keys = term.names.map(squash);
    termKeys.set(term, keys);
  }
  return keys;
}

const termKeys = new WeakMap<Term, string[]>();

/**
 * True when the names hold two Korean words one letter apart (`뷰 라우터` and `동적 라우트 매칭`): one is a feature
 * of the other, so a line of one is true of the other too. A word both names share whole (`서버` of 캐시 서버
 * and 파일 서버) names their common kind and keeps them apart.
 */
function derived(wa: string[], wb: string[]): boolean {
  return wa.some(
    (x) =>
      /^[\uAC00-\uD7A3]{3,}$/.test(x) &&
      wb.some((y) => y !== x && y.length === x.length && editDistance(toJamo(x), toJamo(y), 1) === 1),
  );
}

/**
 * True when `part` is written under `whole`'s heading (`**솔트**` under `### 비밀번호 해싱`, or a sub-heading), or under
 * a heading that `whole` names: the part's lines are about the whole too, so the two are never told apart as right
 * and wrong.
 */
function partOf(part: Term, whole: Term): boolean {
  if (part === whole || part.section.file !== whole.section.file) return false;
  const [p, w] = [part.section.path, whole.section.path];
  // `인덱스` (of `### 인덱스 동작 원리`) is the subject of `## 4.4 인덱스`, which `실행 계획` is filed under. (Of a heading
  // pairing two, `## 리버스 프록시와 로드 밸런싱`, neither is: `포워드 프록시` under it is no part of a reverse proxy.)
  const own = keysOf(whole);
  if (headingsOf(part.section).between.some((keys) => keys.some((n) => own.includes(n)))) return true;
  const nested = p.length >= w.length && w.every((x, i) => p[i] === x);
  if (!nested && part.under !== whole.section.id) return false;
  const { heading } = headingsOf(whole.section);
  return own.some((n) => n === heading);
}

/**
 * The squashed names of a section's headings as {@link partOf} reads them: those between its chapter and itself, and
 * the first of its own. Read once a section, not at every pair of terms of a file.
 */
function headingsOf(section: Section): { between: string[][]; heading: string } {
  let known = headings.get(section);
  if (!known) {
    const keys = (h: string) => namesOf(termFromHeading(h)).map(squash);
    known = {
      between: section.path.slice(1, -1).map(keys),
      heading: squash(namesOf(termFromHeading(section.title))[0] ?? ''),
    };
    headings.set(section, known);
  }
  return known;
}

const headings = new WeakMap<Section, { between: string[][]; heading: string }>();

/** A term's name as its words, compared often enough (every candidate of every question) to keep. */
function wordsOf(term: Term): string[] {
  let words = termWords.get(term);
  if (!words) {
    words = nameWords(term.name).map(squash);
    termWords.set(term, words);
  }
  return words;
}

const termWords = new WeakMap<Term, string[]>();

/**
 * True when one name is the other with words added (`미들웨어` and `에러 처리 미들웨어`, `조인` and `크로스 조인`):
 * a kind is also its general term, so the two are never told apart as right and wrong.
 */
function narrows(wa: string[], wb: string[]): boolean {
  if (wa.length === 0 || wb.length === 0 || wa.length === wb.length) return false;
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w));
}

function definitionToTerm(term: Term, pools: Pools): Maker {
  return (random) => {
    const masked = definitionOf(term, random);
    if (masked === undefined || footerNames(term.section, term.names)) return undefined;
    // `$id 같은 ○○로 빼서` of 변수: a blank for a short everyday word is read off the words around it.
    if (masked.includes('○○') && /^[\uAC00-\uD7A3]{1,2}$/.test(term.name)) return undefined;
    const shape = shapeOf(term.name);
    const hidden = maskedWords(term, masked);
    const rank = (name: string) =>
      Number(shapeOf(name) !== shape) * 2 + Number(hidden.length > 0 && !mentions(name, hidden));
    // (Siblings are another concept than the term already: see `kinOf`.)
    // (`mentions(masked, [t.name])`, its squashed text read once.)
    const hay = squash(masked);
    // …nor one the clue names by another of its names (`모든 GameObject 가 갖는 컴포넌트` rules out 게임 오브젝트).
    const siblings = siblingsOf(term, pools.all.terms, random).filter((t) => {
      const key = traitsOf(t).key;
      return !(key.length > 0 && hay.includes(key)) && !mentions(masked, t.names);
    });
    const others = siblings
      .map((t) => t.name)
      // Names of the same kind first: a directive among directives (`EXPOSE`), a concept among concepts (`도커`);
      // then names with the word a mask hides (`○○를 맘대로 짜니까` for 쿼리 복잡도 제한: 쿼리 깊이 제한 too), so
      // the blank does not point at the one button that has it.
      .sort((a, b) => rank(a) - rank(b));
    const distractors = distinct(others, term.names, CHOICES - 1);
    if (
      oddOneOut(
        term,
        distractors.map((d) => siblings.find((t) => t.name === d)),
      )
    )
      return undefined;
    // A blank standing for a word of the name (`고유 ○○` of 상관관계 ID, `시작 ○○만 보장` of 실행 순서 제어) reads
    // off the context and points at the choices with that word: it serves only when every choice has it.
    if (hidden.length > 0 && !distractors.every((d) => mentions(d, hidden))) return undefined;
    const definition = withSharedWords(term, masked, [term.name, ...distractors]);
    if (definition === masked && kindMasked.has(masked)) return undefined;
    const prompt = `다음 설명에 알맞은 용어는?\n> ${definition}`;
    const en = { prompt: `Which term fits this description?\n> ${definition}` };
    const base = baseOf('definition-to-term', prompt, explain(term, masked), term.section, term.topic, en);
    return choiceQuestion(base, term.name, distractors, random);
  };
}

/** The words of the answer's name a mask in the clue stands for on its own (`캐시` of 캐시 서버 in `메모리 ○○로`). */
function maskedWords(term: Term, masked: string): string[] {
  const line = unmasked.get(term)?.get(masked);
  if (line === undefined) return [];
  const rest = mask(line, term.names);
  return nameWords(term.name).filter((w) => mentions(rest, [w]) && !mentions(masked, [w]));
}

/**
 * The clue with the head words every choice shares written back (`안정 정렬` when each choice is an `… 정렬`): such a
 * word tells the choices nothing, and a mask there only reads as residue. The names themselves stay masked.
 */
function withSharedWords(term: Term, clue: string, choices: string[]): string {
  const words = nameWords(term.name);
  const shared = words.filter((w) => choices.every((c) => mentions(c, [w])));
  const line = unmasked.get(term)?.get(clue);
  if (shared.length === 0 || line === undefined) return clue;
  const remasked = mask(line, [...term.names, ...words.filter((w) => !shared.includes(w))]);
  const names = [...term.names, ...choices];
  return mentions(remasked, names) || overMasked(remasked) ? clue : remasked;
}

/** How a name is written, which tells its kind: `WORKDIR`, `depends_on`/`keyof()`, `가상머신`, `Partial<T>`. */
function shapeOf(name: string): string {
  if (/[\uAC00-\uD7A3]/.test(name)) return 'hangul';
  if (/^[A-Z][A-Z0-9_]+$/.test(name)) return 'upper';
  if (/[<(.]/.test(name) || /^[a-z][\w-]*$/.test(name)) return 'code';
  return 'latin';
}

function termToDefinition(term: Term, pools: Pools): Maker {
  return (random) => {
    const prompt = `「${term.name}」에 대한 설명으로 알맞은 것은?`;
    const en = { prompt: `Which of these describes 「${term.name}」?` };
    // The right choice is the term's definition: a later line about it (`평소엔 숨겼다가 …`, `예외 나서 unlock 못 하면
    // 영원히 잠김`) leaves out what it is about, and is as true of the others more often than not. The others are its
    // siblings' first lines, in the same form: code (`query GetUser($id: ID!) …`) among sentences stands out.
    const answer = plainest(cleanDefinitions(term))[0];
    if (answer === undefined) return undefined;
    const siblings = siblingsOf(term, pools.all.terms, random);
    const ownerOf = new Map(siblings.map((t) => [describedBy(t).line, t]));
    const answerCode = isCode(answer);
    const others = [...ownerOf.entries()]
      .filter(([, owner]) => describedBy(owner).code === answerCode)
      .map(([d]) => d)
      .filter((d) => !mentions(d, term.names));
    const distractors = distinct(others, [answer, prompt], CHOICES - 1);
    if (
      oddOneOut(
        term,
        distractors.map((d) => ownerOf.get(d)),
      )
    )
      return undefined;
    const base = baseOf('term-to-definition', prompt, explain(term, answer), term.section, term.topic, en);
    return choiceQuestion(base, answer, distractors, random);
  };
}

// Whether a choice is written in Hangul, in Latin letters, or both.
const scriptOf = (text: string) =>
  /[\uAC00-\uD7A3]/.test(text) ? (/[A-Za-z]/.test(text) ? 'both' : 'hangul') : 'latin';

function listMembership(group: Group, pools: Pools): Maker {
  return (random) => {
    // A line of uses (`프린터 대기열, BFS` under 큐) is no list of things that are each a 큐.
    if (!group.examples) return undefined;
    const answer = group.items[Math.floor(random() * group.items.length)] ?? '';
    const prompt = `다음 중 「${group.label}」에 해당하는 것은?`;
    const en = { prompt: `Which of these belongs to 「${group.label}」?` };
    const names = pools.all.aliasesOf(answer);
    if (mentions(prompt, names) || footerNames(group.section, names)) return undefined;
    // An item the notes also list under this label elsewhere would be a second right answer.
    const sameLabel = pools.all.groups
      .filter((g) => squash(g.label) === squash(group.label))
      .flatMap((g) => g.items);
    // Wrong choices are members of sibling lists (`퀵 정렬` of 고급 정렬 for 「기본 정렬」): things of the same
    // kind the notes file elsewhere, never a term of another kind.
    const others = shuffled(pools.all.groups, random)
      .filter((g) => squash(g.label) !== squash(group.label) && siblingLists(g, group))
      .flatMap((g) => shuffled(g.items, random))
      .filter((item) => !mentions(prompt, [item]));
    // Nor may a distractor be another name of a listed item (`장고` when `Django` is listed).
    const forbidden = [...group.items, ...sameLabel].flatMap(pools.all.aliasesOf);
    const taken = new Set(forbidden.map(squash));
    const safe = others.filter(
      (item) => !mentions(prompt, [item]) && !pools.all.aliasesOf(item).some((n) => taken.has(squash(n))),
    );
    // `클래스형 컴포넌트` for 「컴포넌트」: a word of the label marks the answer unless every choice has it.
    const marks = labelWordsShown(answer, group.label);
    // …and its script: `read` among 권한, 이름, 수정 시각 is picked by its letters alone.
    const alike = safe.filter(
      (item) =>
        marks.every((w) => labelWordsShown(item, group.label).includes(w)) &&
        scriptOf(item) === scriptOf(answer),
    );
    const base = baseOf('list-membership', prompt, group.line, group.section, group.topic, en);
    return choiceQuestion(base, answer, distinct(alike, forbidden, CHOICES - 1), random);
  };
}

/**
 * Lists whose items are wrong answers of one kind for `target`: written in one section (`풀스택 프레임워크` and
 * `마이크로 프레임워크` under 웹 프레임워크), or labelled with one head noun in one file (`기본 정렬` and `고급 정렬`).
 * Lists of sibling sections are about different things (HTML and CSS of 프론트엔드 are no wrong answer among
 * frameworks). Nor is the general list a label narrows: under `정렬` the notes gather what sorts are (`제자리 정렬`,
 * `안정 정렬`), no sorts, offered for 「기본 정렬」 (3 struck as distractors in sessions 9–13's reviews, none kept).
 */
const GENERIC_HEAD = /^(?:방식|종류|유형|방법|기법|전략|옵션|도구|예시|예|목록|구성|단계|특징|구현)$/;

function siblingLists(candidate: Group, target: Group): boolean {
  if (candidate.section.file !== target.section.file) return false;
  const words = (g: Group) => g.label.split(/\s+/).map(squash);
  const [cw, tw] = [words(candidate), words(target)];
  // `기본 정렬` and `고급 정렬` list sorts both; `사가 구현 방식` and `통신 방식` share a word that names no kind.
  const head = cw.at(-1) ?? '';
  const sameHead = cw.length >= 2 && tw.length >= 2 && head === tw.at(-1) && !GENERIC_HEAD.test(head);
  return candidate.section.id === target.section.id || sameHead;
}

function trueFalse(term: Term, pools: Pools): Maker {
  return (random) => {
    const definition = pick(plainest(cleanDefinitions(term)), random);
    if (definition === undefined) return undefined;
    const swapWith = siblingsOf(term, pools.all.terms, random).find((t) => !mentions(definition, t.names));
    const truth = swapWith === undefined || random() < 0.5;
    const shown = truth ? term.name : (swapWith?.name ?? term.name);
    const prompt = `다음 설명이 맞으면 ⭕, 틀리면 ❌를 고르세요.\n> ${shown}: ${definition}`;
    const explanation = truth
      ? explain(term, definition)
      : `${withParticle(shown, '이/가')} 아니라 ${explain(term, definition)}`;
    const en = {
      prompt: `Pick ⭕ if this is true, ❌ if it is false.\n> ${shown}: ${definition}`,
      ...(truth ? {} : { explanation: `Not ${shown}: ${explain(term, definition)}` }),
    };
    const base = baseOf('true-false', prompt, explanation, term.section, term.topic, en);
    const choices = [TRUE_CHOICE, FALSE_CHOICE];
    return { ...base, choices, answerIndex: truth ? 0 : 1 };
  };
}

function hintFor(name: string, locale: 'ko' | 'en' = 'ko'): string {
  const answer = typedForm(name);
  // What the student types, spaces apart (`depends_on` is 10, `웹 서버` 3); a hyphen between syllables (`키-값`)
  // is read as none, so it counts as none.
  const letters = answer.replace(/\s+|(?<=[\uAC00-\uD7A3])-(?=[\uAC00-\uD7A3])/g, '').length;
  // A Latin word beside the Hangul's initials shows its first letter only, as a Hangul word shows its initials:
  // written whole it is part of the answer (`초성 Node ㅅㅌㅇ ㅋㅂ`), and a word of code cut at its joiners reads
  // as residue (`t_f` of try_files, `n-c` of no-cache).
  const choseong = answer
    .split(/\s+/)
    .map((w) =>
      [...w.replace(/[A-Za-z0-9]+(?:[-_./+#][A-Za-z0-9]+)*/g, (run) => run[0] ?? '')]
        .map((c) => (/[\uAC00-\uD7A3]/.test(c) ? getChoseong(c) : c))
        .join(''),
    )
    .join(' ');
  // …but a Latin run glued to Hangul in one word (`PG사`) reads as a broken initial (`Pㅅ`): its first letter is told.
  const glued = /[A-Za-z][\uAC00-\uD7A3]|[\uAC00-\uD7A3][A-Za-z]/.test(answer);
  if (!glued && /[\u3131-\u314E]/.test(choseong)) {
    return locale === 'en'
      ? `initial consonants ${choseong}, ${letters} letters`
      : `초성 ${choseong}, ${letters}글자`;
  }
  const first = answer[0] ?? '';
  // The first of two letters (`CP`, `AP`) is half the answer: only the length is told.
  if (letters <= 2) return locale === 'en' ? `${letters} letters` : `${letters}글자`;
  return locale === 'en'
    ? `starts with ${first}, ${letters} letters`
    : `${withRo(first)} 시작, ${letters}글자`;
}

// How Korean reads a Latin letter or digit aloud, which decides the particle: M으로 (엠), R로 (알), S로 (에스).
const READINGS: Record<string, string> = {
  A: '에이',
  B: '비',
  C: '씨',
  D: '디',
  E: '이',
  F: '에프',
  G: '지',
  H: '에이치',
  I: '아이',
  J: '제이',
  K: '케이',
  L: '엘',
  M: '엠',
  N: '엔',
  O: '오',
  P: '피',
  Q: '큐',
  R: '알',
  S: '에스',
  T: '티',
  U: '유',
  V: '브이',
  W: '더블유',
  X: '엑스',
  Y: '와이',
  Z: '제트',
  '0': '영',
  '1': '일',
  '2': '이',
  '3': '삼',
  '4': '사',
  '5': '오',
  '6': '육',
  '7': '칠',
  '8': '팔',
  '9': '구',
};

/** A name as typed: a generic's parameters are no part of it (`Partial<T>` → `Partial`). */
/**
 * The forms a student may type for `names`, as the accepted list shows them: each name with one word in its
 * other script (`세터 주입` for `수정자(setter) 주입`, the glossary knowing `setter` as 세터), and an annotation
 * with its `@` when the clue writes one before the blank (`필드에 @＿＿＿`: `@Autowired` is typed in full).
 */
function typedAnswers(
  given: readonly string[],
  facts: Facts,
  prompt: string,
  context: Omit<AnswerContext, 'namesAnother'>,
): string[] {
  // A fact is asked again and again (1,000 questions of one chapter): its answers are worked out once.
  const key = JSON.stringify([given, prompt.includes('@＿＿＿'), context.written, context.code ?? false]);
  const known = typedCache.get(facts) ?? new Map<string, string[]>();
  typedCache.set(facts, known);
  let out = known.get(key);
  if (!out) {
    out = typedAnswersOf(given, facts, prompt, context);
    known.set(key, out);
  }
  return [...out];
}

const typedCache = new WeakMap<Facts, Map<string, string[]>>();

/**
 * The notes' other terms one typo from an accepted answer (FOIT beside FOUT, WOFF beside WOFF2): typed as
 * written they name that term, so the typo allowance must not take them for this one.
 */
function rejectedAnswers(accepted: readonly string[], facts: Facts): { rejectedAnswers?: string[] } {
  const own = new Set(accepted.map(squash));
  const key = [...own].join('\n');
  const known = nearCache.get(facts) ?? new Map<string, string[]>();
  nearCache.set(facts, known);
  let near = known.get(key);
  if (!near) {
    const found = new Set<string>();
    // One typo apart is one jamo apart at most: a name of another length in jamo is none (a swap keeps the length).
    const targets = [...own].map((target) => ({ target, length: toJamo(target).length }));
    for (const term of typoFormsOf(facts)) {
      if (term.keys.some((k) => own.has(k))) continue;
      for (const { name, form, length } of term.forms) {
        const close = (t: (typeof targets)[number]) =>
          Math.abs(t.length - length) <= 1 && oneTypoFrom(form, t.target);
        if (form.length > 0 && targets.some(close)) found.add(name);
      }
    }
    near = [...found];
    known.set(key, near);
  }
  return near.length > 0 ? { rejectedAnswers: [...near] } : {};
}

const nearCache = new WeakMap<Facts, Map<string, string[]>>();

interface TypoForms {
  keys: string[];
  forms: { name: string; form: string; length: number }[];
}

/** Every term's names squashed, with their length in jamo: what {@link rejectedAnswers} scans for each answer. */
function typoFormsOf(facts: Facts): TypoForms[] {
  let known = typoForms.get(facts);
  if (!known) {
    known = facts.terms.map((term) => ({
      keys: keysOf(term),
      forms: term.names.map((name) => {
        const form = squash(name);
        return { name, form, length: toJamo(form).length };
      }),
    }));
    typoForms.set(facts, known);
  }
  return known;
}

const typoForms = new WeakMap<Facts, TypoForms[]>();

function typedAnswersOf(
  given: readonly string[],
  facts: Facts,
  prompt: string,
  context: Omit<AnswerContext, 'namesAnother'>,
): string[] {
  const names = acceptedNames(given, { ...context, namesAnother: namedByAnother(facts, context.written) });
  // Code is typed as written: `undo()` is no `cancel`, `@input` no `입력` (its translations still mask clues).
  const [first = ''] = names;
  const code = squash(typedForm(first));
  // The notes' own short label of a code name is typed too (`shrink` under `flex-grow와 flex-shrink`).
  const typed = CODE_NAME.test(first)
    ? names.filter(
        (n) => squash(typedForm(n)) === code || (/^[a-z]{3,}$/i.test(n) && code.endsWith(squash(n))),
      )
    : names;
  // `박스` of 박스 모델 is also the start of 박스 크기 계산: a short form another term starts with names neither.
  const ambiguous = (short: string) =>
    facts.terms.some(
      (t) =>
        squash(t.name.split(/\s+/)[0] ?? '') === squash(short) && !t.names.some((n) => names.includes(n)),
    );
  const short = [...typed.flatMap(shortForms), ...shortNames(first)];
  const out = [...typed, ...short.filter((n) => !ambiguous(n))];
  for (const name of CODE_NAME.test(first) ? [] : names) {
    const words = name.split(/\s+/);
    // Only a name that mixes the scripts (`setter 주입`) is typed wholly in Korean as well; a Korean name is
    // typed with a word in English as the notes' own habit is (`논블로킹 I/O` for 논블로킹 입출력).
    if (words.length < 2 || words.length > 3 || !words.some((w) => HANGUL_WORD.test(w))) continue;
    const korean = words.every((w) => HANGUL_WORD.test(w));
    words.forEach((word, i) => {
      const latin = /^[A-Za-z]{2,}$/.test(word);
      if (!latin && !(korean && word.length >= 2)) return;
      for (const alias of facts.aliasesOf(word)) {
        // An abbreviation only (`I/O`, `DB`, `UI`): nobody types `동기 communication`; a run of letters only when the
        // notes write it (the glossary files 주소 with `url`: `네트워크 url 변환` is no name of NAT), `I/O` always.
        if (latin ? !HANGUL_WORD.test(alias) : !/^(?:[A-Za-z]{2,3}|[A-Za-z]\/[A-Za-z])$/.test(alias))
          continue;
        if (!latin && !alias.includes('/') && !notesWrite(facts, alias)) continue;
        out.push([...words.slice(0, i), alias, ...words.slice(i + 1)].join(' '));
      }
    });
  }
  if (prompt.includes('@＿＿＿')) for (const name of names) if (/^[A-Za-z]/.test(name)) out.push(`@${name}`);
  // `git push` of the glossary's push is another thing than 푸시 방식: a word put before another accepted answer
  // that no other answer has names a narrower thing.
  const squashed = new Set(out.map(squash));
  const narrower = (a: string) => {
    const [head = '', ...rest] = a.split(/\s+/);
    return (
      a !== first &&
      /^[a-z]+$/.test(head) &&
      rest.length > 0 &&
      squashed.has(squash(rest.join(' '))) &&
      !out.some((o) => o !== a && squash(o).includes(squash(head)))
    );
  };
  return [...new Set(out.filter((a) => !narrower(a)))];
}

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;

/** Whether the notes write a Latin word as a word of their own (`DB`, `UI`), not inside another (`urls`). */
const notesWrite = (facts: Facts, word: string) => wordsWritten(facts).has(word.toLowerCase());

// The Latin words the notes' sections write, each section read once per notes (typed answers ask for every name).
const wordsByNotes = new WeakMap<Facts, Set<string>>();
function wordsWritten(facts: Facts): Set<string> {
  let words = wordsByNotes.get(facts);
  if (!words) {
    const bodies = new Set(facts.terms.map((t) => t.section.body));
    words = new Set([...bodies].flatMap((b) => b.toLowerCase().match(/[a-z]+/g) ?? []));
    wordsByNotes.set(facts, words);
  }
  return words;
}

/**
 * Whether a name is one another term of the notes writes as its own (`프로퍼티(property)` for 속성(attribute),
 * `IP 해시` for the 해시 of a file name): an answer naming that other thing is wrong.
 */
function namedByAnother(facts: Facts, written: readonly string[]): (name: string) => boolean {
  let index = writtenBy.get(facts);
  if (!index) {
    index = new Map();
    for (const t of facts.terms)
      for (const n of t.written ?? [t.name]) index.set(squash(n), [...(index.get(squash(n)) ?? []), t]);
    writtenBy.set(facts, index);
  }
  const ours = new Set(written.map(squash));
  const found = index;
  return (name) =>
    (found.get(squash(name)) ?? []).some((t) => !(t.written ?? [t.name]).some((n) => ours.has(squash(n))));
}

const writtenBy = new WeakMap<Facts, Map<string, Term[]>>();

/** Whether the notes write a term's name as code (`` `search` : 검색창 ``): it is typed as written. */
function writtenAsCode(term: Term): boolean {
  return (term.written ?? [term.name]).some((n) => term.section.body.includes(`\`${n}\``));
}

function typedForm(name: string): string {
  // `reactive()` is typed `reactive`: its parentheses are no letters of the hint's count; `aria-hidden="true"` is
  // the attribute `aria-hidden` with its value.
  return name.replace(/<[^<>]*>$|\(\)$|="[^"]*"$/, '').trim() || name;
}

// Code, typed as written: calls, annotations, generics, `snake_case`, `camelCase`, `.stop`, `v-if`, and the
// `kebab-case` of CSS properties and command flags (`box-sizing` is no `박스 크기 계산` in `{ ＿＿＿: border-box }`).
const CODE_NAME = /[()@<>_]|^[.-]|^v-|^[a-z]+[A-Z]|^[a-z]+(?:-[a-z]+)+$/;

// A maker's name before a name (`아파치 카프카`): students leave it out, and what is left names the same thing.
const MAKER_HEAD =
  /^(?:아파치|Apache|구글|Google|아마존|Amazon|AWS|마이크로소프트|Microsoft|오라클|Oracle|페이스북|Facebook|메타|Meta)\s+(.{2,})$/;

/** The name without its kind noun or its maker's name, when it has one. */
function shortForms(name: string): string[] {
  return [KIND_TAIL.exec(name)?.[1], MAKER_HEAD.exec(name)?.[1], KIND_HEAD.exec(name)?.[1]].filter(
    (n): n is string => n !== undefined,
  );
}

/**
 * `name` with a particle chosen as the name is read: es-hangul reads Hangul; a Latin name ends in a consonant
 * when read in Korean after n, m, ng, l (`none` 논이, `depends_on`이) or a stop after a short vowel (`public`이), a vowel otherwise (`server` 서버가,
 * `interface` 인터페이스가); an acronym is read letter by letter (`API`가, `DOM`이), a word in capitals as a word.
 */
function withParticle(name: string, pair: '이/가' | '은/는' | '을/를'): string {
  const last = /[A-Za-z0-9]+$/.exec(name.trim().replace(/\(\)$|["']$/, ''))?.[0];
  if (!last) return josa(name, pair);
  const [consonant, vowel] = pair.split('/') as [string, string];
  let closed: boolean;
  // `MAJOR`, `MINOR`, `COMMIT`: capitals of four letters or more with a vowel after the first are a word, read as
  // one (메이저가), not letter by letter (`HTTP`, `API`).
  if (/^[A-Z0-9]+$/.test(last) && !/^[A-Z][A-Z]*[AEIOU][A-Z]*$/.test(last.length >= 4 ? last : '')) {
    const reading = READINGS[last.at(-1) ?? ''] ?? '';
    closed = josa(reading || '가', '이/가').endsWith('이');
  } else {
    const w = last.toLowerCase();
    // A stop after one short vowel is read closed too: `public` 퍼블릭이, `static` 스태틱이, `get` 겟이, `web` 웹이
    // (but `react` 리액트가, `sheet` 시트가).
    closed = /(n|m|ng|l|ll)$/.test(w) || /[nml]e$/.test(w) || /(?<![aeiou])[aeiou](c|ck|k|p|b|t)$/.test(w);
  }
  return `${name}${closed ? consonant : vowel}`;
}

/** `M` → `M으로`, `R` → `R로`, `캐` → `캐로`: the letter with 으로/로 as it is read. */
function withRo(letter: string): string {
  const reading = READINGS[letter.toUpperCase()] ?? letter;
  return letter + josa(reading, '으로/로').slice(reading.length);
}

/** A command with an example argument (`npm install express`): the command itself is right too. */
function commandOf(name: string): string[] {
  const command = /^[a-z][\w.-]* [a-z][\w-]*(?= \S)/.exec(name)?.[0];
  return command ? [command] : [];
}

function fillBlankTerm(term: Term, facts: Facts): Maker {
  return (random) => {
    // A line that never names the term: the blank is the only gap a student reads. Not a bare phrase of a part
    // whose bold label the clue drops (`클라이언트 : 우리 서비스(앱)` under **OAuth 역할**): it identifies nothing.
    const context = boldLabelOf(term);
    const clean = cleanDefinitions(term).filter(
      (d) => !context || d.split(/\s+/).length > 2 || mentions(term.name, nameWords(context)),
    );
    const definition = pick(plainest(clean), random);
    if (definition === undefined || footerNames(term.section, term.names) || saysSomething(term.name))
      return undefined;
    const prompt = `빈칸에 들어갈 용어를 입력하세요.\n> ＿＿＿: ${definition}\n(힌트: ${hintFor(term.name)})`;
    if (mentions(prompt, term.names)) return undefined;
    const en = {
      prompt: `Type the missing term.\n> ＿＿＿: ${definition}\n(Hint: ${hintFor(term.name, 'en')})`,
    };
    const base = baseOf('fill-blank', prompt, explain(term, definition), term.section, term.topic, en);
    const bare = typedForm(term.name);
    const accepted = typedAnswers([...term.names, bare, ...commandOf(term.name)], facts, prompt, {
      written: term.written ?? [term.name],
      code: writtenAsCode(term),
    });
    // `?offset=40` in the clue of 오프셋 방식: a short form's translation gives it away too.
    if (mentions(definition, [...accepted, ...accepted.flatMap(facts.glossesOf)])) return undefined;
    if (latinPart(definition, accepted)) return undefined;
    return { ...base, acceptedAnswers: accepted, ...rejectedAnswers(accepted, facts) };
  };
}

/** A line of the notes with a key term inside it blanked, to type (Anki's cloze). */
function cloze(term: Term, facts: Facts): Maker {
  return (random) => {
    const options = clozesOf(term, facts);
    const chosen = options[Math.floor(random() * options.length)];
    if (chosen === undefined || footerNames(term.section, chosen.answers)) return undefined;
    const answer = chosen.answers[0] ?? '';
    const clue = `${term.name}: ${chosen.shown}`;
    const prompt = `빈칸에 들어갈 용어를 입력하세요.\n> ${clue}\n(힌트: ${hintFor(answer)})`;
    const en = { prompt: `Type the missing term.\n> ${clue}\n(Hint: ${hintFor(answer, 'en')})` };
    const explanation = `${term.name}: ${chosen.line}`;
    const accepted = typedAnswers(
      [...chosen.answers, typedForm(answer), ...commandOf(answer)],
      facts,
      prompt,
      { written: [answer], code: chosen.code },
    );
    // `＿＿＿ 는 "최신" 보장 아님` beside the blank of latest: a translation of the answer gives it away.
    const glosses = accepted.flatMap(facts.glossesOf).filter((g) => squash(g).length >= 2);
    // `뮤테이션: … ＿＿＿ 으로 보냄` beside the blank of useMutation: a part of the answer in Korean letters.
    if (
      mentions(clue, [...accepted, ...glosses]) ||
      spellsCode(answer, clue, term.names) ||
      latinPart(chosen.shown, accepted) ||
      (/^[A-Za-z][\w-]*$/.test(answer) && spellsOut(clue, [answer])) ||
      glossedBlank(chosen.shown, answer) ||
      sharesCodePart(answer, chosen.shown) ||
      sharesEnd(answer, chosen.shown)
    )
      return undefined;
    return {
      ...baseOf('cloze', prompt, explanation, term.section, term.topic, en),
      acceptedAnswers: accepted,
      ...rejectedAnswers(accepted, facts),
    };
  };
}

/**
 * Whether the blank is followed by its translation, a word or two in the other script in parentheses (`＿＿＿ (검증)`
 * of Assert, `＿＿＿ (부정)` of not): the notes' gloss of the name gives it away.
 */
function glossedBlank(shown: string, answer: string): boolean {
  const gloss = /＿＿＿\s*\(([^()]+)\)/.exec(shown)?.[1]?.trim() ?? '';
  const words = gloss.split(/\s+/);
  if (gloss === '' || words.length > 2) return false;
  const hangul = /^[\uAC00-\uD7A3\s]+$/;
  return /[A-Za-z]/.test(answer) ? hangul.test(gloss) : /^[A-Za-z][A-Za-z\s-]*$/.test(gloss);
}

/**
 * Whether a clue shows a code name built like the answer (`@model_validator` beside the blank of field_validator): the
 * shared part of five letters or more and the hint leave one word to guess.
 */
function sharesCodePart(answer: string, clue: string): boolean {
  const parts = (name: string) =>
    latinWordsOf(name)
      .map((p) => p.toLowerCase())
      .filter((p) => p.length >= 5);
  const own = parts(answer);
  if (own.length === 0 || !/[-_]|[a-z][A-Z]/.test(answer)) return false;
  const runs = clue.match(/[A-Za-z][\w-]*[-_A-Z][\w-]*/g) ?? [];
  return runs.some((r) => r !== answer && parts(r).some((p) => own.includes(p)));
}

/**
 * Whether a clue shows a word the answer shares its start or end with, four letters and half of it or more
 * (`＿＿＿, postbuild` of prebuild, `min-width` beside max-width): the pair's other half is read off the clue.
 */
function sharesEnd(answer: string, clue: string): boolean {
  const bare = answer.toLowerCase().replace(/[^a-z]/g, '');
  if (bare.length < 6) return false;
  const need = Math.max(4, Math.ceil(bare.length / 2));
  return (clue.match(/[A-Za-z][\w-]*/g) ?? [])
    .map((w) => w.toLowerCase().replace(/[^a-z]/g, ''))
    .some((w) => {
      if (w === bare) return false;
      let start = 0;
      while (start < Math.min(w.length, bare.length) && w[start] === bare[start]) start++;
      let end = 0;
      while (end < Math.min(w.length, bare.length) && w.at(-1 - end) === bare.at(-1 - end)) end++;
      return Math.max(start, end) >= need;
    });
}

/**
 * Whether a clue shows a run of three or more Latin letters that is most of a typed answer: `RPC 프레임워크`
 * beside the blank of gRPC, `.proto` beside protoc; the letter or two left a student reads off the hint.
 */
function latinPart(clue: string, accepted: readonly string[]): boolean {
  const answers = accepted.map((a) => a.toLowerCase()).filter((a) => /[a-z]{3}/.test(a));
  // `aria-label` beside the blank of aria-labelledby: a name joined by hyphens is one run.
  const runs = (clue.match(/[A-Za-z]{3,}(?:[-_][A-Za-z]+)*/g) ?? []).map((r) => r.toLowerCase());
  return runs.some((r) =>
    answers.some((a) => a !== r && a.includes(r) && r.length * 2 >= a.replace(/[^a-z]/g, '').length),
  );
}

/**
 * Whether a line shows a code name's answer by another way: a name one edit of a word apart (`createWebHistory`
 * beside the blank of `createWebHashHistory`), or a part of a camel-case answer that the line's term is called
 * (`defineProps` in the line of 프롭스, alias Props).
 */
function spellsCode(answer: string, line: string, owner: readonly string[]): boolean {
  const bare = typedForm(answer);
  if (!/^[A-Za-z_$][\w$]{5,}$/.test(bare)) return false;
  const lower = bare.toLowerCase();
  const near = (line.match(/[A-Za-z_$][\w$]{5,}/g) ?? []).some((word) => {
    const w = word.toLowerCase();
    const max = Math.min(4, Math.floor(lower.length / 4));
    return w !== lower && (w.includes(lower) || lower.includes(w) || editDistance(w, lower, max) <= max);
  });
  const parts = bare.split(/(?<=[a-z0-9])(?=[A-Z])|_/).filter((p) => p.length >= 4);
  const named = parts.some((p) => owner.some((n) => squash(n) === squash(p)));
  return near || (parts.length >= 2 && named);
}

/**
 * True when what a player sees under the question before the reveal — the file and its chapter (see the app's
 * render) — names one of `names` (`Express` under `nodejs-express.md · Node.js와 Express`).
 */
function footerNames(section: Section, names: readonly string[]): boolean {
  let shown = footers.get(section);
  if (!shown) {
    const footer = `${section.file} ${section.path.length > 1 ? (section.path[0] ?? '') : ''}`;
    // `로깅과 모니터링`: the chapter shows 로깅 (a name of 로그) with a particle on it.
    const parts = footer.split(/[\s\-_./()]+/);
    shown = { words: new Set([...parts, ...parts.map(stripParticle)].map(squash)), whole: squash(footer) };
    footers.set(section, shown);
  }
  const { words, whole } = shown;
  return names.some((n) => {
    const key = squash(n);
    return words.has(key) || (key.length >= 3 && whole.includes(key));
  });
}

const footers = new WeakMap<Section, { words: Set<string>; whole: string }>();

function baseOf(
  type: QuestionType,
  prompt: string,
  explanation: string,
  section: Section,
  topic: string,
  en: Question['en'],
) {
  return { type, prompt, explanation, source: sourceOf(section), topic, cardKey: cardOf(section), en };
}

/**
 * A fact's review card (`file#line#name`, `file#line#list:label`): every question about one term or list shares
 * it, whatever its kind.
 */
const factCard = (section: Section, name: string) =>
  `${section.id}#${name.startsWith('list:') ? 'list:' : ''}${squash(name)}`;

const withCard =
  (make: Maker, cardKey: string): Maker =>
  (random) => {
    const q = make(random);
    return q && { ...q, cardKey };
  };

/** Sections a topic names: heading path matches first; the search index for anything else. */
function sectionsFor(
  knowledge: Knowledge,
  topic: string | undefined,
  index: NotesIndex | undefined,
): Set<string> | null {
  if (!topic?.trim()) return null;
  const needle = squash(topic);
  const hits = knowledge.sections.filter((s) => s.path.some((p) => squash(p).includes(needle)));
  if (hits.length === 0 && index) {
    const found = index.search(topic, 5).map((h) => h.section);
    // A hit's sub-sections belong to it too.
    for (const f of found) {
      for (const s of knowledge.sections) {
        if (isWithin(s, f)) hits.push(s);
      }
    }
  }
  return new Set(hits.map((s) => s.id));
}

/** Every question maker the notes allow, keyed so a quiz avoids asking the same thing twice. */
function makersFor(knowledge: Knowledge, allowed: Set<string> | null): QuestionMaker[] {
  const all = extractFacts(knowledge);
  const inScope = (s: Section) => allowed === null || allowed.has(s.id);
  const pools: Pools = { terms: all.terms.filter((t) => inScope(t.section)), groups: [], all };
  pools.groups = all.groups.filter((g) => inScope(g.section));
  const makers: QuestionMaker[] = [];
  const families = new Map<string, number>();
  for (const t of all.terms) families.set(t.family, (families.get(t.family) ?? 0) + 1);
  pools.terms.forEach((term, i) => {
    // A name of symbols alone (`>>`, `>`): a typed answer is checked forgiving punctuation, so nothing would tell it
    // from its siblings, and a statement swapping one for another read as the notes' own line (both struck in set 13a).
    if (!/[\p{L}\p{N}]/u.test(term.name)) return;
    const card = factCard(term.section, term.name);
    // Two or three names a section sets against each other (`v-if` / `v-show`, `onMounted` / `onUnmounted`):
    // after one is asked, the other is known by elimination, so a session asks one of them.
    const family = (families.get(term.family) ?? 0) <= 3 ? `family:${term.family}` : undefined;
    const about = term.names;
    const own = { card, about, ...(family ? { family } : {}) };
    makers.push({ key: `dt${i}`, ...own, make: withCard(definitionToTerm(term, pools), card) });
    makers.push({ key: `td${i}`, ...own, make: withCard(termToDefinition(term, pools), card) });
    makers.push({ key: `tf${i}`, ...own, make: withCard(trueFalse(term, pools), card) });
    makers.push({ key: `fb${i}`, ...own, make: withCard(fillBlankTerm(term, all), card) });
    makers.push({ key: `cz${i}`, ...own, make: withCard(cloze(term, all), card) });
  });
  pools.groups.forEach((group, i) => {
    const card = factCard(group.section, `list:${group.label}`);
    const about = group.labelNames;
    // Lists are one another's distractors (`fallback` values beside `fetch` cache options): a session asks one.
    const family = 'lists';
    makers.push({ key: `lm${i}`, card, about, family, make: withCard(listMembership(group, pools), card) });
  });
  quizBlocks(knowledge).questions.forEach((q, i) => {
    if (allowed !== null && !allowed.has(q.cardKey)) return;
    const card = `${q.cardKey}#${squash(q.prompt).slice(0, 40)}`;
    makers.push({ key: `hw${i}`, card, about: [], make: () => ({ ...q, cardKey: card }) });
  });
  return makers;
}

interface QuestionMaker {
  key: string;
  card: string;
  /** The names of the term or list its questions are about (a cloze asks another: its blank's). */
  about: readonly string[];
  /** The two or three names its section sets against each other, asked once a session (see `makersFor`). */
  family?: string;
  make: Maker;
}

/**
 * The names a question tests a student on, and the names it shows them: a session asks no name twice (`컨슈머`
 * blanked in three lines, a true/false on `Direct` after a choice of it), and never asks to type a name it
 * already showed as a choice (`Direct, ＿＿＿, Topic` after Fanout among the buttons).
 */
function namesIn(q: Question, maker: QuestionMaker): { asks: string[]; shows: string[] } {
  const choices = (q.choices ?? []).filter((c) => c !== TRUE_CHOICE && c !== FALSE_CHOICE);
  const answer = answerText(q);
  const family = maker.family ? [maker.family] : [];
  // A cloze shows its line's term with the line (`구별된 유니온: 유니온 멤버마다 …(＿＿＿, type)`): that term's
  // definition is out too.
  if (q.type === 'cloze')
    return { asks: [...(q.acceptedAnswers ?? []), ...maker.about], shows: [...maker.about.slice(0, 1)] };
  if (q.type === 'fill-blank') return { asks: [...(q.acceptedAnswers ?? []), ...family], shows: [] };
  if (q.type === 'definition-to-term') return { asks: [answer, ...maker.about, ...family], shows: choices };
  // A true/false statement names a term too (a sibling, when it is false): `컴포지트 패턴: <another's line>`
  // right after 컴포지트 패턴 was the answer is false at a glance.
  const stated = q.type === 'true-false' ? (/^> (.+?): /m.exec(q.prompt)?.[1] ?? '') : '';
  return {
    asks: [...maker.about, stated, ...family].filter(Boolean),
    shows: [...maker.about.slice(0, 1), ...choices],
  };
}

const TYPED_KINDS = /^(?:fb|cz)/;

// `dt3`, `td3`, `tf3`, `fb3`, `cz3` ask about term 3; `lm1` about list 1.
const factOf = (makerKey: string) => makerKey.replace(/^(?:dt|td|tf|fb|cz)/, 't').replace(/^lm/, 'g');

// The line of the notes a question teaches, as its explanation ends with it (`CDN: 사용자와 가까운 …`); a
// hand-written question without an explanation teaches its own.
const lineOf = (q: Question) =>
  q.explanation
    ? `${q.source.file}:${squash(q.explanation).slice(-60)}`
    : `${q.source.file}:${q.source.line}:${squash(q.prompt)}`;

/**
 * Questions from the notes, the same ones for the same seed and notes. Kinds are mixed; no fact and no
 * line of the notes is asked twice. Returns fewer than `count` (possibly none) when the notes (or the topic)
 * hold fewer facts.
 */
export function generateQuestions(knowledge: Knowledge, opts: GenerateOptions): Question[] {
  const random = seededRandom(opts.seed);
  const scope = opts.section
    ? new Set(knowledge.sections.filter((s) => isWithin(s, opts.section as Section)).map((s) => s.id))
    : sectionsFor(knowledge, opts.topic, opts.index);
  const { facts: only } = opts;
  const makers = makersFor(knowledge, scope).filter((m) => !only || only(m.card));
  const out: Question[] = [];
  // A fact — a term with its lines, a list, a hand-written question — comes back, in whatever kind of
  // question, and so does a line of the notes, only once every other one has been asked.
  const facts = new Set<string>();
  const lines = new Set<string>();
  const asked = new Set<string>();
  const shown = new Set<string>();
  let deck: typeof makers = [];
  let dealt = -1;
  let failures = 0;
  const shape = notesShape(knowledge);
  // A question a strict review would likely strike (`doubt.ts`) is not asked; a kind is kept available,
  // though: when a round through the notes asked none of a kind, its least doubtful candidate is asked.
  const doubtful = new Map<string, { question: Question; maker: QuestionMaker; doubt: number }>();
  const take = (question: Question, maker: QuestionMaker, line: string, asks: string[], shows: string[]) => {
    out.push(question);
    facts.add(factOf(maker.key));
    lines.add(line);
    for (const n of asks) asked.add(n);
    for (const n of shows) shown.add(squash(n));
  };
  const rescue = () => {
    for (const kind of QUESTION_TYPES) {
      const best = doubtful.get(kind);
      if (!best || out.length >= opts.count || out.some((q) => q.type === kind)) continue;
      doubtful.delete(kind);
      const names = namesIn(best.question, best.maker);
      const asks = names.asks.map(squash);
      const line = lineOf(best.question);
      // A quiz that may repeat asks each fact's kinds freely (below), its best doubtful one too.
      const again = !opts.repeat && (facts.has(factOf(best.maker.key)) || asks.some((n) => asked.has(n)));
      if (again || lines.has(line)) continue;
      take(best.question, best.maker, line, asks, names.shows);
    }
  };
  while (out.length < opts.count && makers.length > 0 && failures < makers.length * 2 + 10) {
    if (deck.length === 0) {
      if (dealt !== -1) {
        rescue();
        // The rescue may fill the quiz: a question more would be one more than asked.
        if (out.length >= opts.count) break;
      }
      const fresh = makers.filter((m) => !facts.has(factOf(m.key)));
      // Every fact asked, or none of those left can be asked: the notes hold no more, and a quiz asks fewer
      // rather than the same again.
      if (fresh.length === 0 || dealt === out.length) {
        if (!opts.repeat) break;
        facts.clear();
        lines.clear();
        asked.clear();
        shown.clear();
      }
      dealt = out.length;
      deck = shuffled(facts.size === 0 ? makers : fresh, random);
    }
    const maker = deck.pop() as (typeof makers)[number];
    if (facts.has(factOf(maker.key))) continue;
    // Recognition first: a typed question is drawn half as often as a choice, unless the learner's cards ask for
    // it (a fact recognized comes back typed; see the app's session plan).
    if (!only && TYPED_KINDS.test(maker.key) && random() < 0.5) continue;
    const question = maker.make(random);
    const line = question ? lineOf(question) : '';
    const names = question && namesIn(question, maker);
    const asks = (names?.asks ?? []).map(squash);
    // An author's own question is asked as written, whatever the generated ones asked; a quiz that may repeat
    // (more questions than the notes hold, or the kinds a learner's cards owe) asks each fact's kinds freely.
    const free = opts.repeat || maker.key.startsWith('hw');
    const again = !free && asks.some((n) => asked.has(n) || (question && isTyped(question) && shown.has(n)));
    if (question && names && !lines.has(line) && !again) {
      const doubt = free || DOUBT_MODEL.threshold >= 1 ? 0 : doubtOf(question, shape);
      if (doubt > DOUBT_MODEL.threshold) {
        const best = doubtful.get(question.type);
        if (doubt < 1 && (!best || doubt < best.doubt))
          doubtful.set(question.type, { question, maker, doubt });
        failures++;
        continue;
      }
      take(question, maker, line, asks, names.shows);
      failures = 0;
    } else failures++;
  }
  rescue();
  return out;
}

/**
 * Builds what the first question on these notes builds (the facts, every term's masked and describing lines,
 * the quiz blocks), a slice per step: a reload runs the steps between requests before it serves the new notes,
 * so the first /explain after it (which asks whether a quiz can start) does not wait seconds at 10,000 sections.
 */
export function* quizWarmSteps(knowledge: Knowledge): Generator<void> {
  const facts = yield* factSteps(knowledge);
  let n = 0;
  for (const term of facts.terms) {
    // Its lines as a choice describing it: an /explain asking whether a quiz can start masks them for the
    // term and every sibling, 0.1–0.6 s on the first /explain of a chapter otherwise.
    describingLines(term);
    if (++n % 25 === 0) yield;
  }
  quizBlocks(knowledge);
}
