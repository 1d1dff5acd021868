import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Message } from '../src/app/protocol.ts';
import { answer, contentOf, messageOf, roundIdOf, type TestApp, testApp } from './support/app.ts';
import { button, command, GUILD, MANAGE_GUILD, users } from './support/requests.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

const u1 = users.u1 as Actor;
const u2 = users.u2 as Actor;
const manager = { user: users.u3 as Actor, memberPermissions: MANAGE_GUILD | 1n };

/** A server where two members have played one round. */
async function played(): Promise<TestApp> {
  const a = await testApp();
  cleanups.push(() => a.close());
  const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }))));
  await answer(a, roundId, true, { user: u1 });
  await answer(a, roundId, false, { user: u2 });
  await a.ctx.quiz.close(roundId);
  return a;
}

const board = (a: TestApp) => a.store.leaderboard(GUILD, { period: 'all-time', limit: 10 });
const buttonIds = (m: Message) =>
  (m.components ?? []).flatMap((r) => r.components.map((c) => ('custom_id' in c ? c.custom_id : '')));

describe('/admin', () => {
  it('is registered apart from /leaderboard, for Manage Server in servers only', async () => {
    const a = await played();
    const admin = a.router.commands.find((c) => c.data.name === 'admin');
    expect(admin?.data).toMatchObject({
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      contexts: [InteractionContextType.Guild],
      name_localizations: { ko: '관리' },
    });
    const leaderboard = a.router.commands.find((c) => c.data.name === 'leaderboard');
    expect(leaderboard?.data.options?.map((o) => o.name)).not.toContain('admin');
    expect(leaderboard?.data.default_member_permissions).toBeUndefined();
  });

  it('asks before a reset, resets only on the confirmation, and says so', async () => {
    const a = await played();
    const asked = messageOf(await a.handle(command('admin', { action: 'reset' }, manager)));
    expect(asked.ephemeral).toBe(true);
    expect(asked.content).toContain('시즌 1의 순위를 모두 지울까요?');
    expect(buttonIds(asked)).toEqual(['admin:ok:reset:1', 'admin:no']);
    expect(await board(a)).toHaveLength(2);
    const done = await a.handle(button('admin:ok:reset:1', manager));
    expect(done.type).toBe('update');
    expect(contentOf(done)).toContain('🧹 이번 시즌 순위를 초기화했어요');
    expect(messageOf(done).components).toEqual([]);
    expect(await board(a)).toEqual([]);
  });

  it('does nothing when cancelled', async () => {
    const a = await played();
    await a.handle(command('admin', { action: 'reset' }, manager));
    const cancelled = await a.handle(button('admin:no', manager));
    expect(contentOf(cancelled)).toBe('취소했어요.');
    expect(await board(a)).toHaveLength(2);
  });

  it('refuses members without Manage Server, for the command and for the confirmation', async () => {
    const a = await played();
    const refused = await a.handle(command('admin', { action: 'reset' }, { memberPermissions: 0n }));
    expect(contentOf(refused)).toBe('⚠️ 서버 관리 권한이 있어야 할 수 있어요.');
    const forged = await a.handle(button('admin:ok:reset:1', { memberPermissions: 0n }));
    expect(contentOf(forged)).toBe('⚠️ 서버 관리 권한이 있어야 할 수 있어요.');
    expect(await board(a)).toHaveLength(2);
    const inDm = await a.handle(
      command('admin', { action: 'reset' }, { guildId: null, memberPermissions: null }),
    );
    expect(contentOf(inDm)).toBe('⚠️ 서버에서만 할 수 있어요.');
  });

  it('starts one new season however often its confirmation is clicked', async () => {
    const a = await played();
    const asked = messageOf(
      await a.handle(command('admin', { action: 'new-season' }, { ...manager, locale: 'en' })),
    );
    expect(asked.content).toContain('End season 1 and start season 2?');
    const first = await a.handle(button('admin:ok:new-season:1', { ...manager, locale: 'en' }));
    expect(contentOf(first)).toBe('🌱 Season 2 has begun!');
    const again = await a.handle(button('admin:ok:new-season:1', manager));
    expect(contentOf(again)).toContain('이미 쓰였거나 시즌이 바뀌었어요');
    expect(await a.store.currentSeason(GUILD)).toBe(2);
    expect(contentOf(await a.handle(command('leaderboard', {})))).toContain('시즌 2');
  });
});
