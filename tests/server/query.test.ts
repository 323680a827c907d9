/** $filter on every column type, $orderby, $top, fields(select=…), paging through @odata.nextLink. */
import { IB, TEACHER, type GraphClient, type Json, type TestServer, allPages, createList, expectGraphError, startTestServer } from './helpers';

let server: TestServer;
let client: GraphClient;
let items: string;
let teacher: string;
let ib: string;

/** Meetings of a school year; every column indexed so each can be filtered and sorted on. */
const MEETINGS = [
  { Title: 'Startgesprek Fenna', Kind: 'oudergesprek', Week: 37, Start: '2026-09-08T14:00:00Z', Held: true, Group: 6 },
  { Title: 'Veranderteam 1', Kind: 'veranderteam', Week: 38, Start: '2026-09-15T15:30:00Z', Held: true, Group: null },
  { Title: 'Teambijeenkomst', Kind: 'team', Week: 40, Start: '2026-09-29T15:00:00Z', Held: false, Group: null },
  { Title: "Intervisie 'bovenbouw'", Kind: 'intervisie', Week: 41, Start: '2026-10-06T13:00:00Z', Held: false, Group: 8 },
  { Title: 'startgesprek Daan', Kind: 'oudergesprek', Week: 37, Start: '2026-09-09T08:30:00Z', Held: true, Group: 3 },
  { Title: 'Veranderteam 2', Kind: 'veranderteam', Week: 45, Start: '2026-11-03T15:30:00Z', Held: false, Group: null },
  { Title: 'Informatieavond', Kind: 'informatieavond', Week: 36, Start: '2026-09-01T18:30:00Z', Held: true, Group: null },
];

