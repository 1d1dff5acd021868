import {
  ApplicationCommandOptionType,
  ButtonStyle,
  ComponentType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { defineCommand, guildIdOf } from '../src/app/command.ts';
import { type AdminAction, adminIds } from '../src/app/custom-ids.ts';
import { UserError } from '../src/app/errors.ts';
import { tr } from '../src/app/i18n.ts';
import type { Locale, Message } from '../src/app/protocol.ts';

function confirmation(what: AdminAction, season: number, locale: Locale): Message {
  const question =
    what === 'reset'
      ? tr(locale, {
          ko: `⚠️ 시즌 ${season}의 순위를 모두 지울까요? 진행 중인 퀴즈도 끝나요. 되돌릴 수 없어요.`,
          en: `⚠️ Wipe every score of season ${season}? Running quizzes end too. This cannot be undone.`,
        })
      : tr(locale, {
          ko: `⚠️ 시즌 ${season}을 마치고 시즌 ${season + 1}을 시작할까요? 지금 순위는 새 시즌에 이어지지 않아요.`,
          en: `⚠️ End season ${season} and start season ${season + 1}? Current scores do not carry over.`,
        });
  return {
    content: question,
    ephemeral: true,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Danger,
            label:
              what === 'reset'
                ? tr(locale, { ko: '초기화', en: 'Reset' })
                : tr(locale, { ko: '새 시즌 시작', en: 'Start new season' }),
            custom_id: adminIds.encode({ action: 'confirm', what, season }),
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: tr(locale, { ko: '취소', en: 'Cancel' }),
            custom_id: adminIds.encode({ action: 'cancel' }),
          },
        ],
      },
    ],
  };
}

/**
 * `/admin action:<reset|new-season>` (Manage Server): apart from `/leaderboard`, hidden by Discord from
 * members without the permission, and acting only after a confirmation button.
 */
export default defineCommand({
  data: {
    name: 'admin',
    description: 'Manage Server: reset the leaderboard or start a new season',
    name_localizations: { ko: '관리' },
    description_localizations: { ko: '서버 관리: 순위 초기화 또는 새 시즌' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'action',
        description: 'What to do (asks for confirmation first)',
        name_localizations: { ko: '작업' },
        description_localizations: { ko: '할 일 (먼저 확인을 물어요)' },
        required: true,
        choices: [
          { name: 'reset the board', name_localizations: { ko: '순위 초기화' }, value: 'reset' },
          { name: 'new season', name_localizations: { ko: '새 시즌' }, value: 'new-season' },
        ],
      },
    ],
  },
  preconditions: { guildOnly: true, permissions: PermissionFlagsBits.ManageGuild },
  ids: adminIds,

  async execute(req, args, ctx) {
    const season = await ctx.store.currentSeason(guildIdOf(req));
    return { type: 'message', message: confirmation(args.action, season, req.locale) };
  },

  async component(req, id, ctx) {
    if (id.action === 'cancel') {
      return {
        type: 'update',
        message: { content: tr(req.locale, { ko: '취소했어요.', en: 'Cancelled.' }), components: [] },
      };
    }
    const guildId = guildIdOf(req);
    // The season a confirmation was asked in must still be current: a second click does nothing.
    if ((await ctx.store.currentSeason(guildId)) !== id.season) throw new UserError('admin.stale');
    let content: string;
    if (id.what === 'reset') {
      await ctx.store.resetBoard(guildId, ctx.now());
      ctx.log.info({ guildId, by: req.user.id }, 'leaderboard reset');
      content = tr(req.locale, {
        ko: '🧹 이번 시즌 순위를 초기화했어요. 진행 중이던 퀴즈도 끝냈어요.',
        en: "🧹 This season's board is reset, and any running quiz has ended.",
      });
    } else {
      const season = await ctx.store.newSeason(guildId, ctx.now());
      ctx.log.info({ guildId, season, by: req.user.id }, 'new season');
      content = tr(req.locale, {
        ko: `🌱 시즌 ${season}을 시작했어요!`,
        en: `🌱 Season ${season} has begun!`,
      });
    }
    return { type: 'update', message: { content, components: [] } };
  },

  deferCommand: () => 'ephemeral',
  deferComponent: () => 'update',
});
