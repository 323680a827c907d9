import { validateCommitment } from '../domain/commitments';
import { validateCycle } from '../domain/cycles';
import { validateGoal } from '../domain/goals';
import { roundProgress } from '../domain/guidedPath';
import { validateMeeting } from '../domain/meetings';
import { schoolYearOf } from '../domain/schoolYear';
import { validateStepRecord } from '../domain/stepCaptures';
import { BOUWEN } from '../domain/people';
import { buildDemoSchool, nthWeekday } from './school';

const november = new Date(2026, 10, 23, 12); // 23 November 2026
const lateSpring = new Date(2027, 4, 1, 12); // 1 May 2027

describe('nthWeekday', () => {
  it('finds the n-th weekday of a month', () => {
    expect(nthWeekday(2026, 9, 2, 2)).toBe('2026-09-08'); // second Tuesday
    expect(nthWeekday(2026, 11, 1, 1)).toBe('2026-11-02'); // first Monday
    expect(() => nthWeekday(2026, 2, 5, 1)).toThrow(RangeError);
  });
});

describe('buildDemoSchool', () => {
  const school = buildDemoSchool(november);

  it('runs the cycle in the current school year with the preparation in the year before', () => {
    expect(school.cycle.schoolYear).toBe('2026-2027');
    const years = new Set(school.meetings.map((m) => schoolYearOf(m.date)));
    expect([...years].sort()).toEqual(['2025-2026', '2026-2027']);
    const swot = school.meetings.find((m) => m.id === 'demo-meeting-swot')!;
    expect(swot.date.startsWith('2025-12')).toBe(true);
    const vt1 = school.meetings.find((m) => m.id === 'demo-meeting-vt1')!;
    expect(vt1.date.startsWith('2026-09')).toBe(true);
  });

  it('marks meetings before today as held with their scores and later ones as planned', () => {
    for (const m of school.meetings) {
      if (m.date < '2026-11-23') {
        expect(m.status).toBe('held');
        expect(m.minutes).not.toBe('');
      } else {
        expect(m.status).toBe('planned');
        expect(m.score).toBeUndefined();
      }
    }
    const scores = school.meetings.filter((m) => m.score !== undefined).map((m) => m.score);
    expect(scores).toEqual([4, 4, 4, 4, 4.5, 5.5, 6, 6]);
  });

  it('covers the steps of figure 7 in order', () => {
    const steps = school.meetings.filter((m) => m.type === 'veranderteam' || m.type === 'team').map((m) => m.stepsCovered.join(','));
    expect(steps).toEqual(expect.arrayContaining(['2,3,4', '5', '6,7,8', '9', '10,11']));
  });

  it('has promises in every bouw, reported ones with every outcome, and one overdue', () => {
    const bouwen = new Set(school.commitments.map((c) => c.bouw));
    expect([...bouwen].sort()).toEqual([...BOUWEN].sort());
    const statuses = new Set(school.commitments.map((c) => c.status));
    expect(statuses).toEqual(new Set(['open', 'kept', 'partlyKept', 'notKept', 'renegotiated']));
    const successor = school.commitments.find((c) => c.renegotiatedFromId);
    expect(school.commitments.find((c) => c.id === successor?.renegotiatedFromId)?.status).toBe('renegotiated');
    expect(school.commitments.some((c) => c.status === 'open' && c.dueDate < '2026-11-23')).toBe(true);
    expect(school.commitments.some((c) => c.supportWanted && !c.supportGivenOn)).toBe(true);
  });

  it('is valid by the domain rules, every item of it', () => {
    expect(validateCycle(school.cycle).ok).toBe(true);
    for (const goal of school.goals) expect(validateGoal(goal)).toMatchObject({ ok: true });
    for (const meeting of school.meetings) expect(validateMeeting(meeting)).toMatchObject({ ok: true });
    for (const c of school.commitments) expect(validateCommitment(c)).toMatchObject({ ok: true });
    for (const r of school.stepRecords) expect(validateStepRecord(r)).toMatchObject({ ok: true });
  });

  it('uses unique, stable keys, the same for every day', () => {
    const ids = [school.cycle, ...school.goals, ...school.meetings, ...school.commitments, ...school.stepRecords].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(64);
    const later = buildDemoSchool(lateSpring);
    expect(later.meetings.map((m) => m.id)).toEqual(school.meetings.map((m) => m.id));
  });

  it('has a record for every step the cycle counts as done, so the planner agrees with it', () => {
    for (const demo of [school, buildDemoSchool(lateSpring)]) {
      const done = roundProgress(demo.stepRecords, demo.cycle.round)
        .filter((p) => p.state === 'done')
        .map((p) => p.step);
      expect(done).toEqual(demo.cycle.stepsDone);
    }
  });

  it('moves into round 2 once the new goals were set', () => {
    expect(school.cycle.round).toBe(1);
    expect(school.cycle.stepsDone).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const spring = buildDemoSchool(lateSpring);
    expect(spring.cycle.round).toBe(2);
    expect(spring.cycle.stepsDone).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(spring.stepRecords.some((r) => r.round === 2)).toBe(true);
  });

  it('works on the first day of a school year too', () => {
    const first = buildDemoSchool(new Date(2026, 7, 1, 12));
    expect(first.cycle.schoolYear).toBe('2026-2027');
    expect(first.meetings.filter((m) => m.status === 'held').every((m) => m.date < '2026-08-01')).toBe(true);
    expect(first.commitments.length).toBeGreaterThan(0);
  });
});