async function titles(query: string, headers?: Record<string, string>): Promise<string[]> {
  const answer = await client.get(`${items}?expand=fields&${query}`, headers);
  if (answer.status !== 200) throw new Error(`${query}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.value.map((i: Json) => i.fields.Title);
}

beforeAll(async () => {
  server = await startTestServer();
  client = server.as(IB);
  const people = (await client.get('/sites/root/lists/User Information List/items?expand=fields&$top=50')).body.value;
  teacher = people.find((p: Json) => p.fields.UserName === TEACHER).id;
  ib = people.find((p: Json) => p.fields.UserName === IB).id;
  const listId = await createList(client, 'Meetings', [
    { name: 'Kind', choice: { choices: ['oudergesprek', 'veranderteam', 'team', 'intervisie', 'informatieavond'] }, indexed: true },
    { name: 'Week', number: {}, indexed: true },
    { name: 'Start', dateTime: {}, indexed: true },
    { name: 'Held', boolean: {}, indexed: true },
    { name: 'Group', number: {}, indexed: true },
    { name: 'Host', personOrGroup: {}, indexed: true },
    { name: 'Label', text: {}, indexed: true },
  ]);
  items = `/sites/root/lists/${listId}/items`;
  for (const [i, m] of MEETINGS.entries()) {
    const fields: Json = { ...m, Label: m.Title, HostLookupId: i % 2 === 0 ? teacher : ib };
    if (m.Group === null) delete fields.Group;
    const answer = await client.post(items, { fields });
    if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
  }
});
afterAll(() => server.stop());

describe('$filter', () => {
  it.each([
    ["fields/Kind eq 'oudergesprek'", ['Startgesprek Fenna', 'startgesprek Daan']],
    ["fields/Kind ne 'oudergesprek' and fields/Held eq true", ['Veranderteam 1', 'Informatieavond']],
    ['fields/Week gt 40', ["Intervisie 'bovenbouw'", 'Veranderteam 2']],
    ['fields/Week ge 40 and fields/Week le 41', ['Teambijeenkomst', "Intervisie 'bovenbouw'"]],
    ['fields/Week lt 37', ['Informatieavond']],
    ["fields/Start ge '2026-10-01T00:00:00Z'", ["Intervisie 'bovenbouw'", 'Veranderteam 2']],
    ['fields/Start lt 2026-09-09T00:00:00Z', ['Startgesprek Fenna', 'Informatieavond']],
    ["fields/Start eq '2026-09-15T17:30:00+02:00'", ['Veranderteam 1']],
    ['fields/Held eq false', ['Teambijeenkomst', "Intervisie 'bovenbouw'", 'Veranderteam 2']],
    ['fields/Group eq null', ['Veranderteam 1', 'Teambijeenkomst', 'Veranderteam 2', 'Informatieavond']],
    ['fields/Group ne null and not (fields/Group ge 6)', ['startgesprek Daan']],
    ["startswith(fields/Label,'startgesprek')", ['Startgesprek Fenna', 'startgesprek Daan']],
    ["fields/Label eq 'Intervisie ''bovenbouw'''", ["Intervisie 'bovenbouw'"]],
    ["(fields/Week eq 37 or fields/Week eq 45) and fields/Kind eq 'veranderteam'", ['Veranderteam 2']],
    ['fields/id le 2', ['Startgesprek Fenna', 'Veranderteam 1']],
  ])('%s', async (filter, expected) => {
    expect(await titles(`$filter=${encodeURIComponent(filter)}`)).toEqual(expected);
  });

  it('filters a person column by lookup id, quoted or not', async () => {
    expect(await titles(`$filter=fields/HostLookupId eq ${teacher}`)).toHaveLength(4);
    expect(await titles(`$filter=fields/HostLookupId eq '${ib}'`)).toHaveLength(3);
  });

  it('answers 400 for a malformed filter or a value of the wrong type', async () => {
    const syntax = await client.get(`${items}?$filter=${encodeURIComponent("fields/Week eq")}`);
    expect(expectGraphError(syntax, 400, 'BadRequest').message).toMatch(/^Invalid filter clause/);
    expectGraphError(await client.get(`${items}?$filter=${encodeURIComponent("fields/Week eq 'many'")}`), 400, 'invalidRequest');
    expectGraphError(await client.get(`${items}?$filter=${encodeURIComponent("fields/Nope eq 1")}`), 400, 'invalidRequest');
  });
});

describe('$orderby', () => {
  it('sorts by one field ascending or descending', async () => {
    expect(await titles('$orderby=fields/Start')).toEqual([
      'Informatieavond', 'Startgesprek Fenna', 'startgesprek Daan', 'Veranderteam 1', 'Teambijeenkomst', "Intervisie 'bovenbouw'", 'Veranderteam 2',
    ]);
    expect((await titles('$orderby=fields/Week desc'))[0]).toBe('Veranderteam 2');
  });

  it('sorts by several fields, with empty values first', async () => {
    expect(await titles('$orderby=fields/Group,fields/Week desc')).toEqual([
      'Veranderteam 2', 'Teambijeenkomst', 'Veranderteam 1', 'Informatieavond', 'startgesprek Daan', 'Startgesprek Fenna', "Intervisie 'bovenbouw'",
    ]);
  });

  it('combines with $filter and sorts text case-insensitively', async () => {
    expect(await titles(`$filter=fields/Week le 38&$orderby=fields/Label desc`)).toEqual([
      'Veranderteam 1', 'Startgesprek Fenna', 'startgesprek Daan', 'Informatieavond',
    ]);
  });
});

describe('shaping and paging', () => {
  it('limits the fields with fields(select=…)', async () => {
    const answer = await client.get(`${items}?$expand=fields($select=Title,Week)&$top=1`);
    expect(answer.body.value[0].fields).toEqual({ '@odata.etag': expect.any(String), Title: 'Startgesprek Fenna', Week: 37 });
  });

  it('pages with $top and @odata.nextLink, keeping the query', async () => {
    const first = await client.get(`${items}?expand=fields&$filter=fields/Week ge 37&$orderby=fields/Week&$top=2`);
    expect(first.body.value).toHaveLength(2);
    const next: string = first.body['@odata.nextLink'];
    expect(next).toMatch(new RegExp(`^${server.graphUrl}/sites/root/lists/[0-9a-f-]+/items\\?`));
    expect(next).toContain('$skiptoken=');
    expect(next).toContain('$orderby=fields%2FWeek');
    const pages = await allPages(client, `${items}?expand=fields&$filter=fields/Week ge 37&$orderby=fields/Week&$top=2`);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(pages.flat().map((i) => i.fields.Week)).toEqual([37, 37, 38, 40, 41, 45]);
  });

  it('keeps pages stable when items are added between requests', async () => {
    const first = await client.get(`${items}?$orderby=fields/Week&$top=3&expand=fields`);
    await client.post(items, { fields: { Title: 'Vroeg', Week: 1, Label: 'Vroeg' } });
    const rest = await allPages(client, first.body['@odata.nextLink']);
    const seen = [...first.body.value, ...rest.flat()].map((i: Json) => i.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(MEETINGS.length);
  });

  it('refuses $skip, as Graph does on list items', async () => {
    expectGraphError(await client.get(`${items}?$skip=2`), 400, 'invalidRequest');
    expectGraphError(await client.get(`${items}?$skiptoken=garbage`), 400, 'invalidRequest');
  });
});

describe('server-side paging', () => {
  let big: string;

  beforeAll(async () => {
    big = `/sites/root/lists/${await createList(client, 'Many', [{ name: 'N', number: {}, indexed: true }])}/items`;
    // 450 items in batches of 20.
    for (let start = 0; start < 450; start += 20) {
      const requests = Array.from({ length: Math.min(20, 450 - start) }, (_, i) => ({
        id: String(i + 1),
        method: 'POST',
        url: `${big.replace('/sites', 'sites')}`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { N: start + i } },
      }));
      const answer = await client.post('/$batch', { requests });
      if (answer.body.responses.some((r: Json) => r.status !== 201)) throw new Error('batch insert failed');
    }
  });

  it('answers 200 items per page by default and pages through all of them', async () => {
    const pages = await allPages(client, `${big}?expand=fields`);
    expect(pages.map((p) => p.length)).toEqual([200, 200, 50]);
    expect(pages.flat().map((i) => i.fields.N)).toEqual(Array.from({ length: 450 }, (_, i) => i));
  });

  it('pages through a descending order just as well', async () => {
    const pages = await allPages(client, `${big}?expand=fields&$orderby=fields/N desc&$top=100`);
    expect(pages.map((p) => p.length)).toEqual([100, 100, 100, 100, 50]);
    expect(pages.flat().map((i) => i.fields.N)).toEqual(Array.from({ length: 450 }, (_, i) => 449 - i));
  });
});
