import { randomBytes } from 'node:crypto';
import type { Section } from '../../knowledge/types.ts';
import type { Logger } from '../../log.ts';
import { matchesAnswer } from '../../quiz/match.ts';
import { isTyped, type Question } from '../../quiz/question.ts';
import { cardFor, reviewAfter } from '../../quiz/review.ts';
import { pointsFor } from '../../quiz/scoring.ts';
import type { AnswerRecord, NewRound, RoundRecord, SessionRecord, Store } from '../../store/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import type { Notes } from '../context.ts';
import { UserError } from '../errors.ts';
import { fitText, limits } from '../format.ts';
import { tr } from '../i18n.ts';
import type { Actor, Locale, Message, MessageRef, Outbox, Place } from '../protocol.ts';
import { type AnswerRequest, checkRound, refusalError } from './answers.ts';
import { afterMiss, missedSections, type PlannedQuestion, wasMissed } from './learn.ts';
import {
  type FeedbackDetail,
  feedbackMessage,
  finaleText,
  hintMessage,
  questionMessage,
  revealMessage,
} from './render.ts';
import { RoundTimers } from './round-timers.ts';
import { personalScope, scopeOf } from './scope.ts';
import { chooseQuestions, maxQuestions, seedFrom, TOKEN_LIFETIME_MS } from './session-plan.ts';
import { pickedNote, questionKey } from './teach.ts';

export type { AnswerRequest } from './answers.ts';

export interface QuizSettings {
  /** How long a round stays open (`QUIZ_SECONDS`). */
  quizSeconds: number;
}

export interface QuizEngineParts {
  store: Store;
  outbox: Outbox;
  clock: Clock;
  notes: () => Notes;
  settings: QuizSettings;
  log: Logger;
}

export interface StartQuizOptions {
  guildId: string | null;
  channelId: string;
  /** Where it is played (see `Place`): a shared quiz counts on that place's board. */
  place?: Place | undefined;
  user: Actor;
  locale: Locale;
  /** The interaction token: the first question is the interaction's own reply. */
  token: string;
  topic?: string;
  /** Quiz exactly this section and its sub-sections (explain's "quiz me on this"). */
  section?: Section;
  /** The notes to ask from (the request's server's); the shared notes when absent. */
  notes?: Notes;
  count: number;
  solo: boolean;
  seed?: number;
  /** Only the user's due facts (the reminder's "review now"). */
  dueOnly?: boolean;
}

/** Every instance looks for overdue open rounds this often, so a round whose timer was lost still closes. */
export const SWEEP_MS = 5_000;
/** Retries after a failed close or reveal wait 0.5 s, 1 s, 2 s … up to this. */
const MAX_BACKOFF_MS = 4_000;
/** A reveal is not tried this close to its token's end (Discord would refuse it anyway). */
const TOKEN_SAFETY_MS = 10_000;

/** Discord's Manage Server permission bit. */
const MANAGE_GUILD = 1n << 5n;

const backoff = (attempt: number) => Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);

/** A 4xx from Discord other than 429 (unknown message, invalid token) will not succeed on a retry. */
function permanent(err: unknown): boolean {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429;
}

const newId = () => randomBytes(6).toString('base64url');

const stoppedText = {
  ko: '⚠️ 다음 문제를 올리지 못해서 퀴즈를 여기서 마쳤어요.',
  en: '⚠️ The next question could not be posted, so the quiz ends here.',
};

const revealLostText = {
  ko: '⚠️ 정답 공개를 올리지 못해서 퀴즈를 여기서 마쳤어요. 점수는 모두 기록됐어요.',
  en: '⚠️ The answer could not be revealed, so the quiz ends here. Every score was recorded.',
};

const viewOf = (session: SessionRecord, round: Pick<RoundRecord, 'id' | 'position' | 'closesAt'>) => ({
  roundId: round.id,
  position: round.position,
  total: session.total,
  closesAt: round.closesAt,
  locale: session.locale,
});

