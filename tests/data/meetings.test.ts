/**
 * meetings: the timeline's meetings over real HTTP against a fresh local server. Checked with
 * the domain's rules before any request; stale edits refused with the stored version; the
 * CycleStatus mirror that the timeline filters on stays right through creates and updates.
 */
import { ConflictError, NotFoundError, ValidationError, type DataLayer, type Versioned } from '../../src/data';
import type { ChangeCycle } from '../../src/domain/cycles';
import type { Meeting } from '../../src/domain/meetings';
import type { FieldError } from '../../src/domain/validation';
import { DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

const SANNE = 'sanne.jansen@delinde.example';
const DEMO_CYCLE = 'demo-cycle-partnerschap';

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

function newMeeting(cycleId: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: uid('meeting'),
    cycleId,
    type: 'bouw',
    title: 'Bouwvergadering middenbouw',
    date: '2026-12-08',
    purpose: 'Beloftes bespreken',
    stepsCovered: [9, 10],
    minutes: '',
    status: 'planned',
    ...overrides,
  };
}

async function newCycle(status: ChangeCycle['status'] = 'active'): Promise<Versioned<ChangeCycle>> {
  const ib = DEMO_STAFF[0]!;
  return layer.api.planner.createCycle({
    id: uid('cycle'),
    title: 'Tweede veranderplan',
    dream: 'Samen met ouders.',
    schoolYear: '2026-2027',
    status,
    coachUpn: ib.upn,
    memberUpns: [],
    round: 1,
    stepsDone: [],
  });
}

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

async function mirrorOf(meetingId: string): Promise<unknown> {
  const site = await layer.site.sitePath();
  const items = await layer.http.getAll<{ fields: Record<string, unknown> }>(
    `${site}/lists/DriehoekMeetings/items?expand=fields(select=CycleStatus,CycleLookupId)&$filter=${encodeURIComponent(`fields/ClientKey eq '${meetingId}'`)}`,
  );
  expect(items).toHaveLength(1);
  return items[0]!.fields['CycleStatus'];
}

it('creates, updates and lists a cycle’s meetings by date; the timeline shows them', async () => {
  const api = layer.api.meetings;
  const late = await api.create(newMeeting(DEMO_CYCLE, { date: '2027-06-30', title: 'Afsluiting' }));
  const early = await api.create(newMeeting(DEMO_CYCLE, { date: '2026-12-08' }));
  expect(early.value.cycleId).toBe(DEMO_CYCLE);
  expect(await mirrorOf(early.value.id)).toBe('active');

  const held = await api.update(early, {
    ...early.value,
    status: 'held',
    score: 6.5,
    minutes: 'Iedereen was er 👍; <script>alert(1)</script> blijft tekst',
    stepsCovered: [10, 9, 9],
  });
  expect(held.value).toMatchObject({ status: 'held', score: 6.5, stepsCovered: [9, 10] });
  // The update leaves the mirror (and the lookup) as they were: the meeting stays on the timeline.
  expect(await mirrorOf(early.value.id)).toBe('active');

  const listed = await t.layerFor(SANNE).api.meetings.ofCycle(DEMO_CYCLE);
  const dates = listed.map((m) => m.value.date);
  expect(dates).toEqual([...dates].sort());
  expect(listed.find((m) => m.value.id === early.value.id)!.value).toEqual(held.value);
  expect(listed.find((m) => m.value.id === late.value.id)!.value).toEqual(late.value);

  const timeline = await layer.api.timeline.load();
  expect(timeline.meetings.find((m) => m.id === early.value.id)).toEqual(held.value);
});

it('writes the cycle’s status as stored now into the mirror, even when this session saw an older one', async () => {
  const draft = await newCycle('draft');
  const mine = t.layerFor();
  await mine.api.planner.load(draft.value.id); // this session now knows the cycle as draft
  await t.layerFor(SANNE).api.planner.updateCycle(draft, { ...draft.value, status: 'active' });

  const created = await mine.api.meetings.create(newMeeting(draft.value.id));
  expect(await mirrorOf(created.value.id)).toBe('active');
  // Archiving moves the mirror along, and the archived cycle's meetings are no longer written.
  const active = (await mine.api.planner.load(draft.value.id)).cycle;
  await mine.api.planner.updateCycle(active, { ...active.value, status: 'archived' });
  expect(await mirrorOf(created.value.id)).toBe('archived');
  expect(await refused(mine, () => mine.api.meetings.update(created, { ...created.value, title: 'Later' }))).toEqual([
    expect.objectContaining({ field: 'cycleId', params: expect.objectContaining({ reason: 'archived' }) }),
  ]);
});

it('saves an edit made before the cycle’s status changed: only the mirror moved, so it is no conflict', async () => {
  const draft = await newCycle('draft');
  const sanne = t.layerFor(SANNE);
  const created = await layer.api.meetings.create(newMeeting(draft.value.id));
  const held = (await sanne.api.meetings.ofCycle(draft.value.id)).find((m) => m.value.id === created.value.id)!;

  // Meanwhile the IB starts the cycle: the meeting's item gets a new etag for the mirror alone.
  await layer.api.planner.updateCycle(draft, { ...draft.value, status: 'active' });
  expect(await mirrorOf(created.value.id)).toBe('active');

  const saved = await sanne.api.meetings.update(held, { ...held.value, title: 'Bouwvergadering onderbouw' });
  expect(saved.value.title).toBe('Bouwvergadering onderbouw');
  expect(saved.etag).not.toBe(held.etag);
  expect(await mirrorOf(created.value.id)).toBe('active');

  // A colleague's real change is still a conflict, with their version.
  await layer.api.meetings.update(saved, { ...saved.value, purpose: 'Ouderavond voorbereiden' });
  const conflict = await sanne.api.meetings.update(saved, { ...saved.value, title: 'Nog anders' }).catch((e: unknown) => e);
  expect(conflict).toBeInstanceOf(ConflictError);
  expect((conflict as ConflictError<Versioned<Meeting>>).current?.value.purpose).toBe('Ouderavond voorbereiden');
});

