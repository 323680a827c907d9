/**
 * Indexed columns and SharePoint's list view threshold: a non-indexed $filter/$orderby is refused
 * unless the Prefer header is sent; over 5,000 items it fails even then, unless an indexed
 * condition narrows the list first; indexed filters work at any size.
 */
import { randomUUID } from 'node:crypto';
import { openStore } from '../../src/server/store/store';
import { IB, type GraphClient, type Json, type TestServer, createList, expectGraphError, startTestServer } from './helpers';

const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const NOT_INDEXED =
  "Field 'Note' cannot be referenced in filter or orderby as it is not indexed. " +
  "Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, " +
  'but be warned that such queries may fail on large lists.';
const BIG = 10_001;

let server: TestServer;
let client: GraphClient;
let small: string;
let big: string;

const q = (list: string, query: string) => `${list}?${query.replace(/ /g, '%20')}`;

beforeAll(async () => {
  server = await startTestServer();
  client = server.as(IB);
  const columns = [
    { name: 'Note', text: {} },
    { name: 'Score', number: {}, indexed: true },
    { name: 'Bucket', choice: { choices: ['a', 'b', 'c'] }, indexed: true },
  ];
  small = `/sites/root/lists/${await createList(client, 'Small', columns)}/items`;
  for (const [i, note] of ['een', 'twee', 'drie'].entries()) {
    await client.post(small, { fields: { Title: note, Note: note, Score: i, Bucket: 'a' } });
  }
  const bigId = await createList(client, 'Big', columns);
  big = `/sites/root/lists/${bigId}/items`;
  // Bulk-load through a second connection to the same database (the test asserts over HTTP).
  const store = openStore(server.dbPath);
  try {
    store.transaction(() => {
      for (let i = 0; i < BIG; i += 1) {
        store.insertItem({
          listId: bigId, uniqueId: randomUUID(), version: 1, created: '2026-09-01T08:00:00Z', modified: '2026-09-01T08:00:00Z',
          author: 1, editor: 1, values: { Title: `item ${i}`, Note: `n${i}`, Score: i, Bucket: 'abc'[i % 3]! },
        });
      }
    });
  } finally {
    store.close();
  }
});
afterAll(() => server.stop());

describe('a filter or sort on a column without an index', () => {
  it('is refused with Graph’s 400 and message', async () => {
    const answer = await client.get(q(small, "$filter=fields/Note eq 'twee'"));
    expect(expectGraphError(answer, 400, 'invalidRequest').message).toBe(NOT_INDEXED);
    expect(expectGraphError(await client.get(q(small, '$orderby=fields/Note')), 400, 'invalidRequest').message).toBe(NOT_INDEXED);
    expect(expectGraphError(await client.get(q(small, "$filter=fields/Title eq 'een'")), 400, 'invalidRequest').message).toMatch(/^Field 'Title'/);
  });

  it('works with the Prefer header on a list under the threshold', async () => {
    const answer = await client.get(q(small, "expand=fields&$filter=fields/Note eq 'twee'&$orderby=fields/Title desc"), PREFER);
    expect(answer.status).toBe(200);
    expect(answer.body.value.map((i: Json) => i.fields.Note)).toEqual(['twee']);
    const combined = await client.get(q(small, '$orderby=fields/Note'), { Prefer: `odata.maxpagesize=10, ${PREFER.Prefer}` });
    expect(combined.status).toBe(200);
  });
});

describe(`a list of ${BIG.toLocaleString('en')} items`, () => {
  it('still fails with the Prefer header, as SharePoint’s list view threshold does', async () => {
    const filtered = await client.get(q(big, "$filter=fields/Note eq 'n5'"), PREFER);
    expect(expectGraphError(filtered, 429, 'throttledRequest').message).toMatch(/exceeds the list view threshold/);
    expectGraphError(await client.get(q(big, '$orderby=fields/Note'), PREFER), 429, 'throttledRequest');
    expectGraphError(await client.get(q(big, "$filter=fields/Score ge 0 and fields/Note eq 'n5'"), PREFER), 429, 'throttledRequest');
    expectGraphError(await client.get(q(big, "$filter=fields/Note eq 'n5'")), 400, 'invalidRequest');
  });

  it('allows a non-indexed condition once an indexed one narrows the list below the threshold', async () => {
    const answer = await client.get(q(big, "expand=fields&$filter=fields/Score lt 100 and fields/Note eq 'n5'"), PREFER);
    expect(answer.status).toBe(200);
    expect(answer.body.value.map((i: Json) => i.fields.Score)).toEqual([5]);
  });

  it('filters and sorts on indexed columns quickly, at any size', async () => {
    const started = performance.now();
    const answer = await client.get(q(big, 'expand=fields&$filter=fields/Score ge 9990&$orderby=fields/Score desc'));
    const elapsed = performance.now() - started;
    expect(answer.status).toBe(200);
    expect(answer.body.value.map((i: Json) => i.fields.Score)).toEqual(Array.from({ length: 11 }, (_, i) => 10_000 - i));
    expect(elapsed).toBeLessThan(500);
    const bucket = await client.get(q(big, "$filter=fields/Bucket eq 'c'&$top=5000"));
    expect(bucket.body.value).toHaveLength(3333);
    expect(bucket.body['@odata.nextLink']).toBeUndefined();
  });

  it('serves at most 5,000 items per page, whatever $top asks', async () => {
    const first = await client.get(q(big, '$top=6000'));
    expect(first.body.value).toHaveLength(5000);
    const second = await client.get(first.body['@odata.nextLink']);
    expect(second.body.value).toHaveLength(5000);
    const third = await client.get(second.body['@odata.nextLink']);
    expect(third.body.value).toHaveLength(1);
    expect(third.body['@odata.nextLink']).toBeUndefined();
  });
});
