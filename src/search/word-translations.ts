import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * English words → the Korean words notes write for them (`inverted` → 역, `double` → 이중), one way only: a student
 * types `inverted page table` on notes that say 역 페이지 테이블. Words, not names: the glossary's entries come first
 * (a word with an entry is never looked up here), the quiz never reads them, and a Korean question never reaches
 * English through them. How the file is made: its header.
 */

/** The bundled table. */
export const BUNDLED_TRANSLATIONS = fileURLToPath(
  new URL('../../knowledge/word-translations.txt', import.meta.url),
);

/** A table's text: one English word a line, then its Korean words, separated by spaces; `#` starts a comment. */
export function parseTranslations(text: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [word, ...korean] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!word || korean.length === 0) continue;
    table.set(word.toLowerCase(), [...new Set([...(table.get(word.toLowerCase()) ?? []), ...korean])]);
  }
  return table;
}

let bundled: Map<string, string[]> | undefined;

/** The bundled table, read on first use (a few thousand lines: about a millisecond). */
export function bundledTranslations(): ReadonlyMap<string, string[]> {
  bundled ??= parseTranslations(readFileSync(BUNDLED_TRANSLATIONS, 'utf8'));
  return bundled;
}

/** Measuring tools only (test/support/vocab-loo.ts): the table indexes built from now on read instead. */
export function replaceBundledTranslations(table: Map<string, string[]>): void {
  bundled = table;
}
