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
  const doc = yaml().parseDocument(text);
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
  const parsed = GlossarySchema.safeParse(doc.toJS());
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
