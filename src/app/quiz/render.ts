import { answerText, forLocale, isTyped, type QuestionJSON } from '../../quiz/question.ts';
import type { AnswerRecord } from '../../store/store.ts';
import { quizIds } from '../custom-ids.ts';
import { fitText, limits, oneLine, quoteUserText } from '../format.ts';
import { tr } from '../i18n.ts';
import type { ActionRow, Locale, Message } from '../protocol.ts';

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

/** The question as posted: prompt, lettered choices and one button per choice (or one to type). */
/**
 * Where a question comes from, as far as a player may see before the reveal: the file and its chapter, never
 * the section, whose heading is usually the answer (`… > 파일 서버` under "다음 설명에 알맞은 용어는?").
 */
function chapterOf(source: QuestionJSON['source']): string {
  const path = source.title.split(' > ');
  return path.length > 1 ? `${source.file} · ${path[0]}` : source.file;
}

export function questionMessage(asked: QuestionJSON, view: RoundView, ephemeral: boolean): Message {
  const q = forLocale(asked, view.locale);
  const lines = [header(view), '', q.prompt];
  let row: ActionRow;
  if (isTyped(q)) {
    row = {
      type: 1,
      components: [
        {
          type: 2,
          style: 1,
          custom_id: quizIds.encode({ action: 'type', roundId: view.roundId }),
          label: tr(view.locale, { ko: '✏️ 답 입력하기', en: '✏️ Type your answer' }),
        },
      ],
    };
  } else {
    const choices = q.choices ?? [];
    // Short choices are read on their buttons; long ones once, lettered in the message, under letter buttons.
    const short = choices.every((c) => c.length <= SHORT_CHOICE && !c.includes('\n'));
    if (!short) lines.push('', ...choices.map((c, i) => `**${LETTERS[i]}.** ${c}`));
    row = {
      type: 1,
      components: choices.map((c, i) => ({
        type: 2 as const,
        style: 2 as const,
        custom_id: quizIds.encode({ action: 'answer', roundId: view.roundId, choice: i }),
        label: short ? `${LETTERS[i]}. ${c}` : (LETTERS[i] ?? String(i + 1)),
      })),
    };
  }
  lines.push('', `-# 📄 ${chapterOf(q.source)}`);
  // Its starter (or a manager) can end the session here; anyone else is told so privately.
  const stop: ActionRow = {
    type: 1,
    components: [
      {
        type: 2,
        style: 4,
        custom_id: quizIds.encode({ action: 'stop', roundId: view.roundId }),
        label: tr(view.locale, { ko: '⏹️ 그만하기', en: '⏹️ Stop quiz' }),
      },
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

/** The question after it closed: the answer, why, and who got it right (names, never mentions). */
export function revealMessage(
  asked: QuestionJSON,
  view: Omit<RoundView, 'closesAt' | 'roundId'>,
  answers: readonly AnswerRecord[],
  finale: string | null,
): Message {
  const q = forLocale(asked, view.locale);
  const right = answers.filter((a) => a.correct);
  const answer = oneLine(answerText(q), 300);
  const head = tr(view.locale, {
    ko: `🧠 **퀴즈 ${view.position + 1}/${view.total}** · 마감`,
    en: `🧠 **Quiz ${view.position + 1}/${view.total}** · closed`,
  });
  const answerLine = tr(view.locale, { ko: `✅ 정답: **${answer}**`, en: `✅ Answer: **${answer}**` });
  const tally = tr(view.locale, {
    ko: `🎯 ${answers.length}명 중 ${right.length}명 정답`,
    en: `🎯 ${right.length} of ${answers.length} got it right`,
  });
  const source = `-# 📄 ${q.source.file}:${q.source.line} · ${q.source.title}`.slice(0, 300);
  const tail = finale ? `\n\n${fitText(finale, 900)}` : '';
  // What must survive: the header, the answer, the tally, the source and the finale. The names get
  // what is left after a fair share for the prompt and explanation; those two are cut last.
  const fixed = head.length + answerLine.length + tally.length + source.length + tail.length + 16;
  let room = limits.content - fixed;
  const names = nameList(
    right.map((a) => displayName(a.name)),
    view.locale,
    Math.max(0, Math.min(room - 400, 700)),
  );
  const who = names ? `: ${names}` : '';
  room -= who.length;
  const promptMax = Math.max(Math.floor(room / 2), room - q.explanation.length - 3);
  const prompt = fitText(q.prompt, Math.max(20, promptMax));
  const explanation = fitText(q.explanation, Math.max(20, room - prompt.length - 3));
  const why = explanation ? [`💡 ${explanation}`] : [];
  const lines = [head, '', prompt, '', answerLine, ...why, `${tally}${who}`, source];
  return { content: fitText(lines.join('\n') + tail, limits.content), components: [] };
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

/** The ephemeral reply to one answer: right or wrong, the points, and a one-line why. */
export function feedbackMessage(
  asked: QuestionJSON,
  locale: Locale,
  result: { correct: boolean; points: number; streak: number },
): Message {
  const q = forLocale(asked, locale);
  const why = oneLine(q.explanation.split('\n')[0] ?? '', 300);
  const verdict = result.correct
    ? tr(locale, {
        ko: `✅ 정답! +${result.points}점${result.streak > 1 ? ` (🔥 ${result.streak}연속)` : ''}`,
        en: `✅ Correct! +${result.points} pts${result.streak > 1 ? ` (🔥 ${result.streak} in a row)` : ''}`,
      })
    : tr(locale, {
        ko: `❌ 아쉬워요. 정답은 **${answerText(q)}**`,
        en: `❌ Not quite. The answer is **${answerText(q)}**`,
      });
  return { content: why ? `${verdict}\n💡 ${why}` : verdict, ephemeral: true };
}