/**
 * The quiz over time: starts sessions, takes answers, closes rounds and reveals them, posts the next
 * question. Rounds are rows in the store; this object only owns the timers that prompt it to look at
 * them, all scheduled through its clock, and the work still running after a reply (`idle`).
 */
export class QuizEngine {
  readonly #timers: RoundTimers;
  readonly #running = new Set<Promise<unknown>>();
  /** Shared sessions whose reveal is still going out, by channel: they hold it as an open round does. */
  readonly #revealing = new Map<string, string>();
  #sweep: Cancel | null = null;
  /** Reveals waiting for their next try. */
  readonly #retries = new Set<Cancel>();
  #stopped = false;

  constructor(private readonly parts: QuizEngineParts) {
    this.#timers = new RoundTimers(parts.clock);
  }

  /**
   * Starts a session and returns its first question as the interaction's reply; later questions
   * follow as follow-ups when each round closes.
   */
  async start(opts: StartQuizOptions): Promise<Message> {
    const { store, clock, settings } = this.parts;
    if (
      !opts.solo &&
      (this.#revealing.has(opts.channelId) || (await store.openRoundInChannel(opts.channelId)))
    )
      throw new UserError('quiz.busy');
    const now = clock.now();
    const seed = opts.seed ?? seedFrom(`${opts.token}:${now}:${opts.user.id}`);
    const max = maxQuestions(settings.quizSeconds);
    const clamped = opts.count > max;
    const questions = await chooseQuestions(
      opts.notes ?? this.parts.notes(),
      {
        count: Math.min(opts.count, max),
        ...(opts.topic ? { topic: opts.topic } : {}),
        ...(opts.section ? { section: opts.section } : {}),
        ...(opts.dueOnly ? { dueOnly: true } : {}),
      },
      seed,
      { cards: () => store.reviews(opts.user.id), now },
      new Set(await store.reportedKeys(opts.guildId, opts.user.id)),
    );
    if (questions.length === 0) {
      if (opts.dueOnly) throw new UserError('remind.nothingDue');
      throw opts.topic
        ? new UserError('quiz.nothingOnTopic', { topic: opts.topic })
        : new UserError('quiz.nothingToAsk');
    }
    const session: SessionRecord = {
      id: newId(),
      // Solo practice never counts on a server's board, even when played in a server.
      scope: opts.solo ? personalScope(opts.user.id) : scopeOf(opts, opts.user.id),
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
    const round = this.#roundFor(session, 0, first, now, {
      token: opts.token,
      messageId: '@original',
      channelId: opts.channelId,
    });
    // A shared session between two rounds (its reveal going out) still holds the channel; one whose
    // last round closed more than a round's length ago is taken as abandoned (see `startSession`).
    const staleBefore = now - (settings.quizSeconds + 10) * 1000;
    if ((await store.startSession(session, round, staleBefore)) === 'channel-busy')
      throw new UserError(opts.solo ? 'quiz.soloBusy' : 'quiz.busy');
    this.#arm(round);
    const message = questionMessage(first, viewOf(session, round), session.solo);
    const n = questions.length;
    const notice = clamped
      ? tr(opts.locale, {
          ko: `-# ⏱️ 토큰 제한(15분)으로 ${max}문제까지만 낼 수 있어요.`,
          en: `-# ⏱️ Discord's 15-minute token limit allows at most ${max} question${max === 1 ? '' : 's'}.`,
        })
      : n < opts.count
        ? tr(opts.locale, {
            ko: `-# 📚 노트에 서로 다른 문제가 ${n}개뿐이라 ${opts.count}문제 대신 ${n}문제를 낼게요.`,
            en: `-# 📚 The notes hold ${n} distinct question${n === 1 ? '' : 's'} here, so this quiz asks ${n} instead of ${opts.count}.`,
          })
        : null;
    if (!notice) return message;
    return { ...message, content: fitText(`${notice}\n${message.content ?? ''}`, limits.content) };
  }

