import type { StepRecord } from './goals';
import type { Meeting } from './meetings';
import type { StepNumber } from './steps';
import { nextMeetingSuggestion, STEP_BLOCKS, timelineCounts } from './timeline';

const meeting = (over: Partial<Meeting>): Meeting => ({
  id: over.id ?? 'm',
  cycleId: 'c1',
  type: 'veranderteam',
  title: 'Bijeenkomst',
  date: '2026-09-14',
  purpose: '',
  stepsCovered: [],
  minutes: '',
  status: 'held',
  ...over,
});
const done = (steps: StepNumber[], round = 1): StepRecord[] =>
  steps.map((step) => ({ id: `r${round}-${step}`, cycleId: 'c1', round, step, date: '2026-09-14', items: [], notes: '' }));
const cycle = { id: 'c1', round: 1 };

describe('timelineCounts', () => {
  it('counts planned, held, cancelled and unrecorded per school year and month', () => {
    const years = timelineCounts(
      [
        meeting({ id: 'may', date: '2026-05-12' }),
        meeting({ id: 'sep', date: '2026-09-14' }),
        meeting({ id: 'sep-off', date: '2026-09-28', status: 'cancelled' }),
        meeting({ id: 'oct', date: '2026-10-12', status: 'planned' }),
        meeting({ id: 'nov', date: '2026-11-09', status: 'planned' }),
        meeting({ id: 'else', date: '2026-11-09', cycleId: 'c0' }),
      ],
      'c1',
      '2026-11-01',
    );
    expect(years.map((y) => y.schoolYear)).toEqual(['2025-2026', '2026-2027']);
    const year = years[1]!;
    expect([year.figures.planned.count, year.figures.held.count, year.figures.cancelled.count, year.figures.notRecorded.count]).toEqual([3, 1, 1, 1]);
    expect(year.months.map((m) => [m.month, m.figures.planned.ids, m.figures.held.count])).toEqual([
      ['2026-09', ['sep'], 1],
      ['2026-10', ['oct'], 0],
      ['2026-11', ['nov'], 0],
    ]);
    expect(year.months[1]!.figures.notRecorded.ids).toEqual(['oct']);
  });
});

describe('nextMeetingSuggestion', () => {
  it('follows the model timeline’s rhythm of steps', () => {
    expect(STEP_BLOCKS.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('starts with the dream two weeks ahead when nothing is planned', () => {
    expect(nextMeetingSuggestion(cycle, [], [], '2026-09-01')).toEqual({
      date: '2026-09-15',
      type: 'veranderteam',
      round: 1,
      steps: [1],
    });
  });

  it('plans four weeks after the last meeting, the whole team after the change team', () => {
    const meetings = [meeting({ id: 'vt1', date: '2026-09-14', stepsCovered: [1] })];
    expect(nextMeetingSuggestion(cycle, meetings, done([1]), '2026-09-20')).toEqual({
      date: '2026-10-12',
      type: 'team',
      round: 1,
      steps: [2, 3, 4],
    });
  });

  it('skips steps already on a coming meeting and cancelled meetings', () => {
    const meetings = [
      meeting({ id: 'vt1', date: '2026-09-14', stepsCovered: [1] }),
      meeting({ id: 'tb1', type: 'team', date: '2026-10-12', status: 'planned', stepsCovered: [2, 3, 4] }),
      meeting({ id: 'off', date: '2026-10-26', status: 'cancelled', stepsCovered: [5] }),
    ];
    expect(nextMeetingSuggestion(cycle, meetings, done([1]), '2026-09-20')).toEqual({
      date: '2026-11-09',
      type: 'veranderteam',
      round: 1,
      steps: [5],
    });
  });

  it('finishes a block that was half done', () => {
    expect(nextMeetingSuggestion(cycle, [], done([1, 2]), '2026-09-01').steps).toEqual([3, 4]);
  });

  it('moves on to the next round once the round is complete', () => {
    const all = done([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(nextMeetingSuggestion(cycle, [], all, '2027-01-20')).toMatchObject({ round: 2, steps: [2, 3, 4] });
    expect(nextMeetingSuggestion({ id: 'c1', round: 2 }, [], [...all, ...done([2, 3], 2)], '2027-02-01')).toMatchObject({
      round: 2,
      steps: [4],
    });
  });

  it('gives a week’s notice after a long pause and never lands in a weekend', () => {
    const old = [meeting({ id: 'old', date: '2026-01-12' })];
    expect(nextMeetingSuggestion(cycle, old, [], '2026-09-01').date).toBe('2026-09-08');
    expect(nextMeetingSuggestion(cycle, [], [], '2026-09-05').date).toBe('2026-09-21'); // Sat + 14 → Mon
    expect(nextMeetingSuggestion(cycle, [], [], '2026-09-06').date).toBe('2026-09-21'); // Sun + 14 → Mon
  });

  it('suggests no steps when every open step is already planned', () => {
    const meetings = [
      meeting({ id: 'p', date: '2026-10-01', status: 'planned', stepsCovered: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }),
    ];
    expect(nextMeetingSuggestion(cycle, meetings, [], '2026-09-20').steps).toEqual([]);
  });
});
