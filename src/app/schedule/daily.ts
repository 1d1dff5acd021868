import { randomBytes } from 'node:crypto';
import { generateQuestions } from '../../quiz/generate.ts';
import { answerText, forLocale, type Question } from '../../quiz/question.ts';
import type { DailyRecord, NewRound, SessionRecord } from '../../store/store.ts';
import type { Clock } from '../clock.ts';
import type { Context } from '../context.ts';
import { dailyIds } from '../custom-ids.ts';
import { fitText, limits, oneLine } from '../format.ts';
import { tr } from '../i18n.ts';
import type { ActionRow, Locale, Message } from '../protocol.ts';
import { displayName, questionMessage } from '../quiz/render.ts';
import { seedFrom } from '../quiz/session-plan.ts';
import { localDay, nextAtHour } from './local-time.ts';
import { nonceFor } from './reminders.ts';
import type { DueJob } from './runner.ts';

/**
 * A question of the day's round is kept under its own channel key, so it never holds the channel
 * against a `/quiz` for the day it stays open.
 */
export const dailyChannel = (channelId: string) => `daily:${channelId}`;

const newId = () => randomBytes(6).toString('base64url');

/** Yesterday's question in one or two lines: its answer and who got it (names, never mentions). */
export async function yesterdayText(ctx: Context, roundId: string, locale: Locale): Promise<string | null> {
  const round = await ctx.store.getRound(roundId);
  if (!round) return null;
  const q = forLocale(JSON.parse(round.question) as Question, locale);
  const right = (await ctx.store.roundAnswers(roundId))
    .filter((a) => a.correct)
    .map((a) => displayName(a.name));
  const answer = oneLine(answerText(q), 200);
  const who = right.length
    ? tr(locale, { ko: `맞힌 사람: ${right.join(', ')}`, en: `Got it: ${right.join(', ')}` })
    : tr(locale, { ko: '아무도 맞히지 못했어요.', en: 'Nobody got it.' });
  return tr(locale, {
    ko: `📖 어제의 문제 「${oneLine(q.prompt, 120)}」 정답: **${answer}** · ${who}`,
    en: `📖 Yesterday's question “${oneLine(q.prompt, 120)}” — answer: **${answer}** · ${who}`,
  });
}

/** The day's post: yesterday's answer first, then the question with choice buttons open until tomorrow. */
export function dailyMessage(
  q: Question,
  roundId: string,
  closesAt: number,
  locale: Locale,
  yesterday: string | null,
): Message {
  const asked = questionMessage(q, { roundId, position: 0, total: 1, closesAt, locale }, false);
  const [, ...body] = (asked.content ?? '').split('\n');
  const head = tr(locale, {
    ko: `📅 **오늘의 문제** · <t:${Math.ceil(closesAt / 1000)}:R> 정답 공개`,
    en: `📅 **Question of the day** · answer <t:${Math.ceil(closesAt / 1000)}:R>`,
  });
  const choices = asked.components?.[0];
  const row: ActionRow | null = choices
    ? {
        ...choices,
        components: choices.components.map((c, choice) => ({
          ...c,
          custom_id: dailyIds.encode({ action: 'answer', roundId, choice }),
        })) as ActionRow['components'],
      }
    : null;
  const content = [...(yesterday ? [yesterday, ''] : []), head, ...body].join('\n');
  return { content: fitText(content, limits.content), components: row ? [row] : [] };
}

/** A question answered with buttons (a typed one would need a form per click; the day's post keeps to buttons). */
function pickQuestion(ctx: Context, seed: number): Question | null {
  const pool = generateQuestions(ctx.notes().knowledge, { count: 30, seed });
  return pool.find((q) => q.choices && q.answerIndex !== undefined) ?? null;
}

/**
 * The question of the day: at its hour, yesterday's round closes and a new one is posted in the
 * server's channel (with yesterday's answer and who got it), open until the next. Its answers score on
 * the server's board like any round's.
 */
export function dailyJob({ ctx, clock }: { ctx: Context; clock: Clock }): DueJob<DailyRecord> {
  const { store, log } = ctx;
  return {
    name: 'question of the day',
    claim: (c) => store.claimDailies(c),
    async work(d, claim) {
      const messenger = ctx.messenger;
      if (!messenger) return;
      const now = clock.now();
      const today = localDay(now, d.timeZone);
      const nextAt = nextAtHour(now, d.hour, d.timeZone, today);
      const key = dailyChannel(d.channelId);
      // Whatever round is open under the day's key (yesterday's, or one a crashed try left) ends now.
      const open = await store.openRoundInChannel(key);
      for (const id of new Set([d.roundId, open?.id].filter((x): x is string => !!x))) {
        const round = await store.getRound(id);
        if (!round) continue;
        await store.closeRound(id, now);
        await store.finishSession(round.sessionId);
      }
      const yesterday = d.roundId ? await yesterdayText(ctx, d.roundId, d.locale) : null;
      const question = pickQuestion(ctx, seedFrom(`${d.guildId}:${today}`));
      if (!question) {
        log.warn(
          { guildId: d.guildId },
          'no question of the day: the notes have nothing to ask with buttons',
        );
        await store.finishDaily(d.guildId, claim, { nextAt, roundId: null });
        return;
      }
      const session: SessionRecord = {
        id: newId(),
        scope: d.guildId,
        guildId: d.guildId,
        channelId: key,
        ownerId: 'daily',
        solo: false,
        locale: d.locale,
        questions: JSON.stringify([question]),
        total: 1,
        position: 0,
        status: 'active',
        createdAt: now,
      };
      const round: NewRound = {
        id: newId(),
        sessionId: session.id,
        position: 0,
        scope: d.guildId,
        channelId: key,
        soloUserId: null,
        question: JSON.stringify(question),
        topic: question.topic,
        cardKey: question.cardKey,
        openedAt: now,
        closesAt: nextAt,
        // Never edited through an interaction: the next day's post tells its answer.
        message: null,
      };
      await store.startSession(session, round);
      const sent = await messenger.post(
        d.channelId,
        dailyMessage(question, round.id, nextAt, d.locale, yesterday),
        {
          nonce: nonceFor('d', d.guildId, today),
        },
      );
      if (sent.status !== 'sent') {
        // The bot lost the channel: stop rather than fail every day.
        log.warn(
          { guildId: d.guildId, channelId: d.channelId },
          'question of the day refused by Discord; stopped',
        );
        await store.closeRound(round.id, now);
        await store.finishSession(session.id);
        await store.stopDaily(d.guildId);
        return;
      }
      await store.finishDaily(d.guildId, claim, { nextAt, roundId: round.id });
    },
  };
}
