import type { PlanNextProps } from './PlanNext.types';
import { renderPlanNext } from './renderPlanNext';
import { usePlanNext } from './usePlanNext';
import { usePlanNextStyles } from './usePlanNextStyles.styles';

/** "Plan the next meeting": what the timeline suggests next, and a button to plan it. */
export function PlanNext(props: PlanNextProps) {
  const state = usePlanNext(props);
  const classes = usePlanNextStyles(state);
  return renderPlanNext(state, classes);
}
