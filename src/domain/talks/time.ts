/**
 * Instants and the school's wall clock. Talks are stored as ISO instants; what parents and
 * staff see, and what "a week later" means, is Dutch local time, daylight saving included.
 */
export const SCHOOL_TIME_ZONE = 'Europe/Amsterdam';

const MINUTE = 60_000;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO date-time with an explicit zone ("Z" or "+02:00"); a bare local time is ambiguous. */
export function isInstant(value: string): boolean {
  return INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && sameCalendarDay(value);
}

// Date.parse rolls "2026-02-30T10:00Z" over to March; refuse it rather than move the talk.
function sameCalendarDay(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function toMillis(instant: string): number {
  return Date.parse(instant);
}

export function addMinutes(instant: string, minutes: number): string {
  return new Date(toMillis(instant) + minutes * MINUTE).toISOString();
}

/**
 * Whole minutes from `from` to `to`, negative when `to` is earlier: how the talk form turns its
 * end-time picker into `durationMinutes` (and so into the "ends before it starts" error).
 */
export function minutesBetween(from: string, to: string): number {
  return Math.round((toMillis(to) - toMillis(from)) / MINUTE);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building an Intl formatter is costly; reports convert thousands of instants, so keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(millis: number, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(millis));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function offsetMillis(millis: number, timeZone: string): number {
  const w = wallClock(millis, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (millis - (millis % 1000));
}

/**
 * The same wall-clock time `days` calendar days later: a talk at 15:00 in September is followed
 * up at 15:00 in November, not at 14:00 because the clocks went back in between.
 */
export function addDaysKeepingWallClock(
  instant: string,
  days: number,
  timeZone: string = SCHOOL_TIME_ZONE,
): string {
  const millis = toMillis(instant);
  const w = wallClock(millis, timeZone);
  const naive = Date.UTC(w.year, w.month - 1, w.day + days, w.hour, w.minute, w.second, millis % 1000);
  let result = naive - offsetMillis(naive, timeZone);
  // The offset at the guess can differ from the offset at the answer near a clock change.
  result = naive - offsetMillis(result, timeZone);
  return new Date(result).toISOString();
}

/** The school's calendar date (YYYY-MM-DD) at an instant. */
export function schoolDate(millis: number, timeZone: string = SCHOOL_TIME_ZONE): string {
  const w = wallClock(millis, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/**
 * Today in the school's calendar. Code that runs outside the school's browser (the demo seed on
 * a server or CI machine in UTC) uses this, not the process's local date: between 23:00 and
 * midnight UTC the two differ by a day.
 */
export function schoolToday(now: Date = new Date()): string {
  return schoolDate(now.getTime());
}
