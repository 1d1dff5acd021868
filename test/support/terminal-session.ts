/**
 * The terminal door in this process, on streams the test types into and reads from: a pipe (as
 * `printf … | npm start`) or, with `tty`, a stream that says it is a terminal, so readline runs its
 * line editor (history, Ctrl-C, prompt redraws) as it does for a person.
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import type { Locale } from '../../src/app/protocol.ts';
import { type Config, parseConfig } from '../../src/config.ts';
import { runTerminal } from '../../src/transports/terminal.ts';
import { firstChapterDir } from './spawn.ts';

export interface TerminalSession {
  /** Types `text` (include `\n` or `\r` to press Enter). */
  type(text: string): void;
  /** Everything shown so far, without terminal escape codes. */
  screen(): string;
  /** One-line warnings written to the error stream (pipe mode). */
  errors(): string;
  /** Resolves once the screen (after `from` characters) matches; rejects after `timeoutMs`. */
  until(pattern: RegExp, options?: { from?: number; timeoutMs?: number }): Promise<string>;
  /** Ends the input (as a pipe does) and waits for the terminal to finish. */
  end(): Promise<void>;
  done: Promise<void>;
}

export function startTerminal(
  config: Config,
  options: { tty?: boolean; locale?: Locale } = {},
): TerminalSession {
  const input = new PassThrough();
  const output = new PassThrough();
  const errors = new PassThrough();
  if (options.tty) Object.assign(input, { isTTY: true, setRawMode: () => input });
  let shown = '';
  let errorText = '';
  const listeners = new Set<() => void>();
  output.on('data', (c) => {
    shown += String(c);
    for (const l of listeners) l();
  });
  errors.on('data', (c) => {
    errorText += String(c);
  });
  const screen = () => stripVTControlCharacters(shown);
  const done = runTerminal(config, {
    input,
    output,
    errors,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  return {
    type: (text) => input.write(text),
    screen,
    errors: () => errorText,
    until(pattern, { from = 0, timeoutMs = 10_000 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const text = screen().slice(from);
          if (!pattern.test(text)) return false;
          clearTimeout(timer);
          listeners.delete(onData);
          resolve(text);
          return true;
        };
        const onData = () => void check();
        const timer = setTimeout(() => {
          listeners.delete(onData);
          reject(new Error(`no ${pattern} on the terminal; it shows:\n${screen().slice(from)}`));
        }, timeoutMs);
        listeners.add(onData);
        check();
      });
    },
    async end() {
      input.end();
      await done;
    },
    done,
  };
}

/** Runs the tutor on the first chapter and `dbPath`, fed `lines` as a pipe would, and returns what it printed. */
export async function pipedTutor(dbPath: string, lines: string[]): Promise<string> {
  let out = '';
  const output = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  const config = parseConfig({ KNOWLEDGE_DIR: firstChapterDir, DATABASE_URL: dbPath, LOG_LEVEL: 'silent' });
  await runTerminal(config, { input: Readable.from(lines.map((l) => `${l}\n`)), output, errors: output });
  return out;
}
