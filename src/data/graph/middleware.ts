/**
 * Our own middlewares for the Graph client, only for what the library does not do for us:
 * the bearer token for a configurable Graph origin (the library's AuthenticationHandler only
 * signs https:// Graph or custom hosts and strips the header from anything else, so it cannot
 * sign the local server on http://127.0.0.1), a client-request-id on every request, request
 * counting for diagnostics, a per-attempt timeout, and one careful retry for requests that
 * got no answer at all when repeating them is safe. Retrying on 429/503 with Retry-After is
 * the library's RetryHandler, wired in ./client.ts.
 */
import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../auth/types';

type HeaderBag = Headers | Record<string, string> | string[][];

function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

function requestMethod(context: Context): string {
  const method =
    typeof context.request === 'string' ? context.options?.method : context.request.method;
  return (method ?? 'GET').toUpperCase();
}

function ensureOptions(context: Context): RequestInit {
  if (!context.options) context.options = {};
  return context.options;
}

export function getHeader(context: Context, name: string): string | undefined {
  if (typeof context.request !== 'string') return context.request.headers.get(name) ?? undefined;
  const headers = context.options?.headers as HeaderBag | undefined;
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  if (Array.isArray(headers)) {
    const found = headers.find(([key]) => key?.toLowerCase() === wanted);
    return found?.[1];
  }
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

export function setHeader(context: Context, name: string, value: string | undefined): void {
  if (typeof context.request !== 'string') {
    if (value === undefined) context.request.headers.delete(name);
    else context.request.headers.set(name, value);
    return;
  }
  const options = ensureOptions(context);
  const headers = (options.headers ?? {}) as HeaderBag;
  const wanted = name.toLowerCase();
  if (headers instanceof Headers) {
    if (value === undefined) headers.delete(name);
    else headers.set(name, value);
    options.headers = headers;
    return;
  }
  const entries: [string, string][] = Array.isArray(headers)
    ? headers.map(([k, v]) => [k ?? '', v ?? ''])
    : Object.entries(headers);
  const next: Record<string, string> = {};
  for (const [key, v] of entries) if (key.toLowerCase() !== wanted) next[key] = v;
  if (value !== undefined) next[name] = value;
  options.headers = next;
}

abstract class Link implements Middleware {
  protected next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected async forward(context: Context): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} is the last middleware in the chain`);
    await this.next.execute(context);
  }
  abstract execute(context: Context): Promise<void>;
}

function randomId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
}

/** Gives every request a client-request-id (kept across retries) so logs can be correlated. */
export class ClientRequestIdMiddleware extends Link {
  async execute(context: Context): Promise<void> {
    if (!getHeader(context, 'client-request-id')) setHeader(context, 'client-request-id', randomId());
    await this.forward(context);
  }
}

/** Per-request Graph scopes, e.g. Sites.Manage.All for provisioning only. */
export class ScopesOption implements MiddlewareOptions {
  constructor(readonly scopes: readonly string[]) {}
}

/**
 * Attaches `Authorization: Bearer …` from the injected TokenProvider, only for requests to the
 * configured Graph origin; any other origin (a nextLink pointing elsewhere) gets no token.
 */
export class BearerTokenMiddleware extends Link {
  private readonly origin: string;
  constructor(
    private readonly tokens: TokenProvider,
    graphBaseUrl: string,
    private readonly defaultScopes: readonly string[],
  ) {
    super();
    this.origin = new URL(graphBaseUrl).origin;
  }

  async execute(context: Context): Promise<void> {
    let sameOrigin = false;
    try {
      sameOrigin = new URL(requestUrl(context)).origin === this.origin;
    } catch {
      sameOrigin = false;
    }
    if (sameOrigin) {
      const option = context.middlewareControl?.getMiddlewareOptions(ScopesOption) as
        | ScopesOption
        | undefined;
      const token = await this.tokens.getToken(option?.scopes ?? this.defaultScopes);
      setHeader(context, 'Authorization', `Bearer ${token}`);
    } else {
      setHeader(context, 'Authorization', undefined);
    }
    await this.forward(context);
  }
}

/** Diagnostics: logical requests (what the app asked for) and attempts (what went on the wire). */
export interface RequestStats {
  /** Requests the app made; a $batch counts once, retries do not count. */
  readonly requests: number;
  /** HTTP attempts including retries. */
  readonly attempts: number;
  /** Requests per HTTP method. */
  readonly byMethod: Readonly<Record<string, number>>;
  /** Requests that were $batch round trips. */
  readonly batches: number;
}

export class RequestCounter {
  private counts = { requests: 0, attempts: 0, batches: 0 };
  private methods: Record<string, number> = {};

  snapshot(): RequestStats {
    return { ...this.counts, byMethod: { ...this.methods } };
  }
  reset(): void {
    this.counts = { requests: 0, attempts: 0, batches: 0 };
    this.methods = {};
  }
  /** Placed before the retry handler: counts each request once. */
  requestsMiddleware(): Middleware {
    return new CountingLink((context) => {
      this.counts.requests += 1;
      const method = requestMethod(context);
      this.methods[method] = (this.methods[method] ?? 0) + 1;
      if (/\/\$batch(\?|$)/.test(requestUrl(context))) this.counts.batches += 1;
    });
  }
  /** Placed after the retry handler: counts every attempt on the wire. */
  attemptsMiddleware(): Middleware {
    return new CountingLink(() => {
      this.counts.attempts += 1;
    });
  }
}

class CountingLink extends Link {
  constructor(private readonly count: (context: Context) => void) {
    super();
  }
  async execute(context: Context): Promise<void> {
    this.count(context);
    await this.forward(context);
  }
}

/** Marks a request that changes nothing (e.g. a $batch of GETs), so it may be repeated. */
export class SafeToRepeatOption implements MiddlewareOptions {}

/**
 * When a request gets no answer at all (connection dropped, timed out), the RetryHandler cannot
 * help: it only looks at responses. Requests that are safe to repeat (GET/HEAD, or marked with
 * SafeToRepeatOption) are tried again a few times; anything else fails to the caller, which
 * knows how to recover (creates look up their client key first).
 */
export class NetworkRetryMiddleware extends Link {
  constructor(
    private readonly maxRetries: number,
    private readonly delayMs: number,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const method = requestMethod(context);
    const safe =
      method === 'GET' ||
      method === 'HEAD' ||
      context.middlewareControl?.getMiddlewareOptions(SafeToRepeatOption) !== undefined;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.forward(context);
        return;
      } catch (error) {
        if (!safe || attempt >= this.maxRetries) throw error;
        await new Promise((resolve) => setTimeout(resolve, this.delayMs * (attempt + 1)));
      }
    }
  }
}

/** Gives every attempt its own deadline so a hung connection fails instead of waiting forever. */
export class TimeoutMiddleware extends Link {
  constructor(private readonly timeoutMs: number) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const options = ensureOptions(context);
    const outer = options.signal ?? undefined;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error(`Graph request timed out after ${this.timeoutMs} ms`)),
      this.timeoutMs,
    );
    const onOuterAbort = (): void => controller.abort(outer?.reason);
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener('abort', onOuterAbort, { once: true });
    }
    options.signal = controller.signal;
    try {
      await this.forward(context);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
      options.signal = outer ?? null;
    }
  }
}
