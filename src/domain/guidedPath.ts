import { type ChangeCycle, isReadOnly } from './cycles';
import { type StepOutput, type StepOutputOf, validateStepOutput } from './stepOutputs';
import { REPEATING_STEPS, STEP_KEYS, type StepKey, stepKey, type StepNumber } from './steps';
import { type FieldError, isIsoDate, type Validated } from './validation';

/**
 * The guided path through the eleven steps. Completing a step appends a record; revisiting a
 * step appends another, so the cycle keeps its history (when, in which meeting) and the latest
 * record of a step holds its current outputs. Records are passed in the order they were made.
 */
export interface StepRecord {
  cycleId: string;
  step: StepNumber;
  round: number;
  /** ISO date the team completed (or revisited) the step. */
  doneAt: string;
  /** The meeting where it happened; absent for work outside a meeting or a carried dream. */
  meetingId?: string;
  outputs: StepOutput;
}

const ALL_STEPS = STEP_KEYS.map((_, i) => (i + 1) as StepNumber);

/** Round 1 walks all eleven steps; later rounds keep the dream and repeat steps 2–11. */
export function stepsOfRound(round: number): readonly StepNumber[] {
  return round === 1 ? ALL_STEPS : REPEATING_STEPS;
}

/** The latest record per step within a round (later doneAt wins; same day, later in the list). */
function latestByStep(records: readonly StepRecord[], round: number): Map<StepNumber, StepRecord> {
  const latest = new Map<StepNumber, StepRecord>();
  for (const r of records) {
    if (r.round !== round) continue;
    const seen = latest.get(r.step);
    if (!seen || seen.doneAt <= r.doneAt) latest.set(r.step, r);
  }
  return latest;
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
  doneAt?: string;
  meetingId?: string;
  /** How often the team has done this step in the round: 2 or more means it was revisited. */
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
      ...(last ? { doneAt: last.doneAt } : {}),
      ...(last?.meetingId ? { meetingId: last.meetingId } : {}),
    };
  });
}

/** The current outputs of a step in a round: those of its latest record. */
export function latestOutput<K extends StepKey>(
  records: readonly StepRecord[],
  round: number,
  step: K,
): StepOutputOf<K> | undefined {
  const n = (STEP_KEYS.indexOf(step) + 1) as StepNumber;
  return latestByStep(records, round).get(n)?.outputs as StepOutputOf<K> | undefined;
}

export type StepEntry = Pick<StepRecord, 'step' | 'doneAt' | 'meetingId' | 'outputs'>;

const rule = (reason: string, params: Record<string, string | number> = {}): FieldError => ({
  field: 'step',
  code: 'invalidChoice',
  params: { reason, ...params },
});

/**
 * Completes the current step of the cycle's round, or revisits a step already done. Steps are
 * not skipped: each builds on the one before (no benefits without goals). Returns the new
 * record list and the cycle with its done-steps (and, for step 1, its dream) brought in line.
 */
export function completeStep(
  cycle: ChangeCycle,
  records: readonly StepRecord[],
  entry: StepEntry,
): Validated<{ cycle: ChangeCycle; records: StepRecord[] }> {
  const round = cycle.round;
  if (isReadOnly(cycle)) return { ok: false, errors: [rule('archived')] };
  if (!stepsOfRound(round).includes(entry.step)) {
    return { ok: false, errors: [rule('notInRound', { step: entry.step, round })] };
  }
  const current = currentStep(records, round);
  const done = latestByStep(records, round).has(entry.step);
  const errors: FieldError[] = [];
  if (!done && current !== null && entry.step > current) {
    errors.push(rule('notReached', { step: entry.step, current }));
  }
  if (entry.outputs.step !== stepKey(entry.step)) errors.push(rule('outputMismatch', { step: entry.step }));
  if (!isIsoDate(entry.doneAt)) errors.push({ field: 'doneAt', code: 'invalidDate' });
  const outputs = validateStepOutput(entry.outputs);
  if (!outputs.ok) errors.push(...outputs.errors);
  if (errors.length || !outputs.ok) return { ok: false, errors };

  const record: StepRecord = {
    cycleId: cycle.id,
    step: entry.step,
    round,
    doneAt: entry.doneAt,
    ...(entry.meetingId ? { meetingId: entry.meetingId } : {}),
    outputs: outputs.value,
  };
  const nextRecords = [...records, record];
  const stepsDone = [...latestByStep(nextRecords, round).keys()].sort((a, b) => a - b);
  const dream = outputs.value.step === 'dream' ? outputs.value.text : cycle.dream;
  return { ok: true, value: { cycle: { ...cycle, dream, stepsDone }, records: nextRecords } };
}

/**
 * Starts the next round of the same cycle once the current round is complete: new goals,
 * steps 2–11 again, toward the same dream (plan–do–check–act).
 */
export function startNextRound(cycle: ChangeCycle, records: readonly StepRecord[]): Validated<ChangeCycle> {
  if (isReadOnly(cycle)) return { ok: false, errors: [rule('archived')] };
  const current = currentStep(records, cycle.round);
  if (current !== null) return { ok: false, errors: [rule('roundNotComplete', { current })] };
  return { ok: true, value: { ...cycle, round: cycle.round + 1, stepsDone: [] } };
}
