/**
 * An event's `recurrence` (Graph's patternedRecurrence) as the server reads it, and the
 * occurrences of a series master. The date rules are the domain's (src/domain/recurrence.ts),
 * shared with the app, so the server and the app read a pattern alike.
 *
 * Checked as Exchange checks them: the pattern's type and interval (≥ 1); weekly and relative
 * patterns need daysOfWeek; absolute ones dayOfMonth 1–31; yearly ones month 1–12; relative ones
 * an index; the range's type and startDate; endDate (not before startDate) for an endDate
 * range; numberOfOccurrences 1–999 for a numbered one. Wrong types answer RequestBodyRead,
 * wrong values ErrorPropertyValidationFailure.
 */
import {
  DAYS_OF_WEEK,
  type DayOfWeek,
  MAX_OCCURRENCES,
  occurrenceDates,
  PATTERN_TYPES,
  RANGE_TYPES,
  type Recurrence,
  WEEK_INDEXES,
} from '../../domain/recurrence';
import { checkProperties, invalidValue, propertyValidationFailure } from './outlook';
import { ianaZone, timeZoneNotSupported, toInstant } from './eventTime';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PATTERN_PROPERTIES = new Set(['type', 'interval', 'month', 'dayOfMonth', 'daysOfWeek', 'firstDayOfWeek', 'index']);
const RANGE_PROPERTIES = new Set(['type', 'startDate', 'endDate', 'recurrenceTimeZone', 'numberOfOccurrences']);

function object(value: unknown, property: string, type: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidValue(property, type);
  return value as Record<string, unknown>;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], property: string): T {
  const found = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
  if (!found) throw invalidValue(property, 'Edm.String');
  return found;
}

function int(value: unknown, property: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalidValue(property, 'Edm.Int32');
  if (value < min || value > max) throw propertyValidationFailure();
  return value;
}

function date(value: unknown, property: string): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw invalidValue(property, 'Edm.Date');
  return value;
}

/** The recurrence of a create or update body; null clears it (the event becomes a single instance). */
export function readRecurrence(value: unknown): Recurrence | null {
  if (value === null) return null;
  const input = object(value, 'recurrence', 'microsoft.graph.patternedRecurrence');
  checkProperties(input, new Set(['pattern', 'range']), 'patternedRecurrence');
  const p = object(input.pattern, 'recurrence.pattern', 'microsoft.graph.recurrencePattern');
  const r = object(input.range, 'recurrence.range', 'microsoft.graph.recurrenceRange');
  checkProperties(p, PATTERN_PROPERTIES, 'recurrencePattern');
  checkProperties(r, RANGE_PROPERTIES, 'recurrenceRange');

  const type = oneOf(p.type, PATTERN_TYPES, 'pattern.type');
  const pattern: Recurrence['pattern'] = { type, interval: int(p.interval, 'pattern.interval', 1, 99) };
  const days = p.daysOfWeek === undefined || p.daysOfWeek === null ? [] : p.daysOfWeek;
  if (!Array.isArray(days)) throw invalidValue('pattern.daysOfWeek', 'Collection(microsoft.graph.dayOfWeek)');
  const daysOfWeek = [...new Set(days.map((d) => oneOf(d, DAYS_OF_WEEK, 'pattern.daysOfWeek')))] as DayOfWeek[];
  const relative = type === 'relativeMonthly' || type === 'relativeYearly';
  if ((type === 'weekly' || relative) && !daysOfWeek.length) throw propertyValidationFailure();
  if (daysOfWeek.length) pattern.daysOfWeek = daysOfWeek;
  if (p.firstDayOfWeek !== undefined && p.firstDayOfWeek !== null) pattern.firstDayOfWeek = oneOf(p.firstDayOfWeek, DAYS_OF_WEEK, 'pattern.firstDayOfWeek');
  else if (type === 'weekly') pattern.firstDayOfWeek = 'sunday';
  if (type === 'absoluteMonthly' || type === 'absoluteYearly') pattern.dayOfMonth = int(p.dayOfMonth, 'pattern.dayOfMonth', 1, 31);
  if (type === 'absoluteYearly' || type === 'relativeYearly') pattern.month = int(p.month, 'pattern.month', 1, 12);
  if (relative) pattern.index = p.index === undefined || p.index === null ? 'first' : oneOf(p.index, WEEK_INDEXES, 'pattern.index');

  const rangeType = oneOf(r.type, RANGE_TYPES, 'range.type');
  const range: Recurrence['range'] = { type: rangeType, startDate: date(r.startDate, 'range.startDate') };
  if (rangeType === 'endDate') {
    range.endDate = date(r.endDate, 'range.endDate');
    if (range.endDate < range.startDate) throw propertyValidationFailure();
  }
  if (rangeType === 'numbered') range.numberOfOccurrences = int(r.numberOfOccurrences, 'range.numberOfOccurrences', 1, MAX_OCCURRENCES);
  if (r.recurrenceTimeZone !== undefined && r.recurrenceTimeZone !== null) {
    if (typeof r.recurrenceTimeZone !== 'string') throw invalidValue('range.recurrenceTimeZone', 'Edm.String');
    if (!ianaZone(r.recurrenceTimeZone)) throw timeZoneNotSupported(r.recurrenceTimeZone);
    range.recurrenceTimeZone = r.recurrenceTimeZone;
  }
  return { pattern, range };
}

/** Graph's answer shape: every property present, unused ones at their defaults. */
export function recurrenceJson(recurrence: Recurrence, startZoneName: string): Record<string, unknown> {
  const { pattern: p, range: r } = recurrence;
  return {
    pattern: {
      type: p.type,
      interval: p.interval,
      month: p.month ?? 0,
      dayOfMonth: p.dayOfMonth ?? 0,
      ...(p.daysOfWeek ? { daysOfWeek: p.daysOfWeek } : {}),
      firstDayOfWeek: p.firstDayOfWeek ?? 'sunday',
      index: p.index ?? 'first',
    },
    range: {
      type: r.type,
      startDate: r.startDate,
      endDate: r.endDate ?? '0001-01-01',
      recurrenceTimeZone: r.recurrenceTimeZone ?? startZoneName,
      numberOfOccurrences: r.numberOfOccurrences ?? 0,
    },
  };
}

export interface Occurrence {
  /** Calendar date of the occurrence in the series' zone. */
  date: string;
  startMs: number;
  endMs: number;
}

/**
 * The occurrences of a series overlapping [fromMs, toMs): each on its date at the master's
 * wall-clock start time in the master's start zone, lasting as long as the master.
 */
export function occurrencesIn(
  recurrence: Recurrence,
  master: { start: { dateTime: string; timeZone: string }; startMs: number; endMs: number },
  fromMs: number,
  toMs: number,
): Occurrence[] {
  const zone = ianaZone(master.start.timeZone) ?? 'UTC';
  const time = master.start.dateTime.slice(10) || 'T00:00:00';
  const length = master.endMs - master.startMs;
  // Dates up to a day past the window cover any zone's offset.
  const until = new Date(toMs + 86_400_000).toISOString().slice(0, 10);
  const out: Occurrence[] = [];
  for (const d of occurrenceDates(recurrence, until)) {
    const startMs = toInstant(`${d}${time}`, zone);
    if (startMs === null) continue;
    const endMs = startMs + length;
    if (startMs < toMs && endMs > fromMs) out.push({ date: d, startMs, endMs });
  }
  return out;
}
