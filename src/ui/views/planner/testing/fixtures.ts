/**
 * Demo-like data for the planner tests and an in-memory PlannerApi that keeps to the contract
 * of src/data/api.ts: it checks with the domain's rules (ValidationError with field errors),
 * answers a stale etag with a ConflictError carrying the stored item, and keeps etags moving.
 */
import type { DataApi, PlannerApi, PlannerSnapshot, Versioned } from '../../../../data/api';
import { ConflictError, ValidationError } from '../../../../data/errors';
import { type ChangeCycle, cycleToOpen, nextCycleFrom, validateCycle, validateCycleUpdate } from '../../../../domain/cycles';
import { type Goal, type StepRecord, validateGoal } from '../../../../domain/goals';
import { completeStep, startNextRound } from '../../../../domain/guidedPath';
import type { Meeting } from '../../../../domain/meetings';
import type { StaffMember } from '../../../../domain/people';
import type { Validated } from '../../../../domain/validation';
import { fakeDataApi } from '../../../data/testing';
export { setToday } from '../../../shell/testing';

export const staff: StaffMember[] = [
  { upn: 'ingrid@delinde.example', displayName: 'Ingrid Bakker', role: 'ib', inChangeTeam: true },
  { upn: 'mark@delinde.example', displayName: 'Mark de Vries', role: 'mt' },
  { upn: 'sanne@delinde.example', displayName: 'Sanne Jansen', role: 'leerkracht', bouw: 'onderbouw', group: 1, inChangeTeam: true },
  { upn: 'ahmed@delinde.example', displayName: 'Ahmed Yılmaz', role: 'leerkracht', bouw: 'middenbouw', group: 4 },
];

export const cycle: ChangeCycle = {
  id: 'cycle-1',
  title: 'Samen sterk met ouders',
  dream: 'Ouders lopen binnen alsof het hun school is.\nWe praten mét ouders, niet over ze.',
  schoolYear: '2025-2026',
  status: 'active',
  coachUpn: 'ingrid@delinde.example',
  coachName: 'Ingrid Bakker',
  memberUpns: ['ingrid@delinde.example', 'sanne@delinde.example'],
  round: 1,
  stepsDone: [1, 2, 3],
};

export const archivedCycle: ChangeCycle = {
  ...cycle,
  id: 'cycle-0',
  title: 'Eerste verkenning',
  schoolYear: '2024-2025',
  status: 'archived',
  stepsDone: [1, 2],
};

export const goals: Goal[] = [
  {
    id: 'goal-1',
    cycleId: 'cycle-1',
    round: 1,
    title: 'Elk kind start met een startgesprek',
    priority: 1,
    condition: 'structuur',
    epsteinForm: 'communicatie',
    level: 'meedenken',
    line: 'eigenKind',
    benefits: { personal: ['Ik ken de kinderen eerder'], team: [], school: ['Ouders voelen zich welkom'] },
    signsOfProgress: ['Ouders vullen het formulier in'],
  },
  {
    id: 'goal-2',
    cycleId: 'cycle-1',
    round: 1,
    title: 'Ouders denken mee in een ouderpanel',
    priority: 2,
    benefits: { personal: [], team: [], school: [] },
    signsOfProgress: [],
  },
];

export const meetings: Meeting[] = [
  {
    id: 'm1',
    cycleId: 'cycle-1',
    type: 'veranderteam',
    title: 'Aftrap veranderteam',
    date: '2025-09-15',
    purpose: '',
    stepsCovered: [1],
    minutes: '',
    status: 'held',
  },
  {
    id: 'm2',
    cycleId: 'cycle-1',
    type: 'team',
    title: 'Teambijeenkomst doelen',
    date: '2025-09-29',
    purpose: '',
    stepsCovered: [2, 3],
    minutes: '',
    status: 'held',
  },
];

