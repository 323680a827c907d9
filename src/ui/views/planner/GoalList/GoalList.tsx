import type { GoalListProps } from './GoalList.types';
import { renderGoalList } from './renderGoalList';
import { useGoalList } from './useGoalList';
import { useGoalListStyles } from './useGoalListStyles.styles';

/** The round's goals in the team's order of importance, each on its own card. */
export function GoalList(props: GoalListProps) {
  const state = useGoalList(props);
  const classes = useGoalListStyles(state);
  return renderGoalList(state, classes);
}
