import { answerText, footerOf, forLocale, isTyped, type QuestionJSON } from '../../quiz/question.ts';
import { HINT_COST } from '../../quiz/scoring.ts';
import type { AnswerRecord } from '../../store/store.ts';
import { explainIds, type QuizId, quizIds } from '../custom-ids.ts';
import { fitText, limits, oneLine, quoteUserText } from '../format.ts';
import { tr } from '../i18n.ts';
import type { ActionRow, Locale, Message } from '../protocol.ts';
import { splitHint, typedLines, unshownExplanation } from './teach.ts';

const LETTERS = ['A', 'B', 'C', 'D', 'E'];
/** A choice this long still reads whole on a button (phones show about this much). */
export const SHORT_CHOICE = 30;

/**
 * A user's display name as shown in public: markdown (links included) shown literally, mentions
 * defused, invisible characters dropped, at most 32 characters.
 */
export function displayName(name: string): string {
  return quoteUserText(name, 32) || '?';
}

export interface RoundView {
  roundId: string;
  position: number;
  total: number;
  closesAt: number;
  locale: Locale;
}

function header(view: RoundView): string {
  const left = `<t:${Math.ceil(view.closesAt / 1000)}:R>`;
  return tr(view.locale, {
    ko: `🧠 **퀴즈 ${view.position + 1}/${view.total}** · ${left} 마감`,
    en: `🧠 **Quiz ${view.position + 1}/${view.total}** · closes ${left}`,
  });
}

/** A button of the quiz's own (`quiz:…`): 1 primary, 2 secondary, 4 danger. */
const quizButton = (id: QuizId, label: string, style: 1 | 2 | 4 = 2) => ({
  type: 2 as const,
  style,
  custom_id: quizIds.encode(id),
  label,
});

/** The question as posted: prompt, lettered choices and one button per choice (or one to type). */
export function questionMessage(asked: QuestionJSON, view: RoundView, ephemeral: boolean): Message {
  const q = forLocale(asked, view.locale);
  // The hint is not shown to everyone: whoever wants it presses 💡 and pays for it (see `scoring.ts`).
  const { prompt, hint } = splitHint(q.prompt);
  // A question missed earlier in the session, asked again (see `learn.ts`).
  const again = (asked as { again?: boolean }).again
    ? [
        tr(view.locale, {
          ko: '-# 🔁 앞에서 놓친 문제를 다시 물어요.',
          en: '-# 🔁 Missed earlier: here it is again.',
        }),
      ]
    : [];
  const lines = [header(view), ...again, '', prompt];
  let row: ActionRow;
  if (isTyped(q)) {
    row = {
      type: 1,
      components: [
        quizButton(
          { action: 'type', roundId: view.roundId },
          tr(view.locale, { ko: '✏️ 답 입력하기', en: '✏️ Type your answer' }),
          1,
        ),
        ...(hint === undefined
          ? []
          : [
              quizButton(
                { action: 'hint', roundId: view.roundId },
                tr(view.locale, { ko: `💡 힌트 (−${HINT_COST}점)`, en: `💡 Hint (−${HINT_COST} pts)` }),
              ),
            ]),
      ],
    };
  } else {
    const choices = q.choices ?? [];
    // Short choices are read on their buttons; long ones once, lettered in the message, under letter buttons.
    const short = choices.every((c) => c.length <= SHORT_CHOICE && !c.includes('\n'));
    if (!short) lines.push('', ...choices.map((c, i) => `**${LETTERS[i]}.** ${c}`));
    row = {
      type: 1,
      components: choices.map((c, i) =>
        quizButton(
          { action: 'answer', roundId: view.roundId, choice: i },
          short ? `${LETTERS[i]}. ${c}` : (LETTERS[i] ?? String(i + 1)),
        ),
      ),
    };
  }
  lines.push('', `-# 📄 ${footerOf(q.source)}`);
  // Its starter (or a manager) can end the session here; anyone else is told so privately.
  const stop: ActionRow = {
    type: 1,
    components: [
      quizButton(
        { action: 'stop', roundId: view.roundId },
        tr(view.locale, { ko: '⏹️ 그만하기', en: '⏹️ Stop quiz' }),
        4,
      ),
    ],
  };
  return { content: fitText(lines.join('\n'), limits.content), components: [row, stop], ephemeral };
}

/** At most this many names are listed under a reveal; the rest are counted. */
export const REVEAL_NAMES = 15;

/** `a, b, c 외 N명`: the first names that fit in `room` characters (at most `REVEAL_NAMES`), the rest counted. */
function nameList(names: readonly string[], locale: Locale, room: number): string {
  const more = (n: number) => (n > 0 ? tr(locale, { ko: ` 외 ${n}명`, en: ` and ${n} more` }) : '');
  let shown = Math.min(names.length, REVEAL_NAMES);
  for (; shown > 0; shown--) {
    const text = names.slice(0, shown).join(', ') + more(names.length - shown);
    if (text.length <= room) return text;
  }
  return more(names.length).trim();
}

