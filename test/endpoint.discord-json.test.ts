import { describe, expect, it } from 'vitest';
import { fitText, limits } from '../src/app/format.ts';
import type { Request, Response } from '../src/app/protocol.ts';
import {
  answerWithin,
  fitEmbeds,
  fromInteraction,
  toCallback,
  toMessageBody,
} from '../src/transports/discord-json.ts';
import { autocomplete, button, command, users } from './fake-discord/interactions.ts';

const requestOf = (raw: unknown): Request => {
  const incoming = fromInteraction(raw, 1000);
  if (incoming.kind !== 'request') throw new Error(`expected a request, got ${JSON.stringify(incoming)}`);
  return incoming.request;
};

describe('fromInteraction', () => {
  it('reads a guild slash command: options, member name, permissions as bigint, Korean locale', () => {
    const req = requestOf(command('explain', { topic: 'CDN' }, { ...users.ana, permissions: '8' }));
    expect(req).toMatchObject({
      kind: 'command',
      command: 'explain',
      options: { topic: 'CDN' },
      guildId: '600000000000000001',
      channelId: '800000000000000001',
      user: { id: users.ana.id, name: 'Ana' },
      locale: 'ko',
      memberPermissions: 8n,
      receivedAt: 1000,
    });
  });

  it('reads a DM: no guild, the user instead of a member, null permissions, English when asked', () => {
    const req = requestOf(command('explain', { topic: 'x' }, { ...users.bo, guild: null, locale: 'en-US' }));
    expect(req).toMatchObject({
      guildId: null,
      memberPermissions: null,
      user: { id: users.bo.id, name: 'Bo' },
      locale: 'en',
    });
  });

  it('flattens subcommand groups and subcommands into camelCase keys no real option can take', () => {
    const raw = command('quiz');
    raw.data = {
      name: 'quiz',
      type: 1,
      options: [
        {
          name: 'admin',
          type: 2,
          options: [{ name: 'reset', type: 1, options: [{ name: 'count', type: 4, value: 3 }] }],
        },
      ],
    };
    expect(requestOf(raw)).toMatchObject({
      options: { subCommandGroup: 'admin', subCommand: 'reset', count: 3 },
    });
  });

  it('names the focused option of an autocomplete, as a string', () => {
    const req = requestOf(autocomplete('explain', 'topic', '캐시'));
    expect(req).toMatchObject({
      kind: 'autocomplete',
      command: 'explain',
      focused: { name: 'topic', value: '캐시' },
    });
  });

  it('reads a button with the clicked message as a ref', () => {
    const req = requestOf(button('quiz:answer:1', '555'));
    expect(req).toMatchObject({ kind: 'button', customId: 'quiz:answer:1', message: { messageId: '555' } });
  });

  it('reads modal fields from action rows and from labels', () => {
    const raw = command('quiz');
    raw.type = 5;
    raw.data = {
      custom_id: 'quiz:typed:1',
      components: [
        { type: 1, components: [{ type: 4, custom_id: 'a', value: 'one' }] },
        { type: 18, id: 2, component: { type: 4, custom_id: 'b', value: 'two' } },
      ],
    };
    expect(requestOf(raw)).toMatchObject({
      kind: 'modal',
      customId: 'quiz:typed:1',
      fields: { a: 'one', b: 'two' },
    });
  });

  it('answers PING as ping', () => {
    expect(fromInteraction({ id: '1', type: 1, token: 't', application_id: '1', version: 1 }, 0)).toEqual({
      kind: 'ping',
    });
    expect(fromInteraction({ type: 1 }, 0)).toEqual({ kind: 'ping' });
  });

  it('refuses garbage without throwing', () => {
    for (const raw of [null, 42, 'x', [], {}, { type: 2 }, { id: 1, type: 'x', token: 't' }]) {
      expect(fromInteraction(raw, 0).kind).toBe('invalid');
    }
  });

  it('refuses an unknown interaction type with an ephemeral notice, and bad autocomplete with no choices', () => {
    const odd = { ...command('explain'), type: 99 };
    const refused = fromInteraction(odd, 0);
    expect(refused).toMatchObject({
      kind: 'invalid',
      answer: { type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } },
    });
    const ac = { ...autocomplete('explain', 'topic', 'x'), data: { nope: true } };
    expect(fromInteraction(ac, 0)).toMatchObject({
      kind: 'invalid',
      answer: { type: 8, data: { choices: [] } },
    });
  });
});

