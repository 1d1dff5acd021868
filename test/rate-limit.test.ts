import { afterEach, describe, expect, it } from 'vitest';
import type { Response } from '../src/app/protocol.ts';
import { rateRules } from '../src/app/rate-limit.ts';
import { testApp } from './support/app.ts';
import { capturingLogger } from './support/log-capture.ts';
import { button, command } from './support/requests.ts';

let app: Awaited<ReturnType<typeof testApp>> | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const text = (res: Response) =>
  res.type === 'message' || res.type === 'update' ? (res.message.content ?? '') : '';
const user = (id: string) => ({ user: { id, name: id } });

describe('rate limits', () => {
  it('lets one student burst up to the user bucket, then asks them to slow down, politely and privately', async () => {
    app = await testApp();
    const replies: Response[] = [];
    for (let i = 0; i < rateRules.user.capacity + 1; i++) {
      replies.push(await app.router.handle(command('explain', { topic: 'CDN' }, user('u1'))));
    }
    expect(replies.slice(0, -1).every((r) => r.type === 'message' && r.message.embeds?.length === 1)).toBe(
      true,
    );
    const last = replies.at(-1);
    expect(last).toMatchObject({ type: 'message', message: { ephemeral: true } });
    expect(text(last as Response)).toContain('조금 천천히');
    // Someone else in the same server is not slowed down by it.
    expect(await app.router.handle(command('explain', { topic: 'CDN' }, user('u2')))).toMatchObject({
      message: { embeds: [expect.anything()] },
    });
  });

  it('never limits autocomplete, which Discord sends on every keystroke', async () => {
    app = await testApp();
    for (let i = 0; i < rateRules.user.capacity * 3; i++) {
      const res = await app.router.handle({
        ...command('explain', {}, user('u1')),
        kind: 'autocomplete',
        focused: { name: 'topic', value: '캐' },
      });
      expect(res.type).toBe('autocomplete');
    }
  });

  it('caps the commands of one server, leaving other servers alone', async () => {
    app = await testApp();
    const guild = { guildId: '600000000000000777' };
    let refused = 0;
    for (let i = 0; i < rateRules.guild.capacity + 5; i++) {
      const res = await app.router.handle(
        command('explain', { topic: 'DNS' }, { ...user(`u${i}`), ...guild }),
      );
      if (text(res).includes('이 서버에서 요청이 너무 많아요')) refused += 1;
    }
    expect(refused).toBe(5);
    const other = await app.router.handle(
      command('explain', { topic: 'DNS' }, { ...user('x'), guildId: '600000000000000778' }),
    );
    expect(other).toMatchObject({ message: { embeds: [expect.anything()] } });
  });

  it('a limited quiz click scores nothing', async () => {
    app = await testApp();
    const started = await app.router.handle(command('quiz', { count: 1 }, user('host')));
    if (started.type !== 'message') throw new Error(started.type);
    const answerId = started.message.components
      ?.flatMap((r) => r.components)
      .map((c) => ('custom_id' in c ? c.custom_id : ''))
      .find((id) => /^quiz:[at]:/.test(id));
    expect(answerId).toBeDefined();
    for (let i = 0; i < rateRules.user.capacity; i++)
      await app.router.handle(command('explain', { topic: 'CDN' }, user('eager')));
    const click = await app.router.handle(button(answerId ?? '', user('eager')));
    expect(text(click)).toContain('조금 천천히');
    const roundId = (answerId ?? '').split(':')[2] ?? '';
    expect(await app.ctx.store.hasAnswered(roundId, 'eager')).toBe(false);
  });
});

describe('rate limits while the store is down', () => {
  it('keeps /explain and autocomplete answering from memory, limited per process, and logs the outage once', async () => {
    const captured = capturingLogger();
    app = await testApp({ log: captured.log });
    // The store is closed under the running app: every statement on it now throws.
    await app.store.close();
    await expect(app.store.takeToken('user:x', rateRules.user, 0)).rejects.toThrow();

    const replies: Response[] = [];
    for (let i = 0; i < rateRules.user.capacity + 1; i++)
      replies.push(await app.router.handle(command('explain', { topic: 'CDN' }, user('u1'))));
    expect(replies.slice(0, -1).every((r) => r.type === 'message' && r.message.embeds?.length === 1)).toBe(
      true,
    );
    // Still bounded: the process-local bucket has the store's capacity.
    expect(text(replies.at(-1) as Response)).toContain('조금 천천히');
    const typed = await app.router.handle({
      ...command('explain', {}, user('u2')),
      kind: 'autocomplete',
      focused: { name: 'topic', value: 'CD' },
    });
    expect(typed.type).toBe('autocomplete');
    // A command that writes meets the store's failure: a private reply saying nothing was recorded.
    const quiz = await app.router.handle(command('quiz', { count: 1 }, user('u3')));
    expect(text(quiz)).toContain('아무것도 기록되지 않았어요');

    expect(captured.at('error').filter((l) => l.msg.startsWith('rate limits fall back'))).toHaveLength(1);
    // Refilled by (virtual) time, the local bucket lets the student go on.
    await app.advance(60_000);
    expect(await app.router.handle(command('explain', { topic: 'CDN' }, user('u1')))).toMatchObject({
      message: { embeds: [expect.anything()] },
    });
    expect(captured.at('error').filter((l) => l.msg.startsWith('rate limits fall back'))).toHaveLength(1);
  });
});
