/**
 * A notes reload never stalls the door: 4,000 sections arrive in the notes folder of a running bot (a copied
 * folder, a `git pull`) and it reloads them (parsing every note and building a new index) while PINGs and
 * /explain keep being answered. On the main thread 10,000 sections blocked every request for 1.4–4 s, and 2,500
 * for 5.8 s on this machine under load (the test then fails); in a worker thread only the swap of the built
 * index remains. 4,000 sections (1.4 MB, above the 256 KB from which a reload goes to a worker) prove the same
 * as 10,000 did here at under half the CPU (the file 11 CPU-s against 24); 2,500 saved about 1 CPU-s more, but
 * their shorter reload put the same worst waits under load at up to 3 % of it, near the bound. The 10,000-section
 * reload beside requests every 20 ms is `npm run bench -- search` (its `reloadWhileServing`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command, keyPair, postSigned, users } from './fake-discord/interactions.ts';
import { manyNotesTitle, writeManyNotes } from './support/many-notes.ts';
import { whenOutput } from './support/output.ts';
import { cleanEnv, compiled } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const SECTIONS = 4_000;
const { dir, cleanup } = tempDir('ssaem-reload-stall-');
let bot: ChildProcess | undefined;
afterAll(() => {
  if (bot?.pid && bot.exitCode === null && bot.signalCode === null) process.kill(bot.pid, 'SIGKILL');
  cleanup();
});

describe('a reload of 4,000 sections', () => {
  it('keeps PING and /explain answered meanwhile, then serves the edit', async () => {
    // The bot starts on one small note, so it builds the arriving sections once, in the reload under test; the
    // folder it serves lives in its own temporary folder with its caches, so the reload always starts afresh.
    const notes = path.join(dir, 'notes');
    mkdirSync(notes);
    writeFileSync(path.join(notes, 'start.md'), '# 시작\n\n## 처음 절\n\n- 시작할 때 있던 노트\n');
    const arriving = path.join(dir, 'arriving');
    writeManyNotes(arriving, SECTIONS);
    const edit = randomUUID();
    appendFileSync(
      path.join(arriving, '000.md'),
      `\n## 새로 쓴 절\n\n- 편집 뒤에 찾을 수 있어야 하는 내용 ${edit}\n`,
    );
    const { publicKeyHex, privateKey } = keyPair();
    bot = spawn(process.execPath, [compiled('src/main.ts')], {
      cwd: dir,
      env: cleanEnv({
        KNOWLEDGE_DIR: notes,
        DISCORD_PUBLIC_KEY: publicKeyHex,
        INTERACTIONS_PORT: '0',
        DISCORD_API_BASE: 'http://127.0.0.1:9/api',
        DATABASE_URL: path.join(dir, 'store.db'),
        LOG_LEVEL: 'info',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    bot.stdout?.on('data', (c) => {
      stdout += c;
    });
    bot.stderr?.on('data', (c) => {
      stderr += c;
    });
    await whenOutput(
      bot,
      () => stdout,
      (out) => out.includes('\n'),
      60_000,
    ).catch(() => {});
    const url = /listening on (\S+)/.exec(stdout)?.[1];
    expect(url, stderr).toBeDefined();
    if (!url) return;

    const timed = async (payload: unknown) => {
      const started = performance.now();
      const r = await postSigned(url, privateKey, payload);
      expect(r.status).toBe(200);
      return { ms: performance.now() - started, json: r.json };
    };
    const explain = (topic: string) => command('explain', { topic });
    // Warm both paths, so a first use's costs are not counted against the reload.
    await timed({ type: 1 });
    await timed(explain(manyNotesTitle(SECTIONS / 2)));

    const reloaded = () => stderr.includes('notes reloaded');
    const pings: number[] = [];
    const explains: number[] = [];
    let stopAt = Number.POSITIVE_INFINITY;
    // A PING costs the bot nothing, so every 20 ms one shows any stall of its main thread; an /explain of an
    // arriving section (a search and its suggestions until the swap) every 300 ms shows requests that do work
    // answered all through, and leaves the reload's worker most of the other core, which the rest of the suite
    // shares too.
    const probe = async (into: number[], payload: () => unknown, pauseMs: number) => {
      while (performance.now() < stopAt) {
        into.push((await timed(payload())).ms);
        await new Promise((r) => setTimeout(r, pauseMs));
      }
    };
    let n = 0;
    const editedAt = performance.now();
    const probes = [
      probe(pings, () => ({ type: 1 }), 20),
      probe(
        explains,
        () => {
          n += 37;
          return explain(manyNotesTitle(n % SECTIONS));
        },
        300,
      ),
    ];
    // One rename brings the whole folder in, as one change the watcher sees.
    renameSync(arriving, path.join(notes, 'arrived'));
    await whenOutput(bot, () => stderr, reloaded, 300_000).catch(() => {});
    const reloadMs = performance.now() - editedAt;
    stopAt = performance.now();
    await Promise.all(probes);
    expect(reloaded(), stderr).toBe(true);

    const worst = { ping: Math.max(...pings), explain: Math.max(...explains) };
    process.stderr.write(
      `reload of ${SECTIONS} sections: ${pings.length} PINGs, ${explains.length} /explain, worst ${JSON.stringify(worst)} ms, reload ${Math.round(reloadMs)} ms\n`,
    );
    // Another student asks: the probes' own user may have reached the rate limit by now.
    const after = await timed(command('explain', { topic: '새로 쓴 절' }, users.bo));
    expect(JSON.stringify(after.json), JSON.stringify(after.json)).toContain(
      `편집 뒤에 찾을 수 있어야 하는 내용 ${edit}`,
    );
    // On the main thread a reload blocked every request for its whole length (1.4–4 s idle, 36 s on this
    // machine under a load of 20); in a worker, a request waits at most for one step of the main thread's part
    // (restoring the index, preparing the quiz's facts) or a garbage collection. Both stretch with the machine's
    // load as the reload does, so the bound is a share of the reload's length, never under the bar's 250 ms: 4 %,
    // where this machine under loads of 10–20 saw worst waits of 1–2 % (10,000 sections, reloads of 50–140 s) and
    // 1.4–1.6 % (4,000 sections, reloads of 15–17 s); 2,500 sections saw up to 3 %, too near the bound.
    const bound = Math.max(250, reloadMs / 25);
    expect(pings.length).toBeGreaterThan(20);
    expect(worst.ping).toBeLessThan(bound);
    expect(worst.explain).toBeLessThan(bound);
  }, 720_000);
});
