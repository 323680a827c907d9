/**
 * Dutch school years run from August to July. A school year is written "2026-2027".
 * Dates in the domain are ISO calendar dates ("2026-09-14") unless a time matters.
 */
export type SchoolYear = `${number}-${number}`;

const FIRST_MONTH = 8; // August

export function schoolYearOf(isoDate: string): SchoolYear {
  const [y, m] = parseYearMonth(isoDate);
  const start = m >= FIRST_MONTH ? y : y - 1;
  return `${start}-${start + 1}`;
}

export function startYearOf(year: SchoolYear): number {
  const start = Number(year.slice(0, 4));
  if (!/^\d{4}-\d{4}$/.test(year) || Number(year.slice(5)) !== start + 1) {
    throw new RangeError(`not a school year: ${year}`);
  }
  return start;
}

/** The twelve months of a school year as "YYYY-MM", August first. */
export function monthsOf(year: SchoolYear): string[] {
  const start = startYearOf(year);
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((FIRST_MONTH - 1 + i) % 12) + 1;
    const y = month >= FIRST_MONTH ? start : start + 1;
    return `${y}-${String(month).padStart(2, '0')}`;
  });
}

export function shiftSchoolYear(year: SchoolYear, by: number): SchoolYear {
  const start = startYearOf(year) + by;
  return `${start}-${start + 1}`;
}

/** "2026-09-14" or a full ISO timestamp → [2026, 9]. */
export function parseYearMonth(isoDate: string): [number, number] {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  return [Number(match[1]), Number(match[2])];
}

export function monthKey(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** Today's date as an ISO calendar date in local time; the clock is injected so tests control it. */
export function isoToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
