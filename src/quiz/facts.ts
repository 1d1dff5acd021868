import type { Knowledge, Section } from '../knowledge/types.ts';
import { commonEnglish } from '../search/lexicon.ts';
import { isLoanwordOf } from '../search/loanword.ts';
import { analyzeHangul } from '../search/morph.ts';
import { editDistance, transposed } from '../text/edit-distance.ts';
import { toJamo } from '../text/korean.ts';
import { memoize } from '../text/memo.ts';
import { isKeyName } from './cloze.ts';
import { mentions, namesOf, nameWords, plain, squash, termFromHeading } from './text.ts';

/** A concept the notes define: a heading, a labelled bullet, or `label : definition` line. */
export interface Term {
  /** Display name, as the notes spell it. */
  name: string;
  /** Every name it goes by (display name first), including glossary translations. */
  names: string[];
  /**
   * Sentences from the notes that say what it is, never empty: the first line about it, and any later one that
   * names it. A later bullet (`메모리 꽉 차면 … 지움` under 만료 시간, `그 밖에 List, Set도 있음` under Hash) adds to
   * the term without defining it, so it is no clue or statement for it.
   */
  definitions: string[];
  /** Every line about it, as the notes order them: what a cloze may blank a key term in. */
  lines: string[];
  /**
   * The words of its name that end other names of its file too (`토큰` of 액세스 토큰 and 리프레시 토큰, `인증` of
   * 2단계 인증 and 세션 기반 인증): they name a kind. Masked alone in a clue they read as a broken sentence
   * (`서로 다른 요소 두 개로 ○○`) and tell nothing; shown, they mark the answer among choices of other kinds.
   */
  kindWords: string[];
  /**
   * The glossary's English for the Korean words of its name (`error` of 에러 처리, `parameter` of 경로 매개변수): a
   * clue that writes one (`(err, req, res, next)`, `req.params`) spells that word of the answer.
   */
  wordAliases?: string[];
  /**
   * Concepts the glossary knows inside a word of the name that its words alone do not show: the head noun of a
   * compound (`스레드` of 멀티스레드). A clue writing one gives the name away.
   */
  partWords?: string[];
  /**
   * The names the notes write for it (the heading's or the label's, in both scripts), not the glossary's
   * translations: a blank may stand for these only (`이걸로 ○○` for 배포, the glossary's word for 디플로이먼트, reads
   * the blank off the line).
   */
  written?: string[];
  /**
   * The section a bold-only heading (`**솔트(Salt)**`) is written under (`### 비밀번호 해싱`), which the heading path
   * does not show: the part is about that heading's term too.
   */
  under?: string;
  section: Section;
  /** Terms sharing a family (sibling headings, bullets of one section) make the best distractors. */
  family: string;
  /**
   * The names the notes file as its kinds (`종류 : 더미, 스텁, 목` of 테스트 더블), or `family` when a line says it
   * gathers its siblings (`아래 전략들이 전부 여기 속함`, `…를 통틀어 부르는 말`): it is their general term, so a line
   * of one of them is true of it too.
   */
  kinds?: string[] | 'family';
  topic: string;
}

/** A list the notes give as examples of something: `Sinatra, Flask 등` under 마이크로 프레임워크. */
export interface Group {
  label: string;
  labelNames: string[];
  items: string[];
  /** The line as written, used as the explanation. */
  line: string;
  /**
   * The notes say the items are examples or kinds of the label (`마이크로 프레임워크: Sinatra, Flask 등`, sub-headings
   * `버블 정렬` of 정렬); a bare line under a heading (`프린터 대기열, BFS, 작업 스케쥴링` under 큐) may list its uses.
   */
  examples: boolean;
  section: Section;
  family: string;
  topic: string;
}

export interface Facts {
  terms: Term[];
  groups: Group[];
  /** A name with its glossary translations (`Django` → `Django`, `django`, `장고`). */
  aliasesOf(name: string): string[];
  /**
   * A name with every translation the glossary and its everyday words know (`latest` → `최신`): what a clue may not
   * write beside the blank of it.
   */
  glossesOf(name: string): string[];
  /**
   * Terms a cloze may blank inside a line, each with its other names: what the notes define and their bold
   * and code spans.
   */
  keys: { names: string[]; short?: string[] }[];
}

interface Item {
  text: string;
  /** The text with colons inside code replaced, for telling a label from its definition. */
  guarded: string;
  children: Item[];
  /** A line in bold and nothing else (`**box-sizing**`): a heading in all but markup. */
  label?: boolean;
}

const MAX_TERM_LENGTH = 24;
const HANGUL = /^[\uAC00-\uD7A3]+$/;
// Stands for a colon inside code while lines are split into label and definition (see `restoreColons`).
const CODE_COLON = '\uE001';
const restoreColons = (text: string) => text.replaceAll(CODE_COLON, ':');
const MIN_DEFINITION_LENGTH = 8;

/** Bullets and paragraphs of a section body as a tree (indentation decides nesting). */
/**
 * A note-taker's aside at a line's end (`… → 이거 시험에 나옴`, `… 날아감!! 이거 시험에 나옴`, `(중요!!)`, `← 꼭 외우기`): said to the writer, not of the
 * term, it reads as residue in a clue or a choice, and marks the line it ends.
 */
const TRAILING_ASIDE =
  /\s*(?:[!.]*\s+(?:이거|이건|여기)\s*(?:시험|꼭\s*외우|암기)[^→←]*|(?:→|->|←|<-|=>)\s*(?:이거\s*|이건\s*|여기\s*)?(?:(?:시험|꼭\s*(?:외우|기억|알아)|암기|외우기|외워)[^→←]*|중요[!.\s]*)|[([](?:중요|시험\s*(?:나옴|출제|단골)|암기)[^()[\]]*[)\]]\s*[!.]*)$/;

