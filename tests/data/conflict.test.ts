/**
 * Optimistic concurrency and idempotent creates: a save with a stale etag is refused with the
 * other person's version and overwrites nothing; a create whose answer got lost is not repeated
 * blindly.
 */
import { ConflictError, UnavailableError } from '../../src/data/errors';
import type { Versioned } from '../../src/data/repositories';
import type { Meeting } from '../../src/domain/meetings';
import { DEMO_PROVISIONER } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({
    graphBaseUrl: t.graphBaseUrl,
    getToken: async () => t.server.tokenFor(DEMO_PROVISIONER),
    today: new Date(2026, 10, 23, 12),
  });
});
afterAll(() => t.close());

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

it('refuses a save with a stale etag, returns the current version and keeps it', async () => {
  const ingrid = t.layerFor().repositories.meetings;
  const sanne = t.layerFor('sanne.jansen@delinde.example').repositories.meetings;
  const mine = (await ingrid.findByKey('demo-meeting-tb2'))!;
  const theirs = (await sanne.findByKey('demo-meeting-tb2'))!;

  const saved = await sanne.update(theirs, { ...theirs.value, purpose: 'Beloftes doen per jaargroep 🤝' });
  expect(saved.etag).not.toBe(theirs.etag);

  const error = await ingrid.update(mine, { ...mine.value, purpose: 'Iets anders' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConflictError);
  const conflict = error as ConflictError<Versioned<Meeting>>;
  expect(conflict.status).toBe(412);
  expect(conflict.current?.value.purpose).toBe('Beloftes doen per jaargroep 🤝');
  expect(conflict.current?.etag).toBe(saved.etag);

  const stored = (await ingrid.findByKey('demo-meeting-tb2'))!;
  expect(stored.value.purpose).toBe('Beloftes doen per jaargroep 🤝');

  // With the current version in hand, the save goes through.
  const retried = await ingrid.update(conflict.current!, { ...conflict.current!.value, purpose: 'Samen besloten' });
  expect(retried.value.purpose).toBe('Samen besloten');
});

it('sends only changed fields, and nothing at all when nothing changed', async () => {
  const layer = t.layerFor();
  const meeting = (await layer.repositories.meetings.findByKey('demo-meeting-vt1'))!;
  layer.http.resetStats();
  expect(await layer.repositories.meetings.update(meeting, { ...meeting.value })).toBe(meeting);
  expect(layer.api.diagnostics().requests).toBe(0);
  expect(layer.repositories.meetings.changedFields(meeting.value, { ...meeting.value, score: 5 })).toEqual({ Score: 5 });
});

it('refuses a delete with a stale etag', async () => {
  const r = t.layerFor().repositories.stepRecords;
  const record = (await r.ofCycle('demo-cycle-partnerschap'))[0]!;
  const fresh = await r.update(record, { ...record.value, notes: 'bijgewerkt' });
  await expect(r.remove(record)).rejects.toBeInstanceOf(ConflictError);
  await r.remove(fresh);
  expect(await r.findByKey(record.value.id)).toBeNull();
  await expect(r.remove(fresh)).resolves.toBeUndefined(); // already gone
});

it('does not duplicate a create whose answer was lost after the server stored it', async () => {
  const layer = t.layerFor();
  const meetings = layer.repositories.meetings;
  let lost = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await realFetch(input, init);
    if (init?.method === 'POST' && String(input).endsWith('/lists/DriehoekMeetings/items') && lost === 0) {
      lost += 1;
      throw new TypeError('socket hang up after the request was sent');
    }
    return response;
  }) as typeof fetch;

  const draft: Meeting = {
    id: 'test-meeting-lost-answer',
    cycleId: 'demo-cycle-partnerschap',
    type: 'bouw',
    title: 'Bouwvergadering bovenbouw',
    date: '2026-12-01',
    purpose: '',
    stepsCovered: [10],
    minutes: '',
    status: 'planned',
  };
  const created = await meetings.create(draft);
  expect(lost).toBe(1);
  expect(created.value).toEqual(draft);
  const all = (await meetings.ofCycle('demo-cycle-partnerschap')).filter((m) => m.value.id === draft.id);
  expect(all).toHaveLength(1);

  // Ensuring the same value again finds the stored item instead of making a second one.
  globalThis.fetch = realFetch;
  const again = await meetings.ensure(draft);
  expect(again).toMatchObject({ created: false, item: { itemId: created.itemId } });
});

it('keeps an update whose answer was lost as unknown while the item cannot be read, and saves it when it can', async () => {
  const layer = t.layerFor();
  const meetings = layer.repositories.meetings;
  const { item: current } = await meetings.ensure({
    id: 'test-meeting-lost-patch',
    cycleId: 'demo-cycle-partnerschap',
    type: 'team',
    title: 'Teambijeenkomst',
    date: '2026-12-08',
    purpose: '',
    stepsCovered: [9],
    minutes: '',
    status: 'planned',
  });
  let patches = 0;
  let readable = false;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const isItem = url.includes(`/lists/DriehoekMeetings/items/${current.itemId}`);
    if (isItem && (init?.method ?? 'GET') === 'GET' && !readable) throw new TypeError('fetch failed');
    const response = await realFetch(input, init);
    // The first PATCH is stored, but its answer never arrives.
    if (isItem && init?.method === 'PATCH' && ++patches === 1) throw new TypeError('socket hang up after the request was sent');
    return response;
  }) as typeof fetch;

  const next = { ...current.value, minutes: 'Afspraken: elke maand een koffieochtend' };
  const error = await meetings.update(current, next).catch((e: unknown) => e);
  // Its retry met its own write (412), and the item could not be read: no conflict is claimed.
  expect(error).not.toBeInstanceOf(ConflictError);
  expect(error).toBeInstanceOf(UnavailableError);
  expect((error as UnavailableError).outcomeUnknown).toBe(true);

  readable = true;
  const saved = await meetings.update(current, next);
  expect(saved.value.minutes).toBe(next.minutes);
  globalThis.fetch = realFetch;
  expect((await meetings.findByKey('test-meeting-lost-patch'))!.value.minutes).toBe(next.minutes);
});

it('reports an unknown outcome when the server cannot be reached at all', async () => {
  globalThis.fetch = (async () => {
    throw new TypeError('fetch failed');
  }) as typeof fetch;
  const error = await t
    .layerFor()
    .repositories.staff.findByKey('staff-nobody@delinde.example')
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnavailableError);
  expect((error as UnavailableError).outcomeUnknown).toBe(true);
});
