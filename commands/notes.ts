import {
  ApplicationCommandOptionType,
  ButtonStyle,
  ComponentType,
  PermissionFlagsBits,
  TextInputStyle,
} from 'discord-api-types/v10';
import { fetchAttachment } from '../src/app/attachments.ts';
import { type Command, defineCommand } from '../src/app/command.ts';
import type { Context } from '../src/app/context.ts';
import { notesIds } from '../src/app/custom-ids.ts';
import { UserError } from '../src/app/errors.ts';
import { fitText } from '../src/app/format.ts';
import { noteFile, notesOwner } from '../src/app/guild-notes.ts';
import { tr } from '../src/app/i18n.ts';
import { bundleNotes, splitBundle } from '../src/app/note-bundle.ts';
import {
  type AddedNote,
  addNote,
  addNotes,
  checkName,
  MAX_NOTE_FILE_BYTES,
  nameFromFile,
} from '../src/app/note-library.ts';
import type { ActionRow, Locale, Message, Request, Response } from '../src/app/protocol.ts';

const PAGE = 10;
/** A fetch of an attachment gives up after this long. */
const FETCH_TIMEOUT_MS = 10_000;
/** Discord's attachment limit for a bot without a boosted server: an export larger than this is refused. */
const MAX_EXPORT_BYTES = 8 * 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

const nameOption = (description: string, ko: string) =>
  ({
    type: ApplicationCommandOptionType.String,
    name: 'name',
    description,
    name_localizations: { ko: '이름' },
    description_localizations: { ko },
    required: true,
    autocomplete: true,
    max_length: 100,
  }) as const;

/** The server whose notes a request is about (the terminal's own local server in the terminal). */
function ownerOf(req: Request): string {
  const owner = notesOwner(req);
  if (owner === null) throw new UserError('notes.guildOnly');
  return owner;
}

/** Manage Server, or the role the server named, may change notes; the terminal's one user may. */
async function checkEditor(req: Request, ctx: Context): Promise<string> {
  const owner = ownerOf(req);
  if (req.trusted) return owner;
  if (((req.memberPermissions ?? 0n) & PermissionFlagsBits.ManageGuild) !== 0n) return owner;
  const role = await ctx.store.notesEditorRole(owner);
  if (role && req.memberRoles?.includes(role)) return owner;
  throw new UserError('notes.notAllowed');
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function listPage(owner: string, page: number, locale: Locale, ctx: Context): Promise<Message> {
  const notes = await ctx.store.guildNoteList(owner);
  const pages = Math.max(1, Math.ceil(notes.length / PAGE));
  const at = Math.min(page, pages);
  const lines = notes
    .slice((at - 1) * PAGE, at * PAGE)
    .map(
      (n, i) =>
        `**${(at - 1) * PAGE + i + 1}.** ${noteFile(n.name)} — ${tr(locale, { ko: `주제 ${n.sections}개`, en: `${n.sections} sections` })} · ${n.addedByName} · ${day(n.addedAt)}`,
    );
  const header = tr(locale, {
    ko: `📒 **이 서버의 노트** · ${notes.length}개 · ${at}/${pages}쪽`,
    en: `📒 **This server's notes** · ${notes.length} · page ${at}/${pages}`,
  });
  const empty = tr(locale, {
    ko: '아직 노트가 없어요. /notes add 로 .md 파일을 올려 보세요.',
    en: 'No notes yet. Upload a .md file with /notes add.',
  });
  const nav = (label: string, to: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label,
    custom_id: notesIds.encode({ action: 'page', page: to }),
    disabled,
  });
  const components: ActionRow[] =
    pages > 1
      ? [
          {
            type: ComponentType.ActionRow,
            components: [
              // Two buttons never share a custom id: the one that cannot move points past the ends.
              nav('◀', at > 1 ? at - 1 : pages + 1, at <= 1),
              nav('▶', at < pages ? at + 1 : pages + 2, at >= pages),
            ],
          },
        ]
      : [];
  return {
    content: [header, '', ...(lines.length ? lines : [empty])].join('\n'),
    components,
    ephemeral: true,
  };
}

