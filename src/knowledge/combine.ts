import { createHash } from 'node:crypto';
import { readNoteFiles, translationPairs } from './load.ts';
import type { Knowledge } from './types.ts';

/** A note kept elsewhere than the folder (a server's, in the store): its file name and text. */
export interface ExtraNote {
  file: string;
  body: string;
  /** Content hash of `body`. */
  hash: string;
}

/**
 * The shared notes plus `owner`'s own notes, as one knowledge: the shared sections first, then the extra
 * notes' sections, read the way a folder's files are. An extra section's id is `${owner}:${file}#${line}`, so
 * a quiz card or a button naming it stays valid whatever happens to other notes or other owners' notes,
 * and never names a section of another owner. The hash covers the shared notes and every extra note.
 */
export function withExtraNotes(shared: Knowledge, owner: string, notes: readonly ExtraNote[]): Knowledge {
  const { sections, problems, mined } = readNoteFiles(
    notes.map((n) => ({ file: n.file, bytes: Buffer.from(n.body, 'utf8') })),
  );
  const hash = createHash('sha256').update(`${shared.hash}\u0000${owner}`);
  for (const n of notes) hash.update(`\u0000${n.file}\u0000${n.hash}`);
  return {
    dir: shared.dir,
    sections: [...shared.sections, ...sections.map((s) => ({ ...s, id: `${owner}:${s.id}` }))],
    glossary: [...shared.glossary, ...translationPairs(mined)],
    hash: hash.digest('hex'),
    problems: [...shared.problems, ...problems],
  };
}
