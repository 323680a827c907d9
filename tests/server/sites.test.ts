/** Sites by root, composite id and server-relative path; the site's people; unknown paths. */
import { DEMO_SCHOOL, DEMO_STAFF } from '../../src/demo/people';
import { IB, type Json, type TestServer, expectGraphError, startTestServer } from './helpers';

let server: TestServer;
let root: Json;

beforeAll(async () => {
  server = await startTestServer();
  root = (await server.as(IB).get('/sites/root')).body;
});
afterAll(() => server.stop());

describe('sites', () => {
  it('answers /sites/root with the demo school’s team site', () => {
    expect(root).toMatchObject({
      '@odata.context': `${server.graphUrl}/$metadata#sites/$entity`,
      displayName: DEMO_SCHOOL.siteDisplayName,
      name: 'team-delinde',
      webUrl: `https://${DEMO_SCHOOL.siteHostname}${DEMO_SCHOOL.sitePath}`,
      siteCollection: { hostname: DEMO_SCHOOL.siteHostname },
      root: {},
    });
    expect(root.id).toMatch(new RegExp(`^${DEMO_SCHOOL.siteHostname.replace(/\./g, '\\.')},[0-9a-f-]{36},[0-9a-f-]{36}$`));
  });

  it('finds the same site by composite id and by hostname:/path', async () => {
    const client = server.as(IB);
    expect((await client.get(`/sites/${root.id}`)).body.id).toBe(root.id);
    expect((await client.get(`/sites/${encodeURIComponent(root.id)}`)).body.id).toBe(root.id);
    expect((await client.get(`/sites/${DEMO_SCHOOL.siteHostname}:${DEMO_SCHOOL.sitePath}`)).body.id).toBe(root.id);
    const lists = await client.get(`/sites/${DEMO_SCHOOL.siteHostname}:${DEMO_SCHOOL.sitePath}:/lists`);
    expect(lists.status).toBe(200);
  });

  it('answers 404 itemNotFound for a site that does not exist', async () => {
    expectGraphError(await server.as(IB).get(`/sites/${DEMO_SCHOOL.siteHostname},00000000-0000-0000-0000-000000000000,x`), 404, 'itemNotFound');
    expectGraphError(await server.as(IB).get(`/sites/${DEMO_SCHOOL.siteHostname}:/sites/elsewhere`), 404, 'itemNotFound');
  });

  it('answers 400 for a path Graph does not know', async () => {
    const answer = await server.as(IB).get('/sites/root/drives');
    expect(expectGraphError(answer, 400, 'BadRequest').message).toBe("Resource not found for the segment 'drives'.");
  });

  it('keeps the site’s people in the User Information List, as SharePoint does', async () => {
    const client = server.as(IB);
    const teacher = DEMO_STAFF[5]!;
    const answer = await client.get(
      `/sites/root/lists/User Information List/items?expand=fields(select=Title,UserName)&$filter=fields/UserName eq '${teacher.upn}'`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.value).toHaveLength(1);
    expect(answer.body.value[0].fields).toMatchObject({ Title: teacher.displayName, UserName: teacher.upn });
    const everyone = await client.get('/sites/root/lists/User Information List/items?$top=100');
    expect(everyone.body.value).toHaveLength(DEMO_STAFF.length);
    const list = await client.get('/sites/root/lists/User Information List');
    expect(list.body.list.hidden).toBe(true);
  });
});
