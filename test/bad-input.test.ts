import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request, Response } from '../src/app/protocol.ts';
import { testApp } from './support/app.ts';
import { button, command, modal } from './support/requests.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  // Rate limits are tested on their own; here every odd input must reach its handler.
  app = await testApp();
  app.ctx.store.takeToken = async () => true;
});
afterAll(() => app.close());

const contentOf = (res: Response) =>
  res.type === 'message' || res.type === 'update' ? (res.message.content ?? '') : '';
const allText = (res: Response) => JSON.stringify(res);
let users = 0;
const fresh = () => ({ user: { id: `7000000000000${String(++users).padStart(5, '0')}`, name: `s${users}` } });

/** A reply a student can read: no crash (the generic 😵 reply), nothing that could ping anyone. */
function expectCalmReply(res: Response) {
  expect(contentOf(res)).not.toContain('😵');
  const text = allText(res);
  expect(text).not.toMatch(/@(everyone|here)/);
  expect(text).not.toMatch(/<@[!&]?\d+>/);
}

const nasty = {
  empty: '',
  whitespace: ' \t\n ',
  long: '로드밸런서 '.repeat(1_200),
  emoji: '🚀🔥👩‍💻',
  zeroWidth: '\u200b\u200c\u200d\ufeff',
  rightToLeft: '\u202e로드밸런서\u202c',
  loneSurrogate: 'CDN \ud800 \udfff',
  markdown: '```js\n**__~~||> # [x](http://x)',
  everyone: '@everyone 캐시 서버',
  here: '@here',
  role: '<@&123456789012345678> 서버',
  user: '<@123456789012345678>',
  control: '\u0000\u0007\u001b[31m',
};

describe('bad input: /explain topics', () => {
  for (const [kind, topic] of Object.entries(nasty)) {
    it(`answers ${kind} calmly, without pinging anyone`, async () => {
      const res = await app.router.handle(command('explain', { topic }, fresh()));
      expect(res.type).toBe('message');
      expectCalmReply(res);
    });
  }

  it('asks for a topic when only invisible characters were typed', async () => {
    const res = await app.router.handle(command('explain', { topic: '\u200b \u200d' }, fresh()));
    expect(contentOf(res)).toContain('주제를 적어 주세요');
  });

  it('still finds the topic behind a mention or a right-to-left mark', async () => {
    for (const topic of [nasty.everyone, nasty.rightToLeft]) {
      const res = await app.router.handle(command('explain', { topic }, fresh()));
      expect(res).toMatchObject({ message: { embeds: [expect.anything()] } });
    }
  });

  it('never crashes or pings on arbitrary strings (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (topic) => {
        const res = await app.router.handle(command('explain', { topic }, fresh()));
        expectCalmReply(res);
      }),
      { numRuns: 150 },
    );
  });
});

describe('bad input: options of the wrong type', () => {
  const cases: [string, Request][] = [
    ['a number as the topic', command('explain', { topic: 42 }, fresh())],
    ['a boolean count', command('quiz', { count: true, topic: 'zzzz-not-a-topic' }, fresh())],
    ['a negative page', command('leaderboard', { page: -5 }, fresh())],
    ['an unknown period', command('leaderboard', { period: 'forever' }, fresh())],
    [
      'an unknown admin action',
      command('admin', { action: 'drop-tables' }, { ...fresh(), memberPermissions: 1n << 5n }),
    ],
    ['a user id that is not one', command('stats', { user: '<@everyone>' }, fresh())],
    ['an unknown command', command('rm-rf', {}, fresh())],
  ];
  for (const [kind, req] of cases) {
    it(`refuses or tolerates ${kind} with a clear reply`, async () => {
      expectCalmReply(await app.router.handle(req));
    });
  }
});

