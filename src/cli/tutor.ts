import readline from 'node:readline';
import { parseArgs } from 'node:util';
import type { Notes } from '../app/context.ts';
import { LiveNotes } from '../app/live-notes.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';

/**
 * The tutor's scriptable CLI. Its JSON shapes are a contract other tools rely on:
 *   tutor explain "<query>" --json [--knowledge DIR]     one object; no query → one per stdin line
 *   tutor quiz --json --count N --seed S [--topic T]     N question lines
 *   tutor leaderboard --json --guild ID [--period P]     one array
 */
const usage = `usage:
  npm run --silent tutor -- explain "<query>" [--json] [--knowledge DIR]
  npm run --silent tutor -- quiz --json --count N --seed S [--topic T] [--knowledge DIR]
  npm run --silent tutor -- leaderboard --json --guild ID [--period all-time|weekly]`;

const out = (line: string) => process.stdout.write(`${line}\n`);

function explainJSON(notes: Notes, query: string) {
  const hits = notes.index.search(query, 5);
  return {
    query,
    results: hits.map(({ section, score }) => ({
      title: section.path.join(' > '),
      source: { file: section.file, line: section.line },
      score: Math.round(score * 1000) / 1000,
      text: section.body,
    })),
  };
}

function explainText(notes: Notes, query: string): string {
  const hit = notes.index.search(query, 1)[0];
  if (!hit) return `🔎 "${query}": 노트에 없는 주제예요.`;
  const { section } = hit;
  return `━━ ${section.path.join(' > ')}\n${section.body}\n📄 ${section.file}:${section.line}`;
}

async function* stdinLines(): AsyncGenerator<string> {
  for await (const line of readline.createInterface({ input: process.stdin })) yield line;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      knowledge: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      topic: { type: 'string' },
      guild: { type: 'string' },
      period: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [verb, ...rest] = positionals;
  if (values.help || !verb) {
    out(usage);
    return values.help ? 0 : 2;
  }
  if (values.knowledge) process.env.KNOWLEDGE_DIR = values.knowledge;
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);

  if (verb === 'explain') {
    const notes = new LiveNotes(config.KNOWLEDGE_DIR, log).current();
    const answer = (q: string) =>
      values.json ? JSON.stringify(explainJSON(notes, q)) : explainText(notes, q);
    if (rest.length) out(answer(rest.join(' ')));
    else for await (const line of stdinLines()) if (line.trim()) out(answer(line));
    return 0;
  }
  process.stderr.write(`unknown command "${verb}"\n${usage}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError || error instanceof TypeError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
