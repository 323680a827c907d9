import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { FollowUpPlannerState } from './FollowUpPlanner.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  planned: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere' },
  proposal: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export type FollowUpPlannerClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useFollowUpPlannerStyles(state: FollowUpPlannerState): FollowUpPlannerClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-FollowUpPlanner', styles.root, state.className) };
}
