import type { ChangeCycle } from './cycles';
import type { StepRecord } from './goals';
import { completeStep, currentStep, latestRecord, roundProgress, startNextRound, type StepEntry, stepsOfRound } from './guidedPath';
import type { StepNumber } from './steps';

const cycle = (over: Partial<ChangeCycle> = {}): ChangeCycle => ({
  id: 'c1',
  title: 'Partnerschap',
  dream: 'Samen',
  schoolYear: '2026-2027',
  status: 'active',
  coachUpn: 'ib@x',
  memberUpns: [],
  round: 1,
  stepsDone: [],
  ...over,
});

const entry = (step: StepNumber, over: Partial<StepEntry> = {}): StepEntry => ({
  id: `r${step}`,
  step,
  date: '2026-09-14',
  items: [],
  notes: '',
  ...(step === 5 ? { score: 6 } : {}),
  ...over,
});

/** Walks steps in order through completeStep, as the planner would. */
function walk(steps: StepNumber[], start = cycle(), records: StepRecord[] = []) {
  let state = { cycle: start, records };
  for (const step of steps) {
    const result = completeStep(state.cycle, state.records, entry(step));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    state = result.value;
  }
  return state;
}

describe('the steps of a round', () => {
  it('round 1 walks all eleven, later rounds 2 to 11', () => {
    expect(stepsOfRound(1)).toHaveLength(11);
    expect(stepsOfRound(2)[0]).toBe(2);
    expect(stepsOfRound(3)).toHaveLength(10);
  });
});

describe('currentStep', () => {
  it('starts at the dream, and at goals in a later round', () => {
    expect(currentStep([], 1)).toBe(1);
    expect(currentStep([], 2)).toBe(2);
  });

  it('is the first step not done, whatever the order of records', () => {
    const { records } = walk([1, 2, 3]);
    expect(currentStep([...records].reverse(), 1)).toBe(4);
  });

  it('ignores records of other rounds and is null when the round is done', () => {
    const { records } = walk([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(currentStep(records, 1)).toBeNull();
    expect(currentStep(records, 2)).toBe(2);
  });
});

describe('completeStep', () => {
  it('adds the record and updates the cycle’s done steps', () => {
    const result = completeStep(cycle(), [], entry(1, { meetingId: 'm1', items: [' ouders welkom '] }));
    expect(result).toEqual({
      ok: true,
      value: {
        cycle: expect.objectContaining({ stepsDone: [1] }),
        records: [
          { id: 'r1', cycleId: 'c1', round: 1, step: 1, date: '2026-09-14', meetingId: 'm1', items: ['ouders welkom'], notes: '' },
        ],
      },
    });
  });

  it('does not skip ahead', () => {
    const result = completeStep(cycle(), walk([1]).records, entry(3));
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'step', code: 'invalidChoice', params: { reason: 'notReached', step: 3, current: 2 } }],
    });
  });

  it('revisits a done step with a new record; the latest holds the outputs', () => {
    const walked = walk([1, 2, 3]);
    const result = completeStep(walked.cycle, walked.records, entry(2, { id: 'again', date: '2026-10-01', items: ['nieuw'] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.records).toHaveLength(4);
    expect(result.value.cycle.stepsDone).toEqual([1, 2, 3]);
    expect(latestRecord(result.value.records, 1, 2)?.items).toEqual(['nieuw']);
  });

  it('refuses an archived cycle and steps outside the round', () => {
    expect(completeStep(cycle({ status: 'archived' }), [], entry(1))).toMatchObject({
      ok: false,
      errors: [{ params: { reason: 'archived' } }],
    });
    expect(completeStep(cycle({ round: 2 }), [], entry(1))).toMatchObject({
      ok: false,
      errors: [{ params: { reason: 'notInRound' } }],
    });
  });

  it('validates the record: date, lines and the step-5 score', () => {
    const walked = walk([1, 2, 3, 4]);
    const result = completeStep(walked.cycle, walked.records, entry(5, { date: '2026-13-01', items: [''], score: 10.5 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['date', 'invalidDate'],
      ['items.0', 'required'],
      ['score', 'outOfRange'],
    ]);
  });
});

describe('roundProgress', () => {
  it('shows done steps with date and meeting, the current one, and revisits', () => {
    const walked = walk([1, 2]);
    const revisit = completeStep(walked.cycle, walked.records, entry(1, { id: 'x', date: '2026-10-05', meetingId: 'm2' }));
    if (!revisit.ok) throw new Error('revisit failed');
    const progress = roundProgress(revisit.value.records, 1);
    expect(progress.slice(0, 4)).toEqual([
      { step: 1, state: 'done', date: '2026-10-05', meetingId: 'm2', times: 2 },
      { step: 2, state: 'done', date: '2026-09-14', times: 1 },
      { step: 3, state: 'current', times: 0 },
      { step: 4, state: 'upcoming', times: 0 },
    ]);
  });
});

describe('startNextRound', () => {
  it('waits until the round is complete', () => {
    const walked = walk([1, 2, 3]);
    expect(startNextRound(walked.cycle, walked.records)).toMatchObject({
      ok: false,
      errors: [{ params: { reason: 'roundNotComplete', current: 4 } }],
    });
  });

  it('starts round 2 at the goals, keeping the dream', () => {
    const walked = walk([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const result = startNextRound(walked.cycle, walked.records);
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ round: 2, stepsDone: [], dream: 'Samen' }) });
    if (!result.ok) return;
    expect(currentStep(walked.records, result.value.round)).toBe(2);
    const next = walk([2, 3], result.value, walked.records);
    expect(next.cycle.stepsDone).toEqual([2, 3]);
  });
});
