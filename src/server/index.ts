/**
 * The local Graph-compatible server: Microsoft Graph v1.0 (the part Driehoek uses) under
 * /graph/v1.0, local identity and test controls under /local (loopback only), and the built tab
 * from `staticDir` at /. See docs/architecture.md for the contract.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { signToken } from './auth/tokens';
import { GraphError } from './errors';
import { type FaultConfig, Faults } from './faults';
import { createDispatcher } from './graph/dispatcher';
import { graphRouter } from './graph/routes';
import { GRAPH_ROOT } from './graph/representations';
import { BodyError, readJsonBody } from './http/body';
import { errorResponse } from './http/graphResponse';
import { Router } from './http/router';
import { adminRoutes } from './local/admin';
import { type LocalHandler, localError } from './local/context';
import { identityRoutes } from './local/identity';
import { acceptsGzip, gzipAsync, runtimeConfig, serveStatic } from './static';
import { createServices } from './services';
import { openStore } from './store/store';

export type { FaultConfig } from './faults';

export interface GraphServerOptions {
  /** 0 picks a free port. Default 53000. */
  port?: number;
  /** SQLite file; ':memory:' for a throwaway store. */
  dbPath: string;
  /** The built tab; default dist/ under the working directory. */
  staticDir?: string;
  faults?: FaultConfig;
  clock?: () => Date;
}

export interface RunningServer {
  /** Origin, e.g. http://127.0.0.1:53000. */
  url: string;
  /** `${url}/graph/v1.0`. */
  graphUrl: string;
  close(): Promise<void>;
  tokenFor(upn: string): string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sendJson(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  sendJsonText(res, status, headers, JSON.stringify(body));
}

function sendJsonText(res: ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers, 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** Below about one packet, compressing saves nothing on the wire. */
const GZIP_MIN_BYTES = 1400;

/**
 * A Graph answer: gzip-compressed for a client that accepts it, as Graph does. On a slow line
 * (a school laptop on a weak connection) a page of list items is several times smaller.
 */
async function sendGraphAnswer(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): Promise<void> {
  if (body === undefined) {
    sendJson(res, status, headers, body);
    return;
  }
  // Serialised once, whichever way it goes out.
  const text = JSON.stringify(body);
  if (Buffer.byteLength(text) < GZIP_MIN_BYTES || !acceptsGzip(String(req.headers['accept-encoding'] ?? ''))) {
    sendJsonText(res, status, headers, text);
    return;
  }
  const zipped = await gzipAsync(text);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    ...headers,
    'Content-Encoding': 'gzip',
    Vary: 'Accept-Encoding',
    'Content-Length': String(zipped.length),
  });
  res.end(zipped);
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export async function startGraphServer(options: GraphServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? (() => new Date());
  const services = createServices(openStore(options.dbPath), clock, new Faults(options.faults ?? null));
  const { store, directory, tokenSecret: secret } = services;
  const tokenFor = (upn: string): string => {
    const user = directory.user(upn);
    if (!user) throw new Error(`unknown user ${upn}`);
    return signToken(user.upn, secret, clock());
  };
  const dispatch = createDispatcher(services, graphRouter());
  const local = new Router<LocalHandler>();
  identityRoutes(local);
  adminRoutes(local);
  const staticDir = resolve(options.staticDir ?? 'dist');

  async function handleGraph(req: IncomingMessage, res: ServerResponse, url: URL, origin: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    services.stats.request(method, `${url.pathname.slice(GRAPH_ROOT.length)}${url.search}`);
    const latency = services.faults.latencyMs();
    if (latency > 0) await sleep(latency);
    if (services.faults.shouldDrop()) {
      services.stats.fault();
      req.socket.destroy();
      return;
    }
    const headers = lowerCaseHeaders(req);
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      const now = clock();
      const id = headers['client-request-id'] ?? 'none';
      const error = errorResponse(new GraphError(e.status, 'BadRequest', e.message), { requestId: id, clientRequestId: id }, now);
      sendJson(res, error.status, error.headers, error.body);
      return;
    }
    const response = await dispatch(
      { method, path: url.pathname.slice(GRAPH_ROOT.length) || '/', query: url.searchParams, headers, body },
      origin,
    );
    if (services.faults.shouldDropAfter()) {
      services.stats.fault();
      req.socket.destroy();
      return;
    }
    await sendGraphAnswer(req, res, response.status, response.headers, response.body);
  }

  async function handleLocal(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      const refused = localError(403, 'accessDenied', '/local is only available to clients on this machine.');
      sendJson(res, refused.status, {}, refused.body);
      return;
    }
    const match = local.match(req.method ?? 'GET', url.pathname);
    if (match.kind !== 'found') {
      const missing =
        match.kind === 'methodNotAllowed'
          ? localError(405, 'methodNotAllowed', `Allowed: ${match.allowed.join(', ')}`)
          : localError(404, 'notFound', `No local endpoint ${url.pathname}`);
      sendJson(res, missing.status, {}, missing.body);
      return;
    }
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      const bad = localError(e.status, 'invalidRequest', e.message);
      sendJson(res, bad.status, {}, bad.body);
      return;
    }
    const result = match.handler({ body, services, tokenFor });
    sendJson(res, result.status, { 'Cache-Control': 'no-store' }, result.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, port: number): Promise<void> {
    const origin = `http://${req.headers.host ?? `127.0.0.1:${port}`}`;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === GRAPH_ROOT || path.startsWith(`${GRAPH_ROOT}/`)) return handleGraph(req, res, url, origin);
    if (path === '/local' || path.startsWith('/local/')) return handleLocal(req, res, url);
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (path === '/config.json') {
      const root = store.sites().find((s) => s.isRoot);
      sendJson(res, 200, { 'Cache-Control': 'no-store' }, runtimeConfig(origin, root && store.teams.teamOfSite(root.id)?.id));
      return;
    }
    await serveStatic(staticDir, path, method, res, lowerCaseHeaders(req)['accept-encoding'] ?? '');
  }

  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    handle(req, res, port).catch((error: unknown) => {
      console.error('request failed', req.method, req.url, error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 53000, '127.0.0.1', () => {
      server.off('error', fail);
      ready();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphUrl: `${url}${GRAPH_ROOT}`,
    tokenFor,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => {
          store.close();
          if (error) fail(error);
          else done();
        });
        server.closeAllConnections();
      }),
  };
}
