/**
 * Graph's recurrence (patternedRecurrence: a recurrencePattern and a recurrenceRange) and the
 * dates it stands for. Pure date arithmetic on calendar dates ("YYYY-MM-DD", the dates in the
 * range's recurrenceTimeZone); the time of day comes from the event's start. Used by the local
 * server to expand series in calendarView and by the app to show a series' dates before it is
 * planned, so both read a pattern the same way.
 *
 * Rules as Graph documents them:
 * - daily: every `interval` days;
 * - weekly: every `interval` weeks on `daysOfWeek`; weeks start on `firstDayOfWeek` (default
 *   sunday) and the first week is the one holding the range's startDate;
 * - absoluteMonthly: day `dayOfMonth` every `interval` months (a shorter month: its last day);
 * - relativeMonthly: the `index` (first…fourth, last) `daysOfWeek` every `interval` months;
 * - absoluteYearly / relativeYearly: the same within `month`, every `interval` years.
 * The range ends after `numberOfOccurrences` (numbered), on `endDate` (endDate), or never (noEnd).
 * Occurrences before the range's startDate are not part of the series.
 */
export const DAYS_OF_WEEK = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
export const WEEK_INDEXES = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekIndex = (typeof WEEK_INDEXES)[number];
export const PATTERN_TYPES = ['daily', 'weekly', 'absoluteMonthly', 'relativeMonthly', 'absoluteYearly', 'relativeYearly'] as const;
export type PatternType = (typeof PATTERN_TYPES)[number];
export const RANGE_TYPES = ['endDate', 'noEnd', 'numbered'] as const;
export type RangeType = (typeof RANGE_TYPES)[number];

export interface RecurrencePattern {
  type: PatternType;
  interval: number;
  month?: number;
  dayOfMonth?: number;
  daysOfWeek?: DayOfWeek[];
  firstDayOfWeek?: DayOfWeek;
  index?: WeekIndex;
}

export interface RecurrenceRange {
  type: RangeType;
  startDate: string;
  endDate?: string;
  recurrenceTimeZone?: string;
  numberOfOccurrences?: number;
}

export interface Recurrence {
  pattern: RecurrencePattern;
  range: RecurrenceRange;
}

const DAY_MS = 86_400_000;
/** Upper bound on dates produced, so a "noEnd" series over a long window stays cheap. */
export const MAX_OCCURRENCES = 999;

const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekday = (day: number): number => (day + 4) % 7; // 1970-01-01 was a Thursday
const daysInMonth = (year: number, month0: number): number => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
const dayOf = (year: number, month0: number, date: number): number => Date.UTC(year, month0, date) / DAY_MS;

/** The `index` occurrence of `dow` in a month (last: the last one). */
function nthWeekday(year: number, month0: number, dow: number, index: WeekIndex): number {
  if (index === 'last') {
    const last = dayOf(year, month0, daysInMonth(year, month0));
    return last - ((weekday(last) - dow + 7) % 7);
  }
  const first = dayOf(year, month0, 1);
  return first + ((dow - weekday(first) + 7) % 7) + 7 * WEEK_INDEXES.indexOf(index);
}

/** Candidate dates of one period (a day, week, month or year) of the pattern, in order. */
function* periods(p: RecurrencePattern, start: number): Generator<number[]> {
  const interval = Math.max(1, Math.trunc(p.interval));
  const days = (p.daysOfWeek ?? []).map((d) => DAYS_OF_WEEK.indexOf(d)).filter((d) => d >= 0);
  const startDate = new Date(start * DAY_MS);
  const [year, month0] = [startDate.getUTCFullYear(), startDate.getUTCMonth()];
  for (let k = 0; ; k += 1) {
    switch (p.type) {
      case 'daily':
        yield [start + k * interval];
        break;
      case 'weekly': {
        const firstDow = DAYS_OF_WEEK.indexOf(p.firstDayOfWeek ?? 'sunday');
        const weekStart = start - ((weekday(start) - firstDow + 7) % 7) + 7 * k * interval;
        yield days.map((d) => weekStart + ((d - firstDow + 7) % 7)).sort((a, b) => a - b);
        break;
      }
      case 'absoluteMonthly':
      case 'relativeMonthly': {
        const m = month0 + k * interval;
        const [y, mm] = [year + Math.floor(m / 12), ((m % 12) + 12) % 12];
        yield monthDates(p, y, mm, days);
        break;
      }
      case 'absoluteYearly':
      case 'relativeYearly': {
        const y = year + k * interval;
        yield monthDates(p, y, (p.month ?? month0 + 1) - 1, days);
        break;
      }
    }
  }
}

function monthDates(p: RecurrencePattern, year: number, month0: number, days: number[]): number[] {
  if (p.type === 'absoluteMonthly' || p.type === 'absoluteYearly') {
    return [dayOf(year, month0, Math.min(p.dayOfMonth ?? 1, daysInMonth(year, month0)))];
  }
  return days.map((d) => nthWeekday(year, month0, d, p.index ?? 'first')).sort((a, b) => a - b);
}

/**
 * The dates of the series, oldest first: from the range's start to its end, and never after
 * `until` (needed for noEnd), at most MAX_OCCURRENCES.
 */
export function occurrenceDates(recurrence: Recurrence, until?: string): string[] {
  const { pattern, range } = recurrence;
  const start = toDay(range.startDate);
  if (Number.isNaN(start)) return [];
  const end = Math.min(
    range.type === 'endDate' && range.endDate ? toDay(range.endDate) : Infinity,
    until ? toDay(until) : Infinity,
  );
  const count = range.type === 'numbered' ? Math.min(range.numberOfOccurrences ?? 0, MAX_OCCURRENCES) : MAX_OCCURRENCES;
  if (!Number.isFinite(end) && range.type !== 'numbered') return [];
  const out: string[] = [];
  let empty = 0;
  for (const candidates of periods(pattern, start)) {
    if (!candidates.length && ++empty > 24) break; // a pattern that never matches
    for (const day of candidates) {
      if (day < start) continue;
      if (day > end || out.length >= count) return out;
      out.push(fromDay(day));
    }
    if (candidates.length && candidates[0]! > end) return out;
  }
  return out;
}

/** The weekday of an ISO date, in Graph's names. */
export function dayOfWeekOf(date: string): DayOfWeek {
  return DAYS_OF_WEEK[weekday(toDay(date))]!;
}

/** Which of the month's weekdays a date is: the 2nd Tuesday; from the 29th on, the last one. */
export function weekIndexOf(date: string): WeekIndex {
  const nth = Math.floor((new Date(toDay(date) * DAY_MS).getUTCDate() - 1) / 7);
  return nth >= 4 ? 'last' : WEEK_INDEXES[nth]!;
}
