import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BUNDLED_GLOSSARY, GLOSSARY_FILES, readGlossary } from './glossary.ts';
import { MAX_NOTE_BYTES, parseNote } from './parse.ts';
import type { GlossaryEntry, Knowledge, NoteProblem, Section } from './types.ts';

function listNotes(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Loads every `.md` note under `dir` (recursively, in sorted order) plus the glossary data file of the folder
 * (or the bundled one). A bad note never throws: its problem is recorded with file:line and its sections are
 * skipped when the file cannot be read as text (empty, binary, > 2 MB); a note with a broken front matter
 * keeps its sections. Throws only when `dir` is not a folder.
 */
export function loadKnowledge(dir: string): Knowledge {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`knowledge folder not found: ${dir} (set KNOWLEDGE_DIR or create the folder)`);
  }
  const hash = createHash('sha256');
  const sections: Section[] = [];
  const problems: NoteProblem[] = [];
  const mined: GlossaryEntry[] = [];
  for (const path of listNotes(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    hash.update(`${file}\u0000`);
    const size = statSync(path).size;
    if (size > MAX_NOTE_BYTES) {
      hash.update(String(size));
      problems.push({ file, line: 1, message: 'file larger than 2 MB, skipped' });
      continue;
    }
    const bytes = readFileSync(path);
    hash.update(bytes);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      problems.push({ file, line: 1, message: 'binary file (not valid UTF-8), skipped' });
      continue;
    }
    const note = parseNote(file, text);
    sections.push(...note.sections);
    problems.push(...note.problems);
    mined.push(...note.glossary);
  }
  const own = GLOSSARY_FILES.map((n) => join(dir, n)).find((p) => existsSync(p));
  const glossaryPath = own ?? BUNDLED_GLOSSARY;
  const glossary = readGlossary(glossaryPath, own ? relative(dir, own) : 'glossary.yaml (bundled)');
  problems.push(...glossary.problems);
  if (existsSync(glossaryPath)) hash.update(readFileSync(glossaryPath));
  return {
    dir,
    sections,
    glossary: [...glossary.entries, ...translationPairs(mined)],
    hash: hash.digest('hex'),
    problems,
  };
}

/**
 * Keeps mined pairs that look like translations: deduplicated, and dropping a name paired with more than two
 * different partners (`목록(server)`, `요청(server)`… annotate, they do not translate).
 */
function translationPairs(mined: GlossaryEntry[]): GlossaryEntry[] {
  const key = (n: string) => n.toLowerCase().replace(/\s+/g, ' ').trim();
  const partners = new Map<string, Set<string>>();
  const unique = new Map<string, GlossaryEntry>();
  for (const e of mined) {
    const names = e.names.map(key);
    unique.set(names.join('\u0000'), e);
    for (const n of names) {
      const set = partners.get(n) ?? new Set<string>();
      for (const m of names) if (m !== n) set.add(m);
      partners.set(n, set);
    }
  }
  return [...unique.values()].filter((e) => e.names.every((n) => (partners.get(key(n))?.size ?? 0) <= 2));
}