/** A question the session's players missed, for the end-of-session summary. */
export interface MissedQuestion {
  /** The section's heading, as the button names it. */
  title: string;
  /** `sectionKey` of the section, for `/explain`'s button. */
  sectionKey: string;
}

export interface RevealExtras {
  /** Questions missed in the session, listed under the finale, each with a button to its section. */
  missed?: readonly MissedQuestion[];
}

/** The prompt's quoted lines (`> …`): sentences of the notes the question shows. */
const quotedLines = (prompt: string) =>
  prompt
    .split('\n')
    .filter((l) => l.startsWith('> '))
    .map((l) => l.slice(2));

/**
 * The reveal's prompt: a quoted line with blanks (`> ○○는 …`) filled in from the explanation, which says the
 * same sentence whole; the explanation then does not repeat it.
 */
function filledPrompt(prompt: string, explanation: string): string {
  const parts = explanation
    .split('\n')
    .flatMap((l) => l.replace(/^[^:]{1,40}:\s+/, '').split(' / '))
    .map((p) => p.trim());
  return prompt
    .split('\n')
    .map((line) => {
      if (!line.startsWith('> ') || !line.includes('○○')) return line;
      const whole = parts.find((p) => unshownExplanation(p, [line.slice(2)]) === '');
      return whole ? `> ${whole}` : line;
    })
    .join('\n');
}

/** Each choice with the right one marked and how many picked it (as Kahoot shows). */
function choiceLines(q: QuestionJSON, answers: readonly AnswerRecord[], locale: Locale): string[] {
  const picked = (i: number) => answers.filter((a) => a.response === String(i)).length;
  return (q.choices ?? []).map((c, i) => {
    const n = picked(i);
    const count = tr(locale, { ko: `${n}명`, en: `${n} picked` });
    const text = `${LETTERS[i] ?? i + 1}. ${oneLine(c, 300)}`;
    return i === q.answerIndex ? `✅ **${text}** · ${count}` : `▫️ ${text} · ${count}`;
  });
}

/**
 * The question after it closed: the choices with the right one marked and how many picked each (or the typed
 * answer), why, who got it right (names, never mentions), and each sentence once.
 */
export function revealMessage(
  asked: QuestionJSON,
  view: Omit<RoundView, 'closesAt' | 'roundId'> & { roundId?: string },
  answers: readonly AnswerRecord[],
  finale: string | null,
  extras: RevealExtras = {},
): Message {
  const q = forLocale(asked, view.locale);
  const right = answers.filter((a) => a.correct);
  const head = tr(view.locale, {
    ko: `🧠 **퀴즈 ${view.position + 1}/${view.total}** · 마감`,
    en: `🧠 **Quiz ${view.position + 1}/${view.total}** · closed`,
  });
  const typed = isTyped(q);
  const answer = oneLine(answerText(q), 300);
  const answerLines = typed
    ? [tr(view.locale, { ko: `✅ 정답: **${answer}**`, en: `✅ Answer: **${answer}**` })]
    : choiceLines(q, answers, view.locale);
  const tally = tr(view.locale, {
    ko: `🎯 ${answers.length}명 중 ${right.length}명 정답`,
    en: `🎯 ${right.length} of ${answers.length} got it right`,
  });
  const source = `-# 📄 ${q.source.file}:${q.source.line} · ${q.source.title}`.slice(0, 300);
  const missed = extras.missed ?? [];
  const missedText = missed.length
    ? [
        tr(view.locale, { ko: '📌 **다시 볼 문제**', en: '📌 **Worth another look**' }),
        ...missed.map((m, i) => `${i + 1}. ${oneLine(m.title, 80)}`),
      ].join('\n')
    : '';
  const tail = [finale ? fitText(finale, 900) : '', missedText ? fitText(missedText, 500) : '']
    .filter(Boolean)
    .map((t) => `\n\n${t}`)
    .join('');
  const shownPrompt = splitHint(filledPrompt(q.prompt, q.explanation)).prompt;
  const shown = [...quotedLines(shownPrompt), ...(typed ? [] : (q.choices ?? []))];
  const why = unshownExplanation(q.explanation, shown);
  // What must survive: the header, the answer, the tally, the source and the finale. The names get
  // what is left after a fair share for the prompt and explanation; those two are cut last.
  const answerBlock = answerLines.join('\n');
  const fixed = head.length + answerBlock.length + tally.length + source.length + tail.length + 16;
  let room = limits.content - fixed;
  const names = nameList(
    right.map((a) => displayName(a.name)),
    view.locale,
    Math.max(0, Math.min(room - 400, 700)),
  );
  const who = names ? `: ${names}` : '';
  room -= who.length;
  const promptMax = Math.max(Math.floor(room / 2), room - why.length - 3);
  const prompt = fitText(shownPrompt, Math.max(20, promptMax));
  const explanation = why ? fitText(why, Math.max(20, room - prompt.length - 3)) : '';
  const lines = [
    head,
    '',
    prompt,
    '',
    answerBlock,
    ...(explanation ? [`💡 ${explanation}`] : []),
    `${tally}${who}`,
    source,
  ];
  const components: ActionRow[] = [];
  if (view.roundId) {
    const label = tr(view.locale, { ko: '🚩 문제 신고', en: '🚩 Report question' });
    components.push({
      type: 1,
      components: [quizButton({ action: 'report', roundId: view.roundId }, label)],
    });
  }
  const buttons = missed.slice(0, limits.componentsPerRow * (limits.rows - 1)).map((m, i) => ({
    type: 2 as const,
    style: 2 as const,
    custom_id: explainIds.encode({ action: 'section', ref: m.sectionKey }),
    label: oneLine(`📖 ${i + 1}. ${m.title}`, limits.buttonLabel),
  }));
  for (let i = 0; i < buttons.length; i += limits.componentsPerRow)
    components.push({ type: 1, components: buttons.slice(i, i + limits.componentsPerRow) });
  return { content: fitText(lines.join('\n') + tail, limits.content), components };
}

