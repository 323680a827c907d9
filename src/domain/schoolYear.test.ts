import { isoToday, monthsOf, schoolYearOf, shiftSchoolYear, startYearOf } from './schoolYear';

describe('school years run August to July', () => {
  it.each([
    ['2026-08-01', '2026-2027'],
    ['2026-07-31', '2025-2026'],
    ['2027-01-15T10:00:00Z', '2026-2027'],
    ['2026-12-31', '2026-2027'],
  ])('%s belongs to %s', (date, year) => {
    expect(schoolYearOf(date)).toBe(year);
  });

  it('lists the twelve months from August', () => {
    const months = monthsOf('2026-2027');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-08');
    expect(months[4]).toBe('2026-12');
    expect(months[5]).toBe('2027-01');
    expect(months[11]).toBe('2027-07');
  });

  it('shifts school years', () => {
    expect(shiftSchoolYear('2026-2027', -1)).toBe('2025-2026');
    expect(shiftSchoolYear('2026-2027', 2)).toBe('2028-2029');
  });

  it('refuses what is not a school year', () => {
    expect(() => startYearOf('2026-2028' as never)).toThrow(RangeError);
    expect(() => schoolYearOf('14-09-2026')).toThrow(RangeError);
  });

  it('gives today as a local calendar date', () => {
    expect(isoToday(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
  });
});
