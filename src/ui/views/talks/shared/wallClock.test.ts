import { schoolInstant, wallClockOf } from './wallClock';

describe('the school wall clock', () => {
  it('turns a date and time in Amsterdam into an instant, summer and winter time alike', () => {
    expect(schoolInstant('2026-10-05', '15:00')).toBe('2026-10-05T13:00:00.000Z');
    expect(schoolInstant('2026-11-16', '15:00')).toBe('2026-11-16T14:00:00.000Z');
    // The night the clocks go back: before 03:00 it is still summer time.
    expect(schoolInstant('2026-10-25', '01:30')).toBe('2026-10-24T23:30:00.000Z');
  });

  it('refuses what is not a date or a time', () => {
    expect(schoolInstant('2026-02-30', '10:00')).toBeNull();
    expect(schoolInstant('2026-10-05', '25:00')).toBeNull();
    expect(schoolInstant('', '10:00')).toBeNull();
    expect(schoolInstant('2026-10-05', '')).toBeNull();
  });

  it('reads an instant back as the form’s fields', () => {
    expect(wallClockOf('2026-10-05T13:00:00.000Z')).toEqual({ date: '2026-10-05', time: '15:00' });
    expect(wallClockOf('2026-12-31T23:30:00.000Z')).toEqual({ date: '2027-01-01', time: '00:30' });
  });
});
