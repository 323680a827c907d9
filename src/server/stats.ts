/** Request counters for GET /local/admin/stats; the benchmarks count Graph round trips with them. */
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
}

export class Stats {
  private snapshot: StatsSnapshot;

  constructor(private readonly clock: () => Date) {
    this.snapshot = this.empty();
  }

  private empty(): StatsSnapshot {
    return { total: 0, byMethod: {}, batches: 0, subRequests: 0, faulted: 0, since: this.clock().toISOString() };
  }

  request(method: string): void {
    this.snapshot.total += 1;
    this.snapshot.byMethod[method] = (this.snapshot.byMethod[method] ?? 0) + 1;
  }

  batch(size: number): void {
    this.snapshot.batches += 1;
    this.snapshot.subRequests += size;
  }

  fault(): void {
    this.snapshot.faulted += 1;
  }

  read(): StatsSnapshot {
    return { ...this.snapshot, byMethod: { ...this.snapshot.byMethod } };
  }

  reset(): void {
    this.snapshot = this.empty();
  }
}
