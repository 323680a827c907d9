/** Request counters for GET /local/admin/stats; the benchmarks count Graph round trips with them. */

/** One HTTP request to /graph as the server saw it; a $batch carries its sub-requests. */
export interface LoggedRequest {
  method: string;
  /** Path below /graph/v1.0 with its query, e.g. "/me?$select=id". */
  path: string;
  /** "GET /sites/…/items?…" for each request inside a $batch body. */
  subRequests?: string[];
}

export interface StatsSnapshot {
  /** HTTP requests to /graph (a $batch counts once). */
  total: number;
  byMethod: Record<string, number>;
  batches: number;
  /** Requests inside $batch bodies. */
  subRequests: number;
  /** Requests (top-level or inside a batch) answered by fault injection. */
  faulted: number;
  since: string;
  /** The most recent requests since the reset, oldest first (at most LOG_LIMIT), so a count can say what it counted. */
  requests: LoggedRequest[];
}

/** Enough for any one view's load; a long-running server keeps memory bounded. */
export const LOG_LIMIT = 500;

export class Stats {
  private snapshot: StatsSnapshot;

  constructor(private readonly clock: () => Date) {
    this.snapshot = this.empty();
  }

  private empty(): StatsSnapshot {
    return { total: 0, byMethod: {}, batches: 0, subRequests: 0, faulted: 0, since: this.clock().toISOString(), requests: [] };
  }

  request(method: string, path: string): void {
    this.snapshot.total += 1;
    this.snapshot.byMethod[method] = (this.snapshot.byMethod[method] ?? 0) + 1;
    const entry: LoggedRequest = { method, path };
    this.snapshot.requests.push(entry);
    if (this.snapshot.requests.length > LOG_LIMIT) this.snapshot.requests.shift();
  }

  /** A $batch with these sub-requests ("METHOD url" each). */
  batch(subRequests: readonly string[]): void {
    this.snapshot.batches += 1;
    this.snapshot.subRequests += subRequests.length;
    // Its log entry is the oldest $batch still without sub-requests (batches are routed in the
    // order their bodies arrive; two at once may swap, which changes no count).
    const entry = this.snapshot.requests.find((r) => r.path.startsWith('/$batch') && !r.subRequests);
    if (entry) entry.subRequests = [...subRequests];
  }

  fault(): void {
    this.snapshot.faulted += 1;
  }

  read(): StatsSnapshot {
    return {
      ...this.snapshot,
      byMethod: { ...this.snapshot.byMethod },
      requests: this.snapshot.requests.map((r) => ({ ...r, ...(r.subRequests ? { subRequests: [...r.subRequests] } : {}) })),
    };
  }

  reset(): void {
    this.snapshot = this.empty();
  }
}
