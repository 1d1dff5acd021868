/**
 * A structure built in bounded steps: {@link Stepwise.step} does one slice of the work (a few milliseconds),
 * so a caller can build it between other work without holding the event loop; {@link Stepwise.value}
 * finishes whatever is left, so whoever needs the structure first never waits for a turn.
 */
export class Stepwise<T> {
  private steps?: Generator<void, T>;
  private done?: { value: T };

  /** `build` yields after each slice and returns the structure. */
  constructor(private readonly build: () => Generator<void, T>) {}

  /** Does one slice; true when the structure is complete. */
  step(): boolean {
    if (this.done) return true;
    this.steps ??= this.build();
    const r = this.steps.next();
    if (!r.done) return false;
    this.done = { value: r.value };
    // A finished generator still holds its frame, and with it whatever the build kept in locals (a typo lookup's
    // key maps, as large as the lookup it made): dropped, so only the structure stays.
    this.steps = undefined;
    return true;
  }

  get value(): T {
    while (!this.step()) {}
    return (this.done as { value: T }).value;
  }

  get ready(): boolean {
    return this.done !== undefined;
  }
}

/** Items of a slice: enough to amortise a turn, few enough to stay within a few milliseconds. */
export const SLICE = 2000;
