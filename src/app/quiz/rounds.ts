import { createHash, randomBytes } from 'node:crypto';
import type { Section } from '../../knowledge/types.ts';
import { generateQuestions } from '../../quiz/generate.ts';
import { matchesAnswer } from '../../quiz/match.ts';
import type { Question } from '../../quiz/question.ts';
import { seededRandom } from '../../quiz/random.ts';
import { pickForReview, reviewAfter } from '../../quiz/review.ts';
import { pointsFor } from '../../quiz/scoring.ts';
import type { AnswerResult, RoundRecord, Scope, SessionRecord } from '../../store/store.ts';
import type { Context } from '../context.ts';
import { UserError } from '../errors.ts';
import { fitText, limits } from '../format.ts';
import { tr } from '../i18n.ts';
import type { Actor, Locale, Message, MessageRef } from '../protocol.ts';
import { feedbackMessage, finaleText, questionMessage, revealMessage } from './render.ts';

/** A user's own scope: DMs, the terminal, and solo practice anywhere. */
export const personalScope = (userId: string): Scope => `dm:${userId}`;

/** Where a request's scores count: its guild, or the user's own `dm:` scope outside guilds. */
export function scopeOf(guildId: string | null, userId: string): Scope {
  return guildId ?? personalScope(userId);
}

const newId = () => randomBytes(6).toString('base64url');

// Timers live per Context so tests (and two apps in one process) never close each other's rounds.
const timers = new WeakMap<Context, Map<string, NodeJS.Timeout>>();
const pending = new WeakMap<Context, Set<Promise<unknown>>>();

/** Runs `task` once the current reply has gone out; `repliesSettled` waits for such tasks. */
function afterReply(ctx: Context, task: () => Promise<unknown>): void {
  const set = pending.get(ctx) ?? new Set();
  pending.set(ctx, set);
  const run: Promise<unknown> = new Promise((resolve) => setTimeout(resolve, 0))
    .then(task)
    .catch((err: unknown) => ctx.log.error({ err }, 'quiz work after a reply failed'))
    .finally(() => set.delete(run));
  set.add(run);
}

/**
 * Resolves when the work that follows replies (a solo round's reveal and next question) is done;
 * the terminal waits on it so the next typed line sees the next question.
 */
export async function repliesSettled(ctx: Context): Promise<void> {
  const set = pending.get(ctx);
  while (set?.size) await Promise.all([...set]);
}

function timersOf(ctx: Context): Map<string, NodeJS.Timeout> {
  let map = timers.get(ctx);
  if (!map) {
    map = new Map();
    timers.set(ctx, map);
  }
  return map;
}

/** Schedules a round's close; the callback only asks the database, so a late or duplicate timer is harmless. */
function arm(ctx: Context, round: Pick<RoundRecord, 'id' | 'closesAt'>): void {
  const map = timersOf(ctx);
  clearTimeout(map.get(round.id));
  const timer = setTimeout(
    () => {
      map.delete(round.id);
      closeRound(ctx, round.id).catch((err) =>
        ctx.log.error({ err, roundId: round.id }, 'closing a quiz round failed'),
      );
    },
    Math.max(0, round.closesAt - ctx.now()),
  );
  timer.unref();
  map.set(round.id, timer);
}

/** Ids of rounds with a timer armed in this process (for tests and diagnostics). */
export function armedRounds(ctx: Context): string[] {
  return [...timersOf(ctx).keys()];
}

/** Cancels every timer of a context, for shutdown; open rounds stay open in the store for the next start. */
export function stopRoundTimers(ctx: Context): void {
  for (const t of timersOf(ctx).values()) clearTimeout(t);
  timersOf(ctx).clear();
}

/**
 * Re-arms the timers of every open round after a start, so a restart mid-round loses nothing: rounds
 * already past their deadline close (and reveal) right away. Returns how many were armed.
 */
export async function resumeOpenRounds(ctx: Context): Promise<number> {
  const open = await ctx.store.openRounds();
  for (const round of open) arm(ctx, round);
  return open.length;
}

