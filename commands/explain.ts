import {
  type APIEmbed,
  ApplicationCommandOptionType,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { defineCommand } from '../src/app/command.ts';
import type { Context } from '../src/app/context.ts';
import { explainIds, quizIds } from '../src/app/custom-ids.ts';
import { UserError } from '../src/app/errors.ts';
import { formatBody, limits, plainText, quoteUserText, withoutMentions } from '../src/app/format.ts';
import { tr } from '../src/app/i18n.ts';
import type { ActionRow, Locale, Message, Response } from '../src/app/protocol.ts';
import { canQuiz } from '../src/app/quiz/session-plan.ts';
import { sectionByKey, sectionKey } from '../src/app/section-key.ts';
import { buttonTitle, choiceName, titleOf } from '../src/app/section-names.ts';
import type { Section } from '../src/knowledge/types.ts';

const color = 0x4f8cff;

/** Autocomplete values name a section by key (`§` + key), so any note path fits in 100 characters. */
const KEY_VALUE = '§';

function sectionButton(section: Section, ctx: Context): ActionRow['components'][number] {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: explainIds.encode({ action: 'section', ref: sectionKey(section) }),
    label: buttonTitle(section, ctx.notes().knowledge),
  };
}

/** For a heading with no text of its own (a chapter), what it contains. */
function contents(section: Section, ctx: Context, locale: Locale): string {
  const children = ctx.notes().index.subSections(section);
  if (!children.length)
    return tr(locale, { ko: '_(본문이 없는 제목이에요)_', en: '_(a heading with no text)_' });
  const heading = tr(locale, { ko: '이 장에서 다루는 주제:', en: 'Topics in this chapter:' });
  return formatBody([heading, ...children.map((c) => `- ${c.title}`)].join('\n'));
}

function sectionEmbed(
  section: Section,
  ctx: Context,
  locale: Locale,
  max: number = limits.description,
): APIEmbed {
  return {
    title: titleOf(section),
    description: formatBody(section.body, max) || contents(section, ctx, locale),
    color,
    footer: { text: `📄 ${section.file}:${section.line} · ${section.title}` },
  };
}

/**
 * A comparison (`프론트엔드랑 백엔드 차이`): both sections side by side, one card each, cut so that the two fit
 * in one message (Discord counts 6,000 characters over all embeds).
 */
export function compareMessage(sections: [Section, Section], ctx: Context, locale: Locale): Message {
  const each = Math.floor((limits.embedTotal - 2 * (limits.title + 300)) / 2);
  const embeds = sections.map((s) => sectionEmbed(s, ctx, locale, each));
  return {
    embeds,
    components: [{ type: ComponentType.ActionRow, components: sections.map((s) => sectionButton(s, ctx)) }],
  };
}

/** The answer card: the section, where it comes from, and where to go next. */
export function explainMessage(section: Section, ctx: Context, locale: Locale): Message {
  // Related topics are the buttons under the card, not a list inside it as well.
  const related = ctx.notes().index.related(section, 4);
  const embed = sectionEmbed(section, ctx, locale);
  const quizMe: ActionRow = {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        custom_id: quizIds.encode({ action: 'start', ref: sectionKey(section) }),
        label: tr(locale, { ko: '🧠 이 주제로 퀴즈', en: '🧠 Quiz me on this' }),
      },
    ],
  };
  const rows: ActionRow[] = [
    ...(related.length
      ? [{ type: ComponentType.ActionRow as const, components: related.map((s) => sectionButton(s, ctx)) }]
      : []),
    ...(canQuiz(ctx.notes(), section) ? [quizMe] : []),
  ];
  return { embeds: [embed], components: rows };
}

