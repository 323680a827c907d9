import type { ChangeCycle } from '../cycles';
import type { StepRecord } from '../guidedPath';
import type { Meeting } from '../meetings';
import { cycleProgress, timelineFigures } from './progress';

const cycle: ChangeCycle = {
  id: 'c1',
  title: 'Samen met ouders',
  dream: 'Ouders en school trekken samen op.',
  schoolYear: '2026-2027',
  status: 'active',
  coachUpn: 'ib@school.nl',
  memberUpns: [],
  round: 1,
  stepsDone: [1, 2],
};

const record = (step: 1 | 2 | 3, meetingId: string, cycleId = 'c1'): StepRecord => ({
  id: `${cycleId}-${step}`,
  cycleId,
  step,
  round: 1,
  date: '2026-09-14',
  meetingId,
  items: [],
  notes: '',
});

const meeting = (id: string, date: string, status: Meeting['status'], over: Partial<Meeting> = {}): Meeting => ({
  id,
  cycleId: 'c1',
  type: 'veranderteam',
  title: id,
  date,
  purpose: '',
  stepsCovered: [],
  minutes: '',
  status,
  ...over,
});

describe('cycleProgress', () => {
  it('names the current step and the meeting each done step was done in', () => {
    const progress = cycleProgress(cycle, [record(1, 'm1'), record(2, 'm2'), record(3, 'other', 'c9')]);
    expect(progress.current).toBe(3);
    expect(progress.steps.slice(0, 3).map((s) => [s.step, s.state, s.meetingId])).toEqual([
      [1, 'done', 'm1'],
      [2, 'done', 'm2'],
      [3, 'current', undefined],
    ]);
  });
});

describe('timelineFigures', () => {
  const range = { from: '2026-08-01', to: '2026-11-30' };
  const meetings = [
    meeting('held1', '2026-09-14', 'held', { score: 4 }),
    meeting('held2', '2026-10-12', 'held', { score: 5.5 }),
    meeting('skipped', '2026-11-02', 'planned'),
    meeting('coming', '2026-11-23', 'planned'),
    meeting('off', '2026-10-01', 'cancelled'),
    meeting('later', '2027-01-11', 'held', { score: 7 }),
    meeting('otherCycle', '2026-09-20', 'held', { cycleId: 'c2', score: 1 }),
  ];

  it('counts held against planned in the period, with the ids behind each number', () => {
    const { meetings: f } = timelineFigures(meetings, 'c1', range, '2026-11-10');
    expect(f.planned).toEqual({ count: 4, ids: ['held1', 'held2', 'skipped', 'coming'] });
    expect(f.held).toEqual({ count: 2, ids: ['held1', 'held2'] });
    expect(f.cancelled.ids).toEqual(['off']);
    expect(f.notRecorded.ids).toEqual(['skipped']);
  });

  it('draws the score trend from the held meetings of the period', () => {
    const { scoreTrend } = timelineFigures(meetings, 'c1', range, '2026-11-10');
    expect(scoreTrend.map((p) => [p.meetingId, p.score])).toEqual([
      ['held1', 4],
      ['held2', 5.5],
    ]);
    expect(timelineFigures(meetings, 'c1', null, '2027-02-01').scoreTrend).toHaveLength(3);
  });
});
