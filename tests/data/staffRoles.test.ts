/**
 * Staff roles against a real local server: the team's members (GET /teams/{id}/members, guests
 * left out) beside the staff list; the first person after provisioning becomes MT; roles are
 * given, changed (If-Match) and taken away; the last MT member stays; a guest gets 403.
 */
import { parseConfig, type SiteRef } from '../../src/config';
import { createDataLayer, type DataApiOptions } from '../../src/data';
import { AccessDeniedError, ConflictError, ValidationError } from '../../src/data/errors';
import { DEMO_GUEST, DEMO_STAFF } from '../../src/demo/people';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

const MARK = DEMO_STAFF.find((s) => s.role === 'mt')!;
const INGRID = DEMO_STAFF.find((s) => s.role === 'ib')!;
const TOM = DEMO_STAFF.find((s) => s.upn.startsWith('tom.'))!;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await t.layerFor(MARK.upn).api.provision();
});
afterAll(() => t.close());

describe('staff roles', () => {
  it('makes the first person after provisioning MT, and nobody after', async () => {
    const mark = t.layerFor(MARK.upn).api;
    expect((await mark.staffRoles.load()).staff).toEqual([]);
    expect(await mark.me()).toBeNull();
    const claimed = await mark.staffRoles.claimFirstRun();
    expect(claimed).toEqual({ upn: MARK.upn, displayName: MARK.displayName, role: 'mt' });
    // The session's own record is read again.
    expect(await mark.me()).toMatchObject({ upn: MARK.upn, role: 'mt' });
    expect(await mark.staffRoles.claimFirstRun()).toMatchObject({ role: 'mt' });
    expect(await t.layerFor(INGRID.upn).api.staffRoles.claimFirstRun()).toBeNull();
    expect((await mark.staffRoles.load()).staff.map((s) => s.value.upn)).toEqual([MARK.upn]);
  });

  it('lists the team’s members (no guests) beside the staff list', async () => {
    const { members } = await t.layerFor(MARK.upn).api.staffRoles.load();
    expect(members.map((m) => m.upn)).toEqual(expect.arrayContaining(DEMO_STAFF.map((s) => s.upn)));
    expect(members.map((m) => m.upn)).not.toContain(DEMO_GUEST.upn);
    expect(members.find((m) => m.upn === TOM.upn)?.displayName).toBe(TOM.displayName);
  });

  it('reads the staff list and the members in one $batch; the team is found once, with the first of them', async () => {
    const layer = t.layerFor(MARK.upn);
    await layer.api.me(); // sign-in: the profile, the site and the staff row
    layer.http.resetStats();
    await t.admin('DELETE', '/local/admin/stats');
    const first = await layer.api.staffRoles.load();
    // Local mode, first visit: GET /me/joinedTeams, then one $batch (staff, and each team's site and members).
    expect(layer.api.diagnostics()).toMatchObject({ requests: 2, batches: 1 });
    layer.http.resetStats();
    await t.admin('DELETE', '/local/admin/stats');
    const again = await layer.api.staffRoles.load();
    expect(layer.api.diagnostics()).toMatchObject({ requests: 1, batches: 1 });
    expect(await t.admin('GET', '/local/admin/stats')).toMatchObject({ total: 1, batches: 1, subRequests: 2 });
    expect(again).toEqual(first);
    expect(await layer.team.teamId()).toBeTruthy();
  });

  describe('one $batch after sign-in, with the team known from the start', () => {
    const layerWith = (site: SiteRef, team?: DataApiOptions['team']) =>
      createDataLayer({
        graphBaseUrl: t.graphBaseUrl,
        tokenProvider: { getToken: async () => t.server.tokenFor(MARK.upn) },
        site,
        ...(team ? { team } : {}),
      });

    async function countLoad(layer: ReturnType<typeof layerWith>) {
      await layer.api.me(); // sign-in: the profile, the site lookup and the staff row
      layer.http.resetStats();
      await t.admin('DELETE', '/local/admin/stats');
      const snapshot = await layer.api.staffRoles.load();
      const server = await t.admin<{ total: number; requests: { path: string; subRequests?: string[] }[] }>('GET', '/local/admin/stats');
      return { snapshot, client: layer.api.diagnostics(), server };
    }

    it('in local mode: the site is found through the server’s team (config.json), so that team is known', async () => {
      const config = parseConfig(await (await fetch(`${t.server.url}/config.json`)).json());
      expect(config.site.kind).toBe('group');
      const { snapshot, client, server } = await countLoad(layerWith(config.site));
      expect(client).toMatchObject({ requests: 1, batches: 1 });
      expect(server.total).toBe(1);
      // The staff list and the team's members; no GET /me/joinedTeams, no team sites to compare.
      expect(server.requests[0]?.subRequests).toEqual([expect.stringContaining('/lists/DriehoekStaff/items'), expect.stringMatching(/\/teams\/[^/]+\/members$/)]);
      expect(snapshot).toEqual(await t.layerFor(MARK.upn).api.staffRoles.load());
    });

    it('in Teams: the context’s group id names the team', async () => {
      const joined = await fetch(`${t.server.graphUrl}/me/joinedTeams`, { headers: { Authorization: `Bearer ${t.server.tokenFor(MARK.upn)}` } });
      const [team] = ((await joined.json()) as { value: { id: string }[] }).value;
      if (!team) throw new Error('the demo school has no team');
      const { client, server } = await countLoad(layerWith({ kind: 'root' }, { groupId: team.id }));
      expect(client).toMatchObject({ requests: 1, batches: 1 });
      expect(server.total).toBe(1);
      expect(server.requests[0]?.subRequests).toHaveLength(2);
    });
  });

  it('gives roles, changes them with If-Match, and refuses a group outside the bouw before any write', async () => {
    const api = t.layerFor(MARK.upn).api.staffRoles;
    const ib = await api.assign({ upn: INGRID.upn, displayName: INGRID.displayName, role: 'ib' });
    expect(ib.value).toEqual({ upn: INGRID.upn, displayName: INGRID.displayName, role: 'ib' });
    const tom = await api.assign({ upn: TOM.upn, displayName: TOM.displayName, role: 'leerkracht', bouw: 'bovenbouw', group: 6 });
    await expect(api.change(tom, { ...tom.value, role: 'leerkracht', bouw: 'bovenbouw', group: 3 })).rejects.toBeInstanceOf(ValidationError);
    const moved = await api.change(tom, { upn: TOM.upn, displayName: TOM.displayName, role: 'leerkracht', bouw: 'bovenbouw', group: 7 });
    expect(moved.value.group).toBe(7);
    // From the copy read before the change: someone else's change is not overwritten.
    await expect(api.change(tom, { upn: TOM.upn, displayName: TOM.displayName, role: 'ib' })).rejects.toBeInstanceOf(ConflictError);
    const nowIb = await api.change(moved, { upn: TOM.upn, displayName: TOM.displayName, role: 'ib' });
    expect(nowIb.value).toEqual({ upn: TOM.upn, displayName: TOM.displayName, role: 'ib' });
    await api.remove(nowIb);
    expect((await api.load()).staff.map((s) => s.value.upn).sort()).toEqual([INGRID.upn, MARK.upn].sort());
  });

  it('never takes the last MT member off', async () => {
    const api = t.layerFor(MARK.upn).api.staffRoles;
    const mark = (await api.load()).staff.find((s) => s.value.upn === MARK.upn)!;
    const lastMt = await api.remove(mark).catch((e: unknown) => e);
    expect(lastMt).toBeInstanceOf(ValidationError);
    expect((lastMt as ValidationError).fieldErrors).toEqual([expect.objectContaining({ field: 'role', params: { reason: 'lastMt' } })]);
    await expect(api.change(mark, { upn: MARK.upn, displayName: MARK.displayName, role: 'ib' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('gives the guest parent 403', async () => {
    await expect(t.layerFor(DEMO_GUEST.upn).api.staffRoles.load()).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
