import type { ScoreChartProps } from './ScoreChart.types';
import { renderScoreChart } from './renderScoreChart';
import { useScoreChart } from './useScoreChart';
import { useScoreChartStyles } from './useScoreChartStyles.styles';

/** A line chart of the score toward the dream (0–10) per held meeting, with its data table. */
export function ScoreChart(props: ScoreChartProps) {
  const state = useScoreChart(props);
  const classes = useScoreChartStyles(state);
  return renderScoreChart(state, classes);
}
