import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../src/app/catalogue.ts';
import { defineCommand } from '../src/app/command.ts';
import {
  adminIds,
  explainIds,
  leaderboardIds,
  quizIds,
  splitCustomId,
  statsIds,
  topicsIds,
} from '../src/app/custom-ids.ts';
import type { Message, Response } from '../src/app/protocol.ts';
import { fromInteraction } from '../src/transports/discord-json.ts';
import { testApp } from './support/app.ts';
import { button, command } from './support/requests.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

const message = (res: Response): Message => {
  if (res.type !== 'message' && res.type !== 'update') throw new Error(`expected a message, got ${res.type}`);
  return res.message;
};
let n = 0;
const someone = () => ({ user: { id: `72000000000000${String(++n).padStart(4, '0')}`, name: `v${n}` } });

describe('custom-id codecs', () => {
  it('read back exactly what they wrote, on the wire format buttons already posted carry', () => {
    const cases = [
      [explainIds, { action: 'section', ref: 'abcdefghij' }, 'explain:s:abcdefghij'],
      [quizIds, { action: 'answer', roundId: 'r1', choice: 2 }, 'quiz:a:r1:2'],
      [quizIds, { action: 'type', roundId: 'r1' }, 'quiz:t:r1'],
      [quizIds, { action: 'typed', roundId: 'r1' }, 'quiz:m:r1'],
      [quizIds, { action: 'start', ref: 'abcdefghij' }, 'quiz:start:abcdefghij'],
      [
        leaderboardIds,
        { action: 'page', period: 'weekly', page: 3, onPrivateCopy: true },
        'leaderboard:p:weekly:3:e',
      ],
      [topicsIds, { action: 'page', chapter: null, page: 2 }, 'topics:p:-:2'],
      [statsIds, { action: 'page', userId: '700000000000000001', page: 2 }, 'stats:p:700000000000000001:2'],
      [adminIds, { action: 'confirm', what: 'reset', season: 2 }, 'admin:ok:reset:2'],
    ] as const;
    for (const [codec, id, wire] of cases) {
      const encoded = (codec.encode as (i: unknown) => string)(id);
      expect(encoded).toBe(wire);
      expect(codec.decode(splitCustomId(encoded).parts)).toEqual(id);
    }
  });

  it('are read once per request: the router derives the deferral and the answer from one decode', async () => {
    let decodes = 0;
    const probe = defineCommand({
      data: { name: 'probe-ids', description: 'p' },
      ids: {
        command: 'probe-ids',
        encode: (id: { slow: boolean }) => `probe-ids:${id.slow ? 's' : 'f'}`,
        decode: ([x]) => {
          decodes += 1;
          return x === 's' || x === 'f' ? { slow: x === 's' } : undefined;
        },
      },
      async execute() {
        return { type: 'message', message: {} };
      },
      async component(_req, id) {
        return { type: 'message', message: { content: id.slow ? 'slow' : 'fast' } };
      },
      deferComponent: (id) => (id.slow ? 'ephemeral' : 'update'),
    });
    const { createRouter } = await import('../src/app/router.ts');
    const router = createRouter([probe], app.ctx);
    const req = button('probe-ids:s', someone());
    expect(router.deferralOf(req)).toBe('ephemeral');
    expect(message(await router.handle(req)).content).toBe('slow');
    expect(decodes).toBe(1);
  });

  it('decode nothing they never wrote', () => {
    for (const wire of [
      'quiz:a:r1:x',
      'quiz:a:r1:-1',
      'quiz:zz:r1',
      'quiz:a',
      'leaderboard:p:yearly:1',
      'leaderboard:p:weekly:0',
    ])
      expect(
        quizIds.decode(splitCustomId(wire).parts) ?? leaderboardIds.decode(splitCustomId(wire).parts),
      ).toBeUndefined();
  });

  it('a forged id gets the stale-button message, in the clicker’s language', async () => {
    const ko = message(await app.router.handle(button('quiz:a:r1:x', someone())));
    expect(ko).toEqual({ content: `⚠️ ${catalogue['button.stale'].ko}`, ephemeral: true });
    const en = message(
      await app.router.handle(button('leaderboard:p:yearly:1', { ...someone(), locale: 'en' })),
    );
    expect(en.content).toBe(`⚠️ ${catalogue['button.stale'].en}`);
  });
});

