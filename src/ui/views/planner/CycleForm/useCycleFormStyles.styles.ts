import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { CycleFormState } from './CycleForm.types';

export const cycleFormClassNames = { root: 'driehoek-CycleForm' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    maxWidth: '960px',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS },
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
  },
  members: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))',
    columnGap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { ...typographyStyles.body1Strong, padding: 0 },
  field: { minWidth: 0 },
  /** A native select is as wide as its longest option unless told otherwise. */
  select: { minWidth: 0, width: '100%' },
  selectControl: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  legendHint: { ...typographyStyles.caption1, display: 'block', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  theirs: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  theirsTerm: { ...typographyStyles.caption1Strong },
  theirsDream: { whiteSpace: 'pre-line' },
});

export type CycleFormClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useCycleFormStyles(state: CycleFormState): CycleFormClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(cycleFormClassNames.root, styles.root, state.className) };
}
