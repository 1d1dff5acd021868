import { type Command, parseCustomId } from '../src/app/command.ts';
import { UserError } from '../src/app/errors.ts';
import { tr } from '../src/app/i18n.ts';
import { sectionByKey } from '../src/app/section-key.ts';
import { extractFacts } from '../src/quiz/facts.ts';
import { squash } from '../src/quiz/text.ts';

const MAX_COUNT = 20;

/** `/quiz [topic] [count] [solo]`: a timed round anyone in the channel can answer, or a solo one. */
export default {
  data: {
    name: 'quiz',
    description: 'Quiz the channel (or just you) on the notes',
    name_localizations: { ko: '퀴즈' },
    description_localizations: { ko: '노트로 퀴즈를 내요 (채널 모두 또는 혼자)' },
    options: [
      {
        type: 3,
        name: 'topic',
        description: 'Topic to ask about (default: what you need to review)',
        name_localizations: { ko: '주제' },
        description_localizations: { ko: '물어볼 주제 (비우면 복습이 필요한 내용)' },
        autocomplete: true,
        max_length: 100,
      },
      {
        type: 4,
        name: 'count',
        description: `Number of questions (1–${MAX_COUNT}, default 5)`,
        name_localizations: { ko: '문제수' },
        description_localizations: { ko: `문제 수 (1–${MAX_COUNT}, 기본 5)` },
        min_value: 1,
        max_value: MAX_COUNT,
      },
      {
        type: 5,
        name: 'solo',
        description: 'Only you see and answer it',
        name_localizations: { ko: '혼자' },
        description_localizations: { ko: '나만 보고 나만 답해요' },
      },
    ],
  },

  async execute(req, ctx) {
    const topic = typeof req.options.topic === 'string' ? req.options.topic.trim() : '';
    const count = Math.min(MAX_COUNT, Math.max(1, Math.trunc(Number(req.options.count ?? 5)) || 5));
    const message = await ctx.quiz.start({
      guildId: req.guildId,
      channelId: req.channelId,
      user: req.user,
      locale: req.locale,
      token: req.token,
      count,
      // In DMs and the terminal there is nobody else to wait for.
      solo: req.options.solo === true || req.guildId === null,
      ...(topic ? { topic } : {}),
    });
    return { type: 'message', message };
  },

  async autocomplete(req, ctx) {
    const typed = squash(req.focused.value);
    const topics = [...new Set(extractFacts(ctx.notes().knowledge).terms.map((t) => t.topic))];
    const choices = topics
      .filter((t) => squash(t).includes(typed))
      .slice(0, 25)
      .map((t) => ({ name: t.slice(0, 100), value: t.slice(0, 100) }));
    return { type: 'autocomplete', choices };
  },

  async component(req, ctx) {
    const { parts } = parseCustomId(req.customId);
    const [action, roundId = ''] = parts;
    const who = {
      roundId,
      user: req.user,
      locale: req.locale,
      guildId: req.guildId,
      channelId: req.channelId,
    };
    if (req.kind === 'button' && action === 'a') {
      return { type: 'message', message: await ctx.quiz.answerChoice(who, Number(parts[2])) };
    }
    if (req.kind === 'button' && action === 'x') {
      return {
        type: 'message',
        message: await ctx.quiz.stopSession({ ...who, memberPermissions: req.memberPermissions }),
      };
    }
    if (req.kind === 'button' && action === 't') {
      await ctx.quiz.checkCanType(who);
      return {
        type: 'modal',
        modal: {
          custom_id: `quiz:m:${roundId}`,
          title: tr(req.locale, { ko: '답 입력', en: 'Your answer' }),
          components: [
            {
              type: 1,
              components: [
                {
                  type: 4,
                  custom_id: 'answer',
                  style: 1,
                  label: tr(req.locale, { ko: '정답', en: 'Answer' }),
                  min_length: 1,
                  max_length: 100,
                  required: true,
                },
              ],
            },
          ],
        },
      };
    }
    if (req.kind === 'button' && action === 'start') {
      // `explain`'s "quiz me on this" button: a short channel quiz on that section.
      // `quiz:start:<sectionKey>`; buttons posted before keys carry the section id itself.
      const ref = parts.slice(1).join(':');
      const { knowledge } = ctx.notes();
      const section = sectionByKey(knowledge, ref) ?? knowledge.sections.find((s) => s.id === ref);
      if (!section)
        throw new UserError(
          tr(req.locale, {
            ko: '노트에서 그 주제를 찾지 못했어요.',
            en: 'That topic is no longer in the notes.',
          }),
        );
      const message = await ctx.quiz.start({
        guildId: req.guildId,
        channelId: req.channelId,
        user: req.user,
        locale: req.locale,
        token: req.token,
        count: 3,
        solo: req.guildId === null,
        topic: section.title,
        section,
      });
      return { type: 'message', message };
    }
    if (req.kind === 'modal' && action === 'm') {
      return { type: 'message', message: await ctx.quiz.answerTyped(who, req.fields.answer ?? '') };
    }
    throw new UserError(
      tr(req.locale, { ko: '더 이상 쓸 수 없는 버튼이에요.', en: 'This button no longer works.' }),
    );
  },

  defer(req) {
    // Held the way it will be answered, so "@original" is the message a round records.
    const alone = req.guildId === null;
    if (req.kind === 'command') return req.options.solo === true || alone ? 'ephemeral' : 'reply';
    if (req.kind === 'button' && parseCustomId(req.customId).parts[0] === 'start')
      return alone ? 'ephemeral' : 'reply';
    return 'ephemeral';
  },
} satisfies Command;