function addForm(replace: boolean, locale: Locale): Response {
  const input = (custom_id: string, label: string, style: TextInputStyle, max: number) => ({
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.TextInput as const,
        custom_id,
        label,
        style,
        required: true,
        min_length: 1,
        max_length: max,
      },
    ],
  });
  return {
    type: 'modal',
    modal: {
      custom_id: notesIds.encode({ action: 'add', replace }),
      title: tr(locale, { ko: '짧은 노트 추가', en: 'Add a short note' }),
      components: [
        input('title', tr(locale, { ko: '제목', en: 'Title' }), TextInputStyle.Short, 60),
        input(
          'body',
          tr(locale, { ko: '내용 (마크다운)', en: 'Text (markdown)' }),
          TextInputStyle.Paragraph,
          4000,
        ),
      ],
    },
  };
}

/** The notes of an exported file, added in one go. */
function bundleAddedMessage(added: AddedNote[], locale: Locale): Message {
  const sections = added.reduce((sum, n) => sum + n.sections, 0);
  const head = tr(locale, {
    ko: `📒 내보낸 파일에서 노트 ${added.length}개를 추가했어요 (주제 ${sections}개): ${added.map((n) => n.name).join(', ')}`,
    en: `📒 Added ${added.length} notes from an exported file (${sections} sections): ${added.map((n) => n.name).join(', ')}`,
  });
  const warnings = added.flatMap((n) => n.warnings);
  return { content: fitText(head + warnings.map((w) => `\n- ${w}`).join(''), 1900), ephemeral: true };
}

/** The server's notes as one .md file, each under its `<!-- file: name.md -->` line. */
async function exportMessage(owner: string, locale: Locale, ctx: Context): Promise<Message> {
  const notes = await ctx.store.guildNotes(owner);
  if (notes.length === 0) throw new UserError('notes.exportEmpty');
  const data = Buffer.from(bundleNotes(notes), 'utf8');
  if (data.length > MAX_EXPORT_BYTES)
    throw new UserError('notes.exportTooLarge', {
      size: megabytes(data.length),
      max: megabytes(MAX_EXPORT_BYTES),
    });
  const sections = notes.reduce((sum, n) => sum + n.sections, 0);
  return {
    ephemeral: true,
    content: tr(locale, {
      ko: `📦 이 서버의 노트 ${notes.length}개, 주제 ${sections}개를 한 파일로 묶었어요. 다른 서버에서 /notes add 로 올리면 같은 노트가 돼요.`,
      en: `📦 This server's ${notes.length} notes, ${sections} sections, in one file. /notes add it in another server to get the same notes.`,
    }),
    files: [{ name: `notes-${owner}.md`, data }],
  };
}

function addedMessage(added: AddedNote, locale: Locale): Message {
  const head = added.replaced
    ? tr(locale, {
        ko: `📝 '${added.name}' 노트를 바꿨어요 (주제 ${added.sections}개). 이전 버전은 /notes restore 로 되돌릴 수 있어요.`,
        en: `📝 Replaced '${added.name}' (${added.sections} sections). /notes restore brings the previous version back.`,
      })
    : tr(locale, {
        ko: `📒 '${added.name}' 노트를 추가했어요 (주제 ${added.sections}개). 이제 /explain 과 /quiz 에서 찾을 수 있어요.`,
        en: `📒 Added '${added.name}' (${added.sections} sections). /explain and /quiz can find it now.`,
      });
  const warnings = added.warnings.length ? `\n${added.warnings.map((w) => `- ${w}`).join('\n')}` : '';
  return { content: head + warnings, ephemeral: true };
}

