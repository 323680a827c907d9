import { SCHOOL_TIME_ZONE } from './time';

/**
 * Dates and times as parents read them, in the school's time zone whatever the server's zone.
 * Plain strings: callers escape them like any other text.
 */
export function formatTalkDate(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: SCHOOL_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}

export function formatTime(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: SCHOOL_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** A calendar date ("2026-10-12") as "12 oktober 2026"; no time zone can move it a day. */
export function formatCalendarDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Fatma en Mehmet" / "Fatma and Mehmet". */
export function formatNames(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
