import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/app/command.ts';
import { remindIds } from '../src/app/custom-ids.ts';
import { UserError } from '../src/app/errors.ts';
import { tr } from '../src/app/i18n.ts';
import type { Messenger } from '../src/app/messenger.ts';
import type { Locale, Response } from '../src/app/protocol.ts';
import { DEFAULT_TIME_ZONE, isTimeZone, nextAtHour } from '../src/app/schedule/local-time.ts';
import { hourOption } from '../src/app/schedule/options.ts';
import type { Logger } from '../src/log.ts';
import type { ReminderRecord } from '../src/store/store.ts';

/** Eight in the evening: after school, before bed. */
const DEFAULT_HOUR = 20;

const zoneOption = {
  type: ApplicationCommandOptionType.String,
  name: 'zone',
  description: `Time zone, like ${DEFAULT_TIME_ZONE}`,
  name_localizations: { ko: '시간대' },
  description_localizations: { ko: `시간대 (예: ${DEFAULT_TIME_ZONE})` },
  required: true,
  autocomplete: true,
  max_length: 64,
} as const;

const private_ = (content: string): Response => ({ type: 'message', message: { content, ephemeral: true } });

const when = (r: Pick<ReminderRecord, 'hour' | 'timeZone' | 'nextAt'>, locale: Locale) =>
  tr(locale, {
    ko: `매일 ${r.hour}시 (${r.timeZone}) · 다음 확인 <t:${Math.floor(r.nextAt / 1000)}:R>`,
    en: `daily at ${r.hour}:00 (${r.timeZone}) · next check <t:${Math.floor(r.nextAt / 1000)}:R>`,
  });

/**
 * Opens the user's DM channel now, at their asking (Discord wants DMs opened on a user's action), so the
 * reminder's hour needs one request, not two. If Discord cannot be reached now, the reminder opens it.
 */
async function openDm(messenger: Messenger | null, userId: string, log: Logger): Promise<string | null> {
  try {
    return (await messenger?.openDm(userId)) ?? null;
  } catch (err) {
    log.warn({ err, userId }, 'could not open the DM channel; the reminder will');
    return null;
  }
}

/**
 * `/remind on [hour]`, `/remind off`, `/remind tz zone`: a DM at that hour when reviews are due, with a
 * "review now" button. Works wherever the app is (installed to a server or to the user): the DM is the
 * user's own.
 */
export default defineCommand({
  data: {
    name: 'remind',
    description: 'A DM when your reviews are due',
    name_localizations: { ko: '알림' },
    description_localizations: { ko: '복습할 때가 되면 DM으로 알려 줘요' },
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'on',
        description: 'Turn the review reminder on',
        name_localizations: { ko: '켜기' },
        description_localizations: { ko: '복습 알림 켜기' },
        options: [hourOption(DEFAULT_HOUR, '받을지')],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'off',
        description: 'Turn the review reminder off',
        name_localizations: { ko: '끄기' },
        description_localizations: { ko: '복습 알림 끄기' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'tz',
        description: 'Set your time zone',
        name_localizations: { ko: '시간대' },
        description_localizations: { ko: '내 시간대 정하기' },
        options: [zoneOption],
      },
    ],
  },
  ids: remindIds,

  async execute(req, args, ctx) {
    const { store } = ctx;
    const mine = await store.getReminder(req.user.id);
    if (args.subCommand === 'off') {
      const stopped = await store.stopReminder(req.user.id);
      return private_(
        stopped
          ? tr(req.locale, { ko: '🔕 복습 알림을 껐어요.', en: '🔕 Review reminder turned off.' })
          : tr(req.locale, {
              ko: '복습 알림은 이미 꺼져 있어요.',
              en: 'The review reminder is already off.',
            }),
      );
    }
    const timeZone = args.subCommand === 'tz' ? args.zone : (mine?.timeZone ?? DEFAULT_TIME_ZONE);
    // Checked before anything is stored: an unknown zone changes nothing.
    if (!isTimeZone(timeZone)) throw new UserError('schedule.badZone', { zone: timeZone });
    const on = args.subCommand === 'on';
    if (on && !ctx.messenger) throw new UserError('remind.unavailable');
    const hour = (on ? args.hour : undefined) ?? mine?.hour ?? DEFAULT_HOUR;
    const status = on ? 'on' : (mine?.status ?? 'off');
    const nextAt = nextAtHour(ctx.now(), hour, timeZone, mine?.sentDay);
    const dmChannelId = on && !mine?.dmChannelId ? await openDm(ctx.messenger, req.user.id, ctx.log) : null;
    await store.setReminder({
      userId: req.user.id,
      status,
      hour,
      timeZone,
      locale: req.locale,
      nextAt,
      dmChannelId,
    });
    const set = { hour, timeZone, nextAt };
    if (status === 'on')
      return private_(
        tr(req.locale, {
          ko: `🔔 복습 알림을 켰어요: ${when(set, 'ko')}. 복습할 카드가 있을 때만 DM을 보내요.`,
          en: `🔔 Review reminder on: ${when(set, 'en')}. A DM comes only when cards are due.`,
        }),
      );
    return private_(
      tr(req.locale, {
        ko: `🕘 시간대를 ${timeZone}(으)로 정했어요. \`/remind on\`으로 알림을 켤 수 있어요.`,
        en: `🕘 Time zone set to ${timeZone}. Turn the reminder on with \`/remind on\`.`,
      }),
    );
  },

  async autocomplete(req) {
    const typed = req.focused.value.toLowerCase().replace(/\s+/g, '_');
    const zones = Intl.supportedValuesOf('timeZone');
    const found = zones.filter((z) => z.toLowerCase().includes(typed));
    const first = typed ? found : [DEFAULT_TIME_ZONE, ...zones.filter((z) => z !== DEFAULT_TIME_ZONE)];
    return { type: 'autocomplete', choices: first.slice(0, 25).map((z) => ({ name: z, value: z })) };
  },

  async component(req, _id, ctx) {
    // The DM's "review now": a solo quiz of exactly the facts due.
    const message = await ctx.quiz.start({
      guildId: req.guildId,
      channelId: req.channelId,
      place: req.place,
      user: req.user,
      locale: req.locale,
      token: req.token,
      count: 10,
      solo: true,
      dueOnly: true,
    });
    return { type: 'message', message };
  },

  deferCommand: () => 'ephemeral',
  deferComponent: () => 'ephemeral',
});
