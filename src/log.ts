import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * The one logger. JSON lines on stderr so stdout stays free for CLI output and the endpoint's
 * start line. The token never reaches a log line: pino redacts it wherever it appears in an object.
 */
export function createLogger(level = 'info'): Logger {
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}

/** A logger that writes nothing, for tests and one-shot CLI runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
