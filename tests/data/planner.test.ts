/**
 * planner: cycles, goals and the eleven steps over real HTTP against a fresh local server.
 * Writes are checked with the domain's rules before any request; stale edits are refused with
 * the stored version; load() reads everything of a cycle in one $batch round trip.
 */
import { ConflictError, NotFoundError, ValidationError, type DataLayer, type Versioned } from '../../src/data';
import { type ChangeCycle, cycleToOpen } from '../../src/domain/cycles';
import type { Goal, StepRecord } from '../../src/domain/goals';
import type { StepEntry } from '../../src/domain/guidedPath';
import type { Meeting } from '../../src/domain/meetings';
import type { FieldError } from '../../src/domain/validation';
import { CYCLE_LINKED_LISTS } from '../../src/data/lists';
import { DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(90_000);

interface ServerStats {
  total: number;
  batches: number;
  subRequests: number;
}

const SANNE = 'sanne.jansen@delinde.example';
const ib = DEMO_STAFF[0]!;

let t: TestServer;
let layer: DataLayer;
beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({ graphBaseUrl: t.graphBaseUrl, getToken: async () => t.server.tokenFor(DEMO_PROVISIONER), today: new Date(2026, 10, 23, 12) });
  layer = t.layerFor();
});
afterAll(() => t.close());

let n = 0;
const uid = (prefix: string) => `${prefix}-${process.pid}-${++n}`;

function newCycle(overrides: Partial<ChangeCycle> = {}): ChangeCycle {
  return {
    id: uid('cycle'),
    title: 'Samen met ouders',
    dream: 'Ouders en school werken samen aan de ontwikkeling van elk kind.',
    schoolYear: '2026-2027',
    status: 'active',
    coachUpn: ib.upn,
    coachName: ib.displayName,
    memberUpns: [ib.upn, SANNE],
    round: 1,
    stepsDone: [],
    ...overrides,
  };
}

function newGoal(cycleId: string, overrides: Partial<Goal> = {}): Goal {
  return {
    id: uid('goal'),
    cycleId,
    round: 1,
    title: 'Elk kind heeft een startgesprek',
    priority: 1,
    condition: 'structuur',
    epsteinForm: 'communicatie',
    benefits: { personal: [], team: [], school: [] },
    signsOfProgress: [],
    ...overrides,
  };
}

/** A planned team meeting of the cycle, as the timeline's editor makes one. */
function newMeeting(cycleId: string): Meeting {
  return {
    id: uid('meeting'),
    cycleId,
    type: 'team',
    title: 'Teambijeenkomst',
    date: '2026-10-05',
    purpose: '',
    stepsCovered: [],
    minutes: '',
    status: 'planned',
  };
}

function entry(step: StepEntry['step'], overrides: Partial<StepEntry> = {}): StepEntry {
  return { id: uid(`step${step}`), step, date: '2026-09-14', items: [], notes: '', ...overrides };
}

/** Runs a write that must be refused by the rules, and checks it sent nothing. */
async function refused(l: DataLayer, write: () => Promise<unknown>): Promise<FieldError[]> {
  l.http.resetStats();
  const error = await write().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect(l.api.diagnostics().requests).toBe(0);
  return (error as ValidationError).fieldErrors ?? [];
}

async function conflictOf<T>(write: Promise<unknown>): Promise<ConflictError<Versioned<T>>> {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConflictError);
  return error as ConflictError<Versioned<T>>;
}

/** The status mirror of every item of the cycle: goals, step records, meetings, promises. */
async function mirrorOf(cycleId: string): Promise<string[]> {
  const site = await layer.site.sitePath();
  const mirrors: string[] = [];
  for (const list of CYCLE_LINKED_LISTS) {
    const items = await layer.http.getAll<{ fields: Record<string, unknown> }>(
      `${site}/lists/${list.displayName}/items?expand=fields(select=CycleStatus)&$filter=${encodeURIComponent(`fields/CycleKey eq '${cycleId}'`)}`,
    );
    mirrors.push(...items.map((i) => String(i.fields['CycleStatus'])));
  }
  return mirrors;
}

