/** Graph answers are gzip-compressed for clients that accept it, as Graph does; small ones and other clients get plain JSON. */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { IB, type TestServer, createList, startTestServer } from './helpers';

let server: TestServer;
let items: string;

/** The raw answer, undecoded, so the test sees what went over the wire. */
function raw(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.graphUrl}${path}`, {
      headers: { Authorization: `Bearer ${server.tokenFor(IB)}`, ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}) },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server = await startTestServer();
  const client = server.as(IB);
  const listId = await createList(client, 'Notes', [{ name: 'Note', text: { allowMultipleLines: true } }]);
  items = `/sites/root/lists/${listId}/items`;
  for (let i = 0; i < 20; i += 1) {
    await client.post(items, { fields: { Title: `Notitie ${i}`, Note: 'Ouders en school praten samen over wat het kind nodig heeft.' } });
  }
});
afterAll(() => server.stop());

it('compresses a page of items for a client that accepts gzip, and the JSON is the same', async () => {
  const zipped = await raw(`${items}?expand=fields`, 'gzip, deflate, br');
  const plain = await raw(`${items}?expand=fields`);
  expect(zipped.status).toBe(200);
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(zipped.headers.vary).toBe('Accept-Encoding');
  expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
  expect(plain.headers['content-encoding']).toBeUndefined();
  const unzipped = JSON.parse(gunzipSync(zipped.body).toString('utf8'));
  expect(unzipped.value).toHaveLength(20);
  expect(unzipped).toEqual(JSON.parse(plain.body.toString('utf8')));
  expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
});

it('sends a small answer and a refused gzip plain', async () => {
  const one = await raw(`${items}/1`, 'gzip');
  expect(one.headers['content-encoding']).toBeUndefined();
  expect(JSON.parse(one.body.toString('utf8')).id).toBe('1');
  const refused = await raw(`${items}?expand=fields`, 'gzip;q=0, identity');
  expect(refused.headers['content-encoding']).toBeUndefined();
});