export interface StartQuizOptions {
  guildId: string | null;
  channelId: string;
  user: Actor;
  locale: Locale;
  /** The interaction token: the first question is the interaction's own reply. */
  token: string;
  topic?: string;
  /** Quiz exactly this section and its sub-sections (explain's "quiz me on this"). */
  section?: Section;
  count: number;
  solo: boolean;
  seed?: number;
}

function seedFrom(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

/** The session's questions: the topic's, or (without one) what the user most needs to review. */
async function chooseQuestions(ctx: Context, opts: StartQuizOptions, seed: number): Promise<Question[]> {
  const { knowledge, index } = ctx.notes();
  if (opts.section) return generateQuestions(knowledge, { count: opts.count, seed, section: opts.section });
  if (opts.topic) return generateQuestions(knowledge, { count: opts.count, seed, topic: opts.topic, index });
  const pool = generateQuestions(knowledge, { count: Math.max(opts.count * 4, 20), seed });
  const reviews = await ctx.store.reviews(opts.user.id);
  return pickForReview(pool, reviews, ctx.now(), opts.count, seededRandom(seed ^ 0x5eed));
}

/**
 * Every reveal and follow-up of a session goes through the `/quiz` interaction's token, which Discord
 * honours for 15 minutes. A session must end well inside that: each question may stay open for
 * `QUIZ_SECONDS`, plus a little for the reveal and the next post.
 */
export const TOKEN_BUDGET_SECONDS = 14 * 60;
export const MARGIN_PER_QUESTION_SECONDS = 5;

/** The most questions a session may have so its last reveal still fits in the token's lifetime. */
export function maxQuestions(quizSeconds: number): number {
  return Math.max(1, Math.floor(TOKEN_BUDGET_SECONDS / (quizSeconds + MARGIN_PER_QUESTION_SECONDS)));
}

/**
 * Starts a session and returns its first question as the interaction's reply; later questions
 * follow as follow-ups when each round closes.
 */
export async function startQuiz(ctx: Context, opts: StartQuizOptions): Promise<Message> {
  if (!opts.solo && (await ctx.store.openRoundInChannel(opts.channelId))) throw new UserError('quiz.busy');
  const seed = opts.seed ?? seedFrom(`${opts.token}:${ctx.now()}:${opts.user.id}`);
  const max = maxQuestions(ctx.config.QUIZ_SECONDS);
  const clamped = opts.count > max;
  const questions = await chooseQuestions(ctx, clamped ? { ...opts, count: max } : opts, seed);
  if (questions.length === 0) {
    throw opts.topic
      ? new UserError('quiz.nothingOnTopic', { topic: opts.topic })
      : new UserError('quiz.nothingToAsk');
  }
  const now = ctx.now();
  const session: SessionRecord = {
    id: newId(),
    // Solo practice never counts on a server's board, even when played in a server.
    scope: opts.solo ? personalScope(opts.user.id) : scopeOf(opts.guildId, opts.user.id),
    guildId: opts.guildId,
    channelId: opts.channelId,
    ownerId: opts.user.id,
    solo: opts.solo,
    locale: opts.locale,
    questions: JSON.stringify(questions),
    total: questions.length,
    position: 0,
    status: 'active',
    createdAt: now,
  };
  const first = questions[0] as Question;
  const round = roundFor(ctx, session, 0, first, {
    token: opts.token,
    messageId: '@original',
    channelId: opts.channelId,
  });
  // A shared session between two rounds (its reveal going out) still holds the channel; one whose
  // last round closed more than a round's length ago is taken as abandoned (see `startSession`).
  const staleBefore = now - (ctx.config.QUIZ_SECONDS + 10) * 1000;
  if ((await ctx.store.startSession(session, round, staleBefore)) === 'channel-busy')
    throw new UserError(opts.solo ? 'quiz.soloBusy' : 'quiz.busy');
  arm(ctx, round);
  const message = questionMessage(first, viewOf(session, round), session.solo);
  if (!clamped) return message;
  const notice = tr(opts.locale, {
    ko: `-# ⏱️ 토큰 제한(15분)으로 ${max}문제까지만 낼 수 있어요.`,
    en: `-# ⏱️ Discord's 15-minute token limit allows at most ${max} question${max === 1 ? '' : 's'}.`,
  });
  return { ...message, content: fitText(`${notice}\n${message.content ?? ''}`, limits.content) };
}

function roundFor(
  ctx: Context,
  session: SessionRecord,
  position: number,
  q: Question,
  message: MessageRef | null,
) {
  const openedAt = ctx.now();
  return {
    id: newId(),
    sessionId: session.id,
    position,
    scope: session.scope,
    channelId: session.channelId,
    soloUserId: session.solo ? session.ownerId : null,
    question: JSON.stringify(q),
    topic: q.topic,
    cardKey: q.cardKey,
    openedAt,
    closesAt: openedAt + ctx.config.QUIZ_SECONDS * 1000,
    message,
  };
}

const viewOf = (session: SessionRecord, round: Pick<RoundRecord, 'id' | 'position' | 'closesAt'>) => ({
  roundId: round.id,
  position: round.position,
  total: session.total,
  closesAt: round.closesAt,
  locale: session.locale,
});

/**
 * Closes a round now, if it is still open: reveals the answer by editing its message, then posts the
 * session's next question (or the final scores). Only the caller whose database update closed the
 * round does any of this, so racing timers and instances reveal once. Returns whether this call closed it.
 */
export async function closeRound(ctx: Context, roundId: string): Promise<boolean> {
  if (!(await ctx.store.closeRound(roundId, ctx.now()))) return false;
  clearTimeout(timersOf(ctx).get(roundId));
  timersOf(ctx).delete(roundId);
  const round = await ctx.store.getRound(roundId);
  const session = round && (await ctx.store.getSession(round.sessionId));
  if (!round || !session) return true;
  const question = JSON.parse(round.question) as Question;
  const questions = JSON.parse(session.questions) as Question[];
  const next = questions[round.position + 1];
  const answers = await ctx.store.roundAnswers(roundId);
  const finale = next
    ? null
    : finaleText(session.locale, await ctx.store.sessionTotals(session.id), session.total);
  if (!next) await ctx.store.finishSession(session.id);
  let revealed = round.message !== null;
  if (round.message) {
    revealed =
      (await deliver(ctx, async () => {
        await ctx.outbox.edit(
          round.message as MessageRef,
          revealMessage(question, viewOf(session, round), answers, finale),
        );
        return true;
      })) === true;
  }
  if (next && revealed && round.message) {
    const stopped = () =>
      revealMessage(question, viewOf(session, round), answers, tr(session.locale, stoppedText));
    await postNext(ctx, session, round.position + 1, next, round.message, stopped);
  } else if (next) {
    // The token behind the messages is gone (or never posted): nobody would see a next question.
    await ctx.store.finishSession(session.id);
    ctx.log.warn(
      { sessionId: session.id, roundId, position: round.position },
      'quiz session ended early: its reveal could not be delivered',
    );
  }
  return true;
}

const stoppedText = {
  ko: '⚠️ 다음 문제를 올리지 못해서 퀴즈를 여기서 마쳤어요.',
  en: '⚠️ The next question could not be posted, so the quiz ends here.',
};

async function postNext(
  ctx: Context,
  session: SessionRecord,
  position: number,
  q: Question,
  after: MessageRef,
  stopped: () => Message,
) {
  const round = roundFor(ctx, session, position, q, null);
  if ((await ctx.store.addRound(round)) === 'channel-busy') {
    await ctx.store.finishSession(session.id);
    return;
  }
  const ref = await deliver(ctx, () =>
    ctx.outbox.followUp(after, questionMessage(q, viewOf(session, round), session.solo)),
  );
  if (!ref) {
    // Nobody can see a question that failed to post: close it, end the session, and say so on the
    // last message if Discord still takes edits to it.
    await ctx.store.closeRound(round.id, ctx.now());
    await ctx.store.finishSession(session.id);
    ctx.log.warn(
      { sessionId: session.id, roundId: round.id, position },
      'quiz session ended early: its next question could not be posted',
    );
    await deliver(ctx, () => ctx.outbox.edit(after, stopped()));
    return;
  }
  await ctx.store.setRoundMessage(round.id, ref);
  arm(ctx, round);
}

async function deliver<T>(ctx: Context, send: () => Promise<T>): Promise<T | undefined> {
  try {
    return await send();
  } catch (err) {
    ctx.log.error({ err }, 'quiz message could not be delivered');
    return undefined;
  }
}

export interface AnswerRequest {
  roundId: string;
  user: Actor;
  locale: Locale;
  /** Where the click came from: a round only takes answers in the place it was posted. */
  guildId: string | null;
  channelId: string;
}

async function openRound(
  ctx: Context,
  req: AnswerRequest,
): Promise<{ round: RoundRecord; question: Question }> {
  const round = await ctx.store.getRound(req.roundId);
  if (!round) throw new UserError('quiz.gone');
  // A custom id can be copied or forged: a round answers only in its own server and channel. A solo
  // round is scored to its owner's personal scope, so its server is checked on its session.
  const elsewhere =
    round.channelId !== req.channelId ||
    (round.soloUserId === null
      ? round.scope !== scopeOf(req.guildId, req.user.id)
      : (await ctx.store.getSession(round.sessionId))?.guildId !== req.guildId);
  if (elsewhere) {
    throw new UserError('quiz.elsewhere');
  }
  if (round.soloUserId !== null && round.soloUserId !== req.user.id) {
    throw new UserError('quiz.soloOnly');
  }
  if (round.status !== 'open' || ctx.now() >= round.closesAt) {
    // The timer may be late (or its process gone): closing here is safe, the database picks one closer.
    if (round.status === 'open') await closeRound(ctx, round.id);
    throw new UserError('quiz.closed');
  }
  return { round, question: JSON.parse(round.question) as Question };
}

async function record(
  ctx: Context,
  req: AnswerRequest,
  round: RoundRecord,
  question: Question,
  response: string,
  correct: boolean,
) {
  const result: AnswerResult = await ctx.store.recordAnswer({
    roundId: round.id,
    userId: req.user.id,
    name: req.user.name,
    response,
    correct,
    answeredAt: ctx.now(),
    points: (streakBefore) =>
      pointsFor({ openedAt: round.openedAt, closesAt: round.closesAt, answeredAt: ctx.now() }, streakBefore),
  });
  if (result.status === 'duplicate') throw new UserError('quiz.alreadyAnswered');
  if (result.status !== 'recorded') throw new UserError('quiz.closed');
  const previous = (await ctx.store.reviews(req.user.id)).find((r) => r.cardKey === round.cardKey);
  await ctx.store.saveReview(req.user.id, reviewAfter(previous, round.cardKey, correct, ctx.now()));
  // Alone, nobody else is waiting for the timer: reveal and move on right after this feedback is
  // delivered (a macrotask later), so the student reads "right/wrong" before the next question.
  if (round.soloUserId !== null) afterReply(ctx, () => closeRound(ctx, round.id));
  return feedbackMessage(question, req.locale, { correct, points: result.points, streak: result.streak });
}

/** A button answer (`quiz:a:<round>:<choice>`): records the first click, replies ephemerally. */
export async function answerChoice(ctx: Context, req: AnswerRequest, choice: number): Promise<Message> {
  const { round, question } = await openRound(ctx, req);
  if (!question.choices || !Number.isInteger(choice) || choice < 0 || choice >= question.choices.length) {
    throw new UserError('quiz.unknownChoice');
  }
  return record(ctx, req, round, question, String(choice), choice === question.answerIndex);
}

/** Whether the user may still type an answer (the modal is only worth opening then). */
export async function checkCanType(ctx: Context, req: AnswerRequest): Promise<void> {
  const { round } = await openRound(ctx, req);
  if (await ctx.store.hasAnswered(round.id, req.user.id)) throw new UserError('quiz.alreadyAnswered');
}

/** A typed answer from the modal (`quiz:m:<round>`), matched forgivingly against the accepted answers. */
export async function answerTyped(ctx: Context, req: AnswerRequest, text: string): Promise<Message> {
  const { round, question } = await openRound(ctx, req);
  const accepted = question.acceptedAnswers ?? [];
  return record(ctx, req, round, question, text.slice(0, 200), matchesAnswer(text, accepted));
}
