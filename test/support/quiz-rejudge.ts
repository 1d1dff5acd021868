import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { quizJsonLines } from '../../src/quiz/cli.ts';

/*
 * The paired reviews (session 9, or 10 with SESSION=10) applied to the code as it is now: each chapter alone in a folder, quizzed as the
 * reviewers' sessions were (`--count 10 --seed N`), every question looked up among the judged ones by its prompt and
 * choices. It counts the questions a reviewer struck that are still asked, those kept, and the new ones (to read).
 * `npx tsx test/support/quiz-rejudge.ts [SEEDS] [chapter…]` (SEEDS 8 by default: the reviewers' own sessions).
 */
const queries = new URL('../queries/', import.meta.url).pathname;
// SESSION=10 for the session-10 reviews (their chapters sit beside the verdicts).
const paired = join(queries, `quiz-review/session${process.env.SESSION ?? '9'}/paired`);
const [seedArg, ...named] = process.argv.slice(2);
const seeds = Number(seedArg ?? 8);
const chapters = named.length > 0 ? named : readdirSync(paired).sort();

interface Judged {
  prompt: string;
  choices?: string[];
  answerIndex?: number;
  verdict: string | string[];
}
const keyOf = (q: { prompt: string; choices?: string[]; answerIndex?: number }) =>
  `${q.prompt}\u0001${[...(q.choices ?? [])].sort().join('|')}\u0001${q.answerIndex ?? ''}`;
const jsonLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

const totals = { asked: 0, struck: 0, kept: 0, fresh: 0 };
const byClass = new Map<string, number>();
for (const chapter of chapters) {
  const dir = join(paired, chapter);
  const verdicts = new Map<number, Judged['verdict']>(
    jsonLines(join(dir, 'judged.jsonl')).map((j) => [j.id, j.verdict]),
  );
  const judged = new Map<string, Judged['verdict']>();
  for (const q of jsonLines(join(dir, 'questions.jsonl'))) judged.set(keyOf(q), verdicts.get(q.id) ?? 'keep');
  const source = ['session9', 'session9b', 'session9c', 'session9d']
    .map((set) => join(queries, set, `${chapter}.md`))
    .concat(join(dir, `${chapter}.md`))
    .find(existsSync);
  if (!source) continue;
  const notes = mkdtempSync(join(tmpdir(), 'ssaem-rejudge-'));
  copyFileSync(source, join(notes, `${chapter}.md`));
  const knowledge = loadKnowledge(notes, { cacheDir: false });
  const row = { asked: 0, struck: 0, kept: 0, fresh: 0 };
  for (let seed = 1; seed <= seeds; seed++) {
    for (const line of quizJsonLines(knowledge, { count: 10, seed })) {
      row.asked++;
      const verdict = judged.get(keyOf(JSON.parse(line)));
      const classes = [verdict ?? []].flat().filter((c) => c !== 'keep');
      if (verdict === undefined) row.fresh++;
      else if (classes.length === 0) row.kept++;
      else {
        row.struck++;
        for (const c of classes) byClass.set(c, (byClass.get(c) ?? 0) + 1);
      }
    }
  }
  for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += row[k];
  process.stdout.write(
    `${chapter.padEnd(24)} asked ${row.asked}, struck still asked ${row.struck}, kept ${row.kept}, new ${row.fresh}\n`,
  );
}
process.stdout.write(
  `all: asked ${totals.asked}, struck still asked ${totals.struck} ${JSON.stringify(Object.fromEntries(byClass))}, kept ${totals.kept}, new ${totals.fresh}\n`,
);
