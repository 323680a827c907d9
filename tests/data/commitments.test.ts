/**
 * The promise tracker against a real local server: each view lists exactly the promises the
 * domain says it should, in one $batch; reports, renegotiation and the IB's support follow-up
 * go through the domain's rules (refusals send nothing) and If-Match (a stale report gets a
 * ConflictError with the stored promise); user text is kept verbatim; and the views keep working
 * on a promises list far past SharePoint's 5,000-item list view threshold.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createDataLayer, type DataLayer } from '../../src/data';
import type { CommitmentView } from '../../src/data/api';
import { AccessDeniedError, ConflictError, ValidationError } from '../../src/data/errors';
import { commitmentMapper, COMMITMENTS_LIST } from '../../src/data/lists/commitments';
import type { Versioned } from '../../src/data/repositories';
import { DEMO_CYCLE_KEY } from '../../src/demo/content/cycle';
import { DEMO_GUEST, DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import { type Commitment, mine, myGroup } from '../../src/domain/commitments';
import { overdue, supportRequests } from '../../src/domain/tracking';
import { startGraphServer } from '../../src/server';
import { applyFieldValues } from '../../src/server/store/fieldValues';
import { openStore } from '../../src/server/store/store';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(120_000);

const TODAY = '2026-11-23';
const today = new Date(2026, 10, 23, 12);
const IB = DEMO_PROVISIONER;
const SANNE = DEMO_STAFF.find((s) => s.upn === 'sanne.jansen@delinde.example')!;
const TOM = DEMO_STAFF.find((s) => s.upn === 'tom.mulder@delinde.example')!;

interface ServerStats {
  total: number;
  batches: number;
  subRequests: number;
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({ graphBaseUrl: t.graphBaseUrl, getToken: async () => t.server.tokenFor(IB), today });
});
afterAll(() => t.close());

const ids = (items: ReadonlyArray<Versioned<Commitment>> | readonly Commitment[]) =>
  items.map((c) => ('value' in c ? c.value.id : c.id));

/** Every promise of the demo cycle, read without a view. */
async function everything(layer: DataLayer): Promise<Commitment[]> {
  return (await layer.repositories.commitments.ofCycle(DEMO_CYCLE_KEY)).map((c) => c.value);
}

function promise(overrides: Partial<Commitment> & { id: string }): Commitment {
  return {
    cycleId: DEMO_CYCLE_KEY,
    ownerUpn: SANNE.upn,
    ownerName: SANNE.displayName,
    bouw: 'onderbouw',
    group: 1,
    madeOn: '2026-11-10',
    dueDate: '2026-12-08',
    dueMeetingId: 'demo-meeting-tb2',
    text: 'Ik vraag ouders wat hun kind thuis vertelt over school',
    status: 'open',
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
    ...overrides,
  };
}

/** Counts what goes over the wire: the client's own counter and the server's. */
async function counting<T>(layer: DataLayer, run: () => Promise<T>): Promise<{ result: T; client: number; server: ServerStats }> {
  layer.http.resetStats();
  await t.admin('DELETE', '/local/admin/stats');
  const result = await run();
  return { result, client: layer.api.diagnostics().requests, server: await t.admin<ServerStats>('GET', '/local/admin/stats') };
}

