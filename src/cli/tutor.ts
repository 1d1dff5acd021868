import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import type { Notes } from '../app/context.ts';
import { LiveNotes } from '../app/live-notes.ts';
import type { MessageFile } from '../app/protocol.ts';
import { personalScope } from '../app/quiz/scope.ts';
import { ConfigError, loadConfig } from '../config.ts';
import type { Section } from '../knowledge/types.ts';
import { createLogger } from '../log.ts';
import { quizJsonLines } from '../quiz/cli.ts';
import { type QuestionJSON, questionToJSON } from '../quiz/question.ts';
import { openStore, type Store } from '../store/store.ts';

/**
 * The tutor's scriptable CLI. Its JSON shapes are a contract other tools rely on:
 *   tutor explain "<query>" --json [--knowledge DIR]     one object; no query → one per stdin line
 *   tutor quiz --json --count N --seed S [--topic T]     N question lines
 *   tutor leaderboard --json --guild ID [--period P]     one array
 *   tutor reports --json [--guild ID]                    one array: reported questions, oldest first
 * and, for people: `--card FILE` writes a picture card (stats, leaderboard) and prints its path.
 */
const usage = `usage:
  npm run --silent tutor -- explain "<query>" [--json] [--knowledge DIR]
  npm run --silent tutor -- quiz --json --count N --seed S [--topic T] [--knowledge DIR]
  npm run --silent tutor -- leaderboard --json --guild ID [--period all-time|weekly] [--card FILE [--user ID]]
  npm run --silent tutor -- reports --json [--guild ID]
  npm run --silent tutor -- stats --card FILE [--guild ID] [--user ID]      (the terminal's own: --user local)`;

const out = (line: string) => process.stdout.write(`${line}\n`);

/** A wrong argument: shown as written with the usage, exit 2. */
class UsageError extends Error {}

function explainJSON(notes: Notes, query: string) {
  const hits = notes.index.search(query, 5);
  return {
    query,
    results: hits.map(({ section, score }) => ({
      title: section.path.join(' > '),
      source: { file: section.file, line: section.line },
      score: Math.round(score * 1000) / 1000,
      text: sectionText(notes, section),
    })),
  };
}

// A heading with no text of its own answers with the topics under it.
function sectionText(notes: Notes, section: Section): string {
  if (section.body.trim() !== '') return section.body;
  const under = notes.index.subSections(section);
  return under.length ? ['이 장에서 다루는 주제:', ...under.map((s) => `- ${s.title}`)].join('\n') : '';
}

function explainText(notes: Notes, query: string): string {
  const hits = notes.index.search(query, 2);
  if (!hits[0]) return `🔎 "${query}": 노트에 없는 주제예요.`;
  // A comparison shows both sides.
  const shown = hits.every((h) => h.side !== undefined) ? hits : hits.slice(0, 1);
  return shown
    .map(
      ({ section }) =>
        `━━ ${section.path.join(' > ')}\n${sectionText(notes, section)}\n📄 ${section.file}:${section.line}`,
    )
    .join('\n\n');
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
      card: { type: 'string' },
      user: { type: 'string' },
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
  if (verb === 'quiz') {
    const count = Number(values.count ?? 5);
    const seed = Number(values.seed ?? Date.now() % 2 ** 31);
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      throw new UsageError('--count takes a whole number from 1 to 1000');
    if (!Number.isInteger(seed)) throw new UsageError('--seed takes a whole number');
    const { knowledge, index } = new LiveNotes(config.KNOWLEDGE_DIR, log).current();
    const lines = quizJsonLines(knowledge, {
      count,
      seed,
      index,
      ...(values.topic ? { topic: values.topic } : {}),
    });
    if (!lines.length)
      process.stderr.write(
        `no questions${values.topic ? ` about "${values.topic}"` : ''} in ${config.KNOWLEDGE_DIR}\n`,
      );
    else if (lines.length < count)
      process.stderr.write(`${lines.length} questions: the notes hold no more distinct facts to ask\n`);
    for (const line of lines) out(line);
    return 0;
  }
  if (verb === 'leaderboard') {
    const guild = values.guild;
    if (!guild) throw new UsageError('--guild ID is required (the server whose board to print)');
    const period = values.period ?? 'all-time';
    if (period !== 'all-time' && period !== 'weekly') throw new UsageError('--period is all-time or weekly');
    const { card } = values;
    return withStore(config.DATABASE_URL, async (store) => {
      // With --card alone, only the card's path is printed; with --json too, the array stays stdout's.
      if (!card || values.json) {
        const rows = await store.leaderboard(guild, { period, limit: 1_000_000 });
        out(
          JSON.stringify(
            rows.map(({ rank, userId, points, answered, correct }) => ({
              rank,
              userId,
              points,
              answered,
              correct,
            })),
          ),
        );
      }
      if (card) {
        const { boardCardFile } = await import('../cards/files.ts');
        const file = await boardCardFile(store, guild, values.user ?? null, {
          period,
          now: Date.now(),
          locale: await systemLocale(),
        });
        writeCard(file, card, values.json ? (line) => process.stderr.write(`${line}\n`) : out);
      }
    });
  }
  if (verb === 'stats') {
    const card = values.card;
    if (!card) throw new UsageError('--card FILE is required (where to write the stats card)');
    const user = values.user ?? 'local';
    const scope = values.guild ?? personalScope(user);
    return withStore(config.DATABASE_URL, async (store) => {
      const { statsCardFile } = await import('../cards/files.ts');
      writeCard(
        await statsCardFile(store, scope, user, { now: Date.now(), locale: await systemLocale() }),
        card,
        out,
      );
    });
  }
  if (verb === 'reports') {
    if (values.guild !== undefined && !/^\d{17,20}$/.test(values.guild))
      throw new UsageError('--guild takes a server id (a number of 17 to 20 digits)');
    const store = await openStore(config.DATABASE_URL);
    try {
      const rows = await store.reports(values.guild);
      out(
        JSON.stringify(
          rows.map((r) => ({
            reportedAt: new Date(r.reportedAt).toISOString(),
            guildId: r.guildId,
            channelId: r.channelId,
            roundId: r.roundId,
            reporter: { id: r.userId, name: r.name },
            questionKey: r.questionKey,
            question: questionToJSON(JSON.parse(r.question) as QuestionJSON),
          })),
        ),
      );
    } finally {
      await store.close();
    }
    return 0;
  }
  process.stderr.write(`unknown command "${verb}"\n${usage}\n`);
  return 2;
}

/** Runs `use` on the store `DATABASE_URL` names, closing it after; exit code 0. */
async function withStore(url: string, use: (store: Store) => Promise<void>): Promise<number> {
  const store = await openStore(url);
  try {
    await use(store);
  } finally {
    await store.close();
  }
  return 0;
}

/** Writes a card to `path` and prints where it went. */
function writeCard(file: MessageFile, path: string, print: (line: string) => void): void {
  const target = resolve(path);
  writeFileSync(target, file.data);
  print(target);
}

/** The card's language: the system locale's, as the terminal tutor's. */
async function systemLocale() {
  const { localeOfSystem } = await import('../transports/terminal.ts');
  return localeOfSystem(process.env);
}

// Exit once stdout is flushed: to a pipe it writes asynchronously, and exiting at once cut off the last
// lines of `quiz --json` (147 of 150, more under load).
const exit = (code: number) => process.stdout.write('', () => process.exit(code));

main(process.argv.slice(2)).then(
  (code) => exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${usage}\n`);
      process.exit(2);
    }
    process.stderr.write(
      `${error instanceof ConfigError || error instanceof TypeError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
