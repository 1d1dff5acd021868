/**
 * The README's examples, run as written: its shell lines (the terminal through a pipe, the tutor CLI,
 * validate-notes, command registration against a fake Discord) and its terminal session, typed into
 * `npm start`. Only what a test may not do is left out (`npm install`, the suite itself, lint, bench);
 * `[optional parts]` are dropped and `<id>` filled in. The notes are the fixture chapter.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, GUILD } from './fake-discord/interactions.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { startNpm, stopAllDoors } from './support/door-process.ts';
import { cleanEnv, projectRoot } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const tmp = tempDir('ssaem-readme-');
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await stopAllDoors();
  await fake?.close();
  tmp.cleanup();
});

/** Every fenced block of the README with its info string (`sh`, or empty). */
const blocks = [...readme.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
  lang: m[2] ?? '',
  lines: (m[3] ?? '').split('\n').map((l) => l.slice((m[1] ?? '').length)),
}));

const notRunHere = /^(npm install && |npm test\b|npx vitest\b|npm run lint\b|npm run bench\b)/;

/** The README's shell lines as they are run: comments off, `[optional]` parts dropped, `<id>` filled in. */
const shellLines = blocks
  .filter((b) => b.lang === 'sh')
  .flatMap((b) => b.lines)
  .map((l) => l.replace(/\s+#.*$/, '').trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.replace(/\s*\[[^\]]*\]/g, '').replace(/<id>/g, GUILD));

/** Runs one line with bash, asynchronously: the fake Discord answering it lives in this process. */
function run(
  line: string,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', line], { cwd: projectRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    // Through a pipe nothing is typed: the `npm start` of the quick start gets an empty input and exits.
    child.stdin.end();
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

// The shell lines and the terminal session use stores of their own: they run side by side.
describe.concurrent("the README's examples", () => {
  it('has the shell lines and the terminal session this test runs', () => {
    expect(shellLines).toEqual(
      expect.arrayContaining([
        'npm install && npm start', // run as the terminal session's `npm start`
        "printf '/explain CDN\\n/explain fhemqoffjstj\\n' | npm start",
        'npm run --silent tutor -- explain "load balancer" --json',
        'npm run deploy-commands',
      ]),
    );
    expect(blocks.some((b) => b.lines.some((l) => l.startsWith('쌤> ')))).toBe(true);
  });

  it('runs every shell line as written, each exiting 0 with what it promises', async () => {
    const env = (i: number) =>
      cleanEnv({
        DATABASE_URL: path.join(tmp.dir, `shell-${i}.db`),
        DISCORD_TOKEN: 'fake-bot-token-that-is-long-enough.abc.def',
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_BASE: fake.apiBase,
      });
    // The quick start's `npm install && npm start` is the `npm start` the terminal session below is typed into
    // (exit 0 at the end of its input, as here at an empty one): run once there, not again with nothing typed.
    const lines = shellLines.filter((l) => !notRunHere.test(l) && !/^(npm install && )?npm start$/.test(l));
    // No line reads what another wrote (each has a store of its own), so two run at a time: a process spends a
    // third of its time waiting, more would only crowd two cores. With a token set `npm start` would open the
    // gateway: the terminal lines run without one.
    const runs: Awaited<ReturnType<typeof run>>[] = [];
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < lines.length; i = next++) {
        const line = lines[i] ?? '';
        runs[i] = await run(line, /deploy-commands/.test(line) ? env(i) : { ...env(i), DISCORD_TOKEN: '' });
      }
    };
    await Promise.all([lane(), lane()]);
    for (const [i, line] of lines.entries()) {
      const r = runs[i] ?? { status: null, stdout: '', stderr: '' };
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      if (line.includes('--json'))
        for (const json of r.stdout.trim().split('\n'))
          expect(() => JSON.parse(json), `${line}: ${json}`).not.toThrow();
      if (line.includes('fhemqoffjstj')) expect(r.stdout).toContain('로브밸런서'); // the wrong layout read back
      if (line.includes('explain "load balancer"'))
        expect(JSON.parse(r.stdout).results[0].title).toContain('로브밸런서');
      if (line.startsWith('npm run deploy-commands')) expect(r.stdout).toMatch(/^registered \d+ commands/m);
      if (line.startsWith('npm run validate-notes')) expect(r.stdout).toMatch(/0 problems/);
    }
  }, 300_000);

  it('answers every line of the terminal session as shown, none with an error', async () => {
    const session = blocks.find((b) => b.lines.some((l) => l.startsWith('쌤> ')));
    const typed = (session?.lines ?? [])
      .filter((l) => l.startsWith('쌤> '))
      .map((l) => l.slice('쌤> '.length));
    expect(typed.length).toBeGreaterThan(3);
    const term = startNpm(['start'], cleanEnv({ DATABASE_URL: path.join(tmp.dir, 'session.db') }));
    term.child.stdin?.end(`${typed.join('\n')}\n`);
    expect(await term.exited, term.output()).toBe(0);
    const out = term.stdout();
    expect(out).not.toContain('⚠️');
    expect(out).toContain('로브밸런서');
    expect(out).toContain('CDN(Content Delivery Network)');
    expect(out).toMatch(/🧠 퀴즈 1\/3/);
    expect(out).toMatch(/정답|아쉬워요/); // the letter answered the question
    expect(out).toContain('퀴즈 기록'); // /stats
  }, 120_000);
});
