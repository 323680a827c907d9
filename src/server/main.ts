/**
 * `npm start`: the local Graph-compatible server on 127.0.0.1 with the built tab. Env PORT
 * (default 53000), DRIEHOEK_DATA_DIR (default .data), DRIEHOEK_DIST (the built tab, default
 * dist), DRIEHOEK_FAULTS (fault injection JSON);
 * flag --reset deletes the database first. A fresh database is filled with the demo school
 * through Graph, like any client would, before the server reports that it is ready.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_PROVISIONER } from '../demo/people';
import { seedDemoSchool, upgradeDemoSite } from '../demo/seed';
import { type FaultConfig, parseFaultConfig } from './faults';
import { startGraphServer } from './index';

const DATABASE_FILE = 'driehoek.sqlite';

function databaseFiles(dbPath: string): string[] {
  return [dbPath, `${dbPath}-wal`, `${dbPath}-shm`];
}

function faultsFromEnv(value: string | undefined): FaultConfig | undefined {
  if (!value) return undefined;
  try {
    return parseFaultConfig(JSON.parse(value));
  } catch (e) {
    throw new Error(`DRIEHOEK_FAULTS is not a valid fault configuration: ${(e as Error).message}`);
  }
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 53000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const dataDir = resolve(process.env.DRIEHOEK_DATA_DIR ?? '.data');
  const dbPath = join(dataDir, DATABASE_FILE);
  if (process.argv.includes('--reset')) {
    for (const file of databaseFiles(dbPath)) rmSync(file, { force: true });
  }
  mkdirSync(dataDir, { recursive: true });
  const fresh = !existsSync(dbPath);
  const faults = faultsFromEnv(process.env.DRIEHOEK_FAULTS);
  const staticDir = resolve(process.env.DRIEHOEK_DIST ?? 'dist');
  const server = await startGraphServer({ port, dbPath, staticDir, ...(faults ? { faults } : {}) });

  if (fresh) {
    try {
      await seedDemoSchool({
        graphBaseUrl: `${server.url}/graph`,
        getToken: async () => server.tokenFor(DEMO_PROVISIONER),
        today: new Date(),
      });
    } catch (error) {
      // Leave no half-seeded database behind: the next start is fresh again and seeds anew.
      await server.close();
      for (const file of databaseFiles(dbPath)) rmSync(file, { force: true });
      throw error;
    }
  } else {
    // A database of an earlier version: its lists get what this version added (idempotent).
    await upgradeDemoSite({ graphBaseUrl: `${server.url}/graph`, getToken: async () => server.tokenFor(DEMO_PROVISIONER) }).catch(
      (error: unknown) => console.error('Driehoek: de lijsten bijwerken lukte niet / updating the lists failed', error),
    );
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: Driehoek stopt / stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  console.log(`Driehoek draait op ${server.url}`);
  console.log(`Driehoek is running at ${server.url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
