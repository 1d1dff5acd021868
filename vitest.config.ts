import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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
  'test/spawn.orphans.test.ts',
];

/**
 * The files that take longest, longest first. Two cores run the suite, so it ends when its work is done only
 * if no long file is left to start near the end: a clean clone (CI) has no timings of an earlier run for
 * vitest to order by, and would start them in name order. The files that mostly wait on real seconds (rounds,
 * an outage) go between ones that compute: with one worker more than the cores, one waiting file at a time
 * leaves both cores busy, two at once would leave one idle.
 */
export const slowFirst = [
  'test/search.prepared.test.ts',
  // Mostly waiting (the outage, then the reveals): started late, it alone would be the run's last 10-15 s.
  'test/reliability.store-outage.test.ts',
  'test/quiz.determinism.test.ts',
  'test/reliability.reload-stall.test.ts',
  // Mostly waiting on a real round, then on both instances' exits.
  'test/scale.two-endpoints.test.ts',
  'test/readme.test.ts',
  'test/reliability.storm.test.ts',
  'test/search.memory.test.ts',
  'test/store-contract.test.ts',
  'test/remind.test.ts',
  'test/newcomer.test.ts',
  'test/reliability.sigterm.test.ts',
  'test/gateway.shards.test.ts',
  'test/live-notes.test.ts',
  'test/start.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = slowFirst.indexOf(path.relative(f.project.config.root, f.moduleId));
      return i === -1 ? slowFirst.length : i;
    };
    // A stable sort: the rest keep vitest's order (its last timings, when it has them).
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: SlowFirst },
    // `npm test` runs both tiers; `npx vitest run --project unit` only the fast one. The process tier keeps a
    // fresh worker per file: sharing them cost more CPU, not less (163.6 s against 148.4 s for the tier, load 12-20).
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: processTier, isolate: false },
      },
      { extends: true, test: { name: 'process', include: processTier } },
    ],
  },
});
