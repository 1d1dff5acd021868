import { describe, expect, it, type TestContext } from 'vitest';
import type { NewGuildNote, Store } from '../src/store/store.ts';
import { pgMissing } from './support/postgres.ts';
import { postgresTarget, sqliteTarget, type Target } from './support/store-targets.ts';

/** The contract of a server's notes, on a real SQLite file and a real PostgreSQL. */

const note = (over: Partial<NewGuildNote> = {}): NewGuildNote => ({
  guildId: 'g1',
  name: 'css',
  body: '# CSS\n\nflexbox',
  hash: 'h1',
  bytes: 15,
  sections: 1,
  addedBy: 'u1',
  addedByName: '민지',
  addedAt: 1_000,
  ...over,
});

describe.each([
  ['sqlite', sqliteTarget, false],
  ['postgres', postgresTarget, pgMissing !== null],
] as const)('%s: a server’s notes', (_name, makeTarget, skip) => {
  /** A store of the test's own, closed and removed when it ends (tests run side by side). */
  async function fresh(test: TestContext): Promise<{ store: Store; target: Target }> {
    const target = await makeTarget();
    const store = await target.open();
    test.onTestFinished(async () => {
      await store.close();
      await target.cleanup();
    });
    return { store, target };
  }

  // Side by side: on PostgreSQL each test mostly waits on round trips (its schema's migrations first).
  describe.skipIf(skip)('', { concurrent: true }, () => {
    it('adds a note once: the same name again is taken and changes nothing', async (test) => {
      const { store } = await fresh(test);
      expect(await store.addGuildNote(note(), false)).toBe('added');
      expect(await store.addGuildNote(note({ body: 'other', hash: 'h2' }), false)).toBe('taken');
      const stored = await store.guildNote('g1', 'css');
      expect(stored).toMatchObject({ body: '# CSS\n\nflexbox', hash: 'h1', version: 1, hasPrevious: false });
      expect(stored).toMatchObject({
        addedBy: 'u1',
        addedByName: '민지',
        addedAt: 1_000,
        sections: 1,
        bytes: 15,
      });
    });

    it('keeps notes per server: another server never lists or reads them', async (test) => {
      const { store } = await fresh(test);
      await store.addGuildNote(note(), false);
      await store.addGuildNote(note({ guildId: 'g2', name: 'sql', hash: 'h3' }), false);
      expect((await store.guildNoteList('g1')).map((n) => n.name)).toEqual(['css']);
      expect((await store.guildNotes('g2')).map((n) => n.name)).toEqual(['sql']);
      expect(await store.guildNote('g2', 'css')).toBeNull();
      // A server's name is its own: the other server may use it too.
      expect(await store.addGuildNote(note({ guildId: 'g2' }), false)).toBe('added');
    });

    it('lists current versions by name, without their text', async (test) => {
      const { store } = await fresh(test);
      await store.addGuildNote(note({ name: 'b' }), false);
      await store.addGuildNote(note({ name: 'a' }), false);
      await store.addGuildNote(note({ name: 'a', hash: 'h9', addedAt: 2_000 }), true);
      const list = await store.guildNoteList('g1');
      expect(list.map((n) => [n.name, n.version, n.hash, n.hasPrevious])).toEqual([
        ['a', 2, 'h9', true],
        ['b', 1, 'h1', false],
      ]);
      expect(list[0]).not.toHaveProperty('body');
    });

    it('replaces a note keeping one previous version, which restore brings back (twice undoes it)', async (test) => {
      const { store, target } = await fresh(test);
      await store.addGuildNote(note({ body: 'v1', hash: 'h1' }), false);
      expect(await store.addGuildNote(note({ body: 'v2', hash: 'h2' }), true)).toBe('replaced');
      expect(await store.addGuildNote(note({ body: 'v3', hash: 'h3' }), true)).toBe('replaced');
      expect((await store.guildNote('g1', 'css'))?.body).toBe('v3');
      expect(await store.restoreGuildNote('g1', 'css')).toBe('restored');
      expect((await store.guildNote('g1', 'css'))?.body).toBe('v2');
      expect(await store.restoreGuildNote('g1', 'css')).toBe('restored');
      expect((await store.guildNote('g1', 'css'))?.body).toBe('v3');
      // v1 was dropped when v3 came: only one previous version is kept.
      expect(await store.restoreGuildNote('g1', 'css')).toBe('restored');
      expect((await store.guildNote('g1', 'css'))?.body).toBe('v2');
      // A restart (another instance) sees the same.
      const again = await target.open();
      test.onTestFinished(() => again.close());
      expect((await again.guildNote('g1', 'css'))?.body).toBe('v2');
    });

    it('says when there is nothing to restore', async (test) => {
      const { store } = await fresh(test);
      expect(await store.restoreGuildNote('g1', 'css')).toBe('missing');
      await store.addGuildNote(note(), false);
      expect(await store.restoreGuildNote('g1', 'css')).toBe('no-previous');
      expect((await store.guildNote('g1', 'css'))?.version).toBe(1);
    });

    it('removes a note with its previous version', async (test) => {
      const { store } = await fresh(test);
      await store.addGuildNote(note(), false);
      await store.addGuildNote(note({ hash: 'h2' }), true);
      expect(await store.removeGuildNote('g1', 'css')).toBe(true);
      expect(await store.guildNote('g1', 'css')).toBeNull();
      expect(await store.restoreGuildNote('g1', 'css')).toBe('missing');
      expect(await store.removeGuildNote('g1', 'css')).toBe(false);
      expect(await store.addGuildNote(note(), false)).toBe('added');
    });

    it('lets one of two racing adds of a name win', async (test) => {
      const { store, target } = await fresh(test);
      const other = await target.open();
      test.onTestFinished(() => other.close());
      const results = await Promise.all([
        store.addGuildNote(note({ body: 'a' }), false),
        other.addGuildNote(note({ body: 'b' }), false),
      ]);
      expect(results.sort()).toEqual(['added', 'taken']);
      expect(await store.guildNoteList('g1')).toHaveLength(1);
    });

    it('moves a server’s stamp on every change to its notes, seen by another instance, and on nothing else', async (test) => {
      const { store, target } = await fresh(test);
      const other = await target.open();
      test.onTestFinished(() => other.close());
      expect(await store.guildNotesStamp('g1')).toBeNull();
      const stamps: Array<number | null> = [];
      const changes = [
        () => store.addGuildNote(note({ body: 'v1' }), false),
        () => other.addGuildNote(note({ body: 'v2', hash: 'h2' }), true),
        () => store.restoreGuildNote('g1', 'css'),
        () => other.removeGuildNote('g1', 'css'),
      ];
      for (const change of changes) {
        await change();
        stamps.push(await other.guildNotesStamp('g1'));
        expect(await store.guildNotesStamp('g1')).toBe(stamps.at(-1));
      }
      expect(new Set(stamps).size).toBe(changes.length);
      expect(stamps).not.toContain(null);
      // Reading, a taken name, another server's change or a restore with nothing to restore move nothing.
      const last = await store.guildNotesStamp('g1');
      await store.addGuildNote(note({ guildId: 'g2' }), false);
      await store.addGuildNote(note({ guildId: 'g2', body: 'other' }), false);
      await store.restoreGuildNote('g1', 'css');
      await store.guildNotes('g1');
      expect(await store.guildNotesStamp('g1')).toBe(last);
    });

    it('keeps the role that may change a server’s notes', async (test) => {
      const { store } = await fresh(test);
      expect(await store.notesEditorRole('g1')).toBeNull();
      await store.setNotesEditorRole('g1', '123456789012345678');
      await store.setNotesEditorRole('g2', '223456789012345678');
      expect(await store.notesEditorRole('g1')).toBe('123456789012345678');
      await store.setNotesEditorRole('g1', null);
      expect(await store.notesEditorRole('g1')).toBeNull();
      expect(await store.notesEditorRole('g2')).toBe('223456789012345678');
    });
  });
});
