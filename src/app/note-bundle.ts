import { noteFile } from './guild-notes.ts';

/**
 * A server's notes as one markdown file (`/notes export`), and back (`/notes add` of that file): each note is
 * a `<!-- file: name.md -->` line, then its text exactly as stored, then one newline. Splitting strips exactly
 * that newline, so a note comes back byte for byte, and a server that adds the file gets the same notes — and so
 * the same sections — rather than one note whose headings would nest under another note's.
 */

const MARKER = /^<!-- file: (.+)\.md -->\r?\n/gm;

export const bundleMarker = (name: string) => `<!-- file: ${noteFile(name)} -->`;

/** The notes in the order given (the store's: by name, in byte order on both stores). */
export function bundleNotes(notes: readonly { name: string; body: string }[]): string {
  return notes.map((n) => `${bundleMarker(n.name)}\n${n.body}\n`).join('');
}

/**
 * The notes of a file that starts with a marker line; null for any other file (an ordinary note). A line in a
 * note's own text that looks exactly like a marker would split it there.
 */
export function splitBundle(text: string): { name: string; body: string }[] | null {
  const plain = text.replace(/^\uFEFF/, '');
  const markers = [...plain.matchAll(MARKER)];
  if (markers[0]?.index !== 0) return null;
  return markers.map((m, i) => {
    const end = markers[i + 1]?.index ?? plain.length;
    return { name: m[1] ?? '', body: plain.slice(m.index + m[0].length, end).replace(/\r?\n$/, '') };
  });
}