describe('a cycle: create, edit, archive', () => {
  it('creates, edits and archives; the archived cycle refuses every later write', async () => {
    const api = layer.api.planner;
    const draft = newCycle({ status: 'draft' });
    const created = await api.createCycle(draft);
    expect(created.value).toEqual(draft);
    expect((await api.open(null)).cycles.map((c) => c.value.id)).toContain(draft.id);

    const edited = await api.updateCycle(created, { ...created.value, title: 'Samen met ouders, samen met kinderen', status: 'active' });
    expect(edited.value).toMatchObject({ title: 'Samen met ouders, samen met kinderen', status: 'active' });
    expect(edited.etag).not.toBe(created.etag);

    const meeting = await layer.api.meetings.create({
      id: uid('meeting'),
      cycleId: draft.id,
      type: 'veranderteam',
      title: 'Veranderteam 1',
      date: '2026-09-14',
      purpose: '',
      stepsCovered: [1],
      minutes: '',
      status: 'planned',
    });
    expect(await mirrorOf(draft.id)).toEqual(['active']);

    // Steps move forward only: draft → archived is not allowed, active → archived is.
    const statusOrder = await refused(layer, () => api.updateCycle(edited, { ...edited.value, status: 'draft' }));
    expect(statusOrder).toEqual([expect.objectContaining({ field: 'status', params: expect.objectContaining({ reason: 'statusOrder' }) })]);
    const archived = await api.updateCycle(edited, { ...edited.value, status: 'archived' });
    expect(archived.value.status).toBe('archived');
    expect(await mirrorOf(draft.id)).toEqual(['archived']);

    const archivedReason = [expect.objectContaining({ code: 'invalidChoice', params: expect.objectContaining({ reason: 'archived' }) })];
    expect(await refused(layer, () => api.updateCycle(archived, { ...archived.value, title: 'Nog één keer' }))).toEqual(archivedReason);
    expect(await refused(layer, () => api.updateCycle(archived, { ...archived.value, status: 'active' }))).toEqual(archivedReason);
    expect(await refused(layer, () => api.completeStep(archived, [], entry(1)))).toEqual(archivedReason);
    expect(await refused(layer, () => api.startNextRound(archived, []))).toEqual(archivedReason);
    expect(
      await refused(layer, () => layer.api.meetings.update(meeting, { ...meeting.value, minutes: 'Nagekomen' })),
    ).toEqual(archivedReason);
    // A create reads the cycle as stored first (for the status mirror): one read, no write.
    layer.http.resetStats();
    await expect(layer.api.meetings.create({ ...meeting.value, id: uid('meeting') })).rejects.toMatchObject({
      name: 'ValidationError',
      fieldErrors: archivedReason,
    });
    expect(layer.api.diagnostics().byMethod).toEqual({ GET: 1 });
    layer.http.resetStats();
    await expect(api.createGoal(newGoal(draft.id))).rejects.toMatchObject({ name: 'ValidationError', fieldErrors: archivedReason });
    expect(layer.api.diagnostics().byMethod).toEqual({ GET: 1 });

    const stored = await layer.api.planner.load(draft.id);
    expect(stored.cycle.value).toEqual(archived.value);
    expect(stored.goals).toEqual([]);
    expect(stored.meetings.map((m) => m.value)).toEqual([meeting.value]);
  });

  it('moves the status mirror of its goals, step records, meetings and promises along with its status', async () => {
    const api = layer.api.planner;
    const draft = await api.createCycle(newCycle({ status: 'draft' }));
    const goal = await api.createGoal(newGoal(draft.value.id));
    const done = await api.completeStep(draft, [], entry(1));
    await layer.api.meetings.create(newMeeting(draft.value.id));
    await layer.api.commitments.create({
      id: uid('promise'),
      cycleId: draft.value.id,
      ownerUpn: SANNE,
      ownerName: 'Sanne Jansen',
      bouw: 'onderbouw',
      madeOn: '2026-10-05',
      dueDate: '2026-11-05',
      text: 'Ik bel elke ouder één keer voor de herfstvakantie',
      status: 'open',
      whatWorked: '',
      whatWasHard: '',
      supportWanted: false,
    });
    expect(await mirrorOf(draft.value.id)).toEqual(['draft', 'draft', 'draft', 'draft']);

    const active = await api.updateCycle(done.cycle, { ...done.cycle.value, status: 'active' });
    expect(await mirrorOf(draft.value.id)).toEqual(['active', 'active', 'active', 'active']);
    // The goal's own edit is no mirror write: its etag moved, but a save from the new etag goes through.
    const saved = await api.updateGoal((await api.load(draft.value.id)).goals[0]!, { ...goal.value, title: 'Elk kind, elke ouder' });
    expect(saved.value.title).toBe('Elk kind, elke ouder');
    await api.updateCycle(active, { ...active.value, status: 'archived' });
    expect(await mirrorOf(draft.value.id)).toEqual(['archived', 'archived', 'archived', 'archived']);
  });

  describe('a status change whose meeting mirror fails', () => {
    const realFetch = globalThis.fetch;
    let failures = 0;
    beforeEach(() => {
      globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (failures > 0 && String(input).endsWith('/$batch') && String(init?.body).includes('"PATCH"')) {
          failures -= 1;
          throw new TypeError('connection reset');
        }
        return realFetch(input, init);
      }) as typeof fetch;
    });
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    async function cycleWithMeeting(): Promise<Versioned<ChangeCycle>> {
      const cycle = await layer.api.planner.createCycle(newCycle());
      await layer.api.meetings.create(newMeeting(cycle.value.id));
      return cycle;
    }

    it('writes the mirror again at once when the cycle itself was saved', async () => {
      const cycle = await cycleWithMeeting();
      failures = 1;
      const saved = await layer.api.planner.updateCycle(cycle, { ...cycle.value, status: 'archived' });
      expect(failures).toBe(0);
      expect(saved.value.status).toBe('archived');
      expect(await mirrorOf(cycle.value.id)).toEqual(['archived']);
    });

    it('is completed by a retry when the mirror keeps failing', async () => {
      const api = layer.api.planner;
      const cycle = await cycleWithMeeting();
      failures = 2;
      await expect(api.updateCycle(cycle, { ...cycle.value, status: 'archived' })).rejects.toMatchObject({ name: 'UnavailableError' });
      expect(await mirrorOf(cycle.value.id)).toEqual(['active']);
      // The cycle itself was saved: the retry learns so (412 with the stored cycle), and saving
      // that same value again writes the mirror that was missing.
      const conflict = await conflictOf<ChangeCycle>(api.updateCycle(cycle, { ...cycle.value, status: 'archived' }));
      expect(conflict.current?.value.status).toBe('archived');
      const repaired = await api.updateCycle(conflict.current!, { ...conflict.current!.value });
      expect(repaired).toEqual(conflict.current);
      expect(await mirrorOf(cycle.value.id)).toEqual(['archived']);
      // Any real change of the archived cycle is still refused.
      expect(await refused(layer, () => api.updateCycle(repaired, { ...repaired.value, title: 'Anders' }))).toEqual([
        expect.objectContaining({ params: expect.objectContaining({ reason: 'archived' }) }),
      ]);
    });
  });

  it('creates only draft or active cycles, with ids that fit the ClientKey column', async () => {
    const api = layer.api.planner;
    expect(await refused(layer, () => api.createCycle(newCycle({ status: 'archived' })))).toEqual([
      { field: 'status', code: 'invalidChoice' },
    ]);
    expect(await refused(layer, () => api.createCycle(newCycle({ id: '' })))).toEqual([{ field: 'id', code: 'required' }]);
    expect(await refused(layer, () => api.createCycle(newCycle({ id: 'x'.repeat(65) })))).toEqual([
      { field: 'id', code: 'tooLong', params: { max: 64 } },
    ]);
    expect(await refused(layer, () => api.createCycle(newCycle({ schoolYear: '2026-2028' })))).toEqual([
      { field: 'schoolYear', code: 'invalidChoice' },
    ]);
  });

  it('answers NotFoundError for a cycle that does not exist', async () => {
    await expect(layer.api.planner.load('no-such-cycle')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the eleven steps', () => {
  let cycle: Versioned<ChangeCycle>;
  let records: StepRecord[];
  let goals: Versioned<Goal>[];

  const complete = async (e: StepEntry, dream?: string) => {
    const done = await layer.api.planner.completeStep(cycle, records, e, dream);
    cycle = done.cycle;
    records = [...records, done.record.value];
    return done;
  };

  beforeAll(async () => {
    cycle = await layer.api.planner.createCycle(newCycle());
    records = [];
    goals = [];
  });

  it('walks steps 1–11 with their outputs, in order', async () => {
    const api = layer.api.planner;
    const meeting = await layer.api.meetings.create({
      id: uid('meeting'),
      cycleId: cycle.value.id,
      type: 'veranderteam',
      title: 'Veranderteambijeenkomst 1',
      date: '2026-09-14',
      purpose: 'Droom en doelen',
      stepsCovered: [1, 2],
      minutes: '',
      status: 'held',
    });

    // Step 1 saves the dream on the cycle.
    const dream = 'Ouders voelen zich welkom 🤝 — آباء مرحب بهم — 家长受欢迎';
    const first = await complete(entry(1, { meetingId: meeting.value.id, notes: 'Droom verwoord' }), dream);
    expect(first.cycle.value).toMatchObject({ dream, stepsDone: [1] });
    expect(first.record.value).toMatchObject({ cycleId: cycle.value.id, round: 1, step: 1, meetingId: meeting.value.id });

    // No skipping ahead: step 3 before step 2 is refused, nothing is sent.
    expect(await refused(layer, () => api.completeStep(cycle, records, entry(3)))).toEqual([
      expect.objectContaining({ field: 'step', params: expect.objectContaining({ reason: 'notReached', current: 2 }) }),
    ]);

    // Step 2: the goals, then the record of the step.
    for (const [i, title] of ['Elk kind heeft een startgesprek', 'Ouders denken mee in een ouderpanel'].entries()) {
      goals.push(await api.createGoal(newGoal(cycle.value.id, { title, priority: i + 1 })));
    }
    await complete(entry(2, { meetingId: meeting.value.id }));
    await complete(entry(3, { items: ['De MR', 'Het ouderpanel'] }));

    // Step 4 is per goal: a record for each goal, and the benefits on the goal itself.
    for (const goal of goals) {
      await complete(entry(4, { goalId: goal.value.id, items: ['Rust in de gesprekken'] }));
      const saved = await api.updateGoal(goal, {
        ...goal.value,
        benefits: { personal: ['Ik ken de ouders'], team: ['Zelfde aanpak'], school: ['Ouders voelen zich gehoord'] },
      });
      goals[goals.indexOf(goal)] = saved;
    }

    // Step 5 carries a score; without one, or out of the 0–10 scale, it is refused.
    expect(await refused(layer, () => api.completeStep(cycle, records, entry(5, { items: ['Open dag'] })))).toEqual([
      expect.objectContaining({ field: 'score', code: 'outOfRange' }),
    ]);
    expect(await refused(layer, () => api.completeStep(cycle, records, entry(5, { score: 11 })))).toEqual([
      expect.objectContaining({ field: 'score', code: 'outOfRange' }),
    ]);
    expect(await refused(layer, () => api.completeStep(cycle, records, entry(5, { score: 6.3 })))).toHaveLength(1);
    const five = await complete(entry(5, { items: ['De open dag loopt goed'], score: 6.5 }));
    expect(five.record.value.score).toBe(6.5);
    // Other steps take no score.
    expect(await refused(layer, () => api.completeStep(cycle, records, entry(6, { score: 5 })))).toEqual([
      expect.objectContaining({ field: 'score' }),
    ]);

    for (const goal of goals) await complete(entry(6, { goalId: goal.value.id, items: ['Ouders vullen het formulier in'] }));
    await complete(entry(7, { items: ['Tijd is krap'] }));
    await complete(entry(8, { items: ['Ingrid helpt met de gespreksvoering'] }));
    await complete(entry(9));
    await complete(entry(10, { items: ['Startgesprekken werkten'], notes: '<script>alert(1)</script> blijft tekst' }));
    expect(await refused(layer, () => api.startNextRound(cycle, records))).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ reason: 'roundNotComplete', current: 11 }) }),
    ]);
    await complete(entry(11, { items: ['Taart 🎂'] }));
    expect(cycle.value.stepsDone).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

    // Revisiting a done step adds a record and leaves stepsDone as it is.
    const again = await complete(entry(3, { date: '2026-10-01', items: ['Ook de oudervereniging'] }));
    expect(again.cycle.value.stepsDone).toHaveLength(11);

    const snapshot = await api.load(cycle.value.id);
    expect(snapshot.cycle).toEqual(cycle);
    expect(snapshot.stepRecords.map((r) => r.value)).toEqual(records);
    expect(snapshot.stepRecords.map((r) => r.value.step)).toEqual([1, 2, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 11, 3]);
    expect(snapshot.stepRecords.filter((r) => r.value.step === 4).map((r) => r.value.goalId)).toEqual(goals.map((g) => g.value.id));
    expect(snapshot.stepRecords.find((r) => r.value.step === 10)!.value.notes).toBe('<script>alert(1)</script> blijft tekst');
    expect(snapshot.goals.map((g) => g.value)).toEqual(goals.map((g) => g.value));
    expect(snapshot.staff).toHaveLength(DEMO_STAFF.length);
  });

  it('starts the next round: steps 2–11 again, the dream is kept', async () => {
    const api = layer.api.planner;
    const next = await api.startNextRound(cycle, records);
    expect(next.value).toMatchObject({ round: 2, stepsDone: [], dream: cycle.value.dream });
    cycle = next;
    expect(await refused(layer, () => api.completeStep(cycle, records, entry(1)))).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ reason: 'notInRound', round: 2 }) }),
    ]);
    const second = await complete(entry(2, { date: '2027-01-20' }));
    expect(second).toMatchObject({ cycle: { value: { round: 2, stepsDone: [2] } }, record: { value: { round: 2, step: 2 } } });
    expect(await refused(layer, () => api.completeStep(cycle, records, entry(2), 'Een nieuwe droom'))).toEqual([
      expect.objectContaining({ field: 'dream' }),
    ]);
  });

  it('completes a step once when the cycle update failed after the record was written', async () => {
    const api = layer.api.planner;
    const other = t.layerFor(SANNE).api.planner;
    // Someone else edits the cycle meanwhile: the record goes in, the cycle update is refused.
    const theirs = await other.updateCycle((await other.load(cycle.value.id)).cycle, { ...cycle.value, title: 'Ronde twee' });
    const three = entry(3, { date: '2027-01-21', items: ['Het ouderpanel opnieuw'] });
    const conflict = await conflictOf<ChangeCycle>(api.completeStep(cycle, records, three));
    expect(conflict.current).toEqual(theirs);

    // The retry with the stored cycle (and with or without the record) completes it, once.
    const done = await api.completeStep(conflict.current!, records, three);
    expect(done.cycle.value).toMatchObject({ title: 'Ronde twee', stepsDone: [2, 3] });
    const fresh = await t.layerFor().api.planner.completeStep(done.cycle, [...records, done.record.value], three);
    expect(fresh.record.itemId).toBe(done.record.itemId);
    cycle = fresh.cycle;
    records = [...records, done.record.value];
    const stored = await api.load(cycle.value.id);
    expect(stored.stepRecords.filter((r) => r.value.id === three.id)).toHaveLength(1);
    expect(stored.cycle.value.stepsDone).toEqual([2, 3]);
  });
});

