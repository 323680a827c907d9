/**
 * `npm run bench`: every measure in turn, one figure per line with its budget, exit 1 when a
 * budget is missed or a measure fails. Not part of `npm test`; takes a few minutes.
 *
 * Env: BENCH_PORT (first of ten ports, default 53350), BENCH_SCRATCH (default a folder under
 * the system temp), BENCH_CHROMIUM (default /usr/bin/chromium), BENCH_ONLY (comma-separated
 * measure names, e.g. "bundle,roundTrips"), BENCH_QUICK=1 (fewer repetitions).
 * How to read the figures: docs/performance.md.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as bundle from './bundle';
import * as coldLoad from './coldLoad';
import { exitCode, formatFigure } from './figures';
import * as roundTrips from './roundTrips';
import * as safety from './safety';
import * as scale from './scale';
import * as serverThroughput from './serverThroughput';
import { stopShared } from './shared';
import type { BenchContext, Figure, MeasureModule } from './types';

/** In run order; helper modules (scale, safety) are added here. */
const MEASURES: Record<string, MeasureModule> = { bundle, roundTrips, coldLoad, serverThroughput, scale, safety };

/** The bench's ports: a block of ten from BENCH_PORT. */
const PORT_SLOTS = 10;

function createContext(): BenchContext {
  const basePort = Number(process.env.BENCH_PORT ?? 53350);
  const scratchRoot = resolve(process.env.BENCH_SCRATCH ?? join(tmpdir(), `driehoek-bench-${basePort}`));
  return {
    root: resolve(__dirname, '..', '..'),
    port(slot) {
      if (!Number.isInteger(slot) || slot < 0 || slot >= PORT_SLOTS) throw new RangeError(`port slot ${slot} is not 0–${PORT_SLOTS - 1}`);
      return basePort + slot;
    },
    scratch(name) {
      const dir = join(scratchRoot, name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      return dir;
    },
    log: (message) => process.stderr.write(`  · ${message}\n`),
    chromium: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium',
    quick: process.env.BENCH_QUICK === '1',
  };
}

async function main(): Promise<number> {
  const ctx = createContext();
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  const chosen = Object.entries(MEASURES).filter(([name]) => !only || only.includes(name));
  if (chosen.length === 0) throw new Error(`BENCH_ONLY names no measure; known: ${Object.keys(MEASURES).join(', ')}`);
  const figures: Figure[] = [];
  let failed = 0;
  console.log(`Driehoek bench, ${new Date().toISOString()}`);
  try {
    for (const [name, module] of chosen) {
      console.log(`\n${module.title}`);
      const started = Date.now();
      try {
        const result = await module.measure(ctx);
        for (const figure of result) console.log(`  ${formatFigure(figure)}`);
        figures.push(...result);
      } catch (error) {
        failed += 1;
        console.log(`  ${name} FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
      ctx.log(`${name} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await stopShared();
  }
  const missed = figures.filter((f) => !f.pass).length;
  console.log(`\n${figures.length} figures, ${missed} budgets missed, ${failed} measures failed`);
  return exitCode(figures, failed);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
