/**
 * The demo seed writes through the repositories; running it twice creates nothing new, and
 * everything it wrote reads back as the same domain values.
 */
import { DEMO_PROVISIONER } from '../../src/demo/people';
import { buildDemoSchool } from '../../src/demo/school';
import { seedDemoSchool, seedDemoSchoolWithReport, upgradeDemoSite } from '../../src/demo/seed';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

const today = new Date(2026, 10, 23, 12);
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const seedOptions = () => ({
  graphBaseUrl: t.graphBaseUrl,
  getToken: async () => t.server.tokenFor(DEMO_PROVISIONER),
  today,
});

it('fills every list on the first run', async () => {
  const school = buildDemoSchool(today);
  const report = await seedDemoSchoolWithReport(seedOptions());
  expect(report.created).toEqual({
    staff: school.staff.length,
    cycles: 1,
    goals: school.goals.length,
    meetings: school.meetings.length,
    commitments: school.commitments.length,
    stepRecords: school.stepRecords.length,
  });
});

it('creates nothing on a second run, and the lists hold exactly one of each item', async () => {
  await seedDemoSchool(seedOptions());
  const report = await seedDemoSchoolWithReport(seedOptions());
  expect(report.created).toEqual({ staff: 0, cycles: 0, goals: 0, meetings: 0, commitments: 0, stepRecords: 0 });
  expect(report.provisioning).toEqual({ createdLists: [], addedColumns: [], indexedColumns: [] });

  const school = buildDemoSchool(today);
  const r = t.layerFor().repositories;
  const [staff, cycles, goals, meetings, commitments, records] = await Promise.all([
    r.staff.all(),
    r.cycles.query(),
    r.goals.query(),
    r.meetings.query(),
    r.commitments.query(),
    r.stepRecords.query(),
  ]);
  const keys = (items: Array<{ value: unknown }>, key: (v: never) => string) => items.map((i) => key(i.value as never)).sort();
  expect(keys(staff, (s: { upn: string }) => s.upn)).toEqual(school.staff.map((s) => s.upn).sort());
  expect(cycles).toHaveLength(1);
  expect(goals).toHaveLength(school.goals.length);
  expect(meetings).toHaveLength(school.meetings.length);
  expect(commitments).toHaveLength(school.commitments.length);
  expect(records).toHaveLength(school.stepRecords.length);
});

it('upgrades a seeded site without changing anything when it is up to date (the server does this on start)', async () => {
  const before = (await t.layerFor().repositories.goals.query()).map((g) => g.etag);
  expect(await upgradeDemoSite(seedOptions())).toEqual({ createdLists: [], addedColumns: [], indexedColumns: [] });
  expect((await t.layerFor().repositories.goals.query()).map((g) => g.etag)).toEqual(before);
});

it('reads back the same domain values it wrote', async () => {
  const school = buildDemoSchool(today);
  const r = t.layerFor().repositories;
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  expect((await r.cycles.findByKey(school.cycle.id))?.value).toEqual(school.cycle);
  expect(byId((await r.goals.ofCycle(school.cycle.id)).map((g) => g.value))).toEqual(byId(school.goals));
  expect(byId((await r.meetings.ofCycle(school.cycle.id)).map((m) => m.value))).toEqual(byId(school.meetings));
  expect(byId((await r.commitments.ofCycle(school.cycle.id)).map((c) => c.value))).toEqual(byId(school.commitments));
  expect(byId((await r.stepRecords.ofCycle(school.cycle.id)).map((s) => s.value))).toEqual(byId(school.stepRecords));
});

it('links every item to its cycle through the lookup column', async () => {
  const layer = t.layerFor();
  const cycle = await layer.repositories.cycles.findByKey(buildDemoSchool(today).cycle.id);
  const site = await layer.site.sitePath();
  const items = await layer.http.getAll<{ fields: Record<string, unknown> }>(
    `${site}/lists/DriehoekMeetings/items?expand=fields(select=CycleLookupId,CycleStatus)`,
  );
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(String(item.fields.CycleLookupId)).toBe(cycle?.itemId);
    expect(item.fields.CycleStatus).toBe('active');
  }
});

it('pages through @odata.nextLink and filters on indexed columns', async () => {
  const r = t.layerFor().repositories;
  const school = buildDemoSchool(today);
  const { where } = await import('../../src/data/graph/odata');
  const paged = await r.commitments.query({ top: 4 });
  expect(paged).toHaveLength(school.commitments.length);
  expect(new Set(paged.map((c) => c.value.id)).size).toBe(paged.length);
  const mine = await r.commitments.ofOwner('Tom.Mulder@delinde.example');
  expect(mine.map((c) => c.value.ownerUpn)).toEqual(['tom.mulder@delinde.example', 'tom.mulder@delinde.example']);
  expect(mine.map((c) => c.value.dueDate)).toEqual([...mine.map((c) => c.value.dueDate)].sort());
  const support = await r.commitments.query({ filter: where.eq('SupportWanted', true) });
  expect(support.map((c) => c.value.id)).toEqual(school.commitments.filter((c) => c.supportWanted).map((c) => c.id));
  const teachers = await r.staff.query({ filter: where.eq('Bouw', 'bovenbouw') });
  expect(teachers).toHaveLength(3);
});
