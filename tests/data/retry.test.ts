/**
 * Throttling and flaky connections, with the server's fault injection: the library's
 * RetryHandler honours Retry-After on 429/503, requests throttled inside a $batch are sent
 * again, and however often requests fail, retried creates never duplicate anything.
 */
import { ThrottledError, UnavailableError } from '../../src/data/errors';
import type { Meeting } from '../../src/domain/meetings';
import { DEMO_PROVISIONER } from '../../src/demo/people';
import { buildDemoSchool } from '../../src/demo/school';
import { seedDemoSchoolWithReport } from '../../src/demo/seed';
import { createDataLayer } from '../../src/data';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

interface ServerStats {
  total: number;
  faulted: number;
}

const today = new Date(2026, 10, 23, 12);
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.admin('DELETE', '/local/admin/faults');
});
afterAll(() => t.close());

it('honours Retry-After: waits as told, then succeeds once the service recovers', async () => {
  // No base delay of our own, so any waiting comes from the server's Retry-After.
  const layer = t.layerFor(DEMO_PROVISIONER, { maxRetries: 5, retryDelaySeconds: 0 });
  await layer.site.siteId();
  layer.http.resetStats();
  await t.admin('POST', '/local/admin/faults', { rate: 1, statuses: [429], retryAfterSeconds: 1 });
  const started = Date.now();
  setTimeout(() => void t.admin('DELETE', '/local/admin/faults'), 1500);
  const me = await layer.http.get<{ userPrincipalName: string }>('/me');
  const elapsed = Date.now() - started;
  expect(me.userPrincipalName).toBe(DEMO_PROVISIONER);
  expect(elapsed).toBeGreaterThanOrEqual(1900);
  expect(layer.api.diagnostics()).toMatchObject({ requests: 1, attempts: 3 });
});

it('gives up after the allowed retries with a ThrottledError that carries Retry-After', async () => {
  const layer = t.layerFor(DEMO_PROVISIONER, { maxRetries: 1, retryDelaySeconds: 0 });
  await t.admin('POST', '/local/admin/faults', { rate: 1, statuses: [429], retryAfterSeconds: 0 });
  const error = await layer.api.me().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ThrottledError);
  expect((error as ThrottledError).status).toBe(429);
  expect((error as ThrottledError).retryAfterSeconds).toBe(0);
  await t.admin('POST', '/local/admin/faults', { rate: 1, statuses: [503], retryAfterSeconds: 0 });
  await expect(layer.http.get('/me')).rejects.toBeInstanceOf(UnavailableError);
});

it('seeds the whole demo school through 429s and 503s without duplicating anything', async () => {
  await t.admin('DELETE', '/local/admin/stats');
  await t.admin('POST', '/local/admin/faults', { rate: 0.2, statuses: [429, 503], retryAfterSeconds: 0 });
  const report = await seedDemoSchoolWithReport({
    graphBaseUrl: t.graphBaseUrl,
    getToken: async () => t.server.tokenFor(DEMO_PROVISIONER),
    today,
  });
  const stats = await t.admin<ServerStats>('GET', '/local/admin/stats');
  await t.admin('DELETE', '/local/admin/faults');
  expect(stats.faulted).toBeGreaterThan(5);

  const school = buildDemoSchool(today);
  expect(report.created.meetings).toBe(school.meetings.length);
  const r = t.layerFor().repositories;
  expect(await r.staff.all()).toHaveLength(school.staff.length);
  expect(await r.cycles.query()).toHaveLength(1);
  expect(await r.goals.query()).toHaveLength(school.goals.length);
  expect(await r.meetings.query()).toHaveLength(school.meetings.length);
  expect(await r.commitments.query()).toHaveLength(school.commitments.length);
  expect(await r.stepRecords.query()).toHaveLength(school.stepRecords.length);
  const { meetings } = await t.layerFor().api.timeline.load();
  expect(meetings).toHaveLength(school.meetings.length);
});

it('loads the timeline while requests inside the $batch are throttled', async () => {
  const layer = t.layerFor(DEMO_PROVISIONER, { maxRetries: 8, retryDelaySeconds: 0 });
  await layer.site.siteId();
  await t.admin('POST', '/local/admin/faults', { rate: 0.5, statuses: [429], retryAfterSeconds: 0 });
  const snapshot = await layer.api.timeline.load();
  expect(snapshot.meetings).toHaveLength(buildDemoSchool(today).meetings.length);
  expect(snapshot.cycle?.status).toBe('active');
});

it('never duplicates when connections drop, however often the create is retried', async () => {
  const layer = createDataLayer({
    graphBaseUrl: t.graphBaseUrl,
    tokenProvider: { getToken: async () => t.server.tokenFor(DEMO_PROVISIONER) },
    site: { kind: 'root' },
    maxRetries: 8,
    retryDelaySeconds: 0,
  });
  await layer.site.siteId();
  await t.admin('POST', '/local/admin/faults', { rate: 0.2, statuses: [503], retryAfterSeconds: 0, dropRate: 0.25 });
  const drafts: Meeting[] = Array.from({ length: 6 }, (_, i) => ({
    id: `test-meeting-drop-${i}`,
    cycleId: 'demo-cycle-partnerschap',
    type: 'intervisie',
    title: `Intervisie ${i + 1}`,
    date: `2027-02-0${i + 1}`,
    purpose: '',
    stepsCovered: [],
    minutes: '',
    status: 'planned',
  }));
  for (const draft of drafts) {
    // What a user does when saving fails: try again, with the same draft (and key).
    for (let attempt = 0; ; attempt += 1) {
      try {
        await layer.repositories.meetings.create(draft);
        break;
      } catch (error) {
        if (!(error instanceof UnavailableError) || attempt > 20) throw error;
      }
    }
  }
  await t.admin('DELETE', '/local/admin/faults');
  const stored = (await t.layerFor().repositories.meetings.ofCycle('demo-cycle-partnerschap')).filter((m) =>
    m.value.id.startsWith('test-meeting-drop-'),
  );
  expect(stored.map((m) => m.value.id).sort()).toEqual(drafts.map((d) => d.id));
});
