import type { Actor, Message } from '../../src/app/protocol.ts';
import type { Section } from '../../src/knowledge/types.ts';
import type { Question } from '../../src/quiz/question.ts';
import { roundIdOf, type TestApp } from './app.ts';
import { CHANNEL, GUILD, users } from './requests.ts';

/** The question a round asks, as its row keeps it. */
export const questionOf = async (a: TestApp, roundId: string) =>
  JSON.parse((await a.store.getRound(roundId))?.question ?? '{}') as Question;

/**
 * Starts quizzes (seed 0, 1, 2 …) until the first question is one `wanted` accepts; returns its message. Shared
 * sessions in CHANNEL unless `solo`; those not kept are stopped.
 */
export async function startUntil(
  a: TestApp,
  wanted: (q: Question) => boolean,
  opts: {
    user?: Actor;
    channelId?: string;
    solo?: boolean;
    count?: number;
    guildId?: string | null;
    section?: Section;
    topic?: string;
  } = {},
): Promise<{ message: Message; question: Question; roundId: string; seed: number }> {
  for (let seed = 0; seed < 300; seed++) {
    const message = await a.ctx.quiz.start({
      ...(opts.section ? { section: opts.section } : {}),
      ...(opts.topic ? { topic: opts.topic } : {}),
      guildId: opts.guildId === undefined ? GUILD : opts.guildId,
      channelId: opts.channelId ?? CHANNEL,
      user: opts.user ?? (users.u1 as Actor),
      locale: 'ko',
      token: `token-${seed}`,
      count: opts.count ?? 1,
      solo: opts.solo ?? false,
      seed,
    });
    const roundId = roundIdOf(message);
    const question = await questionOf(a, roundId);
    if (wanted(question)) return { message, question, roundId, seed };
    const round = await a.store.getRound(roundId);
    await a.store.finishSession(round?.sessionId ?? '');
    await a.store.closeRound(roundId, a.clock.now());
  }
  throw new Error('no such question in 300 seeds');
}
