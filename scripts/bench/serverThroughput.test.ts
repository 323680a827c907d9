import type autocannon from 'autocannon';
import { best } from './serverThroughput';

const round = (perSecond: number, p99: number, total: number, non2xx = 0): autocannon.Result => ({
  requests: { average: perSecond, p50: perSecond, p99: perSecond, max: perSecond, total },
  latency: { average: 10, p50: 8, p99, max: p99 * 2 },
  errors: 0,
  timeouts: 0,
  non2xx,
});

describe('the best of several throughput rounds', () => {
  it('takes the fastest round with its own p99, and counts requests and failures of all rounds', () => {
    const result = best([round(300, 90, 1200, 1), round(950, 40, 3800), round(600, 70, 2400)]);
    expect(result.requests.average).toBe(950);
    expect(result.latency.p99).toBe(40);
    expect(result.requests.total).toBe(7400);
    expect(result.non2xx).toBe(1);
  });
});
