import { createHash } from 'node:crypto';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { Logger } from '../../log.ts';
import type { ReminderRecord, Store } from '../../store/store.ts';
import type { Clock } from '../clock.ts';
import { remindIds } from '../custom-ids.ts';
import { tr } from '../i18n.ts';
import type { Messenger } from '../messenger.ts';
import type { Locale, Message } from '../protocol.ts';
import { localDay, nextAtHour } from './local-time.ts';
import type { DueJob } from './runner.ts';

/** The notice left when Discord refused a reminder DM (the user's DMs are closed). */
export const DM_CLOSED_NOTICE = 'dm-closed';

/** Discord takes nonces of up to 25 characters: one per user and local day, so a retry is the same message. */
export function nonceFor(kind: string, key: string, day: string): string {
  return `${kind}${createHash('sha256').update(`${key}:${day}`).digest('base64url').slice(0, 24)}`;
}

export function reminderMessage(locale: Locale, due: number): Message {
  return {
    content: tr(locale, {
      ko: `📚 복습할 카드가 **${due}개** 있어요. 잊기 전에 한 번 풀어 볼까요?`,
      en: `📚 You have **${due}** card${due === 1 ? '' : 's'} due for review. A quick round before they fade?`,
    }),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: tr(locale, { ko: '지금 복습하기', en: 'Review now' }),
            custom_id: remindIds.encode({ action: 'review' }),
          },
        ],
      },
    ],
  };
}

export function noticeText(locale: Locale): string {
  return tr(locale, {
    ko: '🔕 DM이 닫혀 있어서 복습 알림을 보내지 못해 알림을 껐어요. DM을 열고 `/remind on`으로 다시 켤 수 있어요.',
    en: '🔕 Your DMs are closed, so the review reminder could not be sent and was turned off. Open your DMs and run `/remind on` to turn it back on.',
  });
}

/**
 * The review reminder: at its hour, if the user has cards due, one DM with a "review now" button;
 * with none due, nothing until the same hour tomorrow. At most one a day: the day it went out is kept.
 */
export function reminderJob(parts: {
  store: Store;
  messenger: Messenger;
  clock: Clock;
  log: Logger;
}): DueJob<ReminderRecord> {
  const { store, messenger, clock, log } = parts;
  return {
    name: 'review reminder',
    async claim(c) {
      const rows = await store.claimReminders(c);
      // Counted after each claim: another instance starting or dying (its lease run out) changes the share.
      if (rows.length > 0) messenger.shareWith(await store.reminderSenders(c.now));
      return rows;
    },
    async work(r, claim) {
      const now = clock.now();
      const today = localDay(now, r.timeZone);
      const tomorrow = nextAtHour(now, r.hour, r.timeZone, today);
      const due = (await store.reviews(r.userId)).filter((card) => card.due <= now).length;
      if (r.sentDay === today || due === 0) {
        await store.finishReminder(r.userId, claim, { nextAt: tomorrow, sentDay: null, dmChannelId: null });
        return;
      }
      const sent = await messenger.dm(r.userId, reminderMessage(r.locale, due), {
        nonce: nonceFor('r', r.userId, today),
        channelId: r.dmChannelId,
      });
      if (sent.status !== 'sent') {
        log.info({ userId: r.userId, status: sent.status }, 'reminder DM refused; reminder turned off');
        await store.dropReminder(r.userId, claim, DM_CLOSED_NOTICE);
        return;
      }
      await store.finishReminder(r.userId, claim, {
        nextAt: tomorrow,
        sentDay: today,
        dmChannelId: sent.channelId,
      });
    },
  };
}
