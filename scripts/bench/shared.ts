/**
 * What several measures share in one run: the app server over the bench's own build and a fresh
 * demo database (slot 0 of the bench's ports). Started on first use, stopped by the runner.
 */
import { bundles } from './bundles';
import { type ChildServer, startAppServer } from './processes';
import type { BenchContext } from './types';

export const DEMO_USER = 'ingrid.bakker@delinde.example';

let server: Promise<ChildServer> | undefined;

export function appServer(ctx: BenchContext): Promise<ChildServer> {
  server ??= (async () => {
    const { app } = await bundles(ctx);
    ctx.log('starting the local server with a fresh demo school…');
    return startAppServer(ctx, { port: ctx.port(0), dist: app.dist, dataDir: ctx.scratch('app-data') });
  })();
  return server;
}

export async function stopShared(): Promise<void> {
  const running = server;
  server = undefined;
  if (running) await (await running.catch(() => null))?.stop();
}

export async function resetStats(origin: string): Promise<void> {
  const response = await fetch(`${origin}/local/admin/stats`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`DELETE /local/admin/stats answered ${response.status}`);
}

export async function readStats(origin: string): Promise<import('../../src/server/stats').StatsSnapshot> {
  const response = await fetch(`${origin}/local/admin/stats`);
  if (!response.ok) throw new Error(`GET /local/admin/stats answered ${response.status}`);
  return (await response.json()) as import('../../src/server/stats').StatsSnapshot;
}
