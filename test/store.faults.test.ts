import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { type AnswerResult, isStoreUnavailable, type StoreLog } from '../src/store/store.ts';
import { answer as appAnswer, contentOf, messageOf, roundIdOf, testApp } from './support/app.ts';
import { capturingLogger } from './support/log-capture.ts';
import { command, users } from './support/requests.ts';
import { answer, roundRecord, sessionRecord } from './support/rounds.ts';
import { projectRoot } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function capturingLog() {
  const lines: { level: 'error' | 'info'; fields: object; message: string }[] = [];
  const log: StoreLog = {
    error: (fields, message) => lines.push({ level: 'error', fields, message }),
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
  };
  return { log, lines };
}

/** Every answer's outcome: its status, or the reason the store refused it. */
async function outcomes(run: () => Promise<AnswerResult>[]): Promise<string[]> {
  return Promise.all(
    run().map((p) =>
      p.then(
        (r) => r.status,
        (error: unknown) =>
          isStoreUnavailable(error) ? `refused:${error.reason}` : `error:${String(error)}`,
      ),
    ),
  );
}

/** chattr +i needs root and a filesystem that supports it; the test says so when it cannot run. */
const canChattr = (() => {
  const tmp = tempDir();
  try {
    const file = join(tmp.dir, 'probe');
    writeFileSync(file, '');
    if (spawnSync('chattr', ['+i', file]).status !== 0) return false;
    spawnSync('chattr', ['-i', file]);
    return true;
  } finally {
    tmp.cleanup();
  }
})();

describe('the SQLite store under file faults', () => {
  it('refuses every answer once its data folder is deleted, and says so once at error', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const { log, lines } = capturingLog();
    const path = join(tmp.dir, 'data', 'ssaem.db');
    const store = openSqliteStore(path, { log, checkEveryMs: 0, checkpointer: false });
    cleanups.push(() => store.close());
    await store.startSession(sessionRecord({ total: 99 }), roundRecord({ closesAt: 1e15 }));
    expect(await outcomes(() => [1, 2, 3].map((i) => store.recordAnswer(answer(`u${i}`, true))))).toEqual([
      'recorded',
      'recorded',
      'recorded',
    ]);

    rmSync(join(tmp.dir, 'data'), { recursive: true, force: true });
    const after = await outcomes(() =>
      Array.from({ length: 20 }, (_, i) => store.recordAnswer(answer(`late${i}`, true))),
    );
    expect(after).toEqual(Array(20).fill('refused:gone'));
    await expect(store.takeToken('user:u1', { capacity: 5, perSecond: 1 }, 0)).rejects.toThrow(
      /deleted or replaced/,
    );
    expect(lines.filter((l) => l.level === 'error')).toEqual([
      expect.objectContaining({
        message: 'store unavailable',
        fields: expect.objectContaining({ reason: 'gone' }),
      }),
    ]);
    // A new folder with a new file at the same path is another store: still refused, never written.
    await store.close();
    const reopened = openSqliteStore(path, { checkEveryMs: 0, checkpointer: false });
    cleanups.push(() => reopened.close());
    expect(await reopened.roundAnswers('r1')).toEqual([]);
  });

  it('through the app: a click after the data folder is deleted is told nothing was recorded, in its language', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const captured = capturingLogger();
    const a = await testApp({ dbPath: join(tmp.dir, 'data', 'ssaem.db'), log: captured.log });
    cleanups.push(() => a.close());
    const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }))));
    expect(contentOf(await appAnswer(a, roundId, true, { user: users.u2 }))).toContain('정답');

    rmSync(join(tmp.dir, 'data'), { recursive: true, force: true });
    const late = contentOf(await appAnswer(a, roundId, true, { user: users.u3 }));
    expect(late).toContain('지금은 기록을 저장할 수 없어서');
    expect(late).toContain('아무것도 기록되지 않았어요');
    expect(late).not.toContain('정답');
    expect(await a.store.hasAnswered(roundId, users.u3?.id ?? '')).toBe(false);
    const english = contentOf(await appAnswer(a, roundId, true, { user: users.u1, locale: 'en' }));
    expect(english).toContain('the bot cannot save records right now (nothing was recorded)');
    // The store said so once at error; no handler failure is logged for each refused request.
    expect(captured.at('error').filter((l) => l.msg === 'handler failed')).toHaveLength(0);
    expect(captured.at('error').filter((l) => l.msg === 'store unavailable')).toHaveLength(1);
  });

  // chattr +i needs root and a filesystem that supports it; vitest reports the test skipped otherwise.
  it.skipIf(!canChattr)(
    'refuses writes to a store made immutable, staying alive (no SIGBUS), and takes them again after',
    () => {
      const tmp = tempDir();
      cleanups.push(tmp.cleanup);
      const path = join(tmp.dir, 'ssaem.db');
      // In a child process: before the guard, this ended the process with SIGBUS (exit 135).
      const script = join(tmp.dir, 'immutable.mts');
      writeFileSync(
        script,
        `import { execFileSync } from 'node:child_process';
       import { openSqliteStore } from ${JSON.stringify(join(projectRoot, 'src/store/sqlite.ts'))};
       import { answer, roundRecord, sessionRecord } from ${JSON.stringify(join(projectRoot, 'test/support/rounds.ts'))};
       const path = ${JSON.stringify(path)};
       const files = [path, path + '-wal', path + '-shm'];
       const store = openSqliteStore(path, { checkEveryMs: 0 });
       await store.startSession(sessionRecord({ total: 99 }), roundRecord({ closesAt: 1e15 }));
       const tally = {};
       let readDuring;
       const tryAnswer = async (user) => {
         const key = await store.recordAnswer(answer(user, true)).then((r) => r.status, (e) => 'refused:' + e.reason);
         tally[key] = (tally[key] ?? 0) + 1;
       };
       for (let i = 0; i < 100; i++) await tryAnswer('before' + i);
       execFileSync('chattr', ['+i', ...files]);
       try {
         for (let i = 0; i < 5000; i++) await tryAnswer('during' + i);
         readDuring = await store.getRound('r1').then(() => 'read', (e) => 'refused:' + e.reason);
       } finally {
         execFileSync('chattr', ['-i', ...files]);
       }
       for (let i = 0; i < 10; i++) await tryAnswer('after' + i);
       const stored = (await store.roundAnswers('r1')).length;
       await store.close();
       process.stdout.write(JSON.stringify({ tally, stored, readDuring }));`,
      );
      const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
        cwd: projectRoot,
        encoding: 'utf8',
        timeout: 60_000,
      });
      // Whatever happened, leave nothing immutable behind for the cleanup.
      spawnSync('chattr', ['-i', path, `${path}-wal`, `${path}-shm`]);
      expect({ status: child.status, signal: child.signal, stderr: child.stderr }).toEqual({
        status: 0,
        signal: null,
        stderr: '',
      });
      expect(JSON.parse(child.stdout)).toEqual({
        tally: { recorded: 110, 'refused:read-only': 5000 },
        stored: 110,
        readDuring: 'refused:read-only',
      });
    },
  );
});
