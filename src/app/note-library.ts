import { createHash } from 'node:crypto';
import { formatProblem, validateNoteFile } from '../knowledge/validate.ts';
import { validateQuizBlocks } from '../quiz/blocks.ts';
import type { GuildNotesStore } from '../store/types.ts';
import { UserError } from './errors.ts';
import { noteFile } from './guild-notes.ts';
import type { Actor } from './protocol.ts';

/** A note file a server uploads is at most this big. */
export const MAX_NOTE_FILE_BYTES = 1024 * 1024;
export const MAX_NOTE_NAME = 60;
/** Problems shown in a refusal (the rest are counted). */
const SHOWN_PROBLEMS = 8;

/** `css.md` → `css`: a note's name from a file name; `.md` and `.txt` only. */
export function nameFromFile(filename: string): string {
  const match = /^(.*)\.(md|markdown|txt)$/i.exec(filename.trim());
  if (!match) throw new UserError('notes.fileType', { file: filename });
  return match[1] ?? '';
}

/** A name as typed, checked: not empty, not too long, no path or id separators. */
export function checkName(raw: string): string {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) throw new UserError('notes.nameEmpty');
  if (name.length > MAX_NOTE_NAME) throw new UserError('notes.nameTooLong', { max: MAX_NOTE_NAME });
  // Control and invisible characters, path and custom-id separators, a leading dot (hidden files).
  if (/[/\\:\p{Cc}\p{Cf}]/u.test(name) || name.startsWith('.')) throw new UserError('notes.nameInvalid');
  return name;
}

export interface AddedNote {
  name: string;
  sections: number;
  replaced: boolean;
  /** Warnings the note was stored with (`name.md:3: warning: duplicate heading …`). */
  warnings: string[];
}

/** A note that passed validation, ready to store. */
interface CheckedNote {
  name: string;
  body: string;
  bytes: number;
  sections: number;
  warnings: string[];
}

/**
 * Validates a note exactly as a file in `knowledge/` is validated (reading, front matter, headings, quiz
 * blocks); any error refuses it with `file:line: message` lines.
 */
function checkNote(rawName: string, bytes: Buffer): CheckedNote {
  const name = checkName(rawName);
  if (bytes.length > MAX_NOTE_FILE_BYTES)
    throw new UserError('notes.tooLarge', { max: `${MAX_NOTE_FILE_BYTES / 1024 / 1024} MB` });
  const report = validateNoteFile(noteFile(name), bytes, [validateQuizBlocks]);
  const errors = report.problems.filter((p) => p.severity !== 'warning');
  if (errors.length) {
    const lines = errors.slice(0, SHOWN_PROBLEMS).map(formatProblem);
    if (errors.length > SHOWN_PROBLEMS) lines.push(`… +${errors.length - SHOWN_PROBLEMS}`);
    throw new UserError('notes.invalid', { problems: lines.join('\n') });
  }
  if (report.sections === 0) throw new UserError('notes.noSections');
  return {
    name,
    body: bytes.toString('utf8'),
    bytes: bytes.length,
    sections: report.sections,
    warnings: report.problems.filter((p) => p.severity === 'warning').map(formatProblem),
  };
}

interface Adding {
  guildId: string;
  replace: boolean;
  by: Actor;
  now: number;
}

async function storeNote(store: GuildNotesStore, note: CheckedNote, how: Adding): Promise<AddedNote> {
  const result = await store.addGuildNote(
    {
      guildId: how.guildId,
      name: note.name,
      body: note.body,
      hash: createHash('sha256').update(note.body).digest('hex'),
      bytes: note.bytes,
      sections: note.sections,
      addedBy: how.by.id,
      addedByName: how.by.name,
      addedAt: how.now,
    },
    how.replace,
  );
  if (result === 'taken') throw new UserError('notes.nameTaken', { name: note.name });
  return {
    name: note.name,
    sections: note.sections,
    replaced: result === 'replaced',
    warnings: note.warnings,
  };
}

/**
 * Validates a note and stores it as the server's note `name`. A note with any error is refused and nothing of
 * it is stored, so the server's last good notes keep serving.
 */
export async function addNote(
  store: GuildNotesStore,
  note: Adding & { name: string; bytes: Buffer },
): Promise<AddedNote> {
  return storeNote(store, checkNote(note.name, note.bytes), note);
}

/**
 * The notes of an exported file (`splitBundle`), all or none: every one is validated, and without `replace`
 * no name may be taken, before the first is stored. (Two instances adding the same name at that moment can
 * still leave the ones stored before the loser.)
 */
export async function addNotes(
  store: GuildNotesStore,
  notes: readonly { name: string; body: string }[],
  how: Adding,
): Promise<AddedNote[]> {
  const checked = notes.map((n) => checkNote(n.name, Buffer.from(n.body, 'utf8')));
  const taken = new Set(how.replace ? [] : (await store.guildNoteList(how.guildId)).map((n) => n.name));
  for (const note of checked) {
    if (taken.has(note.name)) throw new UserError('notes.nameTaken', { name: note.name });
    taken.add(note.name);
  }
  const added: AddedNote[] = [];
  for (const note of checked) added.push(await storeNote(store, note, how));
  return added;
}
