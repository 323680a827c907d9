/**
 * JSON batching: up to 20 requests in one POST /$batch round trip. Larger sets are split into
 * several batches sent side by side. Inside a batch every request gets its own status; the
 * RetryHandler only sees the batch's own answer, so requests inside it that were throttled
 * (429/503 with Retry-After) are sent again here, in a new batch, a bounded number of times.
 */
import type { HeaderSource } from '../errors';
import { errorFromResponse, parseRetryAfter, headerValue } from '../errors';
import type { GraphHttp, RequestOptions } from './http';
import { SafeToRepeatOption } from './middleware';

/** Graph's limit of requests in one JSON batch. */
export const MAX_BATCH_SIZE = 20;

export type BatchMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface BatchStep {
  /** Unique within the set; answers come back keyed by it. */
  id: string;
  method: BatchMethod;
  /** Relative to the version root, e.g. "/sites/root/lists". */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchAnswer {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface WireRequest {
  id: string;
  method: BatchMethod;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface WireResponse {
  id?: unknown;
  status?: unknown;
  headers?: unknown;
  body?: unknown;
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number = MAX_BATCH_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be ≥ 1, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** The JSON body of one batch request; URLs are relative to the version root. */
export function batchBody(steps: readonly BatchStep[]): { requests: WireRequest[] } {
  if (steps.length > MAX_BATCH_SIZE) {
    throw new RangeError(`a batch holds at most ${MAX_BATCH_SIZE} requests, got ${steps.length}`);
  }
  const seen = new Set<string>();
  return {
    requests: steps.map((step) => {
      if (seen.has(step.id)) throw new RangeError(`duplicate batch request id: ${step.id}`);
      seen.add(step.id);
      const headers = { ...(step.headers ?? {}) };
      if (step.body !== undefined && !headerValue(headers, 'content-type')) {
        headers['Content-Type'] = 'application/json';
      }
      return {
        id: step.id,
        method: step.method,
        url: step.url.startsWith('/') ? step.url : `/${step.url}`,
        ...(step.body === undefined ? {} : { body: step.body }),
        ...(Object.keys(headers).length ? { headers } : {}),
      };
    }),
  };
}

/** Reads a $batch answer into answers keyed by request id (Graph may answer in any order). */
export function parseBatchResponse(raw: unknown): Map<string, BatchAnswer> {
  const answers = new Map<string, BatchAnswer>();
  const responses = (raw as { responses?: unknown } | undefined)?.responses;
  if (!Array.isArray(responses)) return answers;
  for (const item of responses as WireResponse[]) {
    if (typeof item.id !== 'string' && typeof item.id !== 'number') continue;
    const headers: Record<string, string> = {};
    if (item.headers && typeof item.headers === 'object') {
      for (const [k, v] of Object.entries(item.headers as Record<string, unknown>)) {
        if (typeof v === 'string') headers[k] = v;
      }
    }
    let body = item.body;
    // Graph sends non-JSON bodies base64-encoded; JSON bodies come as objects. Be lenient.
    if (typeof body === 'string' && /json/i.test(headers['Content-Type'] ?? headers['content-type'] ?? '')) {
      try {
        body = JSON.parse(body) as unknown;
      } catch {
        /* keep the string */
      }
    }
    answers.set(String(item.id), {
      id: String(item.id),
      status: typeof item.status === 'number' ? item.status : Number(item.status),
      headers,
      body,
    });
  }
  return answers;
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503;
}

export interface BatchOptions {
  /** Rounds of re-sending requests throttled inside a batch (default: the client's maxRetries). */
  maxThrottleRetries?: number;
  /** Cap on the wait between rounds, in seconds (default 30). */
  maxWaitSeconds?: number;
  /** Middleware options for the batch request itself (e.g. scopes). */
  request?: RequestOptions;
  /** Sleeps between rounds; injected by tests. */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends any number of requests in batches of at most 20 and returns every answer keyed by id.
 * Answers are returned as they are (including error statuses): the caller decides per answer.
 * A batch without answers for some ids yields a 0-status answer for them.
 */
export async function sendBatch(
  http: GraphHttp,
  steps: readonly BatchStep[],
  options: BatchOptions = {},
): Promise<Map<string, BatchAnswer>> {
  const all = new Map<string, BatchAnswer>();
  if (!steps.length) return all;
  const maxRounds = options.maxThrottleRetries ?? http.maxRetries ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  const onlyReads = steps.every((step) => step.method === 'GET');
  const requestOptions: RequestOptions = {
    ...(options.request ?? {}),
    middleware: [
      ...(options.request?.middleware ?? []),
      ...(onlyReads ? [new SafeToRepeatOption()] : []),
    ],
  };
  let pending = [...steps];
  for (let round = 0; pending.length; round += 1) {
    const answered = await Promise.all(
      chunk(pending).map(async (group) => {
        const raw = await http.post<unknown>('/$batch', batchBody(group), requestOptions);
        return { group, answers: parseBatchResponse(raw) };
      }),
    );
    const again: BatchStep[] = [];
    let waitSeconds = 0;
    for (const { group, answers } of answered) {
      for (const step of group) {
        const answer = answers.get(step.id) ?? { id: step.id, status: 0, headers: {}, body: undefined };
        if (isRetryableStatus(answer.status) && round < maxRounds) {
          again.push(step);
          const after = parseRetryAfter(headerValue(answer.headers, 'retry-after'));
          waitSeconds = Math.max(waitSeconds, after ?? 2 ** round);
        } else {
          all.set(step.id, answer);
        }
      }
    }
    pending = again;
    if (pending.length) await sleep(Math.min(waitSeconds, options.maxWaitSeconds ?? 30) * 1000);
  }
  return all;
}

/** Throws the typed error for a failed answer; returns its body for a successful one. */
export function answerBody<T>(answer: BatchAnswer | undefined): T {
  if (!answer) throw errorFromResponse(0, undefined);
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  throw errorFromResponse(answer.status, answer.body, answer.headers as HeaderSource);
}

/** Up to any number of GETs, batched; the common case for loading what a view needs. */
export function batchGet(
  http: GraphHttp,
  requests: ReadonlyArray<{ id: string; url: string; headers?: Record<string, string> }>,
  options?: BatchOptions,
): Promise<Map<string, BatchAnswer>> {
  return sendBatch(
    http,
    requests.map((r) => ({ ...r, method: 'GET' as const })),
    options,
  );
}
