/**
 * How a section is named where there is room for one line: a button, an autocomplete choice. Two
 * sections may share a title (`요약` in every chapter), so a name carries the parent heading (or, failing
 * that, the file) whenever the title alone would not tell them apart.
 */
import type { Knowledge, Section } from '../knowledge/types.ts';

/** `1. 웹 프로그래밍이란? > 1.5 … > 로브밸런서`: the heading path as every door shows it. */
export const titleOf = (section: Section) => section.path.join(' > ');

const counts = new WeakMap<Knowledge, { titles: Map<string, number>; paths: Map<string, number> }>();

function countsOf(knowledge: Knowledge) {
  const steps = countSteps(knowledge);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** How many sections share each title and each path, counted a thousand sections per step. */
export function* countSteps(
  knowledge: Knowledge,
): Generator<void, { titles: Map<string, number>; paths: Map<string, number> }> {
  const built = counts.get(knowledge);
  if (built) return built;
  const c = { titles: new Map<string, number>(), paths: new Map<string, number>() };
  for (const [i, s] of knowledge.sections.entries()) {
    c.titles.set(s.title, (c.titles.get(s.title) ?? 0) + 1);
    c.paths.set(titleOf(s), (c.paths.get(titleOf(s)) ?? 0) + 1);
    if ((i + 1) % 1000 === 0) {
      yield;
      const done = counts.get(knowledge);
      if (done) return done;
    }
  }
  counts.set(knowledge, c);
  return c;
}

/** `로브밸런서`, or `1.5 인프라란 › 요약` when another section is also called `요약`. */
export function buttonTitle(section: Section, knowledge: Knowledge): string {
  const { titles, paths } = countsOf(knowledge);
  if ((titles.get(section.title) ?? 0) < 2) return section.title;
  const parent = section.path.at(-2);
  const named = parent ? `${parent} › ${section.title}` : section.title;
  return (paths.get(titleOf(section)) ?? 0) > 1 || !parent ? `${named} · ${section.file}` : named;
}

/** Room for a name in an autocomplete choice. */
const CHOICE = 100;

/**
 * The full heading path, with the file when another section has the same path; a path too long for a
 * choice keeps its first and last headings (where the topic is and what it is) and drops the middle.
 */
export function choiceName(section: Section, knowledge: Knowledge): string {
  const { paths } = countsOf(knowledge);
  const suffix = (paths.get(titleOf(section)) ?? 0) > 1 ? ` · ${section.file}` : '';
  const full = titleOf(section) + suffix;
  if (full.length <= CHOICE || section.path.length < 3) return full;
  const ends = `${section.path[0]} > … > ${section.title}${suffix}`;
  return ends.length <= CHOICE ? ends : `… > ${section.title}${suffix}`;
}
