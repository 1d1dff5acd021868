import { ApplicationCommandOptionType, ComponentType, TextInputStyle } from 'discord-api-types/v10';
import { defineCommand } from '../src/app/command.ts';
import { quizIds } from '../src/app/custom-ids.ts';
import { UserError } from '../src/app/errors.ts';
import { tr } from '../src/app/i18n.ts';
import { isShared, placeOf } from '../src/app/quiz/scope.ts';
import { sectionByKey } from '../src/app/section-key.ts';
import { extractFacts } from '../src/quiz/facts.ts';
import { squash } from '../src/quiz/text.ts';

const MAX_COUNT = 20;
const DEFAULT_COUNT = 5;

/** `/quiz [topic] [count] [solo]`: a timed round anyone in the channel can answer, or a solo one. */
export default defineCommand({
  data: {
    name: 'quiz',
    description: 'Quiz the channel (or just you) on the notes',
    name_localizations: { ko: '퀴즈' },
    description_localizations: { ko: '노트로 퀴즈를 내요 (채널 모두 또는 혼자)' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'Topic to ask about (default: what you need to review)',
        name_localizations: { ko: '주제' },
        description_localizations: { ko: '물어볼 주제 (비우면 복습이 필요한 내용)' },
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'count',
        description: `Number of questions (1–${MAX_COUNT}, default ${DEFAULT_COUNT})`,
        name_localizations: { ko: '문제수' },
        description_localizations: { ko: `문제 수 (1–${MAX_COUNT}, 기본 ${DEFAULT_COUNT})` },
        min_value: 1,
        max_value: MAX_COUNT,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'solo',
        description: 'Only you see and answer it',
        name_localizations: { ko: '혼자' },
        description_localizations: { ko: '나만 보고 나만 답해요' },
      },
    ],
  },
  ids: quizIds,

  async execute(req, args, ctx) {
    const topic = args.topic?.trim() ?? '';
    const count = Math.min(MAX_COUNT, Math.max(1, args.count ?? DEFAULT_COUNT));
    const message = await ctx.quiz.start({
      notes: ctx.notes(),
      guildId: req.guildId,
      channelId: req.channelId,
      place: req.place,
      user: req.user,
      locale: req.locale,
      token: req.token,
      count,
      // In the bot's DMs, the terminal and servers the bot is not in, there is nobody else to wait for.
      solo: args.solo === true || !isShared(placeOf(req)),
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
      .map((t) => ({ name: t, value: t.slice(0, 100) }));
    return { type: 'autocomplete', choices };
  },

  async component(req, id, ctx) {
    if (id.action === 'start') {
      // `explain`'s "quiz me on this" button: a short channel quiz on that section.
      const { knowledge } = ctx.notes();
      const section = sectionByKey(knowledge, id.ref) ?? knowledge.sections.find((s) => s.id === id.ref);
      if (!section) throw new UserError('quiz.topicGone');
      const message = await ctx.quiz.start({
        notes: ctx.notes(),
        guildId: req.guildId,
        channelId: req.channelId,
        place: req.place,
        user: req.user,
        locale: req.locale,
        token: req.token,
        count: 3,
        solo: !isShared(placeOf(req)),
        topic: section.title,
        section,
      });
      return { type: 'message', message };
    }
    const who = {
      roundId: id.roundId,
      user: req.user,
      locale: req.locale,
      guildId: req.guildId,
      channelId: req.channelId,
      place: req.place,
    };
    if (id.action === 'answer' && req.kind === 'button')
      return { type: 'message', message: await ctx.quiz.answerChoice(who, id.choice) };
    if (id.action === 'stop' && req.kind === 'button') {
      const message = await ctx.quiz.stopSession({ ...who, memberPermissions: req.memberPermissions });
      return { type: 'message', message };
    }
    if (id.action === 'hint' && req.kind === 'button')
      return { type: 'message', message: await ctx.quiz.hint(who) };
    if (id.action === 'report' && req.kind === 'button')
      return { type: 'message', message: await ctx.quiz.report(who) };
    if (id.action === 'typed' && req.kind === 'modal')
      return { type: 'message', message: await ctx.quiz.answerTyped(who, req.fields.answer ?? '') };
    if (id.action !== 'type' || req.kind !== 'button') throw new UserError('button.stale');
    await ctx.quiz.checkCanType(who);
    return {
      type: 'modal',
      modal: {
        custom_id: quizIds.encode({ action: 'typed', roundId: id.roundId }),
        title: tr(req.locale, { ko: '답 입력', en: 'Your answer' }),
        components: [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.TextInput,
                custom_id: 'answer',
                style: TextInputStyle.Short,
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
  },

  // Held the way it will be answered, so "@original" is the message a round records.
  deferCommand: (args, req) => (args.solo === true || !isShared(placeOf(req)) ? 'ephemeral' : 'reply'),
  deferComponent: (id, req) => (id.action === 'start' && isShared(placeOf(req)) ? 'reply' : 'ephemeral'),
});
