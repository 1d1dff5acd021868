import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

const token = 'MTA5ODc2NTQzMjEwOTg3NjU0.GxYzAb.c2VjcmV0LXRva2VuLXRoYXQtbXVzdC1uZXZlci1sZWFr';

describe('createLogger', () => {
  it('never writes the bot token, whether in a field, a header, an error message or a stack', () => {
    const { lines, destination } = capture();
    const log = createLogger('info', { secrets: [token], destination });
    log.info({ token }, 'token field');
    log.info({ request: { headers: { authorization: `Bot ${token}` } } }, 'header');
    log.error({ err: new Error(`login failed for ${token}`) }, 'error');
    log.warn(`message mentioning ${token} inline`);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).not.toContain(token);
      expect(line).not.toContain(token.slice(0, 24));
    }
    expect(lines.join('')).toContain('[redacted]');
  });

  it('writes JSON lines that keep everything else', () => {
    const { lines, destination } = capture();
    createLogger('info', { destination }).info({ guildId: '1', requestId: 'r' }, 'hello');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      guildId: '1',
      requestId: 'r',
      msg: 'hello',
      level: 30,
    });
  });
});

describe('createLogger and interaction tokens', () => {
  it('scrubs interaction tokens from REST URLs in error messages', () => {
    const { lines, destination } = capture();
    const interactionToken = 'aW50ZXJhY3Rpb246OTEwMDAwMDAwMDAwMDAwMDAxOnNlY3JldA';
    const log = createLogger('info', { destination });
    log.error(
      {
        err: new Error(
          `404 on PATCH /api/v10/webhooks/900000000000000001/${interactionToken}/messages/@original`,
        ),
      },
      'edit failed',
    );
    log.warn(
      { url: `https://x/api/v10/interactions/910000000000000001/${interactionToken}/callback` },
      'callback',
    );
    expect(lines.join('')).not.toContain(interactionToken);
    expect(lines.join('')).toContain('/webhooks/900000000000000001/[redacted]/messages/@original');
  });
});
