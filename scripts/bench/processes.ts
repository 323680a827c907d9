/** Servers the bench starts as child processes (so their work is not mixed with the bench's own), and stops. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { BenchContext } from './types';

export interface ChildServer {
  origin: string;
  stop(): Promise<void>;
}

const READY = /is running at (http:\/\/\S+)/;

/** Starts `tsx <script>` and resolves once it prints "is running at <origin>". */
function startTsx(ctx: BenchContext, script: string, env: Record<string, string>, timeoutMs: number): Promise<ChildServer> {
  const child = spawn(process.execPath, [join(ctx.root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script], {
    cwd: ctx.root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<ChildServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${script} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ origin: match[1]!, stop: () => stop(child) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * The real server (`src/server/main.ts`) serving `dist`; `dataDir` is an empty scratch folder, so
 * the database is new and seeded with the demo school through Graph before it reports ready.
 */
export function startAppServer(ctx: BenchContext, options: { port: number; dist: string; dataDir: string }): Promise<ChildServer> {
  return startTsx(
    ctx,
    'src/server/main.ts',
    { PORT: String(options.port), DRIEHOEK_DIST: options.dist, DRIEHOEK_DATA_DIR: options.dataDir },
    180_000,
  );
}

/** The same HTTP server with an empty in-memory store, serving the minimal tab's folder. */
export function startStaticServer(ctx: BenchContext, options: { port: number; dist: string }): Promise<ChildServer> {
  return startTsx(ctx, 'scripts/bench/staticServer.ts', { PORT: String(options.port), BENCH_STATIC_DIR: options.dist }, 60_000);
}