function outline(body: string): Item[] {
  const root: Item[] = [];
  const stack: { indent: number; item: Item }[] = [];
  let inFence = false;
  for (const raw of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    if (inFence || /^\s*(```|~~~)/.test(raw) || raw.trim() === '') continue;
    const bullet = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    const indent = bullet ? (bullet[1] ?? '').length : -1;
    // A colon inside code (`myapp:1.0`, `/users/:id`) separates no label from its definition.
    // Nor does one between digits (`1:1로 매핑`, `16:9`): it is a ratio.
    // Nor one inside parentheses (`트래픽 일부(예: 5%)에만 먼저 보냄`): an aside's example, not the line's label.
    const source = (bullet ? (bullet[2] ?? '') : raw)
      .replace(/`[^`]*`/g, (code) => code.replace(/:/g, CODE_COLON))
      .replace(/(?<=\d):(?=\d)/g, CODE_COLON)
      .replace(/\([^()]*\)/g, (aside) => aside.replace(/[:：]/g, CODE_COLON));
    const guarded = plain(source).replace(TRAILING_ASIDE, '');
    const item: Item = { text: restoreColons(guarded), guarded, children: [] };
    if (!bullet && /^\s*(\*\*|__)[^*_]+\1\s*[:：]?\s*$/.test(raw)) item.label = true;
    if (item.text === '') continue;
    while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    const parent = bullet ? stack.at(-1) : undefined;
    (parent ? parent.item.children : root).push(item);
    if (bullet) stack.push({ indent, item });
  }
  return root;
}

/**
 * Sub-headings that name kinds of their heading (`조인` → 내부 조인, 외부 조인, 셀프 조인): each ends in the
 * heading's name, so the notes say what they are members of.
 */
function* kindsByHeading(
  knowledge: Knowledge,
  gathered: Map<string, Section>,
): Generator<void, Omit<Group, 'family' | 'topic'>[]> {
  const out: Omit<Group, 'family' | 'topic'>[] = [];
  const sections = knowledge.sections;
  // A heading with nothing under it but the headings after it (`기본 정렬` over 버블/선택/삽입 정렬) groups them:
  // it is no member of its parent's list, and its own list ends at the next such heading.
  const empty = (s: Section) => s.body.trim() === '';
  const add = (label: string, labelNames: string[], items: string[], section: Section) => {
    if (items.length >= 2)
      out.push({ label, labelNames, items, line: `${label}: ${items.join(', ')}`, examples: true, section });
  };
  const headOf = (label: string) => label.split(/\s+/).at(-1) ?? '';
  const kind = (child: Section, head: string) => {
    const name = headingNames(child.title)[0] ?? '';
    const words = name.split(/\s+/);
    return words.length >= 2 && words.at(-1) === head && isTermLike(name) ? name : undefined;
  };
  for (const [i, parent] of sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    const labelNames = headingNames(parent.title);
    const label = labelNames[0] ?? '';
    const head = headOf(label);
    // One concept (`조인`, `XSS`), not a pair (`인터페이스와 타입 별칭`, `A vs B`).
    if (squash(head).length < 2 || label.split(/\s+/).length > 2 || !isTermLike(label)) continue;
    const items: string[] = [];
    let sub: { section: Section; label: string; items: string[] } | undefined;
    const closeSub = () => {
      if (sub) add(sub.label, namesOf(sub.label), sub.items, sub.section);
      sub = undefined;
    };
    const children: Section[] = [];
    for (const child of sectionsUnder(sections, i)) {
      if (child.path.length === parent.path.length + 1 && !gathered.has(child.id)) children.push(child);
    }
    children.forEach((child, c) => {
      const name = kind(child, head);
      const next = children[c + 1];
      // `외부 조인` over LEFT/RIGHT JOIN is a join with parts; `기본 정렬` over 버블 정렬 groups sorts.
      if (name && empty(child) && next && kind(next, head)) {
        closeSub();
        sub = { section: child, label: name, items: [] };
        return;
      }
      if (!name) {
        closeSub();
        return;
      }
      items.push(name);
      sub?.items.push(name);
    });
    closeSub();
    add(label, labelNames, items, parent);
  }
  yield;
  const paired = yield* pairedHeadings(sections);
  return [...out, ...paired, ...(yield* gatheredLists(sections, gathered))];
}

/** Sections a factSteps step reads at most before it yields. */
const STEP_SECTIONS = 500;

// A heading's name and its other names (`조인`, or `큐` and `Queue`): each section's is asked for by several
// passes over the notes, and `plain` is a dozen regular expressions.
const headingNames = memoize((title: string) => namesOf(termFromHeading(title)), 50_000);

/** The sections after `sections[i]` under it (same file, deeper path), in order. */
function* sectionsUnder(sections: Section[], i: number): Generator<Section> {
  const parent = sections[i] as Section;
  for (let k = i + 1; k < sections.length; k++) {
    const child = sections[k] as Section;
    if (child.file !== parent.file || child.path.length <= parent.path.length) return;
    yield child;
  }
}

/** What an empty heading gathers (`스케쥴링 알고리즘`: FCFS, SJF, …), as its list. */
function* gatheredLists(
  sections: Section[],
  gathered: Map<string, Section>,
): Generator<void, Omit<Group, 'family' | 'topic'>[]> {
  const byHeading = new Map<Section, string[]>();
  for (const [i, s] of sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    const heading = gathered.get(s.id);
    if (!heading) continue;
    const all = headingNames(s.title);
    const name = all[0] ?? '';
    if (isTermLike(name) || (/^[\uAC00-\uD7A3]$/.test(name) && all.length > 1))
      byHeading.set(heading, [...(byHeading.get(heading) ?? []), name]);
  }
  return [...byHeading].flatMap(([heading, items]) => {
    const labelNames = headingNames(heading.title);
    const label = labelNames[0] ?? '';
    if (items.length < 2 || !isTermLike(label)) return [];
    return [
      { label, labelNames, items, line: `${label}: ${items.join(', ')}`, examples: true, section: heading },
    ];
  });
}

/**
 * The empty headings that gather the headings after them under another name than their parent's kind
 * (`스케쥴링 알고리즘` over FCFS, SJF, 라운드 로빈 under `스케쥴링`, beside `CPU 스케쥴링`): each gathered section with
 * its heading. The run ends at the next empty heading. (`기본 정렬` over 버블 정렬 is a kind of its parent `정렬`:
 * what it gathers are sorts like the rest, and stay with them.)
 */
function* gatheredBy(sections: Section[]): Generator<void, Map<string, Section>> {
  const out = new Map<string, Section>();
  let run: Section | undefined;
  let prev: Section | undefined;
  // Whether the run's members are bold-only lines: `### 빌드 도구` over `**그레이들**`, `**메이븐**` gathers the
  // bold lines, and the next `###` (`스프링 부트 테스트`) is a sibling of the group, no member of it.
  let runBold: boolean | undefined;
  for (const [i, s] of sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    const parentKey = (x: Section) => `${x.file}>${x.path.slice(0, -1).join('>')}`;
    if (!prev || parentKey(prev) !== parentKey(s)) run = undefined;
    prev = s;
    if (run && s.body.trim() !== '') {
      runBold ??= s.bold === true;
      if (runBold !== (s.bold === true)) run = undefined;
    }
    if (s.body.trim() === '') {
      const head = (
        termFromHeading(s.path.at(-2) ?? '')
          .split(/\s+/)
          .at(-1) ?? ''
      ).replace(/\([^)]*\)$/, '');
      const name = headingNames(s.title)[0] ?? '';
      run = head.length >= 2 && name.endsWith(head) ? undefined : s;
      runBold = undefined;
      continue;
    }
    if (run) out.set(s.id, run);
  }
  return out;
}

/** How many bold labels each heading holds: three or more make a list of their own (see `sectionFamily`). */
function* boldCounts(sections: Section[]): Generator<void, Map<string, number>> {
  const out = new Map<string, number>();
  let heading: Section | undefined;
  for (const [i, s] of sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    if (!s.bold) heading = s;
    else if (heading?.file === s.file) out.set(heading.id, (out.get(heading.id) ?? 0) + 1);
  }
  return out;
}

/**
 * Two headings named with one head noun (`선형 자료구조`, `비선형 자료구조`) sort the headings under them into two
 * lists of one kind: each is a list of its sub-headings, and each the other's wrong answers. A sub-heading named
 * after another (`트리 순회` after `트리`) is a part of it, no member.
 */
function* pairedHeadings(sections: Section[]): Generator<void, Omit<Group, 'family' | 'topic'>[]> {
  const lists: { parent: Section; label: string; head: string; items: string[] }[] = [];
  for (const [i, parent] of sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    const label = headingNames(parent.title)[0] ?? '';
    const words = label.split(/\s+/);
    // `NoSQL 기본`, `레디스 기본` share a word that organises the notes, not a kind: they pair nothing.
    if (words.length !== 2 || !isTermLike(label) || GENERIC_NAME.test(words[1] ?? '')) continue;
    const names: string[] = [];
    for (const child of sectionsUnder(sections, i)) {
      const all = headingNames(child.title);
      const name = all[0] ?? '';
      // `큐(Queue)`: one syllable with its English name is a name.
      const named = isTermLike(name) || (/^[\uAC00-\uD7A3]$/.test(name) && all.length > 1);
      if (child.path.length === parent.path.length + 1 && child.body.trim() !== '' && named) names.push(name);
    }
    const items = names.filter((n) => !names.some((m) => m !== n && n.startsWith(`${m} `)));
    if (items.length >= 2) lists.push({ parent, label, head: words[1] ?? '', items });
  }
  const kindOf = (a: (typeof lists)[number]) => `${a.parent.file}>${a.head}`;
  const perKind = new Map<string, number>();
  for (const a of lists) perKind.set(kindOf(a), (perKind.get(kindOf(a)) ?? 0) + 1);
  return lists
    .filter((a) => (perKind.get(kindOf(a)) ?? 0) >= 2)
    .map(({ parent, label, items }) => ({
      label,
      labelNames: headingNames(parent.title),
      items,
      line: `${label}: ${items.join(', ')}`,
      examples: true,
      section: parent,
    }));
}

// `부팅 속도: VM은 수십 초 / 컨테이너는 1초 이내` compares two things on a property; it defines no `부팅 속도`.
function comparesOthers(rest: string): boolean {
  return /^\S+(은|는)\s.*\s\/\s\S+(은|는)\s/.test(rest);
}

/**
 * The labelled terms under a heading as its members, when they read as a list of one kind: three or more,
 * all written in the same script, none a narrower name of the heading itself (`스코프 체인` under `스코프`).
 */
function membersOf(label: string, names: string[]): string[] | undefined {
  const head = namesOf(label)[0] ?? '';
  if (names.length < 3 || !isTermLike(head)) return undefined;
  const headWords = new Set(head.split(/\s+/).map(squash));
  if (names.some((n) => n.split(/\s+/).some((w) => headWords.has(squash(w))))) return undefined;
  const hangul = (n: string) => /[\uAC00-\uD7A3]/.test(n);
  if (!names.every(hangul) && names.some(hangul)) return undefined;
  return new Set(names.map(squash)).size === names.length ? names : undefined;
}

/**
 * `2 데이터링크 계층 : MAC 주소 / 1 물리 계층 : 케이블`: labelled facts written on one line, each its own. A bare
 * name among them (`… / 리프(leaf) : 자식 없는 노드 / 높이(height)`) is a member the line names without a
 * definition: it is dropped, never read as the end of the previous definition.
 */
function splitLabelled(item: Item): Item[] {
  if (item.children.length > 0 || !LABELLED.test(item.guarded)) return [item];
  const parts = item.guarded.split(/\s+\/\s+/);
  if (parts.filter((p) => /^[^/:：]{1,24}\s[:：]\s/.test(p)).length < 2) return [item];
  const out: string[] = [];
  for (const part of parts) {
    if (LABELLED.test(part)) out.push(part);
    else if (!isBareName(part) && out.length > 0) out[out.length - 1] = `${out.at(-1)} / ${part}`;
  }
  return out.map((guarded) => ({ text: restoreColons(guarded), guarded, children: [] }));
}

// `높이(height)`, `원형 연결 리스트`: a name and nothing said about it.
const isBareName = (part: string) =>
  part.split(/\s+/).length <= 3 &&
  !describes(part) &&
  /^[^,.]+$/.test(part) &&
  namesOf(part)[0] !== undefined;

/** `루트 / 리프 / 높이`, `단일 연결 리스트 / 이중 연결 리스트 / 원형 연결 리스트`: names apart by slashes. */
function slashItems(text: string): string[] | undefined {
  if (text.includes(',') && !/\([^()]*,[^()]*\)/.test(text)) return undefined;
  const parts = text.split(/\s+\/\s+/).map((p) => p.replace(/\s*\([^()]*\)\s*$/, '').trim());
  if (
    parts.length < 2 ||
    parts.some((p) => !isBareName(p) || /[:：()]/.test(p) || hasInnerParticle(`${p} .`))
  )
    return undefined;
  const words = parts.map((p) => p.split(/\s+/));
  const oneHead = words.every((w) => w.at(-1) === words[0]?.at(-1));
  if (!oneHead && words.some((w) => w.length > 2)) return undefined;
  return new Set(parts.map(squash)).size === parts.length ? parts : undefined;
}

/** `Spring, Django 등` → `['Spring', 'Django']`; undefined when the text is not a list of short names. */
export function listItems(text: string): string[] | undefined {
  // What follows an arrow comments on the list (`COUNT, SUM, AVG → 여러 행을 값 하나로`).
  const head = text.split(/\s+(?:→|->)\s+/)[0] ?? '';
  // `bash, zsh, fish / 지금 쓰는 거 확인: echo $SHELL`: a list, then another remark after the slash.
  if (/\s\/\s/.test(head)) return slashItems(head) ?? listItems(head.split(/\s+\/\s+/)[0] ?? '');
  if (!head.includes(',') || /[.。]$/.test(head) || / - /.test(head)) return undefined;
  // `keys(), values(), items()` are the label's methods and `STATIC_URL, STATICFILES_DIRS 설정` what one sets:
  // neither gives examples of the label.
  if (/^[^,]+\(\)\s*,/.test(head) || ACTION_END.test(head)) return undefined;
  const parts = head
    .replace(/\s*(등등?|etc\.?)\s*$/i, '')
    .split(/\s*,\s*(?![^()]*\))/)
    // An item's note in parentheses is not its name (`SQLite(파일 하나짜리)`, `COUNT(*)`).
    .map((p) => p.replace(/\s*\([^()]*\)\s*$/, '').trim());
  if (/\([^()]*[[{]|\.\.\./.test(head)) return undefined;
  const ok = parts.every(
    (p) =>
      p.length > 0 &&
      !describes(p) &&
      p.length <= 20 &&
      p.split(/\s+/).length <= 2 &&
      !/[()]/.test(p) &&
      // `예: 4.18.2` gives an example of the line, it is no member of a list.
      !/[:：]|^예\b|^예시\b/.test(p) &&
      // `DELETE는 멱등` says something about an item.
      !/\S(은|는)\s/.test(p) &&
      !hasInnerParticle(`${p} .`),
  );
  const distinct = new Set(parts.map(squash));
  if (!ok || parts.length < 2 || distinct.size !== parts.length || [...distinct].some((p) => p.length < 2)) {
    return undefined;
  }
  return parts;
}

// Label nouns that name a category (`제약 조건`, `REST 원칙`, `필드 타입`): a bare list under one gives its members.
const CATEGORY =
  /(조건|원칙|종류|유형|타입|방식|기법|명령어|명령|도구|함수|메서드|속성|옵션|계층|단계|요소|연산자|자료형|키워드|패턴|전략)$/;

/**
 * Whether a bare list line gives examples of its label: it says so (`… 등`), a bold label or a category noun heads
 * it, or its items are kinds named after the label (`단일 연결 리스트` under 연결 리스트). `프린터 대기열, BFS` under
 * 큐 lists uses of a queue, and none of them is one.
 */
function listsExamples(label: string, items: string[], line: string, bold: boolean): boolean {
  const name = namesOf(label)[0] ?? label;
  const head = name.split(/\s+/).at(-1) ?? '';
  return (
    bold ||
    CATEGORY.test(name) ||
    /(등|등등|etc\.?)\s*$/i.test(line.split(/\s+(?:→|->)\s+/)[0] ?? '') ||
    (head.length >= 2 && items.every((i) => i.endsWith(` ${head}`)))
  );
}

const ACTION_END = /\s(설정|설치|사용|추가|등록|호출|지정|선언|입력|실행)$/;

// `보내고 끝`, `만료 짧게`: a phrase with a predicate describes; members of a list are names (`균일한
// 인터페이스` is one: a predicate before a noun only qualifies it).
function describes(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => {
    if (!/^[\uAC00-\uD7A3]{2,}$/.test(w) || !/[고게서며면다요음함]$/.test(w)) return false;
    const kind = analyzeHangul(w).kind;
    return kind === 'verb' || kind === 'adjective';
  });
}

// A Hangul word ending in a particle inside a phrase marks a sentence or a title, not a name
// (`페이지의 구성`, `파이썬과 장고`); names like `파이썬 장고` or `웹 애플리케이션 서버` have none.
const PARTICLE_END = /[\uAC00-\uD7A3](의|과|와|를|을|에서|및)$/;

function hasInnerParticle(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  // `공인 IP와 사설 IP`, `ls와 cd`, `bcrypt와 키 스트레칭`: a Latin name joined by 와/과 pairs two things too;
  // `자바 IO가 대표적`: a Latin name with a subject particle starts a sentence.
  return words
    .slice(0, -1)
    .some((w) => (w.length >= 2 && PARTICLE_END.test(w)) || /[A-Za-z0-9)](와|과|이|가)$/.test(w));
}

// Words that name a part of anything (`변수`, `메서드`, `메모리`): as a label under `final 키워드` or `JVM` they
// name that parent's kind of it (`final 메서드`, `JVM 메모리`), which a bare `메서드` is not.
const SUB_ITEM = /^(변수|메서드|메소드|함수|클래스|메모리|필드|객체|값|타입|생성자|인스턴스|모듈|패키지)$/;
// `static 키워드`, `final 키워드`: the keyword is its word; the noun after it says only what kind of name it is.
const KEYWORD_TAIL = /^([A-Za-z_@][\w@]*)\s*(키워드|어노테이션|애너테이션|예약어)$/;

/**
 * A labelled line whose label is a generic word (`메서드 : 오버라이딩 금지` under `final 키워드`): the term is the
 * parent's name with it (`final 메서드`), and the label alone and a keyword parent's word (`final`) are typed
 * for it too.
 */
function subItem(label: string, parent: string): { name: string; also: string[] } | undefined {
  const [own] = namesOf(label);
  const [parentName] = namesOf(parent);
  if (own === undefined || parentName === undefined || !SUB_ITEM.test(own)) return undefined;
  if (!isTermLike(parentName) || SUB_ITEM.test(parentName)) return undefined;
  const keyword = KEYWORD_TAIL.exec(parentName)?.[1];
  return { name: `${keyword ?? parentName} ${own}`, also: [own, ...(keyword ? [keyword] : [])] };
}

const LABELLED = /^([^:：,]{1,24}?)\s*[:：]\s*(.+)$/;

/**
 * `쿼리 언어 PromQL`, `템플릿 엔진 Jinja2`: a kind written before a Latin name, which is the name (`가상 DOM` is no
 * kind before DOM).
 */
export const KIND_HEAD =
  /^(?:[\uAC00-\uD7A3]+\s+){0,2}(?:언어|엔진|도구|툴|프레임워크|라이브러리|데이터베이스|서버|플랫폼|서비스|런타임|포맷|형식|프로토콜)\s+([A-Za-z][\w.+#-]{2,})$/;

// A kind noun after a name (`컴포지트 패턴`, `단일 책임 원칙`, `점대점 방식`, `칸반 보드`, `다대다 관계`): students leave it out, and what is
// left names the same thing (`HTTP` of `HTTP 메서드` would not).
export const KIND_TAIL =
  /^(.{2,}?)\s+(?:패턴|원칙|법칙|문법|기법|방식|전략|아키텍처|모델|알고리즘|요소|연산|보드|관계|pattern|principle|strategy)$/i;

// Headings and labels that organise notes rather than name a concept (`정리`, `장점과 단점`, `왜 쓰는지`, the
// roles `부모 :` / `자식 :` a layout line is split by, advice such as `팀 컨벤션 :`,
// `인터페이스 vs 타입 별칭`, `compose 핵심 키`) or name an activity (`에러 처리`, `환경변수 영구 설정`), an exercise
// (`실행 순서 퀴즈`), a reason (`UDP 위에 만든 이유`), a moment (`발생 시점`) or a numbered item (`방법 1 :`).
// A step or a guide (`의존성 추가하기`, `개발자 도구 열기`, `알고리즘 선택 가이드`, `그래프 용어`, `활용 사례`, `단축키`)
// tells how to work with the chapter's things: offered among them it is the choice of another kind (37 questions
// struck as ambiguous or distractors in sessions 9–13's reviews named one, 3 kept).
// A bullet's label that judges or sorts its items (`흔한 원인`, `옛날 꼼수`, `나쁜 예`, `지표 예`, `근본 해결`, `기본 제공`)
// names no concept: blanked, the line's own subject (세그멘테이션 폴트) is the answer a student types (16 struck, 5
// kept, over seven review sets).
// Nor does one that points at another (`반대 개념`, `방향 반대`: opposite of what?), a numbered assumption or reason
// (`가정 1`, `이유 2`) or a note to self (`주의할 점`, `알아둘 점`): 12 struck as ambiguous in sets 10–11c, none kept.
const GENERIC_NAME =
  /^(기타|정리|요약|개요|특징|장점|단점|장단점|장점과 단점|예|예시|예제|주의|주의사항|주의점|참고|비교|차이|차이점|명령어|기본|기초|사용법|문법|종류|핵심|팁|실습|활용|구조|설정|옵션|명령|문제|문제점|한계|흐름|동작|원리|과정|개선|개선점|개선 방법|최적화|해결|해결책|해결법|해법|해결 방법|대책|대안|보완|방지|예방|원인|이유|결과|목적|용도|효과|측정|순서|단계|방법|상황|경우|조건|기준|규칙|역할|의미|뜻|정의|개념|배경|결론|포인트|요점|시점|비용|대상|위치|질문|답|정답|중요|메모|실수|오해|결론|사례|순서도|동작 순서|처리 순서|부모|자식|부모 요소|자식 요소|상태|도구|응용|비유|반례|(?:규칙|방법|방식|단계|예시?|경우|케이스|옵션|문제|풀이|가정|이유) \d+|조회|갱신|삭제|추가|수정|생성|변경|확인|적용|등록|실행|설치|대가|알고리즘|방어|완화|대응|증상)$|(개요|정리|요약|핵심|핵심 키|비교|차이|차이점|종류|특징|장단점|팁|방법|과정|순서|단계|컨벤션|관례|대표적|대표적임|대표 예|예제|예시|기준|퀴즈|연습 ?문제|문제 ?풀이|이유|시점|\s것|\s거)$|^(왜|어떻게|언제|무엇)|^(다른|여러|각|모든|기타|그 밖의|그 외|나머지)\s|\s주의(?:사항|점)?$|\bvs\b|는지$|하는 ?법$|\s(처리|관리|설치|설정|사용법|사용하기|만들기|다루기|하기)$|\S하기$|\s열기$|(?:가이드|용어|사례)$|^단축키$|^(?:흔한|옛날|나쁜|좋은)\s|^(?:근본 해결|임시 처방)$|\s예$|^기본 (?:제공|구조|구성)$|(?:^|\s)반대(?:\s|$)|[\uAC00-\uD7A3](?:할|둘) ?점$/i;

/**
 * What is left before a label that looked like the next step's is a link of one chain, not a line of its own:
 * `split → apply` of `split → apply → combine : 키 기준으로 …` (no words of a sentence), `…열 이름으로 x, y` of
 * `x, y, hue 지정 : …` (a list going on).
 */
function partOfChain(kept: string, atComma: boolean): boolean {
  return atComma ? /,\s*\S{1,3}$/.test(kept.trim()) : !/[\uAC00-\uD7A3]/.test(kept);
}

function isTermLike(name: string): boolean {
  return (
    !GENERIC_NAME.test(name.trim()) &&
    // `근데 이거 시험에 나옴 :` is an aside of the notes, not a name.
    !CONNECTIVE.test(`${name} `) &&
    !DEMONSTRATIVE.test(`${name} `) &&
    !ASIDE.test(name) &&
    name.length >= 2 &&
    name.length <= MAX_TERM_LENGTH &&
    name.split(/\s+/).length <= 4 &&
    // `long → wide :` names a change from one to the other, not a thing.
    !/[.?!:,→]/.test(name) &&
    !hasInnerParticle(name) &&
    // `배열이 대표적인 펑터 :` says which is the usual example of a term; it names none.
    !name.includes('대표적') &&
    // `false : 목록에 없는 경로는 404`: a value of an option, whose line is true of that option only.
    !/^(?:true|false|null|undefined|nil|yes|no)$/i.test(name.trim()) &&
    !namesAction(name) &&
    balanced(name) &&
    // `탬플릿에서는 …`: a word with a topic particle starts a sentence, not a name.
    !/(?:[\uAC00-\uD7A3]|[A-Za-z]\s)(은|는|에서는|에는)\s/.test(`${name} `) &&
    // `배열로 구현`, `재귀로 작성`: how something is done (`마이크로 프레임워크` ends in no such noun).
    !/[\uAC00-\uD7A3](으로|로)\s+(구현|작성|사용|표현|저장|관리|처리|생성|변환|계산|연결|전달|만들기|만듦)$/.test(
      name,
    )
  );
}

// A label ending in a predicate (`배치 함수 하나 넘김 :`, `베이스 이미지 작게 :`) or a count (`인자 4개 :`) says what to
// do or how many, no concept a student could type. (`타입 좁히기` is one: a name in 기 may well be a concept.)
function namesAction(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length >= 2 && /\d\s*(?:개|가지)$/.test(name)) return true;
  if (words.length < 2 || !/^[\uAC00-\uD7A3]+[^기]$/.test(last)) return false;
  const kind = analyzeHangul(last).kind;
  // `마진 겹침` names a concept: a verb's noun form reads as a predicate only after more words than a name has.
  return (kind === 'adjective' && last.endsWith('게')) || (kind === 'verb' && words.length >= 3);
}

/**
 * `경로 :`, `표준 :`, `구성 :`, `형태 :` under a heading: a common noun of two syllables, written without an English
 * name and no loanword (`토큰`, `채널` are), may name a side of the heading's term (its path, its standard), no
 * concept: it does when it is the only such label of its section.
 */
function namesAttribute(label: string, paired: string[], dictionaries: Map<string, string[]>[]): boolean {
  const names = namesOf(label);
  const [name = ''] = names;
  if (names.length > 1 || paired.length > 0 || !/^[\uAC00-\uD7A3]{2}$/.test(name)) return false;
  if (analyzeHangul(name).kind !== 'noun') return false;
  // The glossary's English, or the everyday words' (`채널` ↔ channel): a loanword spells one.
  const english = dictionaries
    .flatMap((d) => d.get(name) ?? [])
    .filter((g) => /^[A-Za-z][A-Za-z -]*$/.test(g));
  return !english.some((e) => isLoanwordOf(name, e.toLowerCase()));
}

/** A label of two words or more ending in a verb's 기 form (`심각도 나누기`, `응답 보내기`). */
function labelsTodo(label: string): boolean {
  const words = (namesOf(label)[0] ?? label).split(/\s+/);
  const last = words.at(-1) ?? '';
  return (
    words.length >= 2 &&
    /^[\uAC00-\uD7A3]+기$/.test(last) &&
    (analyzeHangul(last).kind === 'verb' || /(?:나누|읽|쓰|받|넘기|바꾸|고르|하|않)기$/.test(last))
  );
}

// Code cut at a colon (`{% url 'blog` of `{% url 'blog:detail' %}`) leaves a bracket or a quote open.
function balanced(name: string): boolean {
  const count = (re: RegExp) => (name.match(re) ?? []).length;
  return (
    count(/\(/g) === count(/\)/g) &&
    count(/\{/g) === count(/\}/g) &&
    count(/\[/g) === count(/\]/g) &&
    count(/'/g) % 2 === 0 &&
    count(/"/g) % 2 === 0
  );
}

// A line that opens with a connective (`근데 정렬된 데이터를 넣으면…`, `대신 k번째 원소는…`) continues the line
// before it: alone it defines nothing.
const CONNECTIVE =
  /^(?:근데|그런데|대신|하지만|그러나|그래서|그리고|또한|또|반면에?|즉|그럼|그러면|단|참고로|물론|그 ?밖에|그 ?외에|이 ?외에)[\s,]/;

// A line that points back (`이런 인프라를 …`, `이렇게 비교해서 …`) names its subject in the line before it.
const DEMONSTRATIVE =
  /^(?:이런|이러한|그런|그러한|저런|이렇게|그렇게|이것|이거|그것|그거|이건|그건|여기서|이때|이 때|위의?|앞의)\s/;

// A line whose subject is the line or heading around it: `반대는 Required<T>`, `기본은 nowrap …` (the default of
// what?), `Partial, Readonly 도 … 이 방식으로 구현됨`, `이 순서를 아주 짧게 반복` (which order?), `… 2번이 더 깔끔함`
// (of which list?). Alone — a choice, a clue, a statement about another term — it says nothing true or false.
const CONTEXTUAL =
  /\d번(?:이|은|는|을|가)\s|^(?:반대는|반대로|반면|기본은|기본값은|기본으로는|나머지는|둘 다|둘다|예전엔|예전에는|옛날엔|옛날에는|원래는|과거엔)\s|(?:^|\s)(?:이|그) ?(?:방식|방법|패턴|구조|원리|개념|순서|과정|흐름)(?:으로|로|을|를|이|가|은|는|의|에|도)?(?:\s|$)/;

// `쓸 때는 ...UserInfo 로 펼침`, `배포할 땐 …`: a line that opens with when it applies leaves out what it is about.
const WHEN = /^(?:\S+\s){0,2}\S*(?:때는|때엔|땐|경우엔|경우에는)\s/;
// `발생 조건 4가지 (모두 만족해야 발생)`, `인자 4개 : …`: a count heads the items below it, which it leaves out.
const COUNT = /^(?:\S+\s){0,3}\d+\s?(?:가지|개)\s*(?:$|[:：(])/;

// `괜찮으면 5% → 25% → 100% 확대`: a later line opening with a condition and no subject goes on from the line before
// it (괜찮으면 after what?), as one opening with a concession does (`넣는다고 무조건 나오는 건 아님`: put in what?).
// A term's first line may (`실패하면 컨테이너를 재시작함` of a probe: the term fails).
export function opensWithCondition(line: string): boolean {
  const first = /^([\uAC00-\uD7A3]{2,})\s/.exec(line)?.[1];
  if (first === undefined || !/(?:면|으면|다고|어도|아도|해도)$/.test(first)) return false;
  const kind = analyzeHangul(first).kind;
  return kind === 'verb' || kind === 'adjective';
}

/** A line that goes on from the one before it or the heading around it (`근데 …`, `이렇게 …`, `예전엔 …`). */
function leansOnContext(line: string): boolean {
  return (
    CONNECTIVE.test(line) ||
    DEMONSTRATIVE.test(line) ||
    CONTEXTUAL.test(line) ||
    WHEN.test(line) ||
    COUNT.test(line)
  );
}

/** Whether a line says something on its own, read as a choice or a statement away from the lines around it. */
export function standsAlone(line: string): boolean {
  return (
    !leansOnContext(line) &&
    // `배치 함수 하나 넘김 : id 배열 받아서 …`: a line under a label that names nothing is half of a thought.
    (!/^[^:：]{1,30}\s[:：]\s/.test(line) || exampleAfter(line))
  );
}

// The notes' asides to themselves: `면접 단골 질문 :`, `시험 포인트 :`, `헷갈림 주의 :` organise, they name nothing.
// `다음 주: 리액트 (발표: 서연)` plans the study group's next week.
const ASIDE = /시험|면접|단골|헷갈|꿀팁|암기|외우기|주의!|중요!|TMI|^(?:다음|이번|지난) ?주$/i;

// `X의 약자` only spells a name out, and `… 방식으로 발전` tells its history: neither identifies the term.
const IDENTIFIES_NOTHING =
  /의 약자(?:임|이다|예요|입니다)?\.?$|^약자\b|(?:으로|로) 발전(?:함|했음|했다|해 ?옴|해 ?왔다|하고 있다|해가고 있다)?\.?$/;

function isDefinition(text: string): boolean {
  return (
    text.length >= MIN_DEFINITION_LENGTH &&
    standsAlone(text) &&
    !IDENTIFIES_NOTHING.test(text) &&
    listItems(text) === undefined &&
    // `파이썬 장고, 루비 레일즈 : Gunicorn …` pairs examples with a fact; it defines neither.
    ((!LABELLED.test(text) && !/^[^:：]{1,30}\s[:：]\s/.test(text)) || exampleAfter(text)) &&
    !/^https?:\/\//.test(text) &&
    // `… → for k, v in d.items():` ends in code that opens a block: the line stops mid-thought.
    !/[:：\uE001]$/.test(text) &&
    !saysToDo(text)
  );
}

/** A label that may name a thing, not one that goes on saying what is done (`블록 단위로 씀`: it ends in a verb). */
function namesSomething(label: string): boolean {
  const last = label.split(/\s+/).at(-1) ?? '';
  const kind = /^[\uAC00-\uD7A3]+$/.test(last) ? analyzeHangul(last).kind : undefined;
  return kind !== 'verb' && kind !== 'adjective';
}

/** A line that is a definition but for its shape: a label or an example after a colon, a list, a colon at its end. */
function definesInShape(text: string): boolean {
  return (
    text.length >= MIN_DEFINITION_LENGTH &&
    !leansOnContext(text) &&
    !IDENTIFIES_NOTHING.test(text) &&
    !/^https?:\/\//.test(text) &&
    !saysToDo(text)
  );
}

// `head 안에 무조건 넣기, 이거 시험에 나옴`: what to do, and an aside, say what a thing needs, not what it is.
function saysToDo(text: string): boolean {
  const first = text.split(/,\s*|\s+(?:→|->)\s+/)[0] ?? '';
  const last = first.trim().split(/\s+/).at(-1) ?? '';
  return /^[\uAC00-\uD7A3]+기$/.test(last) && analyzeHangul(last).kind === 'verb' && ASIDE.test(text);
}

/**
 * A sentence, then its example after a colon (`속성 이름 뒤에 ? 붙이면 있어도 되고 없어도 됨 : phone?: string`,
 * `화면 조건에 따라 다른 CSS 적용 : @media …`): the line defines its section's term, it labels nothing.
 */
function exampleAfter(guarded: string): boolean {
  const m = /^([^:：]{4,60}?)\s+[:：]\s+(.+)$/.exec(guarded);
  if (!m) return false;
  const label = (m[1] ?? '').trim();
  const sentence =
    label.split(/\s+/).length >= 4 || /[\uAC00-\uD7A3]\s*(것|거|됨|함|임|음|짐|줌)$/.test(label);
  const korean = /[\uAC00-\uD7A3]{2}/.test(label) && !label.includes(' / ');
  // `배열이 대표적인 펑터 : …` gives an example of the term; it defines nothing.
  const example = /대표적|예시|예를 들/.test(label);
  return sentence && korean && !example && !isTermLike(label) && listItems(m[2] ?? '') === undefined;
}

/** The topic a section counts toward: its second-level heading when the file has a single title. */
function* topicsByFile(knowledge: Knowledge): Generator<void, (section: Section) => string> {
  const roots = new Map<string, Set<string>>();
  for (const [i, s] of knowledge.sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    const set = roots.get(s.file) ?? new Set<string>();
    set.add(s.path[0] ?? s.title);
    roots.set(s.file, set);
  }
  return (s) => {
    const single = (roots.get(s.file)?.size ?? 0) <= 1;
    return plain((single ? (s.path[1] ?? s.path[0]) : s.path[0]) ?? s.title);
  };
}

/**
 * Notes misspell terms (`로브밸런서`): a Korean name of four or more syllables one jamo away from a
 * glossary name still gets that entry's translations, so `load balancer` is a right answer too.
 */
function fuzzyGlossary(name: string, glossary: Map<string, string[]>): string[] {
  return glossaryTypo(name, glossary)?.names ?? [];
}

/** The glossary name a misspelled Korean name stands for (`로브밸런서` → 로드밸런서), with its entry's names. */
function glossaryTypo(
  name: string,
  glossary: Map<string, string[]>,
): { name: string; names: string[] } | undefined {
  const key = squash(name);
  if (key.length < 4 || !/^[가-힣]+$/.test(key) || glossary.has(key)) return undefined;
  const seen = typos.get(glossary) ?? new Map<string, { name: string; names: string[] } | undefined>();
  typos.set(glossary, seen);
  if (seen.has(key)) return seen.get(key);
  let found: { name: string; names: string[] } | undefined;
  const jamo = toJamo(key);
  for (const [other, names] of glossary) {
    if (Math.abs(other.length - key.length) <= 1 && editDistance(jamo, toJamo(other), 1) <= 1) {
      const spelled = names.find((n) => squash(n) === other);
      if (spelled) {
        found = { name: spelled, names };
        break;
      }
    }
  }
  seen.set(key, found);
  return found;
}

// Names already looked up, per glossary: every term asks twice (its display name, then its aliases).
const typos = new WeakMap<
  Map<string, string[]>,
  Map<string, { name: string; names: string[] } | undefined>
>();

/** The glossary's English words of six letters or more, by length: the spellings a typo is checked against. */
function latinWords(entries: string[][]): Map<number, string[]> {
  const byLength = new Map<number, Set<string>>();
  for (const names of entries)
    for (const n of names)
      for (const w of n.toLowerCase().split(/[^a-z]+/))
        if (w.length >= 6) byLength.set(w.length, (byLength.get(w.length) ?? new Set()).add(w));
  return new Map([...byLength].map(([k, v]) => [k, [...v].sort()]));
}

/**
 * A Latin name with a word the glossary spells one letter apart (`Image Optimazation` → `Image Optimization`), or
 * undefined when every word is spelled as the glossary spells it (or unknown to it).
 */
function spelledRight(name: string, words: Spelling): string | undefined {
  if (!/^[A-Za-z][A-Za-z -]*$/.test(name)) return undefined;
  const out = respelled(name, words);
  return out === name ? undefined : out;
}

/**
 * The words a misspelling is read against, by length: the concepts' names, and everyday words, of which only two
 * letters swapped (`caterogy`) is taken for a slip: one letter off an everyday word is as often a name (`systemd`).
 */
interface Spelling {
  concepts: Map<number, string[]>;
  everyday: Map<number, string[]>;
  /** Words the notes write twice or more: a slip of the hand is made once, a name is used (`struct`, not strict). */
  used: ReadonlySet<string>;
}

/** A word the glossary spells one letter apart, as the glossary spells it; the word itself otherwise. */
function rightWord(word: string, words: Spelling): string {
  // Every line's words are looked up, the same ones many times: once per word and glossary.
  const memo = rightWords.get(words) ?? new Map<string, string>();
  rightWords.set(words, memo);
  let right = memo.get(word);
  if (right === undefined && words.used.has(word.toLowerCase())) right = word;
  if (right === undefined) {
    right = nearestWord(word, words.concepts);
    const known = words.concepts.get(word.length)?.includes(word.toLowerCase());
    if (right === word && !known) right = nearestWord(word, words.everyday, true);
    memo.set(word, right);
  }
  return right;
}

const rightWords = new WeakMap<Spelling, Map<string, string>>();

function* wordsUsedTwice(sections: readonly Section[]): Generator<void, Set<string>> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const [i, s] of sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    for (const w of `${s.title}\n${s.body}`.toLowerCase().match(/[a-z]{6,}/g) ?? [])
      if (seen.has(w)) twice.add(w);
      else seen.add(w);
  }
  return twice;
}

/**
 * Two letters of a word swapped (`caterogy` of category, `Sprnig` of Spring): one slip of the hand, whether the letters
 * are next to each other or one apart. Of words of seven letters or more only: a short word so changed is another.
 */
function swapped(a: string, b: string): boolean {
  if (transposed(a, b)) return true;
  if (a.length !== b.length || a.length < 7) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 2 && a[i] === b[j] && a[j] === b[i];
}

function nearestWord(word: string, words: Map<number, string[]>, swapsOnly = false): string {
  const lower = word.toLowerCase();
  if (words.get(lower.length)?.includes(lower)) return word;
  // Only one word can be meant: `Transation` is as near transaction as transition, and stays as written.
  // A letter more or less at the end is another form of the word (`Protocols`, `Caches`), not a typo.
  const near = [lower.length - 1, lower.length, lower.length + 1]
    .flatMap((n) => words.get(n) ?? [])
    .filter((w) => w[0] === lower[0] && (swapped(w, lower) || (!swapsOnly && editDistance(w, lower, 1) <= 1)))
    .filter((w) => !w.startsWith(lower) && !lower.startsWith(w));
  if (near.length !== 1 || near[0] === undefined) return word;
  // `projection` is no typo of the glossary's protection: an English word is spelled as meant.
  if (commonEnglish().has(lower)) return word;
  const right = near[0];
  return /^[A-Z]/.test(word) ? `${right[0]?.toUpperCase()}${right.slice(1)}` : right;
}

/**
 * Text with the English words the notes misspell one letter from a glossary word spelled right (`breakpiont 는 …`
 * → `breakpoint 는 …`): a clue, a choice or a statement shows the word as a student should learn it. Words in
 * code (`.`, `_`, `-`, `(` beside them, or a capital inside) are names as written.
 */
function respelled(text: string, words: Spelling): string {
  return text.replace(/(?<![\w.\-$@])[A-Za-z][a-z]{5,}(?![\w.\-(])/g, (word) => rightWord(word, words));
}

/**
 * The English of each part of a heading that pairs two names in both languages (`프로듀서와 컨슈머(Producer &
 * Consumer)` → 프로듀서: Producer, 컨슈머: Consumer), keyed by the squashed Korean part: the labelled lines under
 * it (`컨슈머 : …`) go by those names too.
 */
function pairedNames(heading: string): Map<string, string[]> {
  const [both = '', english = ''] = namesOf(heading);
  // `카프카와 래빗엠큐 비교(Kafka vs RabbitMQ)`: what the heading does with the pair is no part of either name.
  const korean = both.replace(/\s+(?:비교|차이|차이점)$/, '');
  const ko = korean.split(PAIRED_AFTER_HANGUL);
  const en = english.split(/\s*[,/&]\s*|\s+(?:and|vs\.?)\s+/i);
  const out = new Map<string, string[]>();
  if (ko.length < 2 || ko.length !== en.length || !/^[A-Za-z]/.test(english)) return out;
  ko.forEach((k, i) => {
    const e = en[i]?.trim();
    if (!e || !/^[A-Za-z][\w .-]*$/.test(e)) return;
    out.set(squash(k), [e]);
    // And the other way: a label in English (`RabbitMQ :`) goes by the heading's Korean too.
    if (/^[\uAC00-\uD7A3][\uAC00-\uD7A3 ]*$/.test(k.trim())) out.set(squash(e), [k.trim()]);
  });
  return out;
}

// What separates the names a heading pairs (`A와 B`, `A, B`, `A / B`, `A vs B`); `와` joins after Hangul only, or
// after a Latin name too (`flex-grow와 flex-shrink`).
const pairSeparator = (after: string) =>
  new RegExp(`(?<=${after})(?:와|과|랑)\\s+|\\s*[,/&]\\s*|\\s+(?:vs\\.?|및)\\s+`);
/**
 * The names every heading of the notes pairs (`중간 표현과 가상 머신(IR & VM)`: 가상 머신 → VM), by the squashed name:
 * a term the notes define elsewhere goes by its part's other name too (a student types `VM` for 가상 머신).
 */
function* namesPairedByHeadings(sections: readonly Section[]): Generator<void, Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const [i, section] of sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    for (const [key, names] of pairedNames(termFromHeading(section.title)))
      out.set(key, [...new Set([...(out.get(key) ?? []), ...names])]);
  }
  return out;
}

/**
 * Whether a heading's pairing names the term itself, checked against its other names: an acronym of its English
 * (`VM` of Virtual Machine) or the English its Korean reads (`ViewSets` of 뷰셋). A pairing checks nothing else
 * (`알고리즘과 시간 복잡도(Algorithms & Complexity)` would call 시간 복잡도 Complexity; `인증과 권한(Auth & …)`).
 */
function sameName(other: string, names: readonly string[]): boolean {
  if (/^[A-Z][A-Z0-9]{1,5}$/.test(other))
    return names.some((n) => {
      const words = n.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
      return words.length >= 2 && words.map((w) => w[0]?.toUpperCase()).join('') === other;
    });
  const latin = other.toLowerCase().replace(/[^a-z]/g, '');
  return latin.length >= 3 && names.some((n) => isLoanwordOf(n.replace(/\s+/g, ''), latin));
}

const PAIRED_AFTER_HANGUL = pairSeparator('[\\uAC00-\\uD7A3]');
const PAIRED = pairSeparator('[\\w\\uAC00-\\uD7A3]');

/**
 * The part of a heading pairing names that a label under it shortens (`shrink :` under `flex-grow와
 * flex-shrink` → flex-shrink): the property is called by its whole name.
 */
function partEndingIn(heading: string, label: string): string | undefined {
  const [first = ''] = namesOf(heading);
  const parts = first.split(PAIRED);
  if (parts.length < 2 || !/^[A-Za-z]+$/.test(label)) return undefined;
  return parts.find((p) => p !== label && new RegExp(`[-_ ]${label}$`, 'i').test(p.trim()))?.trim();
}

/** Adds glossary translations to a set of names (an entry joins when it shares any name). */
function withGlossary(names: string[], glossary: Map<string, string[]>): string[] {
  const out = [...names];
  for (const name of names)
    for (const g of glossary.get(squash(name)) ?? fuzzyGlossary(name, glossary)) out.push(g);
  const seen = new Set<string>();
  return out.filter((n) => {
    const key = squash(n);
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Mines the terms and example lists a quiz can ask about from loaded notes. Pure; cached per Knowledge. */
export function extractFacts(knowledge: Knowledge): Facts {
  const steps = factSteps(knowledge);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * {@link extractFacts} a slice of sections per step, for a reload to build between requests (10,000 sections
 * took the main thread 0.4 s at once); ends early with the facts a request built meanwhile.
 */
export function* factSteps(knowledge: Knowledge): Generator<void, Facts> {
  let stepped = 0;
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const glossary = new Map<string, string[]>();
  const words = new Map<string, string[]>();
  for (const entry of knowledge.glossary)
    if (entry.source === 'words') for (const n of entry.names) words.set(squash(n), entry.names);
  const dictionaries = [glossary, words];
  // Everyday words (`last` ↔ 마지막 ↔ final) are no names of a concept: never an answer, alias or term.
  const concepts = knowledge.glossary.filter((e) => e.source !== 'words');
  // Curated entries come first in the knowledge's glossary: a pair mined from the notes never renames them.
  for (const entry of concepts) {
    for (const n of entry.names) if (!glossary.has(squash(n))) glossary.set(squash(n), entry.names);
  }
  // One syllable names a concept the glossary knows (`큐`, `힙`, `셸`); any other is a word.
  const termLike = (name: string) =>
    isTermLike(name) || (/^[\uAC00-\uD7A3]$/.test(name.trim()) && glossary.has(squash(name)));
  const topicOf = yield* topicsByFile(knowledge);
  const pairedElsewhere = yield* namesPairedByHeadings(knowledge.sections);
  const gathered = yield* gatheredBy(knowledge.sections);
  // Only the curated entries spell right: a mined pair is the notes' own spelling, typo and all.
  const glossaryWords: Spelling = {
    concepts: latinWords(concepts.filter((e) => e.source !== 'mined').map((e) => e.names)),
    // `caterogy 값 각각을 …`: category, a word no concept's name holds.
    everyday: latinWords(knowledge.glossary.filter((e) => e.source === 'words').map((e) => e.names)),
    used: yield* wordsUsedTwice(knowledge.sections),
  };
  const terms: Term[] = [];
  const groups: Group[] = [];

  const boldUnder = yield* boldCounts(knowledge.sections);
  let lastHeading: Section | undefined;
  for (const section of knowledge.sections) {
    if (!section.bold) lastHeading = section;
    const under = section.bold && lastHeading?.file === section.file ? lastHeading.id : undefined;
    if (++stepped % 100 === 0) {
      yield;
      const built = cache.get(knowledge);
      if (built) return built;
    }
    const topic = topicOf(section);
    // This section's terms are the ones pushed from here on.
    const firstTerm = terms.length;
    const items = outline(section.body);
    const headingTerm = termFromHeading(section.title);
    const gathering = gathered.get(section.id);
    // Three bold labels or more written under one heading (`**대기**`, `**이행**`, `**거부**` under `### 프로미스
    // 상태`) are kinds of it, siblings of each other: not of the headings beside it (`프로미스 생성`). One or two
    // (`**제네릭 뷰**` under `### 클래스형 뷰`) are topics like the headings beside it.
    const sectionFamily = gathering
      ? gathering.id
      : under && (boldUnder.get(under) ?? 0) >= 3
        ? `${under}>bold`
        : `${section.file}>${section.path.slice(0, -1).join('>')}`;
    const ownFamily = section.id;
    // The labelled lines under a bold label are its members, siblings of each other only.
    const lineFamily = () => (bold ? `${ownFamily}>${bold.label}` : ownFamily);

    const addTerm = (label: string, definitions: string[], family: string, extra: string[] = []) => {
      // `'blocking' : …`: the quotes mark a value in code; the name is what they hold.
      const names = namesOf(label.replace(/^(['"])([^'"]+)\1$/, '$2'));
      // `이미지 최적화(Image Optimazation)`: the English the notes misspell is accepted as written and as spelled.
      for (const n of [...names]) {
        const spelled = spelledRight(n, glossaryWords);
        if (spelled) names.push(spelled);
      }
      // The notes' typo of a glossary name is accepted, but the term is shown as the glossary spells it.
      const typo = glossaryTypo(names[0] ?? label, glossary);
      if (typo) names.unshift(typo.name);
      // `캐럿 범위(^)`, `틸드 범위(~)`: the notes name a symbol, and the word before the kind noun reads it (캐럿 is ^).
      const symbol = /\(([^\p{L}\p{N}\s()]{1,3})\)/u.test(plain(label));
      const reading = /^([\uAC00-\uD7A3]{2,})\s+[\uAC00-\uD7A3]{2,}$/.exec(names[0] ?? '')?.[1];
      if (symbol && reading) names.push(reading);
      const named = KIND_HEAD.exec(names[0] ?? '')?.[1];
      if (named) names.unshift(named);
      const name = names[0] ?? label;
      for (const n of [...names]) {
        const keyword = KEYWORD_TAIL.exec(n)?.[1];
        if (keyword) names.push(keyword);
      }
      // `체크 예외(Checked)`: the English word names only the first word; the glossary's `exception` completes it
      // (an acronym, `단일 책임(SRP)`, names the whole).
      const [korean, english] = names;
      const rest = korean?.split(/\s+/).slice(1) ?? [];
      let partial: string | undefined;
      if (english && /^[A-Za-z][a-z]+$/.test(english) && rest.length === 1 && HANGUL.test(rest[0] ?? '')) {
        const latin = glossary.get(squash(rest[0] ?? ''))?.find((g) => /^[A-Za-z][A-Za-z ]*$/.test(g));
        if (latin) names.push(`${english} ${latin}`);
        // `호스트 네트워크(Host)`: the English of the first word alone names every host, no network.
        const head = korean?.split(/\s+/)[0] ?? '';
        const translates = (glossary.get(squash(english)) ?? []).some((g) => squash(g) === squash(head));
        // `미디어 전략(media)`: after a kind noun the first word is the name (`미디어` is typed), its English too; so
        // after a noun of what a thing is made as (`힙 메모리(Heap)`, `옵션 타입(Option)`, `메시 구조(Mesh)`).
        const kind = KIND_TAIL.test(korean ?? '') || /\s(?:메모리|타입|구조|인터페이스)$/.test(korean ?? '');
        if (!kind && (translates || isLoanwordOf(head, english.toLowerCase()))) partial = english;
      }
      // Definitions come guarded (colons in code replaced), so a colon in code is not taken for a label's.
      // `…, allkeys-lru : 제일 오래 안 쓴 키부터 삭제` after the first line defines another thing, not this one.
      // Its own line ends where a second label starts (`kubectl get pods, 상세 : kubectl describe …`, `…통계 내기, SQL의
      // GROUP BY 같은 거 : $match …`): the rest is another thing's, or an example.
      // No term is named so: its lines are not read (most labels of a large chapter's lines name none).
      if (!termLike(name)) return false;
      const guardedLines = definitions.map((d, k) => {
        // `Red : 실패하는 테스트 먼저 작성 → Green : …`: an arrow before a label starts the next step's.
        // Only a label that names something starts another thing's (`…, 블록 단위로 씀 : {예}` goes on with its example).
        const cut =
          k === 0
            ? d.replace(
                /(?:,|\s(?:→|->))\s*([^,:：→]{1,24})\s[:：]\s.*$/,
                (whole, label: string, at: number) =>
                  namesSomething(label.trim()) && !partOfChain(d.slice(0, at), whole.startsWith(','))
                    ? ''
                    : whole,
              )
            : d;
        // `기준값(id, 생성 시각)을 … : …`: a comma inside parentheses is no label's.
        return balanced(cut) ? cut : d;
      });
      // The first line under a name is where the notes define it. A first line that says what it is in a shape no
      // clue takes (`변수 자리를 두고 값 채워넣기 : "{{name}}"`, a list) leaves the lines after it details and
      // consequences (`이어붙이면 번역 불가능`): none of them moves up to define it. Only a first line that is no
      // definition at all (`X의 약자`, `예전엔 …`, `이렇게 …`) lets a later one define.
      const first = guardedLines[0] ?? '';
      const firstDefines = isDefinition(first) || !definesInShape(first);
      const lines = guardedLines
        .filter((d, k) => isDefinition(d) && (k === 0 || !/,\s*[^,:：]{1,24}\s[:：]\s/.test(d)))
        .map((d) => respelled(restoreColons(d), glossaryWords));
      if (lines.length === 0) return false;
      // (The notes' own pair, mined from the heading, brings it back: it goes after the glossary.)
      // `VM` of 가상 머신, from `## 중간 표현과 가상 머신(IR & VM)` in another part of the notes: their own name for it.
      const elsewhere = names
        .flatMap((n) => pairedElsewhere.get(squash(n)) ?? [])
        .filter((other) => sameName(other, names));
      const written = [...names, ...extra, ...elsewhere].filter((n) => n !== partial);
      const all = withGlossary(written, glossary).filter((n) => n !== partial);
      // `docker stop 은 SIGTERM …` under 컨테이너 생명주기, `depends_on 은 시작 순서만 보장함` under 실행 순서 제어: a
      // line whose subject is code other than the term says what that code does; it defines nothing.
      const aboutCode = (d: string) => {
        const subject = /^([A-Za-z_$@.][\w$@./-]*(?:\s[\w$@./-]+){0,2})\s?(?:은|는|이|가)\s/.exec(d)?.[1];
        return subject !== undefined && !mentions(subject, all);
      };
      const defs = lines.filter(
        (d, k) =>
          ((k === 0 && firstDefines) || (mentions(d, all) && !opensWithCondition(d))) && !aboutCode(d),
      );
      if (defs.length === 0) return false;
      const wordAliases = name
        .split(/\s+/)
        .filter((w) => HANGUL.test(w) && w.length >= 2)
        // An everyday word's English too (`<ng-content>` of 콘텐츠 투영).
        .flatMap((w) => [...(glossary.get(squash(w)) ?? []), ...(words.get(squash(w)) ?? [])])
        .filter((a) => /^[A-Za-z][A-Za-z-]{2,}$/.test(a));
      const partWords = name.split(/\s+/).flatMap((w) => {
        if (!HANGUL.test(w)) return [];
        // Its head noun only (`스레드` of 멀티스레드): a front (`데이터` of 데이터베이스) says little.
        const ends = [];
        for (let n = 1; n <= w.length - 3; n++) ends.push(w.slice(n));
        // And the word in its other Korean spelling (`도큐먼트` for 문서 of 문서 크기 제한).
        const spellings =
          w.length >= 2 ? (glossary.get(w) ?? []).filter((g) => HANGUL.test(g) && g !== w) : [];
        return [...ends.filter((e) => glossary.has(e)), ...spellings];
      });
      terms.push({
        name,
        names: all,
        definitions: defs,
        lines,
        kindWords: [],
        ...(wordAliases.length > 0 ? { wordAliases } : {}),
        ...(partWords.length > 0 ? { partWords } : {}),
        written,
        ...(under ? { under } : {}),
        section,
        family,
        topic,
      });
      return true;
    };
    const addGroup = (label: string, list: string[], line: string, examples = true) => {
      const labelNames = namesOf(label);
      if (!termLike(labelNames[0] ?? '')) return;
      groups.push({
        label: labelNames[0] ?? label,
        labelNames,
        items: list,
        line,
        examples,
        section,
        family: ownFamily,
        topic,
      });
    };

    const sectionDefinitions: string[] = [];
    // The lines under a bold label (`**z-index**`) are about it, not about the heading above it.
    let bold: { label: string; definitions: string[] } | undefined;
    // The labelled lines under the heading (or a bold label) name its members (`static`, `relative`, … of
    // `position`), as a list would.
    let members: string[] = [];
    const closeMembers = (label: string) => {
      const group = membersOf(label, members);
      if (group) addGroup(label, group, `${label}: ${group.join(', ')}`);
      members = [];
    };
    const closeBold = () => {
      if (bold) {
        // Bold labels are siblings of each other, not of the labelled lines beside them (`**가운데 정렬 공식**`
        // after `order : …`): a recipe is no property.
        addTerm(bold.label, bold.definitions, `${ownFamily}>bold`);
        closeMembers(bold.label);
      } else closeMembers(headingTerm);
      bold = undefined;
    };
    const lined = items.flatMap(splitLabelled);
    // The labels that may name a side of the heading's term (`표준 :`): two or more of them are members of one list
    // (`예방 :`, `회피 :`, `탐지 :`; `인출 :`, `해독 :`), one alone is a side.
    const sides = lined
      .map((item) => LABELLED.exec(item.guarded)?.[1]?.trim() ?? '')
      .filter(
        (label) =>
          isTermLike(label) &&
          namesAttribute(label, pairedNames(headingTerm).get(squash(label)) ?? [], dictionaries),
      );
    for (const [at, item] of lined.entries()) {
      // `정의 : …` labels the definition itself: the text after it is the line.
      const defined = /^(?:정의|뜻|의미)\s*[:：]\s*(.+)$/.exec(item.guarded)?.[1];
      if (defined && !bold) {
        sectionDefinitions.push(defined);
        continue;
      }
      // The section's first line, taken as another term's (`해시 충돌 : …`) or as an example, stays its first line:
      // no line after it moves up to define the heading's term (see addTerm).
      if (at === 0 && !item.label && LABELLED.test(item.guarded) && !exampleAfter(item.guarded))
        sectionDefinitions.push(item.guarded);
      if (item.label) {
        closeBold();
        const label = item.text.replace(/\s*[:：]$/, '');
        // `**종류**`, `**정리**` organise the section: what follows is the heading's again.
        if (isTermLike(namesOf(label)[0] ?? '')) bold = { label, definitions: [] };
        continue;
      }
      // `→ 부모에 relative …` after a code block comments on the code, not on any term.
      if (/^(→|->|=>)/.test(item.text)) continue;
      const labelled = exampleAfter(item.guarded) ? null : LABELLED.exec(item.guarded);
      const list = listItems(item.text);
      if (list) {
        const label = bold?.label ?? headingTerm;
        addGroup(label, list, item.text, listsExamples(label, list, item.text, bold !== undefined));
        continue;
      }
      if (labelled) {
        const [, numbered = '', raw = ''] = labelled;
        const rest = restoreColons(raw);
        // `2 데이터링크 계층 : …`: the layer's number is the list's, not part of the name; `L 리스코프 치환 : …`:
        // the letter of an acronym (SOLID) is not either, though a student may type it.
        const written = restoreColons(numbered).replace(/^\d+\s+(?=[\uAC00-\uD7A3])/, '');
        const label = written.replace(/^[A-Z]\s+(?=[\uAC00-\uD7A3])/, '');
        const lettered = label === written ? [] : namesOf(written).slice(0, 1);
        const inline = listItems(rest);
        // `대표적인 거: MySQL, …`, `막아주는 것: 도청, …`: the heading says what the list is of.
        // `쓰이는 곳 : 함수 호출 스택, …` lists where the heading's term is used, not kinds of it.
        if (inline && /(곳|때|용도|이유|점)$/.test(label)) addGroup(headingTerm, inline, item.text, false);
        else if (inline)
          addGroup(/(것|거|예|예시|종류)$/.test(label) ? headingTerm : label, inline, item.text);
        else if (label.includes(' / ')) {
          // `docker rm / docker rmi : 컨테이너 삭제 / 이미지 삭제`: each name with its own half, or none.
          const names = label.split(/\s+\/\s+/);
          const halves = raw.split(/\s+\/\s+/);
          if (names.length === halves.length)
            for (const [k, n] of names.entries()) addTerm(n, [halves[k] ?? ''], lineFamily());
        } else if (!label.includes(',') && !comparesOthers(rest)) {
          const sub = subItem(label, bold?.label ?? headingTerm);
          const parent = bold?.label ?? headingTerm;
          const paired = pairedNames(parent).get(squash(label)) ?? [];
          const whole = partEndingIn(parent, label);
          // `심각도 나누기 : …`: a label says what to do more often than a heading does (`타입 좁히기` is one).
          const todo = !sub && !whole && (labelsTodo(label) || (sides.length === 1 && sides[0] === label));
          const added = sub
            ? addTerm(sub.name, [raw], lineFamily(), sub.also)
            : whole
              ? addTerm(whole, [raw], lineFamily(), [label])
              : !todo && addTerm(label, [raw], lineFamily(), [...lettered, ...paired]);
          if (added) members.push(namesOf(label)[0] ?? label);
        }
        continue;
      }
      if (item.children.length > 0 && isTermLike(namesOf(item.text)[0] ?? '')) {
        addTerm(
          item.text,
          item.children.map((c) => c.guarded),
          ownFamily,
        );
        for (const { text: child } of item.children) {
          const childList = listItems(child);
          if (childList) addGroup(item.text, childList, `${item.text}: ${child}`);
        }
        continue;
      }
      (bold?.definitions ?? sectionDefinitions).push(item.guarded);
    }
    closeBold();
    // A line about the heading that names one of the section's own labelled terms (`충돌이 많아지면 최악 O(n)` beside
    // `해시 충돌 : …`) fits that term too: it is no clue for either.
    const own = new Set(nameWords(namesOf(headingTerm)[0] ?? headingTerm).map(squash));
    const childWords = terms
      .slice(firstTerm)
      .flatMap((t) => nameWords(t.name).map(squash))
      .filter((w) => w.length >= 2 && !own.has(w));
    const aboutHeading = sectionDefinitions.filter((d) => !childWords.some((w) => squash(d).includes(w)));
    // A word of the name is no name of it, whatever a heading's mined pair holds (`인증` of `JWT 인증(JSON Web Token)`).
    const whole = squash(namesOf(headingTerm)[0] ?? headingTerm);
    // `API 게이트웨이 정의(Definition)`: the heading's 정의 was cut from the term, so its names (`정의`, `Definition`,
    // the heading as written) are no names of the term either.
    const cut = /(?:정의|개념)/.test(plain(section.title)) && !/(?:정의|개념)/.test(headingTerm);
    const aliases = section.aliases.filter(
      (a) =>
        (squash(a) === whole || !whole.includes(squash(a))) &&
        !(cut && /(?:정의|개념|^definitions?|^define|^concepts?)$/i.test(a.trim())),
    );
    // `**301 영구 이동**`: a number of three digits or more is no section's number but a code the name carries (a
    // status code), and the heading as written is a name of it.
    const coded = /^\d{3,}\s+\S/.test(plain(section.title)) ? namesOf(plain(section.title)) : [];
    addTerm(headingTerm, aboutHeading, sectionFamily, [...aliases, ...namesOf(headingTerm), ...coded]);
  }
  yield;
  yield* withKindWords(terms, knowledge.sections);
  for (const kinds of yield* kindsByHeading(knowledge, gathered)) {
    groups.push({ ...kinds, family: kinds.section.id, topic: topicOf(kinds.section) });
  }
  withKinds(terms, groups);
  yield;
  const keys = yield* keyTerms(knowledge, terms, glossary);
  const facts: Facts = {
    terms,
    groups: groups.filter((g) => g.items.length >= 2),
    aliasesOf: (name) => withGlossary([name], glossary),
    glossesOf: (name) => [...withGlossary([name], glossary), ...(words.get(squash(name)) ?? [])],
    keys,
  };
  cache.set(knowledge, facts);
  return facts;
}

const cache = new WeakMap<Knowledge, Facts>();

// `…를 통틀어 부르는 말`, `…들 통칭`, `아래 전략들이 전부 여기 속함`: the term names the things beside it as a whole.
const GATHERS = /통틀어|총칭|통칭|(?:전부|모두|다) 여기(?:에)? 속함/;

/** Fills each term's {@link Term.kinds}: the lists the notes give of its kinds, or its family when it gathers it. */
function withKinds(terms: Term[], groups: Group[]): void {
  const lists = new Map<string, string[]>();
  for (const g of groups) {
    if (!g.examples) continue;
    for (const n of g.labelNames) lists.set(squash(n), [...(lists.get(squash(n)) ?? []), ...g.items]);
  }
  for (const t of terms) {
    if (t.lines.some((l) => GATHERS.test(l))) t.kinds = 'family';
    else {
      const items = t.names.flatMap((n) => lists.get(squash(n)) ?? []);
      if (items.length > 0) t.kinds = items;
    }
  }
}

/** Fills each term's {@link Term.kindWords}: the words of its name that end another name of its file. */
function* withKindWords(terms: Term[], sections: Section[]): Generator<void> {
  const heads = new Map<string, Set<string>>();
  const note = (file: string, name: string) => {
    const words = nameWords(name);
    if (words.length < 2) return;
    const key = `${file}>${squash(words.at(-1) ?? '')}`;
    heads.set(key, (heads.get(key) ?? new Set()).add(squash(name)));
  };
  for (const [k, t] of terms.entries()) {
    if ((k + 1) % STEP_SECTIONS === 0) yield;
    note(t.section.file, t.name);
  }
  for (const [i, s] of sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    note(s.file, headingNames(s.title)[0] ?? '');
  }
  for (const [k, t] of terms.entries()) {
    if ((k + 1) % STEP_SECTIONS === 0) yield;
    const own = squash(t.name);
    // Another name than its own ends in the word.
    const others = (w: string) => {
      const names = heads.get(`${t.section.file}>${squash(w)}`);
      return names !== undefined && names.size > (names.has(own) ? 1 : 0);
    };
    t.kindWords = nameWords(t.name).filter(others);
  }
}

// `**뒤에**`, `**절대**`, `**중요**`: bold that stresses a word of a sentence names no term; a Hangul word in bold is
// one when the glossary knows it or it is a noun of three syllables or more (`**비동기**`).
function isEmphasis(span: string, glossary: Map<string, string[]>): boolean {
  if (/[A-Za-z0-9]/.test(span) || span.includes(' ') || glossary.has(squash(span))) return false;
  return span.length < 3 || analyzeHangul(span).kind !== 'noun';
}

/**
 * What a cloze may blank, each concept once with its glossary names: the notes' terms and their bold and code
 * spans. A glossary name the notes only use in passing (`이미지`, `레이아웃`) is a word of the topic, not a key.
 */
function* keyTerms(
  knowledge: Knowledge,
  terms: Term[],
  glossary: Map<string, string[]>,
): Generator<void, Facts['keys']> {
  const out: Facts['keys'] = [];
  const seen = new Set<string>();
  const add = (names: string[]) => {
    const usable = names.filter(isKeyName);
    if (usable.length === 0 || usable.some((n) => seen.has(squash(n)))) return;
    for (const n of usable) seen.add(squash(n));
    // `VM` of 가상 머신: too short to blank or to look for in a line, but typed for the blank all the same.
    const short = names.filter((n) => /^[A-Z][A-Z0-9]$/.test(n.trim()));
    out.push({ names: usable, ...(short.length > 0 ? { short } : {}) });
  };
  for (const t of terms) add(t.names);
  for (const [i, s] of knowledge.sections.entries()) {
    if ((i + 1) % STEP_SECTIONS === 0) yield;
    for (const m of s.body.matchAll(/\*\*([^*\n]+)\*\*|`([^`\n]+)`/g)) {
      const span = plain(m[1] ?? m[2] ?? '');
      // Code that starts with a quote or a marker (`'blog'`, `>>>>>>> feature`) is an example, not a name.
      const named = /^[A-Za-z_$@\uAC00-\uD7A3]/.test(span);
      // `el as HTMLInputElement`, `pet is Fish`: an expression of the notes' example, not a name to recall.
      const expression = span
        .split(/\s+/)
        .slice(1)
        .some((w) => /^[A-Z]/.test(w));
      // `await fetch`, `RUN npm ci`, `docker run 이미지 다른명령`: a command with its arguments is a step of an
      // example; a blank in it asks which words of it were left out.
      const command = m[2] !== undefined && /\s/.test(span) && !glossary.has(squash(span));
      const key = named && !expression && !command && isTermLike(span);
      if (key && (m[2] !== undefined || !isEmphasis(span, glossary))) {
        add(withGlossary([span], glossary));
      }
    }
  }
  return out;
}
