/**
 * timeline.load: the active cycle and its meetings in exactly one round trip once the site id
 * is known, counted both by our own middleware and by the server's request statistics.
 */
import { groupTimeline, scoreTrend } from '../../src/domain/meetings';
import { DEMO_STAFF } from '../../src/demo/people';
import { buildDemoSchool } from '../../src/demo/school';
import { seedDemoSchool } from '../../src/demo/seed';
import { DEMO_PROVISIONER } from '../../src/demo/people';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

interface ServerStats {
  total: number;
  batches: number;
  subRequests: number;
  byMethod: Record<string, number>;
}

const today = new Date(2026, 10, 23, 12);
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({ graphBaseUrl: t.graphBaseUrl, getToken: async () => t.server.tokenFor(DEMO_PROVISIONER), today });
});
afterAll(() => t.close());

it('returns the active cycle and all its meetings by date in one $batch round trip', async () => {
  const teacher = DEMO_STAFF.find((s) => s.role === 'leerkracht')!;
  const layer = t.layerFor(teacher.upn);
  await layer.site.siteId();
  layer.http.resetStats();
  await t.admin('DELETE', '/local/admin/stats');

  const snapshot = await layer.api.timeline.load();

  expect(layer.api.diagnostics()).toMatchObject({ requests: 1, attempts: 1, batches: 1 });
  const server = await t.admin<ServerStats>('GET', '/local/admin/stats');
  expect(server).toMatchObject({ total: 1, batches: 1, subRequests: 2 });

  const school = buildDemoSchool(today);
  expect(snapshot.cycle).toEqual(school.cycle);
  const dates = snapshot.meetings.map((m) => m.date);
  expect(dates).toEqual([...dates].sort());
  expect([...snapshot.meetings].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
    [...school.meetings].sort((a, b) => a.id.localeCompare(b.id)),
  );
});

it('groups into the preparation year and the cycle year, month by month, with the score trend', async () => {
  const { meetings } = await t.layerFor().api.timeline.load();
  const years = groupTimeline(meetings);
  expect(years.map((y) => y.schoolYear)).toEqual(['2025-2026', '2026-2027']);
  expect(years[0]!.months.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
  expect(years[0]!.months.find((m) => m.month === '2026-03')!.meetings).toHaveLength(2);
  expect(years[1]!.months[0]!.month).toBe('2026-09');
  const cycleYear = years[1]!.months.flatMap((m) => m.meetings);
  expect(cycleYear.filter((m) => m.status === 'held').map((m) => m.title)).toEqual([
    'Veranderteambijeenkomst 1',
    'Teambijeenkomst 1',
    'Veranderteambijeenkomst 2',
  ]);
  expect(scoreTrend(meetings).map((p) => p.score)).toEqual([4, 4, 4, 4, 4.5, 5.5, 6, 6]);
});

it('follows a status change of the cycle: an archived cycle leaves the timeline empty', async () => {
  const other = await startTestServer();
  try {
    await seedDemoSchool({
      graphBaseUrl: other.graphBaseUrl,
      getToken: async () => other.server.tokenFor(DEMO_PROVISIONER),
      today,
    });
    const layer = other.layerFor();
    const cycle = (await layer.repositories.cycles.byStatus('active'))[0]!;
    await layer.repositories.cycles.update(cycle, { ...cycle.value, status: 'archived' });
    expect(await layer.api.timeline.load()).toEqual({ cycle: null, meetings: [] });
    const archived = (await layer.repositories.cycles.byStatus('archived'))[0]!;
    await layer.repositories.cycles.update(archived, { ...archived.value, status: 'active' });
    const back = await layer.api.timeline.load();
    expect(back.meetings).toHaveLength(buildDemoSchool(today).meetings.length);
  } finally {
    await other.close();
  }
});

it('knows the signed-in person from /me and the staff list', async () => {
  const teacher = DEMO_STAFF.find((s) => s.bouw === 'middenbouw')!;
  const me = await t.layerFor(teacher.upn).api.me();
  expect(me).toEqual({ ...teacher, upn: teacher.upn.toLowerCase() });
});

it('answers null for a site member who is not on the staff list', async () => {
  const other = await startTestServer();
  try {
    await other.layerFor().api.provision();
    expect(await other.layerFor(DEMO_STAFF[3]!.upn).api.me()).toBeNull();
    expect(await other.layerFor().api.timeline.load()).toEqual({ cycle: null, meetings: [] });
  } finally {
    await other.close();
  }
});
