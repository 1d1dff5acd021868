import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/*
 * Small JSON caches keyed by a content hash (`.cache/<kind>-<hash>.json`), shared by the parsed notes and the
 * search index. Caching is best effort: a missing, broken or foreign file is a miss, a failed write is ignored.
 */

/** Cached files kept per kind; older ones are deleted so edited notes do not pile up stale copies. */
const KEEP = 8;

/**
 * A fingerprint of source files (resolved against `base`, an `import.meta.url`), so that changing the code
 * that produced a cache invalidates it without anyone remembering to bump a version. Falls back to `fallback`
 * when the sources are not on disk (a bundled build).
 */
export function sourceFingerprint(base: string, files: readonly string[], fallback: string): string {
  const h = createHash('sha256');
  try {
    for (const f of files) h.update(readFileSync(new URL(f, base)));
  } catch {
    return fallback;
  }
  return h.digest('hex').slice(0, 16);
}

// UTF-16: the caches are mostly Korean text, and decoding UTF-8 Korean into a JS string took longer than
// JSON.parse itself (80 ms of a 0.5 s restart budget for 8 MB of notes); UTF-16 is near a copy.
const ENCODING = 'utf16le';

function cachePath(cacheDir: string, kind: string, hash: string): string {
  return join(cacheDir, `${kind}-${hash.slice(0, 16)}.u16.json`);
}

/** The cached value for this kind and hash, or undefined. */
export function readCache<T>(cacheDir: string, kind: string, hash: string): T | undefined {
  try {
    return JSON.parse(readFileSync(cachePath(cacheDir, kind, hash), ENCODING)) as T;
  } catch {
    return undefined;
  }
}

/**
 * Writes atomically (temp file + rename, so a concurrent reader never sees half a file) and prunes old files,
 * keeping the newest `keep` of this kind.
 */
export function writeCache(cacheDir: string, kind: string, hash: string, value: unknown, keep = KEEP): void {
  const file = cachePath(cacheDir, kind, hash);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value), ENCODING);
    renameSync(tmp, file);
    pruneCache(cacheDir, kind, keep);
  } catch {
    // Best effort: a read-only disk only costs a rebuild later.
  }
}

function pruneCache(cacheDir: string, kind: string, keep: number): void {
  const names = readdirSync(cacheDir).filter((n) => n.startsWith(`${kind}-`) && n.endsWith('.json'));
  // Servers' indexes keep a thousand files: stat them only when some are to go.
  if (names.length <= keep) return;
  const mine = names.map((n) => ({ n, t: statSync(join(cacheDir, n)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { n } of mine.slice(keep)) {
    try {
      unlinkSync(join(cacheDir, n));
    } catch {
      // Another process may have pruned it first.
    }
  }
}
