import type { BarChartProps } from './BarChart.types';
import { renderBarChart } from './renderBarChart';
import { useBarChart } from './useBarChart';
import { useBarChartStyles } from './useBarChartStyles.styles';

/** Counts as horizontal bars, with the same figures as a table one click away. */
export function BarChart(props: BarChartProps) {
  const state = useBarChart(props);
  const classes = useBarChartStyles(state);
  return renderBarChart(state, classes);
}
