import type { StackedBarsProps, StackedBarsState } from './StackedBars.types';

const BAR_HEIGHT = 22;
const BAR_GAP = 30;
const WIDTH = 480;

/** Where each bar and its parts go, in SVG user units: a label line above each bar. */
export function useStackedBars({ label, describedBy, bars, legend, className }: StackedBarsProps): StackedBarsState {
  return {
    className,
    label,
    describedBy,
    width: WIDTH,
    height: bars.length * (BAR_HEIGHT + BAR_GAP),
    bars: bars.map((bar, i) => {
      const y = i * (BAR_HEIGHT + BAR_GAP);
      let x = 0;
      return {
        key: bar.key,
        label: bar.label,
        labelY: y + 12,
        barY: y + 16,
        rects: bar.segments.map((s) => {
          const rect = { key: s.key, x, width: s.share * WIDTH, tone: s.tone };
          x += rect.width;
          return rect;
        }),
      };
    }),
    legend,
  };
}

export const STACKED_BAR_THICKNESS = BAR_HEIGHT - 6;
