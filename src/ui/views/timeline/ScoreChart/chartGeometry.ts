/**
 * Where the score line is drawn: pure geometry from the score trend and the width the chart
 * has, in CSS pixels. Time runs left to right in proportion to the dates; the score runs
 * bottom (0) to top (10, the dream). Labels that would collide are left out (the table has
 * every value).
 */
import { SCORE_MAX, SCORE_MIN, type ScorePoint } from '../../../../domain/meetings';

export const CHART_HEIGHT = 220;
/** Narrower than this and the labels no longer fit; the SVG scales down instead. */
export const CHART_MIN_WIDTH = 240;
/** Room each date label needs ("15 sep", "29 okt") before the next one may be drawn. */
export const LABEL_GAP = 56;

const MARGIN = { left: 32, right: 12, top: 20, bottom: 32 } as const;
/** Keeps the first and last point off the axes, so their labels fit. */
const INSET = 20;
const Y_TICKS = [0, 2, 4, 6, 8, 10] as const;
const DAY_MS = 86_400_000;

export interface ChartPoint extends ScorePoint {
  x: number;
  y: number;
  /** Whether the point gets a date and score label (the most recent one always does). */
  labelled: boolean;
}

export interface ChartTick {
  value: number;
  y: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: ChartTick[];
  points: ChartPoint[];
  /** SVG path data of the line through the points; empty for fewer than two points. */
  line: string;
}

const dayOf = (isoDate: string) => Math.round(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const round = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(points: readonly ScorePoint[], availableWidth: number): ChartGeometry {
  const width = Math.max(CHART_MIN_WIDTH, Math.round(availableWidth));
  const height = CHART_HEIGHT;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const yOf = (score: number) =>
    round(plot.bottom - ((score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * (plot.bottom - plot.top));

  const days = points.map((p) => dayOf(p.date));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const xLeft = plot.left + INSET;
  const xRight = plot.right - INSET;
  const xOf = (day: number) => round(span > 0 ? xLeft + ((day - first) / span) * (xRight - xLeft) : (xLeft + xRight) / 2);

  const placed: ChartPoint[] = points.map((p, i) => ({
    ...p,
    x: xOf(days[i] as number),
    y: yOf(p.score),
    labelled: false,
  }));
  labelWithoutCollisions(placed);

  return {
    width,
    height,
    plot,
    yTicks: Y_TICKS.map((value) => ({ value, y: yOf(value) })),
    points: placed,
    line:
      placed.length > 1 ? placed.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ') : '',
  };
}

/**
 * The most recent point always gets its label; earlier ones left to right, each at least
 * LABEL_GAP from the previous label and from the last point.
 */
function labelWithoutCollisions(points: ChartPoint[]): void {
  const last = points.at(-1);
  if (!last) return;
  last.labelled = true;
  let previousX = Number.NEGATIVE_INFINITY;
  for (const point of points.slice(0, -1)) {
    if (point.x - previousX >= LABEL_GAP && last.x - point.x >= LABEL_GAP) {
      point.labelled = true;
      previousX = point.x;
    }
  }
}