describe('typed options', () => {
  it('refuse a value of the wrong type with a message that names the option, in the user’s language', async () => {
    const m = message(await app.router.handle(command('quiz', { count: 'three' }, someone())));
    expect(m).toEqual({ content: '⚠️ `count` 옵션 값이 올바르지 않아요.', ephemeral: true });
    const en = message(
      await app.router.handle(command('leaderboard', { period: 'yearly' }, { ...someone(), locale: 'en' })),
    );
    expect(en.content).toBe('⚠️ The `period` option has a value it cannot take.');
    const missing = message(await app.router.handle(command('explain', {}, someone())));
    expect(missing.content).toBe('⚠️ `topic` 옵션을 적어 주세요.');
  });

  it('refuse a number outside the declared range instead of running something else (count:0 ran 5)', async () => {
    const m = message(await app.router.handle(command('quiz', { count: 0 }, someone())));
    expect(m).toEqual({ content: '⚠️ `count` 옵션은 1–20의 정수여야 해요.', ephemeral: true });
    const en = message(
      await app.router.handle(command('leaderboard', { page: -5 }, { ...someone(), locale: 'en' })),
    );
    expect(en.content).toBe('⚠️ The `page` option takes a whole number 1 or more.');
  });

  it('hand a command its values typed as declared', async () => {
    let seen: unknown;
    const probe = defineCommand({
      data: {
        name: 'probe',
        description: 'p',
        options: [
          { type: ApplicationCommandOptionType.String, name: 'topic', description: 't', required: true },
          { type: ApplicationCommandOptionType.Integer, name: 'count', description: 'c' },
        ],
      },
      async execute(_req, args) {
        // Compile-time: `topic` is a string, `count` a number or undefined.
        const typed: { topic: string; count: number | undefined } = args;
        seen = typed;
        return { type: 'message', message: {} };
      },
    });
    await probe.resolve(command('probe', { topic: 'CDN', count: 3, extra: true })).run(app.ctx);
    expect(seen).toEqual({ topic: 'CDN', count: 3 });
  });
});

describe('preconditions', () => {
  const admin = defineCommand({
    data: { name: 'probe-admin', description: 'p' },
    preconditions: { guildOnly: true, permissions: PermissionFlagsBits.ManageGuild },
    async execute() {
      return { type: 'message', message: { content: 'done' } };
    },
  });

  it('are told to Discord at registration: server only, Manage Server by default', () => {
    expect(admin.data).toMatchObject({
      contexts: [InteractionContextType.Guild],
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    });
  });

  it('are checked by the router before the command runs', async () => {
    const { createRouter } = await import('../src/app/router.ts');
    const router = createRouter([admin], app.ctx);
    const run = (over: object) =>
      router.handle(command('probe-admin', {}, { ...someone(), ...over })).then(message);
    expect((await run({ guildId: null, memberPermissions: null })).content).toBe(
      '⚠️ 서버에서만 할 수 있어요.',
    );
    expect((await run({ memberPermissions: 0n })).content).toBe('⚠️ 서버 관리 권한이 있어야 할 수 있어요.');
    expect((await run({ memberPermissions: PermissionFlagsBits.ManageGuild })).content).toBe('done');
  });

  it('/leaderboard in DMs says where boards live', async () => {
    const m = message(await app.router.handle(command('leaderboard', {}, { ...someone(), guildId: null })));
    expect(m.content).toBe(`⚠️ ${catalogue['leaderboard.guildOnly'].ko}`);
  });
});

describe('a submitted form', () => {
  it('carries the message its button was on, and nothing when a slash command opened it', () => {
    const base = {
      id: '1',
      token: 't',
      type: 5,
      channel_id: '800000000000000001',
      user: { id: '700000000000000001', username: 'a' },
      data: { custom_id: 'quiz:m:r1', components: [] },
    };
    const onMessage = fromInteraction({ ...base, message: { id: '99' } }, 0);
    const fromSlash = fromInteraction(base, 0);
    expect(onMessage).toMatchObject({
      request: { kind: 'modal', message: { token: 't', messageId: '99', channelId: '800000000000000001' } },
    });
    expect(fromSlash).toMatchObject({ request: { kind: 'modal', message: null } });
  });
});
