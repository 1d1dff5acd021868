import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { openStore, type Store } from '../src/store/store.ts';
import { startHttpEndpoint } from '../src/transports/http-endpoint.ts';
import {
  APP_ID,
  autocomplete,
  button,
  command,
  GUILD,
  keyPair,
  modalSubmit,
  OTHER_GUILD,
  postSigned,
  type RawOption,
  subcommand,
  users,
  type Who,
} from './fake-discord/interactions.ts';
import { type FakeAttachment, type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { firstChapterDir } from './support/spawn.ts';

/**
 * `/notes` through the signed HTTP endpoint, with attachments served by the fake Discord: what a server adds is
 * validated like a file in knowledge/, stored, and searched there; every bad input is refused and stores nothing.
 */

const { publicKeyHex, privateKey } = keyPair();
const dir = mkdtempSync(path.join(tmpdir(), 'ssaem-notes-http-'));
const dbPath = path.join(dir, 'http.db');
const MANAGER: Who = { ...users.bo, permissions: String(1n << 5n) };
let managers = 0;
/** A manager of their own each time: one member's rate limit would refuse a run of requests. */
const manager = (): Who => ({
  id: String(710_000_000_000_000_000n + BigInt(++managers)),
  name: 'Bo',
  permissions: '32',
});
const EDITOR_ROLE = '650000000000000001';

type Callback = { type: number; data?: { content?: string; custom_id?: string; components?: unknown[] } };
let fake: FakeDiscord;
let http: { url: string; close(): Promise<void> };
let store: Store;

beforeAll(async () => {
  fake = await startFakeDiscord();
  http = await startHttpEndpoint(
    parseConfig({
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_APPLICATION_ID: APP_ID,
      KNOWLEDGE_DIR: firstChapterDir,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      INTERACTIONS_PORT: '0',
      DATABASE_URL: dbPath,
      DISCORD_CDN_BASE: fake.cdnBase,
    }),
    silentLogger,
    { signals: false, announce: false },
  );
  // A second handle on the same database, to see exactly what was stored.
  store = await openStore(dbPath);
});
afterAll(async () => {
  await store?.close();
  await http?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends an interaction through the endpoint; a deferred one is followed to its edit. */
async function send(raw: Record<string, unknown>): Promise<Callback> {
  const r = await postSigned(http.url, privateKey, raw);
  expect(r.status).toBe(200);
  const callback = r.json as Callback;
  if (callback.type !== 5 && callback.type !== 6) return callback;
  const edit = await fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(String(raw.token)));
  return { type: 4, data: edit.body as Callback['data'] };
}
const contentOf = async (raw: Record<string, unknown>) => (await send(raw)).data?.content ?? '';

const fileOption = (a: FakeAttachment): RawOption => ({ name: 'file', type: 11, value: a.id });
const add = (a: FakeAttachment, extra: RawOption[] = [], who: Who = manager(), resolved = [a]) =>
  subcommand('notes', 'add', [fileOption(a), ...extra], who, resolved);
const names = async (guild = GUILD) => (await store.guildNoteList(guild)).map((n) => n.name);

const K8S =
  '# 쿠버네티스\n\n쿠버네티스(Kubernetes)는 컨테이너를 여러 서버에 배치하고 관리하는 오케스트레이션 도구다.\n';

describe('/notes add', () => {
  it('stores a .md attachment and /explain finds it in that server only', async () => {
    const content = await contentOf(add(fake.attach('k8s.md', K8S), [], MANAGER));
    expect(content).toContain("'k8s'");
    expect(await names()).toEqual(['k8s']);
    const stored = await store.guildNote(GUILD, 'k8s');
    expect(stored).toMatchObject({ body: K8S, addedBy: MANAGER.id, sections: 1 });
    expect(JSON.stringify(await send(command('explain', { topic: '쿠버네티스' })))).toContain('k8s.md');
    expect(
      JSON.stringify(
        await send(command('explain', { topic: '쿠버네티스' }, { ...users.ana, guild: OTHER_GUILD })),
      ),
    ).not.toContain('k8s.md');
  });

  it('opens a form without a file, and stores the short note it sends', async () => {
    const opened = await send(subcommand('notes', 'add', [], MANAGER));
    expect(opened.type).toBe(9);
    const id = opened.data?.custom_id ?? '';
    const content = await contentOf(
      modalSubmit(
        id,
        { title: '도커 메모', body: '도커(Docker)는 컨테이너 이미지를 만들고 실행하는 도구다.' },
        MANAGER,
      ),
    );
    expect(content).toContain("'도커 메모'");
    expect((await store.guildNote(GUILD, '도커 메모'))?.body).toBe(
      '# 도커 메모\n\n도커(Docker)는 컨테이너 이미지를 만들고 실행하는 도구다.',
    );
  });

  it('lets the role a manager named change notes, and nobody else without Manage Server', async () => {
    const before = await names();
    const denied = await contentOf(
      add(fake.attach('x.md', '# 엑스\n\n내용\n'), [], { ...users.cy, roles: [EDITOR_ROLE] }),
    );
    expect(denied).toContain('서버 관리 권한');
    // Only a manager may name the role.
    expect(
      await contentOf(subcommand('notes', 'role', [{ name: 'role', type: 8, value: EDITOR_ROLE }], users.cy)),
    ).toContain('서버 관리 권한이 있는 사람만');
    expect(await names()).toEqual(before);
    await send(subcommand('notes', 'role', [{ name: 'role', type: 8, value: EDITOR_ROLE }], MANAGER));
    const allowed = await contentOf(
      add(fake.attach('x.md', '# 엑스\n\n내용\n'), [], { ...users.cy, roles: [EDITOR_ROLE] }),
    );
    expect(allowed).toContain("'x'");
    expect(await names()).toContain('x');
  });
});

describe('/notes add refuses, storing nothing', () => {
  const refusals: [string, () => Record<string, unknown>, RegExp][] = [
    [
      'a binary file',
      () => add(fake.attach('bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]))),
      /bin\.md:1: binary file/,
    ],
    ['a file that is not .md or .txt', () => add(fake.attach('photo.png', '# 사진\n')), /\.md 또는 \.txt/],
    [
      'a file over 1 MB by its declared size',
      () => add(fake.attach('big.md', '# 큰\n', { size: 2_000_000 })),
      /1 MB/,
    ],
    [
      'a file over 1 MB that claimed to be small',
      () => add(fake.attach('big2.md', `# 큰\n\n${'가'.repeat(400_000)}`, { size: 100 })),
      /1 MB/,
    ],
    [
      'an attachment id the interaction did not resolve',
      () => add(fake.attach('a.md', '# 에이\n'), [], manager(), []),
      /첨부된 파일이 아니에요/,
    ],
    [
      'an attachment whose URL is on another host',
      () => {
        const a = fake.attach('evil.md', '# 에이\n');
        return add({ ...a, url: 'https://example.com/evil.md' });
      },
      /첨부된 파일이 아니에요/,
    ],
    [
      'an attachment whose URL is not https',
      () => {
        const a = fake.attach('plain.md', '# 에이\n');
        return add({ ...a, url: a.url.replace('127.0.0.1', 'cdn.discordapp.com') });
      },
      /첨부된 파일이 아니에요/,
    ],
    [
      'an attachment that redirects elsewhere',
      () => add(fake.attach('moved.md', '', { redirectTo: 'https://example.com/x.md' })),
      /받아 오지 못했어요/,
    ],
    [
      'a broken front matter',
      () => add(fake.attach('fm.md', '---\ntags: [a\n---\n# 제목\n\n내용\n')),
      /fm\.md:\d+: /,
    ],
    [
      'a broken quiz block',
      () =>
        add(
          fake.attach(
            'qz.md',
            '# 제목\n\n내용\n\n```quiz\n- prompt: 빈 보기\n  choices: []\n  answer: 없음\n```\n',
          ),
        ),
      /qz\.md:\d+: quiz block/,
    ],
    [
      'an empty name',
      () => add(fake.attach('ok.md', '# 제목\n\n내용\n'), [{ name: 'name', type: 3, value: '   ' }]),
      /이름이 비어/,
    ],
    [
      'a name over 60 characters',
      () =>
        add(fake.attach('ok.md', '# 제목\n\n내용\n'), [{ name: 'name', type: 3, value: '가'.repeat(61) }]),
      /60자까지/,
    ],
    [
      'a name with a path in it',
      () => add(fake.attach('ok.md', '# 제목\n\n내용\n'), [{ name: 'name', type: 3, value: '../etc' }]),
      /기호/,
    ],
    ['a name already taken', () => add(fake.attach('k8s.md', '# 다른 내용\n\n바뀐 글\n')), /이미 있어요/],
    [
      'an exported file with one broken note among good ones',
      () =>
        add(
          fake.attach(
            'bundle.md',
            '<!-- file: good.md -->\n# 좋은\n\n내용\n\n<!-- file: bad.md -->\n---\ntags: [a\n---\n# 나쁜\n',
          ),
        ),
      /bad\.md:\d+: /,
    ],
    [
      'an exported file naming a note with a path',
      () => add(fake.attach('bundle.md', '<!-- file: ../etc.md -->\n# 제목\n\n내용\n')),
      /기호/,
    ],
    [
      'a member without the permission',
      () => add(fake.attach('mine.md', '# 제목\n\n내용\n'), [], users.ana),
      /서버 관리 권한/,
    ],
  ];
  it.each(refusals)('%s', async (_kind, make, message) => {
    const before = await store.guildNotes(GUILD);
    const content = await contentOf(make());
    expect(content).toMatch(/^⚠️/);
    expect(content).toMatch(message);
    expect(await store.guildNotes(GUILD)).toEqual(before);
  });

  it('keeps the last good note serving when its replacement is broken', async () => {
    const broken = await contentOf(
      add(fake.attach('k8s.md', '---\ntitle: [\n---\n# 쿠버\n'), [{ name: 'replace', type: 5, value: true }]),
    );
    expect(broken).toMatch(/k8s\.md:\d+: /);
    expect((await store.guildNote(GUILD, 'k8s'))?.body).toBe(K8S);
    expect(JSON.stringify(await send(command('explain', { topic: '쿠버네티스' })))).toContain('k8s.md');
  });
});

describe('/notes list, show, remove, restore', () => {
  it('pages the list ten at a time with buttons', async () => {
    for (let i = 0; i < 12; i++)
      await store.addGuildNote(
        {
          guildId: OTHER_GUILD,
          name: `n${String(i).padStart(2, '0')}`,
          body: `# 주제 ${i}\n`,
          hash: `h${i}`,
          bytes: 10,
          sections: 1,
          addedBy: users.bo.id,
          addedByName: 'Bo',
          addedAt: Date.UTC(2026, 0, 2),
        },
        false,
      );
    const first = await send(subcommand('notes', 'list', [], { ...users.ana, guild: OTHER_GUILD }));
    expect(first.data?.content).toContain('12개 · 1/2쪽');
    expect(first.data?.content).toContain('**1.** n00.md — 주제 1개 · Bo · 2026-01-02');
    const next = JSON.stringify(first.data?.components).match(/notes:p:2/)?.[0] ?? '';
    expect(next).toBe('notes:p:2');
    const second = await send(button(next, '1', { ...users.ana, guild: OTHER_GUILD }));
    expect(second.type).toBe(7);
    expect(second.data?.content).toContain('**11.** n10.md');
  });

  it('shows a note to anyone, and completes note names', async () => {
    const shown = await contentOf(
      subcommand('notes', 'show', [{ name: 'name', type: 3, value: 'k8s' }], users.ana),
    );
    expect(shown).toContain('k8s.md');
    expect(shown).toContain('오케스트레이션');
    const typed = await send(autocomplete('notes', 'name', 'k8'));
    expect(JSON.stringify(typed)).toContain('k8s');
  });

  it('restores the previous version, and removes a note only once confirmed', async () => {
    await send(
      add(fake.attach('k8s.md', '# 쿠버네티스 2판\n\n새 글\n'), [{ name: 'replace', type: 5, value: true }]),
    );
    expect((await store.guildNote(GUILD, 'k8s'))?.body).toContain('2판');
    expect(
      await contentOf(subcommand('notes', 'restore', [{ name: 'name', type: 3, value: 'k8s' }], MANAGER)),
    ).toContain('되돌렸어요');
    expect((await store.guildNote(GUILD, 'k8s'))?.body).toBe(K8S);

    const asked = await send(
      subcommand('notes', 'remove', [{ name: 'name', type: 3, value: 'k8s' }], MANAGER),
    );
    expect(await names()).toContain('k8s');
    const confirm = JSON.stringify(asked.data?.components).match(/notes:rm:k8s/)?.[0] ?? '';
    // A member without the permission cannot press it.
    expect((await send(button(confirm, '1', users.ana))).data?.content).toContain('서버 관리 권한');
    expect(await names()).toContain('k8s');
    const done = await send(button(confirm, '1', MANAGER));
    expect(done.data?.content).toContain('지웠어요');
    expect(await names()).not.toContain('k8s');
    expect(JSON.stringify(await send(command('explain', { topic: '쿠버네티스' })))).not.toContain('k8s.md');
  });
});

describe('/notes export', () => {
  const FROM = '600000000000000013';
  const TO = '600000000000000014';
  const in_ = (guild: string, who: Who = manager()): Who => ({ ...who, guild });
  // Chosen so that one note added as a whole would not give the same sections: a front matter in the middle,
  // a note without a heading (titled by its file name), a note opening one level deeper than the last ended.
  const NOTES: [string, string][] = [
    [
      'b-망',
      '---\ntitle: 네트워크\ntags: [net]\n---\n# 네트워크\n\n## 라우터\n\n라우터(Router)는 패킷의 길을 정한다.\n',
    ],
    ['a-소개', '이 서버의 스터디 노트 모음이에요. 헤딩이 없어요.'],
    ['c-깊이', '### 해시 테이블\n\n해시 테이블(Hash table)은 키로 값을 찾는다.\r\n'],
  ];
  /** The export's reply as Discord got it: the callback, or the edit of its deferral with the edit's files. */
  async function exported(who: Who) {
    const raw = subcommand('notes', 'export', [], who);
    const r = await postSigned(http.url, privateKey, raw);
    const callback = r.json as Callback;
    if (callback.type !== 5) return { content: callback.data?.content ?? '', files: [] };
    const edit = await fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(String(raw.token)));
    return { content: (edit.body as Callback['data'])?.content ?? '', files: edit.files };
  }

  it('sends the stored notes byte for byte in one .md, and another server adding it gets the same notes', async () => {
    for (const [name, body] of NOTES)
      expect(await contentOf(add(fake.attach(`${name}.md`, body), [], in_(FROM)))).toContain(`'${name}'`);
    const stored = await store.guildNotes(FROM);
    const { content, files } = await exported(in_(FROM));
    const sections = stored.reduce((sum, n) => sum + n.sections, 0);
    expect(content).toContain(`노트 3개, 주제 ${sections}개`);
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file?.name).toBe(`notes-${FROM}.md`);
    // In name order (byte order), each note exactly as stored under its marker line.
    expect(file?.data.toString('utf8')).toBe(
      stored.map((n) => `<!-- file: ${n.name}.md -->\n${n.body}\n`).join(''),
    );
    expect(stored.map((n) => n.name)).toEqual(['a-소개', 'b-망', 'c-깊이']);
    expect(stored.map((n) => n.body)).toEqual([NOTES[1]?.[1], NOTES[0]?.[1], NOTES[2]?.[1]]);

    const back = await contentOf(
      add(fake.attach(file?.name ?? 'x.md', file?.data ?? Buffer.alloc(0)), [], in_(TO)),
    );
    expect(back).toContain(`노트 3개를 추가했어요 (주제 ${sections}개)`);
    const copied = await store.guildNotes(TO);
    const shape = (notes: typeof stored) => notes.map((n) => [n.name, n.body, n.sections, n.hash]);
    expect(shape(copied)).toEqual(shape(stored));
    // The heading-less note is a section of its own there too, found by its file's name.
    expect(
      JSON.stringify(await send(command('explain', { topic: '해시 테이블' }, in_(TO, users.ana)))),
    ).toContain('c-깊이.md');
    // Adding it again without replace: every name is taken, so nothing changes.
    const again = await contentOf(
      add(fake.attach(file?.name ?? 'x.md', file?.data ?? Buffer.alloc(0)), [], in_(TO)),
    );
    expect(again).toMatch(/^⚠️.*이미 있어요/);
    expect(shape(await store.guildNotes(TO))).toEqual(shape(stored));
  });

  it('speaks English to an English locale', async () => {
    const { content, files } = await exported({ ...in_(FROM), locale: 'en-US' });
    expect(content).toMatch(/This server's 3 notes, \d+ sections, in one file/);
    expect(files).toHaveLength(1);
  });

  it('tells an empty server so, with no file', async () => {
    const { content, files } = await exported(in_('600000000000000015'));
    expect(content).toMatch(/^⚠️/);
    expect(content).toContain('내보낼 노트가 아직 없어요');
    expect(files).toEqual([]);
  });

  it('refuses a member who may not change notes, with no file', async () => {
    const { content, files } = await exported(in_(FROM, users.ana));
    expect(content).toMatch(/^⚠️/);
    expect(content).toContain('서버 관리 권한');
    expect(files).toEqual([]);
  });

  it('refuses notes over Discord’s 8 MB attachment limit, with no file', async () => {
    const big = '600000000000000016';
    // About 1 MB each, mostly blank so that indexing the server's notes (done for every request) stays quick.
    const body = `# 큰 노트\n\n내용${' '.repeat(1_020_000)}\n`;
    for (let i = 0; i < 9; i++)
      await store.addGuildNote(
        {
          guildId: big,
          name: `big${i}`,
          body,
          hash: `big${i}`,
          bytes: Buffer.byteLength(body),
          sections: 1,
          addedBy: users.bo.id,
          addedByName: 'Bo',
          addedAt: Date.UTC(2026, 0, 2),
        },
        false,
      );
    const { content, files } = await exported(in_(big));
    expect(content).toMatch(/^⚠️/);
    expect(content).toContain('8.8 MB');
    expect(content).toContain('8 MB');
    expect(files).toEqual([]);
  });
});
