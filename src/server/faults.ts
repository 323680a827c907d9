/**
 * Fault injection for tests: answers a share of Graph requests with 429 or 503 and Retry-After,
 * adds latency, or drops the connection. Off unless configured (POST /local/admin/faults or env
 * DRIEHOEK_FAULTS). A faulted request is answered before it reaches a handler, so it writes nothing;
 * a connection dropped before the handler writes nothing either. `dropAfterRate` is the dangerous
 * case a client must survive: the handler ran and committed, then the answer is lost, so the client
 * cannot know whether its create or update went through.
 */
import { GraphError } from './errors';

export interface FaultConfig {
  /** Share of requests (0–1) answered with one of `statuses`. */
  rate: number;
  statuses: number[];
  retryAfterSeconds: number;
  latencyMs: number;
  /** Share of requests (0–1) whose connection is destroyed before the handler runs. */
  dropRate: number;
  /** Share of requests (0–1) whose connection is destroyed after the handler committed, instead of answering. */
  dropAfterRate?: number;
}

const SUPPORTED_STATUSES = new Set([429, 503]);

function share(value: unknown, name: string): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new Error(`${name} must be a number from 0 to 1`);
  return value;
}

function nonNegative(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0)) throw new Error(`${name} must be a number ≥ 0`);
  return value;
}

/** Validates a fault configuration; throws Error with a readable message. */
export function parseFaultConfig(input: unknown): FaultConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('fault configuration must be an object');
  const c = input as Record<string, unknown>;
  const statuses = c.statuses ?? [429, 503];
  if (!Array.isArray(statuses) || statuses.length === 0 || !statuses.every((s) => SUPPORTED_STATUSES.has(s as number))) {
    throw new Error('statuses must be a non-empty array of 429 and/or 503');
  }
  return {
    rate: share(c.rate, 'rate'),
    statuses: statuses as number[],
    retryAfterSeconds: Math.ceil(nonNegative(c.retryAfterSeconds, 'retryAfterSeconds', 1)),
    latencyMs: nonNegative(c.latencyMs, 'latencyMs', 0),
    dropRate: share(c.dropRate, 'dropRate'),
    dropAfterRate: share(c.dropAfterRate, 'dropAfterRate'),
  };
}

/** The error Graph answers when throttling (429, documented code TooManyRequests) or unavailable (503). */
export function faultError(status: number, retryAfterSeconds: number): GraphError {
  const headers = { 'Retry-After': String(retryAfterSeconds) };
  return status === 429
    ? new GraphError(429, 'TooManyRequests', 'Please retry again later.', headers)
    : new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry after the delay in Retry-After.', headers);
}

export class Faults {
  private config: FaultConfig | null;

  constructor(initial: FaultConfig | null = null, private readonly random: () => number = Math.random) {
    this.config = initial;
  }

  current(): FaultConfig | null {
    return this.config;
  }

  set(config: FaultConfig | null): void {
    this.config = config;
  }

  latencyMs(): number {
    return this.config?.latencyMs ?? 0;
  }

  shouldDrop(): boolean {
    return this.config !== null && this.config.dropRate > 0 && this.random() < this.config.dropRate;
  }

  /** Whether to lose the answer of a request that was handled (and committed). */
  shouldDropAfter(): boolean {
    const rate = this.config?.dropAfterRate ?? 0;
    return rate > 0 && this.random() < rate;
  }

  /** The error to answer instead of handling the request, or null to handle it. */
  failure(): GraphError | null {
    const c = this.config;
    if (!c || c.rate <= 0 || this.random() >= c.rate) return null;
    const status = c.statuses[Math.floor(this.random() * c.statuses.length)] ?? c.statuses[0]!;
    return faultError(status, c.retryAfterSeconds);
  }
}
