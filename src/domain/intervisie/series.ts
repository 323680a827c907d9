import { escapeHtml } from '../text';
import { type FieldError, isIsoDate, type Validated } from '../validation';
import { dayOfWeekOf, occurrenceDates, type Recurrence, weekIndexOf } from '../recurrence';

/**
 * The recurring Teams meeting of an intervisie group: a first date and time, how long, how
 * often (every 1–4 weeks, or monthly on the same weekday: "the second Tuesday"), and how many
 * sessions. It becomes one Graph event with a recurrence (a series master), so every member
 * gets the whole series in their calendar at once.
 */
export type SeriesFrequency = { kind: 'weeks'; interval: number } | { kind: 'monthly' };

export interface SeriesDraft {
  /** ISO date of the first session. */
  firstDate: string;
  /** "HH:mm", local time of the school. */
  startTime: string;
  minutes: number;
  frequency: SeriesFrequency;
  /** How many sessions the series has. */
  count: number;
}

export const SERIES_MINUTES = { min: 30, max: 240 } as const;
export const SERIES_COUNT = { min: 2, max: 30 } as const;
export const SERIES_WEEKS = { min: 1, max: 4 } as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const inRange = (n: number, r: { min: number; max: number }) => Number.isInteger(n) && n >= r.min && n <= r.max;

/** A series starts today or later, at a clock time, 30–240 minutes, 2–30 sessions, every 1–4 weeks or monthly. */
export function validateSeries(draft: SeriesDraft, today: string): Validated<SeriesDraft> {
  const errors: FieldError[] = [];
  if (!isIsoDate(draft.firstDate)) errors.push({ field: 'firstDate', code: 'invalidDate' });
  else if (draft.firstDate < today) errors.push({ field: 'firstDate', code: 'dateOrder', params: { after: today } });
  if (!TIME.test(draft.startTime)) errors.push({ field: 'startTime', code: 'invalidChoice' });
  if (!inRange(draft.minutes, SERIES_MINUTES)) errors.push({ field: 'minutes', code: 'outOfRange', params: { ...SERIES_MINUTES } });
  if (!inRange(draft.count, SERIES_COUNT)) errors.push({ field: 'count', code: 'outOfRange', params: { ...SERIES_COUNT } });
  const f = draft.frequency;
  if (f.kind === 'weeks' ? !inRange(f.interval, SERIES_WEEKS) : f.kind !== 'monthly') {
    errors.push({ field: 'frequency', code: 'invalidChoice' });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: draft };
}

/** Graph's patternedRecurrence for the series, its dates in `timeZone`. */
export function recurrenceOf(draft: SeriesDraft, timeZone: string): Recurrence {
  const day = dayOfWeekOf(draft.firstDate);
  const pattern: Recurrence['pattern'] =
    draft.frequency.kind === 'weeks'
      ? { type: 'weekly', interval: draft.frequency.interval, daysOfWeek: [day], firstDayOfWeek: 'monday' }
      : { type: 'relativeMonthly', interval: 1, daysOfWeek: [day], index: weekIndexOf(draft.firstDate) };
  return {
    pattern,
    range: { type: 'numbered', startDate: draft.firstDate, numberOfOccurrences: draft.count, recurrenceTimeZone: timeZone },
  };
}

/** The dates of the sessions, as the calendar will have them. */
export function seriesDates(draft: SeriesDraft): string[] {
  return occurrenceDates(recurrenceOf(draft, 'UTC'));
}

export interface SeriesInvite {
  groupName: string;
  memberNames: readonly string[];
  methodName: string;
  texts: { intro: string; members: string; method: string; confidential: string };
}

/** The invite body: what the series is for, who is in the group, the method; every value escaped. */
export function seriesInviteHtml(invite: SeriesInvite): string {
  const { texts } = invite;
  return [
    `<p>${escapeHtml(texts.intro)} <strong>${escapeHtml(invite.groupName)}</strong></p>`,
    `<p>${escapeHtml(texts.members)}</p>`,
    `<ul>${invite.memberNames.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`,
    `<p>${escapeHtml(texts.method)} ${escapeHtml(invite.methodName)}</p>`,
    `<p><em>${escapeHtml(texts.confidential)}</em></p>`,
  ].join('');
}
