import type { Section } from './types.ts';

/** Whether `s` is `parent` or one of its sub-sections (same file, heading path starting with `parent`'s). */
export function isWithin(s: Section, parent: Section): boolean {
  return (
    s.file === parent.file &&
    s.path.length >= parent.path.length &&
    parent.path.every((p, i) => s.path[i] === p)
  );
}
