import { loadKnowledge, type NoteCheck } from './load.ts';
import type { NoteProblem } from './types.ts';

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
