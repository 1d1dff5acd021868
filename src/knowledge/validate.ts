import { loadKnowledge, type NoteCheck, readNoteFiles } from './load.ts';
import type { Knowledge, NoteProblem } from './types.ts';

export interface ValidationReport {
  files: number;
  sections: number;
  problems: NoteProblem[];
  errors: number;
  warnings: number;
}

/** Formats a problem the way editors and CI understand: `file:line: message`. */
export function formatProblem(p: NoteProblem): string {
  return `${p.file}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The last line of `validate-notes`: `1 file, 3 sections, 2 problems (1 error, 1 warning)`. */
export function summaryLine(r: ValidationReport): string {
  return `${count(r.files, 'file')}, ${count(r.sections, 'section')}, ${count(r.problems.length, 'problem')} (${count(r.errors, 'error')}, ${count(r.warnings, 'warning')})`;
}

/** Loads a knowledge folder and summarises what is wrong with it. Throws only when the folder is missing. */
export function validateNotes(dir: string, checks: readonly NoteCheck[] = []): ValidationReport {
  const k = loadKnowledge(dir, { checks });
  const problems = k.problems;
  const files = new Set([...k.sections.map((s) => s.file), ...problems.map((p) => p.file)]);
  const errors = problems.filter((p) => p.severity !== 'warning').length;
  return {
    files: files.size,
    sections: k.sections.length,
    problems,
    errors,
    warnings: problems.length - errors,
  };
}

/**
 * Checks one note given as bytes (a file a server uploads) exactly as {@link validateNotes} checks a folder's:
 * the same reading, front matter, headings and `checks`. The knowledge it was checked as comes back too.
 */
export function validateNoteFile(
  file: string,
  bytes: Buffer,
  checks: readonly ((k: Knowledge) => NoteProblem[])[] = [],
): ValidationReport & { knowledge: Knowledge } {
  const { sections, problems: read } = readNoteFiles([{ file, bytes }]);
  const knowledge: Knowledge = { dir: '', sections, glossary: [], hash: '', problems: read };
  const problems = [...read, ...checks.flatMap((check) => check(knowledge))];
  const errors = problems.filter((p) => p.severity !== 'warning').length;
  return {
    files: 1,
    sections: sections.length,
    problems,
    errors,
    warnings: problems.length - errors,
    knowledge,
  };
}
