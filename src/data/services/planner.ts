/**
 * The change-team planner (capability 1): cycles, their goals and the eleven steps.
 *
 * Every write is checked with the domain's rules first and refused with a ValidationError
 * carrying the domain's field errors before any request is sent. Updates and deletes go
 * through the repositories' If-Match, so a stale edit rejects with a ConflictError whose
 * `current` is the item as stored now, and nothing of it is written.
 */
import type { PlannerApi, PlannerOpening, PlannerSnapshot } from '../api';
import { type Goal, type GoalDraft, type StepRecord, validateGoal } from '../../domain/goals';
import { completeStep, startNextRound, type StepEntry } from '../../domain/guidedPath';
import {
  type ChangeCycle,
  type CycleDraft,
  cycleToOpen,
  isReadOnly,
  nextCycleFrom,
  validateCycle,
  validateCycleUpdate,
} from '../../domain/cycles';
import { ruleError } from '../../domain/rules';
import type { SchoolYear } from '../../domain/schoolYear';
import { validateStepRecord } from '../../domain/stepCaptures';
import type { FieldError, Validated } from '../../domain/validation';
import { batchGet } from '../graph/batch';
import { where } from '../graph/odata';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { CLIENT_KEY } from '../lists/schema';
import { ACTIVE_CYCLE, type CycleScope, inCycle, scopeFilter } from '../repositories/cycleLinked';
import type { ListRepository, Versioned } from '../repositories/listRepository';
import { byMeetingDate } from '../../domain/meetings';
import type { CyclesRepository } from '../repositories/cycles';
import type { ServiceContext } from './context';
import { byStaffName } from './staff';

/** ClientKey and CycleKey are text columns of at most 64 characters. */
export const ID_MAX = 64;

/** The value when the verdict is ok; else the ValidationError with the domain's field errors. */
export function validOrThrow<T>(verdict: Validated<T>, what: string): T {
  if (!verdict.ok) throw ValidationError.fromFieldErrors(verdict.errors, what);
  return verdict.value;
}

/** A caller-chosen id: it becomes the item's ClientKey, so it must fit the column. */
export function idErrors(id: unknown, field = 'id'): FieldError[] {
  if (typeof id !== 'string' || !id.trim()) return [{ field, code: 'required' }];
  if (id.length > ID_MAX) return [{ field, code: 'tooLong', params: { max: ID_MAX } }];
  return [];
}

/**
 * The cycle an item belongs to, as this session knows it (read once, refreshed by load(),
 * cycles() and every cycle write of this session). Refuses writes to an archived cycle: it is
 * history. `field` names the form field the refusal is shown on.
 */
export async function writableCycle(
  cycles: CyclesRepository,
  cycleId: string,
  field = 'cycleId',
): Promise<Versioned<ChangeCycle>> {
  return writableOrThrow(await cycles.resolve(cycleId), cycleId, field);
}

/**
 * Like writableCycle, with the cycle as stored now (one GET): a create writes the cycle's status
 * into the new item's CycleStatus mirror (lists/cycleLink.ts), so a status change by someone
 * else since this session last read the cycle must not be missed.
 */
export async function storedWritableCycle(
  cycles: CyclesRepository,
  cycleId: string,
  field = 'cycleId',
): Promise<Versioned<ChangeCycle>> {
  return writableOrThrow(await cycles.reread(cycleId), cycleId, field);
}

function writableOrThrow(cycle: Versioned<ChangeCycle> | null, cycleId: string, field: string): Versioned<ChangeCycle> {
  if (!cycle) throw new NotFoundError(`change cycle ${cycleId} does not exist`, { status: 404, code: 'itemNotFound' });
  if (isReadOnly(cycle.value)) throw ValidationError.fromFieldErrors([ruleError(field, 'archived')], 'change');
  return cycle;
}

/** Creates many items a few at a time; on a retry, first looks up which exist already. */
async function createAll<T>(repo: ListRepository<T>, values: readonly T[], retry: boolean): Promise<Versioned<T>[]> {
  if (retry) return (await repo.ensureAll(values)).items;
  const out: Versioned<T>[] = new Array<Versioned<T>>(values.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < values.length) {
      const i = next++;
      out[i] = await repo.create(values[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, values.length) }, worker));
  return out;
}

const numericId = (a: { itemId: string }, b: { itemId: string }): number =>
  Number(a.itemId) - Number(b.itemId) || a.itemId.localeCompare(b.itemId);

/** Step visits oldest first: by date, then in the order they were stored. */
function byVisit(a: Versioned<StepRecord>, b: Versioned<StepRecord>): number {
  return a.value.date.localeCompare(b.value.date) || numericId(a, b);
}