describe('toMessageBody', () => {
  it('never parses mentions and marks ephemeral messages with flag 64', () => {
    expect(toMessageBody({ content: '@everyone hi', ephemeral: true })).toEqual({
      content: '@everyone hi',
      flags: 64,
      allowed_mentions: { parse: [] },
    });
  });

  it('cuts content to 2000 at a line boundary', () => {
    const content = Array.from({ length: 300 }, (_, i) => `line ${i} of the notes`).join('\n');
    const body = toMessageBody({ content });
    expect(body.content?.length).toBeLessThanOrEqual(2000);
    expect(body.content?.endsWith('…')).toBe(true);
    expect(content.startsWith(body.content?.slice(0, -1) ?? '')).toBe(true);
    expect(content[(body.content?.length ?? 1) - 1]).toBe('\n');
  });

  it('keeps at most 5 rows of 5 components', () => {
    const row = {
      type: 1 as const,
      components: Array.from({ length: 7 }, (_, i) => ({
        type: 2 as const,
        style: 1 as const,
        custom_id: `b${i}`,
        label: 'x',
      })),
    };
    const body = toMessageBody({ components: Array.from({ length: 7 }, () => row) });
    expect(body.components).toHaveLength(5);
    expect(body.components?.[0]?.components).toHaveLength(5);
  });
});

describe('fitEmbeds', () => {
  it('keeps 10 embeds, 25 fields, 4096-character descriptions and 6000 characters in all', () => {
    const embeds = Array.from({ length: 12 }, () => ({
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      fields: Array.from({ length: 30 }, () => ({ name: 'n', value: 'v'.repeat(2000) })),
    }));
    const fitted = fitEmbeds(embeds);
    expect(fitted.length).toBeLessThanOrEqual(limits.embeds);
    const total = fitted.reduce(
      (n, e) =>
        n +
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
      0,
    );
    expect(total).toBeLessThanOrEqual(limits.embedTotal);
    for (const e of fitted) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
    }
  });

  it('leaves small embeds as they are', () => {
    const e = { title: '로브밸런서', description: '- 부하를 나눈다', color: 1 };
    expect(fitEmbeds([e])).toEqual([e]);
  });
});

describe('fitText', () => {
  it('never splits a surrogate pair', () => {
    const out = fitText('😀'.repeat(10), 6);
    expect(out.length).toBeLessThanOrEqual(6);
    expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
  });
});

describe('toCallback', () => {
  const click = requestOf(button('quiz:answer:1', '555'));
  const slash = requestOf(command('explain', { topic: 'x' }));

  it('uses 4 for messages, 7 for updates after a click, 4 for an update to a command', () => {
    const update: Response = { type: 'update', message: { content: 'x' } };
    expect(toCallback({ type: 'message', message: { content: 'x' } }, slash).type).toBe(4);
    expect(toCallback(update, click)).toEqual({
      type: 7,
      data: { content: 'x', allowed_mentions: { parse: [] } },
    });
    expect(toCallback(update, slash).type).toBe(4);
  });

  it('updates (7) only from a modal submitted on a message; a slash-command modal gets a new reply (4)', () => {
    const update: Response = { type: 'update', message: { content: 'x' } };
    const onMessage = {
      ...button('quiz:t:1', '555'),
      type: 5,
      data: { custom_id: 'quiz:m:1', components: [] },
    };
    const fromSlash = { ...command('quiz'), type: 5, data: { custom_id: 'quiz:m:1', components: [] } };
    expect(toCallback(update, requestOf(onMessage)).type).toBe(7);
    expect(toCallback(update, requestOf(fromSlash)).type).toBe(4);
  });

  it('keeps at most 25 autocomplete choices with names up to 100 characters', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({
      name: `${i} ${'가'.repeat(150)}`,
      value: String(i),
    }));
    const cb = toCallback({ type: 'autocomplete', choices }, slash);
    expect(cb.type).toBe(8);
    const data = (cb as { data: { choices: { name: string }[] } }).data;
    expect(data.choices).toHaveLength(25);
    expect(Math.max(...data.choices.map((c) => c.name.length))).toBeLessThanOrEqual(100);
  });

  it('passes a modal through as type 9', () => {
    const modal = { custom_id: 'quiz:m', title: 'Answer', components: [] };
    expect(toCallback({ type: 'modal', modal }, slash)).toEqual({ type: 9, data: modal });
  });
});

describe('answerWithin', () => {
  const slash = requestOf(command('explain', { topic: 'x' }));
  const click = requestOf(button('quiz:answer:1', '555'));
  // A handler that answers only when the test lets it: late by construction, not by a sleep.
  const held = (res: Response) => {
    let release = () => {};
    const handle = () => new Promise<Response>((r) => (release = () => r(res)));
    return { handle, release: () => release() };
  };

  it('answers inline when the handler is fast', async () => {
    const a = await answerWithin(async () => ({ type: 'message', message: { content: 'hi' } }), slash, 100);
    expect(a.callback.type).toBe(4);
    expect(a.later).toBeNull();
  });

  it('defers a slow command with 5 and a slow click with 6, keeping the result for later', async () => {
    const res: Response = { type: 'message', message: { content: 'late' } };
    const slowCommand = held(res);
    const a = await answerWithin(slowCommand.handle, slash, 10);
    expect(a.callback).toEqual({ type: 5 });
    slowCommand.release();
    expect(await a.later).toEqual(res);
    const slowClick = held(res);
    const b = await answerWithin(slowClick.handle, click, 10);
    expect(b.callback).toEqual({ type: 6 });
    slowClick.release();
  });
});
