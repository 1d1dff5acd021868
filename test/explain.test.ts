import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, Response } from '../src/app/protocol.ts';
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
let students = 0;
// A new student each time: the per-user rate limit is tested on its own (test/rate-limit.test.ts).
const student = () => ({
  user: { id: `7100000000000${String(++students).padStart(5, '0')}`, name: `s${students}` },
});
const explain = (topic: string, over = {}) =>
  app.router.handle(command('explain', { topic }, { ...student(), ...over })).then(message);
const labels = (m: Message) =>
  (m.components ?? []).flatMap((r) =>
    r.components.flatMap((c) => ('label' in c && c.label ? [c.label] : [])),
  );
const customIds = (m: Message) =>
  (m.components ?? []).flatMap((r) => r.components.map((c) => ('custom_id' in c ? c.custom_id : '')));

describe('/explain', () => {
  it('answers "load balancer" with the 로브밸런서 section, its source and what to read next', async () => {
    const m = await explain('load balancer');
    const embed = m.embeds?.[0];
    expect(embed?.title).toBe('1. 웹 프로그래밍이란? > 1.5 인프라라 불리우는 것들에 대해서 > 로브밸런서');
    expect(embed?.description).toContain('분산처리');
    expect(embed?.footer?.text).toMatch(/^📄 01-web-programming\.md:\d+ · 로브밸런서$/);
    expect(customIds(m).filter((id) => id.startsWith('explain:s:')).length).toBeGreaterThan(0);
    expect(customIds(m)).toContainEqual(expect.stringMatching(/^quiz:start:/));
    expect(m.ephemeral).toBeFalsy();
  });

  it('answers only the asker when 나만 보기 (ephemeral) is on', async () => {
    const m = message(
      await app.router.handle(command('explain', { topic: 'CDN', ephemeral: true }, student())),
    );
    expect(m.ephemeral).toBe(true);
    expect(m.embeds?.[0]?.title).toContain('CDN');
    const both = message(
      await app.router.handle(
        command('explain', { topic: '프론트엔드랑 백엔드 차이', ephemeral: true }, student()),
      ),
    );
    expect(both.embeds).toHaveLength(2);
    expect(both.ephemeral).toBe(true);
    expect((await explain('CDN')).ephemeral).toBeFalsy();
  });

  it('keeps the notes’ list formatting', async () => {
    const m = await explain('캐시 서버는');
    expect(m.embeds?.[0]?.description).toBe(
      '- 들어온 요청에 대한 응답을 미리 파일이나 메모리 캐시로 저장해 두는 컴퓨터\n- Redis, Memcached',
    );
  });

  it('answers in English when the interaction’s locale is English', async () => {
    const m = await explain('what is a CDN', { locale: 'en' });
    expect(labels(m)).toContain('🧠 Quiz me on this');
    const miss = await explain('kubernetes', { locale: 'en' });
    expect(miss.content).toContain('The notes say nothing about');
  });

  it('says honestly when the notes do not cover a topic, and how to add notes', async () => {
    const m = await explain('쿠버네티스');
    expect(m.embeds ?? []).toHaveLength(0);
    expect(m.ephemeral).toBe(true);
    expect(m.content).toContain('노트에서 「쿠버네티스」에 대한 내용을 찾지 못했어요');
    expect(m.content).toContain('노트는 이 봇을 운영하는 사람이 노트 폴더에 마크다운 파일로 추가해요');
  });

  it('never tells a member to put files into a folder they cannot reach', async () => {
    for (const locale of ['ko', 'en'] as const) {
      const m = await explain('쿠버네티스', { locale });
      expect(m.content).not.toContain('knowledge/');
      expect(m.content).not.toMatch(/\.md\b/);
    }
    expect((await explain('kubernetes', { locale: 'en' })).content).toContain(
      'Notes are markdown files added by whoever runs this bot. If a topic is missing, tell your server’s admins.',
    );
  });

  it('offers the closest topics of a miss as buttons that open them', async () => {
    const m = await explain('캐시 무효화');
    expect(m.content).toContain('👇 혹시 이 주제인가요?');
    expect(m.content).not.toContain('• 1. 웹 프로그래밍이란?');
    expect(labels(m)).toEqual(['캐시 서버', '인프라란']);
    const opened = message(await app.router.handle(button(customIds(m)[0] ?? '')));
    expect(opened.ephemeral).toBe(true);
    expect(opened.embeds?.[0]?.title).toBe(
      '1. 웹 프로그래밍이란? > 1.5 인프라라 불리우는 것들에 대해서 > 캐시 서버',
    );
  });

  it('shows related topics once, as buttons, not again as a list in the card', async () => {
    const m = await explain('load balancer');
    expect(m.embeds?.[0]?.fields ?? []).toEqual([]);
    const related = (m.components?.[0]?.components ?? []).flatMap((c) =>
      'label' in c && c.label ? [c.label] : [],
    );
    expect(related.length).toBeGreaterThan(0);
    expect(new Set(related).size).toBe(related.length);
  });

  it('explains a related topic when its button is clicked, only to the clicker', async () => {
    const first = await explain('CDN');
    const related = customIds(first).find((id) => id.startsWith('explain:s:'));
    expect(related).toBeDefined();
    const m = message(await app.router.handle(button(related ?? '')));
    expect(m.ephemeral).toBe(true);
    expect(m.embeds?.[0]?.title).toBeTruthy();
    expect(m.embeds?.[0]?.title).not.toBe(first.embeds?.[0]?.title);
  });

  it('refuses a forged or stale section button politely', async () => {
    const m = message(await app.router.handle(button('explain:s:nope.md#999')));
    expect(m).toMatchObject({ ephemeral: true, content: expect.stringContaining('노트에서 사라졌어요') });
  });
});

