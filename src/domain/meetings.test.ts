import { groupTimeline, isValidScore, type Meeting, scoreTrend, validateMeeting } from './meetings';

const meeting = (over: Partial<Meeting>): Meeting => ({
  id: over.id ?? 'm',
  cycleId: 'c1',
  type: 'veranderteam',
  title: 'Bijeenkomst',
  date: '2026-09-14',
  purpose: '',
  stepsCovered: [],
  minutes: '',
  status: 'planned',
  ...over,
});

describe('scores toward the dream', () => {
  it.each([0, 4.5, 6, 10])('accepts %s', (s) => expect(isValidScore(s)).toBe(true));
  it.each([-1, 10.5, 6.3, Number.NaN, Infinity])('refuses %s', (s) => expect(isValidScore(s)).toBe(false));
});

describe('validateMeeting', () => {
  it('trims text and accepts a valid meeting', () => {
    const result = validateMeeting({ ...meeting({ title: '  Teambijeenkomst 1 ' }), score: 6.5 });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ title: 'Teambijeenkomst 1' }) });
  });

  it('reports every problem at once, by field', () => {
    const result = validateMeeting({ ...meeting({ title: ' ', date: '2026-02-30' }), score: 11 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['title', 'required'],
      ['date', 'invalidDate'],
      ['score', 'outOfRange'],
    ]);
  });

  it('refuses a title over SharePoint’s 255 characters, counting emoji as the server does', () => {
    const result = validateMeeting(meeting({ title: '🙂'.repeat(128) }));
    expect(result.ok).toBe(false);
  });
});

describe('groupTimeline', () => {
  it('groups by school year and month, in order', () => {
    const years = groupTimeline([
      meeting({ id: 'b', date: '2027-01-20' }),
      meeting({ id: 'a', date: '2026-09-14' }),
      meeting({ id: 'p', date: '2026-05-10' }),
      meeting({ id: 'c', date: '2027-01-05' }),
    ]);
    expect(years.map((y) => y.schoolYear)).toEqual(['2025-2026', '2026-2027']);
    expect(years[1]!.months.map((m) => [m.month, m.meetings.map((x) => x.id)])).toEqual([
      ['2026-09', ['a']],
      ['2027-01', ['c', 'b']],
    ]);
  });

  it('is empty for no meetings', () => expect(groupTimeline([])).toEqual([]));
});

describe('scoreTrend', () => {
  it('takes held meetings with a score, by date', () => {
    const trend = scoreTrend([
      meeting({ id: 'late', date: '2026-12-01', status: 'held', score: 6.5 }),
      meeting({ id: 'early', date: '2026-10-01', status: 'held', score: 6 }),
      meeting({ id: 'planned', date: '2027-01-01', status: 'planned', score: 9 }),
      meeting({ id: 'noscore', date: '2026-11-01', status: 'held' }),
    ]);
    expect(trend.map((p) => [p.meetingId, p.score])).toEqual([
      ['early', 6],
      ['late', 6.5],
    ]);
  });
});
