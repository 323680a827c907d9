/** List items: create, read, update, delete; etags and If-Match; 400 for bad fields; lookups and people. */
import { GUEST, IB, TEACHER, type GraphClient, type Json, type TestServer, createList, expectGraphError, startTestServer } from './helpers';

let server: TestServer;
let client: GraphClient;
let items: string;
let teacherLookupId: string;
let pupilId: string;

const ETAG = /^"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},(\d+)"$/;

async function count(): Promise<number> {
  return (await client.get(`${items}?$top=5000`)).body.value.length;
}

beforeAll(async () => {
  server = await startTestServer();
  client = server.as(IB);
  const pupils = await createList(client, 'Pupils', [{ name: 'Group', number: {} }]);
  pupilId = (await client.post(`/sites/root/lists/${pupils}/items`, { fields: { Title: 'Fenna', Group: 6 } })).body.id;
  const listId = await createList(client, 'Commitments', [
    { name: 'Promise', text: {}, required: true },
    { name: 'Note', text: { allowMultipleLines: true } },
    { name: 'Score', number: {} },
    { name: 'Due', dateTime: {} },
    { name: 'Status', choice: { choices: ['open', 'kept', 'partly', 'not'] } },
    { name: 'Support', boolean: {} },
    { name: 'Owner', personOrGroup: {} },
    { name: 'Pupil', lookup: { listId: pupils } },
  ]);
  items = `/sites/root/lists/${listId}/items`;
  const people = await client.get(`/sites/root/lists/User Information List/items?expand=fields&$filter=fields/UserName eq '${TEACHER}'`);
  teacherLookupId = people.body.value[0].id;
});
afterAll(() => server.stop());

