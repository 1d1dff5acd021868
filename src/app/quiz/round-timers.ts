import type { Cancel, Clock } from '../clock.ts';

/**
 * One timer per round id, scheduled through the clock. A timer is only a prompt to ask the
 * database (closing is a conditional update), so a late, early or duplicate one is harmless.
 */
export class RoundTimers {
  readonly #armed = new Map<string, Cancel>();

  constructor(private readonly clock: Clock) {}

  /** Runs `fn` for `id` at `when`, replacing the timer `id` had. */
  arm(id: string, when: number, fn: () => unknown): void {
    this.cancel(id);
    const cancel = this.clock.at(when, () => {
      this.#armed.delete(id);
      return fn();
    });
    this.#armed.set(id, cancel);
  }

  cancel(id: string): void {
    this.#armed.get(id)?.();
    this.#armed.delete(id);
  }

  has(id: string): boolean {
    return this.#armed.has(id);
  }

  ids(): string[] {
    return [...this.#armed.keys()];
  }

  stop(): void {
    for (const cancel of this.#armed.values()) cancel();
    this.#armed.clear();
  }
}