it('does not save an edit into a cycle archived meanwhile: the person sees the conflict, and a retry is refused', async () => {
  const cycle = await newCycle('active');
  const sanne = t.layerFor(SANNE);
  const created = await layer.api.meetings.create(newMeeting(cycle.value.id));
  await sanne.api.planner.load(cycle.value.id); // Sanne's session knows the cycle as active
  const held = (await sanne.api.meetings.ofCycle(cycle.value.id)).find((m) => m.value.id === created.value.id)!;

  await layer.api.planner.updateCycle(cycle, { ...cycle.value, status: 'archived' });
  const conflict = await sanne.api.meetings.update(held, { ...held.value, title: 'Te laat' }).catch((e: unknown) => e);
  expect(conflict).toBeInstanceOf(ConflictError);
  const current = (conflict as ConflictError<Versioned<Meeting>>).current!;
  expect(current.value.title).toBe(held.value.title);

  // Keeping her version against the stored one: the archived cycle's rule, in words.
  expect(await refused(sanne, () => sanne.api.meetings.update(current, { ...current.value, title: 'Te laat' }))).toEqual([
    expect.objectContaining({ field: 'cycleId', params: expect.objectContaining({ reason: 'archived' }) }),
  ]);
  expect((await layer.api.meetings.ofCycle(cycle.value.id)).find((m) => m.value.id === created.value.id)!.value.title).toBe(held.value.title);
});

it('refuses a meeting of a cycle that does not exist', async () => {
  await expect(layer.api.meetings.create(newMeeting('no-such-cycle'))).rejects.toBeInstanceOf(NotFoundError);
});

it('refuses the second of two edits with the first one’s version and writes nothing of it', async () => {
  const created = await layer.api.meetings.create(newMeeting(DEMO_CYCLE));
  const ingrid = t.layerFor().api.meetings;
  const sanne = t.layerFor(SANNE).api.meetings;
  const saved = await ingrid.update(created, { ...created.value, purpose: 'Beloftes per jaargroep 🤝' });
  const error = await sanne.update(created, { ...created.value, minutes: 'Van Sanne', score: 7 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConflictError);
  const conflict = error as ConflictError<Versioned<Meeting>>;
  expect(conflict.status).toBe(412);
  expect(conflict.current).toEqual(saved);
  const stored = (await ingrid.ofCycle(DEMO_CYCLE)).find((m) => m.value.id === created.value.id)!;
  expect(stored).toEqual(saved);
  expect(stored.value.minutes).toBe('');
  expect(stored.value.score).toBeUndefined();
});

it('refuses bad input before sending anything, and keeps text as typed', async () => {
  const api = layer.api.meetings;
  expect(await refused(layer, () => api.create(newMeeting(DEMO_CYCLE, { title: '' })))).toEqual([{ field: 'title', code: 'required' }]);
  expect(await refused(layer, () => api.create(newMeeting(DEMO_CYCLE, { title: 'x'.repeat(256) })))).toEqual([
    { field: 'title', code: 'tooLong', params: { max: 255 } },
  ]);
  expect(await refused(layer, () => api.create(newMeeting(DEMO_CYCLE, { score: 11 })))).toEqual([
    { field: 'score', code: 'outOfRange', params: { min: 0, max: 10 } },
  ]);
  expect(await refused(layer, () => api.create(newMeeting(DEMO_CYCLE, { score: -0.5 })))).toHaveLength(1);
  expect(await refused(layer, () => api.create(newMeeting(DEMO_CYCLE, { date: '2026-02-30' })))).toEqual([
    { field: 'date', code: 'invalidDate' },
  ]);
  expect(await refused(layer, () => api.create(newMeeting(DEMO_CYCLE, { id: '' })))).toEqual([{ field: 'id', code: 'required' }]);

  const title = '<script>alert("x")</script> Ouderavond 🌍 — اجتماع — 家长会 — Yılmaz';
  const created = await api.create(newMeeting(DEMO_CYCLE, { title, type: 'informatieavond', score: 0 }));
  expect(created.value.title).toBe(title);
  expect(created.value.score).toBe(0);
  const read = (await t.layerFor(SANNE).api.meetings.ofCycle(DEMO_CYCLE)).find((m) => m.value.id === created.value.id)!;
  expect(read.value).toEqual(created.value);

  expect(await refused(layer, () => api.update(created, { ...created.value, score: 10.5 }))).toEqual([
    expect.objectContaining({ field: 'score' }),
  ]);
  // A meeting stays on its cycle's timeline.
  const other = await newCycle();
  expect(await refused(layer, () => api.update(created, { ...created.value, cycleId: other.value.id }))).toEqual([
    { field: 'cycleId', code: 'invalidChoice' },
  ]);
});
