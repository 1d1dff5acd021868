import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 may let the heap grow past what its last full collection left alive before it collects again, in
 * percent. V8's own factor depends on the machine: with a heap limit of 2 GB or more (any host with 16 GB) and a
 * fast-allocating program it is 4×. Building a server's index allocates ~8 MB of short-lived objects for 20 KB
 * of notes, so a sweep over servers let the heap reach ~4× its live size: RSS 840–865 MB with ~170 MB live
 * (`npm run bench -- notes`), whatever `NOTES_CACHE_MB` said. At 100% the heap stays within 2× live, so the
 * budget bounds RSS; the price is a full collection after each live heap's worth of allocation instead of ~3×
 * (11 instead of 4 in the bench's sweep of 1,000 servers). At 50% RSS was lower still (~360 vs ~370 MB), but
 * with 19 full collections the cold builds' p99 was 60–90 ms higher on a loaded machine.
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * Caps V8's heap growth for this process ({@link HEAP_GROWING_PERCENT}). V8 reads the flag each time it sets
 * the next collection's limit, so setting it at start, before notes are loaded, takes effect; unlike
 * `--max-old-space-size` it sets no ceiling a large reload could hit and crash on.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
