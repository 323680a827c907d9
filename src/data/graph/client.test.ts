import { AccessDeniedError, UnavailableError, ValidationError } from '../errors';
import { createGraphClient } from './client';
import { GraphHttp } from './http';
import { SafeToRepeatOption, ScopesOption } from './middleware';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/** Replaces global fetch with a script of answers and records what was sent. */
function stubFetch(answers: Array<Response | Error>): Seen[] {
  const seen: Seen[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers as HeadersInit).forEach((v, k) => (headers[k] = v));
    seen.push({ url: String(input), method: init?.method ?? 'GET', headers });
    const next = answers.shift();
    if (!next) throw new Error('no scripted answer left');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return seen;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function http(base = 'http://127.0.0.1:53000/graph') {
  const scopes: string[][] = [];
  const graph = createGraphClient({
    graphBaseUrl: base,
    tokenProvider: { getToken: async (s) => (scopes.push([...s]), 'tok-123') },
    retryDelaySeconds: 0,
  });
  return { http: new GraphHttp(graph), scopes };
}

describe('the Graph client chain', () => {
  it('signs requests to an http:// Graph host with the injected token and a client-request-id', async () => {
    const seen = stubFetch([json(200, { id: 'site-1' })]);
    const { http: h, scopes } = http();
    await expect(h.get('/sites/root?$select=id')).resolves.toEqual({ id: 'site-1' });
    expect(seen[0]!.url).toBe('http://127.0.0.1:53000/graph/v1.0/sites/root?$select=id');
    expect(seen[0]!.headers.authorization).toBe('Bearer tok-123');
    expect(seen[0]!.headers['client-request-id']).toMatch(/[0-9a-f-]{16,}/);
    expect(scopes[0]).toEqual(['User.Read', 'Sites.ReadWrite.All']);
  });

  it('honours Retry-After on 429 through the RetryHandler and counts both attempts', async () => {
    const seen = stubFetch([
      json(429, { error: { code: 'tooManyRequests', message: 'slow' } }, { 'Retry-After': '0' }),
      json(200, { value: [] }),
    ]);
    const { http: h } = http();
    await expect(h.get('/sites/root/lists')).resolves.toEqual({ value: [] });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.headers['retry-attempt']).toBe('1');
    expect(seen[0]!.headers['client-request-id']).toBe(seen[1]!.headers['client-request-id']);
    expect(h.stats()).toMatchObject({ requests: 1, attempts: 2 });
  });

  it('does not repeat a POST that ran into a gateway timeout (the outcome is unknown)', async () => {
    const seen = stubFetch([json(504, { error: { code: 'gatewayTimeout', message: 'late' } })]);
    const { http: h } = http();
    const error = await h.post('/sites/x/lists/L/items', { fields: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as UnavailableError).outcomeUnknown).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('repeats a GET whose connection dropped, but not a POST', async () => {
    const seenGet = stubFetch([new TypeError('fetch failed'), json(200, { ok: true })]);
    const { http: h } = http();
    await expect(h.get('/me')).resolves.toEqual({ ok: true });
    expect(seenGet).toHaveLength(2);

    const seenPost = stubFetch([new TypeError('fetch failed')]);
    const error = await h.post('/sites/x/lists/L/items', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as UnavailableError).status).toBe(0);
    expect(seenPost).toHaveLength(1);
  });

  it('maps Graph error bodies to typed errors', async () => {
    stubFetch([
      json(403, { error: { code: 'accessDenied', message: 'no' } }),
      json(400, { error: { code: 'invalidRequest', message: 'Field X is not recognized' } }),
    ]);
    const { http: h } = http();
    await expect(h.get('/sites/root')).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(h.get('/sites/root')).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Field X is not recognized',
    });
    expect(ValidationError).toBeDefined();
  });

  it('sends no token to a host other than the Graph base URL', async () => {
    const seen = stubFetch([json(200, {})]);
    const { http: h } = http();
    expect(() => h.relativePath('http://evil.example/graph/v1.0/x')).toThrow(/outside the Graph root/);
    await h.get('/me');
    expect(seen[0]!.headers.authorization).toBe('Bearer tok-123');
  });

  it('follows an absolute http:// nextLink as a path under the version root', async () => {
    const seen = stubFetch([
      json(200, { value: [1, 2], '@odata.nextLink': 'http://127.0.0.1:53000/graph/v1.0/sites/s/lists/L/items?$skiptoken=abc&$top=2' }),
      json(200, { value: [3] }),
    ]);
    const { http: h } = http();
    await expect(h.getAll<number>('/sites/s/lists/L/items?$top=2')).resolves.toEqual([1, 2, 3]);
    const next = new URL(seen[1]!.url);
    expect(next.origin + next.pathname).toBe('http://127.0.0.1:53000/graph/v1.0/sites/s/lists/L/items');
    expect(Object.fromEntries(next.searchParams)).toEqual({ $skiptoken: 'abc', $top: '2' });
  });

  it('asks the token provider for per-request scopes (provisioning) and the default ones otherwise', async () => {
    stubFetch([json(200, {}), json(200, {})]);
    const { http: h, scopes } = http();
    await h.get('/sites/root/lists', { middleware: [new ScopesOption(['Sites.Manage.All'])] });
    await h.get('/me');
    expect(scopes).toEqual([['Sites.Manage.All'], ['User.Read', 'Sites.ReadWrite.All']]);
  });

  it('repeats a POST marked safe to repeat (a $batch of reads) when its connection dropped', async () => {
    const seen = stubFetch([new TypeError('fetch failed'), json(200, { responses: [] })]);
    const { http: h } = http();
    await expect(h.post('/$batch', { requests: [] }, { middleware: [new SafeToRepeatOption()] })).resolves.toEqual({
      responses: [],
    });
    expect(seen).toHaveLength(2);
    expect(h.stats()).toMatchObject({ requests: 1, attempts: 2, batches: 1 });
  });

  it('gives up on an attempt that hangs past its deadline', async () => {
    globalThis.fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason ?? new Error('aborted')));
      })) as typeof fetch;
    const graph = createGraphClient({
      graphBaseUrl: 'http://127.0.0.1:53000/graph',
      tokenProvider: { getToken: async () => 't' },
      timeoutMs: 50,
    });
    const started = Date.now();
    const error = await new GraphHttp(graph).post('/sites/x/lists/L/items', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as UnavailableError).outcomeUnknown).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
