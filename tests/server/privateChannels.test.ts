/**
 * Team members and private channels: GET /teams/{id}/members in Graph's conversationMember
 * shape; creating a private channel with its members (400 without an owner, 409 for a taken
 * name, 404 for an unknown team); its own SharePoint site, found through filesFolder, that only
 * the channel's members may use (a colleague outside it gets 403 there but 200 on the team
 * site); adding and removing members changes who gets in; deleting the channel removes its site.
 */
import { DEMO_SCHOOL, DEMO_STAFF } from '../../src/demo/people';
import { GUEST, IB, type GraphClient, type Json, type TestServer, expectGraphError, startTestServer } from './helpers';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const upn = (i: number): string => DEMO_STAFF[i]!.upn;
const [ib, mt, sanne, lotte, daan, ahmed] = [upn(0), upn(2), upn(3), upn(4), upn(5), upn(6)];
const OUTSIDER = DEMO_STAFF[8]!.upn; // Tom: a colleague in the team, not in the channel

let server: TestServer;
let teamId: string;

const bind = (upn: string, owner = false): Json => ({
  '@odata.type': '#microsoft.graph.aadUserConversationMember',
  'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${upn}')`,
  roles: owner ? ['owner'] : [],
});

const channels = () => `/teams/${teamId}/channels`;
const channelPath = (id: string) => `${channels()}/${encodeURIComponent(id)}`;

async function createPrivate(client: GraphClient, name: string, members: Json[]): Promise<Json> {
  const answer = await client.post(channels(), { membershipType: 'private', displayName: name, members });
  if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

beforeAll(async () => {
  server = await startTestServer();
  teamId = (await server.as(IB).get('/me/joinedTeams')).body.value[0].id;
});
afterAll(() => server.stop());

describe('GET /teams/{id}/members', () => {
  it('lists every staff member as an aadUserConversationMember, owners first', async () => {
    const answer = await server.as(sanne).get(`/teams/${teamId}/members`);
    expect(answer.status).toBe(200);
    expect(answer.body['@odata.count']).toBe(DEMO_STAFF.length);
    expect(answer.body.value[0]).toEqual({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      id: expect.any(String),
      roles: ['owner'],
      displayName: DEMO_STAFF[0]!.displayName,
      visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
      userId: expect.stringMatching(GUID),
      email: ib,
      tenantId: expect.stringMatching(GUID),
    });
    expect(answer.body.value.slice(1).every((m: Json) => m.roles.length === 0)).toBe(true);
    expect(answer.body.value.map((m: Json) => m.email)).not.toContain(GUEST);
  });

  it('is refused to a guest (403) and unknown for a made-up team (404)', async () => {
    expectGraphError(await server.as(GUEST).get(`/teams/${teamId}/members`), 403, 'Forbidden');
    expectGraphError(await server.as(sanne).get('/teams/00000000-0000-0000-0000-000000000000/members'), 404, 'NotFound');
  });
});

describe('a private channel', () => {
  let channel: Json;
  let folder: Json;
  let sitePath: string;

  beforeAll(async () => {
    channel = await createPrivate(server.as(sanne), 'Intervisie Onderbouw', [
      bind(sanne, true),
      bind(lotte),
      bind(daan),
      bind(ahmed),
    ]);
    folder = (await server.as(sanne).get(`${channelPath(channel.id)}/filesFolder`)).body;
    sitePath = `/sites/${folder.parentReference.siteId}`;
  });

  it('is created with Graph’s channel shape and membershipType private', () => {
    expect(channel).toMatchObject({
      id: expect.stringMatching(/^19:[0-9a-f]{32}@thread\.tacv2$/),
      displayName: 'Intervisie Onderbouw',
      membershipType: 'private',
      webUrl: expect.stringContaining(`groupId=${teamId}`),
    });
  });

  it('has its own site, found through filesFolder, under the team site’s host', async () => {
    expect(folder).toMatchObject({
      name: 'Shared Documents',
      folder: { childCount: 0 },
      parentReference: { driveType: 'documentLibrary', driveId: expect.stringMatching(/^b!/) },
    });
    const site = await server.as(sanne).get(sitePath);
    expect(site.status).toBe(200);
    expect(site.body.webUrl).toBe(`https://${DEMO_SCHOOL.siteHostname}${DEMO_SCHOOL.sitePath}-IntervisieOnderbouw`);
    expect(site.body.displayName).toBe(`${DEMO_SCHOOL.siteDisplayName} - Intervisie Onderbouw`);
    // Also by path, as a client that knows the URL would address it.
    const byPath = await server.as(lotte).get(`/sites/${DEMO_SCHOOL.siteHostname}:${DEMO_SCHOOL.sitePath}-IntervisieOnderbouw`);
    expect(byPath.body.id).toBe(site.body.id);
    // The General channel's files stay in the team site.
    const general = (await server.as(sanne).get(`/teams/${teamId}/primaryChannel`)).body;
    const generalFolder = (await server.as(sanne).get(`${channelPath(general.id)}/filesFolder`)).body;
    expect(generalFolder.parentReference.siteId).toBe((await server.as(sanne).get('/sites/root')).body.id);
    expect(generalFolder.name).toBe('General');
  });

  it('lets members keep lists there, and refuses everyone else — the team site stays open to them', async () => {
    const created = await server.as(lotte).post(`${sitePath}/lists`, {
      displayName: 'Sessions',
      columns: [{ name: 'Advice', text: {} }],
      list: { template: 'genericList' },
    });
    expect(created.status).toBe(201);
    const item = await server.as(daan).post(`${sitePath}/lists/Sessions/items`, { fields: { Title: 'Sessie 1', Advice: 'Vraag het kind' } });
    expect(item.status).toBe(201);
    expect((await server.as(ahmed).get(`${sitePath}/lists/Sessions/items?expand=fields`)).body.value).toHaveLength(1);

    for (const outsider of [OUTSIDER, ib, mt]) {
      expectGraphError(await server.as(outsider).get(`${sitePath}/lists/Sessions/items?expand=fields`), 403, 'accessDenied');
      expectGraphError(await server.as(outsider).get(sitePath), 403, 'accessDenied');
      expect((await server.as(outsider).get('/sites/root/lists')).status).toBe(200);
    }
    expectGraphError(await server.as(GUEST).get(sitePath), 403, 'accessDenied');
    // In a $batch the same rule holds per request.
    const batch = await server.as(OUTSIDER).post('/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `${sitePath}/lists` },
        { id: '2', method: 'GET', url: '/sites/root' },
      ],
    });
    const statuses = Object.fromEntries(batch.body.responses.map((r: Json) => [r.id, r.status]));
    expect(statuses).toEqual({ '1': 403, '2': 200 });
  });

  it('is hidden from colleagues outside it: not listed, 403 on the channel itself', async () => {
    const mine = (await server.as(lotte).get(channels())).body.value.map((c: Json) => c.displayName);
    expect(mine).toContain('Intervisie Onderbouw');
    const theirs = (await server.as(OUTSIDER).get(channels())).body.value.map((c: Json) => c.displayName);
    expect(theirs).not.toContain('Intervisie Onderbouw');
    expectGraphError(await server.as(OUTSIDER).get(channelPath(channel.id)), 403, 'Forbidden');
    expectGraphError(await server.as(OUTSIDER).get(`${channelPath(channel.id)}/filesFolder`), 403, 'Forbidden');
    const filtered = await server.as(lotte).get(`${channels()}?$filter=membershipType eq 'private'`);
    expect(filtered.body.value.map((c: Json) => c.displayName)).toEqual(['Intervisie Onderbouw']);
  });

  it('lists its members with their roles', async () => {
    const answer = await server.as(daan).get(`${channelPath(channel.id)}/members`);
    expect(answer.status).toBe(200);
    expect(answer.body.value.map((m: Json) => [m.email, m.roles])).toEqual([
      [sanne, ['owner']],
      [ahmed, []],
      [daan, []],
      [lotte, []],
    ]);
    const one = await server.as(daan).get(`${channelPath(channel.id)}/members/${answer.body.value[0].id}`);
    expect(one.body.email).toBe(sanne);
  });

  it('changes who gets in when members are added and removed (owners only)', async () => {
    const members = `${channelPath(channel.id)}/members`;
    expectGraphError(await server.as(lotte).post(members, bind(OUTSIDER)), 403, 'Forbidden');
    const added = await server.as(sanne).post(members, bind(OUTSIDER));
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ email: OUTSIDER, roles: [] });
    expect((await server.as(OUTSIDER).get(`${sitePath}/lists/Sessions/items?expand=fields`)).status).toBe(200);
    // Someone who joined can write there too (they are among the site's people).
    expect((await server.as(OUTSIDER).post(`${sitePath}/lists/Sessions/items`, { fields: { Title: 'Sessie 2' } })).status).toBe(201);

    expectGraphError(await server.as(lotte).delete(`${members}/${added.body.id}`), 403, 'Forbidden');
    expect((await server.as(sanne).delete(`${members}/${added.body.id}`)).status).toBe(204);
    expectGraphError(await server.as(OUTSIDER).get(`${sitePath}/lists/Sessions/items?expand=fields`), 403, 'accessDenied');
    expectGraphError(await server.as(sanne).delete(`${members}/${added.body.id}`), 404, 'NotFound');
  });

  it('keeps at least one owner, and refuses guests and other standard-channel member changes', async () => {
    const members = `${channelPath(channel.id)}/members`;
    const owner = (await server.as(sanne).get(members)).body.value[0];
    expectGraphError(await server.as(sanne).delete(`${members}/${owner.id}`), 400, 'BadRequest');
    expectGraphError(await server.as(sanne).patch(`${members}/${owner.id}`, { roles: [] }), 400, 'BadRequest');
    expectGraphError(await server.as(sanne).post(members, bind(GUEST)), 400, 'BadRequest');
    const general = (await server.as(sanne).get(`/teams/${teamId}/primaryChannel`)).body;
    expectGraphError(await server.as(ib).post(`${channelPath(general.id)}/members`, bind(sanne)), 400, 'BadRequest');
    // A member can be made owner.
    const lotteMember = (await server.as(sanne).get(members)).body.value.find((m: Json) => m.email === lotte);
    const promoted = await server.as(sanne).patch(`${members}/${lotteMember.id}`, { roles: ['owner'] });
    expect(promoted.body.roles).toEqual(['owner']);
  });
});

