import { HEAP_GROWING_PERCENT } from '../heap-growth.ts';
import { readCache, writeCache } from '../knowledge/cache.ts';
import { withExtraNotes } from '../knowledge/combine.ts';
import type { Logger } from '../log.ts';
import { NotesIndex } from '../search/index.ts';
import type { GuildNote, GuildNotesStore } from '../store/types.ts';
import type { Notes } from './context.ts';
import { runInTurns } from './prepare-notes.ts';

/** The terminal tutor's own "server": not a snowflake, so no Discord server can ever be it. */
export const LOCAL_GUILD = 'local';

/** Whose notes a request sees: its server's, the terminal's local server's, or (a DM) only the shared ones. */
export const notesOwner = (req: { guildId: string | null; trusted?: true }): string | null =>
  req.guildId ?? (req.trusted ? LOCAL_GUILD : null);

/** A server's note as a file among the notes. */
export const noteFile = (name: string) => `${name}.md`;

type CachedIndex = ReturnType<NotesIndex['toJSON']>;

/** Index files kept on disk for servers' notes (about 100 KB each for 20 KB of notes). */
const DISK_KEEP = 1000;

/**
 * Heap an index of the shared notes plus a server's notes holds, its parsed notes included, once its lookups
 * are built and it has answered a hundred queries and autocompletes: a fixed part (the shared sections indexed
 * again, the server's glossary layer, per-query memos) and a part per byte of the server's notes. Measured on
 * the bench's notes (heap after a full GC): 0.73 MB for 5 KB, 1.2 MB for 20 KB (an index that answered one
 * query holds about half); 3.7 MB for 200 KB, where the bench repeats chapters, so a line through the first
 * two over-counts big notes rather than under. An upper bound of what one held index keeps alive.
 */
export function estimatedBytes(noteBytes: number): number {
  return 570_000 + 32 * noteBytes;
}

/**
 * What holding an index costs the process: its live heap and the garbage V8 lets pile up beside it before a full
 * collection, which the process bounds to {@link HEAP_GROWING_PERCENT} of what is alive (heap-growth.ts). The
 * budget counts this, so `NOTES_CACHE_MB` bounds what the indexes add to RSS, not only their live part: counted
 * live alone, a full budget let RSS reach the base plus 2 × the budget (4 × with V8's own growth).
 */
export const heldBytes = (noteBytes: number): number =>
  Math.ceil(estimatedBytes(noteBytes) * (1 + HEAP_GROWING_PERCENT / 100));

/**
 * How long a server's stamp read from the store is trusted (ms): a change made through another instance is seen
 * within this; one made through this instance at once ({@link GuildNotes.changed}).
 */
export const STAMP_FRESH_MS = 1000;

/** Servers whose stamps are remembered (the least recently asked are forgotten and read again). */
const STAMPS_KEPT = 10_000;

interface Entry {
  /** What these notes were built from: the shared notes' hash and the server's stamp. */
  sharedHash: string;
  stamp: number;
  notes: Notes;
  bytes: number;
  /** Its lookups are being built between requests (see #prepare). */
  prepared?: true;
}

export interface GuildNotesOptions {
  /** The shared folder's notes, as served now. */
  shared(): Notes;
  store: Pick<GuildNotesStore, 'guildNotesStamp' | 'guildNotes'>;
  /** Beyond this many bytes of indexes ({@link heldBytes}), the least recently used are dropped (`NOTES_CACHE_MB`). */
  budgetBytes: number;
  /** Where built indexes are kept, keyed by the notes' content hash; false keeps none. */
  cacheDir: string | false;
  log: Logger;
  /** The app clock's time, for how long a stamp is trusted. */
  now(): number;
}

/**
 * Each server's notes: the shared folder plus what the server added, as one index, built on first use (or
 * restored from the disk cache keyed by the notes' content hash) and kept in memory least-recently-used
 * within a budget. So memory grows with the servers in use, not with all servers. What a server sees is
 * decided by its id alone: DMs and the terminal (null) get the shared notes, and no server's index ever
 * holds another's notes. A warm request reads nothing from the store: the server's stamp (which the database
 * moves on every change to its notes) is read again only after {@link STAMP_FRESH_MS} or a change made here.
 */
export class GuildNotes {
  /** By server id, least recently used first. */
  readonly #entries = new Map<string, Entry>();
  readonly #stamps = new Map<string, { stamp: number | null; at: number }>();
  readonly #building = new Map<string, Promise<Notes>>();
  #bytes = 0;

  constructor(private readonly options: GuildNotesOptions) {}

