/** JSON batching: up to 20 requests, per-request status, dependsOn and 424, auth inside the batch. */
import { GUEST, IB, type GraphClient, type Json, type TestServer, createList, expectGraphError, local, startTestServer } from './helpers';

let server: TestServer;
let client: GraphClient;
let items: string;

const byId = (answer: Json): Record<string, Json> => Object.fromEntries(answer.body.responses.map((r: Json) => [r.id, r]));

beforeAll(async () => {
  server = await startTestServer();
  client = server.as(IB);
  const listId = await createList(client, 'Goals', [{ name: 'Score', number: {}, indexed: true }]);
  items = `/sites/root/lists/${listId}/items`;
});
afterAll(() => server.stop());

describe('$batch', () => {
  it('runs 20 requests and answers each with id, status, headers and body', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, method: 'GET', url: i % 2 ? '/me' : 'sites/root?x=1' }));
    const answer = await client.post('/$batch', { requests });
    expect(answer.status).toBe(200);
    expect(answer.body.responses).toHaveLength(20);
    const responses = byId(answer);
    expect(responses.r1).toMatchObject({ status: 200, body: { userPrincipalName: IB }, headers: { 'Content-Type': expect.stringMatching(/^application\/json/) } });
    expect(responses.r0.body.displayName).toBe('Team De Linde');
  });

  it('refuses more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect(expectGraphError(await client.post('/$batch', { requests }), 400, 'BadRequest').message).toMatch(/20/);
  });

  it('refuses a malformed batch with 400', async () => {
    expectGraphError(await client.post('/$batch', {}), 400, 'BadRequest');
    expectGraphError(await client.post('/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '1', method: 'GET', url: '/me' }] }), 400, 'BadRequest');
    expectGraphError(await client.post('/$batch', { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] }), 400, 'BadRequest');
    expectGraphError(
      await client.post('/$batch', {
        requests: [
          { id: 'a', method: 'GET', url: '/me', dependsOn: ['b'] },
          { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
        ],
      }),
      400,
      'BadRequest',
    );
  });

  it('answers every request with its own status, each applied on its own', async () => {
    const answer = await client.post('/$batch', {
      requests: [
        { id: 'create', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'Ouders betrekken', Score: 3 } } },
        { id: 'bad', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Score: 'veel' } } },
        { id: 'missing', method: 'GET', url: `${items}/999` },
        { id: 'list', method: 'GET', url: `${items}?expand=fields&$filter=fields/Score eq 3` },
      ],
    });
    const r = byId(answer);
    expect(r.create.status).toBe(201);
    expect(r.create.headers.ETag).toBe(r.create.body['@odata.etag']);
    expect(r.bad).toMatchObject({ status: 400, body: { error: { code: 'invalidRequest' } } });
    expect(r.missing).toMatchObject({ status: 404, body: { error: { code: 'itemNotFound' } } });
    expect(r.list.status).toBe(200);
    expect(r.list.body.value.map((i: Json) => i.fields.Title)).toEqual(['Ouders betrekken']);
  });

  it('runs dependsOn in order and answers 424 when a dependency failed', async () => {
    const answer = await client.post('/$batch', {
      requests: [
        { id: '3', method: 'GET', url: `${items}?expand=fields&$filter=fields/Score eq 9`, dependsOn: ['2'] },
        { id: '1', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'Eerst', Score: 9 } } },
        { id: '2', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'Daarna', Score: 9 } }, dependsOn: ['1'] },
        { id: '4', method: 'GET', url: `${items}/0`, dependsOn: [] },
        { id: '5', method: 'GET', url: '/me', dependsOn: ['4'] },
        { id: '6', method: 'GET', url: '/me', dependsOn: ['5'] },
      ],
    });
    const r = byId(answer);
    expect(answer.body.responses.map((x: Json) => x.id)).toEqual(['3', '1', '2', '4', '5', '6']);
    expect(r['1'].status).toBe(201);
    expect(r['2'].status).toBe(201);
    expect(r['3'].body.value.map((i: Json) => i.fields.Title)).toEqual(['Eerst', 'Daarna']);
    expect(r['4'].status).toBe(404);
    expect(r['5']).toMatchObject({ status: 424, body: { error: { code: 'FailedDependency', innerError: { 'request-id': expect.any(String) } } } });
    expect(r['6'].status).toBe(424);
  });

  it('passes sub-request headers such as If-Match and Prefer', async () => {
    const created = (await client.post(items, { fields: { Title: 'Vier', Score: 4 } })).body;
    await client.patch(`${items}/${created.id}/fields`, { Score: 5 });
    const answer = await client.post('/$batch', {
      requests: [
        { id: 'stale', method: 'PATCH', url: `${items}/${created.id}/fields`, headers: { 'Content-Type': 'application/json', 'If-Match': created['@odata.etag'] }, body: { Score: 6 } },
        { id: 'prefer', method: 'GET', url: `${items}?$filter=fields/Title eq 'Vier'`, headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } },
        { id: 'noPrefer', method: 'GET', url: `${items}?$filter=fields/Title eq 'Vier'` },
      ],
    });
    const r = byId(answer);
    expect(r.stale).toMatchObject({ status: 412, body: { error: { code: 'resourceModified' } } });
    expect(r.prefer.status).toBe(200);
    expect(r.noPrefer).toMatchObject({ status: 400, body: { error: { code: 'invalidRequest' } } });
    expect((await client.get(`${items}/${created.id}/fields`)).body.Score).toBe(5);
  });

  it('applies auth and membership to every request inside it', async () => {
    const answer = await server.as(GUEST).post('/$batch', {
      requests: [
        { id: 'me', method: 'GET', url: '/me' },
        { id: 'site', method: 'GET', url: '/sites/root' },
        { id: 'write', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'x' } } },
      ],
    });
    const r = byId(answer);
    expect(r.me.status).toBe(200);
    expect(r.site).toMatchObject({ status: 403, body: { error: { code: 'accessDenied' } } });
    expect(r.write).toMatchObject({ status: 403, body: { error: { code: 'accessDenied' } } });
    expectGraphError(await server.anonymous().post('/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }] }), 401, 'InvalidAuthenticationToken');
  });

  it('refuses a batch inside a batch', async () => {
    const answer = await client.post('/$batch', { requests: [{ id: '1', method: 'POST', url: '/$batch', body: { requests: [] } }] });
    expect(byId(answer)['1'].status).toBe(400);
  });

  it('counts as one round trip with its requests in the stats', async () => {
    await local(server, 'DELETE', '/local/admin/stats');
    await client.post('/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/me' }] });
    const stats = (await local(server, 'GET', '/local/admin/stats')).body;
    expect(stats).toMatchObject({ total: 1, byMethod: { POST: 1 }, batches: 1, subRequests: 2 });
  });
});
