import { ApplicationCommandOptionType, ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { defineCommand, guildIdOf } from '../src/app/command.ts';
import { dailyIds } from '../src/app/custom-ids.ts';
import { UserError } from '../src/app/errors.ts';
import { tr } from '../src/app/i18n.ts';
import type { Response } from '../src/app/protocol.ts';
import { dailyChannel } from '../src/app/schedule/daily.ts';
import { DEFAULT_TIME_ZONE, isTimeZone, nextAtHour } from '../src/app/schedule/local-time.ts';
import { hourOption } from '../src/app/schedule/options.ts';

const DEFAULT_HOUR = 9;

const private_ = (content: string): Response => ({ type: 'message', message: { content, ephemeral: true } });

/**
 * `/daily on channel:#study hour:9` (Manage Server): one question a day in that channel from the
 * notes, answered with buttons until the next, which shows its answer and who got it. `/daily off`.
 */
export default defineCommand({
  data: {
    name: 'daily',
    description: 'A question of the day in a channel',
    name_localizations: { ko: '오늘의문제' },
    description_localizations: { ko: '채널에 매일 한 문제씩 올려요' },
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'on',
        description: 'Post a question every day in a channel',
        name_localizations: { ko: '켜기' },
        description_localizations: { ko: '매일 채널에 문제 올리기' },
        options: [
          {
            type: ApplicationCommandOptionType.Channel,
            name: 'channel',
            description: 'Where to post it',
            name_localizations: { ko: '채널' },
            description_localizations: { ko: '올릴 채널' },
            channel_types: [ChannelType.GuildText],
            required: true,
          },
          hourOption(DEFAULT_HOUR, '올릴지'),
          {
            type: ApplicationCommandOptionType.String,
            name: 'zone',
            description: `Time zone (default ${DEFAULT_TIME_ZONE})`,
            name_localizations: { ko: '시간대' },
            description_localizations: { ko: `시간대 (기본 ${DEFAULT_TIME_ZONE})` },
            max_length: 64,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'off',
        description: 'Stop the question of the day',
        name_localizations: { ko: '끄기' },
        description_localizations: { ko: '오늘의 문제 그만 올리기' },
      },
    ],
  },
  preconditions: { guildOnly: true, permissions: PermissionFlagsBits.ManageGuild, buttonsForEveryone: true },
  ids: dailyIds,

  async execute(req, args, ctx) {
    const guildId = guildIdOf(req);
    if (args.subCommand === 'off') {
      const stopped = await ctx.store.stopDaily(guildId);
      const open = stopped?.roundId ? await ctx.store.getRound(stopped.roundId) : null;
      if (open) {
        await ctx.store.closeRound(open.id, ctx.now());
        await ctx.store.finishSession(open.sessionId);
      }
      return private_(
        stopped
          ? tr(req.locale, { ko: '📅 오늘의 문제를 껐어요.', en: '📅 Question of the day stopped.' })
          : tr(req.locale, {
              ko: '오늘의 문제는 켜져 있지 않아요.',
              en: 'No question of the day was running.',
            }),
      );
    }
    const channelId = args.channel;
    const hour = args.hour ?? DEFAULT_HOUR;
    const timeZone = args.zone?.trim() || DEFAULT_TIME_ZONE;
    if (!isTimeZone(timeZone)) throw new UserError('schedule.badZone', { zone: timeZone });
    if (!ctx.messenger) throw new UserError('remind.unavailable');
    // Whether the bot may post there is Discord's to say: a first post asks it, before anything is stored.
    const sent = await ctx.messenger.post(channelId, {
      content: tr(req.locale, {
        ko: `📅 이 채널에 매일 ${hour}시 (${timeZone}) 오늘의 문제가 올라와요. 버튼으로 답하면 다음 날 정답과 맞힌 사람을 알려 줘요.`,
        en: `📅 A question of the day will be posted here daily at ${hour}:00 (${timeZone}). Answer with the buttons; the next day tells the answer and who got it.`,
      }),
    });
    if (sent.status !== 'sent') throw new UserError('daily.cannotPost', { channel: channelId });
    const nextAt = nextAtHour(ctx.now(), hour, timeZone);
    await ctx.store.setDaily({ guildId, channelId, hour, timeZone, locale: req.locale, nextAt });
    return private_(
      tr(req.locale, {
        ko: `📅 <#${channelId}>에 매일 ${hour}시 (${timeZone}) 오늘의 문제를 올릴게요. 첫 문제 <t:${Math.floor(nextAt / 1000)}:R>.`,
        en: `📅 A question of the day goes to <#${channelId}> daily at ${hour}:00 (${timeZone}). First one <t:${Math.floor(nextAt / 1000)}:R>.`,
      }),
    );
  },

  async component(req, id, ctx) {
    const message = await ctx.quiz.answerChoice(
      {
        roundId: id.roundId,
        user: req.user,
        locale: req.locale,
        guildId: req.guildId,
        channelId: dailyChannel(req.channelId),
        place: req.place,
      },
      id.choice,
    );
    return { type: 'message', message };
  },

  deferCommand: () => 'ephemeral',
  deferComponent: () => 'ephemeral',
});