describe('the views', () => {
  it('each list exactly the promises the domain selects, by due date, with the goals and meetings', async () => {
    const layer = t.layerFor(SANNE.upn);
    const all = await everything(layer);
    const cases: Array<[CommitmentView, Commitment[]]> = [
      [{ kind: 'mine' }, mine(all, SANNE.upn)],
      [{ kind: 'group', bouw: 'onderbouw' }, myGroup(all, { bouw: 'onderbouw' })],
      [{ kind: 'group', bouw: 'bovenbouw' }, myGroup(all, { bouw: 'bovenbouw' })],
      [{ kind: 'support' }, supportRequests(all)],
      [{ kind: 'overdue', today: TODAY }, overdue(all, TODAY)],
      [{ kind: 'meeting', meetingId: 'demo-meeting-tb2' }, all.filter((c) => c.status === 'open' && c.dueMeetingId === 'demo-meeting-tb2')],
    ];
    for (const [view, expected] of cases) {
      const snapshot = await layer.api.commitments.load(DEMO_CYCLE_KEY, view);
      expect(expected.length).toBeGreaterThan(0);
      expect([...ids(snapshot.commitments)].sort()).toEqual([...ids(expected)].sort());
      const due = snapshot.commitments.map((c) => c.value.dueDate);
      expect(due).toEqual([...due].sort());
      expect(snapshot.goals.length).toBeGreaterThan(0);
      expect(snapshot.goals.every((g) => g.value.cycleId === DEMO_CYCLE_KEY)).toBe(true);
      expect(snapshot.meetings.map((m) => m.value.date)).toEqual([...snapshot.meetings.map((m) => m.value.date)].sort());
      expect(snapshot.commitments.every((c) => c.etag && c.itemId)).toBe(true);
    }
  });

  it('match the demo school: Tom’s request for support, Pieter’s overdue promise, six due at the next team meeting', async () => {
    const layer = t.layerFor(IB);
    const support = await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'support' });
    expect(ids(support.commitments)).toEqual(['demo-commitment-tom-kindgesprek']);
    const late = await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'overdue', today: TODAY });
    expect(ids(late.commitments)).toEqual(['demo-commitment-pieter-advies']);
    const meeting = await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'meeting', meetingId: 'demo-meeting-tb2' });
    expect(meeting.commitments).toHaveLength(6);
    // The IB has no promises of her own in the demo.
    expect((await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'mine' })).commitments).toEqual([]);
  });

  it('is one $batch round trip per load once the session knows the site and the user', async () => {
    const layer = t.layerFor(SANNE.upn);
    await layer.api.me();
    for (const view of [{ kind: 'mine' }, { kind: 'overdue', today: TODAY }] as CommitmentView[]) {
      const { client, server } = await counting(layer, () => layer.api.commitments.load(DEMO_CYCLE_KEY, view));
      expect(client).toBe(1);
      expect(server).toMatchObject({ total: 1, batches: 1, subRequests: 3 });
    }
  });

  it('opens on the active cycle, its meetings and one view in one $batch round trip, the same as timeline and load', async () => {
    const layer = t.layerFor(SANNE.upn);
    await layer.api.me();
    for (const view of [{ kind: 'mine' }, { kind: 'group', bouw: 'middenbouw' }] as CommitmentView[]) {
      const { result, client, server } = await counting(layer, () => layer.api.commitments.openActive(view));
      expect(client).toBe(1);
      expect(server).toMatchObject({ total: 1, batches: 1, subRequests: 4 });
      expect(result.timeline).toEqual(await layer.api.timeline.load());
      expect(result.snapshot).toEqual(await layer.api.commitments.load(DEMO_CYCLE_KEY, view));
    }
  });

  it('refuse a bad view before any request, and a guest on the server', async () => {
    const layer = t.layerFor(SANNE.upn);
    const { result } = await counting(layer, () =>
      layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'overdue', today: '23-11-2026' }).catch((e: unknown) => e),
    );
    expect(result).toBeInstanceOf(ValidationError);
    expect((result as ValidationError).fieldErrors).toEqual([{ field: 'today', code: 'invalidDate' }]);
    expect(layer.api.diagnostics().requests).toBe(0);
    await expect(t.layerFor(DEMO_GUEST.upn).api.commitments.load(DEMO_CYCLE_KEY, { kind: 'group', bouw: 'onderbouw' })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });
});

