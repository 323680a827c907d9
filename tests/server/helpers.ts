/**
 * Test harness for the server conformance tests: a server on a free port with its own database
 * file, and a small Graph client over global fetch that signs requests as a given person.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_GUEST, DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { type GraphServerOptions, type RunningServer, startGraphServer } from '../../src/server';

export const IB = DEMO_PROVISIONER;
export const TEACHER = DEMO_STAFF[3]!.upn;
export const GUEST = DEMO_GUEST.upn;

/** A parsed JSON body; tests look into it freely. */
export type Json = any;

export interface Answer {
  status: number;
  headers: Headers;
  body: Json;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
}

export class GraphClient {
  constructor(
    readonly graphUrl: string,
    private readonly token: string | null,
  ) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const url = /^https?:/.test(path) ? path : `${this.graphUrl}${path}`;
    const response = await fetch(url, {
      method,
      headers: {
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, { ...(headers ? { headers } : {}) });
  post = (path: string, body: unknown, headers?: Record<string, string>) => this.request('POST', path, { body, ...(headers ? { headers } : {}) });
  patch = (path: string, body: unknown, headers?: Record<string, string>) => this.request('PATCH', path, { body, ...(headers ? { headers } : {}) });
  delete = (path: string, headers?: Record<string, string>) => this.request('DELETE', path, { ...(headers ? { headers } : {}) });
}

export interface TestServer extends RunningServer {
  dbPath: string;
  as(upn: string): GraphClient;
  anonymous(): GraphClient;
  /** Closes the server and removes its database. */
  stop(): Promise<void>;
}

/** Starts a server on a free port with a database in a fresh temporary folder. */
export async function startTestServer(options: Partial<GraphServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-server-'));
  const dbPath = options.dbPath ?? join(dir, 'graph.sqlite');
  const server = await startGraphServer({ port: 0, ...options, dbPath });
  return {
    ...server,
    dbPath,
    as: (upn) => new GraphClient(server.graphUrl, server.tokenFor(upn)),
    anonymous: () => new GraphClient(server.graphUrl, null),
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Admin/identity endpoints under /local (no Graph token). */
export async function local(server: RunningServer, method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    ...(body !== undefined ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Creates a list through Graph and returns its id. */
export async function createList(client: GraphClient, displayName: string, columns: object[]): Promise<string> {
  const answer = await client.post('/sites/root/lists', { displayName, columns, list: { template: 'genericList' } });
  if (answer.status !== 201) throw new Error(`creating ${displayName} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

/** Every page of a list-items query, following @odata.nextLink. */
export async function allPages(client: GraphClient, path: string, headers?: Record<string, string>): Promise<Json[][]> {
  const pages: Json[][] = [];
  let next: string | undefined = path;
  while (next) {
    const answer: Answer = await client.get(next, headers);
    if (answer.status !== 200) throw new Error(`${next} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    pages.push(answer.body.value);
    next = answer.body['@odata.nextLink'];
  }
  return pages;
}

/** Asserts Graph's error body and returns it. */
export function expectGraphError(answer: Answer, status: number, code: string): Json {
  expect({ status: answer.status, code: answer.body?.error?.code }).toEqual({ status, code });
  expect(typeof answer.body.error.message).toBe('string');
  expect(answer.body.error.innerError).toEqual({
    date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
    'request-id': expect.any(String),
    'client-request-id': expect.any(String),
  });
  return answer.body.error;
}
