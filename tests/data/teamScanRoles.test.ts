/**
 * Who may read the team scan follows the staff roles, enforced where the data is: the IB's
 * private channel (and so its site) gets exactly the IBs as members whenever settings give or
 * take the IB role. A new IB reads and records at once, a former IB gets 403 from the server, a
 * leerkracht is refused before anything is written and never creates the channel.
 */
import { AccessDeniedError, ValidationError } from '../../src/data/errors';
import { TEAM_SCAN_SPACE } from '../../src/data/services/teamScan';
import { DEMO_STAFF } from '../../src/demo/people';
import type { Scan } from '../../src/domain/teamScan/scan';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(120_000);

const MARK = DEMO_STAFF.find((s) => s.role === 'mt')!;
const INGRID = DEMO_STAFF.find((s) => s.role === 'ib')!;
const SANNE = DEMO_STAFF.find((s) => s.upn.startsWith('sanne.'))!;

const scan = (id: string): Scan => ({
  id,
  cycleId: 'roles-cycle',
  takenAt: '2026-10-01',
  entries: [{ kind: 'subgroup', group: 'onderbouw', size: 3, stage: 2, client: 'visitor' }],
});

const reasonOf = (error: unknown): unknown => (error as ValidationError).fieldErrors?.[0]?.params?.reason;

async function channelMembers(t: TestServer, upn: string): Promise<string[]> {
  const layer = t.layerFor(upn);
  const channelId = await layer.spaces.find(TEAM_SCAN_SPACE);
  if (!channelId) return [];
  const teamId = await layer.team.teamId();
  const members = await layer.http.getAll<{ email: string }>(`/teams/${teamId}/channels/${encodeURIComponent(channelId)}/members`);
  return members.map((m) => m.email).sort();
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  const mark = t.layerFor(MARK.upn).api;
  await mark.provision();
  await mark.staffRoles.claimFirstRun();
  await mark.staffRoles.assign({ upn: INGRID.upn, displayName: INGRID.displayName, role: 'ib' });
  await mark.staffRoles.assign({ upn: SANNE.upn, displayName: SANNE.displayName, role: 'leerkracht', bouw: 'onderbouw', group: 1 });
});
afterAll(() => t.close());

const staffRow = async (upn: string) => (await t.layerFor(MARK.upn).api.staffRoles.load()).staff.find((s) => s.value.upn === upn)!;

describe('team-scan access follows the IB role', () => {
  it('refuses a leerkracht in words, before the channel exists, so she never owns it', async () => {
    const sanne = t.layerFor(SANNE.upn);
    const error = await sanne.api.teamScan.recordScan(scan('scan-by-teacher')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual([{ field: 'entries', code: 'invalidChoice', params: { reason: 'onlyIb' } }]);
    expect(await sanne.spaces.find(TEAM_SCAN_SPACE)).toBeNull();
    expect(await t.layerFor(INGRID.upn).spaces.find(TEAM_SCAN_SPACE)).toBeNull();
    expect(await sanne.api.teamScan.scans()).toEqual([]);
  });

  it('makes the channel with the IBs on the first scan; the MT, outside it, cannot change who is IB', async () => {
    await t.layerFor(INGRID.upn).api.teamScan.recordScan(scan('scan-1'));
    expect(await channelMembers(t, INGRID.upn)).toEqual([INGRID.upn]);

    const mark = t.layerFor(MARK.upn).api.staffRoles;
    const error = await mark.change(await staffRow(SANNE.upn), { upn: SANNE.upn, displayName: SANNE.displayName, role: 'ib' }).catch((e: unknown) => e);
    expect(reasonOf(error)).toBe('notInScanChannel');
    // Nothing changed: the role stays and so does the channel.
    expect((await staffRow(SANNE.upn)).value.role).toBe('leerkracht');
    expect(await channelMembers(t, INGRID.upn)).toEqual([INGRID.upn]);
  });

  it('lets a new IB read and record at once, and a former IB gets 403 from the server', async () => {
    const ingrid = t.layerFor(INGRID.upn).api;
    await ingrid.staffRoles.change(await staffRow(SANNE.upn), { upn: SANNE.upn, displayName: SANNE.displayName, role: 'ib' });
    expect(await channelMembers(t, INGRID.upn)).toEqual([INGRID.upn, SANNE.upn].sort());

    const sanne = t.layerFor(SANNE.upn).api.teamScan;
    expect((await sanne.scans()).map((s) => s.value.id)).toEqual(['scan-1']);
    await sanne.recordScan({ ...scan('scan-2'), takenAt: '2026-11-01' });
    expect((await sanne.scans()).map((s) => s.value.id)).toEqual(['scan-2', 'scan-1']);

    // Sanne, now IB, makes Ingrid MT: Ingrid leaves the channel and the server refuses her.
    await t.layerFor(SANNE.upn).api.staffRoles.change(await staffRow(INGRID.upn), { upn: INGRID.upn, displayName: INGRID.displayName, role: 'mt' });
    expect(await channelMembers(t, SANNE.upn)).toEqual([SANNE.upn]);
    const former = t.layerFor(INGRID.upn).api.teamScan;
    await expect(former.scans()).rejects.toBeInstanceOf(AccessDeniedError);
    expect(reasonOf(await former.recordScan(scan('scan-3')).catch((e: unknown) => e))).toBe('onlyIb');
    // The totals stay readable for everyone on the staff.
    expect((await former.overview()).scans).toHaveLength(2);
  });

  it('keeps one IB while the team scan exists', async () => {
    const sanne = t.layerFor(SANNE.upn).api.staffRoles;
    const error = await sanne.change(await staffRow(SANNE.upn), { upn: SANNE.upn, displayName: SANNE.displayName, role: 'mt' }).catch((e: unknown) => e);
    expect(reasonOf(error)).toBe('lastIb');
    expect(reasonOf(await sanne.remove(await staffRow(SANNE.upn)).catch((e: unknown) => e))).toBe('lastIb');
    expect((await staffRow(SANNE.upn)).value.role).toBe('ib');
    expect(await channelMembers(t, SANNE.upn)).toEqual([SANNE.upn]);
  });
});
