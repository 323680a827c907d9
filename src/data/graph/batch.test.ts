import { ThrottledError, NotFoundError } from '../errors';
import { answerBody, batchBody, chunk, MAX_BATCH_SIZE, parseBatchResponse, sendBatch, type BatchStep } from './batch';
import type { GraphHttp } from './http';

describe('chunk', () => {
  it('splits into groups of at most 20', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const groups = chunk(items);
    expect(groups.map((g) => g.length)).toEqual([20, 20, 5]);
    expect(groups.flat()).toEqual(items);
    expect(chunk([])).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('batchBody', () => {
  it('makes URLs relative to the version root and adds a JSON content type to bodies', () => {
    const body = batchBody([
      { id: '1', method: 'GET', url: 'sites/root' },
      { id: '2', method: 'POST', url: '/sites/root/lists', body: { displayName: 'X' } },
    ]);
    expect(body.requests[0]).toEqual({ id: '1', method: 'GET', url: '/sites/root' });
    expect(body.requests[1]).toEqual({
      id: '2',
      method: 'POST',
      url: '/sites/root/lists',
      body: { displayName: 'X' },
      headers: { 'Content-Type': 'application/json' },
    });
  });

  it('refuses more than 20 requests and duplicate ids', () => {
    const steps = Array.from({ length: MAX_BATCH_SIZE + 1 }, (_, i): BatchStep => ({ id: String(i), method: 'GET', url: '/me' }));
    expect(() => batchBody(steps)).toThrow(RangeError);
    expect(() => batchBody([{ id: 'a', method: 'GET', url: '/me' }, { id: 'a', method: 'GET', url: '/me' }])).toThrow(
      /duplicate/,
    );
  });
});

describe('parseBatchResponse', () => {
  it('keys answers by id in any order and parses JSON string bodies', () => {
    const answers = parseBatchResponse({
      responses: [
        { id: '2', status: 404, headers: {}, body: { error: { code: 'itemNotFound', message: 'gone' } } },
        { id: '1', status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"value":[]}' },
      ],
    });
    expect(answerBody(answers.get('1'))).toEqual({ value: [] });
    expect(() => answerBody(answers.get('2'))).toThrow(NotFoundError);
    expect(parseBatchResponse(undefined).size).toBe(0);
  });
});

/** A GraphHttp stand-in that answers $batch posts from a script and records them. */
function fakeHttp(answer: (requests: Array<{ id: string; url: string }>, call: number) => unknown) {
  const calls: Array<Array<{ id: string; url: string }>> = [];
  const http = {
    post: async (_path: string, body: { requests: Array<{ id: string; url: string }> }) => {
      calls.push(body.requests);
      return answer(body.requests, calls.length);
    },
  } as unknown as GraphHttp;
  return { http, calls };
}

describe('sendBatch', () => {
  it('sends 45 GETs as three batches and returns every answer', async () => {
    const { http, calls } = fakeHttp((requests) => ({
      responses: requests.map((r) => ({ id: r.id, status: 200, headers: {}, body: { url: r.url } })),
    }));
    const steps = Array.from({ length: 45 }, (_, i): BatchStep => ({ id: `r${i}`, method: 'GET', url: `/x/${i}` }));
    const answers = await sendBatch(http, steps);
    expect(calls.map((c) => c.length)).toEqual([20, 20, 5]);
    expect(answers.size).toBe(45);
    expect(answerBody(answers.get('r44'))).toEqual({ url: '/x/44' });
  });

  it('sends requests throttled inside a batch again after their Retry-After', async () => {
    const waits: number[] = [];
    const { http, calls } = fakeHttp((requests, call) => ({
      responses: requests.map((r) =>
        r.id === 'b' && call === 1
          ? { id: r.id, status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'tooManyRequests' } } }
          : { id: r.id, status: 200, headers: {}, body: { ok: r.id } },
      ),
    }));
    const answers = await sendBatch(
      http,
      [
        { id: 'a', method: 'GET', url: '/a' },
        { id: 'b', method: 'GET', url: '/b' },
      ],
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(calls.map((c) => c.map((r) => r.id))).toEqual([['a', 'b'], ['b']]);
    expect(waits).toEqual([2000]);
    expect(answerBody(answers.get('b'))).toEqual({ ok: 'b' });
  });

  it('gives up after the allowed rounds and reports the throttling', async () => {
    const { http, calls } = fakeHttp((requests) => ({
      responses: requests.map((r) => ({ id: r.id, status: 429, headers: { 'Retry-After': '0' }, body: {} })),
    }));
    const answers = await sendBatch(http, [{ id: 'a', method: 'GET', url: '/a' }], {
      maxThrottleRetries: 2,
      sleep: async () => undefined,
    });
    expect(calls).toHaveLength(3);
    expect(() => answerBody(answers.get('a'))).toThrow(ThrottledError);
  });

  it('reports a missing answer as unavailable and sends nothing for an empty set', async () => {
    const { http, calls } = fakeHttp(() => ({ responses: [] }));
    expect((await sendBatch(http, [])).size).toBe(0);
    expect(calls).toHaveLength(0);
    const answers = await sendBatch(http, [{ id: 'a', method: 'GET', url: '/a' }]);
    expect(answers.get('a')?.status).toBe(0);
  });
});
