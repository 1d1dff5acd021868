import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { quizJsonLines } from '../../src/quiz/cli.ts';

/*
 * How many questions a quiz of ten asks on each chapter of `test/queries/session*` alone, seeds 1–8: a chapter the
 * makers give up on asks fewer. Prints the chapters with a short session and the totals; `[OUT]` gets every
 * session's lines as JSON, to diff two commits' questions. `npx tsx test/support/quiz-coverage.ts [OUT]`.
 */
const root = new URL('../queries/', import.meta.url).pathname;
const counts: Record<string, number[]> = {};
const lines: Record<string, string[]> = {};
for (const session of readdirSync(root)
  .filter((d) => d.startsWith('session'))
  .sort()) {
  const chapters = readdirSync(join(root, session)).filter(
    (f) => f.endsWith('.md') && !/^README|BRIEF/.test(f),
  );
  for (const file of chapters.sort()) {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-coverage-'));
    copyFileSync(join(root, session, file), join(dir, file));
    const knowledge = loadKnowledge(dir, { cacheDir: false });
    const key = `${session}/${file}`;
    counts[key] = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
      const asked = quizJsonLines(knowledge, { count: 10, seed });
      lines[`${key}#${seed}`] = asked;
      return asked.length;
    });
  }
}
const all = Object.values(counts);
for (const [key, asked] of Object.entries(counts))
  if (asked.some((n) => n < 10)) process.stdout.write(`${key} ${asked.join(',')}\n`);
process.stdout.write(
  `chapters ${all.length}, asked ${all.flat().reduce((a, b) => a + b, 0)} of ${all.flat().length * 10}, ` +
    `short sessions ${all.flat().filter((n) => n < 10).length}\n`,
);
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify({ counts, lines }));
