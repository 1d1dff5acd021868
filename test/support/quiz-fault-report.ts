import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { generateQuestions } from '../../src/quiz/generate.ts';
import { type QuestionJSON, questionToJSON } from '../../src/quiz/question.ts';
import { CHAPTERS } from '../queries/chapters.ts';
import {
  faultReport,
  faultsOf,
  glossaryAliases,
  headingKinds,
  quizTunedOn,
  sessionFaults,
} from './quiz-faults.ts';

/*
 * The checker's fault rate per chapter and per kind, over sessions as the strict reviews drew them (seeds 1–8,
 * 10 questions each, every chapter alone in its folder). `npx tsx test/support/quiz-fault-report.ts [-v]`;
 * `-v` prints each faulty question. `--unseen` prints instead the figure of every measured chapter the quiz is
 * not tuned on (five sessions of 10 each): a figure to read, never asserted, and 15 s of CPU the tests had spent
 * on it in every run.
 */
const root = new URL('../queries/', import.meta.url).pathname;
const SETS: Array<{ set: string; files: string[] }> = [
  {
    set: 'tuned',
    files: ['git', 'javascript-dom', 'linux-shell', 'django-models', 'networking'].map(
      (n) => `chapters/${n}.md`,
    ),
  },
  {
    set: 'review',
    files: [
      'session3-a/docker-basics',
      'session3-a/typescript-basics',
      'session3-b/css-layout',
      'session3-b/nodejs-express',
    ]
      .map((n) => `quiz-review/${n}.md`)
      .concat(['session4/python-basics.md', 'session4/data-structures.md']),
  },
  {
    set: 'fresh (sql, react tuned on for search only)',
    files: ['fresh/sql-database.md', 'fresh/react-basics.md'],
  },
  {
    set: 'held out',
    files: [
      'held-out/os-basics.md',
      'held-out/http-rest.md',
      'fresh/web-security.md',
      'session4/cloud-deploy.md',
    ],
  },
];

const print = (line: string) => process.stdout.write(`${line}\n`);

function unseenFigure(): string {
  const figures = CHAPTERS.filter((c) => !quizTunedOn(c.file)).map((c) => {
    const dir = mkdtempSync(join(tmpdir(), 'ssaem-faults-'));
    copyFileSync(c.file, join(dir, `${c.name}.md`));
    const k = loadKnowledge(dir, { cacheDir: false });
    const qs = [1, 2, 3, 4, 5].flatMap((seed) =>
      generateQuestions(k, { count: 10, seed }).map(questionToJSON),
    );
    const context = { aliasesOf: glossaryAliases(k.glossary), kindOf: headingKinds(k.sections) };
    return `${c.name} ${faultReport(qs, context).faulty.length}/${qs.length}`;
  });
  return `checkable quiz faults on unseen chapters (five sessions of 10): ${figures.join(', ')}`;
}

function bySet(): void {
  const verbose = process.argv.includes('-v');
  const byKind = new Map<string, { total: number; faulty: number }>();
  let total = 0;
  let faulty = 0;
  for (const { set, files } of SETS) {
    print(`## ${set}`);
    for (const file of files) {
      const dir = mkdtempSync(join(tmpdir(), 'ssaem-faults-'));
      mkdirSync(dir, { recursive: true });
      copyFileSync(join(root, file), join(dir, basename(file)));
      const k = loadKnowledge(dir, { cacheDir: false });
      const context = { aliasesOf: glossaryAliases(k.glossary), kindOf: headingKinds(k.sections) };
      const sessions: QuestionJSON[][] = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        generateQuestions(k, { count: 10, seed }).map(questionToJSON),
      );
      const qs = sessions.flat();
      const repeats = sessions.flatMap((s) => s.map((_, i) => sessionFaults(s).get(i) ?? []));
      let bad = 0;
      for (const [n, q] of qs.entries()) {
        const f = [...faultsOf(q, context), ...(repeats[n] ?? [])];
        const kind = byKind.get(q.type) ?? { total: 0, faulty: 0 };
        byKind.set(q.type, kind);
        kind.total++;
        if (f.length > 0) {
          kind.faulty++;
          bad++;
          if (verbose)
            print(
              `  [${f.join(',')}] ${q.type} ${JSON.stringify(q.prompt)} ${JSON.stringify(q.choices ?? q.acceptedAnswers)}`,
            );
        }
      }
      total += qs.length;
      faulty += bad;
      print(
        `${basename(file, '.md')}: ${bad}/${qs.length} (${((100 * bad) / Math.max(1, qs.length)).toFixed(1)}%)`,
      );
    }
  }
  print('## by kind');
  for (const [k, v] of [...byKind].sort()) print(`${k}: ${v.faulty}/${v.total}`);
  print(`all: ${faulty}/${total} (${((100 * faulty) / total).toFixed(1)}%)`);
}

if (process.argv.includes('--unseen')) print(unseenFigure());
else bySet();