describe('/explain autocomplete', () => {
  const complete = async (value: string) => {
    const res = await app.router.handle({
      ...command('explain'),
      kind: 'autocomplete',
      focused: { name: 'topic', value },
    });
    if (res.type !== 'autocomplete') throw new Error(res.type);
    return res.choices;
  };

  it('suggests real section titles, at most 25, each within Discord’s 100 characters', async () => {
    for (const value of ['', '캐', '캐시', 'ㄹㄷㅂㄹㅅ', 'load balancer', '웹 서']) {
      const choices = await complete(value);
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
    expect((await complete('캐시')).map((c) => c.name)).toContainEqual(expect.stringContaining('캐시 서버'));
  });

  it('a chosen suggestion explains exactly that section', async () => {
    for (const choice of await complete('웹 서버')) {
      const m = await explain(choice.value);
      expect(m.embeds?.[0]?.title?.startsWith(choice.name.replace(/…$/, ''))).toBe(true);
    }
  });
});

describe('/explain on a chapter heading with no text of its own', () => {
  it('lists the topics the chapter contains', async () => {
    const m = await explain('1.5 인프라라 불리우는 것들에 대해서');
    expect(m.embeds?.[0]?.description).toBe(
      [
        '이 장에서 다루는 주제:',
        '- 인프라란',
        '- CDN(Content Delivery Network)',
        '- 로브밸런서',
        '- 웹 서버',
        '- 캐시 서버',
        '- 데이터베이스',
        '- 파일 서버',
      ].join('\n'),
    );
  });
});

describe('/explain on notes with long paths and headings', () => {
  it('keeps every custom id within 100 characters, and the door fits every label on one line within 80', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { tempDir } = await import('./support/temp.ts');
    const { dir } = tempDir();
    const deep = path.join(
      dir,
      '2024-spring-semester-study-group',
      'week-03-web-programming-and-infrastructure-basics',
    );
    mkdirSync(deep, { recursive: true });
    const long = '아주 긴 제목 '.repeat(20).trim();
    writeFileSync(
      path.join(deep, 'notes-about-load-balancers-and-content-delivery-networks.md'),
      `# 인프라\n\n## ${long}\n\n- 첫째\n\n## 로드밸런서(Load Balancer)\n\n- 부하를 나눈다\n\n## CDN\n\n- 가까운 곳에서 전달\n`,
    );
    const other = await testApp({ env: { KNOWLEDGE_DIR: dir } });
    try {
      const res = await other.router.handle(command('explain', { topic: 'load balancer' }));
      const m = message(res);
      const { toMessageBody } = await import('../src/transports/discord-json.ts');
      const buttons = (toMessageBody(m).components ?? []).flatMap((r) => r.components);
      expect(buttons.length).toBeGreaterThan(1);
      for (const b of buttons) {
        if (!('custom_id' in b) || !('label' in b)) continue;
        expect(b.custom_id.length).toBeLessThanOrEqual(100);
        expect(b.label?.length ?? 0).toBeLessThanOrEqual(80);
        expect(b.label).not.toContain('\n');
      }
      const related = buttons.find((b) => 'custom_id' in b && b.custom_id.startsWith('explain:s:'));
      const clicked = message(
        await other.router.handle(button(related && 'custom_id' in related ? related.custom_id : '')),
      );
      expect(clicked.embeds?.[0]?.title).toMatch(/^인프라/);
    } finally {
      await other.close();
    }
  });
});

describe('two sections with the same title', () => {
  let twins: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { tempDir } = await import('./support/temp.ts');
    const { dir } = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'web.md'),
      '# 웹\n\n## 프론트엔드\n\n- 화면\n\n### 요약\n\n- 화면을 만든다\n\n## 백엔드\n\n- 서버\n\n### 요약\n\n- 서버를 만든다\n',
    );
    writeFileSync(path.join(dir, 'again.md'), '# 웹\n\n## 프론트엔드\n\n### 요약\n\n- 다시 한 번\n');
    twins = await testApp({ env: { KNOWLEDGE_DIR: dir } });
  });
  afterAll(() => twins.close());

  it('are told apart by their parent heading in buttons, and by their file when the parents match too', async () => {
    const m = message(await twins.router.handle(command('explain', { topic: '백엔드' })));
    expect(labels(m)).toContain('백엔드 › 요약');
    const front = message(await twins.router.handle(command('explain', { topic: '프론트엔드' })));
    expect(labels(front)).toContainEqual(expect.stringMatching(/^프론트엔드 › 요약 · (web|again)\.md$/));
  });

  it('are told apart in autocomplete', async () => {
    const res = await twins.router.handle({
      ...command('explain'),
      kind: 'autocomplete',
      focused: { name: 'topic', value: '요약' },
    });
    if (res.type !== 'autocomplete') throw new Error(res.type);
    const names = res.choices.map((c) => c.name).filter((n) => n.endsWith('요약') || n.includes('요약 ·'));
    expect(names.length).toBe(3);
    expect(new Set(names).size).toBe(3);
    expect(names).toContain('웹 > 백엔드 > 요약');
    expect(names).toContain('웹 > 프론트엔드 > 요약 · again.md');
  });
});
