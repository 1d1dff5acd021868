import { createHash } from 'node:crypto';
import type { Knowledge, Section } from '../knowledge/types.ts';

/**
 * A short, stable handle for a section (10 characters), for places Discord keeps small: custom ids
 * (100 characters) and autocomplete values. A section id (`path/to/note.md#12`) can be any length.
 */
export function sectionKey(section: Section): string {
  return createHash('sha1').update(section.id).digest('base64url').slice(0, 10);
}

const byKey = new WeakMap<Knowledge, Map<string, Section>>();

/** The section behind a key in these notes, or undefined when the notes no longer have it. */
export function sectionByKey(knowledge: Knowledge, key: string): Section | undefined {
  const steps = sectionKeySteps(knowledge);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value.get(key);
}

/** The keys of these notes' sections, a thousand per step (10,000 hashes took 25 ms of one turn). */
export function* sectionKeySteps(knowledge: Knowledge): Generator<void, Map<string, Section>> {
  const built = byKey.get(knowledge);
  if (built) return built;
  const map = new Map<string, Section>();
  for (const [i, s] of knowledge.sections.entries()) {
    map.set(sectionKey(s), s);
    if ((i + 1) % 1000 === 0) {
      yield;
      // A request built them meanwhile.
      const done = byKey.get(knowledge);
      if (done) return done;
    }
  }
  byKey.set(knowledge, map);
  return map;
}