describe('bad input: forged and stale buttons', () => {
  async function openRound(guildId = '600000000000000001', channelId = '800000000000000001') {
    const res = await app.router.handle(command('quiz', { count: 1 }, { ...fresh(), guildId, channelId }));
    const ids =
      res.type === 'message'
        ? (res.message.components ?? []).flatMap((r) =>
            r.components.map((c) => ('custom_id' in c ? c.custom_id : '')),
          )
        : [];
    const id = ids.find((x) => /^quiz:[at]:/.test(x));
    if (!id) throw new Error(`no answer button in ${allText(res).slice(0, 200)}`);
    return { id, roundId: id.split(':')[2] ?? '', guildId, channelId };
  }

  for (const id of [
    'quiz:a:nope:0',
    'quiz:a',
    'quiz:zz:1:2',
    'leaderboard:p:xx:-1',
    'explain:s:',
    'stats:x',
    'zzz',
    ':::',
    'quiz:a:\u0000:0',
  ]) {
    it(`refuses the forged id ${JSON.stringify(id)} politely`, async () => {
      const res = await app.router.handle(button(id, fresh()));
      expectCalmReply(res);
      // Either a private refusal, or (a page button with a silly page) the nearest real page.
      if (res.type === 'message') expect(res.message.ephemeral).toBe(true);
      else expect(res.type).toBe('update');
    });
  }

  it('refuses a click on a round from another server or channel, and scores nothing', async () => {
    const round = await openRound('600000000000000011', '800000000000000011');
    const who = fresh();
    for (const where of [
      { guildId: '600000000000000012' },
      { channelId: '800000000000000012' },
      { guildId: null },
    ]) {
      const res = await app.router.handle(
        button(round.id, { ...who, channelId: round.channelId, guildId: round.guildId, ...where }),
      );
      expect(contentOf(res)).toMatch(/다른 채널의 퀴즈|already|이미/);
    }
    expect(await app.ctx.store.hasAnswered(round.roundId, who.user.id)).toBe(false);
  });

  it('refuses a choice index that is out of range', async () => {
    // Question kinds vary with the seed: open rounds (each in its own channel) until one has choices.
    let round: Awaited<ReturnType<typeof openRound>> | undefined;
    for (let i = 0; i < 30 && !round; i++) {
      const opened = await openRound('600000000000000021', `8000000000000021${String(i).padStart(2, '0')}`);
      if (opened.id.startsWith('quiz:a:')) round = opened;
    }
    if (!round) throw new Error('30 rounds and not one multiple-choice question');
    const who = fresh();
    const res = await app.router.handle(
      button(`quiz:a:${round.roundId}:99`, { ...who, guildId: round.guildId, channelId: round.channelId }),
    );
    expect(contentOf(res)).toContain('알 수 없는 선택지');
    expect(await app.ctx.store.hasAnswered(round.roundId, who.user.id)).toBe(false);
  });

  it('refuses a click after the round closed, and scores nothing', async () => {
    const round = await openRound('600000000000000031', '800000000000000031');
    await app.ctx.store.closeRound(round.roundId, app.clock.now());
    const who = fresh();
    const choice = round.id.startsWith('quiz:a:') ? round.id : `quiz:a:${round.roundId}:0`;
    const res = await app.router.handle(
      button(choice, { ...who, guildId: round.guildId, channelId: round.channelId }),
    );
    expect(contentOf(res)).toContain('이미 끝난 문제');
    expect(await app.ctx.store.hasAnswered(round.roundId, who.user.id)).toBe(false);
  });

  it('takes garbage in a typed answer as a wrong answer or refuses it, never crashes', async () => {
    const round = await openRound('600000000000000041', '800000000000000041');
    for (const answer of Object.values(nasty)) {
      const res = await app.router.handle(
        modal(
          `quiz:m:${round.roundId}`,
          { answer },
          { ...fresh(), guildId: round.guildId, channelId: round.channelId },
        ),
      );
      expectCalmReply(res);
    }
    const noField = await app.router.handle(
      modal(
        `quiz:m:${round.roundId}`,
        {},
        { ...fresh(), guildId: round.guildId, channelId: round.channelId },
      ),
    );
    expectCalmReply(noField);
  });
});
