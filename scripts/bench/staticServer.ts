/**
 * The minimal tab's server for the cold-load comparison: the app's own HTTP server (same static
 * file handling and headers) over an empty in-memory store, serving BENCH_STATIC_DIR on PORT.
 */
import { startGraphServer } from '../../src/server';

async function main(): Promise<void> {
  const staticDir = process.env.BENCH_STATIC_DIR;
  if (!staticDir) throw new Error('BENCH_STATIC_DIR is required');
  const server = await startGraphServer({ port: Number(process.env.PORT ?? 0), dbPath: ':memory:', staticDir });
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
  console.log(`minimal tab is running at ${server.url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
