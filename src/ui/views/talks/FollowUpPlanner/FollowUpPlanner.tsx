import type { FollowUpPlannerProps } from './FollowUpPlanner.types';
import { renderFollowUpPlanner } from './renderFollowUpPlanner';
import { useFollowUpPlanner } from './useFollowUpPlanner';
import { useFollowUpPlannerStyles } from './useFollowUpPlannerStyles.styles';

/** Plans the follow-up talk at once, while everyone is still together (domain planFollowUp). */
export function FollowUpPlanner(props: FollowUpPlannerProps) {
  const state = useFollowUpPlanner(props);
  const classes = useFollowUpPlannerStyles(state);
  return renderFollowUpPlanner(state, classes);
}
