import { createHash } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Notes } from '../src/app/context.ts';
import { estimatedBytes, GuildNotes } from '../src/app/guild-notes.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { silentLogger } from '../src/log.ts';
import { NotesIndex } from '../src/search/index.ts';
import { SHIPPED_NOTES } from './queries/evaluate.ts';
import { sqliteTarget } from './support/store-targets.ts';

/** Which servers' indexes a process keeps within NOTES_CACHE_MB, on a real SQLite store. */

const knowledge = loadKnowledge(SHIPPED_NOTES, { cacheDir: false });
const shared: Notes = { knowledge, index: NotesIndex.build(knowledge) };
const body = '# 캐시 무효화\n\n캐시에 남은 오래된 값을 지우는 일. TTL 이 지나거나 원본이 바뀌면 지운다.\n';
const bytes = Buffer.byteLength(body);

async function serversWithNotes(count: number) {
  const target = await sqliteTarget();
  const store = await target.open();
  onTestFinished(async () => {
    await store.close();
    await target.cleanup();
  });
  for (let i = 1; i <= count; i++)
    await store.addGuildNote(
      {
        guildId: String(i),
        name: 'cache',
        body,
        hash: createHash('sha256').update(body).digest('hex'),
        bytes,
        sections: 1,
        addedBy: 'u1',
        addedByName: '민지',
        addedAt: 0,
      },
      false,
    );
  return store;
}

describe('servers’ indexes within the budget', () => {
  it('counts each index with the heap growth V8 may keep beside it, and drops the least recently used', async () => {
    const store = await serversWithNotes(3);
    // Four indexes' live heap: with as much again for V8's growth past it (heap-growth.ts), two fit.
    const notes = new GuildNotes({
      shared: () => shared,
      store,
      budgetBytes: 4 * estimatedBytes(bytes),
      cacheDir: false,
      log: silentLogger,
      now: () => 0,
    });
    const first = await notes.forGuild('1');
    const second = await notes.forGuild('2');
    expect(notes.size.servers).toBe(2);
    // 1 asks again, so 2 is the least recently used when 3 arrives.
    expect(await notes.forGuild('1')).toBe(first);
    await notes.forGuild('3');
    expect(notes.size.servers).toBe(2);
    expect(await notes.forGuild('1')).toBe(first);
    const again = await notes.forGuild('2');
    expect(again).not.toBe(second);
    expect(again.index.search('캐시 무효화')[0]?.section.id).toBe('2:cache.md#1');
  });
});
