import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { firstChapterDir } from './spawn.ts';

const syllable = (n: number) => String.fromCharCode(0xac00 + ((n * 7919) % 11172));

/** The heading of section `i` written by {@link writeManyNotes}. */
export const manyNotesTitle = (i: number) => `${syllable(i)}${syllable(i + 1)}${syllable(i + 2)} 주제 ${i}`;

/**
 * Writes `sections` sections of notes into `dir` (a hundred to a file), each a heading of its own and a
 * few lines taken in turn from the fixture chapter, so a reload has realistic Korean text to index.
 */
export function writeManyNotes(dir: string, sections: number, perFile = 100): void {
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(path.join(firstChapterDir, '01-web-programming.md'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('- ') || /^[가-힣A-Za-z]/.test(l));
  for (let file = 0; file * perFile < sections; file++) {
    let text = `# 장 ${file + 1}\n\n`;
    for (let i = file * perFile; i < Math.min(sections, (file + 1) * perFile); i++) {
      text += `## ${manyNotesTitle(i)}\n\n`;
      for (let k = 0; k < 4; k++) text += `${lines[(i * 4 + k) % lines.length]}\n`;
      text += '\n';
    }
    writeFileSync(path.join(dir, `${String(file).padStart(3, '0')}.md`), text);
  }
}
