import type { PlannerViewProps } from './PlannerView.types';
import { renderPlannerView } from './renderPlannerView';
import { usePlannerView } from './usePlannerView';
import { usePlannerViewStyles } from './usePlannerViewStyles.styles';

/**
 * The veranderplan: pick a cycle (the active one opens first), see and edit it, walk the eleven
 * steps with their guidance and outputs, and see the goal map grow. Loads its own data.
 */
export function PlannerView(props: PlannerViewProps = {}) {
  const state = usePlannerView(props);
  const classes = usePlannerViewStyles(state);
  return renderPlannerView(state, classes);
}
