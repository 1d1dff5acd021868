import { defineConfig } from 'vitest/config';

/**
 * Files that spawn processes (the bot, npm scripts, cluster workers, racing children) or wait on real
 * rounds across processes. Everything else is the fast `unit` tier: in-process, on virtual time.
 */
export const processTier = [
  'test/deploy-commands.test.ts',
  'test/endpoint.process.test.ts',
  'test/endpoint.workers.test.ts',
  'test/gateway.process.test.ts',
  'test/gateway.shards.test.ts',
  'test/newcomer.test.ts',
  'test/readme.test.ts',
  'test/reliability.sigterm.test.ts',
  'test/reliability.storm.test.ts',
  'test/reliability.store-outage.test.ts',
  'test/scale.two-endpoints.test.ts',
  'test/quiz.determinism.test.ts',
  'test/search.memory.test.ts',
  'test/start.test.ts',
  'test/store.faults.test.ts',
  'test/store.race.test.ts',
  'test/validate-notes.test.ts',
  'test/reports.cli.test.ts',
  'test/cli.cards.test.ts',
  'test/reliability.reload-stall.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/support/postgres-setup.ts', 'test/support/app-build.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests share one machine's loopback and a PostgreSQL server; files run in parallel, tests in order.
    pool: 'forks',
    // The process tier mostly waits (on children, sockets, a real round's seconds): one more worker than
    // the 2 cores keeps the CPU busy meanwhile.
    maxWorkers: 3,
    // `npm test` runs both tiers; `npx vitest run --project unit` only the fast one.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: processTier, isolate: false },
      },
      { extends: true, test: { name: 'process', include: processTier } },
    ],
  },
});
