import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Interaction tokens ride in REST paths (`/webhooks/{app}/{token}/…`, `/interactions/{id}/{token}/…`),
 * and a failed request's error carries its URL: for 15 minutes such a token can post as the bot.
 */
const interactionTokenInPath = /(\/(?:webhooks|interactions)\/\d+\/)[^/\s"?\\]+/g;

export interface LoggerOptions {
  /** Strings that must never reach a log line, wherever they hide (the bot token). */
  secrets?: (string | undefined)[];
  /** Where lines go; stderr by default, so stdout stays free for CLI output and the endpoint's start line. */
  destination?: pino.DestinationStream;
}

/**
 * The one logger: JSON lines, token-shaped fields redacted by path, and every secret (the bot token,
 * interaction tokens in URLs) scrubbed from the finished line too — an error message or a URL can
 * carry a token where no path rule looks.
 */
export function createLogger(level = 'info', options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => Boolean(s && s.length >= 8));
  const scrub = (line: string) =>
    secrets
      .reduce((out, s) => out.replaceAll(s, '[redacted]'), line)
      .replace(interactionTokenInPath, '$1[redacted]');
  return pino(
    {
      level,
      redact: {
        paths: [
          'token',
          '*.token',
          'DISCORD_TOKEN',
          '*.DISCORD_TOKEN',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that writes nothing, for tests and one-shot CLI runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
