import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Message } from '../src/app/protocol.ts';
import { answer, messageOf, roundIdOf, type TestApp, testApp } from './support/app.ts';
import { button, command, users } from './support/requests.ts';
import { tempDir } from './support/temp.ts';

/** One chapter of 40 topics with long names: their bars cannot fit in one 2,000-character message. */
function manyTopics(): string {
  const { dir } = tempDir();
  mkdirSync(dir, { recursive: true });
  const sections = Array.from({ length: 40 }, (_, k) => {
    const i = String(k + 1).padStart(2, '0');
    // Three terms of one kind per topic: a quiz's wrong answers are siblings of the right one.
    return `## 주제${i} 웹 서버와 로드밸런서와 캐시 서버의 관계를 정리한 긴 제목\n\n**용어${i}(Term${i})**\n\n- 용어${i}는 요청을 ${k + 1}번 서버로 나누어 보내는 장치다.\n- 용어${i}는 웹 서비스의 속도를 높인다.\n\n**장치${i}(Device${i})**\n\n- 장치${i}는 응답을 ${k + 1}번 캐시에 저장해 두는 서버다.\n\n**방식${i}(Method${i})**\n\n- 방식${i}는 정적 파일을 ${k + 1}개 지역에 복사해 두는 배포 방법이다.\n`;
  });
  writeFileSync(path.join(dir, 'web.md'), `# 웹 기초\n\n${sections.join('\n')}`);
  return dir;
}

let a: TestApp;
const u1 = users.u1 as Actor;
beforeAll(async () => {
  a = await testApp({ env: { KNOWLEDGE_DIR: manyTopics() } });
  const roundId = roundIdOf(
    messageOf(await a.handle(command('quiz', { count: 1, topic: '용어07' }, { user: u1 }))),
  );
  await answer(a, roundId, false, { user: u1 });
  await a.ctx.quiz.close(roundId);
  // And one practice question in DMs, on u1's personal record.
  const dm = { user: u1, guildId: null, memberPermissions: null };
  const practice = roundIdOf(messageOf(await a.handle(command('quiz', { count: 1, topic: '용어09' }, dm))));
  await answer(a, practice, false, dm);
  await a.ctx.quiz.close(practice);
});
afterAll(() => a.close());

const buttons = (m: Message) =>
  (m.components ?? [])
    .flatMap((r) => r.components)
    .flatMap((c) =>
      'custom_id' in c
        ? [{ id: c.custom_id, label: 'label' in c ? c.label : '', disabled: c.disabled ?? false }]
        : [],
    );

describe('/stats with many topics', () => {
  it('pages instead of cutting the message: played topics first, weakest first, then the untried', async () => {
    const first = messageOf(await a.handle(command('stats', {}, { user: u1 })));
    const lines = first.content?.split('\n') ?? [];
    expect(lines[0]).toBe('📊 **student1의 퀴즈 기록** · 시즌 1 · 1/3쪽');
    expect(lines[2]).toMatch(/^🔎 약한 주제: /);
    expect(lines[4]).toMatch(/^▱▱▱▱▱ .+ — 0% \(0\/1\)$/);
    expect(lines.slice(4)).toHaveLength(15);
    expect(lines.slice(5).every((l) => l.endsWith('— 아직 안 풀었어요'))).toBe(true);
    expect(first.content?.length).toBeLessThanOrEqual(2000);
    expect(first.ephemeral).toBe(true);

    const next = buttons(first).find((b) => b.label === '▶');
    expect(next?.id).toBe(`stats:p:${u1.id}:2`);
    const last = await a.handle(button(`stats:p:${u1.id}:3`, { user: u1 }));
    expect(last.type).toBe('update');
    const page3 = messageOf(last).content?.split('\n') ?? [];
    expect(page3[0]).toContain('3/3쪽');
    expect(page3.slice(4)).toHaveLength(10);
    expect(buttons(messageOf(last)).find((b) => b.label === '▶')?.disabled).toBe(true);
    const shownTopics = new Set(
      [first, messageOf(await a.handle(button(next?.id ?? '', { user: u1 }))), messageOf(last)].flatMap((m) =>
        (m.content?.split('\n') ?? []).slice(4),
      ),
    );
    expect(shownTopics.size).toBe(40);
  });

  it('never shows someone else’s personal record from a forged page button in DMs', async () => {
    const stranger = { user: users.u2 as Actor, guildId: null, memberPermissions: null };
    const m = messageOf(await a.handle(button(`stats:p:${u1.id}:1`, stranger)));
    expect(m.content).toContain('student2의 퀴즈 기록');
    expect(m.content).not.toContain('(0/1)');
    const own = messageOf(
      await a.handle(command('stats', {}, { user: u1, guildId: null, memberPermissions: null })),
    );
    expect(own.content).toContain('(0/1)');
  });
});
