/**
 * The contract of `npm run bench` (scripts/bench/index.ts).
 *
 * A measure is a module under scripts/bench/ that exports a `Measure`: given the shared
 * context it runs its work and returns one `Figure` per line it wants printed. The runner
 * calls the measures one after another (never in parallel: the machine has 2 cores and the
 * figures are timings), prints every figure on its own line with its budget beside it and
 * exits non-zero when any figure has `pass: false` or a measure throws.
 *
 * To add a measure (e.g. helper F's scale*.ts and safety*.ts): export
 * `export const measure: Measure = async (ctx) => [...]` plus a `name` and add it to the
 * `MEASURES` list in scripts/bench/index.ts. Use `ctx.port(n)` for ports (each measure may
 * claim its own slots), `ctx.scratch(name)` for a folder of its own, and `ctx.log` for
 * progress lines (printed to stderr so the figure lines stay clean). Build budgets with the
 * helpers in scripts/bench/figures.ts (`atMost`, `atLeast`) so pass/fail is decided in one place.
 */

/** A budget: the figure passes when `value <= limit` (kind 'max') or `value >= limit` ('min'). */
export interface Budget {
  kind: 'max' | 'min';
  limit: number;
}

/** One printed line of the bench. */
export interface Figure {
  /** What is measured, in words, e.g. "timeline round trips after sign-in". */
  name: string;
  value: number;
  /** e.g. 'batch', 'KB', 'ms', '×', 'req/s'. */
  unit: string;
  /** Absent for an informational figure (printed, never fails). */
  budget?: Budget;
  /** Whether the budget holds; true for figures without a budget. */
  pass: boolean;
  /** The side-by-side part, e.g. "naive 7 requests  ratio 7.0×" or "app 120 KB vs minimal tab 60 KB". */
  detail?: string;
}

export interface BenchContext {
  /** Repository root (absolute). */
  root: string;
  /** A port for this run: the bench's ports are a block (BENCH_PORT, default 53350) and slot n of it. */
  port(slot: number): number;
  /** An empty scratch folder of the measure's own under the bench's scratch root (BENCH_SCRATCH). */
  scratch(name: string): string;
  /** Progress output (stderr). */
  log(message: string): void;
  /** The Chromium executable (BENCH_CHROMIUM, default /usr/bin/chromium). */
  chromium: string;
  /** Quick mode (BENCH_QUICK=1): fewer repetitions, for trying a measure out. */
  quick: boolean;
}

export type Measure = (ctx: BenchContext) => Promise<Figure[]>;

/** What the runner imports from each measure module. */
export interface MeasureModule {
  /** A short heading printed before the figures, e.g. "Graph round trips". */
  title: string;
  measure: Measure;
}
