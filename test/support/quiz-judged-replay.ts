import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { quizJsonLines } from '../../src/quiz/cli.ts';

/*
 * Every judged paired review of sessions 9–13 replayed on the code as it is: each chapter alone in a folder, seeds
 * 1–8 of ten questions as the reviewers' sessions were drawn, written to OUT (one session question a line). With a
 * BASE written the same way before a change, it prints, per review set, the BASE questions the change altered
 * (prompt, choices or accepted answers) by their verdict: struck classes, kept, or unjudged.
 * `npx tsx test/support/quiz-judged-replay.ts OUT.jsonl [BASE.jsonl]`
 */
const review = new URL('../queries/quiz-review/', import.meta.url).pathname;
const SETS = [
  'session9/paired',
  'session10/paired',
  'session10/tuned-10a',
  'session11/paired-11a',
  'session11/paired-11b',
  'session11/paired-11c',
  'session12/paired-12a',
  'session12/paired-12b',
  'session13/paired-13a',
  'session13/paired-13b',
];
interface Asked {
  set: string;
  chapter: string;
  seed: number;
  q: { prompt: string; choices?: string[]; answerIndex?: number; acceptedAnswers?: string[] };
}
const jsonLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
const keyOf = (q: Asked['q']) =>
  `${q.prompt}\u0001${[...(q.choices ?? [])].sort().join('|')}\u0001${q.answerIndex ?? ''}`;
const whole = (q: Asked['q']) => `${keyOf(q)}\u0001${(q.acceptedAnswers ?? []).join('|')}`;

const [out, base] = process.argv.slice(2);
if (!out) throw new Error('usage: quiz-judged-replay.ts OUT.jsonl [BASE.jsonl]');
const asked: Asked[] = [];
for (const set of SETS) {
  for (const chapter of readdirSync(join(review, set)).sort()) {
    // Session 9's chapters sit in the query sets, not beside the verdicts.
    const source = [join(review, set, chapter, `${chapter}.md`)]
      .concat(
        ['session9', 'session9b', 'session9c', 'session9d'].map((s) =>
          join(review, '..', s, `${chapter}.md`),
        ),
      )
      .find(existsSync);
    if (!source) continue;
    const notes = mkdtempSync(join(tmpdir(), 'ssaem-replay-'));
    copyFileSync(source, join(notes, `${chapter}.md`));
    const knowledge = loadKnowledge(notes, { cacheDir: false });
    for (let seed = 1; seed <= 8; seed++)
      for (const line of quizJsonLines(knowledge, { count: 10, seed }))
        asked.push({ set, chapter, seed, q: JSON.parse(line) });
  }
}
writeFileSync(out, `${asked.map((a) => JSON.stringify(a)).join('\n')}\n`);
if (base) {
  const verdicts = new Map<string, Map<string, string[]>>();
  const verdictOf = (a: Asked) => {
    const dir = join(review, a.set, a.chapter);
    let byKey = verdicts.get(dir);
    if (!byKey) {
      const byId = new Map(
        jsonLines<{ id: number; verdict: string | string[] }>(join(dir, 'judged.jsonl')).map((j) => [
          j.id,
          [j.verdict].flat().filter((v) => v !== 'keep'),
        ]),
      );
      byKey = new Map(
        jsonLines<Asked['q'] & { id: number }>(join(dir, 'questions.jsonl')).map((q) => [
          keyOf(q),
          byId.get(q.id) ?? [],
        ]),
      );
      verdicts.set(dir, byKey);
    }
    return byKey.get(keyOf(a.q));
  };
  const now = new Map<string, Set<string>>();
  for (const a of asked) {
    const session = `${a.set}/${a.chapter}/${a.seed}`;
    now.set(session, (now.get(session) ?? new Set()).add(whole(a.q)));
  }
  const counts = new Map<string, Map<string, number>>();
  for (const a of jsonLines<Asked>(base)) {
    if (now.get(`${a.set}/${a.chapter}/${a.seed}`)?.has(whole(a.q))) continue;
    const v = verdictOf(a);
    const tag = v === undefined ? 'unjudged' : v.length === 0 ? 'kept' : `struck:${v.join('+')}`;
    for (const set of [a.set, 'all']) {
      const row = counts.get(set) ?? new Map<string, number>();
      row.set(tag, (row.get(tag) ?? 0) + 1);
      counts.set(set, row);
    }
  }
  for (const [set, row] of counts)
    process.stdout.write(`${set}: ${JSON.stringify(Object.fromEntries(row))}\n`);
}
