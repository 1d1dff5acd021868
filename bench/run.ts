/**
 * `npm run bench`: every speed and memory figure, printed as one JSON object. Each part measures ours
 * beside a baseline on the same data (plain MiniSearch defaults, the other store, …). Run
 * `npm run bench -- search quiz` to run only some parts.
 */
const parts: Record<string, () => Promise<object>> = {
  search: async () => (await import('./search.ts')).benchSearch(),
  quiz: async () => (await import('./quiz.ts')).benchQuiz(),
  store: async () => (await import('./store.ts')).benchStore(),
  endpoint: async () => (await import('./endpoint.ts')).benchEndpoint(),
  reminders: async () => (await import('./reminders.ts')).benchReminders(),
};

const wanted = process.argv.slice(2).filter((a) => a in parts);
const figures: Record<string, unknown> = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
};
for (const [name, run] of Object.entries(parts)) {
  if (wanted.length && !wanted.includes(name)) continue;
  try {
    figures[name] = await run();
  } catch (error) {
    figures[name] = { error: error instanceof Error ? error.message : String(error) };
  }
}
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
process.exit(0);
