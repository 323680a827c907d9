import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { PlanResultProps } from './PlanResult.types';
import { renderPlanResult } from './renderPlanResult';
import { usePlanResult } from './usePlanResult';
import { usePlanResultStyles } from './usePlanResultStyles.styles';

/** After planning: the Teams link to join and the way to the event in the calendar. */
export function PlanResult(props: PlanResultProps) {
  const state = usePlanResult(props);
  const hidden = useVisuallyHiddenStyles();
  const classes = usePlanResultStyles(state, hidden.root);
  return renderPlanResult(state, classes);
}
