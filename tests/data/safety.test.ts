/**
 * Data safety under faults, small and fast: the same run as the bench's (scripts/bench/safetyRun.ts)
 * with fewer meetings. Two clients, real HTTP, 20% throttled and connections dropped before and
 * after the server committed: nothing lost, nothing duplicated, no false conflicts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSafety, runSafety } from '../../scripts/bench/safetyRun';
import { createDataLayer, memoryStorage, QueuedOfflineError } from '../../src/data';
import { DEMO_PROVISIONER } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import { startGraphServer, type RunningServer } from '../../src/server';

jest.setTimeout(30_000);

it('loses no edit, duplicates no create and shows no false conflict while the server throttles and drops answers', async () => {
  const report = await runSafety({
    items: 16,
    editsPerClient: 2,
    workers: 4,
    faults: { rate: 0.2, statuses: [429, 503], retryAfterSeconds: 0, latencyMs: 0, dropRate: 0.05, dropAfterRate: 0.08 },
  });
  console.log(describeSafety(report).join('\n'));
  expect(report).toMatchObject({ stored: 16, duplicated: 0, corrupted: 0, etagRegressions: 0, lost: 0, falseConflicts: 0, unaccounted: 0 });
  expect(report.faulted).toBeGreaterThan(10);
  expect(report.edits.attempted).toBe(16 * 2 * 2);
  // Both clients edit the same meetings: some edits must meet the other's and be shown as conflicts.
  expect(report.edits.conflicts).toBeGreaterThan(0);
  expect(report.edits.accepted).toBeGreaterThan(0);
});

describe('the outbox over real HTTP', () => {
  const PORT = Number(process.env.SAFETY_TEST_PORT ?? 53361);
  let dir: string;
  let server: RunningServer;
  const tokenFor = (upn: string) => server.tokenFor(upn);
  const start = async () => {
    server = await startGraphServer({ port: PORT, dbPath: join(dir, 'outbox.sqlite') });
  };
  const layerFor = (upn: string) =>
    createDataLayer({
      graphBaseUrl: `http://127.0.0.1:${PORT}/graph`,
      tokenProvider: { getToken: async () => tokenFor(upn) },
      site: { kind: 'root' },
      maxRetries: 1,
      retryDelaySeconds: 0,
      outbox: { storage: memoryStorage(), scope: upn, retryIntervalMs: 100 },
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'driehoek-outbox-'));
    await start();
    await seedDemoSchool({ graphBaseUrl: `http://127.0.0.1:${PORT}/graph`, getToken: async () => tokenFor(DEMO_PROVISIONER), today: new Date(2026, 10, 23, 12) });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const waitFor = async (done: () => boolean) => {
    for (let i = 0; i < 200 && !done(); i += 1) await new Promise((r) => setTimeout(r, 25));
    expect(done()).toBe(true);
  };

  it('keeps an edit while the server is down and saves it when the server is back', async () => {
    const layer = layerFor(DEMO_PROVISIONER);
    const meeting = (await layer.api.meetings.ofCycle('demo-cycle-partnerschap')).find((m) => m.value.id === 'demo-meeting-tb2')!;
    await server.close();
    const { id: _id, ...draft } = meeting.value;
    await expect(layer.api.meetings.update(meeting, { ...draft, minutes: 'Genoteerd zonder netwerk' })).rejects.toBeInstanceOf(
      QueuedOfflineError,
    );
    expect(layer.api.pendingChanges?.state().pending).toBe(1);
    await start();
    await waitFor(() => layer.outbox!.state().pending === 0);
    const stored = (await layerFor(DEMO_PROVISIONER).repositories.meetings.findByKey('demo-meeting-tb2'))!;
    expect(stored.value.minutes).toBe('Genoteerd zonder netwerk');
    expect(layer.outbox!.state().failed).toEqual([]);
    layer.outbox!.stop();
  });

  it('turns a colleague’s change made meanwhile into a conflict the person sees, not an overwrite', async () => {
    const mine = layerFor(DEMO_PROVISIONER);
    const colleague = layerFor('sanne.jansen@delinde.example');
    const meeting = (await mine.repositories.meetings.findByKey('demo-meeting-vt1'))!;
    await server.close();
    const { id: _id, ...draft } = meeting.value;
    await expect(mine.api.meetings.update(meeting, { ...draft, purpose: 'Mijn versie (offline)' })).rejects.toBeInstanceOf(QueuedOfflineError);
    await start();
    mine.outbox!.stop(); // only replay when asked, after the colleague saved
    const theirs = (await colleague.repositories.meetings.findByKey('demo-meeting-vt1'))!;
    await colleague.api.meetings.update(theirs, { ...draft, purpose: 'Versie van een collega' });
    await mine.api.pendingChanges!.retryNow();
    expect(mine.api.pendingChanges!.state()).toMatchObject({ pending: 0, failed: [{ operation: 'meetings.update', reason: 'conflict' }] });
    const stored = (await colleague.repositories.meetings.findByKey('demo-meeting-vt1'))!;
    expect(stored.value.purpose).toBe('Versie van een collega');
    colleague.outbox!.stop();
  });

  it('replays a create whose answer was lost once only (ClientKey)', async () => {
    const layer = layerFor(DEMO_PROVISIONER);
    await server.close();
    const meeting = {
      id: 'outbox-offline-meeting',
      cycleId: 'demo-cycle-partnerschap',
      type: 'team' as const,
      title: 'Gepland zonder netwerk',
      date: '2027-03-10',
      purpose: '',
      stepsCovered: [],
      minutes: '',
      status: 'planned' as const,
    };
    await expect(layer.api.meetings.create(meeting)).rejects.toBeInstanceOf(QueuedOfflineError);
    await start();
    await layer.api.pendingChanges!.retryNow();
    // A second replay of the same create (e.g. from another tab's copy) finds the first.
    await layer.api.meetings.create(meeting);
    const all = await layerFor(DEMO_PROVISIONER).api.meetings.ofCycle('demo-cycle-partnerschap');
    expect(all.filter((m) => m.value.id === 'outbox-offline-meeting')).toHaveLength(1);
    layer.outbox!.stop();
  });
});