function withoutId<T extends { id: string }>(value: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = value;
  return rest;
}

export function createPlannerApi({ http, repositories }: Pick<ServiceContext, 'http' | 'repositories'>): PlannerApi {
  const { cycles, goals, stepRecords, meetings, staff } = repositories;

  /** Step records this session wrote, by id: a repeated completeStep does not post again. */
  const writtenRecords = new Map<string, Versioned<StepRecord>>();
  /** Ids of the next cycle started from a cycle in this session, so a retry reuses them. */
  const nextCycleIds = new Map<string, string[]>();

  const newestFirst = (a: Versioned<ChangeCycle>, b: Versioned<ChangeCycle>): number =>
    b.value.schoolYear.localeCompare(a.value.schoolYear) || a.value.title.localeCompare(b.value.title);

  /**
   * One $batch: `first` (the cycle or the cycles) beside four GETs, each filtered on an indexed
   * column whose value is known up front (the scope: the cycle's CycleKey, or the active cycle's
   * status mirror; staff unfiltered). Pages beyond the first (over 200 items) follow
   * @odata.nextLink. `snapshotOf` keeps the items of one cycle (by CycleKey).
   */
  async function read(scope: CycleScope, first: { id: string; url: string }) {
    const ofScope = scopeFilter(scope);
    const [goalsUrl, recordsUrl, meetingsUrl, staffUrl] = await Promise.all([
      goals.queryUrl({ filter: ofScope }),
      stepRecords.queryUrl({ filter: ofScope, orderBy: [{ column: 'RecordedOn' }] }),
      meetings.queryUrl({ filter: ofScope, orderBy: [{ column: 'MeetingDate' }] }),
      staff.queryUrl({}),
    ]);
    const answers = await batchGet(http, [
      first,
      { id: 'goals', url: goalsUrl },
      { id: 'records', url: recordsUrl },
      { id: 'meetings', url: meetingsUrl },
      { id: 'staff', url: staffUrl },
    ]);
    async function snapshotOf(cycle: Versioned<ChangeCycle>): Promise<PlannerSnapshot> {
      const [goalItems, recordItems, meetingItems, staffItems] = await Promise.all([
        goals.fromAnswer(answers.get('goals')),
        stepRecords.fromAnswer(answers.get('records')),
        meetings.fromAnswer(answers.get('meetings')),
        staff.fromAnswer(answers.get('staff')),
      ]);
      cycles.remember(cycle);
      return {
        cycle,
        goals: inCycle(goalItems, cycle.value.id).sort(
          (a, b) => a.value.round - b.value.round || a.value.priority - b.value.priority || numericId(a, b),
        ),
        stepRecords: inCycle(recordItems, cycle.value.id).sort(byVisit),
        meetings: inCycle(meetingItems, cycle.value.id).sort((a, b) => byMeetingDate(a.value, b.value)),
        staff: byStaffName(staffItems.map((s) => s.value)),
      };
    }
    return { answers, snapshotOf };
  }

  async function load(cycleId: string): Promise<PlannerSnapshot> {
    const { answers, snapshotOf } = await read(
      { cycleId },
      { id: 'cycle', url: await cycles.queryUrl({ filter: where.eq(CLIENT_KEY, cycleId), top: 2 }) },
    );
    const cycle = (await cycles.fromAnswer(answers.get('cycle')))[0];
    if (!cycle) throw new NotFoundError(`change cycle ${cycleId} does not exist`, { status: 404, code: 'itemNotFound' });
    return snapshotOf(cycle);
  }

  /**
   * Every cycle and the one to open (domain cycleToOpen: the chosen one while it exists, else
   * the active one, else the newest) in one $batch: the cycle's items are asked for by the
   * chosen key or, with none chosen, by the active cycle's status mirror. Only when the cycle to
   * open is neither (the chosen one is gone, or none is active) is it read in a second $batch.
   */
  async function open(chosen: string | null): Promise<PlannerOpening> {
    const { answers, snapshotOf } = await read(chosen ? { cycleId: chosen } : ACTIVE_CYCLE, {
      id: 'cycles',
      url: await cycles.queryUrl({ orderBy: [{ column: 'SchoolYear', direction: 'desc' }] }),
    });
    const all = (await cycles.fromAnswer(answers.get('cycles'))).sort(newestFirst);
    for (const cycle of all) cycles.remember(cycle);
    const pick = cycleToOpen(all.map((c) => c.value), chosen);
    if (!pick) return { cycles: all, snapshot: null };
    const inBatch = chosen ? pick.id === chosen : pick.status === 'active';
    const snapshot = inBatch ? await snapshotOf(all.find((c) => c.value.id === pick.id)!) : await load(pick.id);
    return { cycles: all, snapshot };
  }

  async function createCycle(cycle: ChangeCycle): Promise<Versioned<ChangeCycle>> {
    const errors = idErrors(cycle.id);
    const verdict = validateCycle(withoutId(cycle));
    if (!verdict.ok) errors.push(...verdict.errors);
    if (cycle.status === 'archived') errors.push({ field: 'status', code: 'invalidChoice' });
    if (errors.length) throw ValidationError.fromFieldErrors(errors, 'change cycle');
    return cycles.create({ ...validOrThrow(verdict, 'change cycle'), id: cycle.id });
  }

  /**
   * Saves the edit. A status change also rewrites the CycleStatus mirror on the cycle's
   * meetings, right after the cycle (the repository does both). When that fails midway:
   * - the cycle is read back; if the edit is stored, the mirror is written once more here;
   * - if that fails too, the caller's version is stale: a retry gets a ConflictError with the
   *   stored cycle, and saving that same value (nothing of the cycle left to change, so it is
   *   allowed even once archived) writes the mirror again, which completes the change.
   */
  async function updateCycle(current: Versioned<ChangeCycle>, next: CycleDraft): Promise<Versioned<ChangeCycle>> {
    const id = current.value.id;
    if (!Object.keys(cycles.changedFields(current.value, { ...next, id })).length) {
      await cycles.mirrorStatus(current.value);
      return current;
    }
    const value: ChangeCycle = { ...validOrThrow(validateCycleUpdate(current.value, next), 'change cycle'), id };
    try {
      return await cycles.update(current, value);
    } catch (error) {
      if (value.status === current.value.status || error instanceof ConflictError || error instanceof ValidationError) throw error;
      const stored = await cycles.findByKey(id).catch(() => null);
      if (!stored || Object.keys(cycles.changedFields(stored.value, value)).length) throw error;
      cycles.remember(stored);
      await cycles.mirrorStatus(stored.value).catch(() => {
        throw error;
      });
      return stored;
    }
  }

  /**
   * Order of the writes: the step record first (create, idempotent by the entry's id), then
   * the cycle's stepsDone (and dream) with If-Match. If the cycle update fails, the record is
   * stored and the step not yet marked done; running completeStep again with the same entry
   * (in the same session, or with that record in `records` as load() returns it) looks the
   * record up instead of posting a second one and completes the cycle update. (A second post
   * from elsewhere would be refused by SharePoint's unique ClientKey and answered with the
   * stored record by the repository; the local server stores but does not enforce uniqueness.)
   */
  async function complete(
    current: Versioned<ChangeCycle>,
    records: readonly StepRecord[],
    entry: StepEntry,
    dream?: string,
  ): Promise<{ cycle: Versioned<ChangeCycle>; record: Versioned<StepRecord> }> {
    const idProblems = idErrors(entry.id);
    if (idProblems.length) throw ValidationError.fromFieldErrors(idProblems, 'step');
    const known = records.some((r) => r.id === entry.id);
    const others = records.filter((r) => r.cycleId === current.value.id && r.id !== entry.id);
    const done = validOrThrow(completeStep(current.value, others, entry), 'step');
    let nextCycle = done.cycle;
    if (dream !== undefined) {
      if (entry.step !== 1) {
        throw ValidationError.fromFieldErrors([{ field: 'dream', code: 'invalidChoice', params: { step: entry.step } }], 'step');
      }
      nextCycle = {
        ...validOrThrow(validateCycleUpdate(current.value, { ...withoutId(done.cycle), dream }), 'dream'),
        id: current.value.id,
      };
    }
    const draft = done.records.at(-1)!;

    let record = writtenRecords.get(entry.id);
    if (!record) {
      // The record's status mirror comes from the cycle as stored now.
      await storedWritableCycle(cycles, current.value.id);
      record = known ? (await stepRecords.ensure(draft)).item : await stepRecords.create(draft);
      writtenRecords.set(entry.id, record);
    }
    const cycle = await cycles.update(current, nextCycle);
    return { cycle, record };
  }

  async function nextRound(current: Versioned<ChangeCycle>, records: readonly StepRecord[]): Promise<Versioned<ChangeCycle>> {
    const own = records.filter((r) => r.cycleId === current.value.id);
    return cycles.update(current, validOrThrow(startNextRound(current.value, own), 'round'));
  }

  /**
   * Order of the writes: the new cycle (status draft), then its goals, then the dream record
   * (step 1, carried). The ids are made once per previous cycle and session: if a write fails
   * midway, calling startNextCycle again reuses them and creates only what is missing (the
   * cycle and its items are looked up by ClientKey first), so a retry completes the same cycle
   * instead of starting a second one.
   */
  async function nextCycle(
    previous: Versioned<ChangeCycle>,
    previousGoals: readonly Goal[],
    options: { title?: string; schoolYear?: SchoolYear; today: string },
  ): Promise<Versioned<ChangeCycle>> {
    const retry = nextCycleIds.has(previous.value.id);
    const ids = nextCycleIds.get(previous.value.id) ?? [];
    let used = 0;
    const newId = (): string => {
      if (used === ids.length) ids.push(crypto.randomUUID());
      return ids[used++]!;
    };
    const planned = nextCycleFrom(previous.value, previousGoals, {
      cycleId: newId(),
      newId,
      today: options.today,
      ...(options.title === undefined ? {} : { title: options.title }),
      ...(options.schoolYear === undefined ? {} : { schoolYear: options.schoolYear }),
    });
    // The domain carries the coach's UPN; the display name goes with it.
    const carried: ChangeCycle = previous.value.coachName
      ? { ...planned.cycle, coachName: previous.value.coachName }
      : planned.cycle;

    const errors: FieldError[] = [];
    const verdict = validateCycle(withoutId(carried));
    if (!verdict.ok) errors.push(...verdict.errors);
    const checkedGoals = planned.goals.map((goal, i) => {
      const v = validateGoal(withoutId(goal));
      if (!v.ok) errors.push(...v.errors.map((e) => ({ ...e, field: `goals.${i}.${e.field}` })));
      return v.ok ? { ...v.value, id: goal.id } : goal;
    });
    const checkedRecords = planned.records.map((record) => {
      const v = validateStepRecord(withoutId(record));
      if (!v.ok) errors.push(...v.errors.map((e) => ({ ...e, field: `dreamRecord.${e.field}` })));
      return v.ok ? { ...v.value, id: record.id } : record;
    });
    if (errors.length || !verdict.ok) throw ValidationError.fromFieldErrors(errors, 'next cycle');
    nextCycleIds.set(previous.value.id, ids);

    const cycleValue: ChangeCycle = { ...verdict.value, id: carried.id };
    const cycle = retry ? (await cycles.ensure(cycleValue)).item : await cycles.create(cycleValue);
    cycles.remember(cycle);
    await createAll(goals, checkedGoals, retry);
    await createAll(stepRecords, checkedRecords, retry);
    return cycle;
  }

  function goalErrors(goal: GoalDraft): { errors: FieldError[]; value: GoalDraft | null } {
    const verdict = validateGoal(goal);
    const errors = verdict.ok ? [] : [...verdict.errors];
    if (!Number.isInteger(goal.round) || goal.round < 1) {
      errors.push({ field: 'round', code: 'outOfRange', params: { min: 1 } });
    }
    errors.push(...idErrors(goal.cycleId, 'cycleId'));
    return { errors, value: verdict.ok ? verdict.value : null };
  }

  async function createGoal(goal: Goal): Promise<Versioned<Goal>> {
    const { errors, value } = goalErrors(withoutId(goal));
    errors.unshift(...idErrors(goal.id));
    if (errors.length || !value) throw ValidationError.fromFieldErrors(errors, 'goal');
    await storedWritableCycle(cycles, goal.cycleId);
    return goals.create({ ...value, id: goal.id });
  }

  async function updateGoal(current: Versioned<Goal>, next: GoalDraft): Promise<Versioned<Goal>> {
    const { errors, value } = goalErrors(next);
    // A goal stays in its cycle: moving it would leave its step records and promises behind.
    if (next.cycleId !== current.value.cycleId) errors.push({ field: 'cycleId', code: 'invalidChoice' });
    if (errors.length || !value) throw ValidationError.fromFieldErrors(errors, 'goal');
    await writableCycle(cycles, current.value.cycleId);
    return goals.update(current, { ...value, id: current.value.id });
  }

  async function deleteGoal(current: Versioned<Goal>): Promise<void> {
    await writableCycle(cycles, current.value.cycleId);
    await goals.remove(current);
  }

  return {
    open,
    load,
    createCycle,
    updateCycle,
    completeStep: complete,
    startNextRound: nextRound,
    startNextCycle: nextCycle,
    createGoal,
    updateGoal,
    deleteGoal,
  };
}