export const records: StepRecord[] = [
  { id: 'r1', cycleId: 'cycle-1', round: 1, step: 1, meetingId: 'm1', date: '2025-09-15', items: [], notes: '' },
  { id: 'r2', cycleId: 'cycle-1', round: 1, step: 2, meetingId: 'm2', date: '2025-09-29', items: [], notes: '' },
  {
    id: 'r3',
    cycleId: 'cycle-1',
    round: 1,
    step: 3,
    meetingId: 'm2',
    date: '2025-09-29',
    items: ['De MR: meedenken over de plannen'],
    notes: 'Via de nieuwsbrief.',
  },
];

interface Stored<T> {
  value: T;
  itemId: string;
  version: number;
}

export interface FakePlanner extends PlannerApi {
  /** The stored items, to see what a test wrote. */
  store: {
    cycles: Map<string, Stored<ChangeCycle>>;
    goals: Map<string, Stored<Goal>>;
    records: Map<string, Stored<StepRecord>>;
  };
  /** Someone else edits a cycle or goal: its etag moves on, so the next write with the old one is a conflict. */
  changeBySomeoneElse(kind: 'cycle' | 'goal', id: string, change: Partial<ChangeCycle> | Partial<Goal>): void;
  calls: string[];
  /** Every cycle as stored, newest first (for tests; the view reads them through open). */
  cycles(): Promise<Versioned<ChangeCycle>[]>;
}

export interface FakePlannerSeed {
  cycles?: ChangeCycle[];
  goals?: Goal[];
  records?: StepRecord[];
  meetings?: Meeting[];
  staff?: StaffMember[];
}

