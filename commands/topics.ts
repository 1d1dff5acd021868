import { ApplicationCommandOptionType, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { defineCommand } from '../src/app/command.ts';
import type { Context } from '../src/app/context.ts';
import { explainIds, topicsIds } from '../src/app/custom-ids.ts';
import { UserError } from '../src/app/errors.ts';
import { plainText } from '../src/app/format.ts';
import { tr } from '../src/app/i18n.ts';
import type { ActionRow, Locale, Message } from '../src/app/protocol.ts';
import { sectionByKey, sectionKey } from '../src/app/section-key.ts';
import { buttonTitle } from '../src/app/section-names.ts';
import { isWithin } from '../src/knowledge/sections.ts';
import type { Section } from '../src/knowledge/types.ts';

/** Items per page: two rows of five buttons, under a list short enough to read at a glance. */
export const TOPICS_PAGE = 10;
const KEY_VALUE = '§';

const chaptersOf = (ctx: Context) => ctx.notes().knowledge.sections.filter((s) => s.path.length === 1);

/** The chapter an option names: an autocomplete choice, a chapter's title, or the chapter of the best match. */
function findChapter(typed: string, ctx: Context): Section | undefined {
  const { knowledge, index } = ctx.notes();
  const chapters = chaptersOf(ctx);
  const chosen = typed.startsWith(KEY_VALUE)
    ? sectionByKey(knowledge, typed.slice(KEY_VALUE.length))
    : undefined;
  if (chosen) return chosen;
  const lower = typed.toLowerCase();
  const named =
    chapters.find((c) => c.title.toLowerCase() === lower) ??
    chapters.find((c) => c.title.toLowerCase().includes(lower));
  if (named) return named;
  const hit = index.search(typed, 1)[0]?.section;
  return hit && chapters.find((c) => isWithin(hit, c));
}

interface Item {
  section: Section;
  line: string;
  /** Where its button goes: into a chapter's list, or to the section's explanation. */
  opens: 'chapter' | 'explain';
}

function items(chapter: Section | null, ctx: Context, locale: Locale): Item[] {
  const all = ctx.notes().knowledge.sections;
  if (!chapter) {
    return chaptersOf(ctx).map((c) => {
      const inside = all.filter((s) => s !== c && isWithin(s, c)).length;
      return {
        section: c,
        opens: 'chapter',
        line: tr(locale, {
          ko: `${c.title} — 주제 ${inside}개 · ${c.file}`,
          en: `${c.title} — ${inside} topic${inside === 1 ? '' : 's'} · ${c.file}`,
        }),
      };
    });
  }
  const inside = all.filter((s) => s !== chapter && isWithin(s, chapter));
  // A chapter without sub-sections is one topic: itself.
  if (!inside.length) return [{ section: chapter, opens: 'explain', line: chapter.title }];
  return inside.map((s) => ({
    section: s,
    opens: 'explain',
    line: `${'　'.repeat(s.path.length - 2)}${s.title}`,
  }));
}

/** One page of the map: the whole notes' chapters, or one chapter's sections, each with a button. */
export function topicsMessage(ctx: Context, chapter: Section | null, page: number, locale: Locale): Message {
  const list = items(chapter, ctx, locale);
  const pages = Math.max(1, Math.ceil(list.length / TOPICS_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = list.slice((current - 1) * TOPICS_PAGE, current * TOPICS_PAGE);
  const first = (current - 1) * TOPICS_PAGE + 1;
  const title = chapter
    ? `🗺️ **${chapter.title}** · ${tr(locale, { ko: `${current}/${pages}쪽`, en: `page ${current}/${pages}` })}`
    : tr(locale, {
        ko: `🗺️ **노트 지도** · 장 ${list.length}개 · ${current}/${pages}쪽`,
        en: `🗺️ **Map of the notes** · ${list.length} chapter${list.length === 1 ? '' : 's'} · page ${current}/${pages}`,
      });
  const hint = chapter
    ? tr(locale, {
        ko: '-# 번호 버튼을 누르면 그 주제를 설명해요.',
        en: '-# Press a number to read that topic.',
      })
    : tr(locale, {
        ko: '-# 번호 버튼을 누르면 그 장의 주제를 보여 줘요.',
        en: '-# Press a number to see the topics of that chapter.',
      });
  const body = shown.length
    ? shown.map((item, i) => `**${first + i}.** ${item.line}`)
    : [tr(locale, { ko: '노트가 아직 비어 있어요.', en: 'The notes are empty so far.' })];
  const chapterKey = chapter ? sectionKey(chapter) : null;
  const buttons = shown.map((item, i) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label: `${first + i}. ${buttonTitle(item.section, ctx.notes().knowledge)}`,
    custom_id:
      item.opens === 'chapter'
        ? topicsIds.encode({ action: 'page', chapter: sectionKey(item.section), page: 1 })
        : explainIds.encode({ action: 'section', ref: sectionKey(item.section) }),
  }));
  const rows: ActionRow[] = [];
  for (let i = 0; i < buttons.length; i += 5)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  const nav = (label: string, target: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Primary as const,
    label,
    custom_id: topicsIds.encode({ action: 'page', chapter: chapterKey, page: target }),
    disabled,
  });
  const navigation = [
    ...(pages > 1 ? [nav('◀', current - 1, current <= 1), nav('▶', current + 1, current >= pages)] : []),
    ...(chapter
      ? [
          {
            ...nav(tr(locale, { ko: '🗺️ 전체 장', en: '🗺️ All chapters' }), 1, false),
            custom_id: topicsIds.encode({ action: 'page', chapter: null, page: 1 }),
          },
        ]
      : []),
  ];
  if (navigation.length) rows.push({ type: ComponentType.ActionRow, components: navigation });
  return { content: [title, '', ...body, '', hint].join('\n'), components: rows, ephemeral: true };
}

/** `/topics [chapter]`: what the notes hold, chapter by chapter, as pages of buttons that open each topic. */
export default defineCommand({
  data: {
    name: 'topics',
    description: 'Browse the chapters and topics of the notes',
    name_localizations: { ko: '목차' },
    description_localizations: { ko: '노트의 장과 주제를 둘러봐요' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'chapter',
        description: 'Only this chapter (default: all chapters)',
        name_localizations: { ko: '장' },
        description_localizations: { ko: '이 장만 보기 (비우면 전체 장)' },
        autocomplete: true,
        max_length: 200,
      },
    ],
  },
  ids: topicsIds,

  async execute(req, args, ctx) {
    const typed = plainText(args.chapter ?? '');
    const chapter = typed ? findChapter(typed, ctx) : null;
    if (chapter === undefined) throw new UserError('topics.noChapter', { chapter: typed });
    return { type: 'message', message: topicsMessage(ctx, chapter, 1, req.locale) };
  },

  async autocomplete(req, ctx) {
    const typed = plainText(req.focused.value).toLowerCase();
    const choices = chaptersOf(ctx)
      .filter((c) => c.title.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((c) => ({ name: `${c.title} · ${c.file}`, value: `${KEY_VALUE}${sectionKey(c)}` }));
    return { type: 'autocomplete', choices };
  },

  async component(req, id, ctx) {
    const chapter = id.chapter === null ? null : sectionByKey(ctx.notes().knowledge, id.chapter);
    if (chapter === undefined) throw new UserError('explain.gone');
    return { type: 'update', message: topicsMessage(ctx, chapter, id.page, req.locale) };
  },

  deferCommand: () => 'ephemeral',
  deferComponent: () => 'update',
});
