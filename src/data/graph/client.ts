/**
 * The one place the Graph client and its middleware chain are built.
 *
 *   client-request-id → count request → bearer token → RetryHandler (429/503/504, Retry-After)
 *   → network retry (safe requests only) → count attempt → per-attempt timeout → fetch
 *
 * The same chain runs in the browser (Teams or local mode) and in Node 20 (seed, tests): the
 * library's HTTPMessageHandler calls the global fetch.
 */
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Middleware,
  type FetchOptions,
} from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../auth/types';
import {
  BearerTokenMiddleware,
  ClientRequestIdMiddleware,
  NetworkRetryMiddleware,
  RequestCounter,
  TimeoutMiddleware,
} from './middleware';

export const GRAPH_VERSION = 'v1.0';

/**
 * Least-privilege delegated scopes: reading the user's own profile and reading/writing items
 * of lists on SharePoint sites. Creating lists and columns needs Sites.Manage.All, asked for
 * only by provisioning.
 */
export const DATA_SCOPES: readonly string[] = ['User.Read', 'Sites.ReadWrite.All'];
export const PROVISIONING_SCOPES: readonly string[] = ['Sites.Manage.All'];

export interface GraphClientOptions {
  /** Graph origin and prefix without version, e.g. "https://graph.microsoft.com". */
  graphBaseUrl: string;
  tokenProvider: TokenProvider;
  /** Retries on 429/503/504 by the library's RetryHandler (default 3). */
  maxRetries?: number;
  /** Base delay in seconds when the answer carries no Retry-After (default 1). */
  retryDelaySeconds?: number;
  /** Deadline per attempt (default 30 s). */
  timeoutMs?: number;
}

export interface GraphClient {
  client: Client;
  /** `<graphBaseUrl>/v1.0`, the root every relative Graph path hangs under. */
  versionRoot: string;
  counter: RequestCounter;
  /** How often a throttled request is tried again (also used for requests inside a $batch). */
  maxRetries: number;
}

export function normaliseBaseUrl(graphBaseUrl: string): string {
  const trimmed = graphBaseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(trimmed)) throw new TypeError(`graphBaseUrl must be http(s): ${graphBaseUrl}`);
  return trimmed;
}

/**
 * The library's RetryHandler also repeats POSTs. A 429 or 503 means the request was not
 * processed, so repeating it is safe; a 504 (gateway timeout) may have been processed, so a
 * POST is not repeated blindly on 504: the repository looks its client key up instead.
 */
export function shouldRetry(
  _delay: number,
  _attempt: number,
  request: RequestInfo,
  options: FetchOptions | undefined,
  response: Response,
): boolean {
  const method = (typeof request === 'string' ? options?.method : request.method) ?? 'GET';
  if (response.status === 504 && method.toUpperCase() !== 'GET') return false;
  return true;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = normaliseBaseUrl(options.graphBaseUrl);
  const counter = new RequestCounter();
  const maxRetries = options.maxRetries ?? 3;
  const chain: Middleware[] = [
    new ClientRequestIdMiddleware(),
    counter.requestsMiddleware(),
    new BearerTokenMiddleware(options.tokenProvider, base, DATA_SCOPES),
    new RetryHandler(
      new RetryHandlerOptions(options.retryDelaySeconds ?? 1, maxRetries, shouldRetry),
    ),
    new NetworkRetryMiddleware(2, 250),
    counter.attemptsMiddleware(),
    new TimeoutMiddleware(options.timeoutMs ?? 30_000),
    new HTTPMessageHandler(),
  ];
  const client = Client.initWithMiddleware({
    baseUrl: base,
    defaultVersion: GRAPH_VERSION,
    middleware: chain, // the library links them in this order
    // Lets the library's own host checks accept a non-Microsoft Graph host (a tenant's proxy);
    // the token itself is attached by BearerTokenMiddleware, see ./middleware.ts.
    customHosts: new Set([new URL(base).host]),
  });
  return { client, versionRoot: `${base}/${GRAPH_VERSION}`, counter, maxRetries };
}
