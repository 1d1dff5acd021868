import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, runScript } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

// Each test starts its own processes on its own files: they run side by side (each given the time of all, on a busy machine).
// They run the compiled copy of src/main.ts, the code `npm start` runs through tsx; the README test starts it
// through npm and tsx (its quick start, its piped lines and its terminal session).
describe.concurrent('npm start', { timeout: 90_000 }, () => {
  it('refuses a bad configuration with one message naming every bad key, exit 1', async () => {
    const run = await runScript('start', [], {
      env: cleanEnv({ QUIZ_SECONDS: 'soon', INTERACTIONS_PORT: '99999', LOG_LEVEL: 'chatty' }),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Invalid configuration/);
    for (const key of ['QUIZ_SECONDS', 'INTERACTIONS_PORT', 'LOG_LEVEL'])
      expect(run.stderr).toContain(`${key}=`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('says in one line, without a stack, when the notes folder or the store cannot be opened', async () => {
    const { dir } = tempDir();
    const noNotes = await runScript('start', [], {
      env: cleanEnv({ KNOWLEDGE_DIR: path.join(dir, 'missing'), DATABASE_URL: path.join(dir, 'store.db') }),
    });
    expect(noNotes.status).toBe(1);
    expect(noNotes.stderr.trim()).toMatch(/^Cannot load the notes: knowledge folder not found: .*missing/);
    expect(noNotes.stderr.trim().split('\n')).toHaveLength(1);
    const noStore = await runScript('start', [], {
      env: cleanEnv({ DATABASE_URL: 'postgres://ssaem:hunter2@127.0.0.1:9/x' }),
    });
    expect(noStore.status).toBe(1);
    expect(noStore.stderr.trim()).toMatch(
      /^Cannot open the store at DATABASE_URL=postgres:\/\/ssaem:\*\*\*@127\.0\.0\.1:9\/x: /,
    );
    expect(noStore.stderr).not.toContain('hunter2');
  });

  it('refuses a public key without a port instead of opening the terminal', async () => {
    const run = await runScript('start', [], {
      env: cleanEnv({ DISCORD_PUBLIC_KEY: 'a'.repeat(64) }),
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^DISCORD_PUBLIC_KEY is set but INTERACTIONS_PORT is not/);
    expect(run.stdout).not.toContain('쌤');
  });

  it('explains a DATABASE_URL under a file (not EEXIST) and names a folder it may not write', async () => {
    const { dir } = tempDir();
    const file = path.join(dir, 'hostname');
    writeFileSync(file, 'box\n');
    const underFile = await runScript('start', [], {
      env: cleanEnv({ DATABASE_URL: path.join(file, 'x.db') }),
    });
    expect(underFile.status).toBe(1);
    expect(underFile.stderr.trim()).toBe(
      `Cannot open the store at DATABASE_URL=${path.join(file, 'x.db')}: ${file} is a file, not a folder, so it cannot hold ${path.join(file, 'x.db')}; name a file in a folder, e.g. DATABASE_URL=data/ssaem.db`,
    );

    chmodSync(dir, 0o755);
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    // root may write anywhere: run as nobody then, as a deployment's service user would be.
    const asRoot = process.getuid?.() === 0;
    const run = await runScript('start', [], {
      env: cleanEnv({ DATABASE_URL: path.join(locked, 'data', 'ssaem.db') }),
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr.trim()).toMatch(
      new RegExp(
        `^Cannot open the store at DATABASE_URL=.*: permission denied: .* cannot create .*, because the folder ${locked} is not writable`,
      ),
    );
  });

  // One terminal session, typed once, read by both of its tests: a typo among the lines, the searches after it.
  let terminal: ReturnType<typeof runScript> | undefined;
  const session = () =>
    (terminal ??= runScript('start', [], {
      env: cleanEnv({ DATABASE_URL: path.join(tempDir().dir, 'store.db') }),
      input: '/expalin CDN\n/explain CDN\n/explain load balancer\n/explain 쿠버네티스\n',
    }));

  it('with no token opens the terminal tutor, which reads commands from a pipe and exits at end of input', async () => {
    const run = await session();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('CDN(Content Delivery Network)');
    expect(run.stdout).toContain('로브밸런서');
    expect(run.stdout).toContain('📄 01-web-programming.md:');
    expect(run.stdout).toMatch(/노트에서 「쿠버네티스」에 대한 내용을 찾지 못했어요/);
  });

  it('tells a typo in a command apart from a topic, and carries on', async () => {
    const run = await session();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('/expalin 명령은 없어요');
    // The line after the typo still answers.
    expect(run.stdout.indexOf('/expalin 명령은 없어요')).toBeLessThan(
      run.stdout.indexOf('CDN(Content Delivery Network)'),
    );
  });
});
