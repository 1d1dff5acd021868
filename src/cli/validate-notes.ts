import { formatProblem, summaryLine, validateNotes } from '../knowledge/validate.ts';
import { validateQuizBlocks } from '../quiz/blocks.ts';

// Usage: npm run validate-notes [-- DIR]; DIR defaults to $KNOWLEDGE_DIR or ./knowledge.
const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? './knowledge';
try {
  const r = validateNotes(dir, [validateQuizBlocks]);
  for (const p of r.problems) process.stdout.write(`${formatProblem(p)}\n`);
  process.stdout.write(`${summaryLine(r)}\n`);
  process.exitCode = r.errors > 0 ? 1 : 0;
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
