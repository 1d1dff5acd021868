import { randomBytes } from 'node:crypto';
import type { Logger } from '../../log.ts';
import type { Claim } from '../../store/store.ts';
import type { Cancel, Clock } from '../clock.ts';

/** One kind of work due at an hour: how to claim due rows, and what to do with each one claimed. */
export interface DueJob<T> {
  name: string;
  claim(claim: Claim): Promise<T[]>;
  /** Does one row's work and moves it on under `claim`; a throw leaves it to be taken again after the lease. */
  work(item: T, claim: string): Promise<void>;
}

export interface RunnerSettings {
  /** How often each instance looks for due rows. */
  pollMs: number;
  /** How long a claim holds: an instance that died lets its rows go after this. */
  leaseMs: number;
  /** Rows per claim, and how many rows are worked at once (each a worker taking the next when done). */
  batch: number;
  concurrency: number;
}

export const defaultRunnerSettings: RunnerSettings = {
  pollMs: 5_000,
  leaseMs: 20_000,
  batch: 50,
  concurrency: 10,
};

/**
 * Enough rows in flight to use this instance's REST share (`DISCORD_REST_RPS`) at a 100 ms round trip to
 * Discord: Discord's default 50 a second keeps the defaults; a bot whose limit Discord raised works more
 * at once. A claim holds two rounds of work, seconds against its 20 s lease.
 */
export function runnerSettingsFor(requestsPerSecond: number): RunnerSettings {
  const concurrency = Math.max(defaultRunnerSettings.concurrency, Math.ceil(requestsPerSecond / 10));
  return {
    ...defaultRunnerSettings,
    concurrency,
    batch: Math.max(defaultRunnerSettings.batch, 2 * concurrency),
  };
}

/**
 * Looks for due rows every `pollMs` on the injected clock and works them until none is left. Every
 * instance runs one; the store's claim decides which instance works which row, so they need no
 * coordination. Owns its timer and stops cleanly.
 */
export class ScheduleRunner {
  readonly #instance = randomBytes(6).toString('base64url');
  #claims = 0;
  #timer: Cancel | null = null;
  #running: Promise<number> | null = null;
  #stopped = false;

  constructor(
    private readonly parts: {
      clock: Clock;
      log: Logger;
      // biome-ignore lint/suspicious/noExplicitAny: each job keeps its own row type
      jobs: DueJob<any>[];
      settings?: RunnerSettings;
    },
  ) {}

  get #settings(): RunnerSettings {
    return this.parts.settings ?? defaultRunnerSettings;
  }

  /** Starts looking now, then every `pollMs`. */
  start(): void {
    this.#schedule(this.parts.clock.now());
  }

  /** Works every row due now, in all jobs, until none is left; returns how many were worked. */
  tick(): Promise<number> {
    this.#running ??= this.#drain().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Resolves when a tick under way has finished. */
  async idle(): Promise<void> {
    await this.#running;
  }

  stop(): void {
    this.#stopped = true;
    this.#timer?.();
    this.#timer = null;
  }

  #schedule(when: number): void {
    if (this.#stopped) return;
    this.#timer = this.parts.clock.at(when, () =>
      this.tick()
        .catch((err: unknown) => this.parts.log.warn({ err }, 'scheduled work failed; will look again'))
        .finally(() => this.#schedule(this.parts.clock.now() + this.#settings.pollMs)),
    );
  }

  async #drain(): Promise<number> {
    let worked = 0;
    for (const job of this.parts.jobs) worked += await this.#drainJob(job);
    return worked;
  }

  /**
   * `concurrency` workers take rows from claims of `batch` until a claim comes back empty: each starts
   * its next row as soon as its last is done, so one slow row (a DM waiting on Discord) holds no others
   * back. One claim at a time; a claim that fails ends the drain once the rows in hand are done.
   */
  async #drainJob<T>(job: DueJob<T>): Promise<number> {
    const { clock, log } = this.parts;
    const { batch, concurrency, leaseMs } = this.#settings;
    const queue: { row: T; claim: string }[] = [];
    let worked = 0;
    let done = false;
    let failed: unknown = null;
    let claiming: Promise<void> | null = null;
    const claimMore = async () => {
      const now = clock.now();
      const claim = `${this.#instance}:${++this.#claims}`;
      try {
        const rows = await job.claim({ claim, now, until: now + leaseMs, limit: batch });
        if (rows.length === 0) done = true;
        for (const row of rows) queue.push({ row, claim });
      } catch (err) {
        failed = err;
        done = true;
      }
    };
    const worker = async () => {
      for (;;) {
        if (this.#stopped) return;
        const next = queue.shift();
        if (!next) {
          if (done) return;
          claiming ??= claimMore().finally(() => {
            claiming = null;
          });
          await claiming;
          continue;
        }
        await job.work(next.row, next.claim).then(
          () => worked++,
          (err: unknown) =>
            log.warn({ err, job: job.name }, 'scheduled work failed; retried after its lease'),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    if (failed) throw failed;
    return worked;
  }
}