describe('reporting', () => {
  it('records kept, partly kept and not kept with what worked, what was hard and whether support is wanted', async () => {
    const sanne = t.layerFor(SANNE.upn).api.commitments;
    const outcomes = [
      { status: 'kept', report: { whatWorked: 'Ouders kwamen graag', whatWasHard: '', supportWanted: false } },
      { status: 'partlyKept', report: { whatWorked: 'Twee gesprekken gevoerd', whatWasHard: 'Tijd vinden', supportWanted: false } },
      { status: 'notKept', report: { whatWorked: '', whatWasHard: 'Ziek geweest', supportWanted: true } },
    ] as const;
    for (const [i, outcome] of outcomes.entries()) {
      const created = await sanne.create(promise({ id: `report-${outcome.status}-${randomUUID()}`, text: `Belofte ${i}` }));
      expect(created.value.status).toBe('open');
      const reported = await sanne.report(created, outcome.status, { ...outcome.report }, TODAY);
      expect(reported.etag).not.toBe(created.etag);
      expect(reported.value).toMatchObject({ status: outcome.status, reportedOn: TODAY, ...outcome.report });
      const stored = await t.layerFor(IB).repositories.commitments.getByItemId(created.itemId);
      expect(stored.value).toEqual(reported.value);
      expect(stored.etag).toBe(reported.etag);
    }
  });

  it('puts a request for support in the IB’s view until she marks it arranged', async () => {
    const sanne = t.layerFor(SANNE.upn).api.commitments;
    const ib = t.layerFor(IB).api.commitments;
    const id = `support-${randomUUID()}`;
    const created = await sanne.create(promise({ id, text: 'Ik voer een kindgesprek met elk kind van mijn groep' }));
    const report = { whatWorked: 'De helft gedaan', whatWasHard: 'Kinderen vertellen weinig als ik vraag waarom', supportWanted: true };
    await sanne.report(created, 'partlyKept', report, TODAY);

    const requests = await ib.load(DEMO_CYCLE_KEY, { kind: 'support' });
    const asked = requests.commitments.find((c) => c.value.id === id);
    expect(asked?.value).toMatchObject({ status: 'partlyKept', ...report });

    const arranged = await ib.markSupportGiven(asked!, '2026-11-25');
    expect(arranged.value.supportGivenOn).toBe('2026-11-25');
    expect(arranged.value.supportWanted).toBe(true);
    const after = await ib.load(DEMO_CYCLE_KEY, { kind: 'support' });
    expect(ids(after.commitments)).not.toContain(id);
    expect(ids(after.commitments)).toContain('demo-commitment-tom-kindgesprek');

    // A new report asks anew: support arranged for the earlier one no longer counts.
    const corrected = await sanne.report(arranged, 'notKept', report, '2026-11-30');
    expect(corrected.value.supportGivenOn).toBeUndefined();
    expect(ids((await ib.load(DEMO_CYCLE_KEY, { kind: 'support' })).commitments)).toContain(id);
  });

  it('refuses a report the status rules do not allow, and support marked without a request, before any request', async () => {
    const layer = t.layerFor(SANNE.upn);
    const created = await layer.api.commitments.create(promise({ id: `rules-${randomUUID()}` }));
    const kept = await layer.api.commitments.report(created, 'kept', { whatWorked: 'ja', whatWasHard: '', supportWanted: false }, TODAY);
    const { result } = await counting(layer, () =>
      layer.api.commitments.markSupportGiven(kept, TODAY).catch((e: unknown) => e),
    );
    expect(result).toBeInstanceOf(ValidationError);
    expect((result as ValidationError).fieldErrors).toEqual([{ field: 'supportWanted', code: 'invalidChoice' }]);
    expect(layer.api.diagnostics().requests).toBe(0);

    const bad = await counting(layer, () =>
      layer.api.commitments.report(kept, 'kept', { whatWorked: '', whatWasHard: '', supportWanted: false }, TODAY).catch((e: unknown) => e),
    );
    expect((bad.result as ValidationError).fieldErrors).toEqual([
      { field: 'status', code: 'invalidChoice', params: { reason: 'reportOrder', from: 'kept', to: 'kept' } },
    ]);
    expect(bad.client).toBe(0);
    expect(bad.server.total).toBe(0);
  });

  it('refuses the second of two concurrent reports with a ConflictError carrying the stored promise', async () => {
    const id = `concurrent-${randomUUID()}`;
    await t.layerFor(SANNE.upn).api.commitments.create(promise({ id }));
    const sanne = t.layerFor(SANNE.upn);
    const ib = t.layerFor(IB);
    const hers = (await sanne.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'mine' })).commitments.find((c) => c.value.id === id)!;
    const theirs = (await ib.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'group', bouw: 'onderbouw' })).commitments.find(
      (c) => c.value.id === id,
    )!;
    expect(theirs.etag).toBe(hers.etag);

    const first = await sanne.api.commitments.report(hers, 'kept', { whatWorked: 'Gelukt', whatWasHard: '', supportWanted: false }, TODAY);
    const error = await ib.api.commitments
      .report(theirs, 'notKept', { whatWorked: '', whatWasHard: 'Niet gelukt', supportWanted: true }, TODAY)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError<Versioned<Commitment>>;
    expect(conflict.status).toBe(412);
    expect(conflict.current?.etag).toBe(first.etag);
    expect(conflict.current?.value).toEqual(first.value);
    const stored = await ib.repositories.commitments.getByItemId(first.itemId);
    expect(stored.value).toMatchObject({ status: 'kept', whatWorked: 'Gelukt', supportWanted: false });
  });
});

