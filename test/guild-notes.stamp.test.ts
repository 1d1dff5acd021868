import { createHash } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Notes } from '../src/app/context.ts';
import { GuildNotes, STAMP_FRESH_MS } from '../src/app/guild-notes.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { silentLogger } from '../src/log.ts';
import { NotesIndex } from '../src/search/index.ts';
import type { Store } from '../src/store/store.ts';
import { SHIPPED_NOTES } from './queries/evaluate.ts';
import { sqliteTarget } from './support/store-targets.ts';

/** When a server's index is looked up in the store again: on a real SQLite store, two instances of it. */

const knowledge = loadKnowledge(SHIPPED_NOTES, { cacheDir: false });
const shared: Notes = { knowledge, index: NotesIndex.build(knowledge) };

const note = (body: string) => ({
  guildId: '1',
  name: 'cache',
  body,
  hash: createHash('sha256').update(body).digest('hex'),
  bytes: Buffer.byteLength(body),
  sections: 1,
  addedBy: 'u1',
  addedByName: '민지',
  addedAt: 0,
});
const FIRST = '# 캐시 무효화\n\n캐시에 남은 오래된 값을 지우는 일.\n';
const SECOND = '# 블룸 필터\n\n있는지 없는지를 빠르게 가늠하는 자료구조.\n';

async function twoInstances() {
  const target = await sqliteTarget();
  const here = await target.open();
  const there = await target.open();
  onTestFinished(async () => {
    await here.close();
    await there.close();
    await target.cleanup();
  });
  await here.addGuildNote(note(FIRST), false);
  let time = 1_000_000;
  const reads: string[] = [];
  // The store this instance reads through, recording what it is asked.
  const counted: Pick<Store, 'guildNotesStamp' | 'guildNotes'> = {
    guildNotesStamp(g) {
      reads.push('stamp');
      return here.guildNotesStamp(g);
    },
    guildNotes(g) {
      reads.push('notes');
      return here.guildNotes(g);
    },
  };
  const notes = new GuildNotes({
    shared: () => shared,
    store: counted,
    budgetBytes: 64 * 1024 * 1024,
    cacheDir: false,
    log: silentLogger,
    now: () => time,
  });
  const top = async (query: string) => (await notes.forGuild('1')).index.search(query)[0]?.section.id;
  return { notes, there, reads, top, wait: (ms: number) => (time += ms) };
}

describe('a server’s notes between changes', () => {
  it('are read once, then served without asking the store while its stamp is fresh', async () => {
    const { notes, reads, wait } = await twoInstances();
    const first = await notes.forGuild('1');
    for (let i = 0; i < 50; i++) {
      wait(10);
      expect(await notes.forGuild('1')).toBe(first);
    }
    expect(reads).toEqual(['stamp', 'notes']);
    // Past the window one stamp is read, and the same index serves on.
    wait(STAMP_FRESH_MS);
    expect(await notes.forGuild('1')).toBe(first);
    expect(reads).toEqual(['stamp', 'notes', 'stamp']);
  });

  it('show another instance’s change once the stamp is read again, and this instance’s own at once', async () => {
    const { notes, there, top, wait } = await twoInstances();
    expect(await top('캐시 무효화')).toBe('1:cache.md#1');
    await there.addGuildNote(note(SECOND), true);
    wait(STAMP_FRESH_MS - 1);
    expect(await top('블룸 필터')).toBeUndefined();
    wait(1);
    expect(await top('블룸 필터')).toBe('1:cache.md#1');
    // A change this instance made (a /notes command) is seen by its next request.
    await there.restoreGuildNote('1', 'cache');
    notes.changed('1');
    expect(await top('캐시 무효화')).toBe('1:cache.md#1');
    await there.removeGuildNote('1', 'cache');
    notes.changed('1');
    expect(await notes.forGuild('1')).toBe(shared);
  });

  it('are the shared notes, with one stamp read, for a server that never had notes', async () => {
    const { notes, reads } = await twoInstances();
    expect(await notes.forGuild('2')).toBe(shared);
    expect(await notes.forGuild('2')).toBe(shared);
    expect(reads).toEqual(['stamp']);
  });
});
