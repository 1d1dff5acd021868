import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { Notes } from '../src/app/context.ts';
import { GuildNotes } from '../src/app/guild-notes.ts';
import { addNote } from '../src/app/note-library.ts';
import { prepareSteps } from '../src/app/prepare-notes.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { silentLogger } from '../src/log.ts';
import { NotesIndex } from '../src/search/index.ts';
import { openStore } from '../src/store/store.ts';
import type { ChapterQuery } from '../test/queries/chapters/types.ts';
import { SHIPPED_NOTES } from '../test/queries/evaluate.ts';
import { LABELLED_QUERIES } from '../test/queries/labelled.ts';

/*
 * `npm run bench -- notes`: servers' own notes. 1,000 servers (BENCH_NOTES_SERVERS) with 20 KB of notes each in a
 * SQLite store; the first /explain in a cold server (its index built, or restored from the disk cache), a warm
 * query beside the shared notes' own, RSS while queries sweep every server, and adding a 200 KB note.
 */

/** Servers kept warm for the warm query figure. */
const WARM_SERVERS = 20;

const round = (n: number) => Math.round(n * 100) / 100;
const mb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

function percentiles(samples: number[]): { p50: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { p50: round(at(0.5)), p99: round(at(0.99)), max: round(s.at(-1) ?? 0) };
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

const CHAPTER_FILES = [
  'chapters/git.md',
  'chapters/networking.md',
  'chapters/linux-shell.md',
  'chapters/javascript-dom.md',
  'chapters/django-models.md',
  'held-out/os-basics.md',
  'held-out/http-rest.md',
  'fresh/sql-database.md',
  'fresh/react-basics.md',
  'fresh/web-security.md',
];
const CHAPTERS = CHAPTER_FILES.map((f) =>
  readFileSync(new URL(`../test/queries/${f}`, import.meta.url), 'utf8'),
);

/**
 * Each chapter's labelled queries, in CHAPTER_FILES' order: server i's notes start with chapter i % 10. Only these
 * ten query files are imported: the measured chapters' list (`test/queries/chapters.ts`, 85 modules) had added
 * ~10 MB to the RSS the sweep starts from, which a bot never holds.
 */
const OWN_QUERIES = await Promise.all(
  CHAPTER_FILES.map(async (f) => {
    const { QUERIES } = (await import(`../test/queries/${f.replace(/\.md$/, '.queries.ts')}`)) as {
      QUERIES: ChapterQuery[];
    };
    return QUERIES.map((q) => q.query);
  }),
);

/** About `bytes` of real notes for server `i`: chapters in a rotating order plus a section of its own. */
function serverNotes(i: number, bytes: number): string {
  let text = `# 서버 ${i}의 메모\n\n이 서버만의 주제 코드${i} 를 정리한 노트.\n\n`;
  for (let k = 0; Buffer.byteLength(text) < bytes; k++) text += `${CHAPTERS[(i + k) % CHAPTERS.length]}\n`;
  // Cut at a line, below the size.
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
  return text;
}

export async function benchNotes(): Promise<object> {
  const servers = Number(process.env.BENCH_NOTES_SERVERS ?? 1000);
  const budgetMb = 256;
  const dir = mkdtempSync(join(tmpdir(), 'ssaem-bench-notes-'));
  const store = await openStore(join(dir, 'store.db'));
  const knowledge = loadKnowledge(SHIPPED_NOTES, { cacheDir: false });
  const shared: Notes = { knowledge, index: NotesIndex.build(knowledge) };
  // Prepared as LiveNotes prepares the folder's notes before a request reaches them.
  for (const _ of prepareSteps(shared));
  const queries = LABELLED_QUERIES.filter((q) => q.note === undefined).map((q) => q.query);
  const guild = (i: number) => String(600_000_000_000_000_000n + BigInt(i));

  const [, seedMs] = await timed(async () => {
    for (let i = 0; i < servers; i++) {
      const body = serverNotes(i, 20_000);
      await store.addGuildNote(
        {
          guildId: guild(i),
          name: `notes-${i}`,
          body,
          hash: createHash('sha256').update(body).digest('hex'),
          bytes: Buffer.byteLength(body),
          sections: 1,
          addedBy: '1',
          addedByName: 'bench',
          addedAt: 0,
        },
        false,
      );
    }
  });
  const cacheDir = join(dir, 'cache');
  const fresh = (budget = budgetMb) =>
    new GuildNotes({
      shared: () => shared,
      store,
      budgetBytes: budget * 1024 * 1024,
      cacheDir,
      log: silentLogger,
      now: () => Date.now(),
    });
  const ask = async (notes: GuildNotes, i: number, q: string) =>
    (await notes.forGuild(guild(i))).index.search(q);
  // Each request arrives as an I/O event of its own: the event loop turns before it, and what runs between
  // requests (a server's lookups built after its index) runs there, outside the request's time.
  const arrives = () => setImmediate();

  const rssBefore = mb();
  // Cold, built: no index of the server anywhere yet. The sweep covers every server, so it also measures RSS.
  // Each phase's holder ends with it: a process holds one, and the restored phase stands for a fresh process
  // (kept alive, the sweep's indexes doubled what every full collection of the next phases marked).
  const sweepAll = async () => {
    const sweep = fresh();
    const samples: number[] = [];
    let most = rssBefore;
    for (let i = 0; i < servers; i++) {
      await arrives();
      samples.push((await timed(() => ask(sweep, i, queries[i % queries.length] ?? 'CDN')))[1]);
      if (i % 10 === 0) most = Math.max(most, mb());
    }
    return { samples, most: Math.max(most, mb()), held: sweep.size };
  };
  const { samples: coldBuilt, most: rssMax, held } = await sweepAll();
  // Cold, restored: a fresh process's memory (a new holder), the disk cache keyed by the notes' content hash.
  const restoreSome = async () => {
    const restoring = fresh();
    const samples: number[] = [];
    for (let i = 0; i < Math.min(servers, 300); i++) {
      await arrives();
      samples.push((await timed(() => ask(restoring, i, queries[i % queries.length] ?? 'CDN')))[1]);
    }
    return samples;
  };
  const coldRestored = await restoreSome();

  // Warm: servers in use (each asked twice, its lookups prepared between requests as the app does), each beside
  // the same notes served as the shared folder (its twin: the same sections indexed once, prepared the way
  // LiveNotes prepares the folder). Both answer the same queries — the server's own chapter's labelled queries
  // and the shared notes' — first each new text, then again; which of the two asks first alternates, since a
  // query's words are analysed once per process whichever index asks. So the ratio is what being a server's
  // notes costs a query (finding its index, the store), not what more sections cost.
  const warm = fresh();
  const twins: Notes[] = [];
  for (let i = 0; i < WARM_SERVERS; i++) {
    await ask(warm, i, 'CDN');
    await arrives();
    const served = await warm.forGuild(guild(i));
    const twin = { knowledge: served.knowledge, index: NotesIndex.build(served.knowledge) };
    for (const _ of prepareSteps(twin));
    twins.push(twin);
  }
  for (let t = 0; t < 500; t++) await arrives();
  const serverQueries = (i: number) => [
    ...(OWN_QUERIES[i % OWN_QUERIES.length] ?? []),
    ...queries.filter((_, k) => k % WARM_SERVERS === i),
  ];
  const warmSamples: number[] = [];
  const twinSamples: number[] = [];
  const fixtureSamples: number[] = [];
  let asked = 0;
  for (let r = 0; r < 2; r++)
    for (let i = 0; i < WARM_SERVERS; i++)
      for (const q of serverQueries(i)) {
        const twin = twins[i] as Notes;
        const server = async () => {
          await arrives();
          warmSamples.push((await timed(() => ask(warm, i, q)))[1]);
        };
        const same = async () => {
          await arrives();
          twinSamples.push((await timed(() => twin.index.search(q)))[1]);
        };
        if (asked++ % 2 === 0) {
          await server();
          await same();
        } else {
          await same();
          await server();
        }
        await arrives();
        fixtureSamples.push((await timed(() => shared.index.search(q)))[1]);
      }

  // A 200 KB note: validated, stored and searchable.
  const big = serverNotes(servers + 1, 200_000).replace('코드', '대용량코드');
  const [found, addMs] = await timed(async () => {
    await addNote(store, {
      guildId: guild(0),
      name: 'big',
      bytes: Buffer.from(big, 'utf8'),
      replace: false,
      by: { id: '1', name: 'bench' },
      now: 0,
    });
    // As /notes add does: this instance reads the server's stamp again at its next request.
    warm.changed(guild(0));
    return (await warm.forGuild(guild(0))).index.search('대용량코드').length > 0;
  });

  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const cold = percentiles(coldBuilt);
  const restored = percentiles(coldRestored);
  const warmP = percentiles(warmSamples);
  const twinP = percentiles(twinSamples);
  const fixtureP = percentiles(fixtureSamples);
  return {
    servers,
    notesPerServerKB: 20,
    seedStoreMs: Math.round(seedMs),
    coldFirstExplainBuiltMs: cold,
    coldFirstExplainRestoredMs: restored,
    bar: { coldP99UnderMs: 200, warmP99Within: '1.5 × shared', rssUnderMb: `${budgetMb} + 150` },
    // Each of WARM_SERVERS servers' own chapter's queries and a share of the shared notes' queries, new then again.
    warmQueries: warmSamples.length,
    warmQueryMs: warmP,
    // The same notes (shared + the server's) served as the shared folder, on the same queries.
    sameNotesSharedQueryMs: twinP,
    warmOverShared: round(warmP.p99 / Math.max(twinP.p99, 0.001)),
    // The median shows what every request pays (p99 is a query's first analysis, the same on both sides).
    warmOverSharedP50: round(warmP.p50 / Math.max(twinP.p50, 0.001)),
    // For reference only: the shared fixture alone (21 sections, not the server's ~140) on the same queries.
    sharedFixtureQueryMs: fixtureP,
    rssMb: { beforeSweep: rssBefore, maxDuringSweep: rssMax, budgetPlus150: budgetMb + 150 },
    // What the budget counts: each index's live estimate and the heap growth V8 may keep beside it (heldBytes).
    indexesHeldAfterSweep: { servers: held.servers, chargedMb: Math.round(held.bytes / 1024 / 1024) },
    add200KBNote: { ms: Math.round(addMs), searchable: found },
  };
}