describe('renegotiating', () => {
  it('closes the promise as renegotiated and opens its successor, linked by renegotiatedFromId', async () => {
    const layer = t.layerFor(SANNE.upn);
    const old = await layer.api.commitments.create(promise({ id: `old-${randomUUID()}`, text: 'Ik bezoek elk gezin thuis' }));
    const nextId = `new-${randomUUID()}`;
    const report = { whatWorked: 'Drie bezoeken', whatWasHard: 'Te veel voor één periode', supportWanted: false };
    const { previous, next } = await layer.api.commitments.renegotiate(
      old,
      report,
      { id: nextId, text: 'Ik bezoek de gezinnen van de nieuwe kleuters thuis', dueDate: '2027-01-26', dueMeetingId: 'demo-meeting-tb3' },
      TODAY,
    );
    expect(previous.value).toMatchObject({ id: old.value.id, status: 'renegotiated', reportedOn: TODAY, ...report });
    expect(next.value).toMatchObject({
      id: nextId,
      status: 'open',
      renegotiatedFromId: old.value.id,
      madeOn: TODAY,
      dueDate: '2027-01-26',
      dueMeetingId: 'demo-meeting-tb3',
      text: 'Ik bezoek de gezinnen van de nieuwe kleuters thuis',
      ownerUpn: SANNE.upn,
      bouw: 'onderbouw',
      whatWorked: '',
      supportWanted: false,
    });

    const stored = await layer.repositories.commitments.getByItemId(old.itemId);
    expect(stored.value.status).toBe('renegotiated');
    const mineNow = await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'mine' });
    expect(mineNow.commitments.find((c) => c.value.id === nextId)?.value.status).toBe('open');
    expect((await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'meeting', meetingId: 'demo-meeting-tb3' })).commitments.map((c) => c.value.id)).toEqual([nextId]);

    // The same call again (its answer got lost, say) completes without a second successor.
    const again = await layer.api.commitments.renegotiate(old, report, { id: nextId, text: 'anders', dueDate: '2027-01-26' }, TODAY);
    expect(again.previous.etag).toBe(previous.etag);
    expect(again.next.itemId).toBe(next.itemId);
    const successors = await layer.repositories.commitments.query({
      filter: { kind: 'compare', op: 'eq', column: 'RenegotiatedFromKey', value: old.value.id },
    });
    expect(successors.map((s) => s.value.id)).toEqual([nextId]);
  });

  it('finishes an interrupted renegotiation: successor written, previous still open', async () => {
    const layer = t.layerFor(SANNE.upn);
    const old = await layer.api.commitments.create(promise({ id: `half-${randomUUID()}` }));
    const nextId = `half-next-${randomUUID()}`;
    // The successor alone, as if the previous promise's update had never arrived.
    await layer.repositories.commitments.create(promise({ id: nextId, renegotiatedFromId: old.value.id, madeOn: TODAY, dueDate: '2027-01-20' }));
    const done = await layer.api.commitments.renegotiate(
      old,
      { whatWorked: '', whatWasHard: '', supportWanted: false },
      { id: nextId, text: 'Nieuw', dueDate: '2027-01-20' },
      TODAY,
    );
    expect(done.previous.value.status).toBe('renegotiated');
    expect(done.next.value.id).toBe(nextId);
    const successors = await layer.repositories.commitments.query({
      filter: { kind: 'compare', op: 'eq', column: 'RenegotiatedFromKey', value: old.value.id },
    });
    expect(successors).toHaveLength(1);
  });

  it('takes back the successor when someone reported the promise otherwise meanwhile', async () => {
    const sanne = t.layerFor(SANNE.upn);
    const old = await sanne.api.commitments.create(promise({ id: `raced-${randomUUID()}` }));
    await t.layerFor(IB).api.commitments.report(old, 'kept', { whatWorked: 'Gedaan', whatWasHard: '', supportWanted: false }, TODAY);
    const nextId = `raced-next-${randomUUID()}`;
    const error = await sanne.api.commitments
      .renegotiate(old, { whatWorked: '', whatWasHard: '', supportWanted: false }, { id: nextId, text: 'Nieuw', dueDate: '2027-01-20' }, TODAY)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<Versioned<Commitment>>).current?.value.status).toBe('kept');
    expect(await sanne.repositories.commitments.findByKey(nextId)).toBeNull();
  });

  it('takes back the successor when someone else renegotiated it into another promise meanwhile', async () => {
    const sanne = t.layerFor(SANNE.upn);
    const ib = t.layerFor(IB);
    const old = await sanne.api.commitments.create(promise({ id: `twice-renegotiated-${randomUUID()}` }));
    const report = { whatWorked: '', whatWasHard: '', supportWanted: false };
    const theirs = await ib.api.commitments.renegotiate(old, report, { id: `theirs-${randomUUID()}`, text: 'Hun versie', dueDate: '2027-01-20' }, TODAY);
    const oursId = `ours-${randomUUID()}`;
    const error = await sanne.api.commitments
      .renegotiate(old, report, { id: oursId, text: 'Onze versie', dueDate: '2027-01-20' }, TODAY)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(await sanne.repositories.commitments.findByKey(oursId)).toBeNull();
    const successors = await sanne.repositories.commitments.query({
      filter: { kind: 'compare', op: 'eq', column: 'RenegotiatedFromKey', value: old.value.id },
    });
    expect(successors.map((s) => s.value.id)).toEqual([theirs.next.value.id]);
  });

  it('refuses a successor that reuses the promise’s id or is due before today, before any request', async () => {
    const layer = t.layerFor(SANNE.upn);
    const old = await layer.api.commitments.create(promise({ id: `refused-${randomUUID()}` }));
    const report = { whatWorked: '', whatWasHard: '', supportWanted: false };
    for (const [next, field] of [
      [{ id: old.value.id, text: 'Nieuw', dueDate: '2027-01-20' }, 'id'],
      [{ id: `x-${randomUUID()}`, text: 'Nieuw', dueDate: '2026-11-01' }, 'dueDate'],
      [{ id: `x-${randomUUID()}`, text: '   ', dueDate: '2027-01-20' }, 'text'],
    ] as const) {
      const { result, client, server } = await counting(layer, () =>
        layer.api.commitments.renegotiate(old, report, next, TODAY).catch((e: unknown) => e),
      );
      expect(result).toBeInstanceOf(ValidationError);
      expect((result as ValidationError).fieldErrors?.map((e) => e.field)).toContain(field);
      expect(client).toBe(0);
      expect(server.total).toBe(0);
    }
  });
});

