import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 may let the heap grow past what its last full collection left alive before it collects again, in
 * percent. V8's own factor depends on the machine: with a heap limit of 2 GB or more (any host with 16 GB) and a
 * fast-allocating program it is 4×. Building a server's index allocates ~8 MB of short-lived objects for 20 KB
 * of notes, so a sweep over servers let the heap reach ~4× its live size: RSS 840–865 MB with ~170 MB live
 * (`npm run bench -- notes`), whatever `NOTES_CACHE_MB` said. At 50% the heap stays within 1.5× live, so the
 * budget bounds RSS; the price is a full collection every ~half-live of allocation instead of every ~3×.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Caps V8's heap growth for this process ({@link HEAP_GROWING_PERCENT}). V8 reads the flag each time it sets
 * the next collection's limit, so setting it at start, before notes are loaded, takes effect; unlike
 * `--max-old-space-size` it sets no ceiling a large reload could hit and crash on.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
