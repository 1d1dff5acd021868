/**
 * Things that happen at an hour of the day — a user's review reminder, a server's question of the
 * day — as rows. An instance takes the rows that are due with one conditional update (a claim with a
 * lease), does the work, then moves each row to its next time only if its claim is still its own. So
 * with any number of instances each row is worked once per due time, and a row claimed by an instance
 * that died is taken again once its lease runs out.
 */
import type { Database } from './core.ts';
import type { Row } from './rows.ts';
import { integer, type Sql, spelled, sql } from './sql.ts';

export interface ReminderRecord {
  userId: string;
  status: 'on' | 'off';
  /** Hour of the day (0–23) in `timeZone`. */
  hour: number;
  timeZone: string;
  locale: 'ko' | 'en';
  /** When it is next due. */
  nextAt: number;
  /** The local day the last reminder went out (at most one a day). */
  sentDay: string | null;
  /** The user's DM channel, once opened. */
  dmChannelId: string | null;
}

export interface DailyRecord {
  guildId: string;
  channelId: string;
  hour: number;
  timeZone: string;
  locale: 'ko' | 'en';
  nextAt: number;
  /** The question posted last: open until the next one, which shows its answer. */
  roundId: string | null;
}

/** A claim on due rows: who holds it (`claim`), at what time, until when. */
export interface Claim {
  claim: string;
  now: number;
  until: number;
  limit: number;
}

export interface ScheduleStore {
  /**
   * Sets a user's reminder (creating it): on or off, at `hour` in `timeZone`, next due at `nextAt`; a
   * `dmChannelId` given is kept (none given keeps the one known).
   */
  setReminder(
    r: Omit<ReminderRecord, 'sentDay' | 'dmChannelId'> & { dmChannelId?: string | null },
  ): Promise<void>;
  getReminder(userId: string): Promise<ReminderRecord | null>;
  /** Turns it off; false when there was none on. */
  stopReminder(userId: string): Promise<boolean>;
  /** Takes up to `limit` due reminders no live claim holds: one conditional update. */
  claimReminders(claim: Claim): Promise<ReminderRecord[]>;
  /**
   * How many instances hold a live claim on reminders at `now` (a claim is `instance:n`): they are the
   * ones sending DMs now, and share the bot's REST limit.
   */
  reminderSenders(now: number): Promise<number>;
  /** Moves a claimed reminder to its next time; false when the claim was lost (nothing changes). */
  finishReminder(
    userId: string,
    claim: string,
    next: { nextAt: number; sentDay: string | null; dmChannelId: string | null },
  ): Promise<boolean>;
  /** Turns a claimed reminder off with a notice to tell the user at their next command. */
  dropReminder(userId: string, claim: string, notice: string): Promise<boolean>;
  /** The notice left for a user, once: the instance that clears it is the one that tells it. */
  takeNotice(userId: string): Promise<string | null>;

  setDaily(d: Omit<DailyRecord, 'roundId'>): Promise<void>;
  getDaily(guildId: string): Promise<DailyRecord | null>;
  /** Stops a server's question of the day; returns what it was. */
  stopDaily(guildId: string): Promise<DailyRecord | null>;
  claimDailies(claim: Claim): Promise<DailyRecord[]>;
  finishDaily(
    guildId: string,
    claim: string,
    next: { nextAt: number; roundId: string | null },
  ): Promise<boolean>;
}

/** The instance part of a claim (`instance:n`). */
const claimHolder = spelled({
  sqlite: "substr(claim, 1, instr(claim || ':', ':') - 1)",
  postgres: "split_part(claim, ':', 1)",
});

/** PostgreSQL lets racing instances pass over rows another has locked; SQLite has one writer anyway. */
const skipLocked = spelled({ sqlite: '', postgres: 'FOR UPDATE SKIP LOCKED' });

const toReminder = (row: Row): ReminderRecord => ({
  userId: row.user_id as string,
  status: row.status as ReminderRecord['status'],
  hour: Number(row.hour),
  timeZone: row.time_zone as string,
  locale: row.locale as ReminderRecord['locale'],
  nextAt: Number(row.next_at),
  sentDay: (row.sent_day as string | null) ?? null,
  dmChannelId: (row.dm_channel_id as string | null) ?? null,
});

const toDaily = (row: Row): DailyRecord => ({
  guildId: row.guild_id as string,
  channelId: row.channel_id as string,
  hour: Number(row.hour),
  timeZone: row.time_zone as string,
  locale: row.locale as DailyRecord['locale'],
  nextAt: Number(row.next_at),
  roundId: (row.round_id as string | null) ?? null,
});

/**
 * The claim: due rows nobody holds get this claim and lease, in one statement. The candidates are
 * picked once (a materialised CTE: PostgreSQL may otherwise run a `LIMIT … SKIP LOCKED` subquery again
 * per row and take more than the limit); the UPDATE checks them again, so under READ COMMITTED a row
 * another instance claimed meanwhile is left out, and on SQLite the statement runs alone.
 */