describe('creating', () => {
  it('refuses a promise due before the day it was made, sending nothing', async () => {
    const layer = t.layerFor(SANNE.upn);
    await layer.site.siteId();
    const { result, client, server } = await counting(layer, () =>
      layer.api.commitments.create(promise({ id: `early-${randomUUID()}`, madeOn: '2026-11-23', dueDate: '2026-11-22' })).catch((e: unknown) => e),
    );
    expect(result).toBeInstanceOf(ValidationError);
    expect((result as ValidationError).status).toBe(400);
    expect((result as ValidationError).fieldErrors).toEqual([{ field: 'dueDate', code: 'dateOrder', params: { after: '2026-11-23' } }]);
    expect(client).toBe(0);
    expect(server.total).toBe(0);
  });

  it('keeps text with markup exactly as typed', async () => {
    const layer = t.layerFor(SANNE.upn);
    const text = `<script>alert("belofte")</script> & <b>vet</b> 'citaat' — 🤝`;
    const created = await layer.api.commitments.create(promise({ id: `markup-${randomUUID()}`, text }));
    expect(created.value.text).toBe(text);
    const listed = (await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'mine' })).commitments.find((c) => c.value.id === created.value.id);
    expect(listed?.value.text).toBe(text);
    // And on the wire: the list item's Title is the text itself, not an escaped copy.
    const raw = await fetch(
      `${t.server.graphUrl}/sites/root/lists/${COMMITMENTS_LIST.displayName}/items/${created.itemId}?expand=fields(select=Title)`,
      { headers: { Authorization: `Bearer ${t.server.tokenFor(SANNE.upn)}` } },
    );
    expect(((await raw.json()) as { fields: { Title: string } }).fields.Title).toBe(text);
  });

  it('takes one line of at most 255 characters', async () => {
    const layer = t.layerFor(SANNE.upn);
    const longest = 'a'.repeat(255);
    expect((await layer.api.commitments.create(promise({ id: `max-${randomUUID()}`, text: longest }))).value.text).toBe(longest);
    const { result, client } = await counting(layer, () =>
      layer.api.commitments.create(promise({ id: `over-${randomUUID()}`, text: 'a'.repeat(256) })).catch((e: unknown) => e),
    );
    expect((result as ValidationError).fieldErrors).toEqual([{ field: 'text', code: 'tooLong', params: { max: 255 } }]);
    expect(client).toBe(0);
  });

  it('refuses a promise without an id or owner, or with a jaargroep of another bouw', async () => {
    const api = t.layerFor(SANNE.upn).api.commitments;
    const fields = async (c: Commitment) => ((await api.create(c).catch((e: unknown) => e)) as ValidationError).fieldErrors?.map((e) => e.field);
    expect(await fields(promise({ id: '' }))).toEqual(['id']);
    expect(await fields(promise({ id: `owner-${randomUUID()}`, ownerUpn: ' ' }))).toEqual(['ownerUpn']);
    expect(await fields(promise({ id: `group-${randomUUID()}`, group: 7 }))).toEqual(['group']);
  });

  it('is idempotent on the id', async () => {
    const api = t.layerFor(TOM.upn).api.commitments;
    const value = promise({ id: `twice-${randomUUID()}`, ownerUpn: TOM.upn, ownerName: TOM.displayName, bouw: 'bovenbouw', group: 6 });
    const first = await api.create(value);
    const again = await t.layerFor(TOM.upn).repositories.commitments.ensure(value);
    expect(again).toEqual({ item: first, created: false });
  });
});