  /** The notes a request from `guildId` searches. */
  async forGuild(guildId: string | null): Promise<Notes> {
    const shared = this.options.shared();
    if (guildId === null) return shared;
    let stamp: number | null;
    try {
      stamp = await this.#stampOf(guildId);
    } catch (error) {
      // The store is down: answers keep coming from what this process holds, as for the shared notes.
      this.options.log.warn({ err: error, guildId }, 'server notes unreadable; serving the last held');
      return this.#entries.get(guildId)?.notes ?? shared;
    }
    if (stamp === null) return shared;
    const held = this.#entries.get(guildId);
    if (held && held.stamp === stamp && held.sharedHash === shared.knowledge.hash) {
      // Most recently used last: a Map iterates in insertion order.
      this.#entries.delete(guildId);
      this.#entries.set(guildId, held);
      if (!held.prepared) this.#prepare(guildId, held);
      return held.notes;
    }
    const key = `${shared.knowledge.hash}:${guildId}:${stamp}`;
    let building = this.#building.get(key);
    if (!building) {
      building = this.#build(shared, guildId, stamp).finally(() => this.#building.delete(key));
      this.#building.set(key, building);
    }
    return building;
  }

  /** The server's notes were just changed through this instance: its next request reads its stamp again. */
  changed(guildId: string): void {
    this.#stamps.delete(guildId);
  }

  /** Indexes held in memory and their estimated size, for the bench and the logs. */
  get size(): { servers: number; bytes: number } {
    return { servers: this.#entries.size, bytes: this.#bytes };
  }

  async #stampOf(guildId: string): Promise<number | null> {
    const now = this.options.now();
    const seen = this.#stamps.get(guildId);
    if (seen && now >= seen.at && now - seen.at < STAMP_FRESH_MS) return seen.stamp;
    const stamp = await this.options.store.guildNotesStamp(guildId);
    this.#stamps.delete(guildId);
    this.#stamps.set(guildId, { stamp, at: now });
    if (this.#stamps.size > STAMPS_KEPT) this.#stamps.delete(this.#stamps.keys().next().value as string);
    return stamp;
  }

  async #build(shared: Notes, guildId: string, stamp: number): Promise<Notes> {
    // Read after the stamp: a change in between is newer than the stamp, so it is read again, never missed.
    const stored = await this.options.store.guildNotes(guildId);
    const started = performance.now();
    // The cache file is written after this request is answered: it is for a later process or eviction.
    const notes =
      stored.length === 0
        ? shared
        : buildGuildNotes(shared, guildId, stored, this.options.cacheDir, (write) => setImmediate(write));
    this.options.log.debug(
      { guildId, notes: stored.length, ms: Math.round(performance.now() - started) },
      'server notes indexed',
    );
    const bytes = stored.length === 0 ? 0 : heldBytes(stored.reduce((sum, n) => sum + n.bytes, 0));
    const old = this.#entries.get(guildId);
    if (old) this.#drop(guildId, old);
    const entry: Entry = { sharedHash: shared.knowledge.hash, stamp, notes, bytes };
    if (stored.length === 0) entry.prepared = true;
    this.#entries.set(guildId, entry);
    this.#bytes += bytes;
    for (const [other, held] of this.#entries) {
      if (this.#bytes <= this.options.budgetBytes || other === guildId) break;
      this.#drop(other, held);
    }
    return notes;
  }

  // A server asking again is in use: the lookups its next queries would build on first use (typo and loanword
  // lookups, autocomplete) are built between requests instead. Not after the first request: most servers a
  // sweep touches ask once, and their lookups would only cost memory.
  #prepare(guildId: string, entry: Entry): void {
    entry.prepared = true;
    void runInTurns(entry.notes.index.warmSteps(), 8, () => this.#entries.get(guildId) !== entry).catch(
      (error) =>
        this.options.log.warn({ err: error, guildId }, 'preparing server notes failed; queries build on use'),
    );
  }

  #drop(guildId: string, entry: Entry): void {
    this.#entries.delete(guildId);
    this.#bytes -= entry.bytes;
  }
}

/**
 * The shared notes plus a server's stored notes, indexed (restored from `cacheDir` when built before; a built
 * index is written there through `later`).
 */
export function buildGuildNotes(
  shared: Notes,
  guildId: string,
  stored: readonly Pick<GuildNote, 'name' | 'body' | 'hash'>[],
  cacheDir: string | false,
  later: (write: () => void) => void = (write) => write(),
): Notes {
  const knowledge = withExtraNotes(
    shared.knowledge,
    guildId,
    stored.map((n) => ({ file: noteFile(n.name), body: n.body, hash: n.hash })),
  );
  // A server's search lookups are built with its index, not in its next requests: they are small (~0.3 MB for
  // 20 KB of notes) and a first query builds most of them anyway.
  const ready = (index: NotesIndex) => {
    for (const _ of index.lookupSteps());
    return { knowledge, index };
  };
  if (cacheDir !== false) {
    const cached = readCache<CachedIndex>(cacheDir, 'guild-search', knowledge.hash);
    try {
      const index = cached && NotesIndex.fromJSON(cached, knowledge);
      if (index) return ready(index);
    } catch {
      // A cache of the wrong shape: built again below.
    }
  }
  const index = NotesIndex.build(knowledge);
  if (cacheDir !== false)
    later(() => writeCache(cacheDir, 'guild-search', knowledge.hash, index.toJSON(), DISK_KEEP));
  return ready(index);
}
