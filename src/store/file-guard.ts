import { accessSync, constants, statSync } from 'node:fs';

/** Where the store reports a fault it found; pino's logger fits. */
export interface StoreLog {
  error(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/**
 * The store cannot take writes: its file is gone (deleted, or replaced by another file) or cannot be
 * written (read-only, immutable). Nothing was written; whatever asked may say so and try later.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(
    readonly reason: 'gone' | 'read-only',
    message: string,
  ) {
    super(message);
  }
}

export const isStoreUnavailable = (error: unknown): error is StoreUnavailableError =>
  error instanceof StoreUnavailableError;

interface Identity {
  dev: number;
  ino: number;
}

const identityOf = (file: string): Identity | undefined => {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : undefined;
};

export interface FileGuard {
  /** Throws `StoreUnavailableError` when a write now would be lost or fail. */
  beforeWrite(): void;
  /**
   * Throws when the files cannot be written: even a read touches the mapped `-shm`, which SIGBUSes
   * on a file made immutable. A deleted file can still be read.
   */
  beforeRead(): void;
  /** What to throw for an error the database raised: the fault behind it, if there is one. */
  explain(error: unknown): unknown;
  stop(): void;
}

/**
 * Watches a SQLite file and its `-wal` and `-shm` companions by identity (device + inode) and
 * writability. SQLite keeps writing to a file deleted under it, so without this every answer after
 * `rm -rf data/` is confirmed and then lost at the next start; and writing through a mapped `-shm`
 * that became immutable ends the process with SIGBUS. So the files are checked before each write
 * (a few stat/access calls, microseconds), on every error, and every `everyMs` so an outage is
 * logged — at `error`, once — even when nobody writes.
 */
export function guardFile(path: string, log: StoreLog | undefined, everyMs = 1000): FileGuard {
  const files = [path, `${path}-wal`, `${path}-shm`];
  const known = new Map(files.map((file) => [file, identityOf(file)]));
  let fault: StoreUnavailableError | null = null;

  const inspect = (): StoreUnavailableError | null => {
    for (const file of files) {
      const was = known.get(file);
      const now = identityOf(file);
      if (was && (!now || now.dev !== was.dev || now.ino !== was.ino)) {
        return new StoreUnavailableError(
          'gone',
          `the SQLite store ${file} was deleted or replaced while open; writes are refused so none is lost — restart to open a new store`,
        );
      }
      if (!now) continue;
      if (!was) known.set(file, now);
      try {
        accessSync(file, constants.W_OK);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
        return new StoreUnavailableError(
          'read-only',
          `the SQLite store ${file} cannot be written (${code}); writes are refused until it can`,
        );
      }
    }
    return null;
  };

  const check = (): StoreUnavailableError | null => {
    const found = inspect();
    if (found && !fault) log?.error({ store: path, reason: found.reason, err: found }, 'store unavailable');
    if (!found && fault) log?.info({ store: path }, 'store writable again');
    fault = found;
    return fault;
  };

  const timer = everyMs > 0 ? setInterval(check, everyMs) : undefined;
  timer?.unref();

  return {
    beforeWrite() {
      const found = check();
      if (found) throw found;
    },
    beforeRead() {
      const found = check();
      if (found?.reason === 'read-only') throw found;
    },
    explain(error) {
      return check() ?? error;
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
