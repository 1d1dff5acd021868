import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { readCache, sourceFingerprint, writeCache } from './cache.ts';
import {
  BUNDLED_GLOSSARY,
  BUNDLED_WORDS,
  GLOSSARY_FILES,
  type Glossary,
  keepEntries,
  parseGlossary,
  WORDS_FILES,
} from './glossary.ts';
import { MAX_NOTE_BYTES, parseNote } from './parse.ts';
import type { GlossaryEntry, Knowledge, NoteProblem, Section } from './types.ts';

/** Hidden entries (`.git`, editors' swap files) and `node_modules` are never notes. */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

function listNotes(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (skipped(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Where a symbolic link at `path` leads when that is outside `dir`, else null. Notes never follow
 * links (`.md` links are not listed); the glossary follows one only within the folder.
 */
function linkOutside(dir: string, path: string): string | null {
  if (!lstatSync(path).isSymbolicLink()) return null;
  const target = realpathSync(path);
  const root = realpathSync(dir);
  return target === root || target.startsWith(`${root}${sep}`) ? null : target;
}

/**
 * The bytes of the notes under `dir` that a load would parse (a file over 2 MB is skipped, so not counted); 0
 * when `dir` is gone, which the load itself reports.
 */
export function noteBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const path of listNotes(dir)) {
    const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
    if (size <= MAX_NOTE_BYTES) total += size;
  }
  return total;
}

/** `dir` and every folder under it that can hold notes: what a watcher must watch. */
export function noteFolders(dir: string): string[] {
  const out = [dir];
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory() && !skipped(e.name)) out.push(...noteFolders(join(dir, e.name)));
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Everything that turns note files into sections: a change to any of them must invalidate cached knowledge
// (and, through `Knowledge.hash`, every cache keyed by it, such as the search index).
const PARSER_FINGERPRINT = sourceFingerprint(
  import.meta.url,
  ['./load.ts', './parse.ts', './front-matter.ts', './mine.ts', './glossary.ts', './types.ts'],
  'v1',
);

/** Below this many bytes of notes, parsing is about as fast as reading a cache file, so none is written. */
const CACHE_MIN_BYTES = 256 * 1024;

/** A check the notes must pass that the parser cannot make (hand-written questions are the quiz's to read). */
export type NoteCheck = (knowledge: Knowledge) => NoteProblem[];

export interface LoadOptions {
  /**
   * Folder for the parsed-notes cache, keyed by the notes' content hash (`false` disables it). Parsing 5 MB of
   * markdown takes seconds; hashing the files and reading the cache takes tens of milliseconds.
   */
  cacheDir?: string | false;
  /** Their problems join the notes' own, so a reload and `validate-notes` treat them like any other. */
  checks?: readonly NoteCheck[];
}

type CachedKnowledge = Omit<Knowledge, 'dir'> & { v: string };

/**
 * Loads every `.md` note under `dir` (recursively, in sorted order) plus the glossary data file of the folder
 * (or the bundled one). A bad note never throws: its problem is recorded with file:line and its sections are
 * skipped when the file cannot be read as text (empty, binary, > 2 MB); a note with a broken front matter
 * keeps its sections. Throws only when `dir` is not a folder. Large note folders are parsed once per content
 * and restored from `options.cacheDir` (default `.cache`) afterwards.
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): Knowledge {
  const knowledge = parseKnowledge(dir, options);
  for (const check of options.checks ?? []) knowledge.problems.push(...check(knowledge));
  return knowledge;
}

function parseKnowledge(dir: string, options: LoadOptions): Knowledge {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`knowledge folder not found: ${dir} (set KNOWLEDGE_DIR or create the folder)`);
  }
  const cacheDir = options.cacheDir ?? '.cache';
  const hash = createHash('sha256');
  hash.update(`${PARSER_FINGERPRINT}\u0000`);
  // Files are read and hashed first, parsed only on a cache miss.
  const notes: Array<{ file: string; bytes?: Buffer; problem?: string }> = [];
  let total = 0;
  for (const path of listNotes(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    hash.update(`${file}\u0000`);
    const size = statSync(path).size;
    if (size > MAX_NOTE_BYTES) {
      hash.update(String(size));
      notes.push({ file, problem: 'file larger than 2 MB, skipped' });
      continue;
    }
    const bytes = readFileSync(path);
    hash.update(bytes);
    total += bytes.length;
    notes.push({ file, bytes });
  }
  const glossaryFile = dataFile(dir, GLOSSARY_FILES, BUNDLED_GLOSSARY);
  const wordsFile = dataFile(dir, WORDS_FILES, BUNDLED_WORDS);
  const [glossaryBytes, wordsBytes] = [glossaryFile, wordsFile].map(({ path }) => {
    const bytes = existsSync(path) ? readFileSync(path) : undefined;
    hash.update('\u0000');
    if (bytes) hash.update(bytes);
    return bytes;
  });
  const digest = hash.digest('hex');

  const useCache = cacheDir !== false && total >= CACHE_MIN_BYTES;
  if (useCache) {
    const cached = readCache<CachedKnowledge>(cacheDir, 'knowledge', digest);
    if (cached?.v === PARSER_FINGERPRINT && cached.hash === digest) {
      return {
        dir,
        sections: cached.sections,
        glossary: cached.glossary,
        hash: digest,
        problems: cached.problems,
      };
    }
  }

  const { sections, problems, mined } = readNoteFiles(notes);
  const glossary = glossaryOf(glossaryBytes, glossaryFile.name, 'glossary', cacheDir);
  const words = glossaryOf(wordsBytes, wordsFile.name, 'words', cacheDir);
  problems.push(...glossary.problems, ...words.problems);
  for (const { refused } of [glossaryFile, wordsFile]) if (refused) problems.push(refused);
  const knowledge: Knowledge = {
    dir,
    sections,
    glossary: [...glossary.entries, ...words.entries, ...translationPairs(mined)],
    hash: digest,
    problems,
  };
  if (useCache) {
    const { dir: _, ...rest } = knowledge;
    writeCache(cacheDir, 'knowledge', digest, { v: PARSER_FINGERPRINT, ...rest } satisfies CachedKnowledge);
  }
  return knowledge;
}

/**
 * The folder's own data file of one of `names` (the first found), or the bundled one; a link leading outside the
 * notes folder is refused, with the problem to report, and the bundled file read instead.
 */
function dataFile(
  dir: string,
  names: readonly string[],
  bundled: string,
): { path: string; name: string; refused?: NoteProblem } {
  const found = names.map((n) => join(dir, n)).find((p) => existsSync(p));
  const outside = found ? linkOutside(dir, found) : null;
  const bundledName = `${basename(bundled)} (bundled)`;
  if (!found) return { path: bundled, name: bundledName };
  if (outside === null) return { path: found, name: relative(dir, found) };
  const message = `links outside the notes folder (to ${outside}), so it is not read; the bundled ${basename(bundled)} is used`;
  return { path: bundled, name: bundledName, refused: { file: relative(dir, found), line: 1, message } };
}

/** Glossaries (and everyday-words files) this process parsed lately, by content: see {@link glossaryOf}. */
const parsedGlossaries = new Map<string, Glossary>();

/**
 * The glossary file's entries and problems, parsed once per content: the bundled glossary is 116 KB of YAML that
 * takes 0.4–0.7 s to parse, in every load of a folder without a glossary of its own (and most are small enough
 * to skip the knowledge cache). A process keeps the last few, whose entries, being the same objects, share one
 * search glossary index (`GlossaryIndex.for`); `cacheDir` keeps them across processes, as it does the lexicon.
 */
function glossaryOf(
  bytes: Buffer | undefined,
  displayName: string,
  source: 'glossary' | 'words',
  cacheDir: string | false,
): Glossary {
  if (!bytes) return { entries: [], problems: [] };
  const key = createHash('sha256')
    .update(`${PARSER_FINGERPRINT}\u0000${source}\u0000${displayName}\u0000`)
    .update(bytes)
    .digest('hex');
  const kept = parsedGlossaries.get(key);
  if (kept) return kept;
  const cached =
    cacheDir === false ? undefined : readCache<Glossary & { key: string }>(cacheDir, 'glossary', key);
  const glossary =
    cached?.key === key
      ? { entries: cached.entries, problems: cached.problems }
      : parseGlossary(bytes.toString('utf8'), displayName, source);
  if (cacheDir !== false && cached?.key !== key) writeCache(cacheDir, 'glossary', key, { key, ...glossary });
  if (parsedGlossaries.size >= 4) parsedGlossaries.clear();
  parsedGlossaries.set(key, glossary);
  keepEntries(glossary.entries);
  return glossary;
}

/** A note file as read: its bytes, or why they were not read (over the size limit). */
export interface NoteFile {
  file: string;
  bytes?: Buffer;
  problem?: string;
}

/**
 * Sections, problems (file:line) and mined name pairs of note files: what loading a folder does with each file,
 * for notes that come from elsewhere too (a server's notes in the store). Never throws.
 */
export function readNoteFiles(notes: readonly NoteFile[]): {
  sections: Section[];
  problems: NoteProblem[];
  mined: GlossaryEntry[];
} {
  const sections: Section[] = [];
  const problems: NoteProblem[] = [];
  const mined: GlossaryEntry[] = [];
  for (const { file, bytes, problem } of notes) {
    if (!bytes) {
      problems.push({ file, line: 1, message: problem ?? 'unreadable' });
      continue;
    }
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
  return { sections, problems, mined };
}

/**
 * Keeps mined pairs that look like translations: deduplicated, and dropping a name paired with more than two
 * different partners (`목록(server)`, `요청(server)`… annotate, they do not translate).
 */
export function translationPairs(mined: GlossaryEntry[]): GlossaryEntry[] {
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
