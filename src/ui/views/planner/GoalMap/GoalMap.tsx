import type { GoalMapProps } from './GoalMap.types';
import { renderGoalMap, useHiddenClass } from './renderGoalMap';
import { useGoalMap } from './useGoalMap';
import { useGoalMapStyles } from './useGoalMapStyles.styles';

/**
 * The goal map for the staff room: dream, goals, benefits and signs of progress as a picture
 * that follows the recorded progress, with a text version, SVG and PNG files and a print sheet.
 */
export function GoalMap(props: GoalMapProps) {
  const state = useGoalMap(props);
  const classes = useGoalMapStyles(state);
  const hidden = useHiddenClass();
  return renderGoalMap(state, classes, hidden);
}
