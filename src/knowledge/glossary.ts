import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { yaml } from './front-matter.ts';
import type { GlossaryEntry, NoteProblem } from './types.ts';

/** Names of the glossary data file looked for in a knowledge folder, in order. */
export const GLOSSARY_FILES = ['glossary.yaml', 'glossary.yml', 'glossary.json'] as const;

/** The glossary shipped with the bot; used when a knowledge folder has none of its own. */
export const BUNDLED_GLOSSARY = fileURLToPath(new URL('../../knowledge/glossary.yaml', import.meta.url));

/**
 * Names of the everyday-words file (same format): words students describe things with, beside the nouns notes
 * use (`바꾸다` ↔ 변경). Search reads them like the glossary; they name no concept, so a quiz never accepts them.
 */
export const WORDS_FILES = ['words.yaml', 'words.yml', 'words.json'] as const;

/** The everyday words shipped with the bot; used when a knowledge folder has none of its own. */
export const BUNDLED_WORDS = fileURLToPath(new URL('../../knowledge/words.yaml', import.meta.url));

// Entries of glossary files as parsed once per content (load.ts), the same objects in every load of the file.
const kept = new WeakSet<GlossaryEntry>();

/** Marks entries as the ones every load of their file shares (parsed once per content), not one folder's. */
export function keepEntries(entries: readonly GlossaryEntry[]): void {
  for (const e of entries) kept.add(e);
}

/** Whether the entry is one every load of its glossary file shares ({@link keepEntries}). */
export const isKept = (entry: GlossaryEntry): boolean => kept.has(entry);

const GlossarySchema = z.array(z.array(z.coerce.string().min(1)).min(1));

export interface Glossary {
  entries: GlossaryEntry[];
  problems: NoteProblem[];
}

/**
 * Parses a glossary data file's text: a YAML (or JSON) list of entries, each a list of names of one concept
 * (`- [load balancer, 로드밸런서, 로드 밸런서]`). Problems are returned, never thrown.
 */
export function parseGlossary(
  text: string,
  displayName: string,
  source: 'glossary' | 'words' = 'glossary',
): Glossary {
  const lines = entryLines(text);
  const doc = lines ? undefined : yaml().parseDocument(text);
  if (!doc) return entriesOf(lines, displayName, source);
  if (doc.errors.length > 0) {
    return {
      entries: [],
      problems: doc.errors.map((e) => ({
        file: displayName,
        line: e.linePos?.[0]?.line ?? 1,
        message: `${source}: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  return entriesOf(doc.toJS(), displayName, source);
}

function entriesOf(data: unknown, displayName: string, source: 'glossary' | 'words'): Glossary {
  const parsed = GlossarySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      entries: [],
      problems: [
        { file: displayName, line: 1, message: `${source}: ${issue?.path.join('.')}: ${issue?.message}` },
      ],
    };
  }
  return { entries: parsed.data.map((names) => ({ names, source })), problems: [] };
}

// A name YAML reads as a plain string in a flow list: none of its indicators or separators, and nothing its core
// schema reads as a number, boolean or null.
const PLAIN_NAME =
  /^[^-?\d+.~\s[\]{},:#'"&*!|>%@`\\](?:[^[\]{},:#'"&*!|>%@`\\\t\r\n]*[^[\]{},:#'"&*!|>%@`\\\s])?$/;
const NOT_A_STRING = /^(?:null|true|false)$/i;

/**
 * The entries of a glossary file written as the bundled ones are, one `- [name, name]` line each (comments and
 * blank lines between): the plain names split off, the few other lines (`'null'`, `banker's`) read by the YAML
 * parser one at a time. Undefined for any other shape, which the parser reads whole: parsing the bundled files
 * whole took a third of a second, in every process that loads notes.
 */
function entryLines(text: string): unknown[] | undefined {
  if (text.includes('\r')) return undefined;
  const entries: unknown[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!line.startsWith('- [') || !line.endsWith(']')) return undefined;
    const names = line.slice(3, -1).split(', ');
    if (names.every((n) => PLAIN_NAME.test(n) && !NOT_A_STRING.test(n))) {
      entries.push(names);
      continue;
    }
    const value = lineValue(line);
    if (!Array.isArray(value) || value.length !== 1) return undefined;
    entries.push(value[0]);
  }
  return entries.length > 0 ? entries : undefined;
}

// One line of a glossary file as YAML; undefined when it is not valid alone (an alias to an anchor on another line).
function lineValue(line: string): unknown {
  const doc = yaml().parseDocument(line);
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS();
  } catch {
    return undefined;
  }
}
