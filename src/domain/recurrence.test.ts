import { dayOfWeekOf, occurrenceDates, weekIndexOf } from './recurrence';

describe('occurrenceDates', () => {
  it('weekly on one day, every other week, numbered', () => {
    expect(
      occurrenceDates({
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'] },
        range: { type: 'numbered', startDate: '2026-11-24', numberOfOccurrences: 4 },
      }),
    ).toEqual(['2026-11-24', '2026-12-08', '2026-12-22', '2027-01-05']);
  });

  it('weekly on several days, skipping days before the start, ending on a date', () => {
    expect(
      occurrenceDates({
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'thursday'], firstDayOfWeek: 'monday' },
        range: { type: 'endDate', startDate: '2026-11-26', endDate: '2026-12-07' },
      }),
    ).toEqual(['2026-11-26', '2026-11-30', '2026-12-03', '2026-12-07']);
  });

  it('absoluteMonthly on the 31st falls on the last day of shorter months', () => {
    expect(
      occurrenceDates({
        pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
        range: { type: 'numbered', startDate: '2027-01-31', numberOfOccurrences: 3 },
      }),
    ).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });

  it('relativeMonthly: the second Tuesday, and the last Friday', () => {
    expect(
      occurrenceDates({
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' },
        range: { type: 'numbered', startDate: '2026-11-01', numberOfOccurrences: 3 },
      }),
    ).toEqual(['2026-11-10', '2026-12-08', '2027-01-12']);
    expect(
      occurrenceDates({
        pattern: { type: 'relativeMonthly', interval: 2, daysOfWeek: ['friday'], index: 'last' },
        range: { type: 'endDate', startDate: '2026-11-01', endDate: '2027-03-31' },
      }),
    ).toEqual(['2026-11-27', '2027-01-29', '2027-03-26']);
  });

  it('daily and yearly patterns', () => {
    expect(
      occurrenceDates({ pattern: { type: 'daily', interval: 3 }, range: { type: 'numbered', startDate: '2026-12-30', numberOfOccurrences: 3 } }),
    ).toEqual(['2026-12-30', '2027-01-02', '2027-01-05']);
    expect(
      occurrenceDates({
        pattern: { type: 'absoluteYearly', interval: 1, month: 2, dayOfMonth: 29 },
        range: { type: 'numbered', startDate: '2027-01-01', numberOfOccurrences: 2 },
      }),
    ).toEqual(['2027-02-28', '2028-02-29']);
    expect(
      occurrenceDates({
        pattern: { type: 'relativeYearly', interval: 1, month: 6, daysOfWeek: ['monday'], index: 'first' },
        range: { type: 'numbered', startDate: '2027-01-01', numberOfOccurrences: 1 },
      }),
    ).toEqual(['2027-06-07']);
  });

  it('a series without an end stops at `until`, and yields nothing without one', () => {
    const weekly = { pattern: { type: 'weekly' as const, interval: 1, daysOfWeek: ['monday' as const] }, range: { type: 'noEnd' as const, startDate: '2026-11-23' } };
    expect(occurrenceDates(weekly, '2026-12-07')).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(occurrenceDates(weekly)).toEqual([]);
  });

  it('a weekly pattern without days yields nothing (and ends)', () => {
    expect(occurrenceDates({ pattern: { type: 'weekly', interval: 1, daysOfWeek: [] }, range: { type: 'numbered', startDate: '2026-11-23', numberOfOccurrences: 5 } })).toEqual([]);
  });
});

describe('weekday helpers', () => {
  it('name the weekday and its place in the month', () => {
    expect(dayOfWeekOf('2026-11-24')).toBe('tuesday');
    expect(weekIndexOf('2026-11-10')).toBe('second');
    expect(weekIndexOf('2026-11-24')).toBe('fourth');
    expect(weekIndexOf('2026-12-29')).toBe('last');
  });
});
