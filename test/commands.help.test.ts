import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, Response } from '../src/app/protocol.ts';
import { testApp } from './support/app.ts';
import { command } from './support/requests.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

const message = (res: Response): Message => {
  if (res.type !== 'message') throw new Error(`expected a message, got ${res.type}`);
  return res.message;
};

describe('/help', () => {
  it('tells privately what every command does, with examples, in Korean by default', async () => {
    const m = message(await app.router.handle(command('help')));
    expect(m.ephemeral).toBe(true);
    expect(m.content).toContain('📚 **쌤 사용법**');
    for (const c of app.router.commands) {
      const ko = c.data.name_localizations?.ko;
      expect(m.content, `/help mentions /${c.data.name} by its Korean name`).toContain(`**/${ko}`);
    }
    expect(m.content).toContain('`/설명 주제:로드밸런서`');
    expect(m.content).not.toContain('knowledge/');
    expect(m.content?.length).toBeLessThanOrEqual(2000);
  });

  it('speaks English to an English client', async () => {
    const m = message(await app.router.handle(command('help', {}, { locale: 'en' })));
    expect(m.content).toContain('📚 **How to use ssaem**');
    for (const c of app.router.commands) expect(m.content).toContain(`**/${c.data.name}`);
    expect(m.content).toContain('`/explain topic:load balancer`');
    expect(m.content?.length).toBeLessThanOrEqual(2000);
  });
});
