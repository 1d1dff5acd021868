import type { Knowledge, Section } from '../knowledge/types.ts';
import { analyzeHangul } from '../search/morph.ts';
import { editDistance } from '../text/edit-distance.ts';
import { toJamo } from '../text/korean.ts';
import { isKeyName } from './cloze.ts';
import { namesOf, plain, squash, termFromHeading } from './text.ts';

/** A concept the notes define: a heading, a labelled bullet, or `label : definition` line. */
export interface Term {
  /** Display name, as the notes spell it. */
  name: string;
  /** Every name it goes by (display name first), including glossary translations. */
  names: string[];
  /** Sentences from the notes that describe it, never empty. */
  definitions: string[];
  section: Section;
  /** Terms sharing a family (sibling headings, bullets of one section) make the best distractors. */
  family: string;
  topic: string;
}

/** A list the notes give as examples of something: `Sinatra, Flask 등` under 마이크로 프레임워크. */
export interface Group {
  label: string;
  labelNames: string[];
  items: string[];
  /** The line as written, used as the explanation. */
  line: string;
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
   * Terms a cloze may blank inside a line, each with its other names: what the notes define and their bold
   * and code spans.
   */
  keys: { names: string[] }[];
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
// Stands for a colon inside code while lines are split into label and definition (see `restoreColons`).
const CODE_COLON = '\uE001';
const restoreColons = (text: string) => text.replaceAll(CODE_COLON, ':');
const MIN_DEFINITION_LENGTH = 8;

/** Bullets and paragraphs of a section body as a tree (indentation decides nesting). */
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
    const source = (bullet ? (bullet[2] ?? '') : raw).replace(/`[^`]*`/g, (code) =>
      code.replace(/:/g, CODE_COLON),
    );
    const guarded = plain(source);
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
function kindsByHeading(knowledge: Knowledge): Omit<Group, 'family' | 'topic'>[] {
  const out: Omit<Group, 'family' | 'topic'>[] = [];
  const sections = knowledge.sections;
  sections.forEach((parent, i) => {
    const labelNames = namesOf(termFromHeading(parent.title));
    const label = labelNames[0] ?? '';
    const head = label.split(/\s+/).at(-1) ?? '';
    // One concept (`조인`, `XSS`), not a pair (`인터페이스와 타입 별칭`, `A vs B`).
    if (squash(head).length < 2 || label.split(/\s+/).length > 2 || !isTermLike(label)) return;
    const items: string[] = [];
    for (const child of sections.slice(i + 1)) {
      if (child.file !== parent.file || child.path.length <= parent.path.length) break;
      if (child.path.length !== parent.path.length + 1) continue;
      const name = namesOf(termFromHeading(child.title))[0] ?? '';
      const words = name.split(/\s+/);
      if (words.length >= 2 && words.at(-1) === head && isTermLike(name)) items.push(name);
    }
    if (items.length < 2) return;
    out.push({ label, labelNames, items, line: `${label}: ${items.join(', ')}`, section: parent });
  });
  return out;
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

/** `2 데이터링크 계층 : MAC 주소 / 1 물리 계층 : 케이블`: two labelled facts written on one line. */
function splitLabelled(item: Item): Item[] {
  if (item.children.length > 0 || !LABELLED.test(item.guarded)) return [item];
  const parts = item.guarded.split(/\s+\/\s+(?=[^/:：]{1,24}\s[:：]\s)/);
  // Every part labelled: in `A / B : X / Y` the first part is a name, paired with the first half.
  if (parts.length < 2 || !parts.every((p) => LABELLED.test(p))) return [item];
  return parts.map((guarded) => ({ text: restoreColons(guarded), guarded, children: [] }));
}

/** `Spring, Django 등` → `['Spring', 'Django']`; undefined when the text is not a list of short names. */
export function listItems(text: string): string[] | undefined {
  // What follows an arrow comments on the list (`COUNT, SUM, AVG → 여러 행을 값 하나로`).
  const head = text.split(/\s+(?:→|->)\s+/)[0] ?? '';
  if (!head.includes(',') || /[.。]$/.test(head) || / - /.test(head)) return undefined;
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
      !hasInnerParticle(`${p} .`),
  );
  const distinct = new Set(parts.map(squash));
  if (!ok || parts.length < 2 || distinct.size !== parts.length || [...distinct].some((p) => p.length < 2)) {
    return undefined;
  }
  return parts;
}

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
  // `공인 IP와 사설 IP`, `ls와 cd`, `bcrypt와 키 스트레칭`: a Latin name joined by 와/과 pairs two things too.
  return words
    .slice(0, -1)
    .some((w) => (w.length >= 2 && PARTICLE_END.test(w)) || /[A-Za-z0-9)](와|과)$/.test(w));
}

const LABELLED = /^([^:：,]{1,24}?)\s*[:：]\s*(.+)$/;

// Headings and labels that organise notes rather than name a concept (`정리`, `장점과 단점`, `왜 쓰는지`,
// `인터페이스 vs 타입 별칭`, `compose 핵심 키`) or name an activity (`에러 처리`, `환경변수 영구 설정`).
const GENERIC_NAME =
  /^(기타|정리|요약|개요|특징|장점|단점|장단점|장점과 단점|예|예시|예제|주의|주의사항|참고|비교|차이|차이점|명령어|기본|기초|사용법|문법|종류|핵심|팁|실습|활용|구조|설정|옵션|명령|문제점|한계|흐름|동작|원리|과정)$|(개요|정리|요약|핵심|핵심 키|비교|차이|차이점|종류|특징|장단점|팁)$|^(왜|어떻게|언제|무엇)|\bvs\b|는지$|하는 ?법$|\s(처리|관리|설치|설정|사용법|사용하기|만들기|다루기|하기)$/i;

function isTermLike(name: string): boolean {
  return (
    !GENERIC_NAME.test(name.trim()) &&
    name.length >= 2 &&
    name.length <= MAX_TERM_LENGTH &&
    name.split(/\s+/).length <= 4 &&
    !/[.?!:,]/.test(name) &&
    !hasInnerParticle(name) &&
    balanced(name) &&
    // `탬플릿에서는 …`: a word with a topic particle starts a sentence, not a name.
    !/[\uAC00-\uD7A3](은|는|에서는|에는)\s/.test(`${name} `)
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
  /^(?:근데|그런데|대신|하지만|그러나|그래서|그리고|또한|또|반면에?|즉|그럼|그러면|단|참고로|물론)[\s,]/;

function isDefinition(text: string): boolean {
  return (
    text.length >= MIN_DEFINITION_LENGTH &&
    !CONNECTIVE.test(text) &&
    listItems(text) === undefined &&
    !LABELLED.test(text) &&
    // `파이썬 장고, 루비 레일즈 : Gunicorn …` pairs examples with a fact; it defines neither.
    !/^[^:：]{1,30}\s[:：]\s/.test(text) &&
    !/^https?:\/\//.test(text)
  );
}

/** The topic a section counts toward: its second-level heading when the file has a single title. */
function topicsByFile(knowledge: Knowledge): (section: Section) => string {
  const roots = new Map<string, Set<string>>();
  for (const s of knowledge.sections) {
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
  // Curated entries come first in the knowledge's glossary: a pair mined from the notes never renames them.
  for (const entry of knowledge.glossary) {
    for (const n of entry.names) if (!glossary.has(squash(n))) glossary.set(squash(n), entry.names);
  }
  const topicOf = topicsByFile(knowledge);
  const terms: Term[] = [];
  const groups: Group[] = [];

  for (const section of knowledge.sections) {
    if (++stepped % 100 === 0) {
      yield;
      const built = cache.get(knowledge);
      if (built) return built;
    }
    const topic = topicOf(section);
    const items = outline(section.body);
    const headingTerm = termFromHeading(section.title);
    const sectionFamily = `${section.file}>${section.path.slice(0, -1).join('>')}`;
    const ownFamily = section.id;

    const addTerm = (label: string, definitions: string[], family: string, extra: string[] = []) => {
      const names = namesOf(label);
      // The notes' typo of a glossary name is accepted, but the term is shown as the glossary spells it.
      const typo = glossaryTypo(names[0] ?? label, glossary);
      if (typo) names.unshift(typo.name);
      const name = names[0] ?? label;
      // Definitions come guarded (colons in code replaced), so a colon in code is not taken for a label's.
      const defs = definitions.filter(isDefinition).map(restoreColons);
      if (!isTermLike(name) || defs.length === 0) return false;
      terms.push({
        name,
        names: withGlossary([...names, ...extra], glossary),
        definitions: defs,
        section,
        family,
        topic,
      });
      return true;
    };
    const addGroup = (label: string, list: string[], line: string) => {
      const labelNames = namesOf(label);
      if (!isTermLike(labelNames[0] ?? '')) return;
      groups.push({
        label: labelNames[0] ?? label,
        labelNames,
        items: list,
        line,
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
        addTerm(bold.label, bold.definitions, ownFamily);
        closeMembers(bold.label);
      } else closeMembers(headingTerm);
      bold = undefined;
    };
    for (const item of items.flatMap(splitLabelled)) {
      if (item.label) {
        closeBold();
        const label = item.text.replace(/\s*[:：]$/, '');
        // `**종류**`, `**정리**` organise the section: what follows is the heading's again.
        if (isTermLike(namesOf(label)[0] ?? '')) bold = { label, definitions: [] };
        continue;
      }
      // `→ 부모에 relative …` after a code block comments on the code, not on any term.
      if (/^(→|->|=>)/.test(item.text)) continue;
      const labelled = LABELLED.exec(item.guarded);
      const list = listItems(item.text);
      if (list) {
        addGroup(bold?.label ?? headingTerm, list, item.text);
        continue;
      }
      if (labelled) {
        const [, numbered = '', raw = ''] = labelled;
        const rest = restoreColons(raw);
        // `2 데이터링크 계층 : …`: the layer's number is the list's, not part of the name.
        const label = restoreColons(numbered).replace(/^\d+\s+(?=[\uAC00-\uD7A3])/, '');
        const inline = listItems(rest);
        // `대표적인 거: MySQL, …`, `막아주는 것: 도청, …`: the heading says what the list is of.
        if (inline) addGroup(/(것|거|예|예시|종류)$/.test(label) ? headingTerm : label, inline, item.text);
        else if (label.includes(' / ')) {
          // `docker rm / docker rmi : 컨테이너 삭제 / 이미지 삭제`: each name with its own half, or none.
          const names = label.split(/\s+\/\s+/);
          const halves = raw.split(/\s+\/\s+/);
          if (names.length === halves.length)
            for (const [k, n] of names.entries()) addTerm(n, [halves[k] ?? ''], ownFamily);
        } else if (!label.includes(',') && !comparesOthers(rest) && addTerm(label, [raw], ownFamily)) {
          members.push(namesOf(label)[0] ?? label);
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
    addTerm(headingTerm, sectionDefinitions, sectionFamily, [...section.aliases, ...namesOf(headingTerm)]);
  }
  yield;
  for (const kinds of kindsByHeading(knowledge)) {
    groups.push({ ...kinds, family: kinds.section.id, topic: topicOf(kinds.section) });
  }
  yield;
  const keys = keyTerms(knowledge, terms, glossary);
  const facts: Facts = {
    terms,
    groups: groups.filter((g) => g.items.length >= 2),
    aliasesOf: (name) => withGlossary([name], glossary),
    keys,
  };
  cache.set(knowledge, facts);
  return facts;
}

const cache = new WeakMap<Knowledge, Facts>();

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
function keyTerms(
  knowledge: Knowledge,
  terms: Term[],
  glossary: Map<string, string[]>,
): { names: string[] }[] {
  const out: { names: string[] }[] = [];
  const seen = new Set<string>();
  const add = (names: string[]) => {
    const usable = names.filter(isKeyName);
    if (usable.length === 0 || usable.some((n) => seen.has(squash(n)))) return;
    for (const n of usable) seen.add(squash(n));
    out.push({ names: usable });
  };
  for (const t of terms) add(t.names);
  for (const s of knowledge.sections) {
    for (const m of s.body.matchAll(/\*\*([^*\n]+)\*\*|`([^`\n]+)`/g)) {
      const span = plain(m[1] ?? m[2] ?? '');
      // Code that starts with a quote or a marker (`'blog'`, `>>>>>>> feature`) is an example, not a name.
      const named = /^[A-Za-z_$@\uAC00-\uD7A3]/.test(span);
      if (named && isTermLike(span) && (m[2] !== undefined || !isEmphasis(span, glossary))) {
        add(withGlossary([span], glossary));
      }
    }
  }
  return out;
}
