import { monthsOf, schoolYearOf, type SchoolYear } from '../schoolYear';

/**
 * The periods the dashboard filters on: a school year or one of its three terms. Holiday
 * dates differ per region (noord, midden, zuid) and per year, so terms follow whole months:
 * August–November, December–March, April–July, four months each, around the usual report
 * moments before Christmas, in early spring and before the summer.
 */
export type Term = 1 | 2 | 3;
export const TERMS: readonly Term[] = [1, 2, 3];
const MONTHS_PER_TERM = 4;

export type Period =
  | { kind: 'schoolYear'; schoolYear: SchoolYear }
  | { kind: 'term'; schoolYear: SchoolYear; term: Term };

/** Inclusive ISO calendar dates. */
export interface DateRange {
  from: string;
  to: string;
}

export function rangeOf(period: Period): DateRange {
  const months = monthsOf(period.schoolYear);
  const first = period.kind === 'term' ? (period.term - 1) * MONTHS_PER_TERM : 0;
  const last = period.kind === 'term' ? first + MONTHS_PER_TERM - 1 : months.length - 1;
  return { from: `${months[first]}-01`, to: lastDayOf(months[last] as string) };
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The term a date falls in. */
export function termOf(isoDate: string): Term {
  const month = Number(isoDate.slice(5, 7));
  const fromAugust = (month + 4) % 12; // August → 0, July → 11
  return (Math.floor(fromAugust / MONTHS_PER_TERM) + 1) as Term;
}

/** The period filter's choices for a school year: the whole year, then its terms. */
export function periodsOf(schoolYear: SchoolYear): Period[] {
  return [
    { kind: 'schoolYear', schoolYear },
    ...TERMS.map((term): Period => ({ kind: 'term', schoolYear, term })),
  ];
}

/** The term around a date, e.g. to open the dashboard on the current term. */
export function periodAround(isoDate: string): Period {
  return { kind: 'term', schoolYear: schoolYearOf(isoDate), term: termOf(isoDate) };
}

/** Whether an ISO date (or the date part of a timestamp) lies in the range; no range means all time. */
export function inRange(isoDate: string, range: DateRange | null): boolean {
  if (!range) return true;
  const day = isoDate.slice(0, 10);
  return day >= range.from && day <= range.to;
}
