import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Message } from '../src/app/protocol.ts';
import { answer, messageOf, roundIdOf, type TestApp, testApp } from './support/app.ts';
import { button, command } from './support/requests.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function app(): Promise<TestApp> {
  const a = await testApp();
  cleanups.push(() => a.close());
  return a;
}

const buttonIds = (m: Message) =>
  (m.components ?? []).flatMap((r) => r.components.map((c) => ('custom_id' in c ? c.custom_id : '')));

/** `n` members who each answered one round (the last one wrong). */
async function board(a: TestApp, n: number): Promise<Actor[]> {
  const roundId = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1 }))));
  const players = Array.from({ length: n }, (_, i) => ({
    id: `7300000000000000${String(i).padStart(2, '0')}`,
    name: `p${i}`,
  }));
  for (const [i, user] of players.entries()) await answer(a, roundId, i !== n - 1, { user });
  return players;
}

describe('/leaderboard 나만 보기 (ephemeral)', () => {
  it('shows the board to the asker only, with page buttons that page that copy in place', async () => {
    const a = await app();
    await board(a, 12);
    const m = messageOf(await a.handle(command('leaderboard', { ephemeral: true })));
    expect(m.ephemeral).toBe(true);
    expect(m.content).toContain('1/2쪽');
    expect(buttonIds(m)).toEqual(['leaderboard:p:all-time:0:e', 'leaderboard:p:all-time:2:e']);
    const next = await a.handle(button('leaderboard:p:all-time:2:e'));
    expect(next.type).toBe('update');
    expect(messageOf(next).content).toContain('2/2쪽');
    const shared = messageOf(await a.handle(command('leaderboard', {})));
    expect(shared.ephemeral).toBeFalsy();
  });
});
