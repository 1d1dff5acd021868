import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type QuestionReport } from '../src/store/store.ts';
import { cleanEnv, runScript } from './support/spawn.ts';
import { tempDir } from './support/temp.ts';

const tmp = tempDir();
afterAll(tmp.cleanup);

const GUILD = '600000000000000001';
const question = {
  type: 'definition-to-term',
  prompt: '다음 설명에 알맞은 용어는?\n> ○○는 가까운 곳에서 콘텐츠를 전달해요',
  choices: ['CDN', 'DNS'],
  answerIndex: 0,
  explanation: 'CDN: 가까운 곳에서 콘텐츠를 전달해요',
  source: { file: '01-web-programming.md', line: 87, title: '1.5 인프라 > CDN' },
  topic: '1. 웹 프로그래밍이란?',
  cardKey: '01-web-programming.md#87#cdn',
  en: { prompt: 'Which term fits?' },
};
const report = (over: Partial<QuestionReport>): QuestionReport => ({
  roundId: 'r1',
  userId: '700000000000000002',
  name: 'student2',
  guildId: GUILD,
  channelId: '800000000000000001',
  questionKey: 'k1',
  question: JSON.stringify(question),
  reportedAt: Date.UTC(2026, 11, 7, 1, 0, 0),
  ...over,
});

describe('tutor reports --json', () => {
  it('lists the reported questions for note authors, all or one server’s, in the quiz’s JSON shape', async () => {
    const db = join(tmp.dir, 'store.db');
    const store = await openStore(db);
    await store.reportQuestion(report({}));
    await store.reportQuestion(report({ roundId: 'r2', guildId: '600000000000000002', reportedAt: 0 }));
    await store.close();
    const env = cleanEnv({ DATABASE_URL: db });

    // Three readers of one store, started together.
    const [one, all, bad] = await Promise.all([
      runScript('tutor', ['reports', '--json', '--guild', GUILD], { env }),
      runScript('tutor', ['reports', '--json'], { env }),
      runScript('tutor', ['reports', '--json', '--guild', 'abc'], { env }),
    ]);
    expect(one.status, one.stderr).toBe(0);
    const { en: _, topic: __, cardKey: ___, ...shown } = question;
    expect(JSON.parse(one.stdout)).toEqual([
      {
        reportedAt: '2026-12-07T01:00:00.000Z',
        guildId: GUILD,
        channelId: '800000000000000001',
        roundId: 'r1',
        reporter: { id: '700000000000000002', name: 'student2' },
        questionKey: 'k1',
        question: shown,
      },
    ]);
    expect(JSON.parse(all.stdout).map((r: { roundId: string }) => r.roundId)).toEqual(['r2', 'r1']);

    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--guild takes a server id');
    expect(bad.stdout).toBe('');
  }, 120_000);
});