  /** A button answer (`quiz:a:<round>:<choice>`): records the first click, replies ephemerally. */
  async answerChoice(req: AnswerRequest, choice: number): Promise<Message> {
    const now = this.parts.clock.now();
    const { round, question } = await this.#openRound(req, now);
    if (!question.choices || !Number.isInteger(choice) || choice < 0 || choice >= question.choices.length) {
      throw new UserError('quiz.unknownChoice');
    }
    const right = choice === question.answerIndex;
    const picked = right ? undefined : pickedNote(this.parts.notes().knowledge, question, choice, req.locale);
    return this.#record(req, round, question, now, String(choice), right, picked ? { picked } : {});
  }

  /** A typed answer from the modal (`quiz:m:<round>`), matched forgivingly against the accepted answers. */
  async answerTyped(req: AnswerRequest, text: string): Promise<Message> {
    const now = this.parts.clock.now();
    const { round, question } = await this.#openRound(req, now);
    const accepted = question.acceptedAnswers ?? [];
    const typed = text.slice(0, 200);
    return this.#record(
      req,
      round,
      question,
      now,
      typed,
      matchesAnswer(text, accepted, question.rejectedAnswers),
      { typed },
    );
  }

  /** A typed question's hint (`quiz:h:<round>`), privately; a right answer after it earns less. */
  async hint(req: AnswerRequest): Promise<Message> {
    const { store } = this.parts;
    const { round, question } = await this.#openRound(req, this.parts.clock.now());
    if (await store.hasAnswered(round.id, req.user.id)) throw new UserError('quiz.alreadyAnswered');
    await store.takeHint(round.id, req.user.id);
    return hintMessage(question, req.locale);
  }

  /**
   * The 🚩 of a revealed question (`quiz:r:<round>`): recorded with the question and who reported it, for
   * note authors (`tutor reports --json`); the question is not asked in that server (or to that user,
   * outside servers) again.
   */
  async report(req: AnswerRequest): Promise<Message> {
    const { store, clock } = this.parts;
    const round = await store.getRound(req.roundId);
    const session = round && (await store.getSession(round.sessionId));
    if (!round || !session) throw refusalError('missing');
    if (round.channelId !== req.channelId || session.guildId !== req.guildId) throw refusalError('elsewhere');
    if (round.status === 'open') throw new UserError('quiz.reportOpen');
    const question = JSON.parse(round.question) as Question;
    const fresh = await store.reportQuestion({
      roundId: round.id,
      userId: req.user.id,
      name: req.user.name,
      guildId: req.guildId,
      channelId: req.channelId,
      questionKey: questionKey(question),
      question: round.question,
      reportedAt: clock.now(),
    });
    const text = fresh
      ? tr(req.locale, {
          ko: '🚩 신고했어요. 노트 작성자가 확인할게요. 이 문제는 여기서 다시 나오지 않아요.',
          en: '🚩 Reported. The notes’ authors will look at it; this question will not be asked here again.',
        })
      : tr(req.locale, { ko: '이미 신고한 문제예요.', en: 'You already reported this question.' });
    return { content: text, ephemeral: true };
  }

  /** Whether the user may still type an answer (the modal is only worth opening then). */
  async checkCanType(req: AnswerRequest): Promise<void> {
    const { round } = await this.#openRound(req, this.parts.clock.now());
    if (await this.parts.store.hasAnswered(round.id, req.user.id))
      throw new UserError('quiz.alreadyAnswered');
  }

  /**
   * Closes a round now, if it is still open, and reveals it (then the next question). Only the caller
   * whose database update closed the round does this, so racing timers and instances reveal once.
   * Returns whether this call closed it; a failed reveal is retried later, through the clock.
   */
  async close(roundId: string): Promise<boolean> {
    if (!(await this.parts.store.closeRound(roundId, this.parts.clock.now()))) return false;
    this.#timers.cancel(roundId);
    await this.#reveal(roundId, 0);
    return true;
  }

  /**
   * Arms every open round in the store (a restart mid-round loses nothing: overdue rounds close at
   * once) and starts the periodic sweep that does the same for rounds whose timer was lost (a failed
   * close, another instance that died). Returns how many rounds were open.
   */
  async resume(): Promise<number> {
    const open = await this.parts.store.openRounds();
    for (const round of open) if (!this.#timers.has(round.id)) this.#arm(round);
    this.#scheduleSweep();
    return open.length;
  }

  /** Resolves when the work following replies and timers (reveals, next questions) has settled. */
  async idle(): Promise<void> {
    while (this.#running.size) await Promise.all([...this.#running]);
  }

  /** Cancels every timer, for shutdown; open rounds stay open in the store for the next start. */
  stop(): void {
    this.#stopped = true;
    this.#timers.stop();
    this.#sweep?.();
    this.#sweep = null;
    for (const cancel of this.#retries) cancel();
    this.#retries.clear();
  }

  /**
   * Stops a running session from its question's stop button (`quiz:x:<round>`): its starter or a
   * member with Manage Server may. The open round is revealed with the scores so far, and no next
   * question follows.
   */
  async stopSession(req: AnswerRequest & { memberPermissions: bigint | null }): Promise<Message> {
    const { store } = this.parts;
    const round = await store.getRound(req.roundId);
    const session = round && (await store.getSession(round.sessionId));
    if (!round || !session || round.channelId !== req.channelId || session.guildId !== req.guildId)
      throw refusalError(round ? 'elsewhere' : 'missing');
    const manager = ((req.memberPermissions ?? 0n) & MANAGE_GUILD) !== 0n;
    if (session.ownerId !== req.user.id && !manager) throw new UserError('quiz.stopNotAllowed');
    if (session.status !== 'active') throw new UserError('quiz.ended');
    // Done first: whichever closes the round (this click or its timer) then reveals it as the last.
    await store.finishSession(session.id);
    await this.close(round.id);
    return { content: tr(req.locale, { ko: '⏹️ 퀴즈를 멈췄어요.', en: '⏹️ Quiz stopped.' }), ephemeral: true };
  }

  /**
   * Ends `userId`'s solo sessions in `channelId` without revealing anything: nobody is left to see it
   * (the terminal tutor closing, or finding what an earlier run left behind).
   */
  async leave(channelId: string, userId: string): Promise<void> {
    const { store, clock } = this.parts;
    for (const round of await store.openRounds()) {
      if (round.channelId !== channelId || round.soloUserId !== userId) continue;
      this.#timers.cancel(round.id);
      await store.closeRound(round.id, clock.now());
      await store.finishSession(round.sessionId);
    }
  }

  /** Ids of rounds with a timer armed here (for tests and diagnostics). */
  armed(): string[] {
    return this.#timers.ids();
  }

  async #openRound(req: AnswerRequest, now: number): Promise<{ round: RoundRecord; question: Question }> {
    const checked = await checkRound(this.parts.store, req, now);
    if ('refused' in checked) {
      // The timer may be late (or its process gone): close it, but tell the click at once, without
      // waiting for the reveal and the next question. The database picks one closer.
      if (checked.refused === 'late' && checked.round) {
        const id = checked.round.id;
        this.#soon(() => this.close(id));
      }
      throw refusalError(checked.refused);
    }
    return checked;
  }

  async #record(
    req: AnswerRequest,
    round: RoundRecord,
    question: Question,
    now: number,
    response: string,
    correct: boolean,
    detail: FeedbackDetail,
  ): Promise<Message> {
    const { store } = this.parts;
    const timing = { openedAt: round.openedAt, closesAt: round.closesAt, answeredAt: now };
    const hinted = isTyped(question) && (await store.hintTaken(round.id, req.user.id));
    const result = await store.recordAnswer({
      roundId: round.id,
      userId: req.user.id,
      name: req.user.name,
      response,
      correct,
      answeredAt: now,
      points: (streakBefore) => pointsFor(timing, streakBefore, hinted),
    });
    if (result.status === 'duplicate') throw new UserError('quiz.alreadyAnswered');
    if (result.status !== 'recorded') throw new UserError('quiz.closed');
    // The store's port has no hook for this inside the answer's transaction: a lost update here
    // only costs one card's schedule, never a score.
    // A fact without a card of its own starts from its section's older one.
    const previous = cardFor(
      { cardKey: round.cardKey, source: question.source },
      await store.reviews(req.user.id),
    );
    await store.saveReview(req.user.id, reviewAfter(previous, round.cardKey, correct, now));
    // Alone, nobody else is waiting for the timer: reveal and move on right after this feedback is
    // delivered, so the student reads "right/wrong" before the next question.
    if (round.soloUserId !== null) this.#soon(() => this.close(round.id));
    const scored = { correct, points: result.points, streak: result.streak };
    return feedbackMessage(question, req.locale, scored, { ...detail, ...(hinted ? { hinted } : {}) });
  }

  #roundFor(
    session: SessionRecord,
    position: number,
    q: Question,
    openedAt: number,
    message: MessageRef | null,
  ): NewRound {
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
      closesAt: openedAt + this.parts.settings.quizSeconds * 1000,
      message,
    };
  }

  /** Runs `task` after the current reply has gone out (a macrotask later); `idle` waits for it. */
  #soon(task: () => Promise<unknown>): void {
    this.#track(new Promise((resolve) => setImmediate(resolve)).then(task));
  }

  #track(work: Promise<unknown>): Promise<unknown> {
    const run = work
      .catch((err: unknown) => this.parts.log.error({ err }, 'quiz work after a reply failed'))
      .finally(() => this.#running.delete(run));
    this.#running.add(run);
    return run;
  }

  /** Schedules a round's close; on a store error it tries again with backoff until it closes. */
  #arm(round: Pick<RoundRecord, 'id' | 'closesAt'>, attempt = 0): void {
    if (this.#stopped) return;
    const when = attempt === 0 ? round.closesAt : this.parts.clock.now() + backoff(attempt - 1);
    this.#timers.arm(round.id, when, () =>
      this.#track(
        this.close(round.id).catch((err: unknown) => {
          this.parts.log.error(
            { err, roundId: round.id, attempt },
            'closing a quiz round failed; will retry',
          );
          this.#arm(round, attempt + 1);
        }),
      ),
    );
  }

  #scheduleSweep(): void {
    if (this.#stopped) return;
    this.#sweep?.();
    const { clock, store, log } = this.parts;
    this.#sweep = clock.at(clock.now() + SWEEP_MS, () =>
      this.#track(
        store
          .openRounds()
          .then((open) => {
            for (const round of open) if (!this.#timers.has(round.id)) this.#arm(round);
          })
          .catch((err: unknown) => log.warn({ err }, 'looking for overdue quiz rounds failed'))
          .finally(() => this.#scheduleSweep()),
      ),
    );
  }

  /** Retries `step` later through the clock (the reveal of a round this process closed). */
  #retry(step: () => Promise<void>, attempt: number): void {
    if (this.#stopped) return;
    const { clock } = this.parts;
    const cancel = clock.at(clock.now() + backoff(attempt), () => {
      this.#retries.delete(cancel);
      return this.#track(step());
    });
    this.#retries.add(cancel);
  }

  /**
   * Reveals a round this process closed by editing its message, then posts the next question (or the
   * final scores). A store error or a transient delivery failure is retried with backoff while the
   * interaction token lasts; a reveal that cannot go out ends the session and says so.
   */
  async #reveal(roundId: string, attempt: number): Promise<void> {
    const { store, outbox, log, clock } = this.parts;
    let round: RoundRecord | null;
    let session: SessionRecord | null;
    try {
      round = await store.getRound(roundId);
      session = round && (await store.getSession(round.sessionId));
    } catch (err) {
      log.error({ err, roundId, attempt }, 'reading a closed quiz round failed; will retry');
      return this.#retry(() => this.#reveal(roundId, attempt + 1), attempt);
    }
    if (!round || !session) return;
    const { channelId, id: sessionId } = session;
    const hold = !session.solo;
    if (hold) this.#revealing.set(channelId, sessionId);
    const release = () => {
      if (this.#revealing.get(channelId) === sessionId) this.#revealing.delete(channelId);
    };
    let questions = JSON.parse(session.questions) as PlannedQuestion[];
    const question = JSON.parse(round.question) as Question;
    let next: PlannedQuestion | undefined;
    let view = viewOf(session, round);
    let message: Message;
    let answers: AnswerRecord[];
    try {
      answers = await store.roundAnswers(roundId);
      if (wasMissed(answers)) {
        // Asked again later only when someone tried it: an empty round says nothing about the fact.
        const max = maxQuestions(this.parts.settings.quizSeconds);
        const askAgain = answers.length > 0 && session.status === 'active';
        const changed = afterMiss(questions, round.position, { askAgain, max });
        if (changed) {
          await store.setSessionQuestions(session.id, JSON.stringify(changed), changed.length);
          questions = changed;
          session = { ...session, total: changed.length };
          view = viewOf(session, round);
        }
      }
      next = session.status === 'active' ? questions[round.position + 1] : undefined;
      const stopped = !next && questions[round.position + 1] !== undefined;
      const finale = next
        ? null
        : finaleText(session.locale, await store.sessionTotals(session.id), session.total, stopped);
      if (!next) await store.finishSession(session.id);
      const missed = next ? [] : missedSections(this.parts.notes().knowledge, questions, round.position);
      message = revealMessage(question, view, answers, finale, { missed });
    } catch (err) {
      log.error({ err, roundId, attempt }, 'reading a closed quiz round failed; will retry');
      return this.#retry(() => this.#reveal(roundId, attempt + 1), attempt);
    }
    if (!round.message) {
      // Never posted: nobody would see a reveal or a next question.
      release();
      await store.finishSession(session.id);
      return;
    }
    const ref = round.message;
    try {
      await outbox.edit(ref, message);
    } catch (err) {
      const deadline = session.createdAt + TOKEN_LIFETIME_MS - TOKEN_SAFETY_MS;
      if (!permanent(err) && clock.now() + backoff(attempt) < deadline) {
        log.warn({ err, roundId, attempt }, 'quiz reveal could not be delivered; will retry');
        return this.#retry(() => this.#reveal(roundId, attempt + 1), attempt);
      }
      release();
      await store.finishSession(session.id);
      log.warn(
        { err, sessionId: session.id, roundId, position: round.position },
        'quiz session ended early: its reveal could not be delivered',
      );
      await this.#deliver(() =>
        outbox.followUp(ref, { content: tr(session.locale, revealLostText), ephemeral: session.solo }),
      );
      return;
    }
    if (!next) return release();
    const live = session;
    const shown = view;
    const stopped = () => revealMessage(question, shown, answers, tr(live.locale, stoppedText));
    try {
      await this.#postNext(live, round.position + 1, next, ref, stopped);
    } finally {
      release();
    }
  }

  async #postNext(
    session: SessionRecord,
    position: number,
    q: Question,
    after: MessageRef,
    stopped: () => Message,
  ) {
    const { store, outbox, log, clock } = this.parts;
    const round = this.#roundFor(session, position, q, clock.now(), null);
    if ((await store.addRound(round)) === 'channel-busy') {
      await store.finishSession(session.id);
      return;
    }
    const ref = await this.#deliver(() =>
      outbox.followUp(after, questionMessage(q, viewOf(session, round), session.solo)),
    );
    if (!ref) {
      // Nobody can see a question that failed to post: close it, end the session, and say so on the
      // last message if Discord still takes edits to it.
      await store.closeRound(round.id, clock.now());
      await store.finishSession(session.id);
      log.warn(
        { sessionId: session.id, roundId: round.id, position },
        'quiz session ended early: its next question could not be posted',
      );
      await this.#deliver(() => outbox.edit(after, stopped()));
      return;
    }
    await store.setRoundMessage(round.id, ref);
    this.#arm(round);
  }

  async #deliver<T>(send: () => Promise<T>): Promise<T | undefined> {
    try {
      return await send();
    } catch (err) {
      this.parts.log.error({ err }, 'quiz message could not be delivered');
      return undefined;
    }
  }
}
