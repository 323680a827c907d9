import { LOG_LIMIT, Stats } from './stats';

const clock = () => new Date('2026-12-01T08:00:00Z');

describe('request statistics', () => {
  it('counts requests per method and logs each path, with a batch carrying its sub-requests', () => {
    const stats = new Stats(clock);
    stats.request('GET', '/me?$select=id');
    stats.request('POST', '/$batch');
    stats.batch(['GET /sites/a/lists/L/items', 'GET /sites/a/lists/M/items']);
    expect(stats.read()).toMatchObject({
      total: 2,
      byMethod: { GET: 1, POST: 1 },
      batches: 1,
      subRequests: 2,
      requests: [
        { method: 'GET', path: '/me?$select=id' },
        { method: 'POST', path: '/$batch', subRequests: ['GET /sites/a/lists/L/items', 'GET /sites/a/lists/M/items'] },
      ],
    });
  });

  it('two batches in flight each get their own sub-requests, in arrival order', () => {
    const stats = new Stats(clock);
    stats.request('POST', '/$batch');
    stats.request('POST', '/$batch');
    stats.batch(['GET /a']);
    stats.batch(['GET /b', 'GET /c']);
    expect(stats.read().requests.map((r) => r.subRequests)).toEqual([['GET /a'], ['GET /b', 'GET /c']]);
  });

  it('keeps only the latest requests, and a reset starts empty', () => {
    const stats = new Stats(clock);
    for (let i = 0; i < LOG_LIMIT + 5; i += 1) stats.request('GET', `/r${i}`);
    const read = stats.read();
    expect(read.total).toBe(LOG_LIMIT + 5);
    expect(read.requests).toHaveLength(LOG_LIMIT);
    expect(read.requests[0]!.path).toBe('/r5');
    stats.reset();
    expect(stats.read()).toMatchObject({ total: 0, requests: [] });
  });

  it('a read is a copy: changing it changes nothing inside', () => {
    const stats = new Stats(clock);
    stats.request('POST', '/$batch');
    stats.batch(['GET /a']);
    stats.read().requests[0]!.subRequests!.push('GET /x');
    expect(stats.read().requests[0]!.subRequests).toEqual(['GET /a']);
  });
});