/**
 * `/notes add|list|show|remove|restore|export|role`: a server's own notes, searched with the shared ones by
 * that server alone. Shown by Discord to Manage Server by default; a server may name a role that may also
 * change notes, and those who may change them may export them. Reading (list, show) is open to anyone the
 * command is shown to.
 */
const notes = defineCommand({
  data: {
    name: 'notes',
    description: "This server's own notes: add, list, show, remove, restore, export",
    name_localizations: { ko: '노트' },
    description_localizations: { ko: '이 서버의 노트: 추가, 목록, 보기, 삭제, 되돌리기, 내보내기' },
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'add',
        description: 'Add a .md/.txt note (up to 1 MB), or write a short one in a form',
        name_localizations: { ko: '추가' },
        description_localizations: { ko: '.md/.txt 노트 추가 (1 MB까지), 파일 없이 쓰면 짧은 노트 양식' },
        options: [
          {
            type: ApplicationCommandOptionType.Attachment,
            name: 'file',
            description: 'A markdown (.md) or text (.txt) file',
            name_localizations: { ko: '파일' },
            description_localizations: { ko: '마크다운(.md) 또는 텍스트(.txt) 파일' },
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'name',
            description: "The note's name (default: the file's name)",
            name_localizations: { ko: '이름' },
            description_localizations: { ko: '노트 이름 (기본: 파일 이름)' },
            max_length: 100,
          },
          {
            type: ApplicationCommandOptionType.Boolean,
            name: 'replace',
            description: 'Replace the note of the same name (its previous version is kept)',
            name_localizations: { ko: '바꾸기' },
            description_localizations: { ko: '같은 이름의 노트를 바꿔요 (이전 버전은 남아요)' },
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'list',
        description: "List this server's notes",
        name_localizations: { ko: '목록' },
        description_localizations: { ko: '이 서버의 노트 목록' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'show',
        description: 'Show a note',
        name_localizations: { ko: '보기' },
        description_localizations: { ko: '노트 보기' },
        options: [nameOption('The note', '노트')],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'remove',
        description: 'Remove a note (asks first)',
        name_localizations: { ko: '삭제' },
        description_localizations: { ko: '노트 삭제 (먼저 확인을 물어요)' },
        options: [nameOption('The note to remove', '지울 노트')],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'restore',
        description: "Bring back a note's previous version",
        name_localizations: { ko: '되돌리기' },
        description_localizations: { ko: '노트를 이전 버전으로 되돌려요' },
        options: [nameOption('The note to restore', '되돌릴 노트')],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'export',
        description: "This server's notes as one .md file (add it in another server to copy them)",
        name_localizations: { ko: '내보내기' },
        description_localizations: {
          ko: '이 서버의 노트를 .md 파일 하나로 (다른 서버에서 추가하면 복사돼요)',
        },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'role',
        description: 'Manage Server: a role that may also change notes (leave out to clear)',
        name_localizations: { ko: '역할' },
        description_localizations: { ko: '서버 관리: 노트를 바꿀 수 있는 역할 (비우면 해제)' },
        options: [
          {
            type: ApplicationCommandOptionType.Role,
            name: 'role',
            description: 'The role',
            name_localizations: { ko: '역할' },
            description_localizations: { ko: '역할' },
          },
        ],
      },
    ],
  },
  preconditions: { shownTo: PermissionFlagsBits.ManageGuild },
  // A server's own notes: offered only in servers the app is installed to (the terminal has its local one).
  contexts: ['guild'],
  ids: notesIds,

  async execute(req, args, ctx) {
    switch (args.subCommand) {
      case 'list':
        return { type: 'message', message: await listPage(ownerOf(req), 1, req.locale, ctx) };
      case 'show': {
        const name = checkName(args.name);
        const note = await ctx.store.guildNote(ownerOf(req), name);
        if (!note) throw new UserError('notes.missing', { name });
        const head = tr(req.locale, {
          ko: `📄 **${noteFile(note.name)}** · 주제 ${note.sections}개 · ${note.addedByName} · ${day(note.addedAt)}${note.hasPrevious ? ' · 이전 버전 있음' : ''}`,
          en: `📄 **${noteFile(note.name)}** · ${note.sections} sections · ${note.addedByName} · ${day(note.addedAt)}${note.hasPrevious ? ' · previous version kept' : ''}`,
        });
        const body = fitText(note.body.replaceAll('```', 'ˋˋˋ'), 1700);
        return {
          type: 'message',
          message: { content: `${head}\n\`\`\`md\n${body}\n\`\`\``, ephemeral: true },
        };
      }
      case 'add': {
        const owner = await checkEditor(req, ctx);
        if (args.file === undefined) return addForm(args.replace === true, req.locale);
        // Only the file this interaction itself carries: an id it did not resolve is refused.
        const attachment = req.attachments?.[args.file];
        if (!attachment) throw new UserError('notes.attachmentNotOwn');
        const fromFile = nameFromFile(attachment.filename);
        const name = args.name ?? fromFile;
        const bytes =
          req.trusted && attachment.bytes
            ? attachment.bytes
            : await fetchAttachment(attachment, {
                ...(ctx.config.DISCORD_CDN_BASE ? { cdnBase: ctx.config.DISCORD_CDN_BASE } : {}),
                maxBytes: MAX_NOTE_FILE_BYTES,
                timeoutMs: FETCH_TIMEOUT_MS,
              });
        const adding = { guildId: owner, replace: args.replace === true, by: req.user, now: ctx.now() };
        // A file /notes export made: its notes come back one by one, under their own names.
        const bundle = splitBundle(bytes.toString('utf8'));
        if (bundle) {
          const all = await addNotes(ctx.store, bundle, adding);
          ctx.log.info({ guildId: owner, notes: all.length, by: req.user.id }, 'notes added from an export');
          return { type: 'message', message: bundleAddedMessage(all, req.locale) };
        }
        const added = await addNote(ctx.store, { ...adding, name, bytes });
        ctx.log.info({ guildId: owner, note: added.name, by: req.user.id }, 'note added');
        return { type: 'message', message: addedMessage(added, req.locale) };
      }
      case 'remove': {
        const owner = await checkEditor(req, ctx);
        const name = checkName(args.name);
        if (!(await ctx.store.guildNote(owner, name))) throw new UserError('notes.missing', { name });
        return {
          type: 'message',
          message: {
            ephemeral: true,
            content: tr(req.locale, {
              ko: `⚠️ '${name}' 노트를 지울까요? 이전 버전도 함께 지워져요.`,
              en: `⚠️ Remove '${name}'? Its previous version goes too.`,
            }),
            components: [
              {
                type: ComponentType.ActionRow,
                components: [
                  {
                    type: ComponentType.Button,
                    style: ButtonStyle.Danger,
                    label: tr(req.locale, { ko: '삭제', en: 'Remove' }),
                    custom_id: notesIds.encode({ action: 'remove', name }),
                  },
                  {
                    type: ComponentType.Button,
                    style: ButtonStyle.Secondary,
                    label: tr(req.locale, { ko: '취소', en: 'Cancel' }),
                    custom_id: notesIds.encode({ action: 'cancel' }),
                  },
                ],
              },
            ],
          },
        };
      }
      case 'restore': {
        const owner = await checkEditor(req, ctx);
        const name = checkName(args.name);
        const result = await ctx.store.restoreGuildNote(owner, name);
        if (result === 'missing') throw new UserError('notes.missing', { name });
        if (result === 'no-previous') throw new UserError('notes.noPrevious', { name });
        ctx.log.info({ guildId: owner, note: name, by: req.user.id }, 'note restored');
        return {
          type: 'message',
          message: {
            ephemeral: true,
            content: tr(req.locale, {
              ko: `↩️ '${name}' 노트를 이전 버전으로 되돌렸어요. 한 번 더 하면 다시 돌아와요.`,
              en: `↩️ Restored the previous version of '${name}'. Restore again to undo.`,
            }),
          },
        };
      }
      case 'export':
        return {
          type: 'message',
          message: await exportMessage(await checkEditor(req, ctx), req.locale, ctx),
        };
      case 'role': {
        const owner = ownerOf(req);
        if (!req.trusted && ((req.memberPermissions ?? 0n) & PermissionFlagsBits.ManageGuild) === 0n)
          throw new UserError('notes.roleManagersOnly');
        await ctx.store.setNotesEditorRole(owner, args.role ?? null);
        return {
          type: 'message',
          message: {
            ephemeral: true,
            content: args.role
              ? tr(req.locale, {
                  ko: `🔑 <@&${args.role}> 역할도 노트를 바꿀 수 있어요.`,
                  en: `🔑 Members with <@&${args.role}> can change notes too.`,
                })
              : tr(req.locale, {
                  ko: '🔑 이제 서버 관리 권한이 있는 사람만 노트를 바꿀 수 있어요.',
                  en: '🔑 Only members with Manage Server can change notes now.',
                }),
          },
        };
      }
    }
  },

  async autocomplete(req, ctx) {
    const owner = notesOwner(req);
    if (owner === null) return { type: 'autocomplete', choices: [] };
    const typed = req.focused.value.toLowerCase();
    const choices = (await ctx.store.guildNoteList(owner))
      .filter((n) => n.name.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((n) => ({ name: n.name, value: n.name }));
    return { type: 'autocomplete', choices };
  },

  async component(req, id, ctx) {
    if (id.action === 'page')
      return { type: 'update', message: await listPage(ownerOf(req), id.page, req.locale, ctx) };
    if (id.action === 'cancel')
      return {
        type: 'update',
        message: { content: tr(req.locale, { ko: '취소했어요.', en: 'Cancelled.' }), components: [] },
      };
    const owner = await checkEditor(req, ctx);
    if (id.action === 'remove') {
      const name = checkName(id.name);
      if (!(await ctx.store.removeGuildNote(owner, name))) throw new UserError('notes.missing', { name });
      ctx.log.info({ guildId: owner, note: name, by: req.user.id }, 'note removed');
      return {
        type: 'update',
        message: {
          content: tr(req.locale, { ko: `🗑️ '${name}' 노트를 지웠어요.`, en: `🗑️ Removed '${name}'.` }),
          components: [],
        },
      };
    }
    if (req.kind !== 'modal') throw new UserError('button.stale');
    const added = await addNote(ctx.store, {
      guildId: owner,
      name: req.fields.title ?? '',
      bytes: Buffer.from(shortNote(req.fields.title ?? '', req.fields.body ?? ''), 'utf8'),
      replace: id.replace,
      by: req.user,
      now: ctx.now(),
    });
    ctx.log.info({ guildId: owner, note: added.name, by: req.user.id }, 'note added');
    return { type: 'message', message: addedMessage(added, req.locale) };
  },

  deferCommand: () => 'ephemeral',
  deferComponent: (id) => (id.action === 'add' ? 'ephemeral' : 'update'),
});

/**
 * Every /notes command and button, after it ran (whatever its outcome: an add of several notes may have stored
 * some before it failed), has this instance read the server's notes stamp again at its next request, so what it
 * changed is searched here at once; other instances see it within STAMP_FRESH_MS (guild-notes.ts).
 */
export default {
  ...notes,
  resolve(req) {
    const resolved = notes.resolve(req);
    return {
      ...resolved,
      async run(ctx) {
        try {
          return await resolved.run(ctx);
        } finally {
          const owner = notesOwner(req);
          if (owner !== null) ctx.guildNotes.changed(owner);
        }
      },
    };
  },
} satisfies Command;

/** A form's note: its title as the heading, unless the text starts with a heading of its own. */
function shortNote(title: string, body: string): string {
  return /^\s*#/.test(body) ? body : `# ${title.trim()}\n\n${body}`;
}
