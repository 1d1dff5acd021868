/**
 * `npm run bench`: every speed and memory figure, printed as one JSON object. Each part measures ours
 * beside a baseline on the same data (plain MiniSearch defaults, the other store, …). Run
 * `npm run bench -- search quiz` to run only some parts.
 */
import { boundHeapGrowth } from '../src/heap-growth.ts';

// The bot bounds V8's heap growth at start (src/main.ts); the figures are the bot's, so the bench does too.
boundHeapGrowth();

const parts: Record<string, () => Promise<object>> = {
  search: async () => (await import('./search.ts')).benchSearch(),
  quiz: async () => (await import('./quiz.ts')).benchQuiz(),
  store: async () => (await import('./store.ts')).benchStore(),
  endpoint: async () => (await import('./endpoint.ts')).benchEndpoint(),
  reminders: async () => (await import('./reminders.ts')).benchReminders(),
  notes: async () => (await import('./notes.ts')).benchNotes(),
  cards: async () => (await import('./cards.ts')).benchCards(),
  soak: async () => (await import('./soak.ts')).benchSoak(),
  memory: async () => (await import('./limits.ts')).benchMemory(),
  queries: async () => (await import('./limits.ts')).benchQueries(),
};
// Long parts run only when named: `npm run bench -- soak` (SOAK_SECONDS=60 for a shorter soak), `memory`.
const onlyWhenNamed = new Set(['soak', 'memory']);

const wanted = process.argv.slice(2).filter((a) => a in parts);
const figures: Record<string, unknown> = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
};
for (const [name, run] of Object.entries(parts)) {
  if (wanted.length ? !wanted.includes(name) : onlyWhenNamed.has(name)) continue;
  try {
    figures[name] = await run();
  } catch (error) {
    figures[name] = { error: error instanceof Error ? error.message : String(error) };
  }
}
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
process.exit(0);