/** The end-of-quiz summary appended to the last reveal. */
export function finaleText(
  locale: Locale,
  totals: readonly { name: string; points: number; correct: number }[],
  total: number,
  /** Ended before its last question (its stop button, an admin reset). */
  stopped = false,
): string {
  const top = totals
    .slice(0, 10)
    .map(
      (t, i) =>
        `${i + 1}. ${displayName(t.name)} — ${t.points}${tr(locale, { ko: '점', en: ' pts' })} (${t.correct}/${total})`,
    );
  const title = stopped
    ? tr(locale, { ko: '⏹️ **퀴즈를 중간에 멈췄어요.**', en: '⏹️ **The quiz was stopped.**' })
    : tr(locale, { ko: '🏁 **퀴즈 끝!**', en: '🏁 **Quiz over!**' });
  const none = tr(locale, { ko: '아무도 답하지 않았어요.', en: 'Nobody answered.' });
  return [title, ...(top.length ? top : [none])].join('\n');
}

/** What an answer's reply teaches beyond right or wrong. */
export interface FeedbackDetail {
  /** The typed answer, for a typed question. */
  typed?: string;
  /** What a wrong choice actually is (`그건 「DNS」의 설명이에요`). */
  picked?: string;
  /** The answer was given after the hint. */
  hinted?: boolean;
}

/**
 * The ephemeral reply to one answer: right or wrong, the points, what was typed and every accepted form (the
 * notes' spelling first), what a wrong choice actually describes, and a one-line why.
 */
export function feedbackMessage(
  asked: QuestionJSON,
  locale: Locale,
  result: { correct: boolean; points: number; streak: number },
  detail: FeedbackDetail = {},
): Message {
  const q = forLocale(asked, locale);
  const why = oneLine(q.explanation.split('\n')[0] ?? '', 300);
  const hinted = detail.hinted
    ? tr(locale, { ko: ` · 💡 힌트 −${HINT_COST}`, en: ` · 💡 hint −${HINT_COST}` })
    : '';
  const verdict = result.correct
    ? tr(locale, {
        ko: `✅ 정답! +${result.points}점${result.streak > 1 ? ` (🔥 ${result.streak}연속)` : ''}${hinted}`,
        en: `✅ Correct! +${result.points} pts${result.streak > 1 ? ` (🔥 ${result.streak} in a row)` : ''}${hinted}`,
      })
    : tr(locale, {
        ko: `❌ 아쉬워요. 정답은 **${answerText(q)}**`,
        en: `❌ Not quite. The answer is **${answerText(q)}**`,
      });
  const lines = [verdict];
  if (detail.typed !== undefined && q.acceptedAnswers)
    lines.push(...typedLines(detail.typed, q.acceptedAnswers, locale, (t) => quoteUserText(t, 100)));
  if (detail.picked) lines.push(detail.picked);
  if (why) lines.push(`💡 ${why}`);
  return { content: fitText(lines.join('\n'), limits.content), ephemeral: true };
}

/** The hint, privately, to whoever asked for it. */
export function hintMessage(asked: QuestionJSON, locale: Locale): Message {
  const { hint } = splitHint(forLocale(asked, locale).prompt);
  const text = hint
    ? tr(locale, {
        ko: `💡 힌트: ${hint}\n-# 이 문제를 맞히면 ${HINT_COST}점이 덜 들어가요.`,
        en: `💡 Hint: ${hint}\n-# A right answer to this question now earns ${HINT_COST} points less.`,
      })
    : tr(locale, { ko: '이 문제에는 힌트가 없어요.', en: 'This question has no hint.' });
  return { content: text, ephemeral: true };
}
