import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphServer, type RunningServer } from '../../src/server';
import { createDataLayer, type DataLayer } from '../../src/data';
import { DEMO_PROVISIONER } from '../../src/demo/people';

export interface TestServer {
  server: RunningServer;
  /** Graph base URL without version, as config.json has it. */
  graphBaseUrl: string;
  close(): Promise<void>;
  layerFor(upn?: string, options?: { maxRetries?: number; retryDelaySeconds?: number }): DataLayer;
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

/** A fresh local Graph server on a free port with its own temporary database. */
export async function startTestServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-data-'));
  const server = await startGraphServer({ port: 0, dbPath: join(dir, 'driehoek.sqlite') });
  const graphBaseUrl = server.graphUrl.replace(/\/v1\.0$/, '');
  return {
    server,
    graphBaseUrl,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
    layerFor(upn = DEMO_PROVISIONER, options = {}) {
      return createDataLayer({
        graphBaseUrl,
        tokenProvider: { getToken: async () => server.tokenFor(upn) },
        site: { kind: 'root' },
        ...options,
      });
    },
    async admin<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}
