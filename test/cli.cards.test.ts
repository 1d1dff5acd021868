/**
 * The tutor CLI writes the picture cards to the file `--card` names and prints its path; with `--json`
 * the leaderboard's array keeps stdout and the path goes to stderr.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/store.ts';
import { answer, roundRecord, sessionRecord } from './support/rounds.ts';
import { cleanEnv, runScript } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const tmp = tempDir('ssaem-cli-cards-');
const db = path.join(tmp.dir, 'ssaem.db');
const env = cleanEnv({ DATABASE_URL: db });
const at = (name: string) => path.join(tmp.dir, name);

beforeAll(async () => {
  const store = await openStore(db);
  await store.startSession(sessionRecord(), roundRecord({ closesAt: 1e15 }));
  await store.recordAnswer(answer('u1', true, Date.now()));
  await store.recordAnswer(answer('u2', false, Date.now()));
  await store.close();
});
afterAll(() => tmp.cleanup());

const isCard = async (file: string) => (await loadImage(readFileSync(file))).width === 800;

// The tests only read the store and write files of their own names: they run side by side.
describe.concurrent('tutor --card', { timeout: 90_000 }, () => {
  it('writes the leaderboard card and prints only its path', async () => {
    const run = await runScript(
      'tutor',
      ['leaderboard', '--guild', 'g1', '--user', 'u2', '--card', at('board.png')],
      { env },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${at('board.png')}\n`);
    expect(await isCard(at('board.png'))).toBe(true);
  });

  it('keeps the JSON array on stdout with --json, the path on stderr', async () => {
    const run = await runScript('tutor', ['leaderboard', '--json', '--guild', 'g1', '--card', at('b2.png')], {
      env,
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([
      { rank: 1, userId: 'u1', points: 100 },
      { rank: 2, userId: 'u2' },
    ]);
    expect(run.stderr).toBe(`${at('b2.png')}\n`);
  });

  it("writes a server member's stats card", async () => {
    const run = await runScript(
      'tutor',
      ['stats', '--guild', 'g1', '--user', 'u1', '--card', at('stats.png')],
      {
        env,
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${at('stats.png')}\n`);
    expect(await isCard(at('stats.png'))).toBe(true);
  });

  it('says what is missing: stats without --card, exit 2', async () => {
    const run = await runScript('tutor', ['stats'], { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^--card FILE is required/);
    expect(run.stderr).toContain('usage:');
  });
});
