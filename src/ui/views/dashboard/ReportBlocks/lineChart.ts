/**
 * Where the report's line chart is drawn: pure geometry in SVG user units. The points are
 * evenly spaced in the order given (the report's points are meetings by date, labelled with
 * their date); labels that would collide are left out, the table beside it has every value.
 */
export const LINE_CHART_WIDTH = 640;
export const LINE_CHART_HEIGHT = 220;
const MARGIN = { left: 32, right: 16, top: 20, bottom: 32 } as const;
/** Room a date label needs before the next one may be drawn. */
const LABEL_GAP = 120;

export interface LinePoint {
  x: number;
  y: number;
  label: string;
  value: number;
  labelled: boolean;
}

export interface LineChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { value: number; y: number }[];
  points: LinePoint[];
  /** SVG path data; empty for fewer than two points. */
  path: string;
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function lineChartGeometry(
  points: readonly { x: string; y: number }[],
  yMin: number,
  yMax: number,
  width: number = LINE_CHART_WIDTH,
): LineChartGeometry {
  const height = LINE_CHART_HEIGHT;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const span = yMax - yMin || 1;
  const yOf = (v: number) => round(plot.bottom - ((v - yMin) / span) * (plot.bottom - plot.top));
  const inset = 20;
  const step = points.length > 1 ? (plot.right - plot.left - 2 * inset) / (points.length - 1) : 0;
  const xOf = (i: number) => round(points.length > 1 ? plot.left + inset + i * step : (plot.left + plot.right) / 2);
  // Every n-th label, counted back from the last one, which is always labelled.
  const every = step > 0 ? Math.max(1, Math.ceil(LABEL_GAP / step)) : 1;
  const placed = points.map((p, i) => ({
    x: xOf(i),
    y: yOf(p.y),
    label: p.x,
    value: p.y,
    labelled: (points.length - 1 - i) % every === 0,
  }));
  const ticks = 5;
  return {
    width,
    height,
    plot,
    yTicks: Array.from({ length: ticks + 1 }, (_, i) => {
      const value = round(yMin + (span * i) / ticks);
      return { value, y: yOf(value) };
    }),
    points: placed,
    path: placed.length > 1 ? placed.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ') : '',
  };
}
