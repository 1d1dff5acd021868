import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectiveDeferral } from '../src/transports/discord-json.ts';
import { testApp } from './support/app.ts';
import { button, command, modal } from './support/requests.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

/** What a door would send if the handler ran slow. */
const held = (req: Parameters<typeof effectiveDeferral>[0]) =>
  effectiveDeferral(req, app.router.deferralOf(req));

describe('how slow requests are held', () => {
  it('holds a channel /quiz publicly and a solo or DM one privately', () => {
    expect(held(command('quiz', {}))).toBe('reply');
    expect(held(command('quiz', { solo: true }))).toBe('ephemeral');
    expect(held(command('quiz', {}, { guildId: null }))).toBe('ephemeral');
  });

  it('holds "quiz me" as a new reply (its round then points at the question, not the explain card)', () => {
    expect(held(button('quiz:start:abcdefghij'))).toBe('reply');
    expect(held(button('quiz:start:abcdefghij', { guildId: null }))).toBe('ephemeral');
  });

  it('holds answers privately, and page clicks privately unless on a private copy', () => {
    expect(held(button('quiz:a:r1:0'))).toBe('ephemeral');
    expect(held(modal('quiz:m:r1', { answer: 'x' }))).toBe('ephemeral');
    expect(held(button('explain:s:abcdefghij'))).toBe('ephemeral');
    expect(held(button('leaderboard:p:all-time:2'))).toBe('ephemeral');
    expect(held(button('leaderboard:p:all-time:2:e'))).toBe('update');
  });

  it('holds /explain and /leaderboard privately when asked for 나만 보기', () => {
    expect(held(command('explain', { topic: 'CDN' }))).toBe('reply');
    expect(held(command('explain', { topic: 'CDN', ephemeral: true }))).toBe('ephemeral');
    expect(held(command('leaderboard', {}))).toBe('reply');
    expect(held(command('leaderboard', { ephemeral: true }))).toBe('ephemeral');
  });

  it('falls back to the door’s default for commands that say nothing', () => {
    expect(held(command('stats'))).toBe('reply');
  });

  it('holds a click it will refuse privately, since the refusal is a private reply', () => {
    expect(held(button('nobody:x'))).toBe('ephemeral');
    expect(held(button('quiz:zz:r1'))).toBe('ephemeral');
  });
});
