/**
 * A round closed just before the app stops has its reveal under way: stopping waits for it before the store
 * closes. Cut off, the round would stay closed in the store and its message would keep its answer buttons
 * for good, since the next start re-arms only open rounds.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app/bootstrap.ts';
import type { Message, Outbox } from '../src/app/protocol.ts';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { messageOf, roundIdOf, testCacheDir } from './support/app.ts';
import { ManualClock } from './support/clock.ts';
import { command } from './support/requests.ts';
import { firstChapterDir } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

describe('stopping the app', () => {
  it('lets a reveal under way go out, and the store it reads stay open until then', async () => {
    const tmp = tempDir();
    let editing!: () => void;
    const edited = new Promise<void>((resolve) => {
      editing = resolve;
    });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const delivered: Message[] = [];
    // Discord takes its time over the reveal's edit.
    const outbox: Outbox = {
      async edit(_ref, message) {
        editing();
        await answered;
        delivered.push(message);
      },
      async followUp(ref) {
        return { ...ref, messageId: 'follow-up' };
      },
    };
    const config = parseConfig({
      KNOWLEDGE_DIR: firstChapterDir,
      DATABASE_URL: path.join(tmp.dir, 'store.db'),
      QUIZ_SECONDS: '5',
    });
    const clock = new ManualClock();
    const app = await createApp(config, silentLogger, outbox, { clock, cacheDir: testCacheDir });
    const roundId = roundIdOf(messageOf(await app.router.handle(command('quiz', { count: 1 }))));
    // The round's time is up: its close runs and its reveal waits on Discord (the clock waits with it).
    const advanced = clock.advance(5_000);
    await edited;

    let closed = false;
    const closing = app.close().then(() => {
      closed = true;
    });
    // Unwaited, the store closes within a few turns of the event loop: give it far more.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closed).toBe(false);
    answer();
    await Promise.all([closing, advanced]);
    expect(delivered.map((m) => m.content?.split('\n')[0])).toEqual(['🧠 **퀴즈 1/1** · 마감']);
    expect(JSON.stringify(delivered[0]?.components)).not.toMatch(/quiz:[atmhx]:/);
    expect(JSON.stringify(delivered[0]?.components)).toContain(`quiz:r:${roundId}`);
    tmp.cleanup();
  });
});
