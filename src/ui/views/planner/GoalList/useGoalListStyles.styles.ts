import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { GoalListState } from './GoalList.types';

export const goalListClassNames = { root: 'driehoek-GoalList' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3, maxWidth: '60ch' },
  add: { alignSelf: 'flex-start' },
  theirs: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere' },
});

export type GoalListClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useGoalListStyles(state: GoalListState): GoalListClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(goalListClassNames.root, styles.root, state.className) };
}
