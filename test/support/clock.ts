import type { Cancel, Clock } from '../../src/app/clock.ts';

interface Due {
  when: number;
  seq: number;
  fn: () => unknown;
}

/**
 * Time that moves only when a test says so. `advance` runs every timer that falls due, in time order,
 * awaiting what each returns (a close, its reveal and the next question), so a test reads the outcome
 * right after it, without sleeping.
 */
export class ManualClock implements Clock {
  #now: number;
  #seq = 0;
  #due: Due[] = [];

  constructor(start = 1_700_000_000_000) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  at(when: number, fn: () => unknown): Cancel {
    const due = { when, seq: this.#seq++, fn };
    this.#due.push(due);
    return () => {
      this.#due = this.#due.filter((d) => d !== due);
    };
  }

  /** Timers still waiting, for tests that check nothing was left behind. */
  pending(): number {
    return this.#due.length;
  }

  /** Moves time forward by `ms`, running what falls due on the way (and what those schedule). */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      await settle();
      const next = this.#due
        .filter((d) => d.when <= target)
        .sort((a, b) => a.when - b.when || a.seq - b.seq)[0];
      if (!next) break;
      this.#due = this.#due.filter((d) => d !== next);
      this.#now = Math.max(this.#now, next.when);
      await next.fn();
    }
    this.#now = target;
    await settle();
  }
}

/** Lets work already started (promise chains, `setImmediate` hand-offs) run to its next real wait. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
