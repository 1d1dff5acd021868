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

/**
 * Validates a note exactly as a file in `knowledge/` is validated (reading, front matter, headings, quiz
 * blocks) and stores it as the server's note `name`. A note with any error is refused with `file:line:
 * message` lines and nothing of it is stored, so the server's last good notes keep serving.
 */
export async function addNote(
  store: GuildNotesStore,
  note: { guildId: string; name: string; bytes: Buffer; replace: boolean; by: Actor; now: number },
): Promise<AddedNote> {
  const name = checkName(note.name);
  if (note.bytes.length > MAX_NOTE_FILE_BYTES)
    throw new UserError('notes.tooLarge', { max: `${MAX_NOTE_FILE_BYTES / 1024 / 1024} MB` });
  const report = validateNoteFile(noteFile(name), note.bytes, [validateQuizBlocks]);
  const errors = report.problems.filter((p) => p.severity !== 'warning');
  if (errors.length) {
    const lines = errors.slice(0, SHOWN_PROBLEMS).map(formatProblem);
    if (errors.length > SHOWN_PROBLEMS) lines.push(`… +${errors.length - SHOWN_PROBLEMS}`);
    throw new UserError('notes.invalid', { problems: lines.join('\n') });
  }
  if (report.sections === 0) throw new UserError('notes.noSections');
  const body = note.bytes.toString('utf8');
  const result = await store.addGuildNote(
    {
      guildId: note.guildId,
      name,
      body,
      hash: createHash('sha256').update(body).digest('hex'),
      bytes: note.bytes.length,
      sections: report.sections,
      addedBy: note.by.id,
      addedByName: note.by.name,
      addedAt: note.now,
    },
    note.replace,
  );
  if (result === 'taken') throw new UserError('notes.nameTaken', { name });
  return {
    name,
    sections: report.sections,
    replaced: result === 'replaced',
    warnings: report.problems.filter((p) => p.severity === 'warning').map(formatProblem),
  };
}