describe('creating an item', () => {
  let created: Json;

  beforeAll(async () => {
    const answer = await client.post(items, {
      fields: {
        Title: 'Oudergesprek voorbereiden',
        Promise: 'Ik bel de ouders van groep 5 voor vrijdag',
        Score: 7,
        Due: '2026-10-02T15:00:00+02:00',
        Status: 'open',
        Support: false,
        OwnerLookupId: teacherLookupId,
        PupilLookupId: pupilId,
      },
    });
    expect(answer.status).toBe(201);
    created = answer;
  });

  it('answers 201 with the listItem, its fields and an etag', () => {
    const item = created.body;
    expect(item['@odata.etag']).toMatch(ETAG);
    expect(item['@odata.etag'].match(ETAG)[1]).toBe('1');
    expect(item.eTag).toBe(item['@odata.etag']);
    expect(created.headers.get('etag')).toBe(item['@odata.etag']);
    expect(item['@odata.context']).toMatch(/\/\$metadata#sites\('.+'\)\/lists\('.+'\)\/items\/\$entity$/);
    expect(item).toMatchObject({
      id: '1',
      createdBy: { user: { email: IB, displayName: 'Ingrid Bakker' } },
      lastModifiedBy: { user: { email: IB } },
      contentType: { name: 'Item' },
      createdDateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
    expect(item.fields).toMatchObject({
      '@odata.etag': item['@odata.etag'],
      id: '1',
      Title: 'Oudergesprek voorbereiden',
      Score: 7,
      Due: '2026-10-02T13:00:00Z',
      Status: 'open',
      Support: false,
      OwnerLookupId: teacherLookupId,
      PupilLookupId: pupilId,
      AuthorLookupId: '1',
      EditorLookupId: '1',
      ContentType: 'Item',
      _UIVersionString: '1.0',
    });
    expect(item.fields).not.toHaveProperty('Note');
  });

  it('reads it back with and without its fields', async () => {
    const plain = await client.get(`${items}/1`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('etag')).toBe(created.body['@odata.etag']);
    expect(plain.body).not.toHaveProperty('fields');
    const withFields = await client.get(`${items}/1?expand=fields(select=Promise,Owner)`);
    expect(withFields.body.fields).toEqual({
      '@odata.etag': created.body['@odata.etag'],
      Promise: 'Ik bel de ouders van groep 5 voor vrijdag',
      OwnerLookupId: teacherLookupId,
    });
    const fields = await client.get(`${items}/1/fields`);
    expect(fields.body['@odata.context']).toMatch(/items\('1'\)\/fields\/\$entity$/);
    expect(fields.body.Score).toBe(7);
  });
});

describe('updating', () => {
  let id: string;
  let etag: string;

  beforeEach(async () => {
    const answer = await client.post(items, { fields: { Promise: 'Intervisie plannen', Score: 1 } });
    id = answer.body.id;
    etag = answer.body['@odata.etag'];
  });

  it('PATCH /fields answers the fieldValueSet with the next version', async () => {
    const answer = await server.as(TEACHER).patch(`${items}/${id}/fields`, { Score: 2, Note: 'lang verhaal '.repeat(40) }, { 'If-Match': etag });
    expect(answer.status).toBe(200);
    expect(answer.body['@odata.etag']).toMatch(ETAG);
    expect(answer.body['@odata.etag'].match(ETAG)[1]).toBe('2');
    expect(answer.headers.get('etag')).toBe(answer.body['@odata.etag']);
    expect(answer.body).toMatchObject({ Score: 2, Promise: 'Intervisie plannen', _UIVersionString: '2.0', EditorLookupId: teacherLookupId });
    const item = await client.get(`${items}/${id}`);
    expect(item.body.lastModifiedBy.user.email).toBe(TEACHER);
    expect(item.body.createdBy.user.email).toBe(IB);
  });

  it('PATCH on the item with {fields} answers the listItem', async () => {
    const answer = await client.patch(`${items}/${id}`, { fields: { Status: 'kept', Score: null } });
    expect(answer.status).toBe(200);
    expect(answer.body.fields).toMatchObject({ Status: 'kept' });
    expect(answer.body.fields).not.toHaveProperty('Score');
  });

  it('answers 412 resourceModified for a stale If-Match and writes nothing', async () => {
    expect((await client.patch(`${items}/${id}/fields`, { Score: 5 }, { 'If-Match': etag })).status).toBe(200);
    const stale = await client.patch(`${items}/${id}/fields`, { Score: 6 }, { 'If-Match': etag });
    expectGraphError(stale, 412, 'resourceModified');
    const staleItem = await client.patch(`${items}/${id}`, { fields: { Score: 6 } }, { 'If-Match': etag });
    expectGraphError(staleItem, 412, 'resourceModified');
    expectGraphError(await client.delete(`${items}/${id}`, { 'If-Match': etag }), 412, 'resourceModified');
    const now = await client.get(`${items}/${id}/fields`);
    expect(now.body.Score).toBe(5);
    expect(now.body['@odata.etag'].match(ETAG)[1]).toBe('2');
  });

  it('accepts If-Match: * and a weak or current etag', async () => {
    expect((await client.patch(`${items}/${id}/fields`, { Score: 3 }, { 'If-Match': '*' })).status).toBe(200);
    const current = (await client.get(`${items}/${id}`)).body['@odata.etag'];
    expect((await client.patch(`${items}/${id}/fields`, { Score: 4 }, { 'If-Match': `W/${current}` })).status).toBe(200);
  });
});

describe('refusing bad fields with 400 and writing nothing', () => {
  it.each([
    ['an unknown field', { Promise: 'p', Colour: 'red' }, /'Colour' is not recognized/],
    ['text into a number', { Promise: 'p', Score: 'seven' }, /Score/],
    ['a choice that does not exist', { Promise: 'p', Status: 'maybe' }, /choices/],
    ['more than 255 characters in a line of text', { Promise: 'x'.repeat(256) }, /255/],
    ['a date that is no date', { Promise: 'p', Due: 'volgende week' }, /ISO 8601/],
    ['a word into a boolean', { Promise: 'p', Support: 'ja' }, /true or false/],
    ['a person who does not exist', { Promise: 'p', OwnerLookupId: '999' }, /does not exist/],
    ['a lookup that is no id', { Promise: 'p', PupilLookupId: 'Fenna' }, /PupilLookupId/],
    ['a read-only field', { Promise: 'p', Created: '2020-01-01T00:00:00Z' }, /read-only/],
    ['a missing required field', { Title: 'no promise' }, /'Promise' is required/],
  ])('%s', async (_, fields, message) => {
    const before = await count();
    const answer = await client.post(items, { fields });
    expect(expectGraphError(answer, 400, 'invalidRequest').message).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('on update too, leaving the item as it was', async () => {
    const id = (await client.post(items, { fields: { Promise: 'p', Score: 1 } })).body.id;
    expectGraphError(await client.patch(`${items}/${id}/fields`, { Score: 2, Status: 'maybe' }), 400, 'invalidRequest');
    expectGraphError(await client.patch(`${items}/${id}/fields`, { Promise: null }), 400, 'invalidRequest');
    const fields = (await client.get(`${items}/${id}/fields`)).body;
    expect(fields).toMatchObject({ Score: 1, Promise: 'p', _UIVersionString: '1.0' });
  });
});

describe('deleting', () => {
  it('answers 204, then 404 itemNotFound, and never reuses the id', async () => {
    const id = (await client.post(items, { fields: { Promise: 'weg' } })).body.id;
    const answer = await client.delete(`${items}/${id}`);
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    expectGraphError(await client.get(`${items}/${id}`), 404, 'itemNotFound');
    expectGraphError(await client.delete(`${items}/${id}`), 404, 'itemNotFound');
    const next = (await client.post(items, { fields: { Promise: 'nieuw' } })).body.id;
    expect(Number(next)).toBeGreaterThan(Number(id));
  });

  it('answers 404 for an item id that does not exist', async () => {
    expectGraphError(await client.get(`${items}/9999`), 404, 'itemNotFound');
    expectGraphError(await client.patch(`${items}/abc/fields`, { Score: 1 }), 404, 'itemNotFound');
  });
});

describe('a guest', () => {
  it('can neither read nor write items', async () => {
    expectGraphError(await server.as(GUEST).get(items), 403, 'accessDenied');
    expectGraphError(await server.as(GUEST).post(items, { fields: { Promise: 'x' } }), 403, 'accessDenied');
  });
});

describe('a column that enforces unique values', () => {
  let keyed: string;

  beforeAll(async () => {
    const listId = await createList(client, 'Keyed', [{ name: 'ClientKey', text: {}, indexed: true, enforceUniqueValues: true }]);
    keyed = `/sites/root/lists/${listId}/items`;
  });

  it('refuses a second item with the same value (case-insensitive) with 409 and writes nothing', async () => {
    expect((await client.post(keyed, { fields: { ClientKey: 'abc-1' } })).status).toBe(201);
    const again = await client.post(keyed, { fields: { ClientKey: 'ABC-1' } });
    expectGraphError(again, 409, 'nameAlreadyExists');
    expect((await client.get(`${keyed}?$top=10`)).body.value).toHaveLength(1);
  });

  it('refuses an update onto a taken value but lets an item keep its own', async () => {
    const other = (await client.post(keyed, { fields: { ClientKey: 'abc-2' } })).body.id;
    expectGraphError(await client.patch(`${keyed}/${other}/fields`, { ClientKey: 'abc-1' }), 409, 'nameAlreadyExists');
    expect((await client.patch(`${keyed}/${other}/fields`, { ClientKey: 'abc-2', Title: 'same key' })).status).toBe(200);
  });
});
