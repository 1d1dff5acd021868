import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_GUILD } from '../src/app/guild-notes.ts';
import type { Request, Response } from '../src/app/protocol.ts';
import type { Store } from '../src/store/store.ts';
import { type TestApp, testApp } from './support/app.ts';
import { admin, PG_URL, pgMissing } from './support/postgres.ts';
import { command, GUILD, OTHER_GUILD } from './support/requests.ts';

/**
 * A server's notes are searched by that server alone: its /explain, autocomplete, /quiz and /topics see the
 * shared folder plus its own notes; another server, a DM and the terminal never see them. On both stores.
 */

// Three sibling topics: a quiz needs wrong answers of the same kind, and a one-line note has none.
const KUBE = [
  '# 쿠버네티스',
  '',
  '### 쿠버네티스(Kubernetes)',
  '',
  '- 컨테이너를 여러 서버에 배치하고 관리하는 오케스트레이션 도구',
  '',
  '### 파드(Pod)',
  '',
  '- 컨테이너 하나 이상을 묶어서 배포하는 가장 작은 단위',
  '',
  '### 노드(Node)',
  '',
  '- 파드가 실제로 돌아가는 서버 한 대',
  '',
].join('\n');
const GRAPHQL = '# 그래프큐엘\n\nGraphQL은 클라이언트가 필요한 필드만 골라 요청하는 API 질의 언어다.\n';

async function addNote(store: Store, guildId: string, name: string, body: string): Promise<void> {
  const hash = createHash('sha256').update(body).digest('hex');
  const bytes = Buffer.byteLength(body);
  const added = await store.addGuildNote(
    {
      guildId,
      name,
      body,
      hash,
      bytes,
      sections: body.match(/^#/gm)?.length ?? 0,
      addedBy: '1',
      addedByName: 'x',
      addedAt: 0,
    },
    false,
  );
  expect(added).toBe('added');
}

const text = (res: Response) => JSON.stringify(res);
const terminal = (req: Request): Request => ({
  ...req,
  guildId: null,
  memberPermissions: null,
  trusted: true,
});
const dm = (req: Request): Request => ({ ...req, guildId: null, memberPermissions: null });

describe.each([
  ['sqlite', false],
  ['postgres', pgMissing !== null],
] as const)('%s: notes of one server', (name, skip) => {
  let app: TestApp;
  const schema = `ssaem_test_iso_${process.pid}_${Date.now().toString(36)}`;
  beforeAll(async () => {
    if (skip) return;
    const env: Record<string, string> = {};
    if (name === 'postgres') {
      await admin(`CREATE SCHEMA ${schema}`);
      env.DATABASE_URL = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
    }
    app = await testApp({ env });
    await addNote(app.store, GUILD, 'kube', KUBE);
    await addNote(app.store, OTHER_GUILD, 'graphql', GRAPHQL);
    await addNote(app.store, LOCAL_GUILD, 'local-only', '# 로컬메모\n\n터미널 로컬 서버의 메모\n');
  });
  afterAll(async () => {
    if (skip) return;
    await app.close();
    if (name === 'postgres') await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  // Each test asks more than a member's rate limit allows at once.
  beforeEach(() => (skip ? undefined : app.advance(60_000)));

  describe.skipIf(skip)('', () => {
    it('explains a server’s own note there, and not in another server, a DM or the terminal', async () => {
      const ask = (q: string) => command('explain', { topic: q });
      expect(text(await app.handle(ask('쿠버네티스')))).toContain('kube.md');
      expect(
        text(await app.handle(command('explain', { topic: '쿠버네티스' }, { guildId: OTHER_GUILD }))),
      ).not.toContain('kube.md');
      expect(text(await app.handle(dm(ask('쿠버네티스'))))).not.toContain('kube.md');
      expect(text(await app.handle(terminal(ask('쿠버네티스'))))).not.toContain('kube.md');
      // …and the other way round.
      expect(
        text(await app.handle(command('explain', { topic: 'GraphQL' }, { guildId: OTHER_GUILD }))),
      ).toContain('graphql.md');
      expect(text(await app.handle(ask('GraphQL')))).not.toContain('graphql.md');
      // The terminal's local server is the terminal's alone.
      expect(text(await app.handle(terminal(ask('로컬메모'))))).toContain('local-only.md');
      expect(text(await app.handle(dm(ask('로컬메모'))))).not.toContain('local-only.md');
      expect(text(await app.handle(ask('로컬메모')))).not.toContain('local-only.md');
      // The shared folder is everyone's.
      for (const req of [ask('DNS'), dm(ask('DNS')), terminal(ask('DNS'))])
        expect(text(await app.handle(req))).toContain('01-web-programming.md');
    });

    it('completes a server’s own topics there only', async () => {
      const typing = (guildId: string | null) => ({
        ...command('explain', {}, { guildId }),
        kind: 'autocomplete' as const,
        focused: { name: 'topic', value: '쿠버' },
      });
      expect(text(await app.handle(typing(GUILD)))).toContain('쿠버네티스');
      expect(text(await app.handle(typing(OTHER_GUILD)))).not.toContain('쿠버네티스');
      expect(text(await app.handle(typing(null)))).not.toContain('쿠버네티스');
    });

    it('lists a server’s own chapters in /topics there only', async () => {
      expect(text(await app.handle(command('topics')))).toContain('쿠버네티스');
      expect(text(await app.handle(command('topics')))).not.toContain('그래프큐엘');
      expect(text(await app.handle(command('topics', {}, { guildId: OTHER_GUILD })))).toContain('그래프큐엘');
      expect(text(await app.handle(command('topics', {}, { guildId: OTHER_GUILD })))).not.toContain(
        '쿠버네티스',
      );
    });

    it('quizzes on a server’s own note there only', async () => {
      const res = await app.handle(command('quiz', { topic: '쿠버네티스', solo: true }));
      expect(text(res)).not.toContain('⚠️');
      expect(text(res)).toContain('쿠버네티스');
      const elsewhere = await app.handle(
        command('quiz', { topic: '쿠버네티스', solo: true }, { guildId: OTHER_GUILD }),
      );
      expect(text(elsewhere)).toContain('찾지 못했어요');
    });
  });
});
