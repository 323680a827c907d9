/**
 * Fault injection applies to each request inside a batch on its own. Randomness is scripted so
 * the envelope passes and chosen sub-requests fail.
 */
import { signToken } from '../auth/tokens';
import { DEMO_PROVISIONER } from '../../demo/people';
import { Faults } from '../faults';
import { createServices } from '../services';
import { openStore } from '../store/store';
import type { Services } from './context';
import { createDispatcher } from './dispatcher';
import { graphRouter } from './routes';

function scripted(values: number[]): () => number {
  return () => {
    const next = values.shift();
    if (next === undefined) throw new Error('random called more often than scripted');
    return next;
  };
}

describe('faults inside a batch', () => {
  let services: Services;
  // Envelope passes (0.9); then per sub-request: fail (0.1, status pick 0), pass (0.9), fail (0.1, 0).
  const faults = new Faults(null, scripted([0.9, 0.1, 0, 0.9, 0.1, 0]));

  beforeEach(() => {
    services = createServices(openStore(':memory:'), () => new Date('2026-09-01T08:00:00Z'), faults);
  });
  afterEach(() => services.store.close());

  it('fails chosen sub-requests with 429 and Retry-After, writing only the others', async () => {
    const dispatch = createDispatcher(services, graphRouter());
    const headers = { authorization: `Bearer ${signToken(DEMO_PROVISIONER, services.tokenSecret, services.clock())}` };
    const call = (method: string, path: string, body?: unknown) =>
      dispatch({ method, path, query: new URLSearchParams(), headers, body }, 'http://local');

    const created = await call('POST', '/sites/root/lists', { displayName: 'Goals' });
    expect(created.status).toBe(201);
    const items = `/sites/root/lists/${(created.body as { id: string }).id}/items`;

    faults.set({ rate: 0.5, statuses: [429], retryAfterSeconds: 7, latencyMs: 0, dropRate: 0 });
    const answer = await dispatch(
      {
        method: 'POST',
        path: '/$batch',
        query: new URLSearchParams(),
        headers,
        body: {
          requests: ['a', 'b', 'c'].map((id) => ({ id, method: 'POST', url: items, body: { fields: { Title: id } } })),
        },
      },
      'http://local',
    );
    const responses = (answer.body as { responses: Array<{ id: string; status: number; headers: Record<string, string> }> }).responses;
    expect(responses.map((r) => [r.id, r.status])).toEqual([['a', 429], ['b', 201], ['c', 429]]);
    expect(responses[0]!.headers['Retry-After']).toBe('7');

    faults.set(null);
    const list = await call('GET', `${items}`);
    expect((list.body as { value: unknown[] }).value).toHaveLength(1);
    expect(services.stats.read()).toMatchObject({ batches: 1, subRequests: 3, faulted: 2 });
  });
});
