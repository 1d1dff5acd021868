import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { quizJsonLines } from '../../src/quiz/cli.ts';

/*
 * The paired reviews applied to the code as it is now: each chapter alone in a folder, quizzed as the reviewers'
 * sessions were (`--count 10 --seed N`), every question looked up among the judged ones by its prompt and choices.
 * It counts, per review set, the questions a reviewer struck that are still asked, those kept, and the new ones (to
 * read). `npx tsx test/support/quiz-rejudge.ts [SEEDS] [set-or-chapter…]` (SEEDS 8 by default: the reviewers' own
 * sessions; a set is named as in `test/support/fit-doubt.ts`, e.g. `s13b`). QUIZ_REJUDGE_OUT=file writes every
 * question asked (struck, kept and new, with the reviewer's verdict and why) as JSON lines, to read or to diff;
 * QUIZ_REJUDGE_BASE=file, such an output written before a change, prints per set the questions of it the change
 * no longer asks as they were (prompt, choices or accepted answers), by verdict: what a rule removes or alters.
 */
const queries = new URL('../queries/', import.meta.url).pathname;
const review = join(queries, 'quiz-review');
// The same review folders the doubt filter is fitted on.
const SETS: ReadonlyArray<[string, string]> = [
  ['s9', 'session9/paired'],
  ['s10', 'session10/paired'],
  ['s10a', 'session10/tuned-10a'],
  ['s11', 'session11/paired-11a'],
  ['s11b', 'session11/paired-11b'],
  ['s11c', 'session11/paired-11c'],
  ['s12', 'session12/paired-12a'],
  ['s12b', 'session12/paired-12b'],
  ['s13', 'session13/paired-13a'],
  ['s13b', 'session13/paired-13b'],
  ['s14', 'session14/paired-14a'],
  ['s14b', 'session14/paired-14b'],
];
const [seedArg, ...named] = process.argv.slice(2);
const seeds = Number(seedArg ?? 8);
const out = process.env.QUIZ_REJUDGE_OUT;
const base = process.env.QUIZ_REJUDGE_BASE;
const asked: string[] = [];
// Each session's questions as asked, accepted answers included, to compare with a base run.
const sessions = new Map<string, Set<string>>();
interface Asked {
  set: string;
  chapter: string;
  seed: number;
  prompt: string;
  choices?: string[];
  answerIndex?: number;
  acceptedAnswers?: string[];
  verdict?: string | string[];
}
const whole = (q: Asked) => `${keyOf(q)}\u0001${(q.acceptedAnswers ?? []).join('|')}`;

interface Judged {
  prompt: string;
  choices?: string[];
  answerIndex?: number;
  verdict: string | string[];
  why?: string;
}
const keyOf = (q: { prompt: string; choices?: string[]; answerIndex?: number }) =>
  `${q.prompt}\u0001${[...(q.choices ?? [])].sort().join('|')}\u0001${q.answerIndex ?? ''}`;
const jsonLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

type Tally = { asked: number; struck: number; kept: number; fresh: number };
const line = (name: string, t: Tally) =>
  `${name.padEnd(24)} asked ${t.asked}, struck still asked ${t.struck}, kept ${t.kept}, new ${t.fresh}`;
const totals: Tally = { asked: 0, struck: 0, kept: 0, fresh: 0 };
const byClass = new Map<string, number>();
for (const [set, sub] of SETS) {
  const chapters = readdirSync(join(review, sub))
    .sort()
    .filter((c) => named.length === 0 || named.includes(set) || named.includes(c));
  if (chapters.length === 0) continue;
  const setTally: Tally = { asked: 0, struck: 0, kept: 0, fresh: 0 };
  for (const chapter of chapters) {
    const dir = join(review, sub, chapter);
    const why = new Map<number, Pick<Judged, 'verdict' | 'why'>>(
      jsonLines(join(dir, 'judged.jsonl')).map((j) => [j.id, j]),
    );
    const judged = new Map<string, Pick<Judged, 'verdict' | 'why'>>();
    for (const q of jsonLines(join(dir, 'questions.jsonl')))
      judged.set(keyOf(q), why.get(q.id) ?? { verdict: 'keep' });
    const source = [join(dir, `${chapter}.md`)]
      .concat(
        ['session9', 'session9b', 'session9c', 'session9d'].map((s) => join(queries, s, `${chapter}.md`)),
      )
      .find(existsSync);
    if (!source) continue;
    const notes = mkdtempSync(join(tmpdir(), 'ssaem-rejudge-'));
    copyFileSync(source, join(notes, `${chapter}.md`));
    const knowledge = loadKnowledge(notes, { cacheDir: false });
    const row: Tally = { asked: 0, struck: 0, kept: 0, fresh: 0 };
    for (let seed = 1; seed <= seeds; seed++) {
      for (const json of quizJsonLines(knowledge, { count: 10, seed })) {
        row.asked++;
        const q = JSON.parse(json);
        const verdict = judged.get(keyOf(q));
        const classes = [verdict?.verdict ?? []].flat().filter((c) => c !== 'keep');
        if (verdict === undefined) row.fresh++;
        else if (classes.length === 0) row.kept++;
        else {
          row.struck++;
          for (const c of classes) byClass.set(c, (byClass.get(c) ?? 0) + 1);
        }
        const session = `${set}/${chapter}/${seed}`;
        sessions.set(session, (sessions.get(session) ?? new Set()).add(whole(q)));
        if (out)
          asked.push(
            JSON.stringify({ set, chapter, seed, ...q, verdict: verdict?.verdict, why: verdict?.why }),
          );
      }
    }
    for (const k of Object.keys(totals) as (keyof Tally)[]) {
      totals[k] += row[k];
      setTally[k] += row[k];
    }
    process.stdout.write(`${line(`  ${chapter}`, row)}\n`);
  }
  process.stdout.write(`${line(set, setTally)}\n`);
}
process.stdout.write(`${line('all', totals)} ${JSON.stringify(Object.fromEntries(byClass))}\n`);
if (out) writeFileSync(out, `${asked.join('\n')}\n`);
if (base) {
  const changed = new Map<string, Map<string, number>>();
  for (const a of jsonLines(base) as Asked[]) {
    if (!sessions.has(`${a.set}/${a.chapter}/${a.seed}`)) continue;
    if (sessions.get(`${a.set}/${a.chapter}/${a.seed}`)?.has(whole(a))) continue;
    const classes = [a.verdict ?? []].flat().filter((c) => c !== 'keep');
    const tag =
      a.verdict === undefined ? 'unjudged' : classes.length === 0 ? 'kept' : `struck:${classes.join('+')}`;
    for (const set of [a.set, 'all']) {
      const row = changed.get(set) ?? new Map<string, number>();
      row.set(tag, (row.get(tag) ?? 0) + 1);
      changed.set(set, row);
    }
  }
  process.stdout.write('changed since the base:\n');
  for (const [set, row] of changed)
    process.stdout.write(`${set}: ${JSON.stringify(Object.fromEntries(row))}\n`);
}
