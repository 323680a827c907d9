import type { CycleSummaryProps } from './CycleSummary.types';
import { renderCycleSummary } from './renderCycleSummary';
import { useCycleSummary } from './useCycleSummary';
import { useCycleSummaryStyles } from './useCycleSummaryStyles.styles';

/** The head of the planner: the open cycle and what the team can do with it. */
export function CycleSummary(props: CycleSummaryProps) {
  const state = useCycleSummary(props);
  const classes = useCycleSummaryStyles(state);
  return renderCycleSummary(state, classes);
}
