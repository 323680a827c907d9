import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { GoalCardState } from './GoalCard.types';

export const goalCardClassNames = { root: 'driehoek-GoalCard' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS },
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  tags: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))',
    alignItems: 'start',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: tokens.spacingVerticalXS },
  /** A native select is as wide as its longest option unless told otherwise. */
  tagField: { minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  selectControl: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  levels: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
  },
  summary: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  tagList: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  spacer: { flexGrow: 1 },
  theirs: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  theirsTitle: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere' },
  theirsList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export type GoalCardClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useGoalCardStyles(state: GoalCardState): GoalCardClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(goalCardClassNames.root, styles.root, state.className) };
}
