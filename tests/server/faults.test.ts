/** Fault injection (429/503 with Retry-After, latency, dropped connections) and request stats. */
import { IB, type GraphClient, type TestServer, createList, expectGraphError, local, startTestServer } from './helpers';

let server: TestServer;
let client: GraphClient;
let items: string;

async function itemCount(): Promise<number> {
  await local(server, 'DELETE', '/local/admin/faults');
  return (await client.get(items)).body.value.length;
}

beforeAll(async () => {
  server = await startTestServer();
  client = server.as(IB);
  items = `/sites/root/lists/${await createList(client, 'Promises', [{ name: 'Score', number: {} }])}/items`;
});
afterEach(() => local(server, 'DELETE', '/local/admin/faults'));
afterAll(() => server.stop());

describe('fault injection', () => {
  it('is off by default', async () => {
    expect((await local(server, 'GET', '/local/admin/faults')).body).toEqual({ faults: null });
    expect((await client.get('/me')).status).toBe(200);
  });

  it('answers 429 TooManyRequests with Retry-After and writes nothing', async () => {
    const before = await itemCount();
    const set = await local(server, 'POST', '/local/admin/faults', { rate: 1, statuses: [429], retryAfterSeconds: 2 });
    expect(set.status).toBe(200);
    const answer = await client.post(items, { fields: { Title: 'nooit' } });
    expectGraphError(answer, 429, 'TooManyRequests');
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(await itemCount()).toBe(before);
  });

  it('answers 503 serviceNotAvailable with Retry-After', async () => {
    await local(server, 'POST', '/local/admin/faults', { rate: 1, statuses: [503], retryAfterSeconds: 1 });
    const answer = await client.get('/sites/root');
    expectGraphError(answer, 503, 'serviceNotAvailable');
    expect(answer.headers.get('retry-after')).toBe('1');
  });

  it('faults a whole batch when its envelope is faulted', async () => {
    await local(server, 'POST', '/local/admin/faults', { rate: 1, statuses: [429] });
    expectGraphError(await client.post('/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }] }), 429, 'TooManyRequests');
  });

  it('adds latency', async () => {
    await local(server, 'POST', '/local/admin/faults', { rate: 0, latencyMs: 150 });
    const started = performance.now();
    expect((await client.get('/me')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops connections', async () => {
    await local(server, 'POST', '/local/admin/faults', { rate: 0, dropRate: 1 });
    await expect(client.get('/me')).rejects.toThrow();
    await local(server, 'DELETE', '/local/admin/faults');
    expect((await client.get('/me')).status).toBe(200);
  });

  it('drops the answer after the handler committed: the write is stored, the client hears nothing', async () => {
    const before = await itemCount();
    await local(server, 'POST', '/local/admin/faults', { rate: 0, dropAfterRate: 1 });
    await expect(client.post(items, { fields: { Title: 'toch opgeslagen' } })).rejects.toThrow();
    expect(await itemCount()).toBe(before + 1);
  });

  it('refuses an invalid configuration', async () => {
    expect((await local(server, 'POST', '/local/admin/faults', { rate: 2 })).status).toBe(400);
    expect((await local(server, 'POST', '/local/admin/faults', { rate: 1, statuses: [500] })).status).toBe(400);
    expect((await local(server, 'POST', '/local/admin/faults', { dropAfterRate: -0.1 })).status).toBe(400);
  });

  it('can be switched on at start', async () => {
    const faulty = await startTestServer({ faults: { rate: 1, statuses: [429], retryAfterSeconds: 3, latencyMs: 0, dropRate: 0 } });
    try {
      const answer = await faulty.as(IB).get('/me');
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toBe('3');
      expect((await local(faulty, 'GET', '/local/identities')).status).toBe(200);
    } finally {
      await faulty.stop();
    }
  });
});

describe('stats', () => {
  it('counts Graph requests per method, faults included, and resets', async () => {
    expect((await local(server, 'DELETE', '/local/admin/stats')).status).toBe(204);
    await client.get('/me');
    await client.get('/sites/root');
    await client.post(items, { fields: { Title: 'geteld' } });
    await local(server, 'POST', '/local/admin/faults', { rate: 1, statuses: [503] });
    await client.get('/me');
    await local(server, 'DELETE', '/local/admin/faults');
    const stats = (await local(server, 'GET', '/local/admin/stats')).body;
    expect(stats).toMatchObject({ total: 4, byMethod: { GET: 3, POST: 1 }, batches: 0, subRequests: 0, faulted: 1 });
    await local(server, 'DELETE', '/local/admin/stats');
    expect((await local(server, 'GET', '/local/admin/stats')).body).toMatchObject({ total: 0, byMethod: {} });
  });
});
