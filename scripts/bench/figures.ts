/** Pure helpers of the bench: budgets, figure lines, ratios and medians (unit-tested in figures.test.ts). */
import type { Budget, Figure } from './types';

/** A figure that must stay at or below `limit`. */
export function atMost(name: string, value: number, unit: string, limit: number, detail?: string): Figure {
  return judged({ name, value, unit, budget: { kind: 'max', limit }, detail });
}

/** A figure that must stay at or above `limit` (a regression floor, e.g. requests per second). */
export function atLeast(name: string, value: number, unit: string, limit: number, detail?: string): Figure {
  return judged({ name, value, unit, budget: { kind: 'min', limit }, detail });
}

/** A figure without a budget: printed for reading, never fails. */
export function info(name: string, value: number, unit: string, detail?: string): Figure {
  return judged({ name, value, unit, detail });
}

function judged(figure: Omit<Figure, 'pass'>): Figure {
  const out: Figure = { name: figure.name, value: figure.value, unit: figure.unit, pass: holds(figure.value, figure.budget) };
  if (figure.budget) out.budget = figure.budget;
  if (figure.detail) out.detail = figure.detail;
  return out;
}

/** Whether `value` keeps `budget`; a missing value (NaN) never does. */
export function holds(value: number, budget: Budget | undefined): boolean {
  if (!budget) return true;
  if (!Number.isFinite(value)) return false;
  return budget.kind === 'max' ? value <= budget.limit : value >= budget.limit;
}

/** A number as printed: integers plain with thousands separators, others with `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return fixed(value, digits);
}

/** Always `digits` decimals, with thousands separators. */
function fixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "1 batch", "216.3 KB", "2.1×": the unit follows the number (× without a space; a ratio always has its decimals, "1.0×"). */
export function formatValue(value: number, unit: string, digits = 1): string {
  return unit === '×' ? `${fixed(value, digits)}×` : `${formatNumber(value, digits)} ${unit}`;
}

export function formatBudget(figure: Figure): string {
  if (!figure.budget) return '';
  const sign = figure.budget.kind === 'max' ? '≤' : '≥';
  const limit = figure.unit === '×' ? `${formatNumber(figure.budget.limit)}×` : formatNumber(figure.budget.limit);
  return `(budget ${sign} ${limit})`;
}

/** One line per figure: name (padded), value, budget, detail, verdict. */
export function formatFigure(figure: Figure, nameWidth = 44): string {
  const verdict = figure.budget ? (figure.pass ? 'OK' : 'MISSED') : 'info';
  const parts = [figure.name.padEnd(nameWidth), formatValue(figure.value, figure.unit)];
  const budget = formatBudget(figure);
  if (budget) parts.push(budget);
  if (figure.detail) parts.push(figure.detail);
  parts.push(verdict);
  return parts.join('  ');
}

/** The exit code of the run: 0 when every budget holds and no measure failed. */
export function exitCode(figures: readonly Figure[], failedMeasures: number): number {
  return failedMeasures === 0 && figures.every((f) => f.pass) ? 0 : 1;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The median of the ratios of runs taken side by side (a[i] right after or before b[i]): a
 * drift in the machine's speed hits both runs of a pair, so it cancels out pair by pair.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`paired runs differ in number: ${a.length} vs ${b.length}`);
  return median(a.map((value, i) => ratio(value, b[i]!)).filter(Number.isFinite));
}

/** a / b, NaN when b is 0 (a ratio against nothing is no figure). */
export function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

/** The ratio as printed in a detail: "ratio 7.0×". */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `ratio ${value.toFixed(1)}×` : 'ratio n/a';
}
