import type { GoalCardProps } from './GoalCard.types';
import { renderGoalCard } from './renderGoalCard';
import { useGoalCard } from './useGoalCard';
import { useGoalCardStyles } from './useGoalCardStyles.styles';

/** One goal, edited in the step that works on it, saved on its own. */
export function GoalCard(props: GoalCardProps) {
  const state = useGoalCard(props);
  const classes = useGoalCardStyles(state);
  return renderGoalCard(state, classes);
}
