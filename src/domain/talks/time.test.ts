import { addDaysKeepingWallClock, addMinutes, isInstant, minutesBetween, schoolDate, schoolToday } from './time';

describe('isInstant', () => {
  it.each(['2026-10-05T13:00:00.000Z', '2026-10-05T15:00+02:00', '2028-02-29T08:30:00Z'])('accepts %s', (v) =>
    expect(isInstant(v)).toBe(true),
  );
  it.each(['2026-10-05', '2026-10-05T15:00', '2027-02-29T08:30:00Z', '2026-13-01T00:00Z', 'maandag 15:00', ''])(
    'refuses %j',
    (v) => expect(isInstant(v)).toBe(false),
  );
});

describe('instant arithmetic', () => {
  it('adds minutes and measures between instants', () => {
    expect(addMinutes('2026-10-05T13:00:00Z', 45)).toBe('2026-10-05T13:45:00.000Z');
    expect(addMinutes('2026-10-05T13:00:00Z', -15)).toBe('2026-10-05T12:45:00.000Z');
    expect(minutesBetween('2026-10-05T13:00:00Z', '2026-10-05T12:30:00Z')).toBe(-30);
  });
});

describe('addDaysKeepingWallClock', () => {
  it('keeps 15:00 Amsterdam time across the change to winter time', () => {
    // 15:00 CEST on 19 October is 13:00Z; two weeks later it is CET, so 15:00 is 14:00Z.
    expect(addDaysKeepingWallClock('2026-10-19T13:00:00.000Z', 14)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('keeps 09:00 across the change to summer time', () => {
    expect(addDaysKeepingWallClock('2027-03-22T08:00:00.000Z', 7)).toBe('2027-03-29T07:00:00.000Z');
  });

  it('moves whole calendar days across month and leap-day boundaries', () => {
    expect(addDaysKeepingWallClock('2028-02-22T09:00:00.000Z', 7)).toBe('2028-02-29T09:00:00.000Z');
    expect(addDaysKeepingWallClock('2026-12-28T09:00:00.000Z', 7)).toBe('2027-01-04T09:00:00.000Z');
  });
});

describe('schoolDate', () => {
  it('is the Amsterdam calendar date, not the UTC one', () => {
    expect(schoolDate(Date.parse('2026-10-05T22:30:00Z'))).toBe('2026-10-06');
    expect(schoolDate(Date.parse('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(schoolDate(Date.parse('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('schoolToday', () => {
  it('is the school’s date whatever the zone of the machine (23:30 UTC in winter is tomorrow in Amsterdam)', () => {
    expect(schoolToday(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(schoolToday(new Date('2026-12-01T22:59:00Z'))).toBe('2026-12-01');
  });
});