/** What to say when the notes do not cover a topic: never a random section. */
export function missMessage(query: string, ctx: Context, locale: Locale): Message {
  const closest = ctx.notes().index.closestTopics(query, 3);
  const shown = quoteUserText(query);
  const lines = [
    tr(locale, {
      ko: `🔎 노트에서 「${shown}」에 대한 내용을 찾지 못했어요.`,
      en: `🔎 The notes say nothing about “${shown}” yet.`,
    }),
  ];
  // Members cannot reach the bot's notes folder: who can add notes is whoever runs the bot.
  lines.push(
    tr(locale, {
      ko: '📝 노트는 이 봇을 운영하는 사람이 노트 폴더에 마크다운 파일로 추가해요. 필요한 주제가 있으면 서버 관리자에게 알려 주세요.',
      en: '📝 Notes are markdown files added by whoever runs this bot. If a topic is missing, tell your server’s admins.',
    }),
  );
  if (closest.length)
    lines.push(tr(locale, { ko: '👇 혹시 이 주제인가요?', en: '👇 Did you mean one of these?' }));
  const components: ActionRow[] = closest.length
    ? [{ type: ComponentType.ActionRow, components: closest.map((s) => sectionButton(s, ctx)) }]
    : [];
  return { content: lines.join('\n'), ephemeral: true, components };
}

/** The two sections a comparison asks about (`A vs B`), or nothing when the topic compares nothing. */
function comparedSections(topic: string, ctx: Context): Section[] {
  const hits = ctx.notes().index.search(topic, 2);
  return hits.length === 2 && hits.every((h) => h.side !== undefined) ? hits.map((h) => h.section) : [];
}

/** Finds the section a topic names: an autocomplete choice or an exact heading path first, then search. */
export function findSection(topic: string, ctx: Context): Section | undefined {
  const { knowledge, index } = ctx.notes();
  if (topic.startsWith(KEY_VALUE)) {
    const chosen = sectionByKey(knowledge, topic.slice(KEY_VALUE.length));
    if (chosen) return chosen;
  }
  const exact = knowledge.sections.find((s) => titleOf(s) === topic);
  return exact ?? index.search(topic, 1)[0]?.section;
}

export default defineCommand({
  data: {
    name: 'explain',
    description: 'Explain a topic from the study notes',
    name_localizations: { ko: '설명' },
    description_localizations: { ko: '스터디 노트에서 주제를 찾아 설명해요' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'What to explain (Korean or English, typos are fine)',
        name_localizations: { ko: '주제' },
        description_localizations: { ko: '설명할 주제 (한글/영어, 오타도 괜찮아요)' },
        required: true,
        autocomplete: true,
        max_length: 200,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'ephemeral',
        description: 'Only you see the answer',
        name_localizations: { ko: '나만보기' },
        description_localizations: { ko: '나만 보이게 답해요' },
      },
    ],
  },
  ids: explainIds,

  async execute(req, args, ctx): Promise<Response> {
    const topic = plainText(withoutMentions(args.topic));
    if (!topic) throw new UserError('explain.noTopic');
    const mine = args.ephemeral === true ? { ephemeral: true } : {};
    const [a, b] = comparedSections(topic, ctx);
    if (a && b) return { type: 'message', message: { ...compareMessage([a, b], ctx, req.locale), ...mine } };
    const section = findSection(topic, ctx);
    return {
      type: 'message',
      message: section
        ? { ...explainMessage(section, ctx, req.locale), ...mine }
        : missMessage(topic, ctx, req.locale),
    };
  },

  async autocomplete(req, ctx): Promise<Response> {
    const { index } = ctx.notes();
    const typed = plainText(req.focused.value);
    // Titles that start like what is typed first; then what a search finds (English, typos, aliases).
    const prefixed = index.suggest(typed, 25);
    const found = typed && prefixed.length < 5 ? index.search(typed, 25).map((h) => h.section) : [];
    const sections = [...prefixed, ...found];
    const choices = [...new Set(sections)].slice(0, limits.choices).map((s) => ({
      name: choiceName(s, ctx.notes().knowledge),
      value: `${KEY_VALUE}${sectionKey(s)}`,
    }));
    return { type: 'autocomplete', choices };
  },

  async component(req, id, ctx): Promise<Response> {
    const { knowledge, index } = ctx.notes();
    // Older cards carry the section id itself rather than its key.
    const section = sectionByKey(knowledge, id.ref) ?? index.get(id.ref);
    if (!section) throw new UserError('explain.gone');
    return { type: 'message', message: { ...explainMessage(section, ctx, req.locale), ephemeral: true } };
  },

  deferCommand: (args) => (args.ephemeral === true ? 'ephemeral' : 'reply'),
  deferComponent: () => 'ephemeral',
});
