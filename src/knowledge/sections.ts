import type { Section } from './types.ts';

/** Whether `s` is `parent` or one of its sub-sections (same file, heading path starting with `parent`'s). */
export function isWithin(s: Section, parent: Section): boolean {
  return (
    s.file === parent.file &&
    s.path.length >= parent.path.length &&
    parent.path.every((p, i) => s.path[i] === p)
  );
}

/**
 * For each section, the index of the heading with no text of its own that it belongs to as one of the bold lines
 * right after it (`### 포지션` then `**relative**`, `**absolute**`: the parser keeps bold lines after a `###` its
 * siblings, but an empty heading is the name of their group), or -1.
 */
export function boldGroups(sections: readonly Section[]): Int32Array {
  const out = new Int32Array(sections.length).fill(-1);
  let head = -1;
  const parentOf = (s: Section) => `${s.file}\u0000${s.path.slice(0, -1).join('\u0000')}`;
  for (const [i, s] of sections.entries()) {
    const h = sections[head];
    if (h && s.bold && parentOf(s) === parentOf(h)) {
      out[i] = head;
      continue;
    }
    head = !s.bold && s.body.trim() === '' && sections[i + 1]?.bold ? i : -1;
  }
  return out;
}
