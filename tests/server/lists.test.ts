/** Lists and columns: create, get by id and title, 409 on duplicates, built-in columns, adding columns. */
import { IB, type GraphClient, type Json, type TestServer, createList, expectGraphError, startTestServer } from './helpers';

let server: TestServer;
let client: GraphClient;
let site: Json;
let listId: string;

beforeAll(async () => {
  server = await startTestServer();
  client = server.as(IB);
  site = (await client.get('/sites/root')).body;
  listId = await createList(client, 'Change Cycles', [
    { name: 'Dream', text: { allowMultipleLines: true } },
    { name: 'Score', number: { minimum: 0, maximum: 10 }, indexed: true },
    { name: 'StartDate', dateTime: { format: 'dateOnly' }, indexed: true, required: true },
    { name: 'Phase', choice: { choices: ['plan', 'do', 'check', 'act'] } },
    { name: 'Active', boolean: {}, indexed: true },
    { name: 'Coach', personOrGroup: {} },
  ]);
});
afterAll(() => server.stop());

describe('creating a list', () => {
  it('answers 201 with the list in Graph’s shape', async () => {
    const answer = await client.post('/sites/root/lists', { displayName: 'Meetings', list: { template: 'genericList' } });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      '@odata.context': `${server.graphUrl}/$metadata#sites('${site.id}')/lists/$entity`,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      displayName: 'Meetings',
      name: 'Meetings',
      webUrl: `${site.webUrl}/Lists/Meetings`,
      list: { template: 'genericList', hidden: false, contentTypesEnabled: false },
      parentReference: { siteId: site.id },
      createdBy: { user: { email: IB, displayName: 'Ingrid Bakker', id: expect.any(String) } },
      createdDateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
  });

  it('answers 409 nameAlreadyExists for a title in use, whatever its case', async () => {
    const answer = await client.post('/sites/root/lists', { displayName: 'change cycles' });
    expectGraphError(answer, 409, 'nameAlreadyExists');
  });

  it('answers 400 without a displayName, for an unknown template or a bad column', async () => {
    expectGraphError(await client.post('/sites/root/lists', { columns: [] }), 400, 'invalidRequest');
    expectGraphError(await client.post('/sites/root/lists', { displayName: 'Docs', list: { template: 'documentLibrary' } }), 400, 'invalidRequest');
    expectGraphError(await client.post('/sites/root/lists', { displayName: 'Bad', columns: [{ name: 'X', choice: { choices: [] } }] }), 400, 'invalidRequest');
    expectGraphError(
      await client.post('/sites/root/lists', { displayName: 'Bad', columns: [{ name: 'Pupil', lookup: { listId: 'no-such-list' } }] }),
      400,
      'invalidRequest',
    );
    expectGraphError(await client.post('/sites/root/lists', { displayName: 'Bad', columns: [{ name: 'Title', text: {} }] }), 409, 'nameAlreadyExists');
    expect((await client.get('/sites/root/lists/Bad')).status).toBe(404);
  });
});

describe('reading lists', () => {
  it('gets a list by id and by title', async () => {
    expect((await client.get(`/sites/root/lists/${listId}`)).body.displayName).toBe('Change Cycles');
    const byTitle = await client.get('/sites/root/lists/Change%20Cycles');
    expect(byTitle.body.id).toBe(listId);
    expect((await client.get('/sites/root/lists/CHANGE CYCLES')).body.id).toBe(listId);
  });

  it('lists the site’s lists, filtered by displayName and with their columns on request', async () => {
    const all = await client.get('/sites/root/lists');
    expect(all.body['@odata.context']).toBe(`${server.graphUrl}/$metadata#sites('${site.id}')/lists`);
    expect(all.body.value.map((l: Json) => l.displayName)).toEqual(expect.arrayContaining(['Change Cycles', 'User Information List']));
    const filtered = await client.get("/sites/root/lists?$filter=displayName eq 'Change Cycles'&$expand=columns");
    expect(filtered.body.value).toHaveLength(1);
    expect(filtered.body.value[0].columns.map((c: Json) => c.name)).toContain('Score');
  });

  it('answers 404 itemNotFound for an unknown list', async () => {
    expectGraphError(await client.get('/sites/root/lists/Nothing'), 404, 'itemNotFound');
    expectGraphError(await client.get('/sites/root/lists/Nothing/items'), 404, 'itemNotFound');
  });
});

describe('columns', () => {
  it('has the built-in columns and the created ones with their facets', async () => {
    const answer = await client.get(`/sites/root/lists/${listId}/columns`);
    expect(answer.status).toBe(200);
    const byName = Object.fromEntries(answer.body.value.map((c: Json) => [c.name, c]));
    expect(Object.keys(byName)).toEqual(
      expect.arrayContaining(['Title', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'Dream', 'Score', 'StartDate', 'Phase', 'Active', 'Coach']),
    );
    expect(byName.Title).toMatchObject({ text: { maxLength: 255, allowMultipleLines: false }, indexed: false, required: false });
    expect(byName.ID).toMatchObject({ readOnly: true, indexed: true });
    expect(byName.Score).toMatchObject({ number: { minimum: 0, maximum: 10 }, indexed: true, required: false, readOnly: false });
    expect(byName.StartDate).toMatchObject({ dateTime: { format: 'dateOnly' }, indexed: true, required: true });
    expect(byName.Phase).toMatchObject({ choice: { choices: ['plan', 'do', 'check', 'act'] }, indexed: false });
    expect(byName.Active).toMatchObject({ boolean: {}, indexed: true });
    expect(byName.Coach).toMatchObject({ personOrGroup: { allowMultipleSelection: false } });
    expect(byName.Dream).toMatchObject({ text: { allowMultipleLines: true } });
    expect(byName.Score.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('adds a column later, refuses a duplicate, and can index an existing column', async () => {
    const added = await client.post(`/sites/root/lists/${listId}/columns`, { name: 'ClientKey', text: {}, indexed: true });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'ClientKey', indexed: true, text: { maxLength: 255 } });
    expectGraphError(await client.post(`/sites/root/lists/${listId}/columns`, { name: 'clientkey', text: {} }), 409, 'nameAlreadyExists');
    const patched = await client.patch(`/sites/root/lists/${listId}/columns/Phase`, { indexed: true });
    expect(patched.status).toBe(200);
    expect(patched.body.indexed).toBe(true);
    const byId = await client.get(`/sites/root/lists/${listId}/columns/${added.body.id}`);
    expect(byId.body.name).toBe('ClientKey');
    expectGraphError(await client.patch(`/sites/root/lists/${listId}/columns/Created`, { indexed: false }), 400, 'invalidRequest');
  });

  it('links a lookup column to another list', async () => {
    const pupils = await createList(client, 'Pupils', [{ name: 'Group', number: {} }]);
    const talks = await client.post('/sites/root/lists', {
      displayName: 'Talks',
      columns: [{ name: 'Pupil', lookup: { listId: pupils, columnName: 'Title' }, indexed: true }],
    });
    expect(talks.status).toBe(201);
    const column = await client.get(`/sites/root/lists/Talks/columns/Pupil`);
    expect(column.body.lookup).toEqual({ listId: pupils, columnName: 'Title', allowMultipleValues: false, allowUnlimitedLength: false });
  });
});
