/** Cancels what `Clock.at` scheduled; harmless once it has run. */
export type Cancel = () => void;

/**
 * Time as the app sees it: what time it is, and "run this then". Injected so tests move time
 * themselves instead of sleeping, and so nothing in the app calls `setTimeout` behind their back.
 */
export interface Clock {
  now(): number;
  /** Runs `fn` at `when` (at once if that has passed). What `fn` returns is the clock's to await, or not. */
  at(when: number, fn: () => unknown): Cancel;
}

/** Node's timers; unref'd, so a pending reveal never keeps a finished process alive. */
export const systemClock: Clock = {
  now: () => Date.now(),
  at(when, fn) {
    const timer = setTimeout(fn, Math.max(0, when - Date.now()));
    timer.unref();
    return () => clearTimeout(timer);
  },
};