describe('creating channels: Graph’s errors', () => {
  it('needs an owner among the members of a private channel (400)', async () => {
    const answer = await server.as(sanne).post(channels(), {
      membershipType: 'private',
      displayName: 'Zonder eigenaar',
      members: [bind(sanne), bind(lotte)],
    });
    expectGraphError(answer, 400, 'BadRequest');
    const missing = await server.as(sanne).post(channels(), { membershipType: 'private', displayName: 'Niemand' });
    expectGraphError(missing, 400, 'BadRequest');
  });

  it('refuses a taken name whatever its case (409), a bad name and bad members (400), an unknown user (404)', async () => {
    await createPrivate(server.as(ahmed), 'Middenbouw', [bind(ahmed, true)]);
    expectGraphError(
      await server.as(lotte).post(channels(), { membershipType: 'private', displayName: 'MIDDENBOUW', members: [bind(lotte, true)] }),
      409,
      'NameAlreadyExists',
    );
    expectGraphError(await server.as(lotte).post(channels(), { displayName: 'a/b' }), 400, 'BadRequest');
    expectGraphError(await server.as(lotte).post(channels(), { displayName: 'x'.repeat(51) }), 400, 'BadRequest');
    expectGraphError(await server.as(lotte).post(channels(), { displayName: 'Gedeeld', membershipType: 'shared' }), 400, 'BadRequest');
    expectGraphError(
      await server.as(lotte).post(channels(), { membershipType: 'private', displayName: 'Dubbel', members: [bind(lotte, true), bind(lotte)] }),
      400,
      'BadRequest',
    );
    expectGraphError(
      await server.as(lotte).post(channels(), { membershipType: 'private', displayName: 'Onbekend', members: [bind('niemand@delinde.example', true)] }),
      404,
      'NotFound',
    );
  });

  it('answers 404 for an unknown team and 403 for a guest', async () => {
    expectGraphError(await server.as(sanne).post('/teams/00000000-0000-0000-0000-000000000000/channels', { displayName: 'X' }), 404, 'NotFound');
    expectGraphError(await server.as(GUEST).post(channels(), { displayName: 'X' }), 403, 'Forbidden');
  });

  it('makes a standard channel for the whole team; the same letters get a site path of their own', async () => {
    const standard = await server.as(lotte).post(channels(), { displayName: 'Mededelingen' });
    expect(standard.status).toBe(201);
    expect(standard.body.membershipType).toBe('standard');
    expect((await server.as(OUTSIDER).get(channelPath(standard.body.id))).status).toBe(200);
    const a = await createPrivate(server.as(lotte), 'Groep A!', [bind(lotte, true)]);
    const b = await createPrivate(server.as(lotte), 'Groep-A', [bind(lotte, true)]);
    const siteOf = async (c: Json) => (await server.as(lotte).get(`${channelPath(c.id)}/filesFolder`)).body.webUrl as string;
    expect(await siteOf(a)).toMatch(/-GroepA\/Shared%20Documents$/);
    expect(await siteOf(b)).toMatch(/-GroepA2\/Shared%20Documents$/);
  });
});

describe('deleting a private channel', () => {
  it('is for its owners, and takes its site along', async () => {
    const channel = await createPrivate(server.as(daan), 'Tijdelijk', [bind(daan, true), bind(lotte)]);
    const siteId = (await server.as(daan).get(`${channelPath(channel.id)}/filesFolder`)).body.parentReference.siteId;
    expectGraphError(await server.as(lotte).delete(channelPath(channel.id)), 403, 'Forbidden');
    expect((await server.as(daan).delete(channelPath(channel.id))).status).toBe(204);
    expectGraphError(await server.as(daan).get(channelPath(channel.id)), 404, 'NotFound');
    expectGraphError(await server.as(daan).get(`/sites/${siteId}`), 404, 'itemNotFound');
    const general = (await server.as(daan).get(`/teams/${teamId}/primaryChannel`)).body;
    expectGraphError(await server.as(ib).delete(channelPath(general.id)), 400, 'BadRequest');
  });
});