describe('the next cycle', () => {
  it('carries the dream, coach, team and the last round’s goals into a new draft cycle', async () => {
    const api = layer.api.planner;
    const previous = await api.createCycle(newCycle({ round: 2, stepsDone: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }));
    const old = await api.createGoal(newGoal(previous.value.id, { round: 1, title: 'Oud doel' }));
    const g2 = await api.createGoal(newGoal(previous.value.id, { round: 2, title: 'Ouderpanel', priority: 2, signsOfProgress: ['Tien ouders doen mee'] }));
    const g1 = await api.createGoal(newGoal(previous.value.id, { round: 2, title: 'Startgesprek 🤝', priority: 1 }));

    const next = await api.startNextCycle(previous, [old, g2, g1].map((g) => g.value), { today: '2027-08-30' });
    expect(next.value).toMatchObject({
      title: previous.value.title,
      dream: previous.value.dream,
      schoolYear: '2027-2028',
      status: 'draft',
      coachUpn: ib.upn,
      coachName: ib.displayName,
      memberUpns: previous.value.memberUpns,
      round: 1,
      stepsDone: [1],
    });
    expect(next.value.id).toMatch(/^[0-9a-f-]{36}$/);

    const snapshot = await api.load(next.value.id);
    expect(snapshot.goals.map((g) => [g.value.title, g.value.priority, g.value.round])).toEqual([
      ['Startgesprek 🤝', 1, 1],
      ['Ouderpanel', 2, 1],
    ]);
    expect(snapshot.goals[1]!.value.signsOfProgress).toEqual(['Tien ouders doen mee']);
    expect(snapshot.goals.map((g) => g.value.id)).not.toContain(g1.value.id);
    expect(snapshot.stepRecords.map((r) => r.value)).toEqual([
      expect.objectContaining({ cycleId: next.value.id, round: 1, step: 1, date: '2027-08-30', items: [] }),
    ]);
    // The previous cycle is left as it was.
    expect((await api.load(previous.value.id)).goals).toHaveLength(3);
  });

  it('completes the same next cycle when a retry follows a failure midway', async () => {
    const api = layer.api.planner;
    const previous = await api.createCycle(newCycle({ title: 'Herkansing' }));
    const goals = await Promise.all(
      [1, 2, 3].map((p) => api.createGoal(newGoal(previous.value.id, { title: `Doel ${p}`, priority: p }))),
    );
    const realFetch = globalThis.fetch;
    let failed = 0;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST' && String(input).endsWith('/lists/DriehoekGoals/items') && failed++ === 1) {
        return new Response(JSON.stringify({ error: { code: 'invalidRequest', message: 'injected' } }), {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      await expect(api.startNextCycle(previous, goals.map((g) => g.value), { today: '2027-08-30', title: 'Herkansing 2' })).rejects.toBeInstanceOf(ValidationError);
    } finally {
      globalThis.fetch = realFetch;
    }
    const next = await api.startNextCycle(previous, goals.map((g) => g.value), { today: '2027-08-30', title: 'Herkansing 2' });
    const all = (await api.open(null)).cycles.filter((c) => c.value.title === 'Herkansing 2');
    expect(all.map((c) => c.itemId)).toEqual([next.itemId]);
    const snapshot = await api.load(next.value.id);
    expect(snapshot.goals.map((g) => g.value.title)).toEqual(['Doel 1', 'Doel 2', 'Doel 3']);
    expect(snapshot.stepRecords).toHaveLength(1);
  });

  it('refuses a next cycle with a bad title before writing anything', async () => {
    const api = layer.api.planner;
    const previous = (await api.open(null)).cycles[0]!;
    expect(await refused(layer, () => api.startNextCycle(previous, [], { today: '2027-08-30', title: ' ' }))).toEqual([
      { field: 'title', code: 'required' },
    ]);
  });
});

describe('open', () => {
  it('reads every cycle and the active one with its items in one $batch round trip', async () => {
    const fresh = t.layerFor(SANNE);
    await fresh.site.siteId();
    fresh.http.resetStats();
    await t.admin('DELETE', '/local/admin/stats');
    const opened = await fresh.api.planner.open(null);
    expect(fresh.api.diagnostics()).toMatchObject({ requests: 1, attempts: 1, batches: 1 });
    expect(await t.admin<ServerStats>('GET', '/local/admin/stats')).toMatchObject({ total: 1, batches: 1, subRequests: 5 });

    const years = opened.cycles.map((c) => c.value.schoolYear);
    expect(years).toEqual([...years].sort().reverse());
    const active = cycleToOpen(opened.cycles.map((c) => c.value))!;
    expect(active.status).toBe('active');
    // Several cycles are active in this school: only the one opened has its items here.
    expect(opened.cycles.filter((c) => c.value.status === 'active').length).toBeGreaterThan(1);
    expect(opened.snapshot).toEqual(await fresh.api.planner.load(active.id));
  });

  it('reads a chosen cycle by its key in the same one round trip', async () => {
    const chosen = 'demo-cycle-partnerschap';
    layer.http.resetStats();
    const opened = await layer.api.planner.open(chosen);
    expect(layer.api.diagnostics()).toMatchObject({ requests: 1, batches: 1 });
    expect(opened.snapshot?.cycle.value.id).toBe(chosen);
    expect(opened.snapshot).toEqual(await layer.api.planner.load(chosen));
  });

  it('opens the active cycle, one $batch more, when the chosen one is gone', async () => {
    layer.http.resetStats();
    const opened = await layer.api.planner.open('a-cycle-someone-removed');
    expect(layer.api.diagnostics()).toMatchObject({ requests: 2, batches: 2 });
    expect(opened.snapshot?.cycle.value.id).toBe(cycleToOpen(opened.cycles.map((c) => c.value))!.id);
  });
});

describe('load', () => {
  it('reads cycle, goals, step records, meetings and staff in one $batch round trip', async () => {
    const cycleId = 'demo-cycle-partnerschap';
    const fresh = t.layerFor(SANNE);
    fresh.http.resetStats();
    await fresh.api.planner.load(cycleId);
    // A fresh layer first resolves the site id (one GET), then sends the batch.
    expect(fresh.api.diagnostics()).toMatchObject({ requests: 2, batches: 1, byMethod: { GET: 1, POST: 1 } });

    fresh.http.resetStats();
    await t.admin('DELETE', '/local/admin/stats');
    const snapshot = await fresh.api.planner.load(cycleId);
    expect(fresh.api.diagnostics()).toMatchObject({ requests: 1, attempts: 1, batches: 1 });
    expect(await t.admin<ServerStats>('GET', '/local/admin/stats')).toMatchObject({ total: 1, batches: 1, subRequests: 5 });

    expect(snapshot.cycle.value.id).toBe(cycleId);
    expect(snapshot.goals.length).toBeGreaterThan(0);
    const order = snapshot.goals.map((g) => [g.value.round, g.value.priority]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    const dates = snapshot.stepRecords.map((r) => r.value.date);
    expect(dates).toEqual([...dates].sort());
    const meetingDates = snapshot.meetings.map((m) => m.value.date);
    expect(meetingDates).toEqual([...meetingDates].sort());
    expect(snapshot.staff.map((s) => s.upn).sort()).toEqual(DEMO_STAFF.map((s) => s.upn).sort());
  });
});

describe('someone else saved first (412)', () => {
  it('refuses the second edit of a cycle with the first one’s version and writes nothing of it', async () => {
    const created = await layer.api.planner.createCycle(newCycle());
    const a = t.layerFor().api.planner;
    const b = t.layerFor(SANNE).api.planner;
    const [mine, theirs] = await Promise.all([a.load(created.value.id), b.load(created.value.id)]);
    const saved = await a.updateCycle(mine.cycle, { ...mine.cycle.value, title: 'Titel van Ingrid' });
    const conflict = await conflictOf<ChangeCycle>(b.updateCycle(theirs.cycle, { ...theirs.cycle.value, dream: 'Droom van Sanne' }));
    expect(conflict.status).toBe(412);
    expect(conflict.current).toEqual(saved);
    const stored = (await a.load(created.value.id)).cycle;
    expect(stored.value).toMatchObject({ title: 'Titel van Ingrid', dream: created.value.dream });
  });

  it('refuses the second edit of a goal, and a delete with a stale version', async () => {
    const cycle = await layer.api.planner.createCycle(newCycle());
    const goal = await layer.api.planner.createGoal(newGoal(cycle.value.id));
    const a = t.layerFor().api.planner;
    const b = t.layerFor(SANNE).api.planner;
    const saved = await a.updateGoal(goal, { ...goal.value, title: 'Elk kind heeft een startgesprek in september' });
    const conflict = await conflictOf<Goal>(b.updateGoal(goal, { ...goal.value, priority: 2, signsOfProgress: ['x'] }));
    expect(conflict.current).toEqual(saved);
    await conflictOf<Goal>(b.deleteGoal(goal));
    const stored = (await a.load(cycle.value.id)).goals;
    expect(stored.map((g) => g.value)).toEqual([saved.value]);
    await b.deleteGoal(conflict.current!);
    expect((await a.load(cycle.value.id)).goals).toEqual([]);
  });
});

describe('bad input', () => {
  it('refuses empty and too long titles before sending anything; 255 characters are fine', async () => {
    const api = layer.api.planner;
    expect(await refused(layer, () => api.createCycle(newCycle({ title: '   ' })))).toEqual([{ field: 'title', code: 'required' }]);
    expect(await refused(layer, () => api.createCycle(newCycle({ title: 'a'.repeat(256) })))).toEqual([
      { field: 'title', code: 'tooLong', params: { max: 255 } },
    ]);
    expect(await refused(layer, () => api.createCycle(newCycle({ dream: '' })))).toEqual([{ field: 'dream', code: 'required' }]);
    const long = await api.createCycle(newCycle({ title: 'a'.repeat(255) }));
    expect(long.value.title).toHaveLength(255);

    expect(await refused(layer, () => api.updateCycle(long, { ...long.value, title: '' }))).toEqual([{ field: 'title', code: 'required' }]);
    expect(await refused(layer, () => api.createGoal(newGoal(long.value.id, { title: 'b'.repeat(256) })))).toEqual([
      { field: 'title', code: 'tooLong', params: { max: 255 } },
    ]);
    expect(
      await refused(layer, () =>
        api.createGoal(newGoal(long.value.id, { priority: 0, benefits: { personal: ['ok', ' '], team: [], school: [] } })),
      ),
    ).toEqual([
      { field: 'priority', code: 'outOfRange', params: { min: 1 } },
      { field: 'benefits.personal.1', code: 'required' },
    ]);
    expect(await refused(layer, () => api.createGoal(newGoal(long.value.id, { round: 0 })))).toEqual([
      { field: 'round', code: 'outOfRange', params: { min: 1 } },
    ]);
    const goal = await api.createGoal(newGoal(long.value.id));
    expect(await refused(layer, () => api.updateGoal(goal, { ...goal.value, cycleId: 'demo-cycle-partnerschap' }))).toEqual([
      { field: 'cycleId', code: 'invalidChoice' },
    ]);
    expect(await refused(layer, () => api.completeStep(long, [], entry(1, { date: '2026-02-30' })))).toEqual([
      { field: 'date', code: 'invalidDate' },
    ]);
  });

  it('stores markup verbatim as text, and keeps emoji and non-Latin script intact', async () => {
    const api = layer.api.planner;
    const title = '<script>alert("x")</script> & <b>vet</b>';
    const dream = 'Ouders 👨‍👩‍👧 en school — Ахмед, Yılmaz, محمد, 小明 — <img src=x onerror=alert(1)>';
    const created = await api.createCycle(newCycle({ title, dream }));
    const goal = await api.createGoal(newGoal(created.value.id, { title: 'Ğüşİöç 😀 <i>doel</i>', signsOfProgress: ['<a href="javascript:x">kijk</a>'] }));
    const other = await t.layerFor(SANNE).api.planner.load(created.value.id);
    expect(other.cycle.value.title).toBe(title);
    expect(other.cycle.value.dream).toBe(dream);
    expect(other.goals.map((g) => g.value)).toEqual([goal.value]);
    expect(goal.value.title).toBe('Ğüşİöç 😀 <i>doel</i>');
  });
});
