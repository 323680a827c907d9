/**
 * The local server's throughput for a typical item read (GET one list item with its fields) and
 * write (PATCH one item's fields), with autocannon in this process against the server in its
 * own: requests per second and p99 latency. The budgets are regression floors set from the
 * measurement of 2026-12-01 with a wide margin (docs/performance.md), not targets.
 */
import autocannon from 'autocannon';
import { atLeast, atMost } from './figures';
import { appServer, DEMO_USER } from './shared';
import type { Figure, MeasureModule } from './types';

/** Floors and ceilings: see docs/performance.md for the measurement they come from. */
export const THROUGHPUT_BUDGETS = {
  readPerSecond: 400,
  readP99Ms: 100,
  writePerSecond: 150,
  writeP99Ms: 200,
} as const;

const CONNECTIONS = 10;

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const title = 'Local server: item read and write';

export const measure: MeasureModule['measure'] = async (ctx) => {
  const server = await appServer(ctx);
  const graph = `${server.origin}/graph/v1.0`;
  const { access_token: token } = await json<{ access_token: string }>(
    await fetch(`${server.origin}/local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: DEMO_USER }),
    }),
  );
  const auth = { Authorization: `Bearer ${token}` };
  const { id: siteId } = await json<{ id: string }>(await fetch(`${graph}/sites/root?$select=id`, { headers: auth }));
  const items = `${graph}/sites/${siteId}/lists/DriehoekMeetings/items`;
  // A row of the bench's own (no cycle anyone sees) to write to, so the demo data stays as it was.
  const created = await json<{ id: string }>(
    await fetch(items, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        fields: { Title: 'Bench', CycleKey: 'bench', MeetingType: 'team', MeetingDate: '2026-12-01T00:00:00Z', Status: 'planned' },
      }),
    }),
  );
  const item = `${items}/${created.id}`;
  const duration = ctx.quick ? 3 : 8;
  ctx.log(`autocannon: ${CONNECTIONS} connections, ${duration} s each`);
  const read = await autocannon({ url: `${item}?expand=fields`, headers: auth, connections: CONNECTIONS, duration });
  const write = await autocannon({
    url: `${item}/fields`,
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ Minutes: 'Notulen van de bench' }),
    connections: CONNECTIONS,
    duration,
  });
  await fetch(item, { method: 'DELETE', headers: auth });
  const figures: Figure[] = [];
  for (const [name, result, perSecond, p99] of [
    ['read', read, THROUGHPUT_BUDGETS.readPerSecond, THROUGHPUT_BUDGETS.readP99Ms],
    ['write', write, THROUGHPUT_BUDGETS.writePerSecond, THROUGHPUT_BUDGETS.writeP99Ms],
  ] as const) {
    figures.push(atLeast(`item ${name} throughput`, Math.round(result.requests.average), 'req/s', perSecond, `${result.requests.total} requests`));
    figures.push(atMost(`item ${name} latency p99`, result.latency.p99, 'ms', p99));
    // A fast error is no throughput: every answer must have been a success.
    figures.push(atMost(`item ${name} answers not 2xx`, result.non2xx + result.errors + result.timeouts, 'answers', 0));
  }
  return figures;
};
