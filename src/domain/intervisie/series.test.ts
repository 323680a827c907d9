import { recurrenceOf, seriesDates, seriesInviteHtml, type SeriesDraft, validateSeries } from './series';

const draft: SeriesDraft = { firstDate: '2026-11-24', startTime: '15:30', minutes: 90, frequency: { kind: 'weeks', interval: 3 }, count: 4 };

describe('validateSeries', () => {
  it('accepts a series from today on', () => {
    expect(validateSeries(draft, '2026-11-24').ok).toBe(true);
  });
  it('refuses a past start, a bad time, too long, too few and an odd frequency', () => {
    const result = validateSeries(
      { firstDate: '2026-11-20', startTime: '25:00', minutes: 300, frequency: { kind: 'weeks', interval: 6 }, count: 1 },
      '2026-11-23',
    );
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'firstDate:dateOrder',
      'startTime:invalidChoice',
      'minutes:outOfRange',
      'count:outOfRange',
      'frequency:invalidChoice',
    ]);
    expect(validateSeries({ ...draft, firstDate: '24-11-2026' }, '2026-11-23').ok).toBe(false);
  });
});

describe('recurrenceOf and seriesDates', () => {
  it('makes a weekly pattern on the first date’s weekday', () => {
    expect(recurrenceOf(draft, 'W. Europe Standard Time')).toEqual({
      pattern: { type: 'weekly', interval: 3, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
      range: { type: 'numbered', startDate: '2026-11-24', numberOfOccurrences: 4, recurrenceTimeZone: 'W. Europe Standard Time' },
    });
    expect(seriesDates(draft)).toEqual(['2026-11-24', '2026-12-15', '2027-01-05', '2027-01-26']);
  });
  it('makes monthly the same weekday of the month (the second Thursday)', () => {
    const monthly: SeriesDraft = { ...draft, firstDate: '2026-12-10', frequency: { kind: 'monthly' } };
    expect(recurrenceOf(monthly, 'UTC').pattern).toEqual({ type: 'relativeMonthly', interval: 1, daysOfWeek: ['thursday'], index: 'second' });
    expect(seriesDates(monthly)).toEqual(['2026-12-10', '2027-01-14', '2027-02-11', '2027-03-11']);
  });
});

describe('seriesInviteHtml', () => {
  it('escapes every value', () => {
    const html = seriesInviteHtml({
      groupName: '<script>alert(1)</script>',
      memberNames: ['Anna & Bert', '"Carla"'],
      methodName: 'Incident<b>',
      texts: { intro: 'Intervisie van', members: 'Leden:', method: 'Methode:', confidential: 'Blijft <in> de groep' },
    });
    expect(html).not.toMatch(/<script>|<b>|<in>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<li>Anna &amp; Bert</li>');
  });
});
