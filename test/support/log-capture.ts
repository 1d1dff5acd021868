import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.ts';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A real logger whose JSON lines are kept for the test to read. */
export function capturingLogger(level = 'debug'): {
  log: Logger;
  lines: LogLine[];
  at(name: 'warn' | 'error' | 'info' | 'debug'): LogLine[];
} {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const levels = { debug: 20, info: 30, warn: 40, error: 50 } as const;
  return {
    log: createLogger(level, { destination }),
    lines,
    at: (name) => lines.filter((l) => l.level === levels[name]),
  };
}