const claimDue = (table: Sql, key: Sql, due: Sql, c: Claim) =>
  sql`WITH picked AS MATERIALIZED (
        SELECT ${key} FROM ${table} WHERE ${due} AND next_at <= ${c.now} AND lease_until <= ${c.now}
        ORDER BY next_at LIMIT ${integer(c.limit)} ${skipLocked})
      UPDATE ${table} SET lease_until = ${c.until}, claim = ${c.claim}
      WHERE ${key} IN (SELECT ${key} FROM picked)
        AND ${due} AND next_at <= ${c.now} AND lease_until <= ${c.now}
      RETURNING *`;

export function scheduleStore(db: Database): ScheduleStore {
  const one = async (query: Sql) => (await db.all(query))[0];
  return {
    async setReminder(r) {
      await db.run(
        sql`INSERT INTO reminders (user_id, status, hour, time_zone, locale, next_at, dm_channel_id)
            VALUES (${r.userId}, ${r.status}, ${r.hour}, ${r.timeZone}, ${r.locale}, ${r.nextAt},
              ${r.dmChannelId ?? null})
            ON CONFLICT (user_id) DO UPDATE SET status = excluded.status, hour = excluded.hour,
              time_zone = excluded.time_zone, locale = excluded.locale, next_at = excluded.next_at,
              dm_channel_id = COALESCE(excluded.dm_channel_id, reminders.dm_channel_id), notice = NULL`,
      );
    },
    async getReminder(userId) {
      const row = await one(sql`SELECT * FROM reminders WHERE user_id = ${userId}`);
      return row ? toReminder(row) : null;
    },
    async stopReminder(userId) {
      return (
        (await db.run(
          sql`UPDATE reminders SET status = 'off' WHERE user_id = ${userId} AND status = 'on'`,
        )) === 1
      );
    },
    async claimReminders(c) {
      return (await db.all(claimDue(sql`reminders`, sql`user_id`, sql`status = 'on'`, c))).map(toReminder);
    },
    async reminderSenders(now) {
      const row = await one(
        sql`SELECT COUNT(DISTINCT ${claimHolder}) AS n FROM reminders
            WHERE status = 'on' AND next_at <= ${now} AND lease_until > ${now} AND claim IS NOT NULL`,
      );
      return Number(row?.n ?? 0);
    },
    async finishReminder(userId, claim, next) {
      return (
        (await db.run(
          sql`UPDATE reminders SET next_at = ${next.nextAt}, sent_day = COALESCE(${next.sentDay}, sent_day),
                dm_channel_id = COALESCE(${next.dmChannelId}, dm_channel_id), lease_until = 0, claim = NULL
              WHERE user_id = ${userId} AND claim = ${claim}`,
        )) === 1
      );
    },
    async dropReminder(userId, claim, notice) {
      return (
        (await db.run(
          sql`UPDATE reminders SET status = 'off', notice = ${notice}, lease_until = 0, claim = NULL
              WHERE user_id = ${userId} AND claim = ${claim}`,
        )) === 1
      );
    },
    async takeNotice(userId) {
      const row = await one(
        sql`SELECT notice FROM reminders WHERE user_id = ${userId} AND notice IS NOT NULL`,
      );
      const notice = (row?.notice as string | undefined) ?? null;
      if (notice === null) return null;
      const cleared = await db.run(
        sql`UPDATE reminders SET notice = NULL WHERE user_id = ${userId} AND notice = ${notice}`,
      );
      return cleared === 1 ? notice : null;
    },
    async setDaily(d) {
      await db.run(
        sql`INSERT INTO daily_posts (guild_id, channel_id, hour, time_zone, locale, next_at)
            VALUES (${d.guildId}, ${d.channelId}, ${d.hour}, ${d.timeZone}, ${d.locale}, ${d.nextAt})
            ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, hour = excluded.hour,
              time_zone = excluded.time_zone, locale = excluded.locale, next_at = excluded.next_at`,
      );
    },
    async getDaily(guildId) {
      const row = await one(sql`SELECT * FROM daily_posts WHERE guild_id = ${guildId}`);
      return row ? toDaily(row) : null;
    },
    async stopDaily(guildId) {
      const row = await one(sql`DELETE FROM daily_posts WHERE guild_id = ${guildId} RETURNING *`);
      return row ? toDaily(row) : null;
    },
    async claimDailies(c) {
      return (await db.all(claimDue(sql`daily_posts`, sql`guild_id`, sql`1 = 1`, c))).map(toDaily);
    },
    async finishDaily(guildId, claim, next) {
      return (
        (await db.run(
          sql`UPDATE daily_posts SET next_at = ${next.nextAt}, round_id = ${next.roundId}, lease_until = 0,
                claim = NULL
              WHERE guild_id = ${guildId} AND claim = ${claim}`,
        )) === 1
      );
    },
  };
}
