/**
 * Wall-clock hours in a user's time zone, from the runtime's own time-zone data (Intl), so "9 o'clock
 * in Asia/Seoul" stays 9 o'clock across daylight-saving changes elsewhere.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Seoul';

/** Whether the runtime knows `zone` as an IANA time zone (`Asia/Seoul`, `Europe/Berlin`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// A formatter per zone, made once: building one costs far more than formatting with it, and the scheduler
// asks about every due reminder and the quiz of the day on each look.
const formats = new Map<string, Intl.DateTimeFormat>();

function partsOf(t: number, zone: string): Parts {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  const parts = format.formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** How far `zone`'s wall clock is ahead of UTC at `t` (ms). */
function offsetAt(t: number, zone: string): number {
  const p = partsOf(t, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
}

/** `YYYY-MM-DD` of `t` on `zone`'s calendar: the day "at most once a day" counts in. */
export function localDay(t: number, zone: string): string {
  const p = partsOf(t, zone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The instant `zone`'s wall clock shows `hour`:00 on the given calendar day (month 1–12; days may overflow). */
function instantAt(year: number, month: number, day: number, hour: number, zone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  // Twice: the offset at the guess can differ from the offset at the answer across a DST change.
  const first = wall - offsetAt(wall, zone);
  return wall - offsetAt(first, zone);
}

/**
 * The next instant after `now` at `hour`:00 in `zone`, on a day other than `skipDay` (the day a
 * reminder already went out: at most one a day, even when the hour is moved later that day).
 */
export function nextAtHour(now: number, hour: number, zone: string, skipDay?: string | null): number {
  const today = partsOf(now, zone);
  for (let i = 0; ; i++) {
    const t = instantAt(today.year, today.month, today.day + i, hour, zone);
    if (t > now && localDay(t, zone) !== skipDay) return t;
  }
}
