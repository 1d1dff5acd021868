import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/postgres-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests share one machine's loopback and a PostgreSQL server; files run in parallel, tests in order.
    pool: 'forks',
  },
});
