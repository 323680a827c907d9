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
const ROUND_SECONDS = 4;

/**
 * The round with the most requests per second: other work on the machine only ever slows a
 * round down, so the best one is the closest to what the server itself can do. Its p99 goes
 * with it; every round's failures count.
 */
export function best(rounds: readonly autocannon.Result[]): autocannon.Result {
  const top = rounds.reduce((a, b) => (b.requests.average > a.requests.average ? b : a));
  const sum = (pick: (r: autocannon.Result) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  return {
    ...top,
    requests: { ...top.requests, total: sum((r) => r.requests.total) },
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
  };
}

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
  const rounds = ctx.quick ? 1 : 3;
  ctx.log(`autocannon: ${CONNECTIONS} connections, ${ROUND_SECONDS} s a round, best of ${rounds} rounds (read, write in turns)`);
  const reads: autocannon.Result[] = [];
  const writes: autocannon.Result[] = [];
  for (let i = 0; i < rounds; i += 1) {
    reads.push(await autocannon({ url: `${item}?expand=fields`, headers: auth, connections: CONNECTIONS, duration: ROUND_SECONDS }));
    writes.push(
      await autocannon({
        url: `${item}/fields`,
        method: 'PATCH',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ Minutes: `Notulen van de bench, ronde ${i + 1}` }),
        connections: CONNECTIONS,
        duration: ROUND_SECONDS,
      }),
    );
    ctx.log(`round ${i + 1}: read ${Math.round(reads[i]!.requests.average)} req/s, write ${Math.round(writes[i]!.requests.average)} req/s`);
  }
  const read = best(reads);
  const write = best(writes);
  await fetch(item, { method: 'DELETE', headers: auth });
  const figures: Figure[] = [];
  for (const [name, result, perSecond, p99] of [
    ['read', read, THROUGHPUT_BUDGETS.readPerSecond, THROUGHPUT_BUDGETS.readP99Ms],
    ['write', write, THROUGHPUT_BUDGETS.writePerSecond, THROUGHPUT_BUDGETS.writeP99Ms],
  ] as const) {
    figures.push(atLeast(`item ${name} throughput`, Math.round(result.requests.average), 'req/s', perSecond, `best of ${reads.length} rounds, ${result.requests.total} requests in all`));
    figures.push(atMost(`item ${name} latency p99`, result.latency.p99, 'ms', p99));
    // A fast error is no throughput: every answer must have been a success.
    figures.push(atMost(`item ${name} answers not 2xx`, result.non2xx + result.errors + result.timeouts, 'answers', 0));
  }
  return figures;
};