/** A PlannerApi over maps, following the rules the real service follows. */
export function fakePlanner(seed: FakePlannerSeed = {}): FakePlanner {
  let nextItem = 100;
  const put = <T>(map: Map<string, Stored<T>>, id: string, value: T) => {
    const seen = map.get(id);
    map.set(id, { value, itemId: seen?.itemId ?? String(nextItem++), version: (seen?.version ?? 0) + 1 });
    return versioned(map.get(id) as Stored<T>);
  };
  const versioned = <T>(s: Stored<T>): Versioned<T> => ({ value: JSON.parse(JSON.stringify(s.value)) as T, itemId: s.itemId, etag: `"${s.itemId},${s.version}"` });
  const store = {
    cycles: new Map<string, Stored<ChangeCycle>>(),
    goals: new Map<string, Stored<Goal>>(),
    records: new Map<string, Stored<StepRecord>>(),
  };
  for (const c of seed.cycles ?? [cycle]) put(store.cycles, c.id, c);
  for (const g of seed.goals ?? goals) put(store.goals, g.id, g);
  for (const r of seed.records ?? records) put(store.records, r.id, r);
  const allMeetings = seed.meetings ?? meetings;
  const allStaff = seed.staff ?? staff;
  const calls: string[] = [];

  function must<V>(verdict: Validated<V>, what: string): V {
    if (!verdict.ok) throw ValidationError.fromFieldErrors(verdict.errors, what);
    return verdict.value;
  }
  function fresh<T extends { id: string }>(map: Map<string, Stored<T>>, current: Versioned<T>): void {
    const stored = map.get(current.value.id);
    if (!stored) throw new Error(`not stored: ${current.value.id}`);
    if (versioned(stored).etag !== current.etag) {
      throw new ConflictError('412', { status: 412, current: versioned(stored) });
    }
  }
  const recordsOf = (cycleId: string) => [...store.records.values()].filter((r) => r.value.cycleId === cycleId);
  const tick = () => Promise.resolve();
  const sorted = () =>
    [...store.cycles.values()].map(versioned).sort((a, b) => b.value.schoolYear.localeCompare(a.value.schoolYear));
  function snapshotOf(cycleId: string): PlannerSnapshot {
    const c = store.cycles.get(cycleId);
    if (!c) throw new Error(`no cycle ${cycleId}`);
    return {
      cycle: versioned(c),
      goals: [...store.goals.values()]
        .filter((g) => g.value.cycleId === cycleId)
        .map(versioned)
        .sort((a, b) => a.value.round - b.value.round || a.value.priority - b.value.priority),
      stepRecords: recordsOf(cycleId).map(versioned),
      meetings: allMeetings.filter((m) => m.cycleId === cycleId).map((m, i) => ({ value: m, itemId: `m${i}`, etag: '"m,1"' })),
      staff: allStaff,
    };
  }

  const api: FakePlanner = {
    store,
    calls,
    changeBySomeoneElse(kind, id, change) {
      const map = (kind === 'cycle' ? store.cycles : store.goals) as Map<string, Stored<object>>;
      const stored = map.get(id) as Stored<object>;
      put(map, id, { ...stored.value, ...change });
    },
    async cycles() {
      return sorted();
    },
    async open(chosen) {
      calls.push(`open:${chosen ?? ''}`);
      await tick();
      const all = sorted();
      const pick = cycleToOpen(all.map((c) => c.value), chosen);
      return { cycles: all, snapshot: pick ? snapshotOf(pick.id) : null };
    },
    async load(cycleId): Promise<PlannerSnapshot> {
      calls.push(`load:${cycleId}`);
      await tick();
      return snapshotOf(cycleId);
    },
    async createCycle(c) {
      calls.push('createCycle');
      const { id: _id, ...draft } = c;
      const value = must(validateCycle(draft), 'cycle');
      await tick();
      return put(store.cycles, c.id, { ...value, id: c.id });
    },
    async updateCycle(current, next) {
      calls.push('updateCycle');
      const value = must(validateCycleUpdate(current.value, next), 'cycle');
      fresh(store.cycles, current);
      await tick();
      return put(store.cycles, current.value.id, { ...value, id: current.value.id });
    },
    async completeStep(current, recs, entry, dream) {
      calls.push(`completeStep:${entry.step}`);
      const done = must(completeStep(current.value, recs, entry), 'step');
      const withDream = dream === undefined ? done.cycle : { ...done.cycle, dream };
      if (dream !== undefined) {
        const { id: _id, ...draft } = withDream;
        must(validateCycle(draft), 'cycle');
      }
      fresh(store.cycles, current);
      await tick();
      const record = done.records.at(-1) as StepRecord;
      const storedRecord = put(store.records, record.id, record);
      const storedCycle = put(store.cycles, current.value.id, withDream);
      return { cycle: storedCycle, record: storedRecord };
    },
    async startNextRound(current, recs) {
      calls.push('startNextRound');
      const value = must(startNextRound(current.value, recs), 'round');
      fresh(store.cycles, current);
      await tick();
      return put(store.cycles, current.value.id, value);
    },
    async startNextCycle(previous, previousGoals, options) {
      calls.push('startNextCycle');
      let n = 0;
      const next = nextCycleFrom(previous.value, previousGoals, {
        cycleId: `cycle-next-${nextItem}`,
        newId: () => `new-${nextItem}-${n++}`,
        today: options.today,
        ...(options.title ? { title: options.title } : {}),
        ...(options.schoolYear ? { schoolYear: options.schoolYear } : {}),
      });
      await tick();
      for (const g of next.goals) put(store.goals, g.id, g);
      for (const r of next.records) put(store.records, r.id, r);
      return put(store.cycles, next.cycle.id, next.cycle);
    },
    async createGoal(goal) {
      calls.push('createGoal');
      const { id, ...draft } = goal;
      const value = must(validateGoal(draft), 'goal');
      await tick();
      return put(store.goals, id, { ...value, id });
    },
    async updateGoal(current, next) {
      calls.push(`updateGoal:${current.value.id}`);
      const value = must(validateGoal(next), 'goal');
      fresh(store.goals, current);
      await tick();
      return put(store.goals, current.value.id, { ...value, id: current.value.id });
    },
    async deleteGoal(current) {
      calls.push(`deleteGoal:${current.value.id}`);
      fresh(store.goals, current);
      await tick();
      store.goals.delete(current.value.id);
    },
  };
  return api;
}

/** A DataApi with the given planner; anything else the view should not need fails loudly. */
export function fakeApi(planner: PlannerApi = fakePlanner(), extra: Partial<DataApi> = {}): DataApi {
  return fakeDataApi({ ...extra, planner });
}

