import { carryOverGoals, type Goal, type StepRecord } from './goals';
import { ruleError } from './rules';
import { type SchoolYear, shiftSchoolYear, startYearOf } from './schoolYear';
import { normaliseSteps, type StepNumber } from './steps';
import { type FieldError, requiredText, type Validated } from './validation';

export type CycleStatus = 'draft' | 'active' | 'archived';
export const CYCLE_STATUSES: readonly CycleStatus[] = ['draft', 'active', 'archived'];

/** A change cycle (veranderplan) walking the eleven steps toward a dream. */
export interface ChangeCycle {
  id: string;
  title: string;
  /** The vivid picture of the future; plain text, never rendered as HTML. */
  dream: string;
  schoolYear: SchoolYear;
  status: CycleStatus;
  /** UPN of the intern begeleider who coaches the change. */
  coachUpn: string;
  /** The coach's display name, kept with the UPN so lists stay readable without a lookup. */
  coachName?: string;
  /** UPNs of the veranderteam. */
  memberUpns: string[];
  /** The round within the cycle: round 1 starts at the dream, later rounds repeat steps 2–11. */
  round: number;
  /** Steps the team has completed in this round. */
  stepsDone: StepNumber[];
}

/**
 * The dream is a few vivid paragraphs, not an essay: long enough for a team's picture of the
 * future, short enough to read aloud at the start of a meeting and to print on the goal map.
 */
export const DREAM_MAX = 4000;

export type CycleDraft = Omit<ChangeCycle, 'id'>;

/**
 * The cycle a view opens: the one the person chose while it still exists, else the active one,
 * else the first of `cycles` (given newest first). Newest first among several active ones too.
 */
export function cycleToOpen<C extends Pick<ChangeCycle, 'id' | 'status'>>(
  cycles: readonly C[],
  chosen?: string | null,
): C | undefined {
  return (chosen ? cycles.find((c) => c.id === chosen) : undefined) ?? cycles.find((c) => c.status === 'active') ?? cycles[0];
}

export function validateCycle(draft: CycleDraft): Validated<CycleDraft> {
  const errors: FieldError[] = [];
  const title = requiredText(errors, 'title', draft.title);
  const dream = requiredText(errors, 'dream', draft.dream, DREAM_MAX);
  if (!isSchoolYear(draft.schoolYear)) errors.push({ field: 'schoolYear', code: 'invalidChoice' });
  const coachUpn = requiredText(errors, 'coachUpn', draft.coachUpn);
  if (!CYCLE_STATUSES.includes(draft.status)) errors.push({ field: 'status', code: 'invalidChoice' });
  if (!Number.isInteger(draft.round) || draft.round < 1) {
    errors.push({ field: 'round', code: 'outOfRange', params: { min: 1 } });
  }
  if (errors.length) return { ok: false, errors };
  const memberUpns = [...new Set(draft.memberUpns.map((u) => u.trim()).filter(Boolean))];
  return {
    ok: true,
    value: { ...draft, title, dream, coachUpn, memberUpns, stepsDone: normaliseSteps(draft.stepsDone) },
  };
}

function isSchoolYear(year: string): boolean {
  try {
    startYearOf(year as SchoolYear);
    return true;
  } catch {
    return false;
  }
}

/** A cycle moves forward only: prepared (draft), worked on (active), kept for reference (archived). */
const NEXT_STATUS: Record<CycleStatus, CycleStatus | null> = {
  draft: 'active',
  active: 'archived',
  archived: null,
};

export function canChangeStatus(from: CycleStatus, to: CycleStatus): boolean {
  return from === to ? from !== 'archived' : NEXT_STATUS[from] === to;
}

/** An archived cycle is history: the team reads it, nobody edits it. */
export function isReadOnly(cycle: Pick<ChangeCycle, 'status'>): boolean {
  return cycle.status === 'archived';
}

/**
 * Validates an edit of a saved cycle: the draft must be valid on its own, the status may only
 * move one step forward, and nothing of an archived cycle may change (reasons: ./rules).
 */
export function validateCycleUpdate(current: ChangeCycle, draft: CycleDraft): Validated<CycleDraft> {
  if (isReadOnly(current)) {
    return { ok: false, errors: [ruleError('status', 'archived')] };
  }
  const result = validateCycle(draft);
  if (!canChangeStatus(current.status, draft.status)) {
    const error = ruleError('status', 'statusOrder', { from: current.status, to: draft.status });
    return { ok: false, errors: [...(result.ok ? [] : result.errors), error] };
  }
  return result;
}

export interface NextCycleOptions {
  cycleId: string;
  /** Makes ids for the carried goals and the dream record. */
  newId: () => string;
  /** The day the new cycle is started; it is the date of the carried dream. */
  today: string;
  title?: string;
  schoolYear?: SchoolYear;
}

/**
 * Starts a new cycle from a finished one: same dream, coach and team, the previous goals as a
 * starting point, in the next school year unless told otherwise. The dream counts as step 1 of
 * the new cycle (a carried record without a meeting), so the team starts at step 2 with goals.
 */
export function nextCycleFrom(
  previous: ChangeCycle,
  previousGoals: readonly Goal[],
  options: NextCycleOptions,
): { cycle: ChangeCycle; goals: Goal[]; records: StepRecord[] } {
  const cycle: ChangeCycle = {
    id: options.cycleId,
    title: options.title ?? previous.title,
    dream: previous.dream,
    schoolYear: options.schoolYear ?? shiftSchoolYear(previous.schoolYear, 1),
    status: 'draft',
    coachUpn: previous.coachUpn,
    memberUpns: [...previous.memberUpns],
    round: 1,
    stepsDone: [1],
  };
  // The goals of the last round are the ones the team was working on when the cycle ended.
  const goals = carryOverGoals(
    previousGoals.filter((g) => g.cycleId === previous.id && g.round === previous.round),
    { cycleId: cycle.id, round: 1 },
    options.newId,
  );
  const dreamRecord: StepRecord = {
    id: options.newId(),
    cycleId: cycle.id,
    round: 1,
    step: 1,
    date: options.today,
    items: [],
    notes: '',
  };
  return { cycle, goals, records: [dreamRecord] };
}
