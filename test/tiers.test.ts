import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processTier } from '../vitest.config.ts';
import { projectRoot } from './support/spawn.ts';

describe('the test tiers', () => {
  it('put every file that starts processes in the process tier', () => {
    const testDir = path.join(projectRoot, 'test');
    const spawning = readdirSync(testDir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'tiers.test.ts')
      .filter((f) => {
        const text = readFileSync(path.join(testDir, f), 'utf8');
        // A child process, an npm script, or the bot as a process (test/support/reliability-bot.ts).
        return /from 'node:child_process'|\bnpm\(|support\/reliability-bot\.ts|endpoint-workers|cluster/.test(
          text,
        );
      })
      .map((f) => `test/${f}`)
      .sort();
    expect(spawning.filter((f) => !processTier.includes(f))).toEqual([]);
  });
});