describe(`a promises list past the 5,000-item threshold`, () => {
  const FILLER = 5_200;
  const MINE = 260;
  let dir: string;
  let server: Awaited<ReturnType<typeof startGraphServer>>;
  let layer: DataLayer;
  let fillMs: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'driehoek-big-'));
    const dbPath = join(dir, 'driehoek.sqlite');
    server = await startGraphServer({ port: 0, dbPath });
    const graphBaseUrl = server.graphUrl.replace(/\/v1\.0$/, '');
    await seedDemoSchool({ graphBaseUrl, getToken: async () => server.tokenFor(IB), today });
    layer = createDataLayer({ graphBaseUrl, tokenProvider: { getToken: async () => server.tokenFor(SANNE.upn) }, site: { kind: 'root' } });
    const cycle = (await layer.repositories.cycles.findByKey(DEMO_CYCLE_KEY))!;

    // Bulk-load through a second connection to the same database, with the field values the
    // server itself makes of what the data layer would post.
    const started = performance.now();
    const store = openStore(dbPath);
    try {
      const site = store.sites().find((s) => s.isRoot)!;
      const list = store.findList(site.id, COMMITMENTS_LIST.displayName)!;
      const columns = store.columnsOf(list.id);
      // As the data layer stores them: with the status mirror of their cycle.
      const insert = (c: Commitment, cycleItemId: string, cycleStatus: 'active' | 'archived') =>
        store.insertItem({
          listId: list.id,
          uniqueId: randomUUID(),
          version: 1,
          created: '2026-09-01T08:00:00Z',
          modified: '2026-09-01T08:00:00Z',
          author: 1,
          editor: 1,
          values: applyFieldValues(
            columns,
            {},
            { ...commitmentMapper.toFields(c), CycleLookupId: cycleItemId, CycleStatus: cycleStatus },
            { personExists: () => true },
            true,
          ),
        });
      const owners = DEMO_STAFF.filter((s) => s.bouw);
      store.transaction(() => {
        // Earlier cycles: many of them Sanne's, open and long overdue, which no view of this
        // cycle may list.
        for (let i = 0; i < FILLER; i += 1) {
          const owner = i % 3 === 0 ? SANNE : owners[i % owners.length]!;
          insert(
            promise({
              id: `old-${i}`,
              cycleId: `earlier-cycle-${i % 26}`,
              ownerUpn: owner.upn,
              ownerName: owner.displayName,
              bouw: owner.bouw!,
              group: owner.group!,
              madeOn: '2024-09-10',
              dueDate: `2024-10-${String((i % 28) + 1).padStart(2, '0')}`,
              text: `Eerdere belofte ${i}`,
            }),
            cycle.itemId,
            'archived',
          );
        }
        // This cycle: more of Sanne's promises than fit on one page, every other one overdue.
        for (let i = 0; i < MINE; i += 1) {
          insert(
            promise({
              id: `mine-${i}`,
              madeOn: '2026-10-06',
              dueDate: i % 2 === 0 ? `2026-11-${String((i % 20) + 1).padStart(2, '0')}` : '2026-12-08',
              status: i % 4 === 0 ? 'kept' : 'open',
              text: `Belofte ${i}`,
            }),
            cycle.itemId,
            'active',
          );
        }
      });
    } finally {
      store.close();
    }
    fillMs = performance.now() - started;
    await layer.api.me();
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is over the threshold: a query that is not narrowed by an index is refused', async () => {
    const answer = await fetch(
      `${server.graphUrl}/sites/root/lists/${COMMITMENTS_LIST.displayName}/items?$filter=${encodeURIComponent("fields/OwnerName eq 'Sanne Jansen'")}`,
      { headers: { Authorization: `Bearer ${server.tokenFor(SANNE.upn)}`, Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } },
    );
    expect(answer.status).toBe(429);
    expect(fillMs).toBeLessThan(10_000);
  });

  it('loads “mine” and “overdue” quickly and exactly, following the pages', async () => {
    const all = await layer.repositories.commitments.ofCycle(DEMO_CYCLE_KEY);
    const values = all.map((c) => c.value);
    expect(values.length).toBeGreaterThan(MINE);

    let started = performance.now();
    const mineView = await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'mine' });
    const mineMs = performance.now() - started;
    started = performance.now();
    const overdueView = await layer.api.commitments.load(DEMO_CYCLE_KEY, { kind: 'overdue', today: TODAY });
    const overdueMs = performance.now() - started;
    console.log(`${FILLER + MINE}+ promises: filled in ${fillMs.toFixed(0)} ms; mine ${mineView.commitments.length} in ${mineMs.toFixed(0)} ms; overdue ${overdueView.commitments.length} in ${overdueMs.toFixed(0)} ms`);

    expect([...ids(mineView.commitments)].sort()).toEqual(ids(mine(values, SANNE.upn)).sort());
    expect(mineView.commitments.length).toBeGreaterThan(200); // more than one page
    expect([...ids(overdueView.commitments)].sort()).toEqual(ids(overdue(values, TODAY)).sort());
    const due = overdueView.commitments.map((c) => c.value.dueDate);
    expect(due).toEqual([...due].sort()); // longest overdue first
    expect(overdueView.commitments.length).toBeGreaterThan(50);
    expect(overdueView.commitments.every((c) => c.value.cycleId === DEMO_CYCLE_KEY && c.value.status === 'open' && c.value.dueDate < TODAY)).toBe(true);
    expect(mineMs).toBeLessThan(2_000);
    expect(overdueMs).toBeLessThan(2_000);
    // Opened without the cycle's key (by the status mirror), the same lists.
    expect((await layer.api.commitments.openActive({ kind: 'mine' })).snapshot).toEqual(mineView);
    expect((await layer.api.commitments.openActive({ kind: 'overdue', today: TODAY })).snapshot).toEqual(overdueView);
  });

  it('loads the other views too', async () => {
    for (const view of [
      { kind: 'group', bouw: 'onderbouw' },
      { kind: 'support' },
      { kind: 'meeting', meetingId: 'demo-meeting-tb2' },
    ] as CommitmentView[]) {
      const snapshot = await layer.api.commitments.load(DEMO_CYCLE_KEY, view);
      expect(snapshot.commitments.every((c) => c.value.cycleId === DEMO_CYCLE_KEY)).toBe(true);
    }
  });
});
