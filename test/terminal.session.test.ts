/** The terminal tutor's quiz ends with the tutor: the next run is never blocked by the last one. */

import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from './support/app.ts';
import { tempDir } from './support/temp.ts';
import { pipedTutor as tutor } from './support/terminal-session.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0)) fn();
});

describe('leaving the terminal tutor', () => {
  it('ends its quiz: the next run starts a new one at once', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const db = path.join(dir, 'ssaem.db');
    expect(await tutor(db, ['/quiz count:3'])).toContain('퀴즈 1/3');
    const next = await tutor(db, ['/quiz count:2']);
    expect(next).not.toContain('이미 혼자 풀기');
    expect(next).toContain('퀴즈 1/2');
  });

  it('lets go of a quiz an earlier run left open (a killed process), without printing its reveal', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const db = path.join(dir, 'ssaem.db');
    // What a killed tutor leaves: an open solo round of the terminal's student in its channel.
    const killed = await testApp({ dbPath: db, start: Date.now() });
    const asked = await killed.handle({
      id: 'x',
      kind: 'command',
      command: 'quiz',
      options: { count: 3 },
      guildId: null,
      channelId: 'terminal',
      user: { id: 'local', name: 'me' },
      locale: 'ko',
      memberPermissions: null,
      token: 'terminal',
      receivedAt: 0,
    });
    expect(asked.type).toBe('message');
    killed.ctx.quiz.stop();
    await killed.close();
    const next = await tutor(db, ['/quiz count:2']);
    expect(next).not.toContain('이미 혼자 풀기');
    expect(next).toContain('퀴즈 1/2');
    expect(next).not.toContain('퀴즈 1/3');
  });
});
