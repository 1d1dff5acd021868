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
  let map = byKey.get(knowledge);
  if (!map) {
    map = new Map(knowledge.sections.map((s) => [sectionKey(s), s]));
    byKey.set(knowledge, map);
  }
  return map.get(key);
}
