import { type ChangeCycle, isReadOnly } from './cycles';
import type { StepRecord } from './goals';
import { validateStepRecord } from './stepCaptures';
import { REPEATING_STEPS, STEP_KEYS, type StepNumber } from './steps';
import { ruleError } from './rules';
import type { FieldError, Validated } from './validation';

/**
 * The guided path through the eleven steps. Completing a step adds a record; revisiting a step
 * adds another, so the cycle keeps its history (when, in which meeting) and the latest record of
 * a step holds its current outputs. Records are passed in the order they were made.
 */

/** Re-exported: the record type lives with the goals (./goals), the rules about it here. */
export type { StepRecord };

const ALL_STEPS = STEP_KEYS.map((_, i) => (i + 1) as StepNumber);

/** Round 1 walks all eleven steps; later rounds keep the dream and repeat steps 2–11. */
export function stepsOfRound(round: number): readonly StepNumber[] {
  return round === 1 ? ALL_STEPS : REPEATING_STEPS;
}

/** The latest record per step within a round (later date wins; same day, later in the list). */
function latestByStep(records: readonly StepRecord[], round: number): Map<StepNumber, StepRecord> {
  const latest = new Map<StepNumber, StepRecord>();
  for (const r of records) {
    if (r.round !== round) continue;
    const seen = latest.get(r.step);
    if (!seen || seen.date <= r.date) latest.set(r.step, r);
  }
  return latest;
}

/** The latest record of one step in a round: the step's current outputs. */
export function latestRecord(
  records: readonly StepRecord[],
  round: number,
  step: StepNumber,
): StepRecord | undefined {
  return latestByStep(records, round).get(step);
}

/** The first step of the round not yet done, or null when the whole round is done. */
export function currentStep(records: readonly StepRecord[], round: number): StepNumber | null {
  const done = latestByStep(records, round);
  return stepsOfRound(round).find((s) => !done.has(s)) ?? null;
}

export type StepState = 'done' | 'current' | 'upcoming';

export interface StepProgress {
  step: StepNumber;
  state: StepState;
  /** When it was last done, and in which meeting. */
  date?: string;
  meetingId?: string;
  /** How often the team did this step in the round: 2 or more means it was revisited. */
  times: number;
}

/** The path of a round as the planner shows it: each step with its state and last completion. */
export function roundProgress(records: readonly StepRecord[], round: number): StepProgress[] {
  const latest = latestByStep(records, round);
  const current = currentStep(records, round);
  return stepsOfRound(round).map((step) => {
    const last = latest.get(step);
    const times = records.filter((r) => r.round === round && r.step === step).length;
    const state: StepState = last ? 'done' : step === current ? 'current' : 'upcoming';
    return {
      step,
      state,
      times,
      ...(last ? { date: last.date } : {}),
      ...(last?.meetingId ? { meetingId: last.meetingId } : {}),
    };
  });
}

/** A completion as the form gives it; the cycle supplies its id and current round. */
export type StepEntry = Omit<StepRecord, 'cycleId' | 'round'>;

/**
 * Completes the current step of the cycle's round, or revisits a step already done. Steps are
 * not skipped: each builds on the one before (no benefits without goals). Returns the record
 * list with the new record and the cycle with its done-steps brought in line. Rule violations
 * carry a reason (./rules).
 */
export function completeStep(
  cycle: ChangeCycle,
  records: readonly StepRecord[],
  entry: StepEntry,
): Validated<{ cycle: ChangeCycle; records: StepRecord[] }> {
  const round = cycle.round;
  if (isReadOnly(cycle)) return { ok: false, errors: [ruleError('step', 'archived')] };
  if (!stepsOfRound(round).includes(entry.step)) {
    return { ok: false, errors: [ruleError('step', 'notInRound', { step: entry.step, round })] };
  }
  const errors: FieldError[] = [];
  const current = currentStep(records, round);
  const done = latestByStep(records, round).has(entry.step);
  if (!done && current !== null && entry.step > current) {
    errors.push(ruleError('step', 'notReached', { step: entry.step, current }));
  }
  const checked = validateStepRecord({ ...entry, cycleId: cycle.id, round });
  if (!checked.ok) errors.push(...checked.errors);
  if (errors.length || !checked.ok) return { ok: false, errors };

  const nextRecords = [...records, { ...checked.value, id: entry.id }];
  const stepsDone = [...latestByStep(nextRecords, round).keys()].sort((a, b) => a - b);
  return { ok: true, value: { cycle: { ...cycle, stepsDone }, records: nextRecords } };
}

/**
 * Starts the next round of the same cycle once the current round is complete: new goals,
 * steps 2–11 again, toward the same dream (plan–do–check–act).
 */
export function startNextRound(cycle: ChangeCycle, records: readonly StepRecord[]): Validated<ChangeCycle> {
  if (isReadOnly(cycle)) return { ok: false, errors: [ruleError('step', 'archived')] };
  const current = currentStep(records, cycle.round);
  if (current !== null) return { ok: false, errors: [ruleError('step', 'roundNotComplete', { current })] };
  return { ok: true, value: { ...cycle, round: cycle.round + 1, stepsDone: [] } };
}
