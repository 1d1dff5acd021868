import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, Response } from '../src/app/protocol.ts';
import { testApp } from './support/app.ts';
import { button, command } from './support/requests.ts';
import { tempDir } from './support/temp.ts';

/** Three chapters: one of 12 sections (two pages), one of 2, one of none. */
function notes(): string {
  const { dir } = tempDir();
  mkdirSync(dir, { recursive: true });
  const many = Array.from({ length: 11 }, (_, i) => `## 주제 ${i + 1}\n\n- 설명 ${i + 1}\n`).join('\n');
  writeFileSync(path.join(dir, 'a.md'), `# 네트워크\n\n${many}\n### 하위 주제\n\n- 깊은 설명\n`);
  writeFileSync(
    path.join(dir, 'b.md'),
    `# 데이터베이스\n\n## 인덱스\n\n- 빠른 조회\n\n## 트랜잭션\n\n- 전부 아니면 전무\n`,
  );
  writeFileSync(path.join(dir, 'c.md'), '# 용어 모음\n\n- 한 장짜리 노트\n');
  return dir;
}

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  app = await testApp({ env: { KNOWLEDGE_DIR: notes() } });
});
afterAll(() => app.close());

const message = (res: Response): Message => {
  if (res.type !== 'message' && res.type !== 'update') throw new Error(`expected a message, got ${res.type}`);
  return res.message;
};
const buttons = (m: Message) =>
  (m.components ?? [])
    .flatMap((r) => r.components)
    .flatMap((c) =>
      'custom_id' in c
        ? [{ id: c.custom_id, label: ('label' in c ? c.label : '') ?? '', disabled: c.disabled ?? false }]
        : [],
    );

describe('/topics', () => {
  it('lists the chapters privately, each a button that opens its topics', async () => {
    const m = message(await app.router.handle(command('topics')));
    expect(m.ephemeral).toBe(true);
    expect(m.content?.split('\n').slice(0, 4)).toEqual([
      '🗺️ **노트 지도** · 장 3개 · 1/1쪽',
      '',
      '**1.** 네트워크 — 주제 12개 · a.md',
      '**2.** 데이터베이스 — 주제 2개 · b.md',
    ]);
    expect(buttons(m).map((b) => b.label)).toEqual(['1. 네트워크', '2. 데이터베이스', '3. 용어 모음']);
    const res = await app.router.handle(button(buttons(m)[1]?.id ?? ''));
    expect(res.type).toBe('update');
    expect(message(res).content).toContain('🗺️ **데이터베이스** · 1/1쪽');
    expect(message(res).content).toContain('**1.** 인덱스');
  });

  it('pages a long chapter ten topics at a time, and each topic button explains it', async () => {
    const m = message(await app.router.handle(command('topics', { chapter: '네트워크' })));
    expect(m.content).toContain('🗺️ **네트워크** · 1/2쪽');
    const labels = buttons(m).map((b) => b.label);
    expect(labels.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}. 주제 ${i + 1}`));
    const next = buttons(m).find((b) => b.label === '▶');
    expect(next?.disabled).toBe(false);
    const page2 = message(await app.router.handle(button(next?.id ?? '')));
    expect(page2.content).toContain('🗺️ **네트워크** · 2/2쪽');
    expect(page2.content).toContain('**11.** 주제 11');
    expect(page2.content).toContain('**12.** 　하위 주제');
    expect(buttons(page2).find((b) => b.label === '▶')?.disabled).toBe(true);
    const open = buttons(page2).find((b) => b.label.startsWith('12.'));
    const explained = message(await app.router.handle(button(open?.id ?? '')));
    expect(explained.ephemeral).toBe(true);
    expect(explained.embeds?.[0]?.title).toBe('네트워크 > 주제 11 > 하위 주제');
  });

  it('lists a chapter without sub-sections as its one topic', async () => {
    const m = message(await app.router.handle(command('topics', { chapter: '용어 모음' })));
    expect(m.content).toContain('**1.** 용어 모음');
    const opened = message(await app.router.handle(button(buttons(m)[0]?.id ?? '')));
    expect(opened.embeds?.[0]?.title).toBe('용어 모음');
  });

  it('completes chapter names and takes the chosen one', async () => {
    const res = await app.router.handle({
      ...command('topics'),
      kind: 'autocomplete',
      focused: { name: 'chapter', value: '데이터' },
    });
    if (res.type !== 'autocomplete') throw new Error(res.type);
    expect(res.choices.map((c) => c.name)).toEqual(['데이터베이스 · b.md']);
    const m = message(await app.router.handle(command('topics', { chapter: res.choices[0]?.value ?? '' })));
    expect(m.content).toContain('🗺️ **데이터베이스**');
  });

  it('says so when no chapter matches, and in English for an English client', async () => {
    const m = message(await app.router.handle(command('topics', { chapter: 'zzqx' }, { locale: 'en' })));
    expect(m).toEqual({ content: '⚠️ No chapter matches “zzqx”. `/topics` lists them all.', ephemeral: true });
    const en = message(await app.router.handle(command('topics', {}, { locale: 'en' })));
    expect(en.content).toContain('🗺️ **Map of the notes** · 3 chapters · page 1/1');
  });
});
