import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/store.ts';
import { roundRecord, sessionRecord } from './support/rounds.ts';
import { compiled, projectRoot } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const tmp = tempDir();
afterAll(tmp.cleanup);

function racer(db: string, startAt: number, attempts: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [compiled('test/support/answer-racer.ts'), db, String(startAt), String(attempts)],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(err))));
  });
}

describe('one answer per user per round, across processes', () => {
  it('records exactly one of many racing answers from four processes', async () => {
    const db = join(tmp.dir, 'race.db');
    const store = await openStore(db);
    await store.startSession(sessionRecord(), roundRecord({ closesAt: 1e15 }));
    const startAt = Date.now() + 3000;
    const outcomes = (await Promise.all([1, 2, 3, 4].map(() => racer(db, startAt, 25)))).flat();
    expect(outcomes).toHaveLength(100);
    expect(outcomes.filter((o) => o === 'recorded')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(99);
    const stats = await store.userStats('g1', 'racer');
    expect(stats.answered).toBe(1);
    expect(await store.roundAnswers('r1')).toHaveLength(1);
    await store.close();
  }, 30_000);
});
