import { createLogger, type Logger } from '../../src/log.ts';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** The real logger, writing its JSON lines into an array a test can read. */
export function recordingLogger(): {
  log: Logger;
  lines: LogLine[];
  messages(level?: 'warn' | 'error'): string[];
} {
  const lines: LogLine[] = [];
  const log = createLogger('trace', {
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  });
  const levels = { warn: 40, error: 50 };
  return {
    log,
    lines,
    messages: (level) =>
      lines.filter((l) => level === undefined || l.level === levels[level]).map((l) => l.msg),
  };
}
