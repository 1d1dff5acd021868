import { type FSWatcher, watch } from 'node:fs';
import { loadKnowledge, noteBytes, noteFolders } from '../knowledge/load.ts';
import type { NoteProblem } from '../knowledge/types.ts';
import type { Logger } from '../log.ts';
import { validateQuizBlocks } from '../quiz/blocks.ts';
import { NotesIndex } from '../search/index.ts';
import type { Notes } from './context.ts';
import { loadInWorker } from './load-in-worker.ts';
import { prepareSteps, runInTurns } from './prepare-notes.ts';

const problemKey = (p: NoteProblem) => `${p.file}:${p.message}`;

export type ReloadResult =
  | { status: 'reloaded'; sections: number }
  | { status: 'kept'; problems: NoteProblem[] };

/**
 * The notes being served, reloaded when the folder changes. A reload that brings a problem to a
 * served note (a broken edit) is refused and the last good index keeps serving, so a typo in one file
 * never takes answers away mid-lesson; a problem in a note not served yet only skips that note.
 */
export class LiveNotes {
  #notes: Notes;
  #watchers: Map<string, FSWatcher> | null = null;
  #stopTimer = () => {};
  #listeners = new Set<(result: ReloadResult) => void>();
  #running?: Promise<ReloadResult>;
  #again?: Promise<ReloadResult>;
  #cancel = () => {};
  #closed = false;

  constructor(
    readonly dir: string,
    private readonly log: Logger,
    /** Where parsed notes and the index are cached (tests keep their own). */
    private readonly cacheDir = '.cache',
    /**
     * A folder holding at least this many bytes of notes reloads in a worker thread; smaller ones reload here,
     * where starting a worker (loading the parser and the dictionaries) would cost a second or more of CPU.
     * The folder decides, not the notes served: 10,000 sections arriving in a folder of one small note (a
     * `git pull`, a copied folder) were parsed here, blocking every request for the whole reload.
     */
    private readonly workerFromBytes = 256 * 1024,
  ) {
    this.#notes = LiveNotes.#load(dir, cacheDir);
    for (const p of this.#notes.knowledge.problems) log.warn({ file: p.file, line: p.line }, p.message);
    this.#prepare(this.#notes);
  }

  // Start-up answers as soon as the index is restored; what first requests would build (autocomplete, typo
  // lookups, the quiz's facts) is built after, between requests, while these notes are served.
  #prepare(notes: Notes): void {
    void runInTurns(prepareSteps(notes), 8, () => this.#closed || this.#notes !== notes).catch((error) =>
      this.log.warn({ err: error }, 'preparing the notes failed; first requests build what they need'),
    );
  }

  static #load(dir: string, cacheDir: string): Notes {
    const knowledge = loadKnowledge(dir, { cacheDir, checks: [validateQuizBlocks] });
    return { knowledge, index: NotesIndex.load(knowledge, cacheDir) };
  }

  current(): Notes {
    return this.#notes;
  }

  /**
   * Loads the folder again, off the main thread (a worker parses the notes and builds the index), and
   * swaps the new notes in when ready; keeps the served notes when the new ones bring new problems or
   * cannot load. Reloads asked for while one runs are folded into one more run after it.
   */
  reload(): Promise<ReloadResult> {
    if (this.#running) {
      this.#again ??= this.#running.then(() => {
        this.#again = undefined;
        return this.reload();
      });
      return this.#again;
    }
    const running = this.#reloadOnce().finally(() => {
      this.#running = undefined;
    });
    this.#running = running;
    return running;
  }

  async #reloadOnce(): Promise<ReloadResult> {
    let next: Notes;
    try {
      if (noteBytes(this.dir) < this.workerFromBytes) {
        next = LiveNotes.#load(this.dir, this.cacheDir);
        this.#prepare(next);
      } else {
        const job = loadInWorker(
          { dir: this.dir, cacheDir: this.cacheDir, servedHash: this.#notes.knowledge.hash },
          this.#notes.knowledge,
        );
        this.#cancel = job.cancel;
        const loaded = await job.done;
        if (loaded.status === 'same') return { status: 'reloaded', sections: loaded.sections };
        next = loaded.notes;
      }
    } catch (error) {
      if (this.#closed) return { status: 'kept', problems: [] };
      const problem = {
        file: this.dir,
        line: 1,
        message: error instanceof Error ? error.message : String(error),
      };
      this.log.error(problem, 'notes reload failed; still serving the last good notes');
      return { status: 'kept', problems: [problem] };
    }
    if (next.knowledge.hash === this.#notes.knowledge.hash)
      return { status: 'reloaded', sections: next.knowledge.sections.length };
    const known = new Set(this.#notes.knowledge.problems.map(problemKey));
    const added = next.knowledge.problems.filter((p) => !known.has(problemKey(p)));
    // A broken edit of a note being served holds the reload back; a problem in a note that is not
    // served (a new file over 2 MB, a binary dropped in) is only reported, and the rest reloads.
    const served = new Set(this.#notes.knowledge.sections.map((section) => section.file));
    const holding = added.filter((p) => served.has(p.file));
    if (holding.length) {
      for (const p of holding)
        this.log.error({ file: p.file, line: p.line }, `${p.message} — still serving the last good notes`);
      return { status: 'kept', problems: holding };
    }
    for (const p of added) this.log.warn({ file: p.file, line: p.line }, p.message);
    this.#notes = next;
    this.log.info({ sections: next.knowledge.sections.length }, 'notes reloaded');
    return { status: 'reloaded', sections: next.knowledge.sections.length };
  }

  /**
   * Reloads shortly after anything in the folder changes (editors write files in bursts). Each folder
   * is watched, not each file: Node 20's recursive watch on Linux follows a file's inode, so a file
   * replaced by `sed -i`, an editor's safe write or `git pull` went unnoticed from then on.
   */
  watch(debounceMs = 300): void {
    if (this.#watchers) return;
    const watchers = new Map<string, FSWatcher>();
    this.#watchers = watchers;
    let timer: NodeJS.Timeout | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // New folders get a watcher before the reload reads them; removed ones lose theirs.
        this.#watchFolders(watchers, changed);
        void this.reload().then((result) => {
          for (const listener of this.#listeners) listener(result);
        });
      }, debounceMs);
      timer.unref();
    };
    this.#stopTimer = () => clearTimeout(timer);
    this.#watchFolders(watchers, changed);
  }

  /** Calls `listener` after each reload the watcher makes; returns the unsubscribe. */
  onReload(listener: (result: ReloadResult) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #watchFolders(watchers: Map<string, FSWatcher>, changed: () => void): void {
    let folders: string[];
    try {
      folders = noteFolders(this.dir);
    } catch {
      return; // The folder is gone for now; reload() says so and keeps serving.
    }
    for (const [folder, watcher] of watchers)
      if (!folders.includes(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, changed);
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
        });
        watcher.unref();
        watchers.set(folder, watcher);
      } catch {
        // Removed between listing and watching: the next change lists again.
      }
    }
  }

  close(): void {
    this.#closed = true;
    this.#cancel();
    this.#stopTimer();
    for (const watcher of this.#watchers?.values() ?? []) watcher.close();
    this.#watchers = null;
  }
}
